// Where Excel has no notes (before ExcelApi 1.18), the checks' findings go in a column of their
// own, the last of each imported table, as well as in the colours and PD_Checks. Against the
// sandbox, end to end, in a simulator that refuses the notes API as such an Excel does.

import { cellAddress, parseAddress } from "../../simulator/address";
import type { ExcelSimulator } from "../../simulator";
import { runChecksOnly } from "../../src/sync/run-checks";
import { excelWorkbook } from "../../src/workbook/port";
import { ACME, PERSON_A, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { syncBench } from "./support";

let running: Running;
beforeEach(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterEach(() => running.sandbox.close());

const SHEET = "Permanent data";
const OLD_EXCEL = { requirementSets: { ExcelApi: "1.17" } };
const REL_03 = /^REL-03: The national register number of Dubois Zoë fails its check digits\./;

function breakNationalNumber(value = "85073003329") {
  running.sandbox.editRelation(PERSON_A, (r) => {
    r.nationalNumber = value;
  });
}

/** The address of a table's cell: its column by header, its body row by the row's name. */
function cellOf(sim: ExcelSimulator, table: string, header: string, name: string): string {
  const t = sim.table(table)!;
  const { rect } = parseAddress(t.address);
  const row = t.rows.findIndex((r) => r[0] === name);
  const column = t.headers.indexOf(header);
  if (row < 0 || column < 0) throw new Error(`no ${header} of ${name} in ${table}: ${t.headers.join(", ")}`);
  return cellAddress(rect.r0 + 1 + row, rect.c0 + column);
}

const zoe = "Dubois Zoë";

/** "B5:J5": `columns` cells of a row, from (row, column), 0-based. */
function span(row: number, column: number, columns: number): string {
  return `${cellAddress(row, column)}:${cellAddress(row, column + columns - 1)}`;
}

describe("the checks' column, in an Excel without notes", () => {
  it("a first sync creates every imported table with it, and the row's findings are in it", async () => {
    breakNationalNumber();
    const bench = syncBench(running, "en", OLD_EXCEL, { notes: false });
    const summary = await bench.sync({ enterpriseNumber: ACME.number });

    for (const name of ["PD_Identification", "PD_Directors", "PD_Shareholders", "PD_Auditors", "PD_Relations"]) {
      expect(bench.sim.table(name)!.headers.at(-1)).toBe("Check findings");
    }
    const checks = bench.column("PD_Relations", "Check findings");
    const at = bench.rows("PD_Relations").findIndex((r) => r[0] === zoe);
    expect(checks[at]).toMatch(REL_03);
    // One line per error or warning of the row, nothing on rows without.
    const rowsWithFindings = new Set(
      summary.findings.filter((f) => f.severity !== "info" && f.cell?.address.match(/\d+$/)).map((f) => f.cell!.address.replace(/^[A-Z]+/, "")),
    );
    const relations = bench.sim.table("PD_Relations")!;
    const first = parseAddress(relations.address).rect.r0 + 2;
    checks.forEach((text, i) => expect(text !== "").toBe(rowsWithFindings.has(String(first + i))));

    // The cell itself: coloured, and no note (this Excel has none).
    const national = cellOf(bench.sim, "PD_Relations", "National number", zoe);
    expect(summary.findings.find((f) => f.id === "REL-03")!.cell).toEqual({ sheet: SHEET, address: national });
    expect(bench.sim.cell(SHEET, national)).toMatchObject({ fill: "#FDE7E9", note: null });
    expect(bench.sim.table("PD_Checks")!.rows.some((r) => r[1] === "REL-03")).toBe(true);
    // Still the two round trips of a first sync.
    expect(bench.sim.syncCount).toBe(2);
  });

  it("when the error is fixed, the next sync empties its cell and takes the colour away", async () => {
    breakNationalNumber();
    const bench = syncBench(running, "en", OLD_EXCEL, { notes: false });
    await bench.sync({ enterpriseNumber: ACME.number });
    breakNationalNumber("85073003328");
    await bench.sync();
    const at = bench.rows("PD_Relations").findIndex((r) => r[0] === zoe);
    expect(bench.column("PD_Relations", "Check findings")[at]).toBe("");
    expect(bench.sim.cell(SHEET, cellOf(bench.sim, "PD_Relations", "National number", zoe)).fill).toBeNull();
  });

  it("a file synced in an Excel with notes gets the column when synced in one without, where the column after the table is empty", async () => {
    const modern = syncBench(running, "en");
    await modern.sync({ enterpriseNumber: ACME.number });
    const manual = ["Peeters An", "Person", "", "", "", "Shareholder", "Manual", "", ""];
    const relations = modern.sim.table("PD_Relations")!;
    const below = parseAddress(relations.address).rect;
    await modern.sim.editCell(SHEET, span(below.r1 + 1, below.c0, manual.length), [manual]);
    // Someone's note beside the directors: that column is not free, so the table does not grow there.
    const directors = parseAddress(modern.sim.table("PD_Directors")!.address).rect;
    await modern.sim.editCell(SHEET, cellAddress(directors.r1 + 3, directors.c1 + 1), "see minutes of 2024");

    breakNationalNumber();
    const old = syncBench(running, "en", { ...OLD_EXCEL, state: modern.sim.state() }, { notes: false });
    await old.sync();
    expect(old.sim.table("PD_Relations")!.headers.at(-1)).toBe("Check findings");
    expect(old.sim.table("PD_Identification")!.headers.at(-1)).toBe("Check findings");
    expect(old.sim.table("PD_Directors")!.headers).toEqual(modern.sim.table("PD_Directors")!.headers);
    expect(old.sim.cell(SHEET, cellAddress(directors.r1 + 3, directors.c1 + 1)).value).toBe("see minutes of 2024");
    const at = old.rows("PD_Relations").findIndex((r) => r[0] === zoe);
    expect(old.column("PD_Relations", "Check findings")[at]).toMatch(REL_03);
    // The manual row is still there, whole.
    expect(
      old
        .rows("PD_Relations")
        .find((r) => r[0] === "Peeters An")!
        .slice(0, manual.length),
    ).toEqual(manual);
  });

  it("merged cells in the column after a table keep it out, values or not", async () => {
    const modern = syncBench(running, "en");
    await modern.sync({ enterpriseNumber: ACME.number });
    const relations = parseAddress(modern.sim.table("PD_Relations")!.address).rect;
    // Empty merged cells, far down the column after PD_Relations and the one after that.
    await modern.sim.run(async (context) => {
      context.workbook.worksheets
        .getItem(SHEET)
        .getRange(span(relations.r1 + 20, relations.c1 + 1, 2))
        .merge();
      await context.sync();
    });
    const old = syncBench(running, "en", { ...OLD_EXCEL, state: modern.sim.state() }, { notes: false });
    await old.sync();
    expect(old.sim.table("PD_Relations")!.headers).toEqual(modern.sim.table("PD_Relations")!.headers);
    expect(old.sim.table("PD_Directors")!.headers.at(-1)).toBe("Check findings");
    expect(old.sim.cell(SHEET, cellAddress(relations.r1 + 20, relations.c1 + 1)).merged).toBe(span(relations.r1 + 20, relations.c1 + 1, 2));
  });

  it("merged cells reaching into the column after a table from above its header keep it out too", async () => {
    const modern = syncBench(running, "en");
    await modern.sync({ enterpriseNumber: ACME.number });
    await modern.sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.getRange("1:2").insert("Down"); // two title rows above the tables
      await context.sync();
    });
    const relations = parseAddress(modern.sim.table("PD_Relations")!.address).rect;
    expect(relations.r0).toBe(2);
    await modern.sim.run(async (context) => {
      // From the first title row down into the table's first rows, in the column after it.
      context.workbook.worksheets
        .getItem(SHEET)
        .getRange(`${cellAddress(0, relations.c1 + 1)}:${cellAddress(4, relations.c1 + 1)}`)
        .merge();
      await context.sync();
    });
    const old = syncBench(running, "en", { ...OLD_EXCEL, state: modern.sim.state() }, { notes: false });
    await old.sync();
    expect(old.sim.table("PD_Relations")!.headers).toEqual(modern.sim.table("PD_Relations")!.headers);
    expect(old.sim.table("PD_Directors")!.headers.at(-1)).toBe("Check findings");
  });

  it("once there, the column stays and is kept current in an Excel with notes, beside the notes", async () => {
    breakNationalNumber();
    const old = syncBench(running, "en", OLD_EXCEL, { notes: false });
    await old.sync({ enterpriseNumber: ACME.number });
    const modern = syncBench(running, "en", { state: old.sim.state() });
    await modern.sync();
    const national = cellOf(modern.sim, "PD_Relations", "National number", zoe);
    expect(modern.sim.cell(SHEET, national).note).toMatch(REL_03);
    const at = modern.rows("PD_Relations").findIndex((r) => r[0] === zoe);
    expect(modern.column("PD_Relations", "Check findings")[at]).toMatch(REL_03);
    expect(modern.sim.table("PD_Relations")!.headers.filter((h) => h === "Check findings")).toHaveLength(1);

    breakNationalNumber("85073003328");
    await modern.sync();
    expect(modern.column("PD_Relations", "Check findings")[at]).toBe("");
    expect(modern.sim.cell(SHEET, national).note).toBeNull();
  });

  it("a note an Excel without notes cannot remove goes at the next sync in one with notes", async () => {
    breakNationalNumber();
    const modern = syncBench(running, "en");
    await modern.sync({ enterpriseNumber: ACME.number });
    const national = cellOf(modern.sim, "PD_Relations", "National number", zoe);
    expect(modern.sim.cell(SHEET, national).note).toMatch(REL_03);

    breakNationalNumber("85073003328");
    const old = syncBench(running, "en", { ...OLD_EXCEL, state: modern.sim.state() }, { notes: false });
    await old.sync();
    const moved = cellOf(old.sim, "PD_Relations", "National number", zoe);
    expect(old.sim.cell(SHEET, moved)).toMatchObject({ fill: null, note: expect.stringMatching(REL_03) });
    // Someone colours the cell meanwhile: a later sync without notes leaves the colour alone.
    await old.sim.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange(moved).format.fill.color = "#C6EFCE";
      await context.sync();
    });
    await old.sync();
    expect(old.sim.cell(SHEET, moved).fill).toBe("#C6EFCE");

    const again = syncBench(running, "en", { state: old.sim.state() });
    await again.sync();
    expect(again.sim.cell(SHEET, moved)).toMatchObject({ note: null, fill: "#C6EFCE" });
  });

  it("a note whose finding stays, but in other words, is still the add-in's for the next Excel with notes", async () => {
    breakNationalNumber();
    const nl = syncBench(running, "nl");
    await nl.sync({ enterpriseNumber: ACME.number });
    const national = cellOf(nl.sim, "PD_Relations", nl.sim.table("PD_Relations")!.headers[3]!, zoe);
    const dutch = nl.sim.cell(nl.sim.table("PD_Relations")!.sheet, national).note;
    expect(dutch).toMatch(/^REL-03: Het rijksregisternummer/);

    // A French colleague without notes syncs: the finding stays, now said in French.
    const fr = syncBench(running, "fr", { ...OLD_EXCEL, state: nl.sim.state() }, { notes: false });
    await fr.sync();
    const sheet = fr.sim.table("PD_Relations")!.sheet;
    const moved = cellOf(fr.sim, "PD_Relations", fr.sim.table("PD_Relations")!.headers[3]!, zoe);
    expect(fr.sim.cell(sheet, moved).note).toBe(dutch); // that Excel cannot change it

    // Fixed, then synced in an Excel with notes: the Dutch note is recognised as the add-in's and goes.
    breakNationalNumber("85073003328");
    const again = syncBench(running, "fr", { state: fr.sim.state() });
    await again.sync();
    expect(again.sim.cell(sheet, moved).note).toBeNull();
  });

  it("is read in any language, and follows the sync's", async () => {
    breakNationalNumber();
    const fr = syncBench(running, "fr", OLD_EXCEL, { notes: false });
    await fr.sync({ enterpriseNumber: ACME.number });
    expect(fr.sim.table("PD_Relations")!.headers.at(-1)).toBe("Constats de contrôle");
    const nl = syncBench(running, "nl", { ...OLD_EXCEL, state: fr.sim.state() }, { notes: false });
    await nl.sync();
    const headers = nl.sim.table("PD_Relations")!.headers;
    expect(headers.at(-1)).toBe("Controlebevindingen");
    expect(headers.filter((h) => h === "Controlebevindingen" || h === "Constats de contrôle")).toHaveLength(1);
    const at = nl.rows("PD_Relations").findIndex((r) => r[0] === zoe);
    expect(nl.column("PD_Relations", "Controlebevindingen")[at]).toMatch(/^REL-03: Het rijksregisternummer/);
  });

  it("a column someone named Check or Controle stays theirs", async () => {
    const modern = syncBench(running, "nl");
    await modern.sync({ enterpriseNumber: ACME.number });
    const table = modern.sim.table("PD_Directors")!;
    const directors = parseAddress(table.address).rect;
    // Typing a header right of a table extends the table (Excel's auto-expansion).
    await modern.sim.editCell(table.sheet, cellAddress(directors.r0, directors.c1 + 1), "Controle");
    await modern.sim.editCell(table.sheet, cellAddress(directors.r0 + 1, directors.c1 + 1), "OK — AV 2024");
    expect(modern.sim.table("PD_Directors")!.headers.at(-1)).toBe("Controle");

    const old = syncBench(running, "nl", { ...OLD_EXCEL, state: modern.sim.state() }, { notes: false });
    await old.sync();
    const t = old.sim.table("PD_Directors")!;
    expect(t.headers).toContain("Controle");
    expect(old.column("PD_Directors", "Controle")[0]).toBe("OK — AV 2024");
  });

  it("Run checks fills it without syncing, growing a table that lacks it", async () => {
    const modern = syncBench(running, "en");
    await modern.sync({ enterpriseNumber: ACME.number });
    const relations = parseAddress(modern.sim.table("PD_Relations")!.address).rect;
    // A manual relation whose national number fails its check digits.
    await modern.sim.editCell(SHEET, span(relations.r1 + 1, relations.c0, 4), [["Peeters An", "Person", "", "85073003329"]]);

    const sim = syncBench(running, "en", { ...OLD_EXCEL, state: modern.sim.state() }).sim;
    const findings = await runChecksOnly(excelWorkbook(sim.run, { notes: false }), { language: "en", today: "2026-11-27" });
    expect(findings.some((f) => f.id === "REL-03")).toBe(true);
    const t = sim.table("PD_Relations")!;
    expect(t.headers.at(-1)).toBe("Check findings");
    const at = t.rows.findIndex((r) => r[0] === "Peeters An");
    expect(t.rows[at]!.at(-1)).toMatch(/^REL-03: The national register number of Peeters An fails its check digits\./);
    expect(t.rows[at]!.slice(0, 4)).toEqual(["Peeters An", "Person", "", "85073003329"]);
    expect(sim.cell(SHEET, cellOf(sim, "PD_Relations", "National number", "Peeters An"))).toMatchObject({ fill: "#FDE7E9", note: null });
    // Imported rows without findings: an empty cell.
    expect(t.rows.filter((r, i) => i !== at).every((r) => r.at(-1) === "")).toBe(true);
  });
});
