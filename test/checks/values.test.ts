// Reading cells (dates, numbers, percentages) and writing values into messages.

import { formatDate, formatNumber, formatPercent, list, quote } from "../../src/checks/messages";
import { addDays, addMonths, addYears, parseDate, parseFraction, parseNumber } from "../../src/checks/values";

describe("parseDate", () => {
  it.each([
    ["2025-12-31", "2025-12-31"],
    ["2026-06-09T18:00:00", "2026-06-09"],
    [" 09/06/2026 ", "2026-06-09"],
    ["9.6.2026", "2026-06-09"],
    ["2024-02-29", "2024-02-29"],
    [46182, "2026-06-09"],
  ])("%p → %p", (value, expected) => expect(parseDate(value)).toBe(expected));

  it.each([["2025-02-29"], ["31/04/2026"], ["next June"], [""], [null], [Number.NaN], [-3], [true], ["2026-13-01"]])("%p is no date", (value) => {
    expect(parseDate(value)).toBeNull();
  });
});

describe("date arithmetic", () => {
  it("months keep the end of the month", () => {
    expect(addMonths("2025-12-31", 6)).toBe("2026-06-30");
    expect(addMonths("2026-02-28", 6)).toBe("2026-08-31");
    expect(addMonths("2025-08-30", 6)).toBe("2026-02-28");
    expect(addMonths("2025-12-31", 7)).toBe("2026-07-31");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addDays("2026-06-09", 30)).toBe("2026-07-09");
  });
});

describe("parseNumber and parseFraction", () => {
  it.each([
    [1000, 1000],
    ["1.000", 1000],
    ["1 000", 1000],
    ["2,5", 2.5],
    ["-5", -5],
    ["", null],
    [null, null],
    [Number.NaN, null],
  ])("%p → %p", (value, expected) => expect(parseNumber(value)).toBe(expected));

  it("junk is NaN", () => {
    expect(parseNumber("abc")).toBeNaN();
    expect(parseNumber(true)).toBeNaN();
  });

  it("percentages: a fraction as stored, or text with %", () => {
    expect(parseFraction(0.6)).toBe(0.6);
    expect(parseFraction("60 %")).toBeCloseTo(0.6);
    expect(parseFraction("%")).toBeNaN();
  });
});

describe("values in messages", () => {
  it("dates as the sheet shows them, numbers and percentages the way each language writes them", () => {
    expect(formatDate("2026-06-09")).toBe("09/06/2026");
    expect([formatNumber(1000, "en"), formatNumber(1000, "nl"), formatNumber(1000, "fr")]).toEqual(["1,000", "1.000", "1\u00a0000"]);
    expect([formatPercent(0.3333333, "en"), formatPercent(0.3333333, "fr")]).toEqual(["33.33%", "33,33\u00a0%"]);
    expect([quote("x", "en"), quote("x", "nl"), quote("x", "fr")]).toEqual(["“x”", "‘x’", "«\u00a0x\u00a0»"]);
    expect(list(["a", "b", "c"], "fr")).toBe("a, b et c");
  });
});
