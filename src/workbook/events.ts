// Worksheet activation, the event the on-activation sync listens to (ExcelApi 1.7), reported by
// sheet name. The handler runs after Excel's own event; its name look-up is one small round trip.

import type { ExcelRun } from "./excel-run";

/** Calls `handler` with the sheet's name whenever a sheet is activated; resolves with a function that stops it. */
export async function onSheetActivated(run: ExcelRun, handler: (sheetName: string) => void): Promise<() => Promise<void>> {
  const registration = await run(async (context) => {
    const added = context.workbook.worksheets.onActivated.add(async (event) => {
      handler(await sheetName(run, event.worksheetId));
    });
    await context.sync();
    return added;
  });
  // As Microsoft documents: a handler is removed on the request context that added it.
  return () =>
    run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
}

function sheetName(run: ExcelRun, id: string): Promise<string> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(id);
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}
