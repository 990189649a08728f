// The workbook layer reaches Excel through a `run` function shaped like Excel.run, so that the
// same code drives real Excel (Office.js) and the in-memory simulator of tests and the workbench.

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Excel.run as the add-in uses it: a batch on a new request context, or a batch on the context of
 * an earlier one, which is how Microsoft documents removing that batch's event handlers
 * (`Excel.run(eventResult.context, batch)`).
 */
export interface ExcelRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(previous: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

/** Excel.run's options form. */
export type RunWithOptions = <T>(options: Excel.RunOptions, batch: Batch<T>) => Promise<T>;

/**
 * Every batch with `delayForCellEdit` (ExcelApi 1.11): a sync that starts while the user is typing
 * in a cell waits until they leave the cell instead of failing. Older Excel ignores the option and
 * fails with InvalidOperationInCellEditMode, which the pane explains (sync/errors.ts).
 */
export function delayingForCellEdit(run: RunWithOptions): ExcelRun {
  return <T>(first: Batch<T> | OfficeExtension.ClientRequestContext, second?: Batch<T>): Promise<T> =>
    typeof first === "function" ? run({ delayForCellEdit: true }, first) : run({ delayForCellEdit: true, previousObjects: first }, second as Batch<T>);
}

/** The one place the add-in reaches real Excel. */
export const officeExcelRun: ExcelRun = delayingForCellEdit((options, batch) => Excel.run(options, batch));
