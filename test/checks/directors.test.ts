// DIR-01 … DIR-08, DIR-11 over the directors table, from AdminPulse and typed by hand, in any language.

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
} from "./support";

describe("DIR-01: at least one director in office on the reference date", () => {
  it("none listed", () => {
    const data = cleanSrl();
    data.directors = [];
    const f = one(inputOf(data), "DIR-01");
    expect(f).toMatchObject({ severity: "error", source: "imported", target: { table: "directors", row: null, column: null } });
    expect(f.message.en).toBe(
      "No director is listed. Every company or association must have at least one director in office, who represents it and signs its annual accounts. Add it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("none in office: the only mandate ended", () => {
    const data = cleanSrl();
    data.directors[0]!.end = "2024-06-30";
    const f = one(inputOf(data), "DIR-01");
    expect(f.message.en).toBe(
      "No director has a mandate running on 31/12/2025. Every company or association must have at least one director in office, who represents it and signs its annual accounts. Update it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("a daily manager alone is no director", () => {
    const data = cleanSrl();
    data.directors[0]!.role = "daily-manager";
    expect(ids(findings(inputOf(data)))).toContain("DIR-01");
  });

  it("passes with one director in office; silent for a sole proprietor", () => {
    expect(only(findings(inputOf(cleanSrl())), "DIR-01")).toEqual([]);
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
  data.parties.push(company("h1", "Holding Test SA", EN.holding), person("p9", "Jan Peeters", NN.jan), company("m1", "Gouden Aar Management BV", EN.management));
  const representativeId = representative === "natural" ? "p9" : representative === "legal" ? "m1" : null;
  data.directors = [director("h1", { representativeId })];
  return data;
}

describe("DIR-02: a legal-person director has exactly one permanent representative", () => {
  it("none", () => {
    const f = one(inputOf(corporateDirector(null)), "DIR-02");
    expect(f).toMatchObject({ severity: "error", target: { table: "directors", row: 0, column: "representative" } });
    expect(f.message.en).toBe(
      "Director Holding Test SA is a legal person but has no permanent representative. A legal person that is a director must appoint one natural person to act for it. Add it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("more than one, typed by hand", () => {
    const input = inputOf(corporateDirector("natural"));
    input.directors[0]!.link = null;
    input.directors[0]!.cells.representative = "Jan Peeters; Anne Piron";
    const f = one(input, "DIR-02");
    expect(f.source).toBe("manual");
    expect(f.message.en).toBe(
      "Director Holding Test SA has more than one permanent representative (Jan Peeters and Anne Piron). A legal person that is a director appoints exactly one. Fix it in the sheet (added by hand).",
    );
    expectLocalized(f);
  });

  it("passes with one; a natural person needs none", () => {
    expect(only(findings(inputOf(corporateDirector("natural"))), "DIR-02")).toEqual([]);
    expect(only(findings(inputOf(cleanSrl())), "DIR-02")).toEqual([]);
  });

  it("a manual row's kind comes from its Kind word in any language, or from its identifier", () => {
    const input = inputOf(cleanSrl());
    addManual(input.directors, { name: "Holding Manuelle SA", kind: "Personne morale", identifier: "", role: "administrateur", start: "2020-01-01" });
    addManual(input.directors, { name: "Beheer NV", kind: "", identifier: EN.management, role: "bestuurder", start: "2020-01-01" });
    addManual(input.directors, { name: "Zoë Dubois", kind: "", identifier: NN.anne, role: "bestuurder", start: "2020-01-01" });
    expect(only(findings(input), "DIR-02").map((f) => f.target?.row)).toEqual([1, 2]);
  });
});

describe("DIR-03: the permanent representative is a natural person", () => {
  it("fails when the relations table says it is a legal person", () => {
    const f = one(inputOf(corporateDirector("legal")), "DIR-03");
    expect(f).toMatchObject({ severity: "warning", target: { table: "directors", row: 0, column: "representative" } });
    expect(f.message.en).toBe(
      "The permanent representative of director Holding Test SA, Gouden Aar Management BV, is not a natural person. A permanent representative must be a natural person. Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes for a natural person, and stays silent for a name it cannot place", () => {
    expect(only(findings(inputOf(corporateDirector("natural"))), "DIR-03")).toEqual([]);
    const input = inputOf(corporateDirector("natural"));
    input.directors[0]!.cells.representative = "Someone Unknown";
    expect(only(findings(input), "DIR-03")).toEqual([]);
  });
});

describe("DIR-04: an SA board has 3 directors (2 with fewer than 3 shareholders)", () => {
  const saWith = (directors: number, shareholders: number) => {
    const data = cleanSa();
    data.directors = data.directors.slice(0, directors);
    const holders = ["p1", "p2", "p3", "p4"].slice(0, shareholders);
    data.shareholders = holders.map((id) => holding(id, 100 / holders.length, 100));
    return data;
  };

  it("2 directors and 3 shareholders", () => {
    const f = one(inputOf(saWith(2, 3)), "DIR-04");
    expect(f).toMatchObject({ severity: "error", target: { table: "directors", row: null, column: null } });
    expect(f.message.en).toBe(
      "This SA/NV has a board of 2 directors and 3 shareholders. A board needs at least 3 directors; 2 are enough only while the SA has fewer than 3 shareholders (a sole director is also possible). Update it in AdminPulse, then sync again.",
    );
    expect(f.message.fr).toContain("Cette SA a un conseil de 2 administrateurs pour 3 actionnaires.");
    expect(f.message.nl).toContain("Deze NV heeft een raad van bestuur van 2 bestuurders en 3 aandeelhouders.");
    expectLocalized(f);
  });

  it("passes: 2 directors and 2 shareholders, a sole director, 3 directors; not for an SRL", () => {
    expect(only(findings(inputOf(saWith(2, 2))), "DIR-04")).toEqual([]);
    expect(only(findings(inputOf(saWith(1, 4))), "DIR-04")).toEqual([]);
    expect(only(findings(inputOf(saWith(3, 4))), "DIR-04")).toEqual([]);
    const srl = saWith(2, 4);
    srl.company.legalForm = { raw: "SRL", code: "610", preCsa: false };
    expect(only(findings(inputOf(srl)), "DIR-04")).toEqual([]);
  });

  it("the same person twice counts once", () => {
    const data = saWith(3, 3);
    data.directors[2] = director("p1", { link: "director:p1#2", role: "chair", start: "2023-05-16", end: "2029-05-15" });
    expect(ids(findings(inputOf(data)))).toContain("DIR-04");
  });
});

describe("DIR-05: an SA mandate lasts at most 6 years and has an end", () => {
  it("no end date", () => {
    const data = cleanSa();
    data.directors[0]!.end = null;
    const f = one(inputOf(data), "DIR-05");
    expect(f).toMatchObject({ severity: "warning", target: { table: "directors", row: 0, column: "end" } });
    expect(f.message.en).toBe(
      "The mandate of director Claire Fontaine has no end date. In an SA/NV a director's mandate lasts at most 6 years (renewable), so it must have an end date. Add it in AdminPulse, then sync again.",
    );
    expect(f.message.fr).toContain("Dans une SA, le mandat");
    expect(f.message.nl).toContain("In een NV duurt");
    expectLocalized(f);
  });

  it("longer than 6 years", () => {
    const data = cleanSa();
    data.directors[1] = { ...data.directors[1]!, start: "2020-01-01", end: "2026-06-30" };
    const f = one(inputOf(data), "DIR-05");
    expect(f.target).toEqual({ table: "directors", row: 1, column: "end" });
    expect(f.message.en).toBe(
      "The mandate of director Jan Janssens runs from 01/01/2020 to 30/06/2026, more than 6 years. In an SA/NV a director's mandate lasts at most 6 years (renewable). Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes: exactly 6 years; an SRL director with no end", () => {
    const data = cleanSa();
    data.directors[0] = { ...data.directors[0]!, start: "2021-05-18", end: "2027-05-18" };
    expect(only(findings(inputOf(data)), "DIR-05")).toEqual([]);
    expect(only(findings(inputOf(cleanSrl())), "DIR-05")).toEqual([]);
  });
});

describe("DIR-06: a mandate that ended before the reference date, still listed", () => {
  it("fails", () => {
    const data = cleanSrl();
    data.directors.push(director("p2", { start: "2016-09-01", end: "2024-06-30" }));
    const f = one(inputOf(data), "DIR-06");
    expect(f).toMatchObject({ severity: "warning", target: { table: "directors", row: 1, column: "end" } });
    expect(f.message.en).toBe(
      "The mandate of director Thomas Fontaine ended on 30/06/2024, before 31/12/2025, but the director is still listed. Without a renewal the director can no longer act for the company: record the renewal, or remove the director. Update it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes: a mandate ending on the reference date itself", () => {
    const data = cleanSrl();
    data.directors[0]!.end = "2025-12-31";
    expect(only(findings(inputOf(data)), "DIR-06")).toEqual([]);
  });
});

describe("DIR-07: an ASBL needs 3 directors, a foundation 3 (to confirm)", () => {
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
    expect(f.message.en).toBe(
      "This ASBL/VZW has only 1 director in office on 31/12/2025. An ASBL/VZW needs at least 3 directors (2 if it has only 2 members). Update it in AdminPulse, then sync again.",
    );
    expect(f.message.fr).toContain("Cette ASBL n'a que 1 administrateur en fonction au 31/12/2025.");
    expectLocalized(f);
  });

  it("an ASBL with 2: a warning (it may have only 2 members); a foundation with 2: a warning", () => {
    expect(one(inputOf(association("VZW", 2)), "DIR-07").severity).toBe("warning");
    const f = one(inputOf(association("fondation privée", 2)), "DIR-07");
    expect(f.severity).toBe("warning");
    expect(f.message.en).toBe(
      "This private foundation has only 2 directors in office on 31/12/2025. A foundation's board of directors should have at least 3 members. Update it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes: 3 directors; an AISBL (per articles); none at all is DIR-01's", () => {
    expect(only(findings(inputOf(association("ASBL", 3))), "DIR-07")).toEqual([]);
    expect(only(findings(inputOf(association("AISBL", 1))), "DIR-07")).toEqual([]);
    expect(ids(findings(inputOf(association("ASBL", 0))))).toEqual(expect.arrayContaining(["DIR-01"]));
    expect(only(findings(inputOf(association("ASBL", 0))), "DIR-07")).toEqual([]);
  });
});

describe("DIR-08: the role word fits the legal form", () => {
  it("gérant on an SRL, typed by hand", () => {
    const input = inputOf(cleanSrl());
    addManual(input.directors, { name: "Jan Peeters", kind: "Natural person", identifier: "", role: "Gérant", start: "2020-01-01" });
    const f = one(input, "DIR-08");
    expect(f).toMatchObject({ severity: "warning", source: "manual", target: { table: "directors", row: 1, column: "role" } });
    expect(f.message.en).toBe(
      "Jan Peeters has the title “Gérant”, which does not fit an SRL/BV: since the 2019 Code, “manager” (gérant, zaakvoerder) is used only in an SNC/VOF or SComm/CommV; here the word is “director” (administrateur, bestuurder). Fix it in the sheet (added by hand).",
    );
    expectLocalized(f);
  });

  it("administrateur on an SNC", () => {
    const input = setField(inputOf(cleanSrl()), "LegalForm", "SNC – société en nom collectif");
    input.directors[0]!.cells.role = "administrateur";
    const f = one(input, "DIR-08");
    expect(f.message.en).toBe(
      "Claire Fontaine has the title “administrateur”, which does not fit an SNC/VOF: the people who run it are “managers” (gérants, zaakvoerders), not “directors” (administrateurs, bestuurders). Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes: zaakvoerder on a VOF, gedelegeerd bestuurder on a BV, a chair anywhere", () => {
    const snc = setField(inputOf(cleanSrl()), "LegalForm", "VOF");
    snc.directors[0]!.cells.role = "zaakvoerder";
    expect(only(findings(snc), "DIR-08")).toEqual([]);
    const bv = setField(inputOf(cleanSrl()), "LegalForm", "BV – besloten vennootschap");
    bv.directors[0]!.cells.role = "gedelegeerd bestuurder";
    expect(only(findings(bv), "DIR-08")).toEqual([]);
    bv.directors[0]!.cells.role = "président";
    expect(only(findings(bv), "DIR-08")).toEqual([]);
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

  it("passes: a renewal starting the day the old mandate ends; another role", () => {
    const data = cleanSrl();
    data.directors = [
      director("p1", { link: "a", start: "2015-05-10", end: "2021-05-10" }),
      director("p1", { link: "b", start: "2021-05-10", end: null }),
      director("p1", { link: "c", role: "chair", start: "2021-05-10" }),
    ];
    expect(only(findings(inputOf(data)), "DIR-11")).toEqual([]);
  });
});
