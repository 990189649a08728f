// Inspection helpers for tests and the workbench: plain-data views of the simulated workbook.
// Not part of the Excel API.

import { cellAddress, columnLetters, formatRect, parseAddress, qualifiedAddress, type Rect } from "./address";
import { evaluateRule, rebaseFormula } from "./cf-formula";
import { hiddenColsOf, hiddenRowsOf, isColHidden, isRowHidden } from "./hidden-rows";
import { mergeContaining } from "./merges";
import {
  cellKey,
  findSheetById,
  findSheetByName,
  findTable,
  getCell,
  keyCol,
  keyRow,
  mergesOf,
  type FilterCriteriaModel,
  type SheetModel,
  type SortModel,
  type TableModel,
  type WorkbookState,
} from "./model";
import { decodeSettingValue } from "./settings";
import { calculatedColumnsOf } from "./calculated-columns";
import { tableHeaderNames } from "./sheet-ops";
import { bodyRect, totalRect } from "./table-parts";
import { cellFormula, cellNumberFormat, cellText, cellValue } from "./values";

export interface SheetInfo {
  name: string;
  id: string;
  position: number;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  active: boolean;
  /** Merged areas, e.g. ["A1:C1"], top to bottom then left to right. */
  mergedAreas: string[];
}

export interface CellInfo {
  value: string | number | boolean;
  /** The formula, or null for a constant. */
  formula: string | null;
  numberFormat: string;
  text: string;
  /** Static fill "#RRGGBB", null for none. */
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  note: string | null;
  comment: string | null;
  /** Fill and font colour from the first conditional format whose rule holds for this cell. */
  conditionalFill: string | null;
  conditionalFontColor: string | null;
  /** The fill a person sees: conditional over static. */
  displayFill: string | null;
  /** true/false when every rule applying to the cell could be evaluated; null otherwise. */
  conditionalEvaluated: boolean;
  /** The merged area the cell belongs to ("A1:B2"), or null. */
  merged: string | null;
  /** true when the cell's row is hidden (by a person or a table's filter); absent otherwise. */
  rowHidden?: true;
  /** true when the cell's column is hidden; absent otherwise. */
  columnHidden?: true;
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** Whole table, e.g. "'Permanent data'!A1:D3". */
  address: string;
  headers: string[];
  /** Body values, row by row. */
  rows: (string | number | boolean)[][];
  style: string;
  showTotals: boolean;
  /** The total row as typed (formula or label, "" for an empty cell), or null when hidden. */
  totals: (string | number | boolean)[] | null;
  /** Names of the calculated columns (see calculated-columns.ts). */
  calculatedColumns: string[];
  /** Filter criteria (Excel.FilterCriteria JSON) by column name; absent when the table has none. */
  filters?: Record<string, FilterCriteriaModel>;
  /** Body row indexes (0-based, as TableRow.index) whose sheet row is hidden; absent when none. */
  hiddenRows?: number[];
  /** The last sort (TableSort.fields with column names); absent when none. */
  sort?: { fields: { column: string; ascending: boolean; dataOption: string }[]; matchCase: boolean };
}

export interface NameInfo {
  name: string;
  scope: string;
  formula: string;
  comment: string;
  visible: boolean;
}

function mergedAreaAddresses(sheet: SheetModel): string[] {
  return [...mergesOf(sheet)].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0).map((m) => formatRect(m));
}

function sheetOrThrow(state: WorkbookState, name: string): SheetModel {
  const sheet = findSheetByName(state, name);
  if (!sheet) throw new Error(`No worksheet named '${name}'.`);
  return sheet;
}

export function sheetInfos(state: WorkbookState): SheetInfo[] {
  return state.sheets.map((s, position) => ({
    name: s.name,
    id: s.id,
    position,
    visibility: s.visibility,
    protected: s.protected,
    active: s.id === state.activeSheetId,
    mergedAreas: mergedAreaAddresses(s),
  }));
}

function conditional(sheet: SheetModel, row: number, col: number): { fill: string | null; fontColor: string | null; evaluated: boolean } {
  const rules = sheet.condFormats
    .filter((cf) => cf.ranges.some((r) => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1))
    .sort((a, b) => a.priority - b.priority);
  let fill: string | null = null;
  let fontColor: string | null = null;
  let evaluated = true;
  for (const cf of rules) {
    const result = evaluateRule(cf.formula, { sheet, row, col, anchorRow: cf.anchorRow, anchorCol: cf.anchorCol });
    if (result === null) {
      evaluated = false;
      continue;
    }
    if (!result) continue;
    fill ??= cf.fill;
    fontColor ??= cf.fontColor;
    if (cf.stopIfTrue) break;
  }
  return { fill, fontColor, evaluated };
}

export function cellInfo(state: WorkbookState, sheetName: string, address: string): CellInfo {
  const sheet = sheetOrThrow(state, sheetName);
  const { rect } = parseAddress(address);
  const row = rect.r0;
  const col = rect.c0;
  const cell = getCell(sheet, row, col);
  const comment = state.comments.find((c) => c.sheetId === sheet.id && c.row === row && c.col === col);
  const cond = conditional(sheet, row, col);
  const area = mergeContaining(sheet, row, col);
  return {
    value: cellValue(cell),
    formula: cell?.f ?? null,
    numberFormat: cellNumberFormat(cell),
    text: cellText(cell),
    fill: cell?.fill ?? null,
    fontColor: cell?.color ?? null,
    bold: cell?.bold ?? false,
    note: sheet.notes.get(cellKey(row, col))?.content ?? null,
    comment: comment?.content ?? null,
    conditionalFill: cond.fill,
    conditionalFontColor: cond.fontColor,
    displayFill: cond.fill ?? cell?.fill ?? null,
    conditionalEvaluated: cond.evaluated,
    merged: area === undefined ? null : formatRect(area),
    ...(isRowHidden(sheet, row) ? { rowHidden: true as const } : {}),
    ...(isColHidden(sheet, col) ? { columnHidden: true as const } : {}),
  };
}

/** A table's filter criteria by column name (empty when none). */
function filtersByName(headers: string[], table: TableModel): Record<string, FilterCriteriaModel> {
  const out: Record<string, FilterCriteriaModel> = {};
  table.columnIds.forEach((id, i) => {
    const c = table.filters?.[id];
    if (c !== undefined) out[headers[i] as string] = JSON.parse(JSON.stringify(c)) as FilterCriteriaModel;
  });
  return out;
}

function sortByName(headers: string[], sort: SortModel): NonNullable<TableInfo["sort"]> {
  return {
    fields: sort.fields.map((f) => ({ column: headers[f.key] as string, ascending: f.ascending, dataOption: f.dataOption })),
    matchCase: sort.matchCase,
  };
}

/** Hidden rows of a sheet, as 1-based row numbers (Excel's row headings). */
export function hiddenRowNumbers(state: WorkbookState, sheetName: string): number[] {
  return hiddenRowsOf(sheetOrThrow(state, sheetName)).map((r) => r + 1);
}

export function tableInfo(state: WorkbookState, name: string): TableInfo | null {
  const table = findTable(state, name);
  if (!table) return null;
  const sheet = findSheetById(state, table.sheetId) as SheetModel;
  const body = bodyRect(table);
  const rows: (string | number | boolean)[][] = [];
  for (let r = body.r0; r <= body.r1; r++) {
    const line: (string | number | boolean)[] = [];
    for (let c = body.c0; c <= body.c1; c++) line.push(cellValue(getCell(sheet, r, c)));
    rows.push(line);
  }
  const total = totalRect(table);
  const headers = tableHeaderNames(sheet, table);
  const calculated = calculatedColumnsOf(sheet, table);
  const filters = filtersByName(headers, table);
  const hiddenRows: number[] = [];
  for (const r of hiddenRowsOf(sheet)) if (r >= body.r0 && r <= body.r1) hiddenRows.push(r - body.r0);
  return {
    name: table.name,
    sheet: sheet.name,
    address: qualifiedAddress(sheet.name, table.rect),
    headers,
    rows,
    style: table.style,
    showTotals: table.showTotals,
    totals: total === null ? null : headers.map((_, i) => cellFormula(getCell(sheet, total.r0, total.c0 + i))),
    calculatedColumns: table.columnIds.flatMap((id, i) => (calculated.has(id) ? [headers[i] as string] : [])),
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(table.sort !== undefined ? { sort: sortByName(headers, table.sort) } : {}),
  };
}

export function nameInfos(state: WorkbookState): NameInfo[] {
  return state.names.map((n) => {
    let formula: string;
    if (n.ref.kind === "range") {
      const sheet = findSheetById(state, n.ref.sheetId);
      formula = `=${qualifiedAddress(sheet?.name ?? "#REF!", n.ref.rect, true)}`;
    } else formula = n.ref.formula;
    const scope = n.scopeSheetId === null ? "Workbook" : (findSheetById(state, n.scopeSheetId)?.name ?? "?");
    return { name: n.name, scope, formula, comment: n.comment, visible: n.visible };
  });
}

/** The conditional format's formula relative to the top-left cell of its first range (file form). */
export function cfFormulaAtTopLeft(cf: { formula: string; ranges: Rect[]; anchorRow: number; anchorCol: number }): string {
  const first = cf.ranges[0];
  if (first === undefined) return cf.formula;
  return rebaseFormula(cf.formula, first.r0 - cf.anchorRow, first.c0 - cf.anchorCol);
}

export interface WorkbookSnapshot {
  sheets: {
    name: string;
    visibility: string;
    protected: boolean;
    tabColor: string;
    cells: Record<string, Record<string, string | number | boolean>>;
    columnWidths: Record<string, number>;
    columnFormats: Record<string, Record<string, string | number | boolean>>;
    notes: Record<string, string>;
    mergedAreas: string[];
    conditionalFormats: {
      ranges: string[];
      type: string;
      formula: string;
      fill: string | null;
      fontColor: string | null;
      bold: boolean | null;
      italic: boolean | null;
      stopIfTrue: boolean;
    }[];
    customProperties: Record<string, string>;
    /** Hidden rows (1-based row numbers) and columns (letters). */
    hiddenRows: number[];
    hiddenColumns: string[];
  }[];
  tables: {
    name: string;
    sheet: string;
    address: string;
    style: string;
    showTotals: boolean;
    showBandedRows: boolean;
    showFilterButton: boolean;
    /** Filter criteria by column name. */
    filters: Record<string, FilterCriteriaModel>;
    sort: TableInfo["sort"] | null;
  }[];
  names: NameInfo[];
  settings: Record<string, unknown>;
  customProperties: Record<string, { value: string | number | boolean; type: string }>;
  comments: { sheet: string; cell: string; content: string; resolved: boolean }[];
}

/** A deep, comparable JSON view of the whole workbook (ids, selection and authors left out). */
export function snapshotOf(state: WorkbookState): WorkbookSnapshot {
  const sheetName = (id: string): string => findSheetById(state, id)?.name ?? "?";
  return {
    sheets: state.sheets.map((s) => {
      const cells: Record<string, Record<string, string | number | boolean>> = {};
      const keys = [...s.cells.keys()].sort((a, b) => a - b);
      for (const key of keys) {
        const c = s.cells.get(key);
        if (c === undefined) continue;
        const entry: Record<string, string | number | boolean> = {};
        for (const [k, v] of Object.entries(c)) if (v !== undefined) entry[k] = v as string | number | boolean;
        cells[cellAddress(keyRow(key), keyCol(key))] = entry;
      }
      const columnWidths: Record<string, number> = {};
      for (const col of [...s.colWidths.keys()].sort((a, b) => a - b)) columnWidths[columnLetters(col)] = s.colWidths.get(col) as number;
      const columnFormats: Record<string, Record<string, string | number | boolean>> = {};
      for (const col of [...s.colStyles.keys()].sort((a, b) => a - b)) {
        const entry: Record<string, string | number | boolean> = {};
        for (const [k, v] of Object.entries(s.colStyles.get(col) ?? {})) if (v !== undefined) entry[k] = v as string | number | boolean;
        columnFormats[columnLetters(col)] = entry;
      }
      const notes: Record<string, string> = {};
      for (const key of [...s.notes.keys()].sort((a, b) => a - b)) notes[cellAddress(keyRow(key), keyCol(key))] = s.notes.get(key)?.content ?? "";
      const customProperties: Record<string, string> = {};
      for (const p of s.customProps) customProperties[p.key] = p.value;
      return {
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        tabColor: s.tabColor,
        cells,
        columnWidths,
        columnFormats,
        notes,
        mergedAreas: mergedAreaAddresses(s),
        conditionalFormats: [...s.condFormats]
          .sort((a, b) => a.priority - b.priority)
          .map((cf) => ({
            ranges: cf.ranges.map((r) => formatRect(r)),
            type: cf.type,
            formula: cfFormulaAtTopLeft(cf),
            fill: cf.fill,
            fontColor: cf.fontColor,
            bold: cf.bold,
            italic: cf.italic,
            stopIfTrue: cf.stopIfTrue,
          })),
        customProperties,
        hiddenRows: hiddenRowsOf(s).map((r) => r + 1),
        hiddenColumns: hiddenColsOf(s).map((c) => columnLetters(c)),
      };
    }),
    tables: state.tables.map((t) => {
      const sheet = findSheetById(state, t.sheetId);
      const headers = sheet === undefined ? [] : tableHeaderNames(sheet, t);
      return {
        name: t.name,
        sheet: sheetName(t.sheetId),
        address: formatRect(t.rect),
        style: t.style,
        showTotals: t.showTotals,
        showBandedRows: t.showBandedRows,
        showFilterButton: t.showFilterButton,
        filters: filtersByName(headers, t),
        sort: t.sort === undefined ? null : sortByName(headers, t.sort),
      };
    }),
    names: nameInfos(state),
    settings: Object.fromEntries(state.settings.map((s) => [s.key, decodeSettingValue(s.value)])),
    customProperties: Object.fromEntries(state.customProps.map((p) => [p.key, { value: p.value, type: p.type }])),
    comments: state.comments.map((c) => ({ sheet: sheetName(c.sheetId), cell: cellAddress(c.row, c.col), content: c.content, resolved: c.resolved })),
  };
}
