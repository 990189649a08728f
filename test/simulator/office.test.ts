// The Office object, requirement sets, and the simulator used where Excel.run is expected.

import { createExcelSimulator, DEFAULT_REQUIREMENT_SETS } from "../../simulator";

describe("Office", () => {
  it("supports ExcelApi 1.18 by default, with version comparison as numbers", () => {
    const { requirements } = createExcelSimulator().office.context;
    expect(DEFAULT_REQUIREMENT_SETS.ExcelApi).toBe("1.18");
    expect(requirements.isSetSupported("ExcelApi", "1.18")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.19")).toBe(false);
    expect(requirements.isSetSupported("excelapi")).toBe(true);
    expect(requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
    expect(requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
  });

  it("emulates an older Excel, and removes a set with null", () => {
    const { requirements } = createExcelSimulator({ requirementSets: { ExcelApi: "1.9", SharedRuntime: null } }).office.context;
    expect(requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
  });

  it("has a settable display language, no partition key, and onReady", async () => {
    const sim = createExcelSimulator({ displayLanguage: "nl-BE" });
    expect(sim.office.context.displayLanguage).toBe("nl-BE");
    sim.office.context.displayLanguage = "fr-BE";
    expect(sim.office.context.displayLanguage).toBe("fr-BE");
    expect(sim.office.context.partitionKey).toBeUndefined();
    await expect(sim.office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
  });

  it("stands in for Excel.run in code written against @types/office-js", async () => {
    const sim = createExcelSimulator();
    // What src/workbook/ will do: take `run` with the signature of Excel.run.
    const run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> = sim.run;
    const readBack = async (): Promise<unknown[][]> =>
      run(async (context) => {
        const sheet: Excel.Worksheet = context.workbook.worksheets.add("Permanent data");
        const range: Excel.Range = sheet.getRange("A1:B1");
        range.values = [["Key", "Value"]];
        const table: Excel.Table = sheet.tables.add(range, true);
        table.name = "PD_Identification";
        const body = table.getDataBodyRange().load("values");
        await context.sync();
        return body.values;
      });
    await expect(readBack()).resolves.toEqual([["", ""]]);
  });
});
