// The workbook's events the add-in listens to: a sheet activated (ExcelApi 1.7), reported by sheet
// name for the on-activation sync (its name look-up is one small round trip); and cells changed
// (ExcelApi 1.9), counted so that a sync can tell whether someone typed while it waited for
// AdminPulse.

import type { ExcelRun } from "./excel-run";

/** What the pane listens to; `stop` removes every handler. */
export interface WorkbookListeners {
  /** Cell changes counted; null where Excel has no change event. */
  changes: ChangeCounter | null;
  stop(): Promise<void>;
}

/** How many cell changes not made by this add-in Excel reported since the listening began. */
export interface ChangeCounter {
  readonly count: number;
}

/**
 * Calls `onActivated` with the sheet's name whenever a sheet is activated, and counts the cell
 * changes ([worksheets.onChanged](https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onchanged-member),
 * ExcelApi 1.9), so that a sync can tell whether someone typed while it waited for AdminPulse.
 * The add-in's own writes are told apart by `triggerSource` "ThisLocalAddin" (ExcelApi 1.14);
 * where Excel does not say, every change counts, which costs a sync at most one more read. Both
 * handlers are registered in one round trip, once for the session; an Excel refusing the change
 * event gets the activation handler alone.
 */
export async function listenToWorkbook(run: ExcelRun, onActivated: (sheetName: string) => void): Promise<WorkbookListeners> {
  let count = 0;
  const register = (withChanges: boolean) =>
    run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = [sheets.onActivated.add(async (event) => onActivated(await sheetName(run, event.worksheetId)))];
      if (withChanges) {
        added.push(
          sheets.onChanged.add(async (event) => {
            if ((event as { triggerSource?: string }).triggerSource !== "ThisLocalAddin") count++;
          }),
        );
      }
      await context.sync();
      return added;
    });
  const registrations = await register(true).catch(() => register(false));
  return {
    changes:
      registrations.length > 1
        ? {
            get count() {
              return count;
            },
          }
        : null,
    // As Microsoft documents: a handler is removed on the request context that added it.
    stop: () =>
      run(registrations[0]!.context, async (context) => {
        for (const r of registrations) r.remove();
        await context.sync();
      }),
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
