// SH-01 … SH-05 over the shareholders table.

import { EN, addManual, cleanSrl, company, expectLocalized, findings, holding, ids, inputOf, one, only, person } from "./support";

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
      "The shareholders' percentages of votes add up to 90%, not 100%. Every vote must belong to a shareholder: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    ]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message.fr).toContain("totalisent 90\u00a0%, et non 100\u00a0%");
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
      "The shareholders hold 90 shares in total, but the company has 100 shares (according to AdminPulse). Every share must appear in the share register: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
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
    expect(f.message.en).toBe("The number of shares of Jan Peeters, “abc”, is not a number, so the holdings cannot be totalled. Fix it in the sheet (added by hand).");
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
      "No shareholders are listed, yet an SRL/BV has shares. The share register, the percentages and the UBO checks need them. Add it in AdminPulse, then sync again.",
    );
    expect(f.message.fr).toContain("alors qu'une SRL a des actions");
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

describe("SH-05: a natural person above 25 %: UBO candidate", () => {
  it("info on the person's (first) row", () => {
    const found = only(findings(inputOf(cleanSrl())), "SH-05");
    expect(found.map((f) => [f.severity, f.target])).toEqual([
      ["info", { table: "shareholders", row: 0, column: "percentShares" }],
      ["info", { table: "shareholders", row: 1, column: "percentShares" }],
    ]);
    expect(found[0]!.message.en).toBe(
      "Claire Fontaine holds 60% of the shares: a natural person above 25% is a candidate ultimate beneficial owner (UBO). Check that the UBO register is up to date; changes must be recorded within a month.",
    );
    found.forEach(expectLocalized);
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
    const found = only(findings(inputOf(data)), "SH-05");
    expect(found.map((f) => f.target?.row)).toEqual([1, 3]);
    expect(found[1]!.message.en).toContain("Thomas Fontaine holds 30% of the votes:");
  });

  it("passes: exactly 25 %; a legal person", () => {
    const data = cleanSrl();
    data.parties.push(company("h1", "Holding Test SA", EN.holding));
    data.shareholders = [holding("h1", 75, 100), holding("p1", 25, 100)];
    expect(only(findings(inputOf(data)), "SH-05")).toEqual([]);
  });
});
