// Calculated columns: a table column holding one formula (in R1C1 terms: =C2*2 in row 2, =C3*2
// in row 3, or =[@Shares]*2 everywhere) gets that formula in the rows the table gains, as Excel
// does ("Use calculated columns in an Excel table", support.microsoft.com).

import { intersection, type Rect } from "./address";
import { relativeKey, translateFormula } from "./formula-refs";
import { cellKey, hasContent, updateCell, type SheetModel, type TableModel, type WorkbookState } from "./model";
import { bodyRect } from "./table-parts";

/** The body cell whose formula a calculated column copies into new rows. */
export interface ColumnTemplate {
  row: number;
  col: number;
}

/**
 * The calculated columns of a table (all, or those of `only`), by column id, each with the cell
 * to copy from. A column becomes calculated when every body cell holds the same formula, and it
 * stays calculated, exceptions aside, as Excel keeps a column's formula, while some body cell
 * still holds a formula: the most frequent one is copied (the topmost on a tie). Changes nothing.
 */
export function calculatedColumnsOf(sheet: SheetModel, table: TableModel, only?: readonly number[]): Map<number, ColumnTemplate> {
  const body = bodyRect(table);
  const rows = body.r1 - body.r0 + 1;
  const remembered = new Set(table.calculatedColumns ?? []);
  const out = new Map<number, ColumnTemplate>();
  table.columnIds.forEach((id, offset) => {
    if (only !== undefined && !only.includes(id)) return;
    const col = table.rect.c0 + offset;
    const counts = new Map<string, { n: number; row: number }>();
    for (let row = body.r0; row <= body.r1; row++) {
      const f = sheet.cells.get(cellKey(row, col))?.f;
      if (f === undefined) {
        if (!remembered.has(id)) return; // a constant or a blank: not all one formula
        continue;
      }
      const key = relativeKey(f, row, col);
      const seen = counts.get(key);
      if (seen) seen.n++;
      else counts.set(key, { n: 1, row });
    }
    let best: { n: number; row: number } | undefined;
    for (const entry of counts.values()) if (best === undefined || entry.n > best.n) best = entry;
    if (best === undefined) return;
    if (remembered.has(id) || (counts.size === 1 && best.n === rows)) out.set(id, { row: best.row, col });
  });
  return out;
}

/** Records which columns are calculated now (of those looked at: all, or `only`). */
export function rememberCalculatedColumns(table: TableModel, found: Map<number, ColumnTemplate>, only?: readonly number[]): void {
  const kept = (table.calculatedColumns ?? []).filter((id) => only !== undefined && !only.includes(id) && table.columnIds.includes(id));
  const ids = [...kept, ...found.keys()];
  if (ids.length === 0) delete table.calculatedColumns;
  else table.calculatedColumns = ids;
}

/** The calculated columns of a table now, remembered as such (a table operation is about to change its rows). */
export function takeCalculatedColumns(sheet: SheetModel, table: TableModel): Map<number, ColumnTemplate> {
  const found = calculatedColumnsOf(sheet, table);
  rememberCalculatedColumns(table, found);
  return found;
}

/** Looks at the tables whose body the rectangle touches after a write: a column may have become (or stopped being) calculated. */
export function noteCalculatedColumns(state: WorkbookState, sheet: SheetModel, r: Rect): void {
  for (const table of state.tables) {
    if (table.sheetId !== sheet.id) continue;
    const cut = intersection(bodyRect(table), r);
    if (cut === null) continue;
    const ids = table.columnIds.slice(cut.c0 - table.rect.c0, cut.c1 - table.rect.c0 + 1);
    rememberCalculatedColumns(table, calculatedColumnsOf(sheet, table, ids), ids);
  }
}

/** The templates after `n` rows were inserted at row `at` (cells at or below it moved down). */
export function templatesAfterInsert(templates: Map<number, ColumnTemplate>, at: number, n: number): Map<number, ColumnTemplate> {
  return new Map([...templates].map(([id, t]) => [id, t.row >= at ? { row: t.row + n, col: t.col } : t]));
}

/**
 * Writes each calculated column's formula into rows [r0, r1], copied from its template cell as
 * Excel copies a formula. `onlyEmpty` leaves cells that hold something (a resize moves no cells).
 */
export function fillCalculatedColumns(
  sheet: SheetModel,
  table: TableModel,
  templates: Map<number, ColumnTemplate>,
  r0: number,
  r1: number,
  onlyEmpty: boolean,
): void {
  for (const [id, template] of templates) {
    const offset = table.columnIds.indexOf(id);
    const formula = sheet.cells.get(cellKey(template.row, template.col))?.f;
    if (offset < 0 || formula === undefined) continue;
    const col = table.rect.c0 + offset;
    for (let row = r0; row <= r1; row++) {
      const existing = sheet.cells.get(cellKey(row, col));
      if (onlyEmpty && existing !== undefined && hasContent(existing)) continue;
      updateCell(sheet, row, col, (cell) => {
        cell.v = 0;
        cell.f = translateFormula(formula, row - template.row, col - template.col);
      });
    }
  }
}
