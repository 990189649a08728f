// Applies a plan in ONE round trip (one context.sync), or in a few more only when the write is
// larger than Excel's request-size cap (5 MB on the web): then the table bodies go in chunks.
// Values are written in bulk per table (never a row-by-row loop); number formats first, so that
// text columns are text ("@") before any value lands in them.

import type { ExcelRun } from "./excel-run";
import { STATE_SHEET, columnLetter } from "./layout";
import { ENTERPRISE_NUMBER_NAME } from "../permanent-data/tables";
import { MANUAL_ROW_FILL, TABLE_STYLE, type TableWrite, type WritePlan } from "./plan";

/** Excel on the web's request-size cap. */
export const DEFAULT_MAX_REQUEST_BYTES = 5_000_000;
/** The share of the cap our arrays may fill: the request also carries paths, headers and rules. */
const PAYLOAD_SHARE = 0.8;

export function applyPlan(run: ExcelRun, plan: WritePlan, maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES): Promise<void> {
  const budget = Math.floor(maxRequestBytes * PAYLOAD_SHARE);
  return run(async (context) => {
    const wb = context.workbook;
    let pending = 0;
    /** Sends what is queued first when this payload would not fit beside it (only ever above the cap). */
    const room = async (bytes: number) => {
      if (pending > 0 && pending + bytes > budget) {
        // One more round trip per chunk is the price of fitting under the cap.
        await context.sync();
        pending = 0;
      }
      pending += bytes;
    };
    // A first sync shows the sheet it created, so the accountant sees what arrived.
    if (plan.home.create) wb.worksheets.add(plan.home.sheet).activate();
    const chunks = plan.tables.flatMap((t) => chunksOf(t, budget));
    for (const t of plan.tables) {
      const sheet = wb.worksheets.getItem(t.sheet);
      const rows = Math.max(1, t.body.length);
      const cols = t.headers.length;
      const whole = sheet.getRangeByIndexes(t.row, t.column, rows + 1, cols);
      const header = sheet.getRangeByIndexes(t.row, t.column, 1, cols);
      header.numberFormat = [t.headers.map(() => "@")];
      header.values = [t.headers];
      if (t.create) {
        const table = sheet.tables.add(whole, true);
        table.name = t.name;
        table.style = TABLE_STYLE;
      } else {
        wb.tables.getItem(t.name).resize(whole);
        if (t.previousBodyRows > rows) {
          sheet.getRangeByIndexes(t.row + 1 + rows, t.column, t.previousBodyRows - rows, cols).clear("All");
        }
      }
      const body = sheet.getRangeByIndexes(t.row + 1, t.column, rows, cols);
      body.conditionalFormats.clearAll();
      if (t.manualRule) {
        const first = t.row + 2; // the body's first row, 1-based, as Excel's rule formulas want it
        const link = columnLetter(t.column + t.manualRule.linkColumn);
        const name = columnLetter(t.column + t.manualRule.nameColumn);
        const rule = body.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        rule.custom.rule.formula = `=AND($${link}${first}="",$${name}${first}<>"")`;
        rule.custom.format.fill.color = MANUAL_ROW_FILL;
      }
    }
    // Bodies, chunked only when the payload requires it.
    for (const chunk of chunks) {
      const t = chunk.table;
      const cols = t.headers.length;
      const sheet = wb.worksheets.getItem(t.sheet);
      await room(chunk.bytes);
      const range = sheet.getRangeByIndexes(t.row + 1 + chunk.from, t.column, chunk.to - chunk.from, cols);
      range.numberFormat = chunk.numberFormats;
      range.formulas = chunk.body;
    }
    for (const t of plan.tables) {
      wb.worksheets.getItem(t.sheet).getRangeByIndexes(t.row, t.column, Math.max(1, t.body.length) + 1, t.headers.length).format.autofitColumns();
    }

    if (plan.state.create) {
      const state = wb.worksheets.add(STATE_SHEET);
      state.visibility = "VeryHidden" as Excel.SheetVisibility;
    }
    // The snapshot goes last: should a chunked write fail halfway, the old snapshot still
    // describes what was imported before, and the next sync compares against it.
    const stateSheet = wb.worksheets.getItem(STATE_SHEET);
    stateSheet.getRange().clear("All");
    for (const part of slices(plan.state.rows, budget)) {
      await room(part.bytes);
      const range = stateSheet.getRangeByIndexes(part.from, 0, part.rows.length, 3);
      range.numberFormat = part.rows.map((r) => r.map(() => "@"));
      range.values = part.rows;
    }

    const n = plan.enterpriseNumberName;
    if (n) {
      if (n.exists) wb.names.getItem(ENTERPRISE_NUMBER_NAME).delete();
      wb.names.add(ENTERPRISE_NUMBER_NAME, wb.worksheets.getItem(n.sheet).getRangeByIndexes(n.row, n.column, 1, 1));
    }
    await context.sync();
  });
}

interface Chunk {
  table: TableWrite;
  from: number;
  to: number;
  body: TableWrite["body"];
  numberFormats: string[][];
  bytes: number;
}

/** The body of a table as one chunk, or as several when it alone exceeds the budget. */
function chunksOf(t: TableWrite, budget: number): Chunk[] {
  const cols = t.headers.length;
  const body = t.body.length > 0 ? t.body : [Array.from({ length: cols }, () => "")];
  const formats = t.body.length > 0 ? t.numberFormats : [Array.from({ length: cols }, () => "General")];
  return slices(
    body.map((row, i) => ({ row, format: formats[i]! })),
    budget,
    (line) => JSON.stringify(line.row).length + JSON.stringify(line.format).length,
  ).map((part) => ({
    table: t,
    from: part.from,
    to: part.from + part.rows.length,
    body: part.rows.map((line) => line.row),
    numberFormats: part.rows.map((line) => line.format),
    bytes: part.bytes,
  }));
}

/** Consecutive runs of rows whose estimated request size stays within the budget (one row at least). */
function slices<T>(rows: readonly T[], budget: number, size: (row: T) => number = (row) => 2 * JSON.stringify(row).length): { from: number; rows: T[]; bytes: number }[] {
  const out: { from: number; rows: T[]; bytes: number }[] = [];
  let from = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const own = size(row);
    if (i > from && bytes + own > budget) {
      out.push({ from, rows: rows.slice(from, i), bytes });
      from = i;
      bytes = 0;
    }
    bytes += own;
  });
  if (rows.length > from) out.push({ from, rows: rows.slice(from), bytes });
  return out;
}
