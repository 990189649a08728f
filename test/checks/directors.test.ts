// DIR-01 … DIR-08, DIR-11, DIR-12 over the directors table, from AdminPulse and typed by hand, in
// any language; mandates judged on the reference date (history never a finding).

import type { Finding } from "../../src/checks";
import type { PermanentData } from "../../src/permanent-data/model";
import {
  EN,
  NN,
  addManual,
  cleanSa,
  cleanSrl,
  company,
  director,
  expectLocalized,
  findings,
  holding,
  ids,
  inputOf,
  one,
  only,
  person,
  setField,
  type Input,
} from "./support";

/** French typography as the messages write it: a non-breaking space before « : ; ? ! » and inside « ». */
const nb = (s: string) =>
  s
    .replace(/ ([:;?!])/g, "\u00a0$1")
    .replace(/« /g, "«\u00a0")
    .replace(/ »/g, "\u00a0»");

function expectMessage(f: Finding, m: { fr: string; nl: string; en: string }): void {
  expect(f.message).toEqual({ fr: nb(m.fr), nl: m.nl, en: m.en });
  expectLocalized(f);
}

const DIR = (list: readonly Finding[]) => list.filter((f) => f.id.startsWith("DIR-"));
const errors = (input: Input) => findings(input).filter((f) => f.severity === "error");

function withForm(data: PermanentData, raw: string, code: string | null, preCsa = false): PermanentData {
  data.company.legalForm = { raw, code, preCsa };
  return data;
}

describe("DIR-01: at least one director in force on the reference date", () => {
  it("a company with none listed: an error citing the law, no word of signing", () => {
    const data = cleanSrl();
    data.directors = [];
    const f = one(inputOf(data), "DIR-01");
    expect(f).toMatchObject({ severity: "error", source: "imported", target: { table: "directors", row: null, column: null } });
    expectMessage(f, {
      fr: "Aucun administrateur n'est repris. Une société est administrée et représentée par au moins un administrateur (art. 5:70 CSA). À compléter dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Er is geen bestuurder opgenomen. Een vennootschap wordt bestuurd en vertegenwoordigd door minstens één bestuurder (art. 5:70 WVV). Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
      en: "No director is listed. A company is run and represented by at least one director (art. 5:70 BCCA). Add it in AdminPulse, then sync again.",
    });
    expect(f.message.en).not.toMatch(/sign/);
  });

  it("none in force: the only mandate is history", () => {
    const data = cleanSrl();
    data.directors[0]!.end = "2024-06-30";
    const f = one(inputOf(data), "DIR-01");
    expectMessage(f, {
      fr: "Aucun administrateur n'est en fonction au 31/12/2025. Une société est administrée et représentée par au moins un administrateur (art. 5:70 CSA). À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Geen enkele bestuurder is in functie op 31/12/2025. Een vennootschap wordt bestuurd en vertegenwoordigd door minstens één bestuurder (art. 5:70 WVV). Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "No director is in office on 31/12/2025. A company is run and represented by at least one director (art. 5:70 BCCA). Update it in AdminPulse, then sync again.",
    });
  });

  it("a daily manager alone is no director", () => {
    const data = cleanSrl();
    data.directors[0]!.role = "daily-manager";
    expect(ids(findings(inputOf(data)))).toContain("DIR-01");
  });

  it("an association and a foundation are named as such; the ASBL cites art. 9:5", () => {
    const asbl = withForm(cleanSrl(), "ASBL", "017");
    asbl.directors = [];
    asbl.shareholders = [];
    expectMessage(one(inputOf(asbl), "DIR-01"), {
      fr: "Aucun administrateur n'est repris pour l'association. Une association est administrée et représentée par son organe d'administration, qui doit compter des administrateurs en fonction (art. 9:5 CSA). À compléter dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Er is geen bestuurder opgenomen voor de vereniging. Een vereniging wordt bestuurd en vertegenwoordigd door haar bestuursorgaan, dat bestuurders in functie moet tellen (art. 9:5 WVV). Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
      en: "No director is listed for the association. An association is run and represented by its board (organe d'administration, bestuursorgaan), which must have directors in office (art. 9:5 BCCA). Add it in AdminPulse, then sync again.",
    });
    const foundation = withForm(cleanSrl(), "fondation privée", null);
    foundation.directors[0]!.end = "2024-06-30";
    foundation.shareholders = [];
    const f = one(inputOf(foundation), "DIR-01");
    expect(f.severity).toBe("error");
    expectMessage(f, {
      fr: "Aucun administrateur de la fondation n'est en fonction au 31/12/2025. Une fondation est administrée et représentée par son organe d'administration, qui doit compter des administrateurs en fonction. À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Geen enkele bestuurder van de stichting is in functie op 31/12/2025. Een stichting wordt bestuurd en vertegenwoordigd door haar bestuursorgaan, dat bestuurders in functie moet tellen. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "No director of the foundation is in office on 31/12/2025. A foundation is run and represented by its board (organe d'administration, bestuursorgaan), which must have directors in office. Update it in AdminPulse, then sync again.",
    });
  });

  it("an SNC without a named manager: a warning (the partners manage), never an error", () => {
    const data = withForm(cleanSrl(), "SNC", "011");
    data.directors = [];
    data.shareholders = [];
    const f = one(inputOf(data), "DIR-01");
    expect(f.severity).toBe("warning");
    expectMessage(f, {
      fr: "Aucun gérant n'est repris pour cette SNC. Sans gérant désigné, ce sont les associés qui gèrent ; si un gérant a été nommé, il manque dans les données. Vérifiez la convention de société. À compléter dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Er is geen zaakvoerder opgenomen voor deze VOF. Zonder aangestelde zaakvoerder besturen de vennoten samen; als er een zaakvoerder benoemd is, ontbreekt hij in de gegevens. Controleer de vennootschapsovereenkomst. Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
      en: "No manager is listed for the partnership. Without a named manager the partners manage it; if a manager was appointed, it is missing from the data. Check the partnership agreement. Add it in AdminPulse, then sync again.",
    });
    expect(errors(inputOf(data))).toEqual([]);
  });

  it("an SComm: the general partners manage", () => {
    const data = withForm(cleanSrl(), "SComm", "612");
    data.directors = [];
    expect(one(inputOf(data), "DIR-01").message.en).toContain("the general partners manage it");
  });

  it("a company in liquidation with no liquidator or director in force: an error saying so", () => {
    const data = cleanSa();
    data.company.name = "Brasserie du Test SA en liquidation";
    for (const m of data.directors) m.end = "2025-03-31";
    const f = one(inputOf(data), "DIR-01");
    expect(f.severity).toBe("error");
    expectMessage(f, {
      fr: "Aucun liquidateur ni administrateur n'est en fonction au 31/12/2025. Une société en liquidation est représentée par son ou ses liquidateurs ; tant qu'aucun n'est nommé, par ses administrateurs. À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Er is geen vereffenaar of bestuurder in functie op 31/12/2025. Een vennootschap in vereffening wordt vertegenwoordigd door haar vereffenaar(s); zolang er geen benoemd is, door haar bestuurders. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "No liquidator or director is in office on 31/12/2025. A company in liquidation is represented by its liquidator(s); until one is appointed, by its directors. Update it in AdminPulse, then sync again.",
    });
  });

  it("passes: one director in force; a manager on a VOF; a liquidator typed by hand; silent for a sole proprietor", () => {
    expect(only(findings(inputOf(cleanSrl())), "DIR-01")).toEqual([]);
    const snc = setField(inputOf(cleanSrl()), "LegalForm", "VOF");
    snc.directors[0]!.cells.role = "zaakvoerder";
    expect(only(findings(snc), "DIR-01")).toEqual([]);
    const liquidation = inputOf(cleanSrl());
    liquidation.directors[0]!.cells.end = "2025-02-28";
    addManual(liquidation.directors, { name: "Jan Peeters", kind: "Personne physique", role: "Vereffenaar", start: "2025-02-28" });
    expect(only(findings(liquidation), "DIR-01")).toEqual([]);
    const sole = cleanSrl();
    sole.company.soleProprietor = true;
    sole.company.legalForm = null;
    sole.directors = [];
    sole.shareholders = [];
    expect(only(findings(inputOf(sole)), "DIR-01")).toEqual([]);
  });
});

/** The SRL with a legal-person director (Holding Test SA) represented by `representative`. */
function corporateDirector(representative: "natural" | "legal" | null) {
  const data = cleanSrl();
  data.parties.push(
    company("h1", "Holding Test SA", EN.holding),
    person("p9", "Jan Peeters", NN.jan),
    company("m1", "Gouden Aar Management BV", EN.management),
  );
  const representativeId = representative === "natural" ? "p9" : representative === "legal" ? "m1" : null;
  data.directors = [director("h1", { representativeId })];
  return data;
}

describe("DIR-02: a legal-person director has exactly one permanent representative (art. 2:55)", () => {
  it("none", () => {
    const f = one(inputOf(corporateDirector(null)), "DIR-02");
    expect(f).toMatchObject({ severity: "error", target: { table: "directors", row: 0, column: "representative" } });
    expectMessage(f, {
      fr: "L'administrateur Holding Test SA est une personne morale mais n'a pas de représentant permanent. Une personne morale qui est administrateur doit désigner une personne physique comme représentant permanent (art. 2:55 CSA). À compléter dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Bestuurder Holding Test SA is een rechtspersoon maar heeft geen vaste vertegenwoordiger. Een rechtspersoon die bestuurder is, moet een natuurlijke persoon als vaste vertegenwoordiger aanduiden (art. 2:55 WVV). Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
      en: "Director Holding Test SA is a legal person but has no permanent representative. A legal person that is a director must appoint one natural person as its permanent representative (art. 2:55 BCCA). Add it in AdminPulse, then sync again.",
    });
  });

  it("more than one, typed by hand", () => {
    const input = inputOf(corporateDirector("natural"));
    input.directors[0]!.link = null;
    input.directors[0]!.cells.representative = "Jan Peeters; Anne Piron";
    const f = one(input, "DIR-02");
    expect(f.source).toBe("manual");
    expectMessage(f, {
      fr: "L'administrateur Holding Test SA a plus d'un représentant permanent (Jan Peeters et Anne Piron). Une personne morale qui est administrateur en désigne un seul (art. 2:55 CSA). À corriger dans la feuille (ajouté à la main).",
      nl: "Bestuurder Holding Test SA heeft meer dan één vaste vertegenwoordiger (Jan Peeters en Anne Piron). Een rechtspersoon die bestuurder is, duidt er precies één aan (art. 2:55 WVV). Te corrigeren in het blad (manueel toegevoegd).",
      en: "Director Holding Test SA has more than one permanent representative (Jan Peeters and Anne Piron). A legal person that is a director appoints exactly one (art. 2:55 BCCA). Fix it in the sheet (added by hand).",
    });
  });

  it("a legal-person manager of a partnership is called a manager", () => {
    const data = withForm(corporateDirector(null), "SNC", "011");
    data.directors[0]!.role = "manager";
    expect(one(inputOf(data), "DIR-02").message.fr).toMatch(/^Le gérant Holding Test SA est une personne morale/);
  });

  it("passes with one; a natural person needs none; a director whose mandate is history is not judged", () => {
    expect(only(findings(inputOf(corporateDirector("natural"))), "DIR-02")).toEqual([]);
    expect(only(findings(inputOf(cleanSrl())), "DIR-02")).toEqual([]);
    const history = corporateDirector(null);
    history.directors[0]!.end = "2023-06-30";
    history.directors.push(director("p1"));
    expect(only(findings(inputOf(history)), "DIR-02")).toEqual([]);
  });

  it("a manual row's kind comes from its Kind word in any language, or from its identifier", () => {
    const input = inputOf(cleanSrl());
    addManual(input.directors, { name: "Holding Manuelle SA", kind: "Personne morale", identifier: "", role: "administrateur", start: "2020-01-01" });
    addManual(input.directors, { name: "Beheer NV", kind: "", identifier: EN.management, role: "bestuurder", start: "2020-01-01" });
    addManual(input.directors, { name: "Zoë Dubois", kind: "", identifier: NN.anne, role: "bestuurder", start: "2020-01-01" });
    expect(only(findings(input), "DIR-02").map((f) => f.target?.row)).toEqual([1, 2]);
  });
});

describe("DIR-03: the permanent representative is a natural person (art. 2:55): an error", () => {
  it("fails when the relations table says it is a legal person", () => {
    const f = one(inputOf(corporateDirector("legal")), "DIR-03");
    expect(f).toMatchObject({ severity: "error", target: { table: "directors", row: 0, column: "representative" } });
    expectMessage(f, {
      fr: "Le représentant permanent de l'administrateur Holding Test SA, Gouden Aar Management BV, n'est pas une personne physique. Un représentant permanent doit être une personne physique (art. 2:55 CSA). À corriger dans AdminPulse, puis synchroniser à nouveau.",
      nl: "De vaste vertegenwoordiger van bestuurder Holding Test SA, Gouden Aar Management BV, is geen natuurlijke persoon. Een vaste vertegenwoordiger moet een natuurlijke persoon zijn (art. 2:55 WVV). Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The permanent representative of director Holding Test SA, Gouden Aar Management BV, is not a natural person. A permanent representative must be a natural person (art. 2:55 BCCA). Fix it in AdminPulse, then sync again.",
    });
  });

  it("passes for a natural person, and stays silent for a name it cannot place", () => {
    expect(only(findings(inputOf(corporateDirector("natural"))), "DIR-03")).toEqual([]);
    const input = inputOf(corporateDirector("natural"));
    input.directors[0]!.cells.representative = "Someone Unknown";
    expect(only(findings(input), "DIR-03")).toEqual([]);
  });
});

describe("DIR-04: an SA board of fewer than 3 in force (art. 7:85 §1): a warning", () => {
  const saWith = (directors: number, shareholders: number) => {
    const data = cleanSa();
    data.directors = data.directors.slice(0, directors);
    const holders = ["p1", "p2", "p3", "p4"].slice(0, shareholders);
    data.shareholders = holders.map((id) => holding(id, 100 / holders.length, 100));
    return data;
  };

  it("2 directors and 3 shareholders: what to verify, without seating the shareholders on the board", () => {
    const f = one(inputOf(saWith(2, 3)), "DIR-04");
    expect(f).toMatchObject({ severity: "warning", target: { table: "directors", row: null, column: null } });
    expectMessage(f, {
      fr: "Cette SA compte 2 administrateurs en fonction au 31/12/2025, et la feuille montre 3 actionnaires. Un conseil d'administration compte au moins 3 administrateurs ; 2 suffisent lorsque la SA a été constituée par 2 fondateurs ou n'a pas plus de 2 actionnaires, jusqu'à l'assemblée générale ordinaire qui suit la constatation d'un troisième actionnaire (art. 7:85 §1 CSA). Vérifiez dans le registre des actions depuis quand la SA compte plus de 2 actionnaires : au plus tard à l'assemblée générale ordinaire qui suit, un troisième administrateur doit être nommé. À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Deze NV telt 2 bestuurders in functie op 31/12/2025, en het blad toont 3 aandeelhouders. Een raad van bestuur telt minstens 3 bestuurders; 2 volstaan wanneer de NV door 2 oprichters is opgericht of niet meer dan 2 aandeelhouders heeft, tot de gewone algemene vergadering die volgt op de vaststelling van een derde aandeelhouder (art. 7:85 §1 WVV). Controleer in het aandelenregister sinds wanneer de NV meer dan 2 aandeelhouders telt: uiterlijk op de gewone algemene vergadering die daarop volgt, moet een derde bestuurder worden benoemd. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "This SA/NV has 2 directors in office on 31/12/2025, and the sheet shows 3 shareholders. A board has at least 3 directors; 2 are enough when the SA was founded by 2 founders or has no more than 2 shareholders, until the ordinary general meeting that follows the recording of a third shareholder (art. 7:85 §1 BCCA). Check in the share register since when the SA has had more than 2 shareholders: a third director must be appointed at the latest at the ordinary general meeting that follows. Update it in AdminPulse, then sync again.",
    });
  });

  it("a director whose mandate ended before the reference date does not count", () => {
    const data = saWith(3, 3);
    data.directors[2]!.end = "2025-06-30";
    expect(one(inputOf(data), "DIR-04").message.en).toMatch(/^This SA\/NV has 2 directors in office/);
  });

  it("passes: 2 directors and 2 shareholders (art. 7:85 §1), one director, a sole director, 3 directors; not for an SRL", () => {
    expect(only(findings(inputOf(saWith(2, 2))), "DIR-04")).toEqual([]);
    expect(only(findings(inputOf(saWith(1, 4))), "DIR-04")).toEqual([]);
    expect(only(findings(inputOf(saWith(3, 4))), "DIR-04")).toEqual([]);
    const sole = saWith(2, 4);
    sole.directors[0]!.roleText = "Administrateur unique";
    expect(only(findings(inputOf(sole)), "DIR-04")).toEqual([]);
    const srl = saWith(2, 4);
    srl.company.legalForm = { raw: "SRL", code: "610", preCsa: false };
    expect(only(findings(inputOf(srl)), "DIR-04")).toEqual([]);
  });

  it("passes: an SA in liquidation with a liquidator in force", () => {
    const data = saWith(2, 4);
    data.directors.push(director("p4", { link: "director:liq", roleText: "Liquidateur", start: "2025-09-30", end: null }));
    expect(only(findings(inputOf(data)), "DIR-04")).toEqual([]);
  });

  it("the same person twice counts once", () => {
    const data = saWith(3, 3);
    data.directors[2] = director("p1", { link: "director:p1#2", role: "chair", start: "2023-05-16", end: "2029-05-15" });
    expect(ids(findings(inputOf(data)))).toContain("DIR-04");
  });
});

describe("DIR-05: an SA board mandate lasts at most 6 years and has an end (art. 7:85)", () => {
  it("no end date: a warning saying what to verify", () => {
    const data = cleanSa();
    data.directors[0]!.end = null;
    const f = one(inputOf(data), "DIR-05");
    expect(f).toMatchObject({ severity: "warning", target: { table: "directors", row: 0, column: "end" } });
    expectMessage(f, {
      fr: "Le mandat de l'administrateur Claire Fontaine n'a pas de date de fin. Dans une SA, un administrateur est nommé pour 6 ans au plus, renouvelables (art. 7:85 CSA). Vérifiez la décision de nomination et enregistrez la date de fin. À compléter dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Het mandaat van bestuurder Claire Fontaine heeft geen einddatum. In een NV wordt een bestuurder benoemd voor hoogstens 6 jaar, hernieuwbaar (art. 7:85 WVV). Controleer het benoemingsbesluit en vul de einddatum in. Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The mandate of director Claire Fontaine has no end date. In an SA/NV a director is appointed for at most 6 years, renewable (art. 7:85 BCCA). Check the appointment decision and record the end date. Add it in AdminPulse, then sync again.",
    });
  });

  it("longer than 6 years", () => {
    const data = cleanSa();
    data.directors[1] = { ...data.directors[1]!, start: "2020-01-01", end: "2026-06-30" };
    const f = one(inputOf(data), "DIR-05");
    expect(f.target).toEqual({ table: "directors", row: 1, column: "end" });
    expectMessage(f, {
      fr: "Le mandat de l'administrateur Jan Janssens court du 01/01/2020 au 30/06/2026, soit plus de 6 ans. Dans une SA, un administrateur est nommé pour 6 ans au plus, renouvelables (art. 7:85 CSA). Vérifiez la décision de nomination et corrigez les dates. À corriger dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Het mandaat van bestuurder Jan Janssens loopt van 01/01/2020 tot 30/06/2026, meer dan 6 jaar. In een NV wordt een bestuurder benoemd voor hoogstens 6 jaar, hernieuwbaar (art. 7:85 WVV). Controleer het benoemingsbesluit en corrigeer de datums. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The mandate of director Jan Janssens runs from 01/01/2020 to 30/06/2026, more than 6 years. In an SA/NV a director is appointed for at most 6 years, renewable (art. 7:85 BCCA). Check the appointment decision and correct the dates. Fix it in AdminPulse, then sync again.",
    });
  });

  it("a sole director with no end: an info, check the articles (art. 7:101)", () => {
    const data = cleanSa();
    data.directors = [director("p1", { roleText: "Administrateur unique", end: null })];
    const f = one(inputOf(data), "DIR-05");
    expect(f.severity).toBe("info");
    expectMessage(f, {
      fr: "Le mandat de l'administrateur unique Claire Fontaine n'a pas de date de fin. Un administrateur unique peut être nommé dans les statuts, pour la durée qu'ils fixent (art. 7:101 CSA) ; le plafond de 6 ans vaut pour les membres d'un conseil d'administration (art. 7:85 CSA). Vérifiez les statuts.",
      nl: "Het mandaat van enige bestuurder Claire Fontaine heeft geen einddatum. Een enige bestuurder kan in de statuten benoemd worden, voor de duur die ze bepalen (art. 7:101 WVV); de grens van 6 jaar geldt voor de leden van een raad van bestuur (art. 7:85 WVV). Controleer de statuten.",
      en: "The mandate of sole director Claire Fontaine has no end date. A sole director may be appointed in the articles of association, for the term they set (art. 7:101 BCCA); the 6-year limit applies to the members of a board (art. 7:85 BCCA). Check the articles of association.",
    });
  });

  it("passes: exactly 6 years; an SRL director with no end; a mandate that ended during the year", () => {
    const data = cleanSa();
    data.directors[0] = { ...data.directors[0]!, start: "2021-05-18", end: "2027-05-18" };
    expect(only(findings(inputOf(data)), "DIR-05")).toEqual([]);
    expect(only(findings(inputOf(cleanSrl())), "DIR-05")).toEqual([]);
    const left = cleanSa();
    left.directors.push(director("p2", { start: "2015-01-01", end: "2025-06-30" }));
    expect(only(findings(inputOf(left)), "DIR-05")).toEqual([]);
  });
});

describe("DIR-06: a mandate in force that ends by the next general meeting (info, never 'remove')", () => {
  it("fails: ends before the meeting, no renewal recorded", () => {
    const data = cleanSrl();
    data.directors.push(director("p2", { start: "2016-09-01", end: "2026-05-31" }));
    const f = one(inputOf(data), "DIR-06");
    expect(f).toMatchObject({ severity: "info", target: { table: "directors", row: 1, column: "end" } });
    expectMessage(f, {
      fr: "Le mandat de l'administrateur Thomas Fontaine prend fin le 31/05/2026, au plus tard à la prochaine assemblée générale (09/06/2026). Son renouvellement ou la nomination d'un successeur est à inscrire à l'ordre du jour de cette assemblée. Une fois la décision prise, mettez le mandat à jour dans AdminPulse, puis synchronisez à nouveau.",
      nl: "Het mandaat van bestuurder Thomas Fontaine eindigt op 31/05/2026, uiterlijk op de volgende algemene vergadering (09/06/2026). De hernieuwing of de benoeming van een opvolger hoort op de agenda van die vergadering. Werk het mandaat na de beslissing bij in AdminPulse en synchroniseer daarna opnieuw.",
      en: "The mandate of director Thomas Fontaine ends on 31/05/2026, at or before the next general meeting (09/06/2026). Its renewal or the appointment of a successor belongs on that meeting's agenda. Once decided, update the mandate in AdminPulse, then sync again.",
    });
    expect(f.message.en).not.toMatch(/remove/i);
  });

  it("a term recorded as ending on the year end is in force then, and due at the meeting", () => {
    const data = cleanSrl();
    data.directors[0]!.end = "2025-12-31";
    expect(one(inputOf(data), "DIR-06").severity).toBe("info");
    expect(only(findings(inputOf(data)), "DIR-01")).toEqual([]);
  });

  it("passes: history, a director who left during the year, a mandate running past the meeting, a renewal recorded", () => {
    const data = cleanSrl();
    data.directors.push(director("p2", { link: "old", start: "2010-01-01", end: "2022-06-30" }));
    data.directors.push(director("p2", { link: "left", start: "2022-06-30", end: "2025-06-30" }));
    expect(DIR(findings(inputOf(data)))).toEqual([]);
    const renewed = cleanSrl();
    renewed.directors.push(
      director("p2", { link: "a", start: "2020-05-31", end: "2026-05-31" }),
      director("p2", { link: "b", start: "2026-05-31", end: "2032-05-31" }),
    );
    expect(only(findings(inputOf(renewed)), "DIR-06")).toEqual([]);
  });
});

describe("DIR-07: an ASBL needs 3 directors in force (art. 9:5), a foundation 3 (art. 11:6, to confirm)", () => {
  const association = (form: string, directors: number) => {
    const data = cleanSrl();
    data.company.legalForm = { raw: form, code: null, preCsa: false };
    data.parties.push(person("p3", "Jan Janssens", NN.jan));
    data.directors = ["p1", "p2", "p3"].slice(0, directors).map((id) => director(id));
    data.shareholders = [];
    return data;
  };

  it("an ASBL with 1 director: an error", () => {
    const f = one(inputOf(association("ASBL", 1)), "DIR-07");
    expect(f).toMatchObject({ severity: "error", target: { table: "directors", row: null, column: null } });
    expectMessage(f, {
      fr: "L'association n'a qu'un administrateur en fonction au 31/12/2025. L'organe d'administration d'une ASBL compte au moins 3 administrateurs, ou 2 lorsqu'elle a moins de 3 membres (art. 9:5 CSA). À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "De vereniging heeft maar 1 bestuurder in functie op 31/12/2025. Het bestuursorgaan van een VZW telt minstens 3 bestuurders, of 2 wanneer ze minder dan 3 leden heeft (art. 9:5 WVV). Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The association has only 1 director in office on 31/12/2025. The board (organe d'administration, bestuursorgaan) of an ASBL/VZW has at least 3 directors, or 2 when it has fewer than 3 members (art. 9:5 BCCA). Update it in AdminPulse, then sync again.",
    });
  });

  it("an ASBL with 2: a warning (allowed while fewer than 3 members)", () => {
    const f = one(inputOf(association("VZW", 2)), "DIR-07");
    expect(f.severity).toBe("warning");
    expectMessage(f, {
      fr: "L'association n'a que 2 administrateurs en fonction au 31/12/2025. L'organe d'administration d'une ASBL compte au moins 3 administrateurs, ou 2 lorsqu'elle a moins de 3 membres (art. 9:5 CSA). Vérifiez que l'association compte moins de 3 membres (registre des membres) ; sinon, un troisième administrateur doit être nommé. À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "De vereniging heeft maar 2 bestuurders in functie op 31/12/2025. Het bestuursorgaan van een VZW telt minstens 3 bestuurders, of 2 wanneer ze minder dan 3 leden heeft (art. 9:5 WVV). Controleer of de vereniging minder dan 3 leden telt (ledenregister); zo niet, moet een derde bestuurder worden benoemd. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The association has only 2 directors in office on 31/12/2025. The board (organe d'administration, bestuursorgaan) of an ASBL/VZW has at least 3 directors, or 2 when it has fewer than 3 members (art. 9:5 BCCA). Check that the association has fewer than 3 members (register of members); if not, a third director must be appointed. Update it in AdminPulse, then sync again.",
    });
  });

  it("a foundation with 2: a warning", () => {
    const f = one(inputOf(association("fondation privée", 2)), "DIR-07");
    expect(f.severity).toBe("warning");
    expectMessage(f, {
      fr: "La fondation n'a que 2 administrateurs en fonction au 31/12/2025. L'organe d'administration d'une fondation compte en principe au moins 3 administrateurs (art. 11:6 CSA). Vérifiez les statuts et la composition de l'organe d'administration. À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "De stichting heeft maar 2 bestuurders in functie op 31/12/2025. Het bestuursorgaan van een stichting telt in principe minstens 3 bestuurders (art. 11:6 WVV). Controleer de statuten en de samenstelling van het bestuursorgaan. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "The foundation has only 2 directors in office on 31/12/2025. A foundation's board (organe d'administration, bestuursorgaan) normally has at least 3 directors (art. 11:6 BCCA). Check the articles of association and the board's composition. Update it in AdminPulse, then sync again.",
    });
  });

  it("a director whose mandate is history does not count", () => {
    const data = association("ASBL", 3);
    data.directors[2]!.end = "2023-12-31";
    expect(one(inputOf(data), "DIR-07").severity).toBe("warning");
  });

  it("passes: 3 directors; an AISBL (per articles); none at all is DIR-01's", () => {
    expect(only(findings(inputOf(association("ASBL", 3))), "DIR-07")).toEqual([]);
    expect(only(findings(inputOf(association("AISBL", 1))), "DIR-07")).toEqual([]);
    expect(ids(findings(inputOf(association("ASBL", 0))))).toEqual(expect.arrayContaining(["DIR-01"]));
    expect(only(findings(inputOf(association("ASBL", 0))), "DIR-07")).toEqual([]);
  });
});

describe("DIR-08: the role word fits the family", () => {
  it("gérant on an SRL, typed by hand", () => {
    const input = inputOf(cleanSrl());
    addManual(input.directors, { name: "Jan Peeters", kind: "Natural person", identifier: "", role: "Gérant", start: "2020-01-01" });
    const f = one(input, "DIR-08");
    expect(f).toMatchObject({ severity: "warning", source: "manual", target: { table: "directors", row: 1, column: "role" } });
    expectMessage(f, {
      fr: "Jan Peeters figure comme « Gérant », ce qui ne convient pas à une SRL : depuis le Code de 2019, « gérant » ne s'emploie que dans une SNC, une SComm ou une société simple ; ici, le terme est « administrateur ». À corriger dans la feuille (ajouté à la main).",
      nl: "Jan Peeters staat vermeld als ‘Gérant’, wat niet past bij een BV: sinds het Wetboek van 2019 wordt ‘zaakvoerder’ alleen gebruikt in een VOF, CommV of maatschap; hier is het ‘bestuurder’. Te corrigeren in het blad (manueel toegevoegd).",
      en: "Jan Peeters is listed as “Gérant”, which does not fit an SRL/BV: since the 2019 Code, “manager” (gérant, zaakvoerder) is used only in an SNC/VOF, SComm/CommV or simple partnership; here the word is “director” (administrateur, bestuurder). Fix it in the sheet (added by hand).",
    });
  });

  it("administrateur on an SNC", () => {
    const input = setField(inputOf(cleanSrl()), "LegalForm", "SNC – société en nom collectif");
    input.directors[0]!.cells.role = "administrateur";
    expectMessage(one(input, "DIR-08"), {
      fr: "Claire Fontaine figure comme « administrateur », ce qui ne convient pas à une SNC : ceux qui la gèrent sont des « gérants », pas des « administrateurs ». À corriger dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Claire Fontaine staat vermeld als ‘administrateur’, wat niet past bij een VOF: wie ze bestuurt, is ‘zaakvoerder’, geen ‘bestuurder’. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
      en: "Claire Fontaine is listed as “administrateur”, which does not fit an SNC/VOF: the people who run it are “managers” (gérants, zaakvoerders), not “directors” (administrateurs, bestuurders). Fix it in AdminPulse, then sync again.",
    });
  });

  it("zaakvoerder on a former BVBA: the company is now a BV (it did fit a BVBA)", () => {
    const input = setField(inputOf(cleanSrl()), "LegalForm", "BVBA");
    input.directors[0]!.cells.role = "Zaakvoerder";
    const f = one(input, "DIR-08");
    expectMessage(f, {
      fr: "Claire Fontaine figure comme « Zaakvoerder » : cette SPRL est désormais une SRL (conversion de plein droit, au plus tard le 1er janvier 2024), où le terme est « administrateur » ; « gérant » ne s'emploie plus que dans une SNC, une SComm ou une société simple. À corriger dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Claire Fontaine staat vermeld als ‘Zaakvoerder’: deze BVBA is nu een BV (omzetting van rechtswege, uiterlijk op 1 januari 2024), waar het woord ‘bestuurder’ is; ‘zaakvoerder’ wordt alleen nog gebruikt in een VOF, CommV of maatschap. Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
      en: "Claire Fontaine is listed as “Zaakvoerder”: this SPRL/BVBA is now an SRL/BV (converted by law on 1 January 2024 at the latest), where the word is “director” (administrateur, bestuurder); “manager” (gérant, zaakvoerder) is now used only in an SNC/VOF, SComm/CommV or simple partnership. Fix it in AdminPulse, then sync again.",
    });
    expect(f.message.nl).not.toMatch(/past niet bij een BVBA/);
  });

  it("passes: zaakvoerder on a VOF, gedelegeerd bestuurder on a BV, a chair or a liquidator anywhere, a BVBA's zaakvoerder for 2023", () => {
    const snc = setField(inputOf(cleanSrl()), "LegalForm", "VOF");
    snc.directors[0]!.cells.role = "zaakvoerder";
    expect(only(findings(snc), "DIR-08")).toEqual([]);
    const bv = setField(inputOf(cleanSrl()), "LegalForm", "BV – besloten vennootschap");
    bv.directors[0]!.cells.role = "gedelegeerd bestuurder";
    expect(only(findings(bv), "DIR-08")).toEqual([]);
    bv.directors[0]!.cells.role = "président";
    expect(only(findings(bv), "DIR-08")).toEqual([]);
    bv.directors[0]!.cells.role = "vereffenaar";
    expect(only(findings(bv), "DIR-08")).toEqual([]);
    const bvba = setField(setField(inputOf(cleanSrl()), "LegalForm", "BVBA"), "FiscalYearEnd", "2023-12-31");
    bvba.directors[0]!.cells.role = "Zaakvoerder";
    expect(only(findings(bvba), "DIR-08")).toEqual([]);
  });
});

describe("DIR-11: dates in order, no overlapping duplicate", () => {
  it("start after end", () => {
    const data = cleanSrl();
    data.directors.push(director("p2", { start: "2024-01-01", end: "2020-01-01" }));
    const f = one(inputOf(data), "DIR-11");
    expect(f).toMatchObject({ severity: "warning", target: { table: "directors", row: 1, column: "start" } });
    expect(f.message.en).toBe(
      "The mandate of Thomas Fontaine starts on 01/01/2024, after it ends on 01/01/2020. One of the two dates is wrong. Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("the same person twice in the same role, overlapping (a copy typed by hand)", () => {
    const input = inputOf(cleanSrl());
    addManual(input.directors, { name: "FONTAINE Claire", kind: "Personne physique", role: "Administrateur", start: "2022-01-01" });
    const f = one(input, "DIR-11");
    expect(f).toMatchObject({ source: "mixed", target: { table: "directors", row: 1, column: "start" } });
    expect(f.message.en).toBe(
      "FONTAINE Claire is listed twice as director with overlapping periods. Each mandate should appear once: remove the duplicate or correct the dates. Fix imported rows in AdminPulse, then sync again; fix rows added by hand in the sheet.",
    );
    expect(f.message.fr).toContain("comme administrateur avec des périodes");
    expect(f.message.nl).toContain("als bestuurder met overlappende");
    expectLocalized(f);
  });

  it("passes: a renewal starting the day the old mandate ends; another role; overlapping history", () => {
    const data = cleanSrl();
    data.directors = [
      director("p1", { link: "a", start: "2015-05-10", end: "2021-05-10" }),
      director("p1", { link: "b", start: "2021-05-10", end: null }),
      director("p1", { link: "c", role: "chair", start: "2021-05-10" }),
      director("p2", { link: "d", start: "2010-01-01", end: "2020-01-01" }),
      director("p2", { link: "e", start: "2015-01-01", end: "2021-01-01" }),
    ];
    expect(only(findings(inputOf(data)), "DIR-11")).toEqual([]);
  });
});

describe("DIR-12: a permanent representative who also sits on the board in their own name (art. 2:55)", () => {
  const both = () => {
    const data = cleanSrl();
    data.parties.push(company("h1", "Holding Test SA", EN.holding));
    data.directors.push(director("h1", { representativeId: "p1" }));
    return data;
  };

  it("fails: the same party in AdminPulse", () => {
    const f = one(inputOf(both()), "DIR-12");
    expect(f).toMatchObject({ severity: "warning", source: "imported", target: { table: "directors", row: 1, column: "representative" } });
    expectMessage(f, {
      fr: "Claire Fontaine est administrateur en son nom propre et aussi représentant permanent de l'administrateur Holding Test SA. Un représentant permanent ne peut siéger dans le même organe à la fois en son nom propre et comme représentant (art. 2:55 CSA). Vérifiez qu'il s'agit bien de la même personne ; si oui, l'un des deux mandats doit prendre fin ou un autre représentant être désigné. À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Claire Fontaine is bestuurder in eigen naam en ook vaste vertegenwoordiger van bestuurder Holding Test SA. Een vaste vertegenwoordiger kan niet tegelijk in eigen naam en als vertegenwoordiger in hetzelfde orgaan zetelen (art. 2:55 WVV). Controleer of het om dezelfde persoon gaat; zo ja, moet een van beide mandaten eindigen of een andere vertegenwoordiger worden aangeduid. Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "Claire Fontaine is a director in their own name and also the permanent representative of director Holding Test SA. A permanent representative may not sit on the same board both in their own name and as a representative (art. 2:55 BCCA). Check that it is the same person; if so, one of the two mandates must end or another representative be appointed. Update it in AdminPulse, then sync again.",
    });
  });

  it("fails: the same name, typed by hand", () => {
    const input = inputOf(cleanSrl());
    addManual(input.directors, { name: "Holding Manuelle SA", kind: "Legal person", role: "director", start: "2020-01-01", representative: "FONTAINE Claire" });
    expect(one(input, "DIR-12").source).toBe("mixed");
  });

  it("passes: periods that do not overlap; another representative", () => {
    const ended = both();
    ended.directors[0]!.start = "2025-02-01";
    ended.directors[1]!.end = "2025-01-31";
    expect(only(findings(inputOf(ended)), "DIR-12")).toEqual([]);
    expect(only(findings(inputOf(corporateDirector("natural"))), "DIR-12")).toEqual([]);
  });
});

describe("legal files: no error from the director checks", () => {
  const dirErrors = (input: Input) => DIR(findings(input)).filter((f) => f.severity === "error");

  it("directors with history and a director who left during the year: no finding at all", () => {
    const data = cleanSa();
    data.parties.push(person("p5", "Anne Piron", NN.anne));
    data.directors.push(
      director("p2", { link: "director:p2", start: "2011-05-17", end: "2017-05-16" }),
      director("p5", { link: "director:p5", start: "2017-05-16", end: "2025-06-30" }),
    );
    expect(DIR(findings(inputOf(data)))).toEqual([]);
  });

  it("an SNC without named manager: one warning", () => {
    const data = withForm(cleanSrl(), "SNC", "011");
    data.directors = [];
    expect(DIR(findings(inputOf(data))).map((f) => [f.id, f.severity])).toEqual([["DIR-01", "warning"]]);
  });

  it("an SA within the 7:85 transition (2 directors, 2 shareholders): nothing", () => {
    const data = cleanSa();
    data.directors = data.directors.slice(0, 2);
    expect(DIR(findings(inputOf(data)))).toEqual([]);
  });

  it("the sole director of a former SCA, with no end: one info", () => {
    const data = withForm(cleanSa(), "SCA", "013", true);
    data.directors = [director("p1", { start: "2012-01-01", end: null })];
    expect(DIR(findings(inputOf(data))).map((f) => [f.id, f.severity])).toEqual([["DIR-05", "info"]]);
  });

  it("a company in liquidation: the board ended during the year, a liquidator from AdminPulse in force", () => {
    const data = cleanSa();
    data.company.name = "Brasserie du Test SA en liquidation";
    for (const m of data.directors) m.end = "2025-09-30";
    data.directors.push(director("p2", { link: "director:liq", roleText: "Liquidateur", start: "2025-09-30", end: null }));
    expect(dirErrors(inputOf(data))).toEqual([]);
    expect(DIR(findings(inputOf(data)))).toEqual([]);
  });
});
