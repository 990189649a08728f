// The add-in's one way into real Excel (officeExcelRun), over a stand-in for Office.js's Excel.run
// backed by the simulator: every batch asks to wait for cell edits, and the sheet-activation
// handler is removed on the context that added it, as Microsoft documents.

import { createExcelSimulator, type ExcelSimulator } from "../../simulator";
import { listenToWorkbook } from "../../src/workbook/events";
import { officeExcelRun } from "../../src/workbook/excel-run";

let sim: ExcelSimulator;
let calls: unknown[][];

beforeEach(() => {
  sim = createExcelSimulator({ sheets: ["Sheet1", "Permanent data"] });
  calls = [];
  const run = (...args: unknown[]) => {
    calls.push(args);
    return (sim.run as (...a: unknown[]) => Promise<unknown>)(...args);
  };
  (globalThis as { Excel?: unknown }).Excel = { run };
});

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("officeExcelRun", () => {
  it("passes delayForCellEdit with every batch: a sync started while the user types waits for them", async () => {
    sim.beginCellEdit();
    let done = false;
    const writing = officeExcelRun(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["synced"]];
      await context.sync();
    }).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    sim.endCellEdit();
    await writing;
    expect(sim.cell("Sheet1", "A1").value).toBe("synced");
    expect(calls[0]?.[0]).toEqual({ delayForCellEdit: true });
  });
});

describe("listenToWorkbook over officeExcelRun", () => {
  it("reports activations by name and counts a person's changes until stopped, then removes its handlers on the context that added them", async () => {
    const seen: string[] = [];
    const before = sim.syncCount;
    const { changes, stop } = await listenToWorkbook(officeExcelRun, (name) => seen.push(name));
    expect(sim.syncCount - before).toBe(1); // both handlers in one round trip
    await sim.fireActivated("Permanent data");
    await sim.settle();
    expect(seen).toEqual(["Permanent data"]);
    expect(changes!.count).toBe(0);
    await sim.editCell("Sheet1", "B2", "typed");
    expect(changes!.count).toBe(1);
    // The add-in's own write is not a person's change.
    await officeExcelRun(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["ours"]];
      await context.sync();
    });
    await sim.settle();
    expect(changes!.count).toBe(1);

    await stop();
    const removal = calls[calls.length - 1]!;
    expect(removal[0]).toMatchObject({ delayForCellEdit: true, previousObjects: expect.anything() });
    await sim.fireActivated("Sheet1");
    await sim.settle();
    expect(seen).toEqual(["Permanent data"]);
    await sim.editCell("Sheet1", "B3", "again");
    expect(changes!.count).toBe(1);
  });
});
