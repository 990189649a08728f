// SH-01 … SH-04 over the shareholders table (SH-05, the UBO candidates, in ubo.test.ts).

import type { PermanentData } from "../../src/permanent-data/model";
import { EN, addManual, cleanSrl, company, estatePlan, expectLocalized, findings, holding, ids, inputOf, one, only, person } from "./support";

/** Claire 60 and Thomas 30 of 100: a holding of 10 is missing. */
function missingTen() {
  const data = cleanSrl();
  data.shareholders = [holding("p1", 60, 100), holding("p2", 30, 100)];
  return data;
}

describe("SH-01: percentages total 100 %, for shares and for votes", () => {
  it("fails for both", () => {
    const found = only(findings(inputOf(missingTen())), "SH-01");
    expect(found.map((f) => f.target)).toEqual([
      { table: "shareholders", row: null, column: "percentShares" },
      { table: "shareholders", row: null, column: "percentVotes" },
    ]);
    expect(found.map((f) => f.message.en)).toEqual([
      "The shareholders' percentages of shares add up to 90%, not 100%. Every share must belong to a shareholder: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
      "The shareholders' percentages of votes add up to 90%, not 100%. Every vote must belong to a shareholder and be counted once: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    ]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message.fr).toContain("totalisent 90\u00a0%, et non 100\u00a0%");
    expect(found[0]!.message.nl).toBe(
      "De aandelenpercentages van de aandeelhouders bedragen samen 90\u00a0%, niet 100\u00a0%. Elk aandeel moet aan een aandeelhouder toebehoren: er ontbreekt aandelenbezit of er is een fout. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
    );
    found.forEach(expectLocalized);
  });

  it("a row typed by hand completes it: the percentage typed, or derived from its shares and AdminPulse's total", () => {
    const typed = inputOf(missingTen());
    addManual(typed.shareholders, { name: "Jan Peeters", kind: "Natural person", shares: 10, votes: 10, percentShares: "10%", percentVotes: 0.1 });
    expect(only(findings(typed), "SH-01")).toEqual([]);
    const derived = inputOf(missingTen());
    addManual(derived.shareholders, { name: "Jan Peeters", kind: "Natural person", shares: 10, votes: 10 });
    expect(only(findings(derived), "SH-01")).toEqual([]);
  });

  it("a mix of imported and manual rows is fixed in both places", () => {
    const input = inputOf(missingTen());
    addManual(input.shareholders, { name: "Jan Peeters", kind: "Natural person", shares: 5, votes: 5, percentShares: 0.05, percentVotes: 0.05 });
    const f = only(findings(input), "SH-01")[0]!;
    expect(f.source).toBe("mixed");
    expect(f.message.en).toBe(
      "The shareholders' percentages of shares add up to 95%, not 100%. Every share must belong to a shareholder: a holding is missing or wrong. Update imported rows in AdminPulse, then sync again; update rows added by hand in the sheet.",
    );
  });

  it("passes at 100 % (thirds included); silent when a percentage is unknown", () => {
    expect(only(findings(inputOf(cleanSrl())), "SH-01")).toEqual([]);
    const thirds = cleanSrl();
    thirds.parties.push(person("p3", "Jan Peeters", null));
    thirds.shareholders = ["p1", "p2", "p3"].map((id) => holding(id, 1, 3));
    expect(only(findings(inputOf(thirds)), "SH-01")).toEqual([]);
    const unknown = { ...inputOf(missingTen()), company: null };
    for (const r of unknown.shareholders) r.cells.percentShares = r.cells.percentVotes = null;
    expect(only(findings(unknown), "SH-01")).toEqual([]);
  });
});

describe("SH-02: the shares add up to the company's total shares", () => {
  it("fails", () => {
    const f = one(inputOf(missingTen()), "SH-02");
    expect(f).toMatchObject({ severity: "warning", target: { table: "shareholders", row: null, column: "shares" } });
    expect(f.message.en).toBe(
      "The shareholders hold 90 shares in total, but the company has 100 shares (according to AdminPulse). Every share must appear in the share register: check the register; a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes when they do; silent without AdminPulse's total (Run checks)", () => {
    expect(only(findings(inputOf(cleanSrl())), "SH-02")).toEqual([]);
    expect(only(findings({ ...inputOf(missingTen()), company: null }), "SH-02")).toEqual([]);
  });
});

describe("SH-03: shares positive, percentages in 0–100, a name", () => {
  const withRow = (cells: Record<string, string | number | null>) => {
    const input = inputOf(cleanSrl());
    addManual(input.shareholders, { name: "Jan Peeters", kind: "Natural person", ...cells });
    return input;
  };

  it("zero or negative shares", () => {
    const f = one(withRow({ shares: -5 }), "SH-03");
    expect(f).toMatchObject({ severity: "error", source: "manual", target: { table: "shareholders", row: 2, column: "shares" } });
    expect(f.message.en).toBe("Jan Peeters holds -5 shares: a holding must be a positive number of shares. Fix it in the sheet (added by hand).");
    expectLocalized(f);
    expect(ids(findings(withRow({ shares: 0 })))).toContain("SH-03");
  });

  it("shares that are not a number", () => {
    const f = one(withRow({ shares: "abc" }), "SH-03");
    expect(f.message.en).toBe(
      "The number of shares of Jan Peeters, “abc”, is not a number, so the holdings cannot be totalled. Fix it in the sheet (added by hand).",
    );
    expectLocalized(f);
  });

  it("a percentage outside 0–100", () => {
    const f = one(withRow({ shares: 10, percentShares: 1.5 }), "SH-03");
    expect(f.target).toEqual({ table: "shareholders", row: 2, column: "percentShares" });
    expect(f.message.en).toBe(
      "The percentage of shares of Jan Peeters is 150%, outside 0–100%. A percentage is the holding divided by the company's total. Fix it in the sheet (added by hand).",
    );
    expectLocalized(f);
  });

  it("no name", () => {
    const input = inputOf(cleanSrl());
    addManual(input.shareholders, { name: "", shares: 10 });
    const f = one(input, "SH-03");
    expect(f.target).toEqual({ table: "shareholders", row: 2, column: "name" });
    expect(f.message.en).toBe("A shareholder row has no name. Every holding must name its holder. Add it in the sheet (added by hand).");
    expectLocalized(f);
  });

  it("passes: positive shares typed as text, percentages in range, blanks", () => {
    expect(only(findings(withRow({ shares: "1.000", percentShares: "25 %" })), "SH-03")).toEqual([]);
    expect(only(findings(withRow({ shares: null })), "SH-03")).toEqual([]);
  });
});

describe("SH-04: a company with shares and no shareholders", () => {
  it("fails for an SRL", () => {
    const data = cleanSrl();
    data.shareholders = [];
    const f = one(inputOf(data), "SH-04");
    expect(f).toMatchObject({ severity: "warning", target: { table: "shareholders", row: null, column: null } });
    expect(f.message.en).toBe(
      "No shareholders are listed, yet an SRL/BV is a company with shares. The share register, the percentages and the UBO checks need them: take the shareholders from the share register. Add it in AdminPulse, then sync again.",
    );
    expect(f.message.fr).toBe(
      "Aucun actionnaire n'est repris, alors qu'une SRL est une société à actions. Le registre des actions, les pourcentages et les contrôles UBO en ont besoin\u00a0: reprenez les actionnaires du registre des actions. À compléter dans AdminPulse, puis synchroniser à nouveau.",
    );
    expect(f.message.nl).toBe(
      "Er zijn geen aandeelhouders opgenomen, terwijl een BV een vennootschap met aandelen is. Het aandelenregister, de percentages en de UBO-controles hebben ze nodig: neem de aandeelhouders uit het aandelenregister over. Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
    );
    for (const l of ["fr", "nl", "en"] as const) expect(f.message[l]).not.toMatch(/capital|kapitaal/i);
    expectLocalized(f);
  });

  it("passes: an ASBL has no shares; an SRL with shareholders", () => {
    const data = cleanSrl();
    data.shareholders = [];
    data.company.legalForm = { raw: "ASBL", code: "017", preCsa: false };
    expect(only(findings(inputOf(data)), "SH-04")).toEqual([]);
    expect(only(findings(inputOf(cleanSrl())), "SH-04")).toEqual([]);
  });
});

// ---- Ownership rights, treasury shares, partners ---------------------------------------------

/** Imprimerie SA style: 5 of 100 shares bought back by the company, votes suspended (95 votes can be cast). */
function treasury(shares: [number, number] = [60, 35]): PermanentData {
  const data = cleanSrl();
  data.parties.push(company("c1", "L'Atelier du Test SRL", EN.company));
  data.shareholders = [
    holding("p1", shares[0], 100, { percentVotes: (shares[0] / 95) * 100 }),
    holding("p2", shares[1], 100, { percentVotes: (shares[1] / 95) * 100 }),
    holding("c1", 5, 100, { percentVotes: null, treasury: true }),
  ];
  return data;
}

describe("split ownership (usufruct and bare ownership) is legal", () => {
  it("no error and no warning: full plus bare make 100 % of shares, full plus usufruct 100 % of votes", () => {
    const found = findings(inputOf(estatePlan())).filter((f) => f.id.startsWith("SH-"));
    expect(found.filter((f) => f.severity !== "info")).toEqual([]);
    // The Right column as the sheet shows it, in English here.
    expect(inputOf(estatePlan()).shareholders.map((r) => r.cells.right)).toEqual(["usufruct", "bare ownership", "bare ownership", "full ownership"]);
  });

  it("the same in French or Dutch words, typed by hand, with the bare owners' votes recorded too (counted once)", () => {
    const input = { ...inputOf(cleanSrl()), company: null };
    input.shareholders = [];
    const words = [
      ["Claire Fontaine", "Usufruit", 60, 0.6],
      ["Thomas Fontaine", "nue propriété", 30, 0.3],
      ["Lou Fontaine", "Blote eigendom", 30, 0.3],
      ["Jan Peeters", "", 40, 0.4],
    ] as const;
    for (const [name, right, shares, fraction] of words) {
      addManual(input.shareholders, { name, kind: "Natural person", right, shares, votes: shares, percentShares: fraction, percentVotes: fraction });
    }
    expect(findings(input).filter((f) => f.severity !== "info" && f.id.startsWith("SH-"))).toEqual([]);
  });

  it("the data gives the votes to the bare owners (the usufruct records none): their votes count instead", () => {
    const data = estatePlan();
    data.shareholders[0] = holding("p1", 60, 100, { right: "usufruct", votes: 0, percentVotes: 0 });
    data.shareholders[1] = holding("p2", 30, 100, { right: "bare" });
    data.shareholders[2] = holding("p3", 30, 100, { right: "bare" });
    expect(only(findings(inputOf(data)), "SH-01")).toEqual([]);
  });

  it("SH-01 fails when a bare owner is missing, and says how the total counts, in three languages", () => {
    const data = estatePlan();
    data.shareholders.splice(2, 1);
    const f = one(inputOf(data), "SH-01");
    expect(f).toMatchObject({ severity: "error", target: { table: "shareholders", row: null, column: "percentShares" } });
    expect(f.message).toEqual({
      fr: "Les pourcentages d'actions en pleine propriété et en nue-propriété totalisent 70\u00a0%, et non 100\u00a0% (l'usufruit porte sur des actions déjà comptées\u00a0: il n'est pas additionné). Chaque action doit appartenir à un actionnaire\u00a0: une participation manque ou est fausse. À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "De aandelenpercentages in volle en blote eigendom bedragen samen 70\u00a0%, niet 100\u00a0% (het vruchtgebruik slaat op aandelen die al meetellen en wordt niet opgeteld). Elk aandeel moet aan een aandeelhouder toebehoren: er ontbreekt aandelenbezit of er is een fout. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The percentages of shares held in full and bare ownership add up to 70%, not 100% (usufruct bears on shares already counted and is not added). Every share must belong to a shareholder: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    });
    expect(one(inputOf(data), "SH-02").message.en).toBe(
      "The shareholders hold 70 shares in full and bare ownership, but the company has 100 shares (according to AdminPulse). Every share must appear in the share register: check the register; a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    );
  });

  it("SH-01 on votes cites art. 5:22 for an SRL and says what to verify", () => {
    const data = estatePlan();
    data.shareholders[3] = holding("p4", 40, 100, { votes: 30, percentVotes: 30 });
    const f = only(findings(inputOf(data)), "SH-01");
    expect(f.map((x) => x.target?.column)).toEqual(["percentVotes"]);
    expect(f[0]!.message).toEqual({
      fr: "Les pourcentages de droits de vote de ceux qui les exercent (l'usufruitier plutôt que le nu-propriétaire) totalisent 90\u00a0%, et non 100\u00a0%. Le droit de vote des actions grevées d'usufruit est exercé par l'usufruitier, sauf si les statuts en disposent autrement (art. 5:22 CSA). Vérifiez les statuts. Chaque droit de vote doit appartenir à un actionnaire, et n'être compté qu'une fois\u00a0: une participation manque ou est fausse. À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "De stemrechtpercentages van wie het stemrecht uitoefent (de vruchtgebruiker in plaats van de blote eigenaar) bedragen samen 90\u00a0%, niet 100\u00a0%. Het stemrecht van aandelen in vruchtgebruik wordt uitgeoefend door de vruchtgebruiker, tenzij de statuten anders bepalen (art. 5:22 WVV). Controleer de statuten. Elk stemrecht moet aan een aandeelhouder toebehoren en één keer meetellen: er ontbreekt aandelenbezit of er is een fout. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The percentages of votes of those who cast them (the usufructuary rather than the bare owner) add up to 90%, not 100%. The votes of shares held in usufruct are cast by the usufructuary unless the articles of association say otherwise (art. 5:22 BCCA). Check the articles of association. Every vote must belong to a shareholder and be counted once: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    });
    // An SA: the same rule, no SRL article.
    data.company.legalForm = { raw: "SA", code: "014", preCsa: false };
    expect(only(findings(inputOf(data)), "SH-01")[0]!.message.en).not.toContain("5:22");
  });

  it("SH-03: zero shares only in plain full ownership; a usufruct row may carry none", () => {
    const data = estatePlan();
    data.shareholders[0] = holding("p1", 0, 100, { right: "usufruct", votes: 60, percentShares: 0, percentVotes: 60 });
    expect(only(findings(inputOf(data)), "SH-03")).toEqual([]);
    data.shareholders[3] = holding("p4", 0, 100);
    const f = one(inputOf(data), "SH-03");
    expect(f.message).toEqual({
      fr: "Jan Peeters détient 0 actions\u00a0: une participation doit être un nombre positif d'actions. À corriger dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Jan Peeters heeft 0 aandelen: aandelenbezit moet een positief aantal aandelen zijn. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
      en: "Jan Peeters holds 0 shares: a holding must be a positive number of shares. Fix it in AdminPulse, then sync again.",
    });
  });
});

describe("treasury shares are legal", () => {
  it("no error: counted in the share total, votes out of the vote total", () => {
    expect(findings(inputOf(treasury())).filter((f) => f.id.startsWith("SH-") && f.severity !== "info")).toEqual([]);
  });

  it("typed by hand (Run checks): recognised by the company's enterprise number", () => {
    const input = { ...inputOf(cleanSrl()), company: null };
    input.shareholders = [];
    addManual(input.shareholders, { name: "Claire Fontaine", kind: "Natural person", shares: 60, percentShares: 0.6, percentVotes: 60 / 95 });
    addManual(input.shareholders, { name: "Thomas Fontaine", kind: "Natural person", shares: 35, percentShares: 0.35, percentVotes: 35 / 95 });
    addManual(input.shareholders, {
      name: "Actions propres",
      kind: "Legal person",
      identifier: "0566.988.259",
      shares: 5,
      percentShares: 0.05,
      percentVotes: 0.05,
    });
    expect(findings(input).filter((f) => f.id.startsWith("SH-") && f.severity !== "info")).toEqual([]);
  });

  it("SH-01 fails on votes when the votes cast do not make 100 %, and says treasury shares are left out", () => {
    const f = only(findings(inputOf(treasury([60, 30]))), "SH-01").find((x) => x.target?.column === "percentVotes")!;
    expect(f.message).toEqual({
      fr: "Les pourcentages de droits de vote de ceux qui les exercent (sans les actions propres de la société, dont les droits de vote sont suspendus) totalisent 94,74\u00a0%, et non 100\u00a0%. Chaque droit de vote doit appartenir à un actionnaire, et n'être compté qu'une fois\u00a0: une participation manque ou est fausse. À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "De stemrechtpercentages van wie het stemrecht uitoefent (zonder de eigen aandelen van de vennootschap, waarvan het stemrecht geschorst is) bedragen samen 94,74\u00a0%, niet 100\u00a0%. Elk stemrecht moet aan een aandeelhouder toebehoren en één keer meetellen: er ontbreekt aandelenbezit of er is een fout. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The percentages of votes of those who cast them (without the company's own shares, whose votes are suspended) add up to 94.74%, not 100%. Every vote must belong to a shareholder and be counted once: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    });
  });
});

describe("partners of an SNC/SComm", () => {
  it("listed without shares: no error, no UBO info without percentages", () => {
    const data = cleanSrl();
    data.company.legalForm = { raw: "SComm", code: "612", preCsa: false };
    data.company.totalShares = data.company.totalVotes = null;
    data.shareholders = [
      holding("p1", 0, 1, { link: "partner:p1", shares: null, votes: null, percentShares: null, percentVotes: null, partner: "general" }),
      holding("p2", 0, 1, { link: "partner:p2", shares: 0, votes: null, percentShares: null, percentVotes: null, partner: "limited" }),
    ];
    const input = inputOf(data);
    expect(input.shareholders.map((r) => r.cells.right)).toEqual(["general partner", "limited partner"]);
    expect(findings(input).filter((f) => f.id.startsWith("SH-"))).toEqual([]);
  });
});
