// .xlsx files for the simulator, through exceljs (works in Node and in the browser): bytes in,
// bytes out. Custom document properties (docProps/custom.xml) and add-in settings (an Office
// web-extension part, where Excel keeps Excel.SettingCollection) are written and read with JSZip,
// which exceljs itself uses.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnLetters, formatRect, parseLocalRange, qualifiedAddress, splitSheet, type Rect } from "./address";
import { cfFormulaAtTopLeft } from "./inspect";
import { createExcelSimulator, type ExcelSimulator, type SimulatorOptions } from "./index";
import {
  cellKey,
  emptyWorkbook,
  findSheetById,
  findSheetByName,
  keyCol,
  keyRow,
  mergesOf,
  newSheet,
  setMerges,
  type CellModel,
  type CellStyle,
  type CondFormatModel,
  type CustomPropertyModel,
  type SheetModel,
  type TableModel,
  type WorkbookState,
} from "./model";
import { tableHeaderNames } from "./sheet-ops";
import { bodyRect, escapeColumnName, totalRect } from "./table-parts";
import { hiddenColsOf, hiddenRowsOf } from "./hidden-rows";
import { openXlsxPackage } from "./xlsx-guard";
import { readTableFilters, writeTableFilters, type FileTableFilters } from "./xlsx-filters";
import { escapeXml, unescapeXml } from "./xml-text";

/** Excel's column width unit (characters of Calibri 11) from points, and back. */
export function pointsToChars(points: number): number {
  return (points / 0.75 - 5) / 7;
}

export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 1e6) / 1e6;
}

const HALIGN_TO_XLSX: Record<string, ExcelJS.Alignment["horizontal"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

const HALIGN_FROM_XLSX: Record<string, string> = Object.fromEntries(Object.entries(HALIGN_TO_XLSX).map(([k, v]) => [v as string, k]));

function argb(color: string): { argb: string } {
  return { argb: `FF${color.slice(1).toUpperCase()}` };
}

function fromArgb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const value = color?.argb;
  if (typeof value !== "string" || value.length < 6) return undefined;
  return `#${value.slice(-6).toUpperCase()}`;
}

function stateOf(source: ExcelSimulator | WorkbookState): WorkbookState {
  return "sheets" in source && Array.isArray(source.sheets) ? (source as WorkbookState) : (source as ExcelSimulator).state();
}

function styleToExcel(
  style: CellStyle,
  target: { numFmt?: string; fill?: ExcelJS.Fill; font?: Partial<ExcelJS.Font>; alignment?: Partial<ExcelJS.Alignment> },
): void {
  if (style.nf !== undefined) target.numFmt = style.nf;
  if (style.fill !== undefined) target.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill), bgColor: argb(style.fill) };
  if (style.color !== undefined || style.bold !== undefined || style.italic !== undefined) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.color !== undefined) font.color = argb(style.color);
    if (style.bold) font.bold = true;
    if (style.italic) font.italic = true;
    target.font = font;
  }
  if (style.wrap !== undefined || style.halign !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.wrap) alignment.wrapText = true;
    if (style.halign !== undefined) alignment.horizontal = HALIGN_TO_XLSX[style.halign];
    target.alignment = alignment;
  }
}

function cellValueToExcel(cell: CellModel): ExcelJS.CellValue {
  if (cell.f !== undefined) return { formula: cell.f.slice(1), result: cell.v === "" ? undefined : cell.v } as ExcelJS.CellFormulaValue;
  if (cell.v === "") return null;
  return cell.v;
}

type TotalsFunction = NonNullable<ExcelJS.TableColumnProperties["totalsRowFunction"]>;

/** SUBTOTAL's function numbers and the totalsRowFunction values of the file format. */
const TOTALS_FUNCTIONS: Record<string, TotalsFunction> = {
  "101": "average",
  "102": "countNums",
  "103": "count",
  "104": "max",
  "105": "min",
  "106": "stdDev",
  "107": "var",
  "109": "sum",
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * What a total-row cell is in the file format: a SUBTOTAL of its own column (as Excel's Total Row
 * writes it, with or without the table's name) is a totals function, text a label; anything else
 * stays a formula of the cell only (custom formulas of a hidden total row are not kept in files).
 */
function totalsOf(text: string | undefined, table: string, column: string): { fn?: TotalsFunction; label?: string } {
  if (text === undefined || text === "") return {};
  if (!text.startsWith("=")) return { label: text };
  const code = subtotalCode(text, table, column);
  const fn = code === undefined ? undefined : TOTALS_FUNCTIONS[code];
  return fn === undefined ? {} : { fn };
}

/** The function number of =SUBTOTAL(109,[Shares]) or =SUBTOTAL(109,Table1[Shares]) of that column. */
function subtotalCode(formula: string, table: string, column: string): string | undefined {
  const own = new RegExp(`^=SUBTOTAL\\((\\d{3}),\\s*(?:${escapeRegExp(table)})?\\[${escapeRegExp(escapeColumnName(column))}\\]\\)$`, "i");
  return own.exec(formula)?.[1];
}

function addTable(ws: ExcelJS.Worksheet, sheet: SheetModel, t: TableModel): void {
  const headers = tableHeaderNames(sheet, t);
  const body = bodyRect(t);
  const total = totalRect(t);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = body.r0; r <= body.r1; r++) {
    const line: ExcelJS.CellValue[] = [];
    for (let c = body.c0; c <= body.c1; c++) {
      const cell = sheet.cells.get(cellKey(r, c));
      line.push(cell ? cellValueToExcel(cell) : null);
    }
    rows.push(line);
  }
  const totalText = (i: number): string | undefined => {
    if (total === null) return t.hiddenTotals?.[t.columnIds[i] as number];
    const cell = sheet.cells.get(cellKey(total.r0, total.c0 + i));
    return cell === undefined ? undefined : (cell.f ?? (cell.v === "" ? undefined : String(cell.v)));
  };
  const totals = headers.map((name, i) => totalsOf(totalText(i), t.name, name));
  const added = ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: `${columnLetters(t.rect.c0)}${t.rect.r0 + 1}`,
    headerRow: true,
    totalsRow: total !== null,
    style: {
      theme: (t.style === "" ? undefined : t.style) as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: t.showBandedRows,
      showColumnStripes: t.showBandedColumns,
      showFirstColumn: t.highlightFirstColumn,
      showLastColumn: t.highlightLastColumn,
    },
    columns: headers.map((name, i) => ({
      name,
      filterButton: t.showFilterButton,
      totalsRowFunction: totals[i]?.fn ?? "none",
      ...(totals[i]?.label !== undefined ? { totalsRowLabel: totals[i]?.label } : {}),
    })),
    rows,
  });
  // exceljs labels the first column "Total" unless told otherwise: only what the table holds.
  const columns = (added as unknown as { table: { columns: ExcelJS.TableColumnProperties[] } }).table.columns;
  columns.forEach((column, i) => {
    if (totals[i]?.label === undefined) delete column.totalsRowLabel;
  });
  if (total !== null) {
    // The total row's cells as the table holds them (the cells loop writes the others); a
    // SUBTOTAL names its table in the file, as Excel writes it.
    headers.forEach((name, i) => {
      const target = ws.getCell(total.r0 + 1, total.c0 + i + 1);
      const fn = totals[i]?.fn;
      const code = Object.keys(TOTALS_FUNCTIONS).find((k) => TOTALS_FUNCTIONS[k] === fn);
      target.value = code !== undefined ? ({ formula: `SUBTOTAL(${code},${t.name}[${escapeColumnName(name)}])` } as ExcelJS.CellFormulaValue) : null;
    });
  }
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: CondFormatModel): void {
  if (cf.formula === "") return;
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill !== null) style.fill = { type: "pattern", pattern: "solid", bgColor: argb(cf.fill), fgColor: argb(cf.fill) };
  if (cf.fontColor !== null || cf.bold !== null || cf.italic !== null) {
    const font: Partial<ExcelJS.Font> = {};
    if (cf.fontColor !== null) font.color = argb(cf.fontColor);
    if (cf.bold !== null) font.bold = cf.bold;
    if (cf.italic !== null) font.italic = cf.italic;
    style.font = font;
  }
  ws.addConditionalFormatting({
    ref: cf.ranges.map((r) => formatRect(r)).join(" "),
    rules: [
      {
        type: "expression",
        priority: cf.priority + 1,
        formulae: [cfFormulaAtTopLeft(cf).replace(/^=/, "")],
        style,
        stopIfTrue: cf.stopIfTrue,
      } as ExcelJS.ConditionalFormattingRule,
    ],
  });
}

export interface ExportOptions {
  /** Id of the add-in the settings belong to (the manifest's <Id>). */
  addinId?: string;
}

const DEFAULT_ADDIN_ID = "00000000-0000-0000-0000-000000000000";

/** The workbook as .xlsx bytes. */
export async function exportXlsx(source: ExcelSimulator | WorkbookState, options: ExportOptions = {}): Promise<Uint8Array> {
  const state = stateOf(source);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Excel simulator";
  for (const sheet of state.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden",
      properties: sheet.tabColor ? { tabColor: argb(sheet.tabColor) } : {},
      views: [{ showGridLines: sheet.showGridlines }],
    });
    for (const [col, style] of sheet.colStyles) {
      const column = ws.getColumn(col + 1);
      const target: { numFmt?: string; fill?: ExcelJS.Fill; font?: Partial<ExcelJS.Font>; alignment?: Partial<ExcelJS.Alignment> } = {};
      styleToExcel(style, target);
      if (target.numFmt !== undefined) column.numFmt = target.numFmt;
      if (target.fill !== undefined) column.fill = target.fill;
      if (target.font !== undefined) column.font = target.font;
      if (target.alignment !== undefined) column.alignment = target.alignment;
    }
    for (const [col, width] of sheet.colWidths) ws.getColumn(col + 1).width = pointsToChars(width);
    for (const col of hiddenColsOf(sheet)) ws.getColumn(col + 1).hidden = true;
    const ownTables = state.tables.filter((t) => t.sheetId === sheet.id);
    for (const t of ownTables) addTable(ws, sheet, t);
    const totalsFunctionCell = (row: number, col: number): boolean =>
      ownTables.some((t) => {
        const total = totalRect(t);
        if (total === null || row !== total.r0 || col < total.c0 || col > total.c1) return false;
        const cell = sheet.cells.get(cellKey(row, col));
        return totalsOf(cell?.f, t.name, tableHeaderNames(sheet, t)[col - total.c0] as string).fn !== undefined;
      });
    for (const [key, cell] of sheet.cells) {
      const target = ws.getCell(keyRow(key) + 1, keyCol(key) + 1);
      if (!totalsFunctionCell(keyRow(key), keyCol(key))) target.value = cellValueToExcel(cell);
      const style: { numFmt?: string; fill?: ExcelJS.Fill; font?: Partial<ExcelJS.Font>; alignment?: Partial<ExcelJS.Alignment> } = {};
      styleToExcel(cell, style);
      target.numFmt = style.numFmt ?? "General";
      if (style.fill !== undefined) target.fill = style.fill;
      if (style.font !== undefined) target.font = style.font;
      if (style.alignment !== undefined) target.alignment = style.alignment;
    }
    for (const [key, note] of sheet.notes) ws.getCell(keyRow(key) + 1, keyCol(key) + 1).note = note.content;
    // Hidden rows (by a person or a filter: <row hidden="1">). exceljs writes a row only when it
    // has a cell with content or a height: a hidden row gets its height (15 points by default).
    for (const r of hiddenRowsOf(sheet)) {
      const row = ws.getRow(r + 1);
      row.hidden = true;
      row.height = sheet.rowHeights.get(r) ?? 15;
    }
    // After the cells: exceljs gives the other cells of a merged area the top-left cell's style.
    for (const m of mergesOf(sheet)) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
    for (const cf of [...sheet.condFormats].sort((a, b) => a.priority - b.priority)) addConditionalFormat(ws, cf);
    if (sheet.protected) await ws.protect(sheet.password ?? "", {});
  }
  const active = state.sheets.findIndex((s) => s.id === state.activeSheetId);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 10000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" }];
  for (const n of state.names) {
    if (n.scopeSheetId !== null || n.ref.kind !== "range") continue;
    const sheet = findSheetById(state, n.ref.sheetId);
    if (sheet) wb.definedNames.add(qualifiedAddress(sheet.name, n.ref.rect, true), n.name);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return addPackageParts(await addTableFilters(new Uint8Array(buffer as ArrayBuffer), state), state, options.addinId ?? DEFAULT_ADDIN_ID);
}

/** Table filter criteria and sort state, which exceljs does not write (xlsx-filters.ts). */
async function addTableFilters(bytes: Uint8Array, state: WorkbookState): Promise<Uint8Array> {
  if (!state.tables.some((t) => (t.filters !== undefined && Object.keys(t.filters).length > 0) || t.sort !== undefined)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  if (!(await writeTableFilters(zip, state.tables))) return bytes;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const CUSTOM_PROPS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const TASKPANES_TYPE = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const WEBEXT_TYPE = "http://schemas.microsoft.com/office/2011/relationships/webextension";

function customPropertyXml(p: CustomPropertyModel, pid: number): string {
  const tag = p.type === "Boolean" ? "vt:bool" : p.type === "Number" ? "vt:i4" : p.type === "Float" ? "vt:r8" : p.type === "Date" ? "vt:filetime" : "vt:lpwstr";
  const value = p.type === "Boolean" ? (p.value ? "true" : "false") : escapeXml(String(p.value));
  return `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${escapeXml(p.key)}"><${tag}>${value}</${tag}></property>`;
}

async function addPackageParts(bytes: Uint8Array, state: WorkbookState, addinId: string): Promise<Uint8Array> {
  if (state.customProps.length === 0 && state.settings.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  let rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  let nextRel = 100;
  if (state.customProps.length > 0) {
    const props = state.customProps.map((p, i) => customPropertyXml(p, i + 2)).join("");
    zip.file(
      "docProps/custom.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`,
    );
    types = types.replace(
      "</Types>",
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    );
    rels = rels.replace("</Relationships>", `<Relationship Id="rId${nextRel++}" Type="${CUSTOM_PROPS_TYPE}" Target="docProps/custom.xml"/></Relationships>`);
  }
  if (state.settings.length > 0) {
    const properties = state.settings.map((s) => `<we:property name="${escapeXml(s.key)}" value="${escapeXml(JSON.stringify(s.value))}"/>`).join("");
    zip.file(
      "xl/webextensions/webextension1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{${addinId.toUpperCase()}}"><we:reference id="${escapeXml(addinId)}" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
    );
    zip.file(
      "xl/webextensions/taskpanes.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="1"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
    );
    zip.file(
      "xl/webextensions/_rels/taskpanes.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${WEBEXT_TYPE}" Target="webextension1.xml"/></Relationships>`,
    );
    types = types.replace(
      "</Types>",
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
    );
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="rId${nextRel++}" Type="${TASKPANES_TYPE}" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    );
  }
  zip.file("[Content_Types].xml", types);
  zip.file("_rels/.rels", rels);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// -----------------------------------------------------------------------------------------
// Import

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function dateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

function importValue(value: ExcelJS.CellValue, cell: CellModel): void {
  if (value === null || value === undefined) return;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    cell.v = value;
    return;
  }
  if (value instanceof Date) {
    cell.v = dateToSerial(value);
    return;
  }
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.formula === "string" || typeof v.sharedFormula === "string") {
    const formula = (v.formula as string | undefined) ?? "";
    cell.f = `=${formula}`;
    const result = v.result;
    cell.v =
      typeof result === "number" || typeof result === "string" || typeof result === "boolean" ? result : result instanceof Date ? dateToSerial(result) : 0;
    return;
  }
  if (Array.isArray(v.richText)) {
    cell.v = (v.richText as { text: string }[]).map((p) => p.text).join("");
    return;
  }
  if (typeof v.text === "string") {
    cell.v = v.text;
    return;
  }
  if (typeof v.error === "string") cell.v = v.error;
}

function importStyle(source: Partial<ExcelJS.Style>, target: CellStyle): void {
  if (source.numFmt && source.numFmt !== "General") target.nf = source.numFmt;
  const fill = source.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") {
    const color = fromArgb(fill.fgColor) ?? fromArgb(fill.bgColor);
    if (color !== undefined) target.fill = color;
  }
  const color = fromArgb(source.font?.color);
  if (color !== undefined) target.color = color;
  if (source.font?.bold) target.bold = true;
  if (source.font?.italic) target.italic = true;
  if (source.alignment?.wrapText) target.wrap = true;
  const h = source.alignment?.horizontal;
  if (h !== undefined && HALIGN_FROM_XLSX[h] !== undefined) target.halign = HALIGN_FROM_XLSX[h];
}

function noteText(note: unknown): string | undefined {
  if (typeof note === "string") return note;
  if (note && typeof note === "object" && Array.isArray((note as { texts?: unknown }).texts)) {
    return ((note as { texts: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
  }
  return undefined;
}

function parseRef(ref: string): Rect[] {
  return ref
    .split(/\s+/)
    .filter((p) => p !== "")
    .map((p) => parseLocalRange(p.replace(/\$/g, "")))
    .filter((r): r is Rect => r !== null);
}

/** The sheet's <mergeCells>, as exceljs keeps them (by top-left address; bounds 1-based). */
function importedMerges(ws: ExcelJS.Worksheet): Rect[] {
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges)
    .map((m) => ({ r0: m.top - 1, c0: m.left - 1, r1: m.bottom - 1, c1: m.right - 1 }))
    .filter((r) => r.r1 > r.r0 || r.c1 > r.c0);
}

/**
 * Every cell exceljs holds for the sheet, styled empty ones included, and none of the gaps between
 * them: eachRow/eachCell with includeEmpty make a row or cell object for every position up to the
 * last one, so one cell in column XFD on each of 400 rows cost 6.5 million cell objects (1.6 GB).
 * exceljs keeps rows and cells in sparse arrays, whose forEach skips the holes.
 */
function eachStoredCell(ws: ExcelJS.Worksheet, visit: (cell: ExcelJS.Cell) => void): void {
  const rows = (ws as unknown as { _rows: ({ _cells: (ExcelJS.Cell | undefined)[] } | undefined)[] })._rows;
  rows.forEach((row) => row?._cells.forEach((cell) => cell && visit(cell)));
}

interface LoadedTable {
  table: {
    name: string;
    displayName?: string;
    tableRef?: string;
    ref?: string;
    headerRow?: boolean;
    totalsRow?: boolean;
    style?: { theme?: string; showRowStripes?: boolean; showColumnStripes?: boolean; showFirstColumn?: boolean; showLastColumn?: boolean };
    columns?: { name: string; filterButton?: boolean; totalsRowLabel?: string; totalsRowFunction?: string }[];
    autoFilterRef?: string;
  };
}

/**
 * Reads .xlsx bytes into a workbook state for `createExcelSimulator({ state })`. A file that is no
 * workbook, or one too large or built to exhaust memory, throws XlsxRefusedError (xlsx-guard.ts).
 */
export async function importXlsx(data: Uint8Array | ArrayBuffer): Promise<WorkbookState> {
  const bytes = toBytes(data);
  const zip = await openXlsxPackage(bytes);
  const rawNumbers = await readRawNumbers(zip);
  // Table filters and sort states are read here; exceljs gets parts it can load (xlsx-filters.ts).
  const fileFilters = await readTableFilters(zip);
  const loadBytes = fileFilters.changed ? await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
  const wb = new ExcelJS.Workbook();
  // exceljs expands each data validation to one entry per cell (a whole column: a million), and
  // the simulator has no data validations.
  await wb.xlsx.load(loadBytes.buffer.slice(loadBytes.byteOffset, loadBytes.byteOffset + loadBytes.byteLength) as ArrayBuffer, {
    ignoreNodes: ["dataValidations"],
  });
  const state = emptyWorkbook([]);
  for (const ws of wb.worksheets) {
    const sheet = newSheet(state, ws.name);
    sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
    const tab = fromArgb(ws.properties?.tabColor);
    if (tab !== undefined) sheet.tabColor = tab;
    const view = ws.views?.[0] as { showGridLines?: boolean } | undefined;
    if (view?.showGridLines === false) sheet.showGridlines = false;
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    if (protection?.sheet) sheet.protected = true;
    const columns = (ws.columns ?? []) as Partial<ExcelJS.Column>[];
    const hiddenCols: number[] = [];
    columns.forEach((column, i) => {
      if (column === undefined || column === null) return;
      if (column.hidden) hiddenCols.push(i);
      // A hidden column exceljs wrote without a width of its own has exceljs's default width (9).
      const defaultWidth = column.hidden && (column as { isCustomWidth?: boolean }).isCustomWidth === false;
      if (typeof column.width === "number" && (column as { customWidth?: boolean }).customWidth !== false && !defaultWidth)
        sheet.colWidths.set(i, charsToPoints(column.width));
      const style: CellStyle = {};
      if (column.style) importStyle(column.style, style);
      if (Object.keys(style).length > 0) sheet.colStyles.set(i, style);
    });
    const raw = rawNumbers.get(ws.name);
    eachStoredCell(ws, (c) => {
      const r = Number(c.row) - 1;
      const col = Number(c.col) - 1;
      const cell: CellModel = { v: "" };
      // exceljs reads the other cells of a merged area as the top-left cell's value.
      if (c.master.address === c.address) importValue(c.value, cell);
      // exceljs turns date-formatted numbers into Date objects (millisecond precision): take
      // the number as stored in the file instead.
      const stored = raw?.get(c.address);
      if (stored !== undefined && (c.value instanceof Date || (c.value as { result?: unknown } | null)?.result instanceof Date)) cell.v = stored;
      importStyle(c.style ?? {}, cell);
      const colStyle = sheet.colStyles.get(col);
      if (colStyle !== undefined) {
        for (const [k, v] of Object.entries(colStyle))
          if ((cell as unknown as Record<string, unknown>)[k] === v) delete (cell as unknown as Record<string, unknown>)[k];
      }
      const keys = Object.keys(cell).filter((k) => k !== "v");
      if (cell.v !== "" || keys.length > 0) sheet.cells.set(cellKey(r, col), cell);
      const note = noteText((c as unknown as { note?: unknown }).note);
      if (note !== undefined) sheet.notes.set(cellKey(r, col), { content: note, author: "" });
    });
    setMerges(sheet, importedMerges(ws));
    const hiddenRows: number[] = [];
    (ws as unknown as { _rows: ({ hidden?: boolean; number: number } | undefined)[] })._rows.forEach((row) => {
      if (row?.hidden) hiddenRows.push(row.number - 1);
    });
    if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows.sort((a, b) => a - b);
    if (hiddenCols.length > 0) sheet.hiddenCols = hiddenCols;
    state.sheets.push(sheet);
    const tables = Object.values((ws as unknown as { tables?: Record<string, LoadedTable> }).tables ?? {});
    for (const loaded of tables) {
      const t = loaded.table;
      const rect = parseLocalRange((t.tableRef ?? t.ref ?? "").replace(/\$/g, ""));
      if (rect === null) continue;
      const width = rect.c1 - rect.c0 + 1;
      const shown = t.totalsRow === true;
      const columnNames = (t.columns ?? []).map((c) => c.name);
      if (shown) ownSubtotals(sheet, rect.r1, rect.c0, t.name, columnNames);
      const hiddenTotals = shown ? {} : keptTotals(t.columns ?? []);
      const fromFile = fileFilters.byName.get(t.name);
      state.tables.push({
        ...tableFiltersOf(fromFile, rect),
        id: String(state.tables.length + 1),
        name: t.name,
        sheetId: sheet.id,
        rect,
        style: t.style?.theme ?? "",
        showHeaders: true,
        showTotals: shown,
        ...(Object.keys(hiddenTotals).length > 0 ? { hiddenTotals } : {}),
        showBandedRows: t.style?.showRowStripes ?? false,
        showBandedColumns: t.style?.showColumnStripes ?? false,
        showFilterButton:
          fromFile === undefined ? (t.columns ?? []).some((c) => c.filterButton !== false) : fromFile.autoFilter && fromFile.hiddenButtons.size < width,
        highlightFirstColumn: t.style?.showFirstColumn ?? false,
        highlightLastColumn: t.style?.showLastColumn ?? false,
        columnIds: Array.from({ length: width }, (_, i) => i + 1),
        nextColumnId: width + 1,
      });
    }
    const cfs = (ws as unknown as { conditionalFormattings?: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings ?? [];
    for (const cf of cfs) {
      const ranges = parseRef(cf.ref);
      const first = ranges[0];
      if (first === undefined) continue;
      for (const rule of cf.rules) {
        if (rule.type !== "expression" || !Array.isArray(rule.formulae)) continue;
        const style = (rule.style ?? {}) as Partial<ExcelJS.Style>;
        const fill = style.fill && style.fill.type === "pattern" ? (fromArgb(style.fill.bgColor) ?? fromArgb(style.fill.fgColor) ?? null) : null;
        sheet.condFormats.push({
          id: String(sheet.condFormats.length + 1 + state.seq),
          type: "Custom",
          ranges: ranges.map((r) => ({ ...r })),
          anchorRow: first.r0,
          anchorCol: first.c0,
          formula: `=${String(rule.formulae[0] ?? "")}`,
          fill,
          fontColor: fromArgb(style.font?.color) ?? null,
          bold: style.font?.bold ?? null,
          italic: style.font?.italic ?? null,
          priority: typeof rule.priority === "number" ? rule.priority - 1 : sheet.condFormats.length,
          stopIfTrue: rule.stopIfTrue === true,
        });
      }
    }
  }
  if (state.sheets.length === 0) state.sheets.push(newSheet(state, "Sheet1"));
  const activeTab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  state.activeSheetId = (state.sheets[activeTab] ?? state.sheets[0])?.id ?? "";
  for (const n of wb.definedNames.model ?? []) {
    const named = n as { name: string; ranges: string[]; localSheetId?: number };
    if (named.name.startsWith("_xlnm.") || named.localSheetId !== undefined) continue;
    const first = named.ranges[0];
    if (first === undefined) continue;
    const { sheet: sheetName, local } = splitSheet(first);
    const rect = parseLocalRange(local.replace(/\$/g, ""));
    const sheet = sheetName === undefined ? undefined : findSheetByName(state, sheetName);
    if (rect === null || !sheet) continue;
    state.names.push({ name: named.name, scopeSheetId: null, ref: { kind: "range", sheetId: sheet.id, rect }, comment: "", visible: true });
  }
  await readPackageParts(zip, state);
  state.seq += 1000;
  return state;
}

/** A table's filter criteria (by column id: 1, 2… on import) and sort state as read from its part. */
function tableFiltersOf(file: FileTableFilters | undefined, rect: Rect): Pick<TableModel, "filters" | "sort"> {
  if (file === undefined) return {};
  const width = rect.c1 - rect.c0 + 1;
  const filters: Record<number, NonNullable<TableModel["filters"]>[number]> = {};
  for (const [offset, criteria] of file.criteria) if (offset >= 0 && offset < width) filters[offset + 1] = criteria;
  const keys = (file.sort?.keys ?? []).filter((k) => k.column >= rect.c0 && k.column <= rect.c1);
  return {
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    ...(file.sort !== undefined && keys.length > 0
      ? {
          sort: {
            fields: keys.map((k) => ({ key: k.column - rect.c0, ascending: k.ascending, sortOn: "Value" as const, dataOption: "Normal" as const })),
            matchCase: file.sort.matchCase,
            method: "PinYin" as const,
          },
        }
      : {}),
  };
}

/** A total-row SUBTOTAL naming its own table (as files have it) reads as Excel shows it: =SUBTOTAL(109,[Shares]). */
function ownSubtotals(sheet: SheetModel, row: number, c0: number, table: string, columns: string[]): void {
  columns.forEach((name, i) => {
    const cell = sheet.cells.get(cellKey(row, c0 + i));
    if (cell?.f === undefined) return;
    const code = subtotalCode(cell.f, table, name);
    if (code !== undefined) cell.f = `=SUBTOTAL(${code},[${escapeColumnName(name)}])`;
  });
}

/** What a hidden total row holds, from the file's totalsRowFunction and totalsRowLabel, by column id (1, 2…). */
function keptTotals(columns: { name: string; totalsRowLabel?: string; totalsRowFunction?: string }[]): Record<number, string> {
  const out: Record<number, string> = {};
  columns.forEach((c, i) => {
    const code = Object.keys(TOTALS_FUNCTIONS).find((k) => TOTALS_FUNCTIONS[k] === c.totalsRowFunction);
    if (code !== undefined) out[i + 1] = `=SUBTOTAL(${code},[${escapeColumnName(c.name)}])`;
    else if (c.totalsRowLabel !== undefined && c.totalsRowLabel !== "") out[i + 1] = c.totalsRowLabel;
  });
  return out;
}

/**
 * The <c> elements of a sheet's XML that have content, found with indexOf: time linear in the
 * text and no regular-expression backtracking, which a cell of a million rich-text runs overflows.
 */
function* cellElements(xml: string): Generator<{ attrs: string; content: string }> {
  for (let at = xml.indexOf("<c"); at !== -1; at = xml.indexOf("<c", at)) {
    const close = xml.indexOf(">", at);
    if (close === -1) return;
    if (!/[\s>/]/.test(xml.charAt(at + 2)) || xml.charAt(close - 1) === "/") {
      at = close;
      continue;
    }
    const end = xml.indexOf("</c>", close);
    if (end === -1) return;
    yield { attrs: xml.slice(at + 2, close), content: xml.slice(close + 1, end) };
    at = end + 4;
  }
}

/** Numbers as written in each sheet's XML, by sheet name and cell address. */
async function readRawNumbers(zip: JSZip): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  // [^<>] rather than [^>] in these patterns: a scan never runs on over the next tag, so a part
  // full of unclosed tags costs linear time, not quadratic.
  for (const m of rels.matchAll(/<Relationship\b[^<>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  for (const m of workbook.matchAll(/<sheet\b[^<>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name === undefined || target === undefined) continue;
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const numbers = new Map<string, number>();
    for (const { attrs, content } of cellElements(xml)) {
      const type = /\bt="([^"]*)"/.exec(attrs)?.[1];
      if (type !== undefined && type !== "n") continue;
      const address = /\br="([^"]*)"/.exec(attrs)?.[1];
      const v = /<v>([^<]*)<\/v>/.exec(content)?.[1];
      if (address !== undefined && v !== undefined && v.trim() !== "" && Number.isFinite(Number(v))) numbers.set(address, Number(v));
    }
    out.set(unescapeXml(name), numbers);
  }
  return out;
}

async function readPackageParts(zip: JSZip, state: WorkbookState): Promise<void> {
  const custom = await zip.file("docProps/custom.xml")?.async("string");
  if (custom !== undefined) {
    const re = /<property\b[^<>]*?\bname="([^"]*)"[^<>]*>\s*<vt:(\w+)>([^<]*)<\/vt:\2>\s*<\/property>/g;
    for (let m = re.exec(custom); m !== null; m = re.exec(custom)) {
      const key = unescapeXml(m[1] as string);
      const tag = m[2] as string;
      const text = unescapeXml(m[3] as string);
      if (tag === "bool") state.customProps.push({ key, value: text === "true" || text === "1", type: "Boolean" });
      else if (tag === "i4" || tag === "i8" || tag === "int") state.customProps.push({ key, value: Number(text), type: "Number" });
      else if (tag === "r8" || tag === "r4" || tag === "decimal") state.customProps.push({ key, value: Number(text), type: "Float" });
      else if (tag === "filetime" || tag === "date") state.customProps.push({ key, value: new Date(text).toISOString(), type: "Date" });
      else state.customProps.push({ key, value: text, type: "String" });
    }
  }
  for (const name of Object.keys(zip.files)
    .filter((f) => /^xl\/webextensions\/webextension\d*\.xml$/.test(f))
    .sort()) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const re = /<we:property\b[^<>]*?\bname="([^"]*)"[^<>]*?\bvalue="([^"]*)"/g;
    for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
      let value: unknown;
      try {
        value = JSON.parse(unescapeXml(m[2] as string));
      } catch {
        value = unescapeXml(m[2] as string);
      }
      state.settings.push({ key: unescapeXml(m[1] as string), value });
    }
  }
}

/** A simulator whose workbook is read from .xlsx bytes. */
export async function createExcelSimulatorFromXlsx(data: Uint8Array | ArrayBuffer, options: Omit<SimulatorOptions, "state"> = {}): Promise<ExcelSimulator> {
  return createExcelSimulator({ ...options, state: await importXlsx(data) });
}
