// Shows a cell to the accountant: its sheet activated, the cell selected (a finding's cell).

import type { ExcelRun } from "./excel-run";

export function selectCell(run: ExcelRun, cell: { sheet: string; address: string }): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(cell.sheet);
    sheet.activate();
    sheet.getRange(cell.address).select();
    await context.sync();
  });
}
