// The workbook as plain data. Proxies never hold model objects across syncs: every sync runs
// its commands against a clone of this state, which replaces the state only if the whole
// batch succeeded (all or nothing, as Excel on the web).

import { MAX_COLUMNS, type Rect } from "./address";

export type Scalar = string | number | boolean;

export interface CellModel {
  /** Value: "" empty, number, string, boolean. Formula cells hold 0 (no formula engine). */
  v: Scalar;
  /** Formula text, starting with "=". */
  f?: string;
  /** Number format, "General" when absent. */
  nf?: string;
  /** Fill colour "#RRGGBB", no fill when absent. */
  fill?: string;
  /** Font colour "#RRGGBB", automatic (black) when absent. */
  color?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  halign?: string;
}

/** The formats of a cell (everything but its content). */
export type CellStyle = Omit<CellModel, "v" | "f">;

export const STYLE_KEYS = ["nf", "fill", "color", "bold", "italic", "wrap", "halign"] as const;

export interface NoteModel {
  content: string;
  author: string;
}

export interface CommentModel {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
  author: string;
  email: string;
  created: string;
  resolved: boolean;
}

export interface CondFormatModel {
  id: string;
  type: "Custom";
  ranges: Rect[];
  /** Cell the relative references of the formula are relative to (top-left when added). */
  anchorRow: number;
  anchorCol: number;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  priority: number;
  stopIfTrue: boolean;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetModel {
  id: string;
  name: string;
  visibility: SheetVisibility;
  cells: Map<number, CellModel>;
  /** Formats given to entire columns (apply to cells without their own). */
  colStyles: Map<number, CellStyle>;
  /** Column widths in points. */
  colWidths: Map<number, number>;
  /** Row heights in points. */
  rowHeights: Map<number, number>;
  protected: boolean;
  /** Password of the protection, if any. */
  password?: string;
  customProps: { key: string; value: string }[];
  condFormats: CondFormatModel[];
  notes: Map<number, NoteModel>;
  tabColor: string;
  showGridlines: boolean;
  /**
   * Merged areas, disjoint rectangles of two cells or more. Absent means none, so that states
   * made before merged cells were simulated keep working (read through mergesOf).
   */
  merges?: Rect[];
  /**
   * Hidden rows (0-based, ascending), whether a person hid them (`Range.rowHidden`) or a table's
   * filter did: one flag per sheet row. Absent means none (read through hiddenRowsOf).
   */
  hiddenRows?: number[];
  /** Hidden columns (0-based, ascending; `Range.columnHidden`). Absent means none. */
  hiddenCols?: number[];
}

/** A value of a values filter that is a date: Excel.FilterDatetime. */
export interface FilterDatetimeModel {
  date: string;
  specificity: "Year" | "Month" | "Day" | "Hour" | "Minute" | "Second";
}

/** The criteria of one table column's filter, as Excel.FilterCriteria JSON (see filters.ts). */
export interface FilterCriteriaModel {
  filterOn: "Values" | "Custom" | "TopItems" | "BottomItems" | "CellColor" | "FontColor";
  values?: (string | FilterDatetimeModel)[];
  criterion1?: string;
  criterion2?: string;
  operator?: "And" | "Or";
  color?: string;
}

/** One condition of a table's sort, as Excel.SortField JSON (key: offset of the column in the table). */
export interface SortFieldModel {
  key: number;
  ascending: boolean;
  sortOn: "Value";
  dataOption: "Normal" | "TextAsNumber";
}

/** The conditions a table was last sorted by (Excel.TableSort). */
export interface SortModel {
  fields: SortFieldModel[];
  matchCase: boolean;
  method: "PinYin" | "StrokeCount";
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Whole table: header row, body, totals row. */
  rect: Rect;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  columnIds: number[];
  nextColumnId: number;
  /**
   * The total row's contents (formula or label, as typed) by column id while the row is hidden:
   * Excel brings them back when it is shown again. Absent when shown, or when nothing is kept.
   */
  hiddenTotals?: Record<number, string>;
  /** Ids of the columns Excel treats as calculated columns (filled in new rows). */
  calculatedColumns?: number[];
  /** Filter criteria by column id (TableColumn.filter); absent or empty when none. */
  filters?: Record<number, FilterCriteriaModel>;
  /** The conditions of the last sort (TableSort.fields), absent when cleared or never sorted. */
  sort?: SortModel;
}

export type NameRef =
  { kind: "range"; sheetId: string; rect: Rect } | { kind: "ref-error"; formula: string } | { kind: "constant"; formula: string; value: Scalar };

export interface NameModel {
  name: string;
  /** null: workbook scope. */
  scopeSheetId: string | null;
  ref: NameRef;
  comment: string;
  visible: boolean;
}

export interface CustomPropertyModel {
  key: string;
  value: string | number | boolean;
  type: "String" | "Number" | "Float" | "Boolean" | "Date";
}

export interface WorkbookState {
  sheets: SheetModel[];
  tables: TableModel[];
  names: NameModel[];
  settings: { key: string; value: unknown }[];
  customProps: CustomPropertyModel[];
  docProps: Record<string, string | number>;
  comments: CommentModel[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect } | null;
  /** Counter for ids. */
  seq: number;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyCol(key: number): number {
  return key % MAX_COLUMNS;
}

export function nextId(state: WorkbookState): number {
  state.seq += 1;
  return state.seq;
}

export function guid(n: number): string {
  const hex = n.toString(16).toUpperCase().padStart(12, "0");
  return `{00000000-0001-0000-0000-${hex}}`;
}

export function newSheet(state: WorkbookState, name: string): SheetModel {
  return {
    id: guid(nextId(state)),
    name,
    visibility: "Visible",
    cells: new Map(),
    colStyles: new Map(),
    colWidths: new Map(),
    rowHeights: new Map(),
    protected: false,
    customProps: [],
    condFormats: [],
    notes: new Map(),
    tabColor: "",
    showGridlines: true,
  };
}

export function emptyWorkbook(sheetNames: string[] = ["Sheet1"]): WorkbookState {
  const state: WorkbookState = {
    sheets: [],
    tables: [],
    names: [],
    settings: [],
    customProps: [],
    docProps: {},
    comments: [],
    activeSheetId: "",
    selection: null,
    seq: 0,
  };
  for (const name of sheetNames) state.sheets.push(newSheet(state, name));
  state.activeSheetId = state.sheets[0]?.id ?? "";
  return state;
}

function cloneRect(r: Rect): Rect {
  return { r0: r.r0, c0: r.c0, r1: r.r1, c1: r.c1 };
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function cloneSheet(s: SheetModel): SheetModel {
  const { merges, hiddenRows, hiddenCols, ...rest } = s;
  const cells = new Map<number, CellModel>();
  for (const [k, c] of s.cells) cells.set(k, { ...c });
  const notes = new Map<number, NoteModel>();
  for (const [k, n] of s.notes) notes.set(k, { ...n });
  return {
    ...rest,
    ...(merges !== undefined && merges.length > 0 ? { merges: merges.map(cloneRect) } : {}),
    ...(hiddenRows !== undefined && hiddenRows.length > 0 ? { hiddenRows: [...hiddenRows] } : {}),
    ...(hiddenCols !== undefined && hiddenCols.length > 0 ? { hiddenCols: [...hiddenCols] } : {}),
    cells,
    colStyles: new Map([...s.colStyles].map(([k, v]) => [k, { ...v }])),
    colWidths: new Map(s.colWidths),
    rowHeights: new Map(s.rowHeights),
    customProps: s.customProps.map((p) => ({ ...p })),
    condFormats: s.condFormats.map((cf) => ({ ...cf, ranges: cf.ranges.map(cloneRect) })),
    notes,
  };
}

export function cloneWorkbook(w: WorkbookState): WorkbookState {
  return {
    sheets: w.sheets.map(cloneSheet),
    tables: w.tables.map((t) => {
      const { hiddenTotals, calculatedColumns, filters, sort, ...rest } = t;
      return {
        ...rest,
        rect: cloneRect(t.rect),
        columnIds: [...t.columnIds],
        ...(hiddenTotals !== undefined ? { hiddenTotals: { ...hiddenTotals } } : {}),
        ...(calculatedColumns !== undefined ? { calculatedColumns: [...calculatedColumns] } : {}),
        ...(filters !== undefined && Object.keys(filters).length > 0 ? { filters: cloneJson(filters) } : {}),
        ...(sort !== undefined ? { sort: cloneJson(sort) } : {}),
      };
    }),
    names: w.names.map((n) => ({ ...n, ref: n.ref.kind === "range" ? { ...n.ref, rect: cloneRect(n.ref.rect) } : { ...n.ref } })),
    settings: w.settings.map((s) => ({ key: s.key, value: cloneJson(s.value) })),
    customProps: w.customProps.map((p) => ({ ...p })),
    docProps: { ...w.docProps },
    comments: w.comments.map((c) => ({ ...c })),
    activeSheetId: w.activeSheetId,
    selection: w.selection ? { sheetId: w.selection.sheetId, rect: cloneRect(w.selection.rect) } : null,
    seq: w.seq,
  };
}

/** The merged areas of a sheet (none when the field is absent). */
export function mergesOf(sheet: SheetModel): Rect[] {
  return sheet.merges ?? [];
}

/** Replaces the merged areas of a sheet; an empty list drops the field. */
export function setMerges(sheet: SheetModel, merges: Rect[]): void {
  if (merges.length === 0) delete sheet.merges;
  else sheet.merges = merges;
}

export function findSheetById(state: WorkbookState, id: string): SheetModel | undefined {
  return state.sheets.find((s) => s.id === id);
}

export function findSheetByName(state: WorkbookState, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function findTable(state: WorkbookState, key: string): TableModel | undefined {
  const lower = key.toLowerCase();
  return state.tables.find((t) => t.name.toLowerCase() === lower) ?? state.tables.find((t) => t.id === key);
}

export function tablesOnSheet(state: WorkbookState, sheetId: string): TableModel[] {
  return state.tables.filter((t) => t.sheetId === sheetId);
}

export function isEmptyCell(c: CellModel): boolean {
  return (
    c.v === "" &&
    c.f === undefined &&
    c.nf === undefined &&
    c.fill === undefined &&
    c.color === undefined &&
    c.bold === undefined &&
    c.italic === undefined &&
    c.wrap === undefined &&
    c.halign === undefined
  );
}

export function hasContent(c: CellModel): boolean {
  return c.v !== "" || c.f !== undefined;
}

/** The cell as displayed: its own content and formats over the formats of its column. */
export function getCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  const own = sheet.cells.get(cellKey(row, col));
  const colStyle = sheet.colStyles.get(col);
  if (colStyle === undefined) return own;
  return { v: "", ...colStyle, ...(own ?? {}) };
}

/** Applies a change to one cell, creating or dropping its entry as needed. */
export function updateCell(sheet: SheetModel, row: number, col: number, change: (cell: CellModel) => void): void {
  const key = cellKey(row, col);
  const cell = sheet.cells.get(key) ?? { v: "", ...(sheet.colStyles.get(col) ?? {}) };
  change(cell);
  if (isEmptyCell(cell)) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}
