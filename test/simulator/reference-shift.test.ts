// Formulas, names, conditional formats and notes follow their cells when rows are inserted or
// deleted (range.insert/delete, table rows); writing values in place moves nothing, so a formula
// elsewhere keeps pointing at the same cell whatever it now holds.

import { createExcelSimulator, type ExcelSimulator } from "../../simulator";

const PD = "Permanent data";

/** A table of shareholders on "Permanent data" A1:B4, and on Sheet2 formulas pointing at its rows. */
async function shareholders(sim: ExcelSimulator): Promise<void> {
  await sim.run(async (context) => {
    const pd = context.workbook.worksheets.getItem(PD);
    pd.getRange("A1:B4").values = [
      ["Name", "Shares"],
      ["Dupont", 10],
      ["Acme", 20],
      ["Martin", 30],
    ];
    pd.tables.add("A1:B4", true).name = "Shareholders";
    context.workbook.worksheets.getItem("Sheet2").getRange("A1:A3").formulas = [
      ["='Permanent data'!B2*2"],
      ["='Permanent data'!B3*2"],
      ["=SUM('Permanent data'!B2:B4)"],
    ];
  });
}

function sheet2Formulas(sim: ExcelSimulator): (string | null)[] {
  return ["A1", "A2", "A3"].map((a) => sim.cell("Sheet2", a).formula);
}

describe("references follow their row", () => {
  it("through table.rows.add inside the table", async () => {
    const sim = createExcelSimulator({ sheets: [PD, "Sheet2"] });
    await shareholders(sim);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Shareholders").rows.add(0, [["New", 5]]);
    });
    expect(sheet2Formulas(sim)).toEqual(["='Permanent data'!B3*2", "='Permanent data'!B4*2", "=SUM('Permanent data'!B3:B5)"]);
    expect(sim.cell(PD, "B3").value).toBe(10);
  });

  it("through table row deletes: a deleted holder is #REF!, the others move up", async () => {
    const sim = createExcelSimulator({ sheets: [PD, "Sheet2"], requirementSets: { ExcelApiOnline: "1.1" } });
    await shareholders(sim);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Shareholders").rows.getItemAt(0).delete();
    });
    expect(sheet2Formulas(sim)).toEqual(["='Permanent data'!#REF!*2", "='Permanent data'!B2*2", "=SUM('Permanent data'!B2:B3)"]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Shareholders").rows.deleteRowsAt(0, 1);
    });
    expect(sheet2Formulas(sim)).toEqual(["='Permanent data'!#REF!*2", "='Permanent data'!#REF!*2", "=SUM('Permanent data'!B2:B2)"]);
  });

  it("through entire rows inserted or deleted, and the formulas inside moved cells keep their targets", async () => {
    const sim = createExcelSimulator({ sheets: [PD, "Sheet2"] });
    await shareholders(sim);
    await sim.run(async (context) => {
      const pd = context.workbook.worksheets.getItem(PD);
      pd.getRange("D10").formulas = [["=B3*2+$B$4"]];
      await context.sync();
      pd.getRange("6:7").insert("Down"); // below everything the formula names: it moves, they do not
    });
    expect(sim.cell(PD, "D12").formula).toBe("=B3*2+$B$4");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(PD).getRange("1:1").insert("Down");
    });
    expect(sim.cell(PD, "D13").formula).toBe("=B4*2+$B$5");
    expect(sheet2Formulas(sim)).toEqual(["='Permanent data'!B3*2", "='Permanent data'!B4*2", "=SUM('Permanent data'!B3:B5)"]);
    expect(sim.table("Shareholders")?.address).toBe("'Permanent data'!A2:B5");
  });

  it("through cells inserted within columns: only references inside those columns move", async () => {
    const sim = createExcelSimulator({ sheets: [PD, "Sheet2"] });
    await sim.run(async (context) => {
      const pd = context.workbook.worksheets.getItem(PD);
      pd.getRange("F1").formulas = [["=A5+C5+SUM(A5:B9)+SUM(A5:C9)"]];
      await context.sync();
      pd.getRange("A3:B3").insert("Down");
    });
    expect(sim.cell(PD, "F1").formula).toBe("=A6+C5+SUM(A6:B10)+SUM(A5:C9)");
  });

  it("does not happen when values are written in place: the formula keeps its cell, whoever is there now", async () => {
    const sim = createExcelSimulator({ sheets: [PD, "Sheet2"] });
    await shareholders(sim);
    // What a sync that rewrites the body in place does with a new shareholder first.
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("Shareholders");
      table.resize("A1:B5");
      context.workbook.worksheets.getItem(PD).getRange("A2:B5").values = [
        ["New", 5],
        ["Dupont", 10],
        ["Acme", 20],
        ["Martin", 30],
      ];
    });
    expect(sheet2Formulas(sim)).toEqual(["='Permanent data'!B2*2", "='Permanent data'!B3*2", "=SUM('Permanent data'!B2:B4)"]);
    // Sheet2!A1 meant Dupont's shares; it now names New's.
    expect(sim.cell(PD, "A2").value).toBe("New");
  });

  it("in defined names: a range name follows its cell or becomes =Sheet!#REF!, a formula name is rewritten", async () => {
    const sim = createExcelSimulator({ sheets: [PD, "Sheet2"] });
    await sim.run(async (context) => {
      context.workbook.names.add("Holder", "='Permanent data'!$B$3");
      context.workbook.names.add("Doubled", "='Permanent data'!$B$4*2");
      await context.sync();
      context.workbook.worksheets.getItem(PD).getRange("1:1").insert("Down");
    });
    expect(sim.names().map((n) => [n.name, n.formula])).toEqual([
      ["Holder", "='Permanent data'!$B$4"],
      ["Doubled", "='Permanent data'!$B$5*2"],
    ]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(PD).getRange("4:5").delete("Up");
    });
    expect(sim.names().map((n) => [n.name, n.formula])).toEqual([
      ["Holder", "='Permanent data'!#REF!"],
      ["Doubled", "='Permanent data'!#REF!*2"],
    ]);
  });

  it("in conditional formats: the range and the rule's references move together", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const cf = sheet.getRange("A5:A10").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=$I5="x"';
      cf.custom.format.fill.color = "#FFC7CE";
      sheet.getRange("I5").values = [["x"]];
      await context.sync();
      sheet.getRange("3:3").insert("Down");
    });
    const rule = sim.snapshot().sheets[0]?.conditionalFormats[0];
    expect(rule).toMatchObject({ ranges: ["A6:A11"], formula: '=$I6="x"' });
    expect([sim.cell("Sheet1", "A6").displayFill, sim.cell("Sheet1", "A7").displayFill]).toEqual(["#FFC7CE", null]);
  });

  it("notes move with their cells", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.notes.add("Sheet1!B4", "Check this");
      await context.sync();
      sheet.getRange("2:3").insert("Down");
    });
    expect([sim.cell("Sheet1", "B4").note, sim.cell("Sheet1", "B6").note]).toEqual([null, "Check this"]);
  });
});
