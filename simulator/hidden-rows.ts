// Hidden rows and columns of a sheet: one flag per sheet row (column), whether a person hid it
// (Range.rowHidden / columnHidden) or a table's filter did. Range.rowHidden reads "true when all
// rows in a range are hidden, false when no rows in the range are hidden, null when some are"
// (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member).

import type { Rect } from "./address";
import { simError } from "./errors";
import type { SheetModel, TableModel } from "./model";

export type Line = "rows" | "cols";

function listOf(sheet: SheetModel, line: Line): number[] {
  return (line === "rows" ? sheet.hiddenRows : sheet.hiddenCols) ?? [];
}

function store(sheet: SheetModel, line: Line, list: number[]): void {
  const sorted = [...new Set(list)].sort((a, b) => a - b);
  if (line === "rows") {
    if (sorted.length === 0) delete sheet.hiddenRows;
    else sheet.hiddenRows = sorted;
  } else if (sorted.length === 0) delete sheet.hiddenCols;
  else sheet.hiddenCols = sorted;
}

export function hiddenRowsOf(sheet: SheetModel): number[] {
  return listOf(sheet, "rows");
}

export function hiddenColsOf(sheet: SheetModel): number[] {
  return listOf(sheet, "cols");
}

export function isRowHidden(sheet: SheetModel, row: number): boolean {
  return listOf(sheet, "rows").includes(row);
}

export function isColHidden(sheet: SheetModel, col: number): boolean {
  return listOf(sheet, "cols").includes(col);
}

/** How many of the lines [lo, hi] are hidden. */
function hiddenCount(sheet: SheetModel, line: Line, lo: number, hi: number): number {
  let n = 0;
  for (const x of listOf(sheet, line)) if (x >= lo && x <= hi) n++;
  return n;
}

/** Range.rowHidden / columnHidden as read: true (all hidden), false (none), null (some). */
export function hiddenState(sheet: SheetModel, line: Line, r: Rect): boolean | null {
  const lo = line === "rows" ? r.r0 : r.c0;
  const hi = line === "rows" ? r.r1 : r.c1;
  const n = hiddenCount(sheet, line, lo, hi);
  if (n === 0) return false;
  return n === hi - lo + 1 ? true : null;
}

/** Range.hidden: every cell hidden, that is all its rows or all its columns. */
export function rangeHidden(sheet: SheetModel, r: Rect): boolean {
  return hiddenState(sheet, "rows", r) === true || hiddenState(sheet, "cols", r) === true;
}

/** Max lines hidden or shown by one write (as rowHeight, to keep the flags a small list). */
const MAX_LINES_PER_WRITE = 100_000;

/** Hides or shows the lines [lo, hi]. */
export function setHidden(sheet: SheetModel, line: Line, lo: number, hi: number, hidden: boolean): void {
  if (hi - lo + 1 > MAX_LINES_PER_WRITE)
    throw simError("NotImplemented", `Hiding or showing more than ${MAX_LINES_PER_WRITE} ${line === "rows" ? "rows" : "columns"} at once.`);
  const kept = listOf(sheet, line).filter((x) => x < lo || x > hi);
  if (hidden) for (let x = lo; x <= hi; x++) kept.push(x);
  store(sheet, line, kept);
}

/** Sets the hidden flag of each given row. */
export function setRowsHidden(sheet: SheetModel, rows: Iterable<[number, boolean]>): void {
  const set = new Set(listOf(sheet, "rows"));
  for (const [row, hidden] of rows) {
    if (hidden) set.add(row);
    else set.delete(row);
  }
  store(sheet, "rows", [...set]);
}

/**
 * Entire rows (columns) inserted or deleted: the flags move with their lines, those of deleted
 * lines go, inserted lines are shown.
 */
export function shiftHidden(sheet: SheetModel, line: Line, at: number, n: number, insert: boolean): void {
  const list = listOf(sheet, line);
  if (list.length === 0) return;
  const next: number[] = [];
  for (const x of list) {
    if (x < at) next.push(x);
    else if (insert) next.push(x + n);
    else if (x >= at + n) next.push(x - n);
  }
  store(sheet, line, next);
}

/** A table is filtered while any of its columns has criteria (AutoFilter.isDataFiltered). */
export function isTableFiltered(table: TableModel): boolean {
  return table.filters !== undefined && Object.keys(table.filters).length > 0;
}
