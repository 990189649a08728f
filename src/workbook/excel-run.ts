// The workbook layer reaches Excel through a `run` function shaped like Excel.run, so that the
// same code drives real Excel (Office.js) and the in-memory simulator of tests and the workbench.

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);
