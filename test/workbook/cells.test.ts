import { columnKind, dateToSerial, fromExcel, serialToDate, toExcel } from "../../src/workbook/cells";
import { columnKeysOf, columnLetter, headerText } from "../../src/workbook/layout";
import { decodeSnapshot, encodeSnapshot } from "../../src/workbook/snapshot";

describe("dates", () => {
  it("are Excel serial numbers: 1900-03-01 is 61, 2025-12-31 is 46022", () => {
    expect(dateToSerial("1900-03-01")).toBe(61);
    expect(dateToSerial("2025-12-31")).toBe(46022);
    expect(serialToDate(46022)).toBe("2025-12-31");
    expect(dateToSerial("2026-06-09T18:00")).toBe(46182.75);
  });

  it("round-trip whatever the time zone: calendar arithmetic is done in UTC", () => {
    for (const d of ["2024-02-29", "2026-03-29", "2026-10-25", "1999-12-31"]) expect(serialToDate(dateToSerial(d)!)).toBe(d);
  });

  it("text typed into a date column stays text; anything else is not a date", () => {
    expect(fromExcel("31/12/2025", "date")).toBe("31/12/2025");
    expect(fromExcel(46022, "date")).toBe("2025-12-31");
    expect(dateToSerial("next week")).toBeNull();
    expect(toExcel("next week", "date")).toBe("next week");
  });
});

describe("cells", () => {
  it("text columns get text; empty is empty", () => {
    expect(toExcel(600, "text")).toBe("600");
    expect(toExcel(null, "integer")).toBe("");
    expect(fromExcel("", "text")).toBeNull();
    expect(fromExcel(600, "integer")).toBe(600);
    expect(fromExcel(600, "text")).toBe("600");
  });

  it("knows each column's kind, and identification values by their row", () => {
    expect(columnKind("start")).toBe("date");
    expect(columnKind("percentShares")).toBe("percent");
    expect(columnKind("value", "GeneralMeetingDate")).toBe("date");
    expect(columnKind("value", "CompanyName")).toBe("text");
  });
});

describe("layout", () => {
  it("reads headers in any of the three languages; other headers are the user's", () => {
    expect(columnKeysOf("directors", ["Nom", "Naam", "Role", "Début", "Mijn notities", "Lien AdminPulse"])).toEqual([
      "name",
      "extra:1",
      "role",
      "start",
      "extra:4",
      "link",
    ]);
    expect(headerText("directors", "start", "nl")).toBe("Begin");
    expect(headerText("directors", "extra:4", "nl", "Mijn notities")).toBe("Mijn notities");
  });

  it("names columns like Excel", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

describe("the snapshot sheet", () => {
  it("round-trips, and a damaged row is skipped rather than fatal", () => {
    const snapshot = {
      tables: { directors: { rows: { "director:p1": { name: "Zoë", start: "2021-06-08" } }, detached: ["director:p9"] } },
      annotations: [{ sheet: "Permanent data", address: "C12", fill: "#FFE8CC", note: "GA-04: The deadline…" }],
    };
    const rows = encodeSnapshot(snapshot);
    expect(decodeSnapshot(rows)).toEqual(snapshot);
    expect(decodeSnapshot([...rows, ["directors", "director:p2", "{not json"], ["nonsense", "x", "{}"]])).toEqual(snapshot);
    expect(decodeSnapshot([["something else"]])).toEqual({ tables: {} });
  });
});
