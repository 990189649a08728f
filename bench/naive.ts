// The naive add-in the benchmark compares against: the same AdminPulse client reading one request
// at a time (concurrency 1, no cache, every relation's detail), and a writer that puts each row
// into the sheet with its own range write and its own context.sync, as add-ins written without
// Office.js's batching in mind do. Same data, same rows: only the round trips differ.

import type { AdminPulseClient } from "../src/adminpulse";
import type { Language } from "../src/i18n/language";
import { mapCompany } from "../src/permanent-data/mapping";
import { toTableRows } from "../src/permanent-data/rows";
import type { CellValue } from "../src/permanent-data/merge";
import { TABLES } from "../src/permanent-data/tables";
import type { ExcelRun } from "../src/workbook/excel-run";

export async function naiveSync(options: { client: AdminPulseClient; run: ExcelRun; enterpriseNumber: string; language: Language }): Promise<{ rows: number }> {
  const data = mapCompany(await options.client.fetchCompany(options.enterpriseNumber));
  const tables = toTableRows(data, options.language);
  let written = 0;
  await options.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Naive");
    await context.sync();
    let top = 0;
    for (const [table, rows] of Object.entries(tables)) {
      const columns: readonly string[] = TABLES[table as keyof typeof tables].columns;
      sheet.getRangeByIndexes(top, 0, 1, columns.length).values = [[...columns]];
      // The point of this writer: one round trip per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const row of rows) {
        top++;
        sheet.getRangeByIndexes(top, 0, 1, columns.length).values = [columns.map((c) => cell(row.cells[c]))];
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        written++;
      }
      top += 2;
    }
  });
  return { rows: written };
}

function cell(value: CellValue | undefined): string | number | boolean {
  return value === null || value === undefined ? "" : value;
}
