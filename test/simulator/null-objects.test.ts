// *OrNullObject methods, null objects and ItemNotFound.
// isNullObject is read before the sync on purpose (it must throw PropertyNotLoaded).
/* eslint-disable office-addins/call-sync-before-read */

import { createExcelSimulator } from "../../simulator";
import { rejectsWith, throwsWith } from "./helpers";

describe("null objects", () => {
  it("sets isNullObject at the next sync, without an explicit load", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Data");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      throwsWith(() => missing.isNullObject, "PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("gives null objects from methods of a null object, and loads them without error", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("PD_Directors");
      const body = table.getDataBodyRange().load("values, address");
      const sheet = table.worksheet.load("name");
      table.load("name");
      await context.sync();
      expect(table.isNullObject).toBe(true);
      expect(body.isNullObject).toBe(true);
      expect(sheet.isNullObject).toBe(true);
      expect(table.name).toBeUndefined();
      expect(body.values).toBeUndefined();
    });
  });

  it("fails the sync with ItemNotFound when a write goes through a null object, applying nothing", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Missing");
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["applied?"]];
      sheet.getRange("A1").values = [["x"]];
      await rejectsWith(context.sync(), "ItemNotFound");
      sheet.name = "Renamed";
      await rejectsWith(context.sync(), "ItemNotFound");
      context.workbook.tables.getItemOrNullObject("Nope").delete();
      await rejectsWith(context.sync(), "ItemNotFound");
    });
    expect(sim.cell("Sheet1", "A1").value).toBe("");
  });

  it("fails with ItemNotFound when getItem's object is used, not when it is only created", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Missing");
      context.workbook.tables.getItem("Missing");
      await context.sync();
      context.workbook.worksheets.getItem("Missing").load("name");
      await rejectsWith(context.sync(), "ItemNotFound");
      context.workbook.tables.getItem("Missing").getRange().load("address");
      await rejectsWith(context.sync(), "ItemNotFound");
    });
  });

  it("re-evaluates a null object at each sync, so it exists once created", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Data");
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
      context.workbook.worksheets.add("Data");
      sheet.load("name");
      await context.sync();
      expect(sheet.isNullObject).toBe(false);
      expect(sheet.name).toBe("Data");
    });
  });

  it("gives a null used range for an empty sheet with getUsedRangeOrNullObject, A1 with getUsedRange", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const orNull = sheet.getUsedRangeOrNullObject();
      const used = sheet.getUsedRange().load("address");
      await context.sync();
      expect(orNull.isNullObject).toBe(true);
      expect(used.address).toBe("Sheet1!A1");
    });
  });
});
