// Custom conditional formats and their evaluation by the inspection helper.

import { createExcelSimulator, type ExcelSimulator } from "../../simulator";
import { rejectsWith } from "./helpers";

async function relationsTable(sim: ExcelSimulator): Promise<void> {
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:C4").values = [
      ["Name", "Kind", "Source"],
      ["Acme", "Company", "AdminPulse"],
      ["Dupont", "Person", ""],
      ["", "", ""],
    ];
    sheet.tables.add("A1:C4", true).name = "T";
  });
}

describe("conditional formats", () => {
  it("adds a Custom format with a rule and fill/font, and reads it back", async () => {
    const sim = createExcelSimulator();
    await relationsTable(sim);
    const read = await sim.run(async (context) => {
      const body = context.workbook.tables.getItem("T").getDataBodyRange();
      const cf = body.conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=AND($C2="",$A2<>"")';
      cf.custom.format.fill.color = "#FFF2CC";
      cf.custom.format.font.color = "#9C5700";
      await context.sync();
      const count = body.conditionalFormats.getCount();
      const items = body.conditionalFormats.load("items/type, items/custom/rule/formula, items/custom/format/fill/color");
      const range = cf.getRange().load("address");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult (getCount) needs no load
      return { count: count.value, items: items.items.map((i) => [i.type, i.custom.rule.formula, i.custom.format.fill.color]), range: range.address };
    });
    expect(read).toEqual({ count: 1, items: [["Custom", '=AND($C2="",$A2<>"")', "#FFF2CC"]], range: "Sheet1!A2:C4" });
    expect(sim.cell("Sheet1", "B3")).toMatchObject({
      conditionalFill: "#FFF2CC",
      conditionalFontColor: "#9C5700",
      displayFill: "#FFF2CC",
      conditionalEvaluated: true,
    });
    expect(sim.cell("Sheet1", "B2").conditionalFill).toBeNull();
    expect(sim.cell("Sheet1", "B4").conditionalFill).toBeNull();
  });

  it('evaluates =$C2="" relative to the range it was added to', async () => {
    const sim = createExcelSimulator();
    await relationsTable(sim);
    await sim.run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A2:C4").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=$C2=""';
      cf.custom.format.fill.color = "#FFC7CE";
    });
    expect([sim.cell("Sheet1", "A2").displayFill, sim.cell("Sheet1", "A3").displayFill, sim.cell("Sheet1", "A4").displayFill]).toEqual([
      null,
      "#FFC7CE",
      "#FFC7CE",
    ]);
    expect(sim.cell("Sheet1", "A1").displayFill).toBeNull();
  });

  it("extends to rows added to the table, so rows added later are coloured too", async () => {
    const sim = createExcelSimulator();
    await relationsTable(sim);
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      const cf = table.getDataBodyRange().conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=AND($C2="",$A2<>"")';
      cf.custom.format.fill.color = "#FFF2CC";
      await context.sync();
      table.rows.add(undefined, [["Manual row", "Person", ""]]);
    });
    expect(sim.cell("Sheet1", "A5").conditionalFill).toBe("#FFF2CC");
    await sim.editCell("Sheet1", "A6", "Typed by hand");
    expect(sim.cell("Sheet1", "B6").conditionalFill).toBe("#FFF2CC");
  });

  it("clears the formats of a range with clearAll", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A10");
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#FF0000";
      await context.sync();
      range.conditionalFormats.clearAll();
      const count = range.conditionalFormats.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult (getCount) needs no load
      expect(count.value).toBe(0);
    });
    expect(sim.snapshot().sheets[0]?.conditionalFormats).toEqual([]);
  });

  it("says when a rule is beyond what it can evaluate", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=MOD(ROW(),2)=0";
      cf.custom.format.fill.color = "#FF0000";
    });
    expect(sim.cell("Sheet1", "A1").conditionalEvaluated).toBe(false);
  });

  it("only simulates Custom formats", async () => {
    const sim = createExcelSimulator();
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("DataBar");
      }),
      "NotImplemented",
    );
  });

  it("customOrNullObject: the rule of a Custom format, loaded through a path as the read does", async () => {
    const sim = createExcelSimulator();
    await relationsTable(sim);
    const read = await sim.run(async (context) => {
      const body = context.workbook.tables.getItem("T").getDataBodyRange();
      const cf = body.conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=$C2=""';
      cf.custom.format.fill.color = "#FFF4CE";
      await context.sync();
      const items = body.conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color");
      await context.sync();
      return items.items.map((i) => [i.type, i.customOrNullObject.isNullObject, i.customOrNullObject.rule.formula, i.customOrNullObject.format.fill.color]);
    });
    expect(read).toEqual([["Custom", false, '=$C2=""', "#FFF4CE"]]);
  });

  it("a rule whose first row is deleted keeps its relative references: it is anchored at the row that takes its place", async () => {
    const sim = createExcelSimulator();
    await relationsTable(sim);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const cf = sheet.getRange("A2:A4").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=$B2="Person"';
      cf.custom.format.fill.color = "#FFC7CE";
      const fixed = sheet.getRange("C2:C4").conditionalFormats.add("Custom");
      fixed.custom.rule.formula = '=$B$2<>""';
      fixed.custom.format.fill.color = "#C6EFCE";
      await context.sync();
      context.workbook.tables.getItem("T").rows.getItemAt(0).delete();
    });
    const rules = sim.snapshot().sheets[0]!.conditionalFormats.map((c) => [c.ranges, c.formula]);
    // The absolute reference named the deleted cell itself: #REF!, as for a formula.
    expect(rules).toEqual([
      [["C2:C3"], '=#REF!<>""'],
      [["A2:A3"], '=$B2="Person"'],
    ]);
    expect(sim.cell("Sheet1", "A2").displayFill).toBe("#FFC7CE"); // Dupont, a person, now in row 2
  });
});
