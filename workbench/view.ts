// What the grid shows of the simulated workbook: the visible sheets, the active one's extent,
// column widths, tables, and each cell as Excel would show it (read lazily, per visible cell).

import { columnLetters, parseAddress, type Rect } from "../simulator/address";
import type { CellInfo, ExcelSimulator } from "../simulator";
import { serialToDate } from "../simulator/values";

/** Excel's default column width (8.43 characters of Calibri 11) in CSS pixels. */
export const DEFAULT_COLUMN_PX = 64;
export const ROW_PX = 21;
export const HEADER_PX = 22;
export const ROW_HEADER_PX = 44;
/** Empty rows and columns shown beyond what the sheet uses, to type into. */
const EXTRA_ROWS = 30;
const EXTRA_COLUMNS = 6;
const MIN_ROWS = 60;
const MIN_COLUMNS = 16;

export interface TableView {
  name: string;
  rect: Rect;
  bandedRows: boolean;
}

export interface SheetView {
  /** Visible sheets, in order: the tabs. */
  tabs: string[];
  active: string;
  protected: boolean;
  rowCount: number;
  columnCount: number;
  columnPx: number[];
  /** Rows and columns hidden (by a person, a filter or the add-in), 0-based: not drawn, as in Excel. */
  hiddenRows: ReadonlySet<number>;
  hiddenColumns: ReadonlySet<number>;
  tables: TableView[];
  /** The cell as Excel shows it, read from the simulator on first use. */
  cell(row: number, col: number): CellInfo | undefined;
  syncCount: number;
  commandCount: number;
}

export function address(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function sheetView(sim: ExcelSimulator): SheetView {
  const whole = sim.snapshot();
  const active = sim.activeSheet();
  const sheet = whole.sheets.find((s) => s.name === active);
  let lastRow = -1;
  let lastCol = -1;
  const extend = (r: Rect) => {
    lastRow = Math.max(lastRow, r.r1);
    lastCol = Math.max(lastCol, r.c1);
  };
  const tables: TableView[] = [];
  if (sheet) {
    for (const a of [...Object.keys(sheet.cells), ...Object.keys(sheet.notes)]) extend(parseAddress(a).rect);
    for (const t of whole.tables) {
      if (t.sheet !== active) continue;
      const rect = parseAddress(t.address).rect;
      extend(rect);
      tables.push({ name: t.name, rect, bandedRows: t.showBandedRows });
    }
  }
  const columnCount = Math.max(lastCol + 1 + EXTRA_COLUMNS, MIN_COLUMNS);
  const hiddenColumns = new Set((sheet?.hiddenColumns ?? []).map((letters) => parseAddress(`${letters}1`).rect.c0));
  const hiddenRows = new Set((sheet?.hiddenRows ?? []).map((row) => row - 1));
  const columnPx = Array.from({ length: columnCount }, (_, col) => {
    if (hiddenColumns.has(col)) return 0;
    const points = sheet?.columnWidths[columnLetters(col)];
    return points === undefined ? DEFAULT_COLUMN_PX : Math.max(8, Math.round((points * 4) / 3));
  });
  const cache = new Map<number, CellInfo | undefined>();
  return {
    tabs: whole.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name),
    active,
    protected: sheet?.protected ?? false,
    rowCount: Math.max(lastRow + 1 + EXTRA_ROWS, MIN_ROWS),
    columnCount,
    columnPx,
    hiddenRows,
    hiddenColumns,
    tables,
    cell(row, col) {
      const key = row * 16_384 + col;
      if (!cache.has(key)) {
        let info: CellInfo | undefined;
        try {
          info = sheet ? sim.cell(active, address(row, col)) : undefined;
        } catch {
          info = undefined; // the sheet went away since this view was made
        }
        cache.set(key, info);
      }
      return cache.get(key);
    },
    syncCount: sim.syncCount,
    commandCount: sim.commandCount,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Whether the simulator shows this number format as a date (as simulator/values.ts decides). */
export function isDateFormat(numberFormat: string): boolean {
  return /[dy]/i.test(numberFormat) && !/^[#0.,%]*$/.test(numberFormat) && numberFormat !== "@";
}

/**
 * What the formula bar shows and an edit starts from: the formula, else the value in a form the
 * simulator reads back as the same value (dates as ISO yyyy-mm-dd, percentages with %).
 */
export function editText(c: CellInfo | undefined): string {
  if (!c) return "";
  if (c.formula !== null) return c.formula;
  if (typeof c.value === "boolean") return c.value ? "TRUE" : "FALSE";
  if (typeof c.value === "number") {
    if (isDateFormat(c.numberFormat)) {
      const d = serialToDate(c.value);
      const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      return /h/i.test(c.numberFormat) ? `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date;
    }
    if (/%/.test(c.numberFormat)) return c.text;
    return String(c.value);
  }
  return c.value;
}
