// The state sheet (PD_State, very hidden): what the add-in last imported, row by row, the links the
// user chose to keep as manual rows, the cells they chose to keep while linked, the notes and fills it wrote for the checks, and the enterprise
// number it synced. A sync decides from it which cells are the user's edits, which fills it clears
// and which notes it deletes, and a workbook may come from anyone: the sheet is untrusted input.
// Whatever it holds, decoding never throws, never builds anything but plain data with no prototype
// to reach, costs bounded time and memory, and anything doubtful is dropped on the safe side: a
// dropped row counts as edited (kept), a dropped annotation is never cleared or removed.

import type { Cells, CellValue, TableSnapshot } from "../permanent-data/merge";
import { IMPORTED_COLUMNS, type ImportTable } from "../permanent-data/rows";
import { STATE_AREAS, columnIndex } from "./layout";
import type { CellAnnotation } from "./plan";
import type { ExistingTable, StoredSnapshot, SheetState } from "./state";

// --- the snapshot, on a very hidden sheet: one row per imported row -------------------------------

/** 1 still: the enterprise number went into the header's third cell, which older states leave empty. */
export const SNAPSHOT_VERSION = 1;

/**
 * Bounds on what a state may cost to decode. The 2,000-member cooperative writes 4,018 rows, 0.9
 * million characters in all, none over 320: these are far above it, and far below what hurts.
 */
export const SNAPSHOT_LIMITS = {
  /** State rows read (continuation rows included); rows past it are not read (they count as edited). */
  rows: 200_000,
  /** Characters of the second and third cells of all rows; decoding stops at the row that goes over. */
  text: 64_000_000,
  /** Characters of one row's third cell, continuation rows joined; a longer row is dropped. */
  rowText: 1_000_000,
  /** Characters of a link (an AdminPulse id with a prefix, some 50 in practice). */
  link: 1_000,
  /** Cells of one imported row (7 at most today). */
  cells: 200,
} as const;

/**
 * Rows of the state sheet: ["PD_State", version, enterprise number], then [table, link, cells as
 * JSON] and [table, "", detached as JSON], then [PINNED_ROW, [table, link] as JSON, columns as JSON], then
 * [ANNOTATION_ROW, [sheet, address, fill, row link?] as JSON, note]. A third cell longer than a cell may hold goes on in rows [CONTINUED, "", more].
 */
export function encodeSnapshot(snapshot: StoredSnapshot): string[][] {
  const rows: string[][] = [["PD_State", String(SNAPSHOT_VERSION), tenDigits(snapshot.enterpriseNumber) ?? ""]];
  // Excel refuses a cell over 32,767 characters, and the whole write with it: a row with long
  // values (a long name and a long address) would otherwise make every sync fail.
  const push = (a: string, b: string, text: string) => {
    rows.push([a, b, text.slice(0, STATE_CELL_TEXT)]);
    for (let at = STATE_CELL_TEXT; at < text.length; at += STATE_CELL_TEXT) rows.push([CONTINUED, "", text.slice(at, at + STATE_CELL_TEXT)]);
  };
  for (const [table, s] of Object.entries(snapshot.tables) as [ImportTable, TableSnapshot][]) {
    for (const [link, cells] of Object.entries(s.rows)) push(table, link, JSON.stringify(cells));
    if (s.detached.length > 0) push(table, "", JSON.stringify(s.detached));
  }
  for (const [table, s] of Object.entries(snapshot.tables) as [ImportTable, TableSnapshot][]) {
    for (const [link, columns] of Object.entries(s.pinned ?? {})) push(PINNED_ROW, JSON.stringify([table, link]), JSON.stringify(columns));
  }
  for (const a of snapshot.annotations ?? [])
    push(ANNOTATION_ROW, JSON.stringify(a.row ? [a.sheet, a.address, a.fill, a.row] : [a.sheet, a.address, a.fill]), a.note);
  return rows;
}

/** First cell of a state row that continues the third cell of the row above. */
const CONTINUED = "+";
/** Characters per state cell, under Excel's 32,767. */
const STATE_CELL_TEXT = 32_000;

/** State-sheet rows of the cells a user keeps while their row stays linked: [marker, [table, link], columns]. */
const PINNED_ROW = "@pinned";

/** State-sheet rows of the notes the add-in wrote: [marker, [sheet, address, fill], note text]. */
const ANNOTATION_ROW = "@annotation";

/**
 * The snapshot of the state sheet's used range (starting at column `columnIndex`): from the area
 * whose first row says "PD_State" (STATE_AREAS); null when none does (no snapshot, or only what an
 * interrupted write left in the spare area).
 */
export function findSnapshot(values: unknown[][], columnIndex: number): { snapshot: StoredSnapshot; column: number } | null {
  const first: unknown = values[0];
  for (const column of STATE_AREAS) {
    const at = column - columnIndex;
    if (at < 0 || !Array.isArray(first) || first[at] !== "PD_State") continue;
    const area = values.slice(0, SNAPSHOT_LIMITS.rows + 1).map((row: unknown) => (Array.isArray(row) ? row.slice(at, at + 3) : []));
    return { snapshot: decodeSnapshot(area), column };
  }
  return null;
}

export function decodeSnapshot(values: unknown[][]): StoredSnapshot {
  const header: unknown = values[0];
  if (!Array.isArray(header) || header[0] !== "PD_State") return { tables: {} };
  // No prototype: a link or table named "__proto__" or "toString" is just a key.
  const tables = Object.create(null) as Record<ImportTable, { rows: Record<string, Cells>; detached: string[]; pinned?: Record<string, string[]> }>;
  const entry = (table: ImportTable) => (tables[table] ??= { rows: Object.create(null) as Record<string, Cells>, detached: [] });
  const annotations: CellAnnotation[] = [];
  for (const { first, second, text } of stateRows(values)) {
    if (first === PINNED_ROW) {
      // A damaged row: its cells are not kept any more, and count as edits again (asked about).
      const pin = pinOf(second, text);
      if (pin) (entry(pin.table).pinned ??= Object.create(null) as Record<string, string[]>)[pin.link] = pin.columns;
      continue;
    }
    if (first === ANNOTATION_ROW) {
      // A damaged row: that note is left where it is, as if someone else had written it.
      const annotation = annotationOf(second, text);
      if (annotation) annotations.push(annotation);
      continue;
    }
    if (!isImportTable(first)) continue;
    // A damaged row of the snapshot only makes that row count as edited: the safe side.
    const parsed = parseJson(text);
    if (second === "" && Array.isArray(parsed)) {
      const detached = entry(first).detached;
      for (const link of parsed) if (isLink(link)) detached.push(link); // no spread: a long array would overflow the stack
    } else if (isLink(second)) {
      const cells = cellsOf(parsed);
      if (cells) entry(first).rows[second] = cells;
    }
  }
  const snapshot: StoredSnapshot = { tables, annotations };
  // An empty third cell: a state written before the number was recorded.
  if (header[2] !== undefined && header[2] !== null && header[2] !== "") snapshot.enterpriseNumber = tenDigits(header[2]);
  return snapshot;
}

/**
 * Rows after the header with their continuation rows joined, within SNAPSHOT_LIMITS: a row with
 * no text in its third cell, or too long, comes back with text null.
 */
function* stateRows(values: readonly unknown[]): Generator<{ first: unknown; second: unknown; text: string | null }> {
  let budget = SNAPSHOT_LIMITS.text;
  // The row being joined: its text parts, null once over the bound (its continuations still go).
  let current: { first: unknown; second: unknown; parts: string[] | null; length: number; text: boolean } | null = null;
  const end = Math.min(values.length, SNAPSHOT_LIMITS.rows + 1);
  for (let i = 1; i < end; i++) {
    const row: unknown = values[i];
    const [first, second, third] = Array.isArray(row) ? (row as unknown[]) : [];
    const text = typeof third === "string" ? third : null;
    budget -= (text?.length ?? 0) + (typeof second === "string" ? second.length : 0);
    // Over the budget: this row, maybe half joined, and all after it are not read.
    if (budget < 0) return;
    if (first === CONTINUED && current?.text && text !== null) {
      current.length += text.length;
      current.parts?.push(text);
    } else {
      if (current) yield joined(current);
      current = { first, second, parts: text === null ? null : [text], length: text?.length ?? 0, text: text !== null };
    }
    if (current.length > SNAPSHOT_LIMITS.rowText) current.parts = null;
  }
  if (current) yield joined(current);
}

function joined(row: { first: unknown; second: unknown; parts: string[] | null }): { first: unknown; second: unknown; text: string | null } {
  return { first: row.first, second: row.second, text: row.parts ? row.parts.join("") : null };
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function own(object: object, key: string): boolean {
  // Not Object.hasOwn: older Office webviews lack it.
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** The tables a snapshot holds rows of, and the ones the checks annotate: those of AdminPulse's data. */
function isImportTable(value: unknown): value is ImportTable {
  return typeof value === "string" && own(IMPORTED_COLUMNS, value);
}

function isLink(value: unknown): value is string {
  return typeof value === "string" && value !== "" && value.length <= SNAPSHOT_LIMITS.link;
}

/** The cells of a snapshot row: a plain object of strings, numbers, booleans and nulls, or null. */
function cellsOf(parsed: unknown): Cells | null {
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const keys = Object.keys(parsed);
  if (keys.length > SNAPSHOT_LIMITS.cells) return null;
  const cells = Object.create(null) as Record<string, CellValue>;
  for (const key of keys) {
    const value = (parsed as Record<string, unknown>)[key];
    if (!isCellValue(value)) return null;
    cells[key] = value;
  }
  return cells;
}

function isCellValue(value: unknown): value is CellValue {
  return value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

/** A pinned row: an import table, a link, and some of that table's imported columns, each once. */
function pinOf(second: unknown, text: string | null): { table: ImportTable; link: string; columns: string[] } | null {
  if (typeof second !== "string" || second.length > 2 * SNAPSHOT_LIMITS.link) return null;
  const where = parseJson(second);
  const columns = parseJson(text);
  if (!Array.isArray(where) || where.length !== 2 || !Array.isArray(columns)) return null;
  const [table, link] = where as unknown[];
  if (!isImportTable(table) || !isLink(link)) return null;
  const known: readonly string[] = IMPORTED_COLUMNS[table];
  if (columns.length === 0 || columns.length > known.length) return null;
  if (!columns.every((c) => typeof c === "string" && known.includes(c)) || new Set(columns).size !== columns.length) return null;
  return { table, link, columns: columns as string[] };
}

/** Exactly what cellAnnotations writes: a sheet name, one cell in A1 form, a fill "#RRGGBB" or "" (a note alone). */
function annotationOf(second: unknown, note: string | null): CellAnnotation | null {
  if (note === null || typeof second !== "string" || second.length > SNAPSHOT_LIMITS.link) return null;
  const parsed = parseJson(second);
  // A fourth element, the row's link, came later: a state without it reads as before.
  if (!Array.isArray(parsed) || (parsed.length !== 3 && parsed.length !== 4)) return null;
  const [sheet, address, fill, row] = parsed as unknown[];
  if (typeof sheet !== "string" || sheet === "" || sheet.length > SHEET_NAME) return null;
  if (typeof address !== "string" || !cellOf(address)) return null;
  if (typeof fill !== "string" || !(fill === "" || FILL.test(fill))) return null;
  if (row !== undefined && !isLink(row)) return null;
  return row === undefined ? { sheet, address, fill, note } : { sheet, address, fill, note, row };
}

/** Excel's longest sheet name. */
const SHEET_NAME = 31;
const FILL = /^#[0-9A-F]{6}$/;
/** One cell as columnLetter writes it: no "$", no range, no whole column or row. */
const CELL = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

/** The 0-based row and column of a single-cell A1 address within Excel's grid, or null. */
export function cellOf(address: string): { row: number; column: number } | null {
  const m = CELL.exec(address);
  if (!m) return null;
  const column = columnIndex(m[1]!);
  const row = Number(m[2]);
  if (column >= 16_384 || row > 1_048_576) return null;
  return { row: row - 1, column };
}

/** The enterprise number as the sync has it, exactly 10 digits; null for anything else. */
export function tenDigits(value: unknown): string | null {
  return typeof value === "string" && /^[0-9]{10}$/.test(value) ? value : null;
}

/**
 * The annotations the add-in may have written: a finding's note is always on a cell of one of the
 * tables of AdminPulse's data (a header cell for a whole column or table). Any other address, on
 * another sheet or outside those tables as they are now, is dropped: its fill is never cleared and
 * its note never removed, so an edited state sheet cannot steer the write at the user's cells.
 */
export function trustedAnnotations(annotations: readonly CellAnnotation[], tables: SheetState["tables"]): CellAnnotation[] {
  const noted = Object.values(tables).filter((t): t is ExistingTable => t !== undefined && isImportTable(t.id));
  return annotations.filter((a) => {
    const cell = cellOf(a.address);
    return (
      cell !== null &&
      noted.some(
        (t) =>
          t.sheet === a.sheet &&
          cell.row >= t.row &&
          cell.row <= t.row + t.bodyRowCount && // the header row, then the body
          cell.column >= t.column &&
          cell.column < t.column + t.columns.length, // the checks' column too, once the table has it
      )
    );
  });
}
