// Worksheet activation, the event the on-activation sync listens to (ExcelApi 1.7), reported by
// sheet name. The handler runs after Excel's own event; its name look-up is one small round trip.

import type { ExcelRun } from "./excel-run";

/** Calls `handler` with the sheet's name whenever a sheet is activated; resolves with a function that stops it. */
export async function onSheetActivated(run: ExcelRun, handler: (sheetName: string) => void): Promise<() => Promise<void>> {
  let context: Excel.RequestContext | null = null;
  const registration = await run(async (ctx) => {
    context = ctx;
    const added = ctx.workbook.worksheets.onActivated.add(async (event) => {
      handler(await sheetName(run, event.worksheetId));
    });
    await ctx.sync();
    return added;
  });
  return async () => {
    if (!context) return;
    // The office.js pattern: revive the registering context to remove its handler.
    await (run as unknown as (ctx: Excel.RequestContext, batch: (c: Excel.RequestContext) => Promise<void>) => Promise<void>)(context, async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
  };
}

function sheetName(run: ExcelRun, id: string): Promise<string> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(id);
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}
