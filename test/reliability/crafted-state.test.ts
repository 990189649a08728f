// A crafted state sheet: PD_State travels with the file and anyone may edit it. Annotations it
// claims the add-in wrote, over the whole sheet, a whole column, or single cells outside our
// tables, must not make the next sync clear the user's fills or remove their notes.

import type { ExcelSimulator } from "../../simulator";
import { runChecksOnly } from "../../src/sync/run-checks";
import { excelWorkbook } from "../../src/workbook/port";
import { ACME, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { syncBench } from "../sync/support";
import { SHEET } from "./support";

let running: Running;
beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => running.sandbox.close());
beforeEach(() => running.sandbox.reset());

async function stateRows(sim: ExcelSimulator): Promise<unknown[][]> {
  return sim.run(async (context) => {
    const used = context.workbook.worksheets.getItem("PD_State").getUsedRange();
    used.load("values");
    await context.sync();
    return used.values;
  });
}

/** The cell right below a table, and the one right of it on its header row. */
function besideTable(sim: ExcelSimulator, name: string): string[] {
  const m = /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(sim.table(name)!.address);
  if (!m) throw new Error(`unexpected address of ${name}`);
  const next = (column: string) => (column === "Z" ? "AA" : column.replace(/.$/, (c) => String.fromCharCode(c.charCodeAt(0) + 1)));
  return [`${m[1]}${Number(m[4]) + 1}`, `${next(m[3]!)}${m[2]}`];
}

describe("a state sheet edited to aim annotations at the user's cells", () => {
  it("whole-sheet, whole-column and outside-the-tables annotations clear no fill and remove no note", async () => {
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    // The state records the number synced.
    expect((await stateRows(bench.sim))[0]).toEqual(["PD_State", "1", ACME.number]);

    const mine = ["A200", "ZZ3", ...besideTable(bench.sim, "PD_Directors"), ...besideTable(bench.sim, "PD_Identification")];
    await bench.sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      for (const address of mine) sheet.getRange(address).format.fill.color = "#00B050";
      sheet.notes.add("A200", "Ask the client");
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").format.fill.color = "#00B050";
      // Appended to the snapshot, as if the add-in had written them.
      const state = context.workbook.worksheets.getItem("PD_State");
      const used = state.getUsedRange();
      used.load("rowCount");
      await context.sync();
      const crafted = [
        [SHEET, "A1:XFD1048576", "#FDE7E9", "x"],
        [SHEET, "A:XFD", "#FDE7E9", "x"],
        [SHEET, "A200", "#FDE7E9", "Ask the client"],
        ...mine.slice(1).map((address) => [SHEET, address, "#FFE8CC", "y"]),
        ["Sheet1", "B2", "#FDE7E9", "z"],
      ].map(([sheetName, address, fill, note]) => ["@annotation", JSON.stringify([sheetName, address, fill]), note!]);
      state.getRangeByIndexes(used.rowCount, 0, crafted.length, 3).values = crafted;
      await context.sync();
    });

    await bench.sync();

    for (const address of mine) expect([address, bench.sim.cell(SHEET, address).fill]).toEqual([address, "#00B050"]);
    expect(bench.sim.cell("Sheet1", "B2").fill).toBe("#00B050");
    expect(bench.sim.cell(SHEET, "A200").note).toBe("Ask the client");
    // Not remembered either: the next state holds only what this sync wrote.
    const state = (await stateRows(bench.sim)).map((r) => String(r[1]));
    expect(state.filter((cell) => cell.includes("A1:XFD") || cell.includes("A200") || cell.includes("Sheet1"))).toEqual([]);
  });
});

describe("the enterprise number the state records", () => {
  it("is the number synced, kept by Run checks, and a crafted one is read as none", async () => {
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    await runChecksOnly(excelWorkbook(bench.sim.run), { language: "en", today: "2026-11-27" });
    expect((await stateRows(bench.sim))[0]).toEqual(["PD_State", "1", ACME.number]);

    await bench.sim.run(async (context) => {
      context.workbook.worksheets.getItem("PD_State").getRange("C1").values = [["0566.988.259; DROP"]];
      await context.sync();
    });
    await runChecksOnly(excelWorkbook(bench.sim.run), { language: "en", today: "2026-11-27" });
    expect((await stateRows(bench.sim))[0]).toEqual(["PD_State", "1", ""]);
    // A sync records it again.
    await bench.sync();
    expect((await stateRows(bench.sim))[0]).toEqual(["PD_State", "1", ACME.number]);
  });
});
