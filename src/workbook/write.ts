// Applies a plan in ONE round trip (one context.sync), or in a few more only when the write is
// larger than Excel's request-size cap (5 MB on the web): then the table bodies go in chunks.
// Values are written in bulk per table (never a row-by-row loop); number formats first, so that
// text columns are text ("@") before any value lands in them.

import type { ExcelRun } from "./excel-run";
import { STATE_SHEET, columnLetter } from "./layout";
import { ENTERPRISE_NUMBER_NAME } from "../permanent-data/tables";
import { MANUAL_ROW_FILL, TABLE_STYLE, type TableWrite, type WritePlan } from "./plan";

/** Stay well under the 5 MB cap of Excel on the web: the request carries more than our arrays. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

export function applyPlan(run: ExcelRun, plan: WritePlan, maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES): Promise<void> {
  return run(async (context) => {
    const wb = context.workbook;
    if (plan.home.create) wb.worksheets.add(plan.home.sheet);
    const chunks = plan.tables.flatMap((t) => chunksOf(t, maxRequestBytes));
    let pending = 0;
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
      if (pending > 0 && pending + chunk.bytes > maxRequestBytes) {
        // Only above Excel's request-size cap: one more round trip per chunk is the price of fitting.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        pending = 0;
      }
      const range = sheet.getRangeByIndexes(t.row + 1 + chunk.from, t.column, chunk.to - chunk.from, cols);
      range.numberFormat = chunk.numberFormats;
      range.formulas = chunk.body;
      pending += chunk.bytes;
    }
    for (const t of plan.tables) {
      wb.worksheets.getItem(t.sheet).getRangeByIndexes(t.row, t.column, Math.max(1, t.body.length) + 1, t.headers.length).format.autofitColumns();
    }

    if (plan.state.create) {
      const state = wb.worksheets.add(STATE_SHEET);
      state.visibility = "VeryHidden" as Excel.SheetVisibility;
    }
    const stateSheet = wb.worksheets.getItem(STATE_SHEET);
    stateSheet.getRange().clear("All");
    if (plan.state.rows.length > 0) {
      const range = stateSheet.getRangeByIndexes(0, 0, plan.state.rows.length, 3);
      range.numberFormat = plan.state.rows.map((r) => r.map(() => "@"));
      range.values = plan.state.rows;
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

/** The body of a table as one chunk, or as several when it alone exceeds the cap. */
function chunksOf(t: TableWrite, maxBytes: number): Chunk[] {
  const cols = t.headers.length;
  const body = t.body.length > 0 ? t.body : [Array.from({ length: cols }, () => "")];
  const formats = t.body.length > 0 ? t.numberFormats : [Array.from({ length: cols }, () => "General")];
  const sizes = body.map((row, i) => JSON.stringify(row).length + JSON.stringify(formats[i]).length);
  const chunks: Chunk[] = [];
  let from = 0;
  let bytes = 0;
  sizes.forEach((size, i) => {
    if (i > from && bytes + size > maxBytes) {
      chunks.push({ table: t, from, to: i, body: body.slice(from, i), numberFormats: formats.slice(from, i), bytes });
      from = i;
      bytes = 0;
    }
    bytes += size;
  });
  chunks.push({ table: t, from, to: body.length, body: body.slice(from), numberFormats: formats.slice(from), bytes });
  return chunks;
}
