// Calculated columns: a column holding one formula (in R1C1 terms) fills the rows the table gains
// (rows.add, rows inserted inside it, resize); a value given for it is an exception it keeps.

import { createExcelSimulator, type ExcelSimulator } from "../../simulator";

/** Table T on Sheet1 A1:C3: Name, Shares, Double (a formula per row). */
async function table(sim: ExcelSimulator, doubles: string[]): Promise<void> {
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B3").values = [["Name", "Shares", "Double"].slice(0, 2), ["Dupont", 10], ["Acme", 20]];
    sheet.getRange("C1").values = [["Double"]];
    sheet.getRange("C2:C3").formulas = doubles.map((f) => [f]);
    sheet.tables.add("A1:C3", true).name = "T";
  });
}

/** A row for rows.add; null leaves a cell to its calculated column (the API's types allow no null). */
function row(...cells: (string | number | null)[]): (string | number)[] {
  return cells as (string | number)[];
}

function columnC(sim: ExcelSimulator, rows: number): (string | null)[] {
  return Array.from({ length: rows }, (_, i) => sim.cell("Sheet1", `C${i + 2}`).formula);
}

describe("calculated columns", () => {
  it("fill a row added at the end with the column's structured formula", async () => {
    const sim = createExcelSimulator();
    await table(sim, ["=[@Shares]*2", "=[@Shares]*2"]);
    expect(sim.table("T")?.calculatedColumns).toEqual(["Double"]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").rows.add(undefined, [row("Martin", 30, null)]);
    });
    expect(columnC(sim, 3)).toEqual(["=[@Shares]*2", "=[@Shares]*2", "=[@Shares]*2"]);
  });

  it("copy an A1 formula as Excel copies it, wherever the row goes", async () => {
    const sim = createExcelSimulator();
    await table(sim, ["=B2*2", "=B3*2"]);
    await sim.run(async (context) => {
      const rows = context.workbook.tables.getItem("T").rows;
      rows.add(undefined, [row("Martin", 30, null)]);
      rows.add(0, [row("First", 1, null)]);
    });
    expect(columnC(sim, 4)).toEqual(["=B2*2", "=B3*2", "=B4*2", "=B5*2"]);
    expect(sim.table("T")?.rows.map((r) => r[0])).toEqual(["First", "Dupont", "Acme", "Martin"]);
  });

  it("fill every row added, and the rows added above a total row", async () => {
    const sim = createExcelSimulator();
    await table(sim, ["=[@Shares]*2", "=[@Shares]*2"]);
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.showTotals = true;
      t.rows.add(undefined, [row("Martin", 30, null), row("Leroy", 40, null)]);
    });
    expect(columnC(sim, 5)).toEqual(["=[@Shares]*2", "=[@Shares]*2", "=[@Shares]*2", "=[@Shares]*2", "=SUBTOTAL(109,[Double])"]);
  });

  it("keep a value given for them as an exception, and stay calculated", async () => {
    const sim = createExcelSimulator();
    await table(sim, ["=[@Shares]*2", "=[@Shares]*2"]);
    await sim.run(async (context) => {
      const rows = context.workbook.tables.getItem("T").rows;
      rows.add(undefined, [["Exception", 30, 99]]);
      rows.add(undefined, [["Cleared", 40, ""]]);
      rows.add(undefined, [row("Filled", 50, null)]);
    });
    expect(columnC(sim, 5)).toEqual(["=[@Shares]*2", "=[@Shares]*2", null, null, "=[@Shares]*2"]);
    expect(sim.cell("Sheet1", "C4").value).toBe(99);
    expect(sim.table("T")?.calculatedColumns).toEqual(["Double"]);
  });

  it("are not made of different formulas, constants or blanks", async () => {
    const sim = createExcelSimulator();
    await table(sim, ["=B2*2", "=B3*3"]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").rows.add(undefined, [row("Martin", 30, null)]);
    });
    expect(columnC(sim, 3)).toEqual(["=B2*2", "=B3*3", null]);
    expect(sim.table("T")?.calculatedColumns).toEqual([]);
  });

  it("stop being calculated once no body cell holds a formula", async () => {
    const sim = createExcelSimulator();
    await table(sim, ["=[@Shares]*2", "=[@Shares]*2"]);
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.columns.getItem("Double").getDataBodyRange().clear("Contents");
      await context.sync();
      t.getDataBodyRange().getCell(0, 2).formulas = [["=[@Shares]*3"]];
      t.getDataBodyRange().getCell(1, 2).values = [[5]];
      await context.sync();
      t.rows.add(undefined, [row("Martin", 30, null)]);
    });
    expect(columnC(sim, 3)).toEqual(["=[@Shares]*3", null, null]);
  });

  it("fill rows inserted inside the table and the empty cells of rows a resize takes in", async () => {
    const sim = createExcelSimulator();
    await table(sim, ["=B2*2", "=B3*2"]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("3:3").insert("Down");
      await context.sync();
      sheet.getRange("A5:C6").values = [
        ["Below", 7, "kept"],
        ["Empty", 8, ""],
      ];
      context.workbook.tables.getItem("T").resize("A1:C6");
    });
    expect(columnC(sim, 5)).toEqual(["=B2*2", "=B3*2", "=B4*2", null, "=B6*2"]);
    expect(sim.cell("Sheet1", "C5").value).toBe("kept");
  });
});
