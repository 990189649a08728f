// Merged cells: Range.merge and unmerge (ExcelApi 1.2), the areas getMergedAreasOrNullObject
// (1.13) returns, and the rule that tables cannot hold merged cells. A merged area is a
// rectangle of its sheet (SheetModel.merges); its top-left cell holds the content.

import { cellCount, formatRect, intersects, rowCount, type Rect } from "./address";
import type { Exec } from "./context";
import { simError } from "./errors";
import { getCell, hasContent, mergesOf, setMerges, STYLE_KEYS, updateCell, type CellStyle, type SheetModel, type WorkbookState } from "./model";
import { assertWritable, MAX_READ_CELLS, storedCells } from "./sheet-ops";

/** The API reference: with more than 512 merged areas getMergedAreasOrNullObject fails. */
export const MAX_MERGED_AREAS = 512;

export function mergesIntersecting(sheet: SheetModel, r: Rect): Rect[] {
  return mergesOf(sheet).filter((m) => intersects(m, r));
}

/** The merged area a cell belongs to, if any. */
export function mergeContaining(sheet: SheetModel, row: number, col: number): Rect | undefined {
  return mergesOf(sheet).find((m) => row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1);
}

/**
 * What getMergedAreasOrNullObject returns for `r`: the merged areas whose top-left cell is in
 * `r`, whole, top to bottom then left to right. Areas that only reach into `r` are left out, as
 * Excel does on desktop and on the web (OfficeDev/office-js issue #3611, open).
 */
export function mergedAreasStartingIn(sheet: SheetModel, r: Rect): Rect[] {
  return mergesOf(sheet)
    .filter((m) => m.r0 >= r.r0 && m.r0 <= r.r1 && m.c0 >= r.c0 && m.c0 <= r.c1)
    .sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

/** Tables can't hold merged cells: the documented MergedRangeConflict names them. */
export function assertNoMergedCells(sheet: SheetModel, r: Rect): void {
  const m = mergesIntersecting(sheet, r)[0];
  if (m !== undefined) throw simError("MergedRangeConflict", `The range contains the merged cells ${formatRect(m)}.`);
}

function assertNoTable(state: WorkbookState, sheet: SheetModel, r: Rect): void {
  const t = state.tables.find((x) => x.sheetId === sheet.id && intersects(x.rect, r));
  if (t !== undefined) throw simError("MergedRangeConflict", `The range overlaps the table '${t.name}'.`);
}

function bounding(a: Rect, b: Rect): Rect {
  return { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
}

/** `r` grown until it takes in every merged area it touches (a merged area is never cut). */
function absorbMerges(sheet: SheetModel, r: Rect): Rect {
  let area = { ...r };
  for (;;) {
    const grown = mergesIntersecting(sheet, area).reduce(bounding, area);
    if (grown.r0 === area.r0 && grown.c0 === area.c0 && grown.r1 === area.r1 && grown.c1 === area.c1) return area;
    area = grown;
  }
}

/**
 * The merged cell keeps one content: the top-left cell's, or when that is empty the first
 * non-empty cell's (row by row), moved to the top-left, as Excel's Merge does. Every cell takes
 * the formats of the top-left cell, which they keep after unmerge.
 */
function keepOneContent(ex: Exec, sheet: SheetModel, area: Rect): void {
  const filled = storedCells(sheet, area).filter(({ cell }) => hasContent(cell));
  const first = filled[0];
  let changed = false;
  if (first !== undefined && (first.row !== area.r0 || first.col !== area.c0)) {
    const { v, f } = first.cell;
    updateCell(sheet, area.r0, area.c0, (cell) => {
      cell.v = v;
      if (f === undefined) delete cell.f;
      else cell.f = f;
    });
    changed = true;
  }
  for (const { row, col } of filled) {
    if (row === area.r0 && col === area.c0) continue;
    updateCell(sheet, row, col, (cell) => {
      cell.v = "";
      delete cell.f;
    });
    changed = true;
  }
  copyTopLeftStyle(sheet, area);
  if (changed) ex.changed({ sheetId: sheet.id, rect: area, changeType: "RangeEdited" });
}

function copyTopLeftStyle(sheet: SheetModel, area: Rect): void {
  const topLeft = getCell(sheet, area.r0, area.c0);
  const style: CellStyle = {};
  for (const k of STYLE_KEYS) if (topLeft?.[k] !== undefined) Object.assign(style, { [k]: topLeft[k] });
  const apply = (row: number, col: number): void =>
    updateCell(sheet, row, col, (cell) => {
      for (const k of STYLE_KEYS) delete cell[k];
      Object.assign(cell, style);
    });
  if (Object.keys(style).length === 0) {
    // Nothing to spread: only the cells holding formats change (cheap for whole columns).
    for (const { row, col } of storedCells(sheet, area)) if (row !== area.r0 || col !== area.c0) apply(row, col);
    return;
  }
  if (cellCount(area) > MAX_READ_CELLS) throw simError("NotImplemented", "Merging a formatted cell over more than five million cells.");
  for (let row = area.r0; row <= area.r1; row++) {
    for (let col = area.c0; col <= area.c1; col++) if (row !== area.r0 || col !== area.c0) apply(row, col);
  }
}

function mergeOne(ex: Exec, sheet: SheetModel, r: Rect): void {
  const area = absorbMerges(sheet, r);
  if (cellCount(area) < 2) return;
  assertNoTable(ex.state, sheet, area);
  setMerges(sheet, [...mergesOf(sheet).filter((m) => !intersects(m, area)), area]);
  keepOneContent(ex, sheet, area);
}

/** Range.merge(across): one merged area, or one per row of the range. */
export function mergeCells(ex: Exec, sheet: SheetModel, r: Rect, across: boolean): void {
  assertWritable(sheet);
  if (!across) {
    mergeOne(ex, sheet, r);
    return;
  }
  for (let i = 0; i < rowCount(r); i++) mergeOne(ex, sheet, { ...r, r0: r.r0 + i, r1: r.r0 + i });
}

/** Range.unmerge(): every merged area the range touches is split; contents and formats stay. */
export function unmergeCells(sheet: SheetModel, r: Rect): void {
  assertWritable(sheet);
  setMerges(
    sheet,
    mergesOf(sheet).filter((m) => !intersects(m, r)),
  );
}
