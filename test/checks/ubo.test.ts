// SH-05 and UBO-01 … UBO-03: beneficial owners, directly and through holdings, against the
// beneficiaries AdminPulse registers (law of 18 September 2017, art. 4, 27°).

import type { PermanentData } from "../../src/permanent-data/model";
import { EN, NN, addManual, cleanSrl, company, director, estatePlan, expectLocalized, findings, holding, inputOf, one, only, person } from "./support";

const UBO_IDS = ["SH-05", "UBO-01", "UBO-02", "UBO-03"] as const;
const ubo = (data: PermanentData) => findings(inputOf(data)).filter((f) => (UBO_IDS as readonly string[]).includes(f.id));
const brief = (data: PermanentData) => ubo(data).map((f) => `${f.id} ${f.message.en.split(":")[0]}`);

/** An SRL 60 % held by Fontaine Holding SRL (h1), 40 % by Thomas (p2); the holding's owners as given. */
function throughHolding(owners: Parameters<typeof holding>[], registered: string[] = ["p1", "p2"]): PermanentData {
  const data = cleanSrl();
  data.parties.push(company("h1", "Fontaine Holding SRL", EN.holding));
  data.shareholders = [holding("h1", 60, 100), holding("p2", 40, 100)];
  data.beneficialOwnership.owners = { h1: owners.map((args) => holding(...args)) };
  data.beneficialOwnership.registered = registered;
  return data;
}

describe("SH-05: a beneficial owner AdminPulse registers (a reminder)", () => {
  it("info on the person's row, in three languages", () => {
    const found = only(findings(inputOf(cleanSrl())), "SH-05");
    expect(found.map((f) => [f.severity, f.target])).toEqual([
      ["info", { table: "shareholders", row: 0, column: "percentShares" }],
      ["info", { table: "shareholders", row: 1, column: "percentShares" }],
    ]);
    expect(found[0]!.message).toEqual({
      fr: "Claire Fontaine détient 60\u00a0% des actions\u00a0: une personne physique au-delà de 25\u00a0%, directement ou via des sociétés, est bénéficiaire effectif (UBO\u00a0; loi du 18 septembre 2017, art. 4, 27°). AdminPulse l'enregistre comme bénéficiaire\u00a0; vérifiez que le registre UBO le mentionne aussi (changements dans le mois).",
      nl: "Claire Fontaine heeft 60\u00a0% van de aandelen: een natuurlijke persoon boven 25\u00a0%, rechtstreeks of via vennootschappen, is uiteindelijke begunstigde (UBO; wet van 18 september 2017, art. 4, 27°). AdminPulse registreert die persoon als begunstigde; controleer of het UBO-register dat ook doet (wijzigingen binnen een maand).",
      en: "Claire Fontaine holds 60% of the shares: a natural person above 25%, directly or through companies, is an ultimate beneficial owner (UBO; law of 18 September 2017, art. 4, 27°). AdminPulse registers this person as a beneficiary; check that the UBO register does too (changes within a month).",
    });
  });

  it("without a sync (Run checks): direct holdings only, registration unknown", () => {
    const input = { ...inputOf(cleanSrl()), company: null };
    const found = only(findings(input), "SH-05");
    expect(found).toHaveLength(2);
    expect(found[0]!.message.en).toBe(
      "Claire Fontaine holds 60% of the shares: a natural person above 25%, directly or through companies, is an ultimate beneficial owner (UBO; law of 18 September 2017, art. 4, 27°). Check that the UBO register is up to date; changes must be recorded within a month.",
    );
    expect(only(findings(input), "UBO-01")).toEqual([]);
  });

  it("holdings of the same person add up; votes count too", () => {
    const data = cleanSrl();
    data.parties.push(company("h1", "Holding Test SA", EN.holding));
    data.shareholders = [
      holding("h1", 60, 100),
      holding("p1", 15, 100, { link: "shareholder:p1@a" }),
      holding("p1", 15, 100, { link: "shareholder:p1@b" }),
      holding("p2", 10, 100, { votes: 30, percentVotes: 30 }),
    ];
    data.beneficialOwnership.owners = { h1: [holding("p1", 50, 100), holding("p2", 50, 100)] };
    const found = only(findings(inputOf(data)), "SH-05");
    expect(found.map((f) => f.target?.row)).toEqual([1, 3]);
    // Claire: 30 % directly and half of the holding's 60 % (she does not control it).
    expect(found[0]!.message.en).toContain("Claire Fontaine holds 60% of the shares, partly through Holding Test SA:");
    expect(found[1]!.message.en).toContain("Thomas Fontaine holds 40% of the shares, partly through Holding Test SA:");
  });

  it("passes: exactly 25 %; a legal person whose owners AdminPulse does not hold", () => {
    const data = cleanSrl();
    data.parties.push(company("h1", "Holding Test SA", EN.holding));
    data.shareholders = [holding("h1", 75, 100), holding("p1", 25, 100)];
    expect(only(findings(inputOf(data)), "SH-05")).toEqual([]);
  });

  it("split ownership: the usufructuary and the bare owners are each assessed, on the shares their right bears on", () => {
    const data = estatePlan();
    data.beneficialOwnership.registered = ["p1", "p2", "p3", "p4"];
    const found = only(findings(inputOf(data)), "SH-05");
    expect(found.map((f) => f.target?.row)).toEqual([0, 1, 2, 3]);
    expect(found[0]!.message.en).toContain("Claire Fontaine holds 60% of the shares in usufruct:");
    expect(found[0]!.message.fr).toContain("Claire Fontaine détient 60\u00a0% des actions en usufruit\u00a0:");
    expect(found[1]!.message.en).toContain("Thomas Fontaine holds 30% of the shares in bare ownership:");
    expect(found[1]!.message.nl).toContain("Thomas Fontaine heeft 30\u00a0% van de aandelen in blote eigendom:");
    expect(only(findings(inputOf(data)), "UBO-01")).toEqual([]);
  });
});

describe("UBO-01: a beneficial owner AdminPulse does not register", () => {
  it("fails directly, in three languages", () => {
    const data = cleanSrl();
    data.beneficialOwnership.registered = ["p1"];
    const f = one(inputOf(data), "UBO-01");
    expect([f.severity, f.target]).toEqual(["warning", { table: "shareholders", row: 1, column: "percentShares" }]);
    expect(f.message).toEqual({
      fr: "Thomas Fontaine détient 40\u00a0% des actions\u00a0: une personne physique au-delà de 25\u00a0%, directement ou via des sociétés, est bénéficiaire effectif (UBO\u00a0; loi du 18 septembre 2017, art. 4, 27°). AdminPulse ne l'enregistre pas comme bénéficiaire (lien «\u00a0Bénéficiaire\u00a0»)\u00a0: vérifiez le registre UBO (changements dans le mois), puis ajoutez le lien dans AdminPulse.",
      nl: "Thomas Fontaine heeft 40\u00a0% van de aandelen: een natuurlijke persoon boven 25\u00a0%, rechtstreeks of via vennootschappen, is uiteindelijke begunstigde (UBO; wet van 18 september 2017, art. 4, 27°). AdminPulse registreert die persoon niet als begunstigde (koppeling ‘Begunstigde’): controleer het UBO-register (wijzigingen binnen een maand) en voeg de koppeling toe in AdminPulse.",
      en: "Thomas Fontaine holds 40% of the shares: a natural person above 25%, directly or through companies, is an ultimate beneficial owner (UBO; law of 18 September 2017, art. 4, 27°). AdminPulse does not register this person as a beneficiary (a “Beneficiary” link): check the UBO register (changes within a month), then add the link in AdminPulse.",
    });
  });

  it("through a holding the person does not control: the percentages multiply", () => {
    // Claire 50 % of the holding: 50 % × 60 % = 30 %; Jan 50 %: also 30 %.
    const data = throughHolding([
      ["p1", 50, 100],
      ["p3", 50, 100],
    ]);
    data.parties.push(person("p3", "Jan Janssens", NN.jan));
    expect(brief(data)).toEqual([
      "UBO-01 Jan Janssens holds 30% of the shares through Fontaine Holding SRL",
      "SH-05 Claire Fontaine holds 30% of the shares through Fontaine Holding SRL",
      "SH-05 Thomas Fontaine holds 40% of the shares",
    ]);
    // The indirect owner's finding points at the holding's row.
    expect(only(ubo(data), "UBO-01")[0]!.target).toEqual({ table: "shareholders", row: 0, column: "percentShares" });
  });

  it("through a holding the person controls: its whole stake", () => {
    // Claire (51 % of the holding) controls it: the holding's 60 % is hers. Jan does not: 49 % × 60 % = 29.4 %, still above 25 %.
    const data = throughHolding([
      ["p1", 51, 100],
      ["p3", 49, 100],
    ]);
    data.parties.push(person("p3", "Jan Janssens", NN.jan));
    expect(brief(data)).toEqual([
      "UBO-01 Jan Janssens holds 29.4% of the shares through Fontaine Holding SRL",
      "SH-05 Claire Fontaine holds 60% of the shares through Fontaine Holding SRL",
      "SH-05 Thomas Fontaine holds 40% of the shares",
    ]);
  });

  it("through three levels of holdings, not a fourth", () => {
    const data = cleanSrl();
    data.parties.push(
      company("h1", "Niveau Un SA", EN.holding),
      company("h2", "Niveau Deux SA", EN.management),
      company("h3", "Niveau Trois SA", null),
      company("h4", "Niveau Quatre SA", null),
    );
    data.shareholders = [holding("h1", 60, 100), holding("p2", 40, 100)];
    data.beneficialOwnership.owners = { h1: [holding("h2", 100, 100)], h2: [holding("h3", 100, 100)], h3: [holding("p1", 100, 100)] };
    expect(brief(data)).toEqual([
      "SH-05 Claire Fontaine holds 60% of the shares through Niveau Un SA (held through Niveau Deux SA and Niveau Trois SA)",
      "SH-05 Thomas Fontaine holds 40% of the shares",
    ]);
    // A fourth level is not followed: Claire is not found, and who qualifies is then not certain (no UBO-02 for her).
    data.beneficialOwnership.owners = {
      h1: [holding("h2", 100, 100)],
      h2: [holding("h3", 100, 100)],
      h3: [holding("h4", 100, 100)],
      h4: [holding("p1", 100, 100)],
    };
    expect(brief(data)).toEqual(["SH-05 Thomas Fontaine holds 40% of the shares"]);
  });

  it("a cycle of holdings is followed once", () => {
    const data = throughHolding([
      ["h2", 50, 100],
      ["p1", 50, 100],
    ]);
    data.parties.push(company("h2", "Cercle SA", EN.management));
    data.beneficialOwnership.owners.h2 = [holding("h1", 100, 100)];
    expect(brief(data)).toEqual([
      "SH-05 Claire Fontaine holds 30% of the shares through Fontaine Holding SRL",
      "SH-05 Thomas Fontaine holds 40% of the shares",
    ]);
  });

  it("control by other means (link type 8): a beneficial owner whatever the shares", () => {
    const data = cleanSrl();
    data.parties.push(person("p3", "Jan Janssens", NN.jan));
    data.beneficialOwnership.parties.push(person("p3", "Jan Janssens", NN.jan));
    data.beneficialOwnership.control = ["p3"];
    const f = one(inputOf(data), "UBO-01");
    expect(f.target).toBeNull();
    expect(f.message.en).toBe(
      "Jan Janssens controls the company by other means according to AdminPulse: a beneficial owner whatever the holding (law of 18 September 2017, art. 4, 27°). AdminPulse does not register this person as a beneficiary (a “Beneficiary” link): check the UBO register (changes within a month), then add the link in AdminPulse.",
    );
    expectLocalized(f);
  });

  it("associations and foundations: their directors in office, no 25 % test", () => {
    const data = cleanSrl();
    data.company.legalForm = { raw: "ASBL", code: "017", preCsa: false };
    data.shareholders = [];
    data.parties.push(person("p3", "Jan Janssens", NN.jan));
    data.directors = [director("p1"), director("p3"), director("p2", { end: "2024-06-30" })];
    data.beneficialOwnership.registered = ["p1"];
    const found = only(findings(inputOf(data)), "UBO-01");
    expect(found.map((f) => f.target)).toEqual([{ table: "directors", row: 1, column: "name" }]);
    expect(found[0]!.message).toEqual({
      fr: "Jan Janssens siège à l'organe d'administration\u00a0: dans une association, les administrateurs, les personnes qui la représentent et les délégués à la gestion journalière sont ses bénéficiaires effectifs (loi du 18 septembre 2017, art. 4, 27°). AdminPulse ne l'enregistre pas comme bénéficiaire (lien «\u00a0Bénéficiaire\u00a0»)\u00a0: vérifiez le registre UBO (changements dans le mois), puis ajoutez le lien dans AdminPulse.",
      nl: "Jan Janssens zetelt in het bestuursorgaan: in een vereniging zijn de bestuurders, de personen die haar vertegenwoordigen en de dagelijks bestuurders haar uiteindelijke begunstigden (wet van 18 september 2017, art. 4, 27°). AdminPulse registreert die persoon niet als begunstigde (koppeling ‘Begunstigde’): controleer het UBO-register (wijzigingen binnen een maand) en voeg de koppeling toe in AdminPulse.",
      en: "Jan Janssens sits on the board: in an association the directors, the persons representing it and the daily managers are its beneficial owners (law of 18 September 2017, art. 4, 27°). AdminPulse does not register this person as a beneficiary (a “Beneficiary” link): check the UBO register (changes within a month), then add the link in AdminPulse.",
    });
    // A foundation names its founders and beneficiaries too; registered beneficiaries who sit on no board are not UBO-02.
    data.company.legalForm = { raw: "Fondation privée", code: "026", preCsa: false };
    data.beneficialOwnership.registered = ["p1", "p2"];
    expect(ubo(data).map((f) => [f.id, f.message.en.split(":")[1]!.trim().slice(0, 40)])).toEqual([["UBO-01", "in a foundation the directors, the perso"]]);
    // Without a sync nothing is known of the registrations: silent.
    expect(only(findings({ ...inputOf(data), company: null }), "UBO-01")).toEqual([]);
  });

  it("a legal-person director of an association counts by its permanent representative", () => {
    const data = cleanSrl();
    data.company.legalForm = { raw: "VZW", code: "017", preCsa: false };
    data.company.language = "NL";
    data.shareholders = [];
    data.parties.push(company("m1", "Beheer Test BV", EN.management), person("p3", "Jan Janssens", NN.jan));
    data.directors = [director("p1"), director("m1", { representativeId: "p3" })];
    data.beneficialOwnership.registered = ["p1"];
    expect(only(findings(inputOf(data)), "UBO-01").map((f) => [f.target, f.message.en.split(" sits")[0]])).toEqual([
      [{ table: "directors", row: 1, column: "representative" }, "Jan Janssens"],
    ]);
  });
});

describe("UBO-02: a registered beneficiary who no longer qualifies", () => {
  it("fails, on the person's row, in three languages", () => {
    const data = cleanSrl();
    data.shareholders = [holding("p1", 90, 100), holding("p2", 10, 100)];
    const f = one(inputOf(data), "UBO-02");
    expect([f.severity, f.target]).toEqual(["warning", { table: "shareholders", row: 1, column: "name" }]);
    expect(f.message).toEqual({
      fr: "AdminPulse enregistre Thomas Fontaine comme bénéficiaire, mais cette personne ne détient pas plus de 25\u00a0% des actions ou des droits de vote, directement ou via les sociétés qu'AdminPulse connaît. Vérifiez\u00a0: un contrôle par d'autres moyens reste possible (loi du 18 septembre 2017, art. 4, 27°)\u00a0; sinon, mettez à jour le registre UBO dans le mois, puis le lien dans AdminPulse.",
      nl: "AdminPulse registreert Thomas Fontaine als begunstigde, maar die persoon heeft niet meer dan 25\u00a0% van de aandelen of stemrechten, rechtstreeks of via de vennootschappen die AdminPulse kent. Controleer: zeggenschap op een andere manier blijft mogelijk (wet van 18 september 2017, art. 4, 27°); zo niet, werk het UBO-register binnen een maand bij, en daarna de koppeling in AdminPulse.",
      en: "AdminPulse registers Thomas Fontaine as a beneficiary, but this person holds no more than 25% of the shares or votes, directly or through the companies AdminPulse holds. Verify: control by other means is possible (law of 18 September 2017, art. 4, 27°); otherwise update the UBO register within a month, then the link in AdminPulse.",
    });
  });

  it("a beneficiary in no table: no row to point at", () => {
    const data = cleanSrl();
    data.beneficialOwnership.parties.push(person("p9", "Luc Ancien", NN.marc));
    data.beneficialOwnership.registered = ["p1", "p2", "p9"];
    expect(only(findings(inputOf(data)), "UBO-02").map((f) => [f.target, f.message.en.split(" as")[0]])).toEqual([[null, "AdminPulse registers Luc Ancien"]]);
  });

  it("passes when what qualifies is not certain: the share total is not 100 %, a holding above 25 % hides its owners, the read stopped short", () => {
    const sold = () => {
      const data = cleanSrl();
      data.shareholders = [holding("p1", 90, 100), holding("p2", 10, 100)];
      return data;
    };
    const notAll = sold();
    notAll.shareholders = [holding("p1", 80, 100), holding("p2", 10, 100)];
    expect(only(findings(inputOf(notAll)), "UBO-02")).toEqual([]);
    const hidden = sold();
    hidden.parties.push(company("h1", "Holding Inconnue SA", EN.holding));
    hidden.shareholders = [holding("p1", 60, 100), holding("h1", 30, 100), holding("p2", 10, 100)];
    expect(only(findings(inputOf(hidden)), "UBO-02")).toEqual([]);
    const cut = sold();
    cut.beneficialOwnership.complete = false;
    expect(only(findings(inputOf(cut)), "UBO-02")).toEqual([]);
    expect(only(findings(inputOf(sold())), "UBO-02")).toHaveLength(1);
  });

  it("passes for control by other means, and for the senior managing official when nobody qualifies", () => {
    const data = cleanSrl();
    data.shareholders = [holding("p1", 90, 100), holding("p2", 10, 100)];
    data.beneficialOwnership.control = ["p2"];
    expect(only(findings(inputOf(data)), "UBO-02")).toEqual([]);
    const spread = fiveOfTwenty();
    spread.beneficialOwnership.registered = ["p1"];
    expect(only(findings(inputOf(spread)), "UBO-02")).toEqual([]);
    spread.beneficialOwnership.registered = ["p1", "p2"];
    expect(only(findings(inputOf(spread)), "UBO-02").map((f) => f.message.en)).toEqual([
      "AdminPulse registers Thomas Fontaine as a beneficiary, but this person holds no more than 25% of the shares or votes, directly or through the companies AdminPulse holds, and is not the senior managing official. Verify: control by other means is possible (law of 18 September 2017, art. 4, 27°); otherwise update the UBO register within a month, then the link in AdminPulse.",
    ]);
  });
});

/** Five people with 20 % each; Claire is the director. */
function fiveOfTwenty(): PermanentData {
  const data = cleanSrl();
  data.parties.push(person("p3", "Jan Janssens", NN.jan), person("p4", "Marc Wouters", NN.marc), person("p5", "Anne Peeters", NN.anne));
  data.shareholders = ["p1", "p2", "p3", "p4", "p5"].map((id) => holding(id, 20, 100));
  data.beneficialOwnership.registered = [];
  return data;
}

describe("UBO-03: nobody qualifies: the senior managing official", () => {
  it("info naming the managing directors, else the directors, in three languages", () => {
    const data = fiveOfTwenty();
    const f = one(inputOf(data), "UBO-03");
    expect([f.severity, f.target]).toEqual(["info", null]);
    expect(f.message).toEqual({
      fr: "Personne ne détient plus de 25\u00a0% des actions ou des droits de vote, directement ou via les sociétés qu'AdminPulse connaît, et aucun contrôle par d'autres moyens n'est enregistré. C'est alors le dirigeant principal qui est inscrit au registre UBO, ici Claire Fontaine (loi du 18 septembre 2017, art. 4, 27°). Vérifiez le registre.",
      nl: "Niemand heeft meer dan 25\u00a0% van de aandelen of stemrechten, rechtstreeks of via de vennootschappen die AdminPulse kent, en er is geen zeggenschap op een andere manier geregistreerd. Dan wordt de hoogste leidinggevende in het UBO-register ingeschreven, hier Claire Fontaine (wet van 18 september 2017, art. 4, 27°). Controleer het register.",
      en: "Nobody holds more than 25% of the shares or votes, directly or through the companies AdminPulse holds, and no control by other means is recorded. The senior managing official is then the one in the UBO register, here Claire Fontaine (law of 18 September 2017, art. 4, 27°). Check the register.",
    });
    // A managing director is the senior managing official, before the other directors.
    data.directors = [director("p1"), director("p3", { role: "managing-director" })];
    expect(one(inputOf(data), "UBO-03").message.en).toContain(", here Jan Janssens (law");
  });

  it("passes when somebody qualifies, when the total is incomplete, and without a sync", () => {
    expect(only(findings(inputOf(cleanSrl())), "UBO-03")).toEqual([]);
    const incomplete = fiveOfTwenty();
    incomplete.shareholders.pop();
    expect(only(findings(inputOf(incomplete)), "UBO-03")).toEqual([]);
    expect(only(findings({ ...inputOf(fiveOfTwenty()), company: null }), "UBO-03")).toEqual([]);
  });
});

describe("rows typed by hand", () => {
  it("a shareholder typed by hand is matched to a registered beneficiary by national number", () => {
    const input = inputOf(cleanSrl());
    input.shareholders = [];
    addManual(input.shareholders, {
      name: "FONTAINE Claire",
      kind: "Natural person",
      identifier: NN.claire,
      shares: 60,
      percentShares: 0.6,
      percentVotes: 0.6,
    });
    addManual(input.shareholders, {
      name: "Thomas Fontaine",
      kind: "Natural person",
      identifier: NN.thomas,
      shares: 40,
      percentShares: 0.4,
      percentVotes: 0.4,
    });
    expect(findings(input).filter((f) => f.id === "UBO-01" || f.id === "UBO-02")).toEqual([]);
  });
});
