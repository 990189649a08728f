// GA-01 … GA-04: the general meeting and the filing deadline.

import { cleanSrl, expectLocalized, fieldRow, findings, ids, inputOf, one, only, setField } from "./support";

const clean = () => inputOf(cleanSrl());

describe("GA-01: general-meeting date present", () => {
  it("missing", () => {
    const f = one(setField(clean(), "GeneralMeetingDate", ""), "GA-01");
    expect(f).toMatchObject({ severity: "error", source: "imported", target: { table: "identification", row: 10, column: "value" } });
    expect(f.message.en).toBe(
      "The date of the general meeting is missing. The meeting must approve the annual accounts within 6 months after the financial-year end, and the filing deadline depends on its date. Add it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("not a date (typed by hand)", () => {
    const input = setField(clean(), "GeneralMeetingDate", "next June");
    fieldRow(input, "GeneralMeetingDate").link = null;
    const f = one(input, "GA-01");
    expect(f.source).toBe("manual");
    expect(f.message.en).toBe(
      "The general meeting date “next June” is not a date. The meeting must approve the annual accounts within 6 months after the financial-year end, and the filing deadline depends on its date. Fix it in the sheet (added by hand).",
    );
    expectLocalized(f);
  });

  it("passes with a date, also typed as text dd/mm/yyyy; silent for a sole proprietor", () => {
    expect(only(findings(clean()), "GA-01")).toEqual([]);
    expect(only(findings(setField(clean(), "GeneralMeetingDate", "09/06/2026")), "GA-01")).toEqual([]);
    const sole = cleanSrl();
    sole.company.soleProprietor = true;
    sole.company.legalForm = null;
    sole.company.generalMeetingDate = null;
    sole.directors = [];
    sole.shareholders = [];
    expect(ids(findings(inputOf(sole))).filter((id) => id.startsWith("GA-"))).toEqual([]);
  });
});

describe("GA-02: meeting not before the financial-year end", () => {
  it("fails", () => {
    const f = one(setField(clean(), "GeneralMeetingDate", "2025-11-30"), "GA-02");
    expect(f).toMatchObject({ severity: "error", target: { table: "identification", row: 10, column: "value" } });
    expect(f.message.en).toBe(
      "The general meeting (30/11/2025) is before the financial-year end (31/12/2025). A meeting cannot approve the accounts of a year that has not ended yet. Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes on the year end itself and after; silent without a year end", () => {
    expect(only(findings(setField(clean(), "GeneralMeetingDate", "2025-12-31")), "GA-02")).toEqual([]);
    expect(only(findings(setField(setField(clean(), "FiscalYearEnd", ""), "GeneralMeetingDate", "2020-01-01")), "GA-02")).toEqual([]);
  });
});

describe("GA-03: meeting within 6 months after the year end", () => {
  it("fails", () => {
    const f = one(setField(clean(), "GeneralMeetingDate", "2026-07-01"), "GA-03");
    expect(f.severity).toBe("warning");
    expect(f.message.en).toBe(
      "The general meeting (01/07/2026) is more than 6 months after the financial-year end (31/12/2025). The annual accounts must be approved within 6 months, by 30/06/2026. Fix it in AdminPulse, then sync again.",
    );
    expectLocalized(f);
  });

  it("passes on the last day; a year ending in February counts to the end of August", () => {
    expect(only(findings(setField(clean(), "GeneralMeetingDate", "2026-06-30")), "GA-03")).toEqual([]);
    const february = setField(setField(clean(), "FiscalYearEnd", "2026-02-28"), "GeneralMeetingDate", "2026-08-31");
    expect(only(findings(february), "GA-03")).toEqual([]);
  });
});

describe("GA-04: filing deadline", () => {
  it("info before the deadline: min(meeting + 30 days, year end + 7 months)", () => {
    const f = one(clean(), "GA-04");
    expect(f).toMatchObject({ severity: "info", target: { table: "identification", row: 10, column: "value" } });
    expect(f.message.en).toBe(
      "The annual accounts must be filed with the National Bank by 09/07/2026: within 30 days after the general meeting, and at the latest 7 months after the financial-year end.",
    );
    expectLocalized(f);
    // A late meeting: the 7 months win.
    expect(one(setField(clean(), "GeneralMeetingDate", "2026-07-15"), "GA-04").message.en).toContain("by 31/07/2026:");
    // No meeting: the 7 months, pointing at the year end.
    const noMeeting = one(setField(clean(), "GeneralMeetingDate", ""), "GA-04");
    expect(noMeeting.message.en).toContain("by 31/07/2026:");
    expect(noMeeting.target).toEqual({ table: "identification", row: 9, column: "value" });
  });

  it("a warning once today is past it", () => {
    const f = one(inputOf(cleanSrl(), { today: "2026-07-10" }), "GA-04");
    expect(f.severity).toBe("warning");
    expect(f.message.en).toBe(
      "The deadline for filing the annual accounts with the National Bank (09/07/2026) has passed: file them as soon as possible, since late-filing surcharges start in the 9th month after the financial-year end. If the dates are wrong, fix them in AdminPulse, then sync again.",
    );
    expectLocalized(f);
    expect(one(inputOf(cleanSrl(), { today: "2026-07-09" }), "GA-04").severity).toBe("info");
  });

  it("silent without a year end, and for partnerships (SNC, SComm)", () => {
    expect(only(findings(setField(clean(), "FiscalYearEnd", "")), "GA-04")).toEqual([]);
    expect(only(findings(setField(clean(), "LegalForm", "SNC")), "GA-04")).toEqual([]);
  });
});

it("the reference date is the year end shown, else today", () => {
  // A director whose mandate ends between the year end and today is still in office on the year end.
  const data = cleanSrl();
  data.directors[0]!.end = "2026-01-31";
  expect(only(findings(inputOf(data)), "DIR-06")).toEqual([]);
  const noYearEnd = setField(inputOf(data), "FiscalYearEnd", "");
  expect(only(findings(noYearEnd), "DIR-06")).toHaveLength(1);
});
