// strictNullObjects: an *OrNullObject result is usable for load() only, until a sync resolved it.
// Anything else fails the next sync with InvalidOperation naming the call, whether or not the
// item exists, and applies nothing.

import { createExcelSimulator } from "../../simulator";
import { rejectsWith } from "./helpers";

async function workbookWithTable() {
  const sim = createExcelSimulator({ strictNullObjects: true });
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B2").values = [
      ["Name", "Role"],
      ["Dubois", "Director"],
    ];
    sheet.tables.add("A1:B2", true).name = "PD_Directors";
    context.workbook.names.add("PD_Name", sheet.getRange("B2"));
  });
  return sim;
}

describe("strict null objects", () => {
  it.each([
    [
      "a method of a sheet that exists",
      "Worksheet.getRange()",
      (c: Excel.RequestContext) => c.workbook.worksheets.getItemOrNullObject("Sheet1").getRange("A1").load("values"),
    ],
    [
      "a method of a sheet that does not",
      "Worksheet.getRange()",
      (c: Excel.RequestContext) => c.workbook.worksheets.getItemOrNullObject("Missing").getRange("A1").load("values"),
    ],
    ["a name's range", "NamedItem.getRange()", (c: Excel.RequestContext) => c.workbook.names.getItemOrNullObject("PD_Name").getRange().load("address")],
    [
      "a table's body",
      "Table.getDataBodyRange()",
      (c: Excel.RequestContext) => c.workbook.tables.getItemOrNullObject("PD_Directors").getDataBodyRange().load("values"),
    ],
    ["a navigation property", "Table.worksheet", (c: Excel.RequestContext) => c.workbook.tables.getItemOrNullObject("PD_Directors").worksheet.load("name")],
    ["a property write", "Worksheet.tabColor = …", (c: Excel.RequestContext) => (c.workbook.worksheets.getItemOrNullObject("Sheet1").tabColor = "#FF0000")],
    [
      "a used range's method",
      "Range.getCell()",
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject().getCell(0, 0).load("values"),
    ],
  ])("fails the sync for %s before it was resolved, naming the call, and applies nothing", async (_what, call, use) => {
    const sim = await workbookWithTable();
    const before = sim.snapshot();
    const error = await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("D1").values = [["applied?"]];
        use(context);
        await context.sync();
      }),
      "InvalidOperation",
    );
    expect(error.debugInfo.errorLocation).toBe(call);
    expect(error.message).toContain(call);
    expect(sim.snapshot()).toEqual(before);
  });

  it("allows load, through navigation paths too, and everything once a sync resolved the object", async () => {
    const sim = await workbookWithTable();
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("PD_Directors").load("name, worksheet/name");
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing").load("name, protection/protected");
      await context.sync();
      expect(table.isNullObject).toBe(false);
      expect(table.worksheet.name).toBe("Sheet1");
      expect(missing.isNullObject).toBe(true);
      const body = table.getDataBodyRange().load("values");
      const nothing = missing.getRange("A1").load("values");
      await context.sync();
      expect(body.values).toEqual([["Dubois", "Director"]]);
      expect(nothing.isNullObject).toBe(true);
    });
  });

  it("stays off by default, and can be switched on and off", async () => {
    const sim = await workbookWithTable();
    sim.strictNullObjects = false;
    const read = () =>
      sim.run(async (context) => {
        const body = context.workbook.tables.getItemOrNullObject("PD_Directors").getDataBodyRange().load("values");
        await context.sync();
        return body.values;
      });
    await expect(read()).resolves.toEqual([["Dubois", "Director"]]);
    expect(createExcelSimulator().strictNullObjects).toBe(false);
    sim.strictNullObjects = true;
    await rejectsWith(read(), "InvalidOperation");
  });
});
