// Operations on the cells of a sheet, run inside a sync against the cloned workbook.

import {
  cellCount,
  columnCount,
  contains,
  formatRect,
  intersection,
  intersects,
  isEntireColumn,
  MAX_COLUMNS,
  MAX_ROWS,
  quoteSheetName,
  rowCount,
  subtract,
  type Rect,
} from "./address";
import { fillCalculatedColumns, noteCalculatedColumns, takeCalculatedColumns, templatesAfterInsert, type ColumnTemplate } from "./calculated-columns";
import type { Exec } from "./context";
import { simError, type SimErrorCode } from "./errors";
import {
  cellKey,
  getCell,
  hasContent,
  keyCol,
  keyRow,
  mergesOf,
  setMerges,
  STYLE_KEYS,
  updateCell,
  type CellModel,
  type CellStyle,
  type NameModel,
  type SheetModel,
  type TableModel,
  type WorkbookState,
} from "./model";
import { translateFormula } from "./formula-refs";
import { isTableFiltered, shiftHidden } from "./hidden-rows";
import { shiftReferences } from "./reference-shift";
import { totalRect } from "./table-parts";
import { applyParsed, cellFormula, cellValue, parseInput } from "./values";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

/** Excel reads at most five million cells at once. */
export const MAX_READ_CELLS = 5_000_000;

export function valueTypeOf(v: unknown): "Empty" | "String" | "Double" | "Boolean" {
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return v === "" || v === undefined || v === null ? "Empty" : "String";
}

export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) {
    throw simError("AccessDenied", `The cell or chart you're trying to change is on the protected sheet '${sheet.name}'.`);
  }
}

export function checkReadable(r: Rect): void {
  if (cellCount(r) > MAX_READ_CELLS) throw simError("RangeExceedsLimit", `${cellCount(r)} cells in one read.`);
}

export function readGrid<V>(sheet: SheetModel, r: Rect, read: (cell: CellModel | undefined) => V): V[][] {
  checkReadable(r);
  const out: V[][] = [];
  for (let row = r.r0; row <= r.r1; row++) {
    const line: V[] = [];
    for (let col = r.c0; col <= r.c1; col++) line.push(read(getCell(sheet, row, col)));
    out.push(line);
  }
  return out;
}

/** Cells stored (with content or formats) inside a rectangle. */
export function storedCells(sheet: SheetModel, r: Rect): { row: number; col: number; cell: CellModel }[] {
  const out: { row: number; col: number; cell: CellModel }[] = [];
  if (cellCount(r) <= sheet.cells.size) {
    for (let row = r.r0; row <= r.r1; row++) {
      for (let col = r.c0; col <= r.c1; col++) {
        const cell = sheet.cells.get(cellKey(row, col));
        if (cell !== undefined) out.push({ row, col, cell });
      }
    }
    return out;
  }
  for (const [key, cell] of sheet.cells) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1) out.push({ row, col, cell });
  }
  out.sort((a, b) => a.row - b.row || a.col - b.col);
  return out;
}

/** The common value of a property over a range, or null when cells differ (Excel's rule). */
export function uniform<V>(sheet: SheetModel, r: Rect, read: (cell: CellModel | undefined) => V): V | null {
  const total = cellCount(r);
  if (total <= 100_000) {
    let first: V | undefined;
    let seen = false;
    for (let row = r.r0; row <= r.r1; row++) {
      for (let col = r.c0; col <= r.c1; col++) {
        const v = read(getCell(sheet, row, col));
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    }
    return first as V;
  }
  const values = new Set<V>();
  let stored = 0;
  for (const { cell, col } of storedCells(sheet, r)) {
    stored++;
    values.add(read({ ...(sheet.colStyles.get(col) ?? {}), ...cell }));
  }
  if (stored < total) {
    for (let col = r.c0; col <= r.c1 && col < MAX_COLUMNS; col++) {
      values.add(read(getCell(sheet, MAX_ROWS - 1, col)));
      if (values.size > 1) break;
    }
  }
  return values.size === 1 ? ([...values][0] as V) : null;
}

/** Element (i, j) of a value written to a range: a 2-D array of the range's size, or one value for all. */
export function gridAccessor(input: unknown, r: Rect, what: string): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = rowCount(r);
  const cols = columnCount(r);
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    const got = Array.isArray(input[0]) ? `${input.length}x${(input[0] as unknown[]).length}` : `${input.length}`;
    throw simError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${rows}x${cols}, array ${got}).`,
    );
  }
  return (i, j) => (input[i] as unknown[])[j];
}

/** Writes values or formulas as typed input; null leaves a cell unchanged, "" clears it. */
export function writeInputs(ex: Exec, sheet: SheetModel, r: Rect, input: unknown, what: string): void {
  assertWritable(sheet);
  const at = gridAccessor(input, r, what);
  if (!Array.isArray(input)) checkReadable(r);
  let before: unknown;
  let after: unknown;
  for (let row = r.r0; row <= r.r1; row++) {
    for (let col = r.c0; col <= r.c1; col++) {
      const existing = getCell(sheet, row, col);
      const parsed = parseInput(at(row - r.r0, col - r.c0), existing?.nf);
      if (parsed === undefined) continue;
      before = cellValue(existing);
      updateCell(sheet, row, col, (cell) => applyParsed(cell, parsed));
      after = parsed.v;
    }
  }
  const single = r.r0 === r.r1 && r.c0 === r.c1;
  ex.changed(
    single && after !== undefined
      ? { sheetId: sheet.id, rect: r, changeType: "RangeEdited", before, after }
      : { sheetId: sheet.id, rect: r, changeType: "RangeEdited" },
  );
  normalizeHeadersIn(ex.state, sheet, r);
  noteCalculatedColumns(ex.state, sheet, r);
}

/** Writes one format property (2-D array or one value); entire columns set the column's format. */
export function writeStyle<K extends keyof CellStyle>(
  sheet: SheetModel,
  r: Rect,
  input: unknown,
  what: string,
  key: K,
  convert: (v: unknown) => CellStyle[K],
): void {
  assertWritable(sheet);
  const at = gridAccessor(input, r, what);
  if (!Array.isArray(input) && isEntireColumn(r)) {
    if (input === null || input === undefined) return;
    const value = convert(input);
    for (let col = r.c0; col <= r.c1; col++) {
      const style = sheet.colStyles.get(col) ?? {};
      style[key] = value;
      sheet.colStyles.set(col, style);
    }
    for (const { row, col } of storedCells(sheet, r)) updateCell(sheet, row, col, (cell) => Object.assign(cell, { [key]: value }));
    return;
  }
  checkReadable(r);
  for (let row = r.r0; row <= r.r1; row++) {
    for (let col = r.c0; col <= r.c1; col++) {
      const v = at(row - r.r0, col - r.c0);
      if (v === null || v === undefined) continue;
      const value = convert(v);
      updateCell(sheet, row, col, (cell) => {
        if (value === undefined) delete cell[key];
        else Object.assign(cell, { [key]: value });
      });
    }
  }
}

export type ClearApplyTo = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

export function clearRect(ex: Exec, sheet: SheetModel, r: Rect, applyTo: ClearApplyTo = "All"): void {
  assertWritable(sheet);
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (!contents && !formats) return;
  for (const { row, col } of storedCells(sheet, r)) {
    updateCell(sheet, row, col, (cell) => {
      if (contents) {
        cell.v = "";
        delete cell.f;
      }
      if (formats) for (const k of STYLE_KEYS) delete cell[k];
    });
  }
  if (formats && isEntireColumn(r)) for (let col = r.c0; col <= r.c1; col++) sheet.colStyles.delete(col);
  if (formats) removeConditionalFormats(sheet, r);
  // Clearing formats unmerges, as in Excel; a merged area only partly inside is left merged.
  if (formats)
    setMerges(
      sheet,
      mergesOf(sheet).filter((m) => !contains(r, m)),
    );
  if (applyTo === "All") {
    for (const key of [...sheet.notes.keys()]) {
      if (keyRow(key) >= r.r0 && keyRow(key) <= r.r1 && keyCol(key) >= r.c0 && keyCol(key) <= r.c1) sheet.notes.delete(key);
    }
  }
  if (contents) {
    ex.changed({ sheetId: sheet.id, rect: r, changeType: "RangeEdited" });
    normalizeHeadersIn(ex.state, sheet, r);
    noteCalculatedColumns(ex.state, sheet, r);
  }
}

/** Removes the part of every conditional format inside `r`. */
export function removeConditionalFormats(sheet: SheetModel, r: Rect): void {
  for (const cf of sheet.condFormats) cf.ranges = cf.ranges.flatMap((x) => subtract(x, r));
  sheet.condFormats = sheet.condFormats.filter((cf) => cf.ranges.length > 0);
}

/**
 * The bounding box of the used cells (and tables and merged areas) of a sheet, or of those inside
 * `within`: as Excel's Range.getUsedRange, the used cells of the range itself, not the sheet's
 * used range clipped to it (which would report empty cells below a table as used when anything
 * further down the sheet is).
 */
export function usedRect(state: WorkbookState, sheet: SheetModel, valuesOnly: boolean, within?: Rect): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const inside = (row: number, col: number) => !within || (row >= within.r0 && row <= within.r1 && col >= within.c0 && col <= within.c1);
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && !hasContent(cell)) continue;
    const row = keyRow(key);
    const col = keyCol(key);
    if (!inside(row, col)) continue;
    r0 = Math.min(r0, row);
    r1 = Math.max(r1, row);
    c0 = Math.min(c0, col);
    c1 = Math.max(c1, col);
  }
  if (!valuesOnly) {
    for (const t of state.tables) {
      if (t.sheetId !== sheet.id) continue;
      const r = within
        ? { r0: Math.max(t.rect.r0, within.r0), c0: Math.max(t.rect.c0, within.c0), r1: Math.min(t.rect.r1, within.r1), c1: Math.min(t.rect.c1, within.c1) }
        : t.rect;
      if (r.r0 > r.r1 || r.c0 > r.c1) continue;
      r0 = Math.min(r0, r.r0);
      r1 = Math.max(r1, r.r1);
      c0 = Math.min(c0, r.c0);
      c1 = Math.max(c1, r.c1);
    }
    // A merged area is formatting: used even when empty, as tables are.
    for (const m of mergesOf(sheet)) {
      const r = within ? intersection(m, within) : m;
      if (r === null) continue;
      r0 = Math.min(r0, r.r0);
      r1 = Math.max(r1, r.r1);
      c0 = Math.min(c0, r.c0);
      c1 = Math.max(c1, r.c1);
    }
  }
  if (r1 < 0) return null;
  return { r0, c0, r1, c1 };
}

// -----------------------------------------------------------------------------------------
// Tables: header names live in the cells of the header row.

export function tableHeaderNames(sheet: SheetModel, t: TableModel): string[] {
  const names: string[] = [];
  for (let col = t.rect.c0; col <= t.rect.c1; col++) {
    const v = cellValue(getCell(sheet, t.rect.r0, col));
    names.push(typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
  }
  return names;
}

/** Makes header cells unique, non-empty text, as Excel does after any edit of a header row. */
export function normalizeHeaders(sheet: SheetModel, t: TableModel): void {
  const raw = tableHeaderNames(sheet, t);
  const used = new Set<string>();
  const out: string[] = [];
  raw.forEach((name, i) => {
    let base = name.trim() === "" ? `Column${i + 1}` : name;
    if (name.trim() === "") {
      let n = i + 1;
      while (used.has(base.toLowerCase()) || raw.some((x) => x.toLowerCase() === base.toLowerCase())) base = `Column${++n}`;
    }
    let candidate = base;
    let k = 2;
    while (used.has(candidate.toLowerCase())) candidate = `${base}${k++}`;
    used.add(candidate.toLowerCase());
    out.push(candidate);
  });
  out.forEach((name, i) => {
    const col = t.rect.c0 + i;
    const cell = getCell(sheet, t.rect.r0, col);
    if (cell?.v !== name || cell.f !== undefined) {
      updateCell(sheet, t.rect.r0, col, (c) => {
        c.v = name;
        delete c.f;
      });
    }
  });
}

export function normalizeHeadersIn(state: WorkbookState, sheet: SheetModel, r: Rect): void {
  for (const t of state.tables) {
    if (t.sheetId !== sheet.id) continue;
    const header = { r0: t.rect.r0, c0: t.rect.c0, r1: t.rect.r0, c1: t.rect.c1 };
    if (intersects(header, r)) normalizeHeaders(sheet, t);
  }
}

// -----------------------------------------------------------------------------------------
// Inserting and deleting cells. `axis` "rows": cells in columns [lo, hi] at or after row `at`
// move down by `n` (insert) or rows [at, at + n) disappear and the rest move up (delete).

export type Axis = "rows" | "cols";

interface AxisView {
  pos(row: number, col: number): number;
  span(row: number, col: number): number;
  make(pos: number, span: number): [number, number];
  p0(r: Rect): number;
  p1(r: Rect): number;
  s0(r: Rect): number;
  s1(r: Rect): number;
  rect(p0: number, p1: number, s0: number, s1: number): Rect;
  max: number;
}

function view(axis: Axis): AxisView {
  if (axis === "rows") {
    return {
      pos: (row) => row,
      span: (_row, col) => col,
      make: (pos, span) => [pos, span],
      p0: (r) => r.r0,
      p1: (r) => r.r1,
      s0: (r) => r.c0,
      s1: (r) => r.c1,
      rect: (p0, p1, s0, s1) => ({ r0: p0, r1: p1, c0: s0, c1: s1 }),
      max: MAX_ROWS,
    };
  }
  return {
    pos: (_row, col) => col,
    span: (row) => row,
    make: (pos, span) => [span, pos],
    p0: (r) => r.c0,
    p1: (r) => r.c1,
    s0: (r) => r.r0,
    s1: (r) => r.r1,
    rect: (p0, p1, s0, s1) => ({ c0: p0, c1: p1, r0: s0, r1: s1 }),
    max: MAX_COLUMNS,
  };
}

/** New rectangle after an insertion/deletion (null: deleted entirely). */
function adjustRect(v: AxisView, r: Rect, lo: number, hi: number, at: number, n: number, insert: boolean): Rect | null | "partial" {
  if (v.s1(r) < lo || v.s0(r) > hi) return r;
  const inside = v.s0(r) >= lo && v.s1(r) <= hi;
  let p0 = v.p0(r);
  let p1 = v.p1(r);
  if (insert) {
    if (p1 < at) return r;
    if (!inside) return "partial";
    if (p0 >= at) {
      p0 += n;
      p1 += n;
    } else p1 += n;
    return v.rect(p0, p1, v.s0(r), v.s1(r));
  }
  const end = at + n - 1;
  if (p1 < at) return r;
  if (!inside) return "partial";
  if (p0 >= at && p1 <= end) return null;
  const removedBefore = Math.max(0, Math.min(p0, end + 1) - at);
  const removedInside = Math.max(0, Math.min(p1, end) - Math.max(p0, at) + 1);
  return v.rect(p0 - removedBefore, p1 - removedBefore - removedInside, v.s0(r), v.s1(r));
}

function moveKeyed<V>(v: AxisView, map: Map<number, V>, lo: number, hi: number, at: number, n: number, insert: boolean): void {
  const moved: [number, V][] = [];
  for (const [key, value] of map) {
    const row = keyRow(key);
    const col = keyCol(key);
    const span = v.span(row, col);
    const pos = v.pos(row, col);
    if (span < lo || span > hi || pos < at) continue;
    map.delete(key);
    if (insert) {
      if (pos + n >= v.max) throw simError("InvalidOperation", "Cells would be pushed off the end of the worksheet.");
      moved.push([cellKey(...v.make(pos + n, span)), value]);
    } else if (pos >= at + n) moved.push([cellKey(...v.make(pos - n, span)), value]);
  }
  for (const [key, value] of moved) map.set(key, value);
}

/**
 * Merged areas move with their cells, grow when cells are inserted inside them and shrink when
 * some of their rows (columns) are deleted, as in Excel. One the shift would cut fails with
 * `code` (InsertDeleteConflict for ranges; table operations pass MergedRangeConflict).
 */
function shiftMerges(v: AxisView, sheet: SheetModel, lo: number, hi: number, at: number, n: number, insert: boolean, code: SimErrorCode): void {
  const merges: Rect[] = [];
  for (const m of mergesOf(sheet)) {
    const next = adjustRect(v, m, lo, hi, at, n, insert);
    if (next === "partial") throw simError(code, `The operation would cut the merged cells ${formatRect(m)}.`);
    if (next === null) continue;
    if (v.p1(next) >= v.max) throw simError("InvalidOperation", "Cells would be pushed off the end of the worksheet.");
    if (cellCount(next) > 1) merges.push(next);
  }
  setMerges(sheet, merges);
}

/**
 * Inserts (n > 0) or deletes cells along an axis inside the band [lo, hi] of the other axis,
 * moving cells, notes, comments, tables, merged areas, conditional formats and names, and
 * rewriting every formula of the workbook that names moved cells (reference-shift.ts). Tables
 * crossing the band's edge cannot be shifted (InvalidOperation), as in Excel; a table that grows
 * (rows inserted inside it) gets its calculated columns' formulas in the new rows, and one whose
 * total row is deleted loses it (kept for when it is shown again). `except` is left to the caller;
 * `mergeConflict` is the error for a merged area the shift would cut.
 */
export function shiftCells(
  ex: Exec,
  sheet: SheetModel,
  axis: Axis,
  lo: number,
  hi: number,
  at: number,
  n: number,
  insert: boolean,
  except?: TableModel,
  mergeConflict: SimErrorCode = "InsertDeleteConflict",
): void {
  assertWritable(sheet);
  assertNoFilteredShift(ex.state, sheet, axis, lo, hi, at, n, insert, except);
  const v = view(axis);
  const state = ex.state;
  const grown: { table: TableModel; templates: Map<number, ColumnTemplate> }[] = [];
  for (const t of [...state.tables]) {
    if (t.sheetId !== sheet.id || t === except) continue;
    const next = adjustRect(v, t.rect, lo, hi, at, n, insert);
    if (next === "partial") throw simError("InvalidOperation", `This operation is attempting to shift cells in the table '${t.name}'.`);
    if (next === null) {
      state.tables = state.tables.filter((x) => x !== t);
      continue;
    }
    if (next === t.rect) continue;
    if (axis === "cols" && v.p1(next) - v.p0(next) !== v.p1(t.rect) - v.p0(t.rect)) {
      throw simError("InvalidOperation", `Columns of the table '${t.name}' are inserted or deleted through table.columns.`);
    }
    let totalsDeleted = false;
    if (axis === "rows" && !insert) {
      if (t.rect.r0 >= at && t.rect.r0 < at + n) throw simError("InvalidOperation", `Cannot delete the header row of the table '${t.name}'.`);
      totalsDeleted = t.showTotals && t.rect.r1 >= at && t.rect.r1 < at + n;
      if (next.r1 - (t.showTotals && !totalsDeleted ? 1 : 0) <= next.r0)
        throw simError("InvalidOperation", `A table keeps at least one body row ('${t.name}').`);
    }
    if (axis === "rows" && insert && at > t.rect.r0 && at <= t.rect.r1) grown.push({ table: t, templates: takeCalculatedColumns(sheet, t) });
    if (totalsDeleted) hideTotalRow(sheet, t);
    t.rect = next;
  }
  shiftMerges(v, sheet, lo, hi, at, n, insert, mergeConflict);
  moveKeyed(v, sheet.cells, lo, hi, at, n, insert);
  moveKeyed(v, sheet.notes, lo, hi, at, n, insert);
  // Entire rows (columns) carry their hidden flag; cells shifted in some columns only do not.
  if (axis === "rows" && lo === 0 && hi === MAX_COLUMNS - 1) shiftHidden(sheet, "rows", at, n, insert);
  if (axis === "cols" && lo === 0 && hi === MAX_ROWS - 1) shiftHidden(sheet, "cols", at, n, insert);
  for (const c of state.comments) {
    if (c.sheetId !== sheet.id) continue;
    const pos = v.pos(c.row, c.col);
    const span = v.span(c.row, c.col);
    if (span < lo || span > hi || pos < at) continue;
    if (insert) [c.row, c.col] = v.make(pos + n, span);
    else if (pos >= at + n) [c.row, c.col] = v.make(pos - n, span);
    else c.id = "";
  }
  state.comments = state.comments.filter((c) => c.id !== "");
  for (const cf of sheet.condFormats) {
    const anchorSpan = v.span(cf.anchorRow, cf.anchorCol);
    const anchorPos = v.pos(cf.anchorRow, cf.anchorCol);
    if (anchorSpan >= lo && anchorSpan <= hi && anchorPos >= at) {
      if (!insert && anchorPos < at + n) {
        // The anchor cell itself goes: the rule is anchored at the cell that moves into its place,
        // its relative references kept as offsets (Excel keeps a rule's references relative).
        const d = at + n - anchorPos;
        cf.formula = axis === "rows" ? translateFormula(cf.formula, d, 0) : translateFormula(cf.formula, 0, d);
      }
      const moved = insert ? anchorPos + n : Math.max(at, anchorPos - n);
      [cf.anchorRow, cf.anchorCol] = v.make(moved, anchorSpan);
    }
    cf.ranges = cf.ranges.flatMap((r) => {
      const next = adjustRect(v, r, lo, hi, at, n, insert);
      if (next === "partial") return [r];
      return next === null ? [] : [next];
    });
  }
  sheet.condFormats = sheet.condFormats.filter((cf) => cf.ranges.length > 0);
  for (const name of state.names) adjustName(v, name, sheet, lo, hi, at, n, insert);
  shiftReferences(state, { sheet: sheet.name, axis, lo, hi, at, n, insert });
  for (const { table, templates } of grown) fillCalculatedColumns(sheet, table, templatesAfterInsert(templates, at, n), at, at + n - 1, false);
  const band = v.rect(at, v.max - 1, lo, hi);
  ex.changed({
    sheetId: sheet.id,
    rect: band,
    changeType: insert ? (axis === "rows" ? "RowInserted" : "ColumnInserted") : axis === "rows" ? "RowDeleted" : "ColumnDeleted",
  });
}

/**
 * While a table is filtered (any column has criteria), cells may not shift within its rows: an
 * insert or delete whose cells would move in the table's rows (the table's own cells, or cells
 * beside it) fails with InvalidOperation. The Office.js reference says nothing of this; desktop
 * Excel refuses with "Can't move cells in a filtered range or table", and Range.delete on the rows
 * of a filtered table does not delete them (https://github.com/OfficeDev/office-js/issues/994,
 * https://github.com/OfficeDev/office-js/issues/468): the strictest
 * plausible reading. Entire rows inserted or deleted above the table (entire columns anywhere)
 * move it whole, with its rows' hidden flags, and stay allowed, as do a filtered table's own
 * columns.add and column.delete (`except`, columns only).
 */
function assertNoFilteredShift(
  state: WorkbookState,
  sheet: SheetModel,
  axis: Axis,
  lo: number,
  hi: number,
  at: number,
  n: number,
  insert: boolean,
  except: TableModel | undefined,
): void {
  for (const t of state.tables) {
    if (t.sheetId !== sheet.id || !isTableFiltered(t)) continue;
    const r = t.rect;
    let touches: boolean;
    if (axis === "rows") {
      const wholeRows = lo === 0 && hi === MAX_COLUMNS - 1;
      const lastMoved = insert ? at : at + n - 1;
      touches = at <= r.r1 && !(wholeRows && lastMoved < r.r0 + (insert ? 1 : 0));
    } else {
      if (t === except) continue;
      const wholeColumns = lo === 0 && hi === MAX_ROWS - 1;
      touches = !wholeColumns && lo <= r.r1 && hi >= r.r0;
    }
    if (touches) throw filteredShiftError(t);
  }
}

/** The error of a shift refused because the table is filtered (see assertNoFilteredShift). */
export function filteredShiftError(t: TableModel): Error {
  return simError(
    "InvalidOperation",
    `This operation is not allowed. The operation is attempting to shift cells in the filtered table '${t.name}' (Excel: "Can't move cells in a filtered range or table"). Clear its filters first (Table.clearFilters).`,
  );
}

function adjustName(v: AxisView, name: NameModel, sheet: SheetModel, lo: number, hi: number, at: number, n: number, insert: boolean): void {
  if (name.ref.kind !== "range" || name.ref.sheetId !== sheet.id) return;
  const next = adjustRect(v, name.ref.rect, lo, hi, at, n, insert);
  if (next === "partial") return;
  // As Excel writes the name's reference once its cells are gone: =Sheet1!#REF!
  if (next === null) name.ref = { kind: "ref-error", formula: `=${quoteSheetName(sheet.name)}!#REF!` };
  else name.ref.rect = next;
}

/**
 * Takes the total row out of the table: its contents are kept by column id (Excel brings them
 * back when the row is shown again), its cells cleared. The caller shrinks the rectangle.
 */
export function hideTotalRow(sheet: SheetModel, t: TableModel): void {
  const total = totalRect(t);
  if (total === null) return;
  const kept: Record<number, string> = {};
  t.columnIds.forEach((id, offset) => {
    const cell = getCell(sheet, total.r0, total.c0 + offset);
    if (cell !== undefined && hasContent(cell)) kept[id] = String(cellFormula(cell));
  });
  for (const { row, col } of storedCells(sheet, total)) {
    updateCell(sheet, row, col, (cell) => {
      cell.v = "";
      delete cell.f;
    });
  }
  t.showTotals = false;
  if (Object.keys(kept).length > 0) t.hiddenTotals = kept;
  else delete t.hiddenTotals;
}

/** Copies the formats of row `from` to the rows [r0, r1] within columns [c0, c1]. */
export function copyRowStyle(sheet: SheetModel, from: number, r0: number, r1: number, c0: number, c1: number): void {
  for (let col = c0; col <= c1; col++) {
    const source = sheet.cells.get(cellKey(from, col));
    if (source === undefined) continue;
    for (let row = r0; row <= r1; row++) {
      updateCell(sheet, row, col, (cell) => {
        for (const k of STYLE_KEYS) {
          const value = source[k];
          if (value === undefined) delete cell[k];
          else Object.assign(cell, { [k]: value });
        }
      });
    }
  }
}

export function rectWithin(outer: Rect, inner: Rect): boolean {
  return contains(outer, inner);
}

export { intersection };
