// The state sheet is untrusted input: whatever a workbook's PD_State holds, decoding never throws,
// never reaches a prototype, stays within bounds, and keeps only what the add-in itself writes;
// notes and fills are taken back only on cells of our tables.

import fc from "fast-check";
import type { CellValue } from "../../src/permanent-data/merge";
import type { ImportTable } from "../../src/permanent-data/rows";
import type { TableId } from "../../src/permanent-data/tables";
import type { CellAnnotation } from "../../src/workbook/plan";
import { SNAPSHOT_LIMITS, decodeSnapshot, encodeSnapshot, findSnapshot, trustedAnnotations } from "../../src/workbook/snapshot";
import type { ExistingTable, StoredSnapshot } from "../../src/workbook/state";

const HEADER = ["PD_State", "1", ""];
const decode = (...rows: unknown[][]) => decodeSnapshot([HEADER, ...rows]);
const note = (sheet: string, address: string, fill = "#FDE7E9", text = "DIR-04: …"): unknown[] => ["@annotation", JSON.stringify([sheet, address, fill]), text];

function expectUnpolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.toString.call({})).toBe("[object Object]");
}

describe("a crafted state sheet", () => {
  afterEach(expectUnpolluted);

  it("prototype keys are never tables, and as links are plain keys", () => {
    const decoded = decode(
      ["__proto__", "x", '{"polluted":true}'],
      ["toString", "x", "{}"],
      ["constructor", "x", "{}"],
      ["checks", "x", "{}"], // ours, but not a table the snapshot keeps
      ["directors", "__proto__", '{"name":"A"}'],
      ["directors", "toString", '{"__proto__":"just a key"}'],
      ["directors", "director:p1", '{"__proto__":{"polluted":true}}'],
    );
    expect(Object.keys(decoded.tables)).toEqual(["directors"]);
    const rows = decoded.tables.directors!.rows;
    expect(Object.getPrototypeOf(rows)).toBeNull();
    expect(Object.keys(rows)).toEqual(["__proto__", "toString"]);
    expect(rows.__proto__).toEqual({ name: "A" });
    expect(Object.getPrototypeOf(rows.toString)).toBeNull();
    expect(Object.keys(rows.toString!)).toEqual(["__proto__"]);
    // Nested: dropped, so the row counts as edited.
    expect(rows["director:p1"]).toBeUndefined();
    expect(decoded.tables.relations).toBeUndefined();
    expect(Object.getPrototypeOf(decoded.tables)).toBeNull();
  });

  it("cells that are not a flat object of text, numbers, booleans and nulls drop the row", () => {
    const decoded = decode(
      ["directors", "a", "[1,2]"],
      ["directors", "b", '"text"'],
      ["directors", "c", "42"],
      ["directors", "d", "null"],
      ["directors", "e", '{"name":{"first":"Zoë"}}'],
      ["directors", "f", '{"name":["Zoë"]}'],
      ["directors", "g", "{not json"],
      ["directors", "h", 42],
      ["directors", 7, '{"name":"numeric link"}'],
      ["directors", "ok", '{"name":"Zoë","shares":3,"start":null,"flag":true}'],
      ["directors", "many", JSON.stringify(Object.fromEntries(Array.from({ length: SNAPSHOT_LIMITS.cells + 1 }, (_, i) => [`c${i}`, i])))],
    );
    expect(decoded.tables.directors!.rows).toEqual({ ok: { name: "Zoë", shares: 3, start: null, flag: true } });
  });

  it("links and detached entries are non-empty strings of bounded length; a long detached list is no problem", () => {
    const long = "l".repeat(SNAPSHOT_LIMITS.link + 1);
    const many = Array.from({ length: 100_000 }, (_, i) => String(i)); // under the row bound as JSON
    const decoded = decode(
      ["relations", long, '{"name":"A"}'],
      ["relations", "", JSON.stringify(["kept", "", 3, null, { a: 1 }, long, "also"])],
      ["relations", "", JSON.stringify(many)],
      ["relations", "", '{"not":"a list"}'],
    );
    expect(decoded.tables.relations!.rows).toEqual({});
    expect(decoded.tables.relations!.detached.slice(0, 2)).toEqual(["kept", "also"]);
    expect(decoded.tables.relations!.detached).toHaveLength(2 + many.length);
  });

  it("huge strings: a row over the bound is dropped, continuation rows included; a long legitimate row is not", () => {
    const name = "N".repeat(70_000);
    const legit = encodeSnapshot({ tables: { directors: { rows: { "director:p1": { name } }, detached: [] } } });
    expect(legit.length).toBeGreaterThan(2); // continued over several rows
    expect(decodeSnapshot(legit).tables.directors!.rows["director:p1"]).toEqual({ name });

    const chunk = "x".repeat(32_000);
    const parts = Math.ceil(SNAPSHOT_LIMITS.rowText / chunk.length) + 1;
    const tooLong = [["directors", "director:p2", `{"name":"${chunk}`], ...Array.from({ length: parts }, () => ["+", "", chunk]), ["+", "", '"}']];
    const decoded = decode(...tooLong, ["directors", "director:p3", '{"name":"after"}']);
    expect(decoded.tables.directors!.rows).toEqual({ "director:p3": { name: "after" } });
  });

  it("reads no further than its bounds: rows past the row limit or the text budget are not read", () => {
    const last = ["directors", "director:last", '{"name":"last"}'];
    const filler = Array.from({ length: SNAPSHOT_LIMITS.rows }, () => ["", "", ""]);
    expect(decodeSnapshot([HEADER, ...filler.slice(1), last]).tables.directors?.rows).toEqual({ "director:last": { name: "last" } });
    expect(decodeSnapshot([HEADER, ...filler, last]).tables.directors).toBeUndefined();

    const big = "x".repeat(SNAPSHOT_LIMITS.rowText); // not JSON: cheap to refuse
    const over = Array.from({ length: Math.ceil(SNAPSHOT_LIMITS.text / big.length) }, () => ["directors", "d", big]);
    expect(decode(...over.slice(1), last).tables.directors?.rows).toEqual({ "director:last": { name: "last" } });
    expect(decode(...over, last).tables.directors).toBeUndefined();
  });

  it("annotation addresses are single cells as the add-in writes them: no ranges, whole columns or rows", () => {
    const refused = [
      "A1:XFD1048576",
      "A:XFD",
      "A:A",
      "1:1",
      "1:1048576",
      "A1:B2",
      "C12,D13",
      "$C$12",
      "C$12",
      "c12",
      "C0",
      "C012",
      "XFE1",
      "A1048577",
      "Sheet1!C12",
      " C12",
      "C12 ",
      "",
    ];
    const decoded = decode(...refused.map((a) => note("Permanent data", a)), note("Permanent data", "C12"), note("Permanent data", "XFD1048576"));
    expect(decoded.annotations!.map((a) => a.address)).toEqual(["C12", "XFD1048576"]);
  });

  it("annotations need a sheet, a #RRGGBB fill or none, a note, maybe their row's link, and nothing more", () => {
    const decoded = decode(
      note("Permanent data", "C12", "#FF0000"),
      note("Permanent data", "C13", ""),
      note("Permanent data", "C14", "red"),
      note("Permanent data", "C15", "#FFF"),
      note("Permanent data", "C16", "#GGGGGG"),
      note("Permanent data", "C17", "#ff0000"),
      note("Permanent data", "C18", "#FF000000"),
      note("", "C19"),
      note("S".repeat(32), "C20"),
      ["@annotation", JSON.stringify(["Permanent data", "C21", "#FF0000", "shareholder:x", "extra"]), "note"],
      ["@annotation", JSON.stringify(["Permanent data", "C24", "#FF0000", 42]), "note"],
      ["@annotation", JSON.stringify(["Permanent data", "C25", "#FF0000", ""]), "note"],
      ["@annotation", JSON.stringify(["Permanent data", "C26", "#FF0000", "x".repeat(2000)]), "note"],
      ["@annotation", JSON.stringify(["Permanent data", "C27", "", "shareholder:x"]), "note"],
      ["@annotation", JSON.stringify({ sheet: "Permanent data", address: "C22", fill: "#FF0000" }), "note"],
      ["@annotation", JSON.stringify(["Permanent data", "C23", "#FF0000"]), 42],
      ["@annotation", "[not json", "note"],
    );
    expect(decoded.annotations!.map((a) => [a.address, a.fill, a.row])).toEqual([
      ["C12", "#FF0000", undefined],
      ["C13", "", undefined],
      ["C27", "", "shareholder:x"],
    ]);
  });

  it("records the enterprise number in the header: exactly 10 digits, anything else is none", () => {
    const number = (third: unknown) => decodeSnapshot([["PD_State", "1", third]]).enterpriseNumber;
    expect(number("0566988259")).toBe("0566988259");
    for (const bad of ["566988259", "05669882590", "0566.988.259", "BE0566988259", " 0566988259", "０５６６９８８２５９", "056698825x", 566988259, true, {}]) {
      expect([bad, number(bad)]).toEqual([bad, null]);
    }
    // Older states leave the cell empty: nothing recorded.
    expect(number("")).toBeUndefined();
    expect(decodeSnapshot([["PD_State", "1"]]).enterpriseNumber).toBeUndefined();
    // Written only when it is 10 digits.
    expect(encodeSnapshot({ tables: {}, enterpriseNumber: "0566988259" })[0]).toEqual(["PD_State", "1", "0566988259"]);
    expect(encodeSnapshot({ tables: {}, enterpriseNumber: "0566.988.259" })[0]).toEqual(["PD_State", "1", ""]);
    expect(encodeSnapshot({ tables: {}, enterpriseNumber: null })[0]).toEqual(["PD_State", "1", ""]);
  });

  it("findSnapshot tolerates rows that are not arrays, and finds the spare area", () => {
    const rows: unknown[][] = [
      ["", "", "", "", "PD_State", "1", "0566988259"],
      "junk" as unknown as unknown[],
      [null, null, null, null, "directors", "d:1", '{"name":"A"}'],
    ];
    const found = findSnapshot(rows, 0);
    expect(found?.column).toBe(4);
    expect(found?.snapshot).toEqual({
      tables: { directors: { rows: { "d:1": { name: "A" } }, detached: [] } },
      annotations: [],
      enterpriseNumber: "0566988259",
    });
    expect(findSnapshot(["junk" as unknown as unknown[]], 0)).toBeNull();
  });
});

describe("the annotations taken back", () => {
  const table = (id: TableId, sheet: string, row: number, column: number, width: number, bodyRowCount: number): ExistingTable => ({
    id,
    sheet,
    row,
    column,
    headers: [],
    columns: Array.from({ length: width }, (_, i) => `c${i}`),
    bodyRowCount,
    rows: [],
  });
  // PD_Directors on E1:M4 (a header and 3 body rows), PD_Checks on O1:R3, PD_SyncLog on T1:AA2.
  const tables = {
    directors: table("directors", "Permanent data", 0, 4, 9, 3),
    checks: table("checks", "Permanent data", 0, 14, 4, 2),
    syncLog: table("syncLog", "Permanent data", 0, 19, 8, 1),
  };
  const at = (address: string, sheet = "Permanent data"): CellAnnotation => ({ sheet, address, fill: "#FDE7E9", note: "x" });

  it("only cells of the tables of AdminPulse's data, header row included, as they are now", () => {
    const kept = ["E1", "M1", "E4", "M4", "H2"];
    const dropped = ["D1", "N1", "E5", "M5", "A1", "O1", "R3", "T1", "XFD1048576"];
    const result = trustedAnnotations(
      [...kept, ...dropped].map((a) => at(a)),
      tables,
    );
    expect(result.map((a) => a.address)).toEqual(kept);
  });

  it("drops other sheets, ranges and anything not a single cell, even if it reaches into a table", () => {
    const result = trustedAnnotations([at("E1", "Sheet1"), at("E1", "permanent data"), at("E1:M4"), at("A:XFD"), at("$E$1"), at("E2")], tables);
    expect(result.map((a) => `${a.sheet}!${a.address}`)).toEqual(["Permanent data!E2"]);
    expect(trustedAnnotations([at("E1")], {})).toEqual([]);
  });

  it("the checks' column counts once the table has it", () => {
    const grown = { directors: { ...tables.directors, columns: [...tables.directors.columns, "check"] } };
    expect(trustedAnnotations([at("N2")], grown).map((a) => a.address)).toEqual(["N2"]);
    expect(trustedAnnotations([at("N2")], tables)).toEqual([]);
  });
});

// --- properties ----------------------------------------------------------------------------

const TABLE_NAMES: readonly ImportTable[] = ["identification", "directors", "shareholders", "auditors", "relations"];
const tricky = fc.constantFrom(
  "PD_State",
  "+",
  "@annotation",
  "",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  ...TABLE_NAMES,
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '["__proto__","A1","#FF0000"]',
  '["Permanent data","A1:XFD1048576","#FF0000"]',
  '["Permanent data","C12","#FDE7E9"]',
  "[1,[2,[3]]]",
  '{"name":"A"}',
);
const text = fc.oneof(tricky, fc.string(), fc.json());
const grid = fc.array(fc.tuple(text, text, text), { maxLength: 30 });

describe("decodeSnapshot, for any grid of text", () => {
  afterEach(expectUnpolluted);

  it("never throws, never pollutes a prototype, and yields only what the add-in writes", () => {
    fc.assert(
      fc.property(grid, fc.boolean(), (rows, header) => {
        const decoded = decodeSnapshot(header ? [HEADER, ...rows] : rows);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        for (const [table, s] of Object.entries(decoded.tables)) {
          expect(TABLE_NAMES).toContain(table);
          for (const [link, cells] of Object.entries(s!.rows)) {
            expect(link.length).toBeGreaterThan(0);
            for (const v of Object.values(cells)) expect(v === null || ["string", "number", "boolean"].includes(typeof v)).toBe(true);
          }
          for (const link of s!.detached) expect(typeof link).toBe("string");
        }
        for (const a of decoded.annotations ?? []) {
          expect(a.address).toMatch(/^[A-Z]{1,3}[1-9][0-9]*$/);
          expect(a.fill).toMatch(/^(#[0-9A-F]{6})?$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

const link = fc.string({ minLength: 1, maxLength: 40 });
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
  fc.boolean(),
  fc.constant(null),
) as fc.Arbitrary<CellValue>;
const cellsArb = fc.array(fc.tuple(fc.string({ maxLength: 12 }), value), { maxLength: 8 }).map((entries) => Object.fromEntries(entries));
const tableArb = fc.record({
  rows: fc.array(fc.tuple(link, cellsArb), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
  detached: fc.array(link, { maxLength: 4 }),
});
const letters = (column: number): string =>
  column < 26 ? String.fromCharCode(65 + column) : letters(Math.floor(column / 26) - 1) + String.fromCharCode(65 + (column % 26));
const annotation = fc.record({
  sheet: fc.string({ minLength: 1, maxLength: 31 }),
  address: fc.tuple(fc.integer({ min: 0, max: 16_383 }), fc.integer({ min: 1, max: 1_048_576 })).map(([c, r]) => `${letters(c)}${r}`),
  fill: fc.oneof(fc.constant(""), fc.stringMatching(/^#[0-9A-F]{6}$/)),
  note: fc.string(),
});
const snapshotArb = fc.record({
  tables: fc.dictionary(fc.constantFrom(...TABLE_NAMES), tableArb),
  annotations: fc.array(annotation, { maxLength: 5 }),
  enterpriseNumber: fc.option(fc.stringMatching(/^[0-9]{10}$/), { nil: null }),
}) as fc.Arbitrary<StoredSnapshot>;

describe("cells the user keeps while their row stays linked (pinned)", () => {
  const pinned = (where: unknown, columns: unknown): unknown[] => ["@pinned", JSON.stringify(where), JSON.stringify(columns)];

  it("go to the state sheet and come back", () => {
    const snapshot: StoredSnapshot = {
      tables: { directors: { rows: { "director:p1": { name: "Dubois Zoë", role: "managing director" } }, detached: [], pinned: { "director:p1": ["role"] } } },
      annotations: [],
    };
    expect(decodeSnapshot(encodeSnapshot(snapshot))).toEqual(snapshot);
  });

  it("only as the add-in writes them: an import table, a link, that table's imported columns once each; anything else is dropped (the cells count as edits again)", () => {
    const decoded = decode(
      pinned(["directors", "director:p1"], ["role", "start"]),
      pinned(["checks", "x"], ["severity"]),
      pinned(["directors", "director:p2"], ["source"]),
      pinned(["directors", "director:p3"], ["role", "role"]),
      pinned(["directors", "director:p4"], []),
      pinned(["directors", ""], ["role"]),
      pinned({ table: "directors" }, ["role"]),
      pinned(["shareholders", "__proto__"], ["shares"]),
      ["@pinned", "not json", "[]"],
    );
    expect(decoded.tables.directors?.pinned).toEqual({ "director:p1": ["role", "start"] });
    expect(Object.keys(decoded.tables.shareholders?.pinned ?? {})).toEqual(["__proto__"]);
    expect(decoded.tables).not.toHaveProperty("checks");
    expectUnpolluted();
  });
});

describe("encodeSnapshot then decodeSnapshot", () => {
  it("gives back any snapshot the add-in may write", () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        // A table with nothing in it writes no row; no number is the empty header cell.
        const tables = Object.fromEntries(Object.entries(snapshot.tables).filter(([, s]) => Object.keys(s!.rows).length > 0 || s!.detached.length > 0));
        const expected: StoredSnapshot = {
          tables,
          annotations: snapshot.annotations,
          ...(snapshot.enterpriseNumber ? { enterpriseNumber: snapshot.enterpriseNumber } : {}),
        };
        expect(decodeSnapshot(encodeSnapshot(snapshot))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
