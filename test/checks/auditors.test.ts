// AUD-02 … AUD-04 over the auditors table.

import { financialYearsCovered } from "../../src/checks/auditors";
import { cleanSa, expectLocalized, findings, inputOf, one, only, setField } from "./support";

describe("AUD-02: a mandate of exactly 3 financial years", () => {
  it("counts the year ends from the appointment to before the meeting that ends it", () => {
    expect(financialYearsCovered("2024-06-11", "2027-06-08", "2025-12-31")).toBe(3);
    expect(financialYearsCovered("2024-06-11", "2026-06-09", "2025-12-31")).toBe(2);
    expect(financialYearsCovered("2024-12-10", "2027-12-09", "2026-06-30")).toBe(3);
    expect(financialYearsCovered("2024-06-11", "2030-06-08", "2025-12-31")).toBe(6);
  });

  it("2 financial years", () => {
    const data = cleanSa();
    data.auditors[0]!.end = "2026-06-09";
    const f = one(inputOf(data), "AUD-02");
    expect(f).toMatchObject({ severity: "error", target: { table: "auditors", row: 0, column: "end" } });
    expect(f.message.en).toBe(
      "The mandate of statutory auditor Réviseurs Test SRL (11/06/2024 to 09/06/2026) covers 2 financial years. A statutory auditor is appointed for exactly 3 financial years, renewable. Fix it in AdminPulse, then sync again.",
    );
    expect(f.message.fr).toContain("couvre 2 exercices");
    expect(f.message.nl).toContain("beslaat 2 boekjaren");
    expectLocalized(f);
  });

  it("no end date", () => {
    const data = cleanSa();
    data.auditors[0]!.end = null;
    const f = one(inputOf(data), "AUD-02");
    expect(f.message.en).toBe(
      "The mandate of statutory auditor Réviseurs Test SRL has no end date. A statutory auditor is appointed for exactly 3 financial years, with no tacit extension. Add it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes with 3 years; silent without the year end it counts by", () => {
    expect(only(findings(inputOf(cleanSa())), "AUD-02")).toEqual([]);
    const data = cleanSa();
    data.auditors[0]!.end = "2026-06-09";
    expect(only(findings(setField(inputOf(data), "FiscalYearEnd", "")), "AUD-02")).toEqual([]);
  });
});

describe("AUD-03: a mandate ending at this meeting (or ended) with no successor", () => {
  it("ends at the coming meeting", () => {
    const data = cleanSa();
    data.auditors[0] = { ...data.auditors[0]!, start: "2023-06-13", end: "2026-06-09" };
    const f = one(inputOf(data), "AUD-03");
    expect(f).toMatchObject({ severity: "warning", target: { table: "auditors", row: 0, column: "end" } });
    expect(f.message.en).toBe(
      "The mandate of statutory auditor Réviseurs Test SRL ends on 09/06/2026, no later than the general meeting of 09/06/2026, and no successor is listed. The general meeting must renew the mandate or appoint a new auditor: there is no tacit extension. Update it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("ended before the reference date", () => {
    const data = cleanSa();
    data.auditors[0] = { ...data.auditors[0]!, start: "2022-06-14", end: "2025-06-10" };
    const f = one(inputOf(data), "AUD-03");
    expect(f.message.en).toBe(
      "The mandate of statutory auditor Réviseurs Test SRL ended on 10/06/2025 and no successor is listed. The general meeting must renew the mandate or appoint a new auditor: there is no tacit extension. Update it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes: a mandate running past the meeting; a successor listed", () => {
    expect(only(findings(inputOf(cleanSa())), "AUD-03")).toEqual([]);
    const data = cleanSa();
    data.auditors = [
      { ...data.auditors[0]!, link: "auditor:a1@old", start: "2023-06-13", end: "2026-06-09" },
      { ...data.auditors[0]!, link: "auditor:a1@new", start: "2026-06-09", end: "2029-06-12" },
    ];
    expect(only(findings(inputOf(data)), "AUD-03")).toEqual([]);
  });
});

describe("AUD-04: an IRE/IBR number", () => {
  it("missing", () => {
    const data = cleanSa();
    data.auditors[0]!.ireNumber = null;
    const f = one(inputOf(data), "AUD-04");
    expect(f).toMatchObject({ severity: "warning", target: { table: "auditors", row: 0, column: "ireNumber" } });
    expect(f.message.en).toBe(
      "Statutory auditor Réviseurs Test SRL has no IRE number. Only a réviseur d'entreprises registered with the IRE/IBR, or a registered audit firm, can be statutory auditor. Add it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes with one", () => {
    expect(only(findings(inputOf(cleanSa())), "AUD-04")).toEqual([]);
  });
});
