// Inspection helpers: sheets, cell, table, names, snapshot, settings.

import { createExcelSimulator } from "../../simulator";
import { rejectsWith } from "./helpers";

describe("inspection", () => {
  it("lists sheets with their visibility and reads cells in full", async () => {
    const sim = createExcelSimulator({ sheets: ["Permanent data", "Hidden"] });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Permanent data");
      const cell = sheet.getRange("B2");
      cell.numberFormat = [["@"]];
      cell.values = [["0123"]];
      cell.format.fill.color = "#FFFF00";
      cell.format.font.color = "#0000FF";
      cell.format.font.bold = true;
      context.workbook.notes.add(cell, "a note");
      context.workbook.worksheets.getItem("Hidden").visibility = "Hidden";
    });
    expect(sim.sheets()).toEqual([
      { name: "Permanent data", id: expect.any(String), position: 0, visibility: "Visible", protected: false, active: true, mergedAreas: [] },
      { name: "Hidden", id: expect.any(String), position: 1, visibility: "Hidden", protected: false, active: false, mergedAreas: [] },
    ]);
    expect(sim.cell("Permanent data", "B2")).toEqual({
      value: "0123",
      formula: null,
      numberFormat: "@",
      text: "0123",
      fill: "#FFFF00",
      fontColor: "#0000FF",
      bold: true,
      note: "a note",
      comment: null,
      conditionalFill: null,
      conditionalFontColor: null,
      displayFill: "#FFFF00",
      conditionalEvaluated: true,
      merged: null,
    });
    expect(() => sim.cell("Nope", "A1")).toThrow("No worksheet");
  });

  it("gives a comparable snapshot that a failed sync leaves unchanged", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["H1", "H2"],
        [1, 2],
      ];
      sheet.tables.add("A1:B2", true).name = "T";
      context.workbook.settings.add("k", [1, "a"]);
      context.workbook.properties.custom.add("P", "v");
    });
    const before = sim.snapshot();
    expect(before).toMatchObject({
      tables: [{ name: "T", sheet: "Sheet1", address: "A1:B2" }],
      settings: { k: [1, "a"] },
      customProperties: { P: { value: "v", type: "String" } },
    });
    expect(before.sheets[0]?.cells).toEqual({ A1: { v: "H1" }, B1: { v: "H2" }, A2: { v: 1 }, B2: { v: 2 } });
    await rejectsWith(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A2").values = [["changed"]];
        context.workbook.settings.add("k", "changed");
        context.workbook.tables.getItem("T").name = "Renamed";
        sheet.getRange("Z1:Z2").values = [["wrong shape"]];
      }),
      "InvalidArgument",
    );
    expect(sim.snapshot()).toEqual(before);
    expect(sim.table("T")).toEqual({
      name: "T",
      sheet: "Sheet1",
      address: "Sheet1!A1:B2",
      headers: ["H1", "H2"],
      rows: [[1, 2]],
      style: "TableStyleMedium2",
      showTotals: false,
      totals: null,
      calculatedColumns: [],
    });
    expect(sim.table("Renamed")).toBeNull();
  });

  it("starts from a given state and never shares it", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["original"]];
    });
    const copy = createExcelSimulator({ state: sim.state() });
    await copy.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["copy"]];
    });
    expect([sim.cell("Sheet1", "A1").value, copy.cell("Sheet1", "A1").value]).toEqual(["original", "copy"]);
  });
});
