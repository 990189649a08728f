// Cell-edit mode: while the user types in a cell, a sync fails with InvalidOperationInCellEditMode,
// unless its Excel.run had `delayForCellEdit: true` (ExcelApi 1.11), which makes it wait.

import { createExcelSimulator } from "../../simulator";
import { rejectsWith } from "./helpers";

const write = (value: string) => async (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[value]];
  await context.sync();
};

/** Lets the simulator's timers run (a sync starts after a macrotask). */
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe("cell-edit mode", () => {
  it("fails a sync without delayForCellEdit, applying nothing; syncs work again once the edit ends", async () => {
    const sim = createExcelSimulator();
    sim.beginCellEdit();
    expect(sim.cellEditing).toBe(true);
    const error = await rejectsWith(sim.run(write("typed by the add-in")), "InvalidOperationInCellEditMode");
    expect(error.message).toContain("Edit cell mode");
    const reading = sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").load("name");
      await context.sync();
    });
    await rejectsWith(reading, "InvalidOperationInCellEditMode");
    expect(sim.syncCount).toBe(2);
    expect(sim.cell("Sheet1", "A1").value).toBe("");
    sim.endCellEdit();
    expect(sim.cellEditing).toBe(false);
    await sim.run(write("after the edit"));
    expect(sim.cell("Sheet1", "A1").value).toBe("after the edit");
  });

  it("holds a sync with delayForCellEdit until the edit ends, then runs it after what was typed", async () => {
    const sim = createExcelSimulator();
    sim.beginCellEdit();
    let done = false;
    const delayed = sim
      .run({ delayForCellEdit: true }, async (context) => {
        const a1 = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
        context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["written"]];
        await context.sync();
        return a1.values[0]?.[0];
      })
      .then((value) => {
        done = true;
        return value;
      });
    await turns();
    expect(done).toBe(false);
    expect(sim.cell("Sheet1", "B1").value).toBe("");
    await sim.editCell("Sheet1", "A1", "typed");
    sim.endCellEdit();
    await expect(delayed).resolves.toBe("typed");
    expect(sim.cell("Sheet1", "B1").value).toBe("written");
    expect(sim.syncCount).toBe(1);
  });

  it("ignores delayForCellEdit below ExcelApi 1.11: the sync fails as without it", async () => {
    const sim = createExcelSimulator({ requirementSets: { ExcelApi: "1.10" } });
    sim.beginCellEdit();
    await rejectsWith(sim.run({ delayForCellEdit: true }, write("x")), "InvalidOperationInCellEditMode");
  });

  it("gives a context revived as it is the option of its first run, and one revived with options theirs", async () => {
    const sim = createExcelSimulator();
    const context = await sim.run({ delayForCellEdit: false }, async (c) => c);
    sim.beginCellEdit();
    await rejectsWith(sim.run(context, write("x")), "InvalidOperationInCellEditMode");
    const revived = sim.run({ delayForCellEdit: true, previousObjects: context }, write("revived"));
    await turns();
    sim.endCellEdit();
    await revived;
    expect(sim.cell("Sheet1", "A1").value).toBe("revived");
  });
});
