// Tables: TableCollection (workbook or worksheet), Table, rows and columns.
// A table occupies cells of its sheet; its header row holds the column names as cell values.

import { intersects, MAX_ROWS, parseCellRef, rect as makeRect, type Rect } from "./address";
import { fillCalculatedColumns, takeCalculatedColumns, templatesAfterInsert } from "./calculated-columns";
import type { Exec, SimContext } from "./context";
import { simError } from "./errors";
import { cellKey, findSheetById, findTable, hasContent, nextId, STYLE_KEYS, updateCell, type SheetModel, type TableModel, type WorkbookState } from "./model";
import { SimClientResult, SimCollection, SimObject, type Getter } from "./object";
import { assertNoMergedCells, mergesIntersecting } from "./merges";
import { resolveRangeArg, SimRange } from "./range";
import {
  assertWritable,
  clearRect,
  copyRowStyle,
  gridAccessor,
  hideTotalRow,
  normalizeHeaders,
  readGrid,
  shiftCells,
  storedCells,
  filteredShiftError,
  tableHeaderNames,
  writeInputs,
} from "./sheet-ops";
import { clearTableFilters, reapplyTableFilters, SimAutoFilter, SimFilter } from "./filters";
import { isTableFiltered } from "./hidden-rows";
import { bodyRect, escapeColumnName, headerRect, totalRect } from "./table-parts";
import { SimTableSort } from "./table-sort";
import { cellValue } from "./values";
import { SimWorksheet } from "./worksheet";

export interface TableTarget {
  table: TableModel;
  sheet: SheetModel;
}

const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;
const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** Names of tables and defined names share one namespace, case-insensitive. */
export function validateIdentifier(state: WorkbookState, name: unknown, kind: string, self?: object): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 255 ||
    !NAME_PATTERN.test(name) ||
    /^[CcRr]$/.test(name) ||
    parseCellRef(name) !== null ||
    /^[Rr]\d*[Cc]\d*$/.test(name)
  ) {
    throw simError("InvalidArgument", `'${String(name)}' is not a valid ${kind} name.`);
  }
  const lower = name.toLowerCase();
  const clash =
    state.tables.find((t) => t !== self && t.name.toLowerCase() === lower) ??
    state.names.find((n) => n !== self && n.scopeSheetId === null && n.name.toLowerCase() === lower);
  if (clash !== undefined) throw simError("ItemAlreadyExists", `The name '${name}' is already used by a table or a defined name.`);
  return name;
}

export { bodyRect, headerRect, totalRect };

function tableTarget(ex: Exec, table: TableModel): TableTarget {
  const sheet = findSheetById(ex.state, table.sheetId);
  if (!sheet) throw simError("ItemNotFound", "The worksheet of the table no longer exists.");
  return { table, sheet };
}

function assertNoOverlap(state: WorkbookState, sheet: SheetModel, r: Rect, self?: TableModel): void {
  for (const other of state.tables) {
    if (other !== self && other.sheetId === sheet.id && intersects(other.rect, r)) {
      throw simError("MergedRangeConflict", `The range overlaps the table '${other.name}'.`);
    }
  }
  assertNoMergedCells(sheet, r);
}

/** Table operations shift cells; a merged area in the way fails as a table over merged cells. */
const MERGE_IN_THE_WAY = "MergedRangeConflict";

export function createTable(ex: Exec, sheet: SheetModel, r: Rect, hasHeaders: boolean): TableModel {
  assertWritable(sheet);
  const state = ex.state;
  let area = { ...r };
  if (hasHeaders && area.r1 === area.r0) area.r1 += 1;
  assertNoOverlap(state, sheet, area);
  if (!hasHeaders) {
    shiftCells(ex, sheet, "rows", area.c0, area.c1, area.r0, 1, true, undefined, MERGE_IN_THE_WAY);
    area = { ...area, r1: area.r1 + 1 };
  }
  let n = 1;
  while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`) || state.names.some((x) => x.name.toLowerCase() === `table${n}`)) n++;
  const columns = area.c1 - area.c0 + 1;
  const table: TableModel = {
    id: String(nextId(state)),
    name: `Table${n}`,
    sheetId: sheet.id,
    rect: area,
    style: "TableStyleMedium2",
    showHeaders: true,
    showTotals: false,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    columnIds: Array.from({ length: columns }, (_, i) => i + 1),
    nextColumnId: columns + 1,
  };
  state.tables.push(table);
  normalizeHeaders(sheet, table);
  return table;
}

/**
 * Adds rows to a table, above its total row: cells in the table's columns move down. An empty
 * table's placeholder row is filled first (as Excel). New rows get the calculated columns'
 * formulas, then the values given; a value given for a calculated column (anything but null)
 * replaces its formula in that cell, an exception the column keeps.
 */
export function addTableRows(ex: Exec, target: TableTarget, index: number | null | undefined, values: unknown): number {
  const { table, sheet } = target;
  assertWritable(sheet);
  // TableRowCollection.add says nothing of filters
  // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection): refused as
  // any shift in a filtered table (sheet-ops.ts, assertNoFilteredShift).
  if (isTableFiltered(table)) throw filteredShiftError(table);
  const width = table.rect.c1 - table.rect.c0 + 1;
  let grid: unknown[][] | undefined;
  if (values === undefined || values === null) grid = undefined;
  else if (!Array.isArray(values)) {
    if (width !== 1) throw simError("InvalidArgument", "A single value can only be added to a one-column table.");
    grid = [[values]];
  } else grid = values as unknown[][];
  const n = grid === undefined ? 1 : grid.length;
  if (n === 0) throw simError("InvalidArgument", "No rows to add.");
  if (grid !== undefined) gridAccessor(grid, makeRect(0, 0, n - 1, width - 1), "rows.add");
  const body = bodyRect(table);
  const count = body.r1 - body.r0 + 1;
  const idx = index === undefined || index === null || index === -1 ? count : index;
  if (!Number.isInteger(idx) || idx < 0 || idx > count) throw simError("InvalidArgument", `Invalid row index ${String(index)}.`);
  const placeholder = count === 1 && storedCells(sheet, body).every(({ cell }) => !hasContent(cell));
  const firstRow = placeholder ? body.r0 : body.r0 + idx;
  const inserted = placeholder ? n - 1 : n;
  if (inserted > 0) {
    const at = placeholder ? body.r0 + 1 : firstRow;
    const templates = takeCalculatedColumns(sheet, table);
    shiftCells(ex, sheet, "rows", table.rect.c0, table.rect.c1, at, inserted, true, table, MERGE_IN_THE_WAY);
    table.rect = { ...table.rect, r1: table.rect.r1 + inserted };
    if (at === body.r1 + 1) {
      // Rows added at the end of the body: conditional formats ending with the body grow with it.
      for (const cf of sheet.condFormats) {
        cf.ranges = cf.ranges.map((x) =>
          x.r1 === body.r1 && x.r0 > table.rect.r0 && x.c0 >= table.rect.c0 && x.c1 <= table.rect.c1 ? { ...x, r1: x.r1 + inserted } : x,
        );
      }
    }
    const styleFrom = at - 1 > table.rect.r0 ? at - 1 : at + inserted;
    if (styleFrom <= table.rect.r1) copyRowStyle(sheet, styleFrom, at, at + inserted - 1, table.rect.c0, table.rect.c1);
    fillCalculatedColumns(sheet, table, templatesAfterInsert(templates, at, inserted), at, at + inserted - 1, false);
  }
  if (grid !== undefined) writeInputs(ex, sheet, makeRect(firstRow, table.rect.c0, firstRow + n - 1, table.rect.c1), grid, "rows.add");
  return firstRow - body.r0;
}

export function deleteTableRow(ex: Exec, target: TableTarget, index: number): void {
  const { table, sheet } = target;
  const body = bodyRect(table);
  const count = body.r1 - body.r0 + 1;
  if (!Number.isInteger(index) || index < 0 || index >= count) throw simError("InvalidArgument", `Invalid row index ${index}.`);
  if (isTableFiltered(table)) throw filteredShiftError(table);
  if (count === 1) {
    clearRect(ex, sheet, body, "Contents");
    return;
  }
  shiftCells(ex, sheet, "rows", table.rect.c0, table.rect.c1, body.r0 + index, 1, false, table, MERGE_IN_THE_WAY);
  table.rect = { ...table.rect, r1: table.rect.r1 - 1 };
}

/**
 * Table.resize: the new range is the whole table, header row to total row (when shown). As the
 * docs of ListObject.Resize say, no cells are inserted or moved: the new range's last row is the
 * total row with whatever it holds. Body rows the table gains get the calculated columns' formulas
 * in their empty cells.
 */
export function resizeTable(ex: Exec, target: TableTarget, next: Rect): void {
  const { table, sheet } = target;
  assertWritable(sheet);
  if (next.r0 !== table.rect.r0) throw simError("InvalidArgument", "The header row of a resized table must stay in the same row.");
  if (!intersects(next, table.rect)) throw simError("InvalidArgument", "The new range must overlap the table.");
  if (next.r1 - (table.showTotals ? 1 : 0) <= next.r0) throw simError("InvalidArgument", "A table needs a header row and at least one body row.");
  assertNoOverlap(ex.state, sheet, next, table);
  const templates = takeCalculatedColumns(sheet, table);
  const oldBody = bodyRect(table);
  const ids = [...table.columnIds];
  let nextColumnId = table.nextColumnId;
  const before: number[] = [];
  for (let c = next.c0; c < table.rect.c0; c++) before.push(nextColumnId++);
  let kept = ids.slice(Math.max(0, next.c0 - table.rect.c0), ids.length - Math.max(0, table.rect.c1 - next.c1));
  const after: number[] = [];
  for (let c = table.rect.c1 + 1; c <= next.c1; c++) after.push(nextColumnId++);
  kept = [...before, ...kept, ...after];
  if (table.filters !== undefined) {
    for (const id of Object.keys(table.filters).map(Number)) if (!kept.includes(id)) delete table.filters[id];
    if (Object.keys(table.filters).length === 0) delete table.filters;
  }
  if (kept.length !== ids.length || kept.some((id, i) => id !== ids[i])) delete table.sort;
  table.columnIds = kept;
  table.nextColumnId = nextColumnId;
  table.rect = { ...next };
  normalizeHeaders(sheet, table);
  const body = bodyRect(table);
  if (body.r1 > oldBody.r1) fillCalculatedColumns(sheet, table, templates, oldBody.r1 + 1, body.r1, true);
}

/**
 * Table.showTotals. Shown: a total row below the body, in the row under the table when nothing is
 * there, else cells in the table's columns shift down to make it; it holds what it held when last
 * hidden, or, the first time, "Total" in the first column and a SUBTOTAL of the last. Hidden: its
 * contents are kept for next time and its cells emptied; nothing moves up.
 */
export function setShowTotals(ex: Exec, target: TableTarget, show: boolean): void {
  const { table, sheet } = target;
  assertWritable(sheet);
  if (show === table.showTotals) return;
  if (!show) {
    const total = totalRect(table) as Rect;
    hideTotalRow(sheet, table);
    table.rect = { ...table.rect, r1: table.rect.r1 - 1 };
    ex.changed({ sheetId: sheet.id, rect: total, changeType: "RangeEdited" });
    return;
  }
  const below = makeRect(table.rect.r1 + 1, table.rect.c0, table.rect.r1 + 1, table.rect.c1);
  if (below.r0 >= MAX_ROWS) throw simError("InvalidOperation", "There is no row below the table for its total row.");
  const occupied =
    storedCells(sheet, below).some(({ cell }) => hasContent(cell)) ||
    ex.state.tables.some((t) => t !== table && t.sheetId === sheet.id && intersects(t.rect, below)) ||
    mergesIntersecting(sheet, below).length > 0;
  if (occupied) shiftCells(ex, sheet, "rows", table.rect.c0, table.rect.c1, below.r0, 1, true, table);
  const contents = table.hiddenTotals ?? defaultTotals(sheet, table);
  table.rect = { ...table.rect, r1: below.r0 };
  table.showTotals = true;
  delete table.hiddenTotals;
  writeInputs(ex, sheet, below, [table.columnIds.map((id) => contents[id] ?? null)], "showTotals");
}

/** What Excel's Total Row puts in a new total row: "Total" first, the last column summed (or counted, when not all numbers). */
function defaultTotals(sheet: SheetModel, table: TableModel): Record<number, string> {
  const names = tableHeaderNames(sheet, table);
  const last = table.columnIds.length - 1;
  const body = bodyRect(table);
  const values = storedCells(sheet, makeRect(body.r0, table.rect.c0 + last, body.r1, table.rect.c0 + last)).filter(({ cell }) => hasContent(cell));
  const numeric = values.length > 0 && values.every(({ cell }) => cell.f !== undefined || typeof cell.v === "number");
  const out: Record<number, string> = {};
  out[table.columnIds[last] as number] = `=SUBTOTAL(${numeric ? 109 : 103},[${escapeColumnName(names[last] as string)}])`;
  if (last > 0) out[table.columnIds[0] as number] = "Total";
  return out;
}

/** Table.delete(): the table and its contents and formats go. */
export function deleteTable(ex: Exec, target: TableTarget): void {
  const { table, sheet } = target;
  assertWritable(sheet);
  ex.state.tables = ex.state.tables.filter((t) => t !== table);
  clearRect(ex, sheet, table.rect, "Contents");
  for (const { row, col } of storedCells(sheet, table.rect)) {
    updateCell(sheet, row, col, (cell) => {
      for (const k of STYLE_KEYS) delete cell[k];
    });
  }
}

export class SimTable extends SimObject<TableTarget> {
  readonly _className = "Table";

  protected override _toRef(t: TableTarget): unknown {
    return t.table.id;
  }

  protected override _fromRef(ex: Exec, ref: unknown): TableTarget | undefined {
    const table = ex.state.tables.find((t) => t.id === ref);
    return table ? tableTarget(ex, table) : undefined;
  }

  protected override _navNames(): string[] {
    return ["worksheet", "rows", "columns", "autoFilter", "sort"];
  }

  protected override _scalars(): Record<string, Getter<TableTarget>> {
    return {
      id: (t) => t.table.id,
      legacyId: (t) => t.table.id,
      name: (t) => t.table.name,
      style: (t) => t.table.style,
      showHeaders: (t) => t.table.showHeaders,
      showTotals: (t) => t.table.showTotals,
      showBandedRows: (t) => t.table.showBandedRows,
      showBandedColumns: (t) => t.table.showBandedColumns,
      showFilterButton: (t) => t.table.showFilterButton,
      highlightFirstColumn: (t) => t.table.highlightFirstColumn,
      highlightLastColumn: (t) => t.table.highlightLastColumn,
    };
  }

  get id(): string {
    return this._read("id");
  }

  get legacyId(): string {
    return this._read("legacyId");
  }

  get name(): string {
    return this._read("name");
  }
  set name(value: string) {
    this._write("name", value, (t, ex) => {
      t.table.name = validateIdentifier(ex.state, value, "table", t.table);
    });
  }

  get style(): string {
    return this._read("style");
  }
  set style(value: string) {
    this._write("style", value, (t) => {
      if (typeof value !== "string" || (value !== "" && !TABLE_STYLE.test(value))) throw simError("InvalidArgument", `Unknown table style '${String(value)}'.`);
      t.table.style = value;
    });
  }

  get showTotals(): boolean {
    return this._read("showTotals");
  }
  set showTotals(value: boolean) {
    this._write("showTotals", value, (t, ex) => setShowTotals(ex, t, Boolean(value)));
  }

  get showHeaders(): boolean {
    return this._read("showHeaders");
  }
  set showHeaders(value: boolean) {
    this._write("showHeaders", value, () => {
      if (!value) throw simError("NotImplemented", "The simulator keeps table headers shown.");
    });
  }

  private _flag(name: "showBandedRows" | "showBandedColumns" | "showFilterButton" | "highlightFirstColumn" | "highlightLastColumn", value: boolean): void {
    this._write(name, value, (t) => {
      // Without filter buttons a table has no AutoFilter: its criteria go and its rows are shown.
      if (name === "showFilterButton" && !value && t.table.showFilterButton) clearTableFilters(t);
      t.table[name] = Boolean(value);
    });
  }

  get showBandedRows(): boolean {
    return this._read("showBandedRows");
  }
  set showBandedRows(value: boolean) {
    this._flag("showBandedRows", value);
  }
  get showBandedColumns(): boolean {
    return this._read("showBandedColumns");
  }
  set showBandedColumns(value: boolean) {
    this._flag("showBandedColumns", value);
  }
  get showFilterButton(): boolean {
    return this._read("showFilterButton");
  }
  set showFilterButton(value: boolean) {
    this._flag("showFilterButton", value);
  }
  get highlightFirstColumn(): boolean {
    return this._read("highlightFirstColumn");
  }
  set highlightFirstColumn(value: boolean) {
    this._flag("highlightFirstColumn", value);
  }
  get highlightLastColumn(): boolean {
    return this._read("highlightLastColumn");
  }
  set highlightLastColumn(value: boolean) {
    this._flag("highlightLastColumn", value);
  }

  get worksheet(): SimWorksheet {
    return this._nav("worksheet", () => new SimWorksheet(this.context, (ex) => this._resolve(ex)?.sheet ?? null));
  }

  get rows(): SimTableRowCollection {
    return this._nav("rows", () => new SimTableRowCollection(this.context, (ex) => this._resolve(ex)));
  }

  get columns(): SimTableColumnCollection {
    return this._nav("columns", () => new SimTableColumnCollection(this.context, (ex) => this._resolve(ex)));
  }

  /** The table's AutoFilter (ExcelApi 1.9; filters.ts). */
  get autoFilter(): SimAutoFilter {
    this.context._core.requireApi("Table.autoFilter", "1.9");
    return this._nav("autoFilter", () => new SimAutoFilter(this.context, (ex) => this._resolve(ex)));
  }

  /** The table's sort (ExcelApi 1.2; table-sort.ts). */
  get sort(): SimTableSort {
    this.context._core.requireApi("Table.sort", "1.2");
    return this._nav("sort", () => new SimTableSort(this.context, (ex) => this._resolve(ex)));
  }

  private _part(part: (t: TableModel) => Rect): SimRange {
    return new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      return t === null ? null : { sheet: t.sheet, rect: part(t.table) };
    });
  }

  getRange(): SimRange {
    return this._part((t) => t.rect);
  }

  getHeaderRowRange(): SimRange {
    return this._part(headerRect);
  }

  getDataBodyRange(): SimRange {
    return this._part(bodyRect);
  }

  /** Without a total row: InvalidArgument (the docs name no error; a choice). */
  getTotalRowRange(): SimRange {
    return this._part((t) => {
      const total = totalRect(t);
      if (total === null) throw simError("InvalidArgument", `The table '${t.name}' has no total row (showTotals is false).`);
      return total;
    });
  }

  resize(newRange: SimRange | string): void {
    this.context._core.requireApi("Table.resize", "1.13");
    this._call("resize", [typeof newRange === "string" ? newRange : "<Range>"], (t, ex) => {
      const r = resolveRangeArg(ex, newRange, () => t.sheet);
      if (r.sheet !== t.sheet) throw simError("InvalidArgument", "A table cannot move to another worksheet.");
      resizeTable(ex, t, r.rect);
    });
  }

  delete(): void {
    this._call("delete", [], (t, ex) => deleteTable(ex, t));
  }

  convertToRange(): SimRange {
    this.context._core.requireApi("Table.convertToRange", "1.2");
    let area: { sheetId: string; rect: Rect } | undefined;
    this._call("convertToRange", [], (t, ex) => {
      assertWritable(t.sheet);
      area = { sheetId: t.sheet.id, rect: { ...t.table.rect } };
      ex.state.tables = ex.state.tables.filter((x) => x !== t.table);
    });
    return new SimRange(this.context, (ex) => {
      if (area === undefined) throw simError("ItemNotFound");
      const sheet = findSheetById(ex.state, area.sheetId);
      return sheet ? { sheet, rect: area.rect } : null;
    });
  }

  /** Every column's criteria cleared, every body row shown (filters.ts). */
  clearFilters(): void {
    this.context._core.requireApi("Table.clearFilters", "1.2");
    this._call("clearFilters", [], (t) => clearTableFilters(t));
  }

  /** The criteria evaluated again over the current body (filters.ts). */
  reapplyFilters(): void {
    this.context._core.requireApi("Table.reapplyFilters", "1.2");
    this._call("reapplyFilters", [], (t) => reapplyTableFilters(t));
  }
}

type CollectionTarget = { sheet: SheetModel | undefined };

export class SimTableCollection extends SimCollection<CollectionTarget, SimTable> {
  readonly _className = "TableCollection";

  constructor(context: SimContext, sheet?: (ex: Exec) => SheetModel | null) {
    super(context, (ex) => {
      if (sheet === undefined) return { sheet: undefined };
      const s = sheet(ex);
      return s === null ? null : { sheet: s };
    });
  }

  private _tables(ex: Exec, t: CollectionTarget): TableModel[] {
    return t.sheet === undefined ? ex.state.tables : ex.state.tables.filter((x) => x.sheetId === t.sheet?.id);
  }

  protected override _scalars(): Record<string, Getter<CollectionTarget>> {
    return { count: (t, ex) => this._tables(ex, t).length };
  }

  get count(): number {
    return this._read("count");
  }

  protected _itemRefs(t: CollectionTarget, ex: Exec): unknown[] {
    return this._tables(ex, t).map((x) => x.id);
  }

  protected _makeItem(ref: unknown): SimTable {
    const table = new SimTable(this.context, () => {
      throw simError("ItemNotFound");
    });
    table._bound = ref;
    return table;
  }

  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    const table = new SimTable(this.context, () => {
      throw simError("ItemNotFound", "The table was not created.");
    });
    this.context._enqueue("TableCollection.add", [typeof address === "string" ? address : "<Range>", hasHeaders], (ex) => {
      const scope = this._resolveForWrite(ex, "add");
      const active = (): SheetModel | null => scope.sheet ?? findSheetById(ex.state, ex.state.activeSheetId) ?? null;
      const r = resolveRangeArg(ex, address, active);
      if (scope.sheet !== undefined && r.sheet !== scope.sheet) throw simError("InvalidArgument", "The range is on another worksheet.");
      const model = createTable(ex, r.sheet, r.rect, Boolean(hasHeaders));
      ex.bind(table, model.id);
      ex.after(() => {
        table._isNull = false;
      });
    });
    return table;
  }

  private _lookup(find: (ex: Exec, t: CollectionTarget) => TableModel | undefined, what: string, orNull: boolean): SimTable {
    const table = new SimTable(this.context, (ex) => {
      const scope = this._resolve(ex);
      if (scope === null) return null;
      const found = find(ex, scope);
      if (found) return tableTarget(ex, found);
      if (orNull) return null;
      throw simError("ItemNotFound", `The table ${what} doesn't exist.`);
    });
    if (orNull) table._instantiate();
    return table;
  }

  getItem(key: string): SimTable {
    return this._lookup((ex, t) => this._tables(ex, t).find((x) => x === findTable(ex.state, key)), `'${key}'`, false);
  }

  getItemOrNullObject(key: string): SimTable {
    this.context._core.requireApi("TableCollection.getItemOrNullObject", "1.4");
    return this._lookup((ex, t) => this._tables(ex, t).find((x) => x === findTable(ex.state, key)), `'${key}'`, true);
  }

  getItemAt(index: number): SimTable {
    return this._lookup((ex, t) => this._tables(ex, t)[index], `#${index}`, false);
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("TableCollection.getCount", [], (ex) => {
      const t = this._resolveForWrite(ex, "getCount");
      const n = this._tables(ex, t).length;
      ex.after(() => result._set(n));
    });
    return result;
  }
}

// -----------------------------------------------------------------------------------------
// Rows

interface RowTarget extends TableTarget {
  index: number;
}

export class SimTableRow extends SimObject<RowTarget> {
  readonly _className = "TableRow";

  protected override _toRef(t: RowTarget): unknown {
    return { tableId: t.table.id, index: t.index };
  }

  protected override _fromRef(ex: Exec, ref: unknown): RowTarget | undefined {
    const { tableId, index } = ref as { tableId: string; index: number };
    const table = ex.state.tables.find((t) => t.id === tableId);
    if (!table) return undefined;
    const body = bodyRect(table);
    if (index >= body.r1 - body.r0 + 1) return undefined;
    return { ...tableTarget(ex, table), index };
  }

  private static rowRect(t: RowTarget): Rect {
    const row = bodyRect(t.table).r0 + t.index;
    return makeRect(row, t.table.rect.c0, row, t.table.rect.c1);
  }

  protected override _scalars(): Record<string, Getter<RowTarget>> {
    return {
      index: (t) => t.index,
      values: (t) => readGrid(t.sheet, SimTableRow.rowRect(t), cellValue),
    };
  }

  get index(): number {
    return this._read("index");
  }

  get values(): unknown[][] {
    return this._read("values");
  }
  set values(value: unknown[][]) {
    this._write("values", value, (t, ex) => writeInputs(ex, t.sheet, SimTableRow.rowRect(t), value, "TableRow.values"));
  }

  getRange(): SimRange {
    return new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      return t === null ? null : { sheet: t.sheet, rect: SimTableRow.rowRect(t) };
    });
  }

  delete(): void {
    this._call("delete", [], (t, ex) => deleteTableRow(ex, t, t.index));
  }
}

export class SimTableRowCollection extends SimCollection<TableTarget, SimTableRow> {
  readonly _className = "TableRowCollection";

  protected override _scalars(): Record<string, Getter<TableTarget>> {
    return { count: (t) => bodyRect(t.table).r1 - bodyRect(t.table).r0 + 1 };
  }

  get count(): number {
    return this._read("count");
  }

  protected _itemRefs(t: TableTarget): unknown[] {
    const n = bodyRect(t.table).r1 - bodyRect(t.table).r0 + 1;
    return Array.from({ length: n }, (_, index) => ({ tableId: t.table.id, index }));
  }

  protected _makeItem(ref: unknown): SimTableRow {
    const row = new SimTableRow(this.context, () => {
      throw simError("ItemNotFound");
    });
    row._bound = ref;
    return row;
  }

  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): SimTableRow {
    const row = new SimTableRow(this.context, () => {
      throw simError("ItemNotFound", "The row was not added.");
    });
    this.context._enqueue("TableRowCollection.add", [index ?? null, values ?? null], (ex) => {
      const t = this._resolveForWrite(ex, "add");
      const at = addTableRows(ex, t, index, values);
      ex.bind(row, { tableId: t.table.id, index: at });
    });
    return row;
  }

  getItemAt(index: number): SimTableRow {
    return new SimTableRow(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      const body = bodyRect(t.table);
      if (!Number.isInteger(index) || index < 0 || index > body.r1 - body.r0) throw simError("ItemNotFound", `There is no row #${index}.`);
      return { ...t, index };
    });
  }

  getCount(): SimClientResult<number> {
    this.context._core.requireApi("TableRowCollection.getCount", "1.4");
    const result = new SimClientResult<number>();
    this.context._enqueue("TableRowCollection.getCount", [], (ex) => {
      const t = this._resolveForWrite(ex, "getCount");
      const n = bodyRect(t.table).r1 - bodyRect(t.table).r0 + 1;
      ex.after(() => result._set(n));
    });
    return result;
  }

  /** ExcelApiOnline 1.1: not available on desktop Excel (not in the default requirement sets). */
  deleteRowsAt(index: number, count = 1): void {
    this.context._core.requireApi("TableRowCollection.deleteRowsAt", "1.1", "ExcelApiOnline");
    this._call("deleteRowsAt", [index, count], (t, ex) => {
      for (let i = 0; i < count; i++) deleteTableRow(ex, t, index);
    });
  }
}

// -----------------------------------------------------------------------------------------
// Columns

interface ColumnTarget extends TableTarget {
  offset: number;
}

export class SimTableColumn extends SimObject<ColumnTarget> {
  readonly _className = "TableColumn";

  protected override _toRef(t: ColumnTarget): unknown {
    return { tableId: t.table.id, columnId: t.table.columnIds[t.offset] };
  }

  protected override _fromRef(ex: Exec, ref: unknown): ColumnTarget | undefined {
    const { tableId, columnId } = ref as { tableId: string; columnId: number };
    const table = ex.state.tables.find((t) => t.id === tableId);
    if (!table) return undefined;
    const offset = table.columnIds.indexOf(columnId);
    if (offset < 0) return undefined;
    return { ...tableTarget(ex, table), offset };
  }

  /** "all" is the whole column: header, body and total row (TableColumn.getRange and values). */
  private static part(t: ColumnTarget, part: "all" | "header" | "body" | "total"): Rect {
    const col = t.table.rect.c0 + t.offset;
    if (part === "header") return makeRect(t.table.rect.r0, col);
    if (part === "body") {
      const body = bodyRect(t.table);
      return makeRect(body.r0, col, body.r1, col);
    }
    if (part === "total") {
      if (!t.table.showTotals) throw simError("InvalidArgument", `The table '${t.table.name}' has no total row (showTotals is false).`);
      return makeRect(t.table.rect.r1, col);
    }
    return makeRect(t.table.rect.r0, col, t.table.rect.r1, col);
  }

  protected override _navNames(): string[] {
    return ["filter"];
  }

  protected override _scalars(): Record<string, Getter<ColumnTarget>> {
    return {
      id: (t) => t.table.columnIds[t.offset],
      index: (t) => t.offset,
      name: (t) => tableHeaderNames(t.sheet, t.table)[t.offset],
      values: (t) => readGrid(t.sheet, SimTableColumn.part(t, "all"), cellValue),
    };
  }

  get id(): number {
    return this._read("id");
  }

  get index(): number {
    return this._read("index");
  }

  get name(): string {
    return this._read("name");
  }
  set name(value: string) {
    this._write("name", value, (t, ex) => writeInputs(ex, t.sheet, SimTableColumn.part(t, "header"), [[value]], "TableColumn.name"));
  }

  get values(): unknown[][] {
    return this._read("values");
  }
  set values(value: unknown[][]) {
    this._write("values", value, (t, ex) => writeInputs(ex, t.sheet, SimTableColumn.part(t, "all"), value, "TableColumn.values"));
  }

  private _range(part: "all" | "header" | "body" | "total"): SimRange {
    return new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      return t === null ? null : { sheet: t.sheet, rect: SimTableColumn.part(t, part) };
    });
  }

  /** The column's filter (ExcelApi 1.2; filters.ts). */
  get filter(): SimFilter {
    this.context._core.requireApi("TableColumn.filter", "1.2");
    return this._nav("filter", () => new SimFilter(this.context, (ex) => this._resolve(ex)));
  }

  getRange(): SimRange {
    return this._range("all");
  }

  getHeaderRowRange(): SimRange {
    return this._range("header");
  }

  getDataBodyRange(): SimRange {
    return this._range("body");
  }

  getTotalRowRange(): SimRange {
    return this._range("total");
  }

  delete(): void {
    this._call("delete", [], (t, ex) => {
      const { table, sheet } = t;
      if (table.columnIds.length === 1) throw simError("InvalidOperation", "A table keeps at least one column.");
      const col = table.rect.c0 + t.offset;
      shiftCells(ex, sheet, "cols", table.rect.r0, table.rect.r1, col, 1, false, table, MERGE_IN_THE_WAY);
      table.rect = { ...table.rect, c1: table.rect.c1 - 1 };
      const [id] = table.columnIds.splice(t.offset, 1);
      if (table.hiddenTotals !== undefined) delete table.hiddenTotals[id as number];
      if (table.calculatedColumns !== undefined) table.calculatedColumns = table.calculatedColumns.filter((x) => x !== id);
      // Its criteria go (the rows they hid stay hidden until the filter is evaluated again); the
      // sort's keys are offsets, so the sort state goes too.
      if (table.filters !== undefined) {
        delete table.filters[id as number];
        if (Object.keys(table.filters).length === 0) delete table.filters;
      }
      delete table.sort;
    });
  }
}

export class SimTableColumnCollection extends SimCollection<TableTarget, SimTableColumn> {
  readonly _className = "TableColumnCollection";

  protected override _scalars(): Record<string, Getter<TableTarget>> {
    return { count: (t) => t.table.columnIds.length };
  }

  get count(): number {
    return this._read("count");
  }

  protected _itemRefs(t: TableTarget): unknown[] {
    return t.table.columnIds.map((columnId) => ({ tableId: t.table.id, columnId }));
  }

  protected _makeItem(ref: unknown): SimTableColumn {
    const column = new SimTableColumn(this.context, () => {
      throw simError("ItemNotFound");
    });
    column._bound = ref;
    return column;
  }

  private _lookup(key: number | string, orNull: boolean): SimTableColumn {
    const column = new SimTableColumn(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      let offset = -1;
      if (typeof key === "number") offset = t.table.columnIds.indexOf(key);
      else {
        const names = tableHeaderNames(t.sheet, t.table).map((n) => n.toLowerCase());
        offset = names.indexOf(key.toLowerCase());
        if (offset < 0 && /^\d+$/.test(key)) offset = t.table.columnIds.indexOf(Number(key));
      }
      if (offset >= 0) return { ...t, offset };
      if (orNull) return null;
      throw simError("ItemNotFound", `The column '${String(key)}' doesn't exist.`);
    });
    if (orNull) column._instantiate();
    return column;
  }

  getItem(key: number | string): SimTableColumn {
    return this._lookup(key, false);
  }

  getItemOrNullObject(key: number | string): SimTableColumn {
    this.context._core.requireApi("TableColumnCollection.getItemOrNullObject", "1.4");
    return this._lookup(key, true);
  }

  getItemAt(index: number): SimTableColumn {
    return new SimTableColumn(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      if (!Number.isInteger(index) || index < 0 || index >= t.table.columnIds.length) throw simError("ItemNotFound", `There is no column #${index}.`);
      return { ...t, offset: index };
    });
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("TableColumnCollection.getCount", [], (ex) => {
      const t = this._resolveForWrite(ex, "getCount");
      const n = t.table.columnIds.length;
      ex.after(() => result._set(n));
    });
    return result;
  }

  add(index?: number | null, values?: unknown, name?: string): SimTableColumn {
    const column = new SimTableColumn(this.context, () => {
      throw simError("ItemNotFound", "The column was not added.");
    });
    this.context._enqueue("TableColumnCollection.add", [index ?? null, values ?? null, name ?? null], (ex) => {
      const t = this._resolveForWrite(ex, "add");
      const { table, sheet } = t;
      const width = table.columnIds.length;
      const idx = index === undefined || index === null || index === -1 ? width : index;
      if (!Number.isInteger(idx) || idx < 0 || idx > width) throw simError("InvalidArgument", `Invalid column index ${String(index)}.`);
      const col = table.rect.c0 + idx;
      shiftCells(ex, sheet, "cols", table.rect.r0, table.rect.r1, col, 1, true, table, MERGE_IN_THE_WAY);
      table.rect = { ...table.rect, c1: table.rect.c1 + 1 };
      const id = table.nextColumnId++;
      table.columnIds.splice(idx, 0, id);
      delete table.sort;
      const whole = makeRect(table.rect.r0, col, table.rect.r1, col);
      const neighbour = idx > 0 ? col - 1 : col + 1;
      for (let row = table.rect.r0 + 1; row <= table.rect.r1; row++) {
        const source = sheet.cells.get(cellKey(row, neighbour));
        if (source?.nf !== undefined) updateCell(sheet, row, col, (cell) => (cell.nf = source.nf));
      }
      if (values !== undefined && values !== null) writeInputs(ex, sheet, whole, values, "columns.add");
      if (name !== undefined && name !== null) writeInputs(ex, sheet, makeRect(table.rect.r0, col), [[name]], "columns.add");
      normalizeHeaders(sheet, table);
      ex.bind(column, { tableId: table.id, columnId: id });
    });
    return column;
  }
}
