// Which company a workbook is linked to, and when that link may be followed without a person.

import { workbookLink } from "../../src/sync/link";
import type { SheetContents } from "../../src/workbook/port";

function state(overrides: Partial<SheetContents> & { recorded?: string | null } = {}): SheetContents {
  const { recorded = "0566988259", ...rest } = overrides;
  return {
    tables: {},
    enterpriseNumber: "0566.988.259",
    enterpriseNumberName: "number-cell",
    identificationVeryHidden: false,
    snapshot: { tables: {}, enterpriseNumber: recorded },
    sheet: null,
    log: [],
    ...rest,
  };
}

describe("workbookLink", () => {
  it("is linked when the name points at the number cell and the number is the one last synced", () => {
    expect(workbookLink(state())).toEqual({ kind: "linked", enterpriseNumber: "0566988259" });
  });

  it("is linked without the name too: every sync puts it back on the cell", () => {
    expect(workbookLink(state({ enterpriseNumberName: null }))).toEqual({ kind: "linked", enterpriseNumber: "0566988259" });
  });

  it("is a first link when no sync recorded a number", () => {
    expect(workbookLink(state({ recorded: null }))).toEqual({ kind: "first", enterpriseNumber: "0566988259" });
  });

  it("is a relink when the number shown differs from the one recorded", () => {
    expect(workbookLink(state({ enterpriseNumber: "BE 0123.456.749" }))).toEqual({ kind: "relinked", enterpriseNumber: "0123456749", previous: "0566988259" });
  });

  it("links nothing when the name points elsewhere, or the table is very hidden, whatever the record says", () => {
    expect(workbookLink(state({ enterpriseNumberName: "elsewhere" }))).toEqual({
      kind: "misdirected",
      reason: "name-elsewhere",
      enterpriseNumber: "0566988259",
    });
    expect(workbookLink(state({ identificationVeryHidden: true }))).toMatchObject({ kind: "misdirected", reason: "very-hidden" });
    expect(workbookLink(state({ enterpriseNumber: null, enterpriseNumberName: "elsewhere" }))).toEqual({
      kind: "misdirected",
      reason: "name-elsewhere",
      enterpriseNumber: null,
    });
  });

  it("is none without a number", () => {
    expect(workbookLink(state({ enterpriseNumber: null, enterpriseNumberName: null }))).toEqual({ kind: "none" });
  });

  it("leaves a number that is not 10 digits as typed, for the sync to refuse with its own message", () => {
    expect(workbookLink(state({ enterpriseNumber: "12345", recorded: null }))).toEqual({ kind: "first", enterpriseNumber: "12345" });
  });
});
