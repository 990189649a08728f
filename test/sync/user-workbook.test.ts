// The workbook as an accountant builds on it, synced as Excel really behaves: a Total Row, formulas
// on another sheet and beside the table that read an imported row, a column of their own with one
// formula on every row (Excel's calculated column), their own fills, fonts, number formats and
// conditional formats, rows typed by hand, a table they sorted. AdminPulse then moves rows (a holder
// removed above the others, one added) and the next sync must keep all of it, each thing with its
// own row: a formula that read a removed holder becomes #REF!, never the next holder's value.

import { cellAddress, columnLetters, parseAddress } from "../../simulator/address";
import type { ExcelSimulator } from "../../simulator";
import { ACME, AUDITOR, HOLDCO, PERSON_A, PERSON_B, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { type Bench, snapshotWithoutLog, syncBench } from "./support";

let running: Running;
beforeEach(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterEach(() => running.sandbox.close());

const SHEET = "Permanent data";
const MANUAL_FILL = "#FFF4CE";
const USER_FILL = "#DDEBF7";
const USER_CF_FILL = "#C6EFCE";
const filler = (i: number) => `f${String(i).padStart(7, "0")}-0000-4000-8000-000000000000`;
const holder = (id: string) => `shareholder:${id}`;

function holdersAdd(...entries: [string, number][]): void {
  running.sandbox.editRelation(ACME.id, (r) => {
    for (const [id, shares] of entries) r.tos.push({ linkType: 6, uniqueIdentifier: id, shares, votingRights: shares });
  });
}

function holderRemove(id: string): void {
  running.sandbox.editRelation(ACME.id, (r) => {
    r.tos = r.tos.filter((t) => !(t.linkType === 6 && t.uniqueIdentifier === id));
  });
}

/** The table's rectangle, 0-based. */
function rectOf(sim: ExcelSimulator, table: string) {
  return parseAddress(sim.table(table)!.address).rect;
}

/** A1 address of a table's body cell: the row whose `linkHeader` cell is `link` (or whose first cell is `name`), under `header`. */
function cellOf(sim: ExcelSimulator, table: string, header: string, row: { link: string } | { name: string }, linkHeader = "AdminPulse link"): string {
  const t = sim.table(table)!;
  const at = "link" in row ? t.rows.findIndex((r) => r[t.headers.indexOf(linkHeader)] === row.link) : t.rows.findIndex((r) => r[0] === row.name);
  const column = t.headers.indexOf(header);
  if (at < 0 || column < 0) throw new Error(`no ${header} of ${JSON.stringify(row)} in ${table}`);
  const rect = parseAddress(t.address).rect;
  return cellAddress(rect.r0 + 1 + at, rect.c0 + column);
}

/** The cell a one-reference formula such as `='Permanent data'!T4` or `=T4*3` reads. */
function target(formula: string): string {
  const m = /(?:^=|!|[=*+(])\$?([A-Z]{1,3})\$?(\d+)/.exec(formula);
  if (!m) throw new Error(`no reference in ${formula}`);
  return `${m[1]}${m[2]}`;
}

async function edit(sim: ExcelSimulator, batch: (wb: Excel.Workbook) => void): Promise<void> {
  await sim.run(async (context) => {
    batch(context.workbook as unknown as Excel.Workbook);
    await context.sync();
  });
}

/** What the accountant built on PD_Shareholders after the first sync (holders: Zoë, Holding, Filler0). */
interface Decorated {
  bench: Bench;
  /** Cells of the Notes sheet and what they read. */
  notes: { zoeShares: string; fillerShares: string; holdingName: string };
  /** A formula on the same sheet, right of every table, reading Filler0's shares. */
  beside: string;
  totalRow: number;
}

/**
 * ACME with a third holder, synced; then on PD_Shareholders: the gap column taken in as the
 * user's "Tax" column with `=T2*2` on every row (calculated), a row typed in between, a Total Row
 * with a SUBTOTAL of the shares, a fill and bold on Holding's name, a number format on its shares,
 * a conditional format of their own on the shares; formulas on a Notes sheet and beside the tables.
 */
async function decorated(totals = true): Promise<Decorated> {
  holdersAdd([filler(0), 10]);
  const bench = syncBench(running, "en");
  await bench.sync({ enterpriseNumber: ACME.number });
  const sim = bench.sim;
  const r = rectOf(sim, "PD_Shareholders"); // P1:Y4
  const shares = columnLetters(r.c0 + 4); // T
  const tax = columnLetters(r.c1 + 1); // Z, the gap before PD_Auditors
  await edit(sim, (wb) => {
    const sheet = wb.worksheets.getItem(SHEET);
    wb.tables.getItem("PD_Shareholders").resize(`${columnLetters(r.c0)}${r.r0 + 1}:${tax}${r.r1 + 1}`);
    sheet.getRange(`${tax}1`).values = [["Tax"]];
    sheet.getRange(`${tax}2:${tax}${r.r1 + 1}`).formulas = Array.from({ length: r.r1 }, (_, i) => [`=${shares}${i + 2}*2`]);
  });
  await edit(sim, (wb) => {
    const table = wb.tables.getItem("PD_Shareholders");
    // Typed between Holding and Filler0 (Excel's "insert table row above").
    table.rows.add(2, [["Employee trust", "Legal person", "", "", 50, 50, "", "", "", "", null] as unknown as string[]]);
    if (totals) table.showTotals = true;
  });
  const holdingName = cellOf(sim, "PD_Shareholders", "Name", { link: holder(HOLDCO) });
  const holdingShares = cellOf(sim, "PD_Shareholders", "Shares", { link: holder(HOLDCO) });
  const fillerShares = cellOf(sim, "PD_Shareholders", "Shares", { link: holder(filler(0)) });
  const zoeShares = cellOf(sim, "PD_Shareholders", "Shares", { link: holder(PERSON_A) });
  const body = rectOf(sim, "PD_Shareholders");
  const totalRow = body.r1 + 1; // 1-based row of the total row (the table's last)
  await edit(sim, (wb) => {
    const sheet = wb.worksheets.getItem(SHEET);
    if (totals) sheet.getRange(`${shares}${totalRow}`).formulas = [["=SUBTOTAL(109,[Shares])"]];
    sheet.getRange(holdingName).format.fill.color = USER_FILL;
    sheet.getRange(holdingName).format.font.bold = true;
    sheet.getRange(holdingShares).numberFormat = [["#,##0.00"]];
    const rule = sheet.getRange(`${shares}2:${shares}${totals ? totalRow - 1 : totalRow}`).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    rule.custom.rule.formula = `=$${shares}2>100`;
    rule.custom.format.fill.color = USER_CF_FILL;
    sheet.getRange(`BC${fillerShares.replace(/^[A-Z]+/, "")}`).formulas = [[`=${fillerShares}*3`]];
    const notes = wb.worksheets.add("Notes");
    notes.getRange("A1:A3").formulas = [[`='${SHEET}'!${zoeShares}`], [`='${SHEET}'!${fillerShares}`], [`='${SHEET}'!${holdingName}`]];
  });
  expect(sim.table("PD_Shareholders")!.calculatedColumns).toEqual(["Tax"]);
  return { bench, notes: { zoeShares: "A1", fillerShares: "A2", holdingName: "A3" }, beside: `BC${fillerShares.replace(/^[A-Z]+/, "")}`, totalRow };
}

describe("a workbook the accountant built on, after AdminPulse removed the first holder and added one", () => {
  async function moved(totals: boolean) {
    const d = await decorated(totals);
    holderRemove(PERSON_A);
    holdersAdd([filler(1), 20]);
    const summary = await d.bench.sync();
    return { ...d, summary, sim: d.bench.sim };
  }

  it("finds every row by its link: the removed one is deleted as a row, the new one added at the end, the typed one kept", async () => {
    const { sim, summary } = await moved(true);
    expect(summary.tables.find((t) => t.table === "shareholders")!.changes).toEqual(
      expect.arrayContaining([
        { kind: "removed", link: holder(PERSON_A) },
        { kind: "added", link: holder(filler(1)) },
      ]),
    );
    const t = sim.table("PD_Shareholders")!;
    expect(t.rows.map((r) => [r[0], r[4], r[8]])).toEqual([
      ["Holding Dubois SA", 400, "AdminPulse"],
      ["Employee trust", 50, "Manual"],
      ["Person Filler0", 10, "AdminPulse"],
      ["Person Filler1", 20, "AdminPulse"],
    ]);
  });

  it("keeps the Total Row under the body with its functions, never read as a row", async () => {
    const { sim, summary, totalRow, bench } = await moved(true);
    expect(summary.keptManual).toBe(1);
    const t = sim.table("PD_Shareholders")!;
    expect(t.showTotals).toBe(true);
    // Same height as before (one out, one in): the total row is where it was, right under the body.
    const r = rectOf(sim, "PD_Shareholders");
    expect(r.r1 + 1).toBe(totalRow);
    expect(t.totals![0]).toBe("Total");
    expect(t.totals![8]).toBe(""); // its Source cell: nothing written there
    expect(sim.cell(SHEET, `T${totalRow}`).formula).toBe("=SUBTOTAL(109,[Shares])");
    expect(sim.cell(SHEET, `Z${totalRow}`).formula).toBe("=SUBTOTAL(109,[Tax])");
    // And again: a sync with nothing new changes nothing, total row included.
    const before = snapshotWithoutLog(sim);
    await bench.sync();
    expect(snapshotWithoutLog(sim)).toEqual(before);
  });

  it("formulas elsewhere read the same person after the move, or #REF! for the one removed", async () => {
    const { sim, notes, beside } = await moved(true);
    const zoe = sim.cell("Notes", notes.zoeShares).formula!;
    expect(zoe).toContain("#REF!");
    const fillerRef = sim.cell("Notes", notes.fillerShares).formula!;
    expect(target(fillerRef)).toBe(cellOf(sim, "PD_Shareholders", "Shares", { link: holder(filler(0)) }));
    expect(sim.cell(SHEET, target(fillerRef)).value).toBe(10);
    expect(target(sim.cell("Notes", notes.holdingName).formula!)).toBe(cellOf(sim, "PD_Shareholders", "Name", { link: holder(HOLDCO) }));
    // Beside the tables, on the same sheet: the cell stays, its reference follows Filler0's row.
    expect(target(sim.cell(SHEET, beside).formula!)).toBe(cellOf(sim, "PD_Shareholders", "Shares", { link: holder(filler(0)) }));
  });

  it("the user's formula column moves with its rows, and the new row gets it from Excel", async () => {
    const { sim } = await moved(true);
    const t = sim.table("PD_Shareholders")!;
    const r = rectOf(sim, "PD_Shareholders");
    t.rows.forEach((_, i) => expect(sim.cell(SHEET, `Z${r.r0 + 2 + i}`).formula).toBe(`=T${r.r0 + 2 + i}*2`));
    expect(t.calculatedColumns).toEqual(["Tax"]);
  });

  it("the user's fill, font, number format and conditional format stay on their cells; the add-in's rule is there once", async () => {
    const { sim } = await moved(true);
    const name = cellOf(sim, "PD_Shareholders", "Name", { link: holder(HOLDCO) });
    expect(sim.cell(SHEET, name)).toMatchObject({ fill: USER_FILL, bold: true });
    expect(sim.cell(SHEET, cellOf(sim, "PD_Shareholders", "Shares", { link: holder(HOLDCO) })).numberFormat).toBe("#,##0.00");
    // No other row took them.
    for (const link of [holder(filler(0)), holder(filler(1))]) expect(sim.cell(SHEET, cellOf(sim, "PD_Shareholders", "Name", { link })).fill).toBeNull();
    expect(sim.cell(SHEET, cellOf(sim, "PD_Shareholders", "Name", { name: "Employee trust" })).fill).toBeNull();
    const rules = sim.snapshot().sheets.find((s) => s.name === SHEET)!.conditionalFormats;
    expect(rules.filter((c) => c.fill === USER_CF_FILL)).toEqual([expect.objectContaining({ formula: "=$T2>100", ranges: ["T2:T5"] })]);
    // The add-in's manual-row colour: once on PD_Shareholders' body, the typed row coloured.
    expect(rules.filter((c) => c.fill === MANUAL_FILL && c.ranges.some((x) => x.startsWith("P2:")))).toEqual([expect.objectContaining({ ranges: ["P2:Z5"] })]);
    expect(sim.cell(SHEET, cellOf(sim, "PD_Shareholders", "Name", { name: "Employee trust" })).displayFill).toBe(MANUAL_FILL);
  });

  it("without a total row: the same, and what is below the table stays where it was", async () => {
    const d = await decorated(false);
    const sim = d.bench.sim;
    const r0 = rectOf(sim, "PD_Shareholders");
    await sim.editCell(SHEET, `P${r0.r1 + 4}`, "Checked by JD"); // a note of theirs, three rows below
    holderRemove(PERSON_A);
    holderRemove(HOLDCO);
    holdersAdd([filler(1), 20]);
    await d.bench.sync();
    expect(sim.table("PD_Shareholders")!.rows.map((row) => row[0])).toEqual(["Employee trust", "Person Filler0", "Person Filler1"]);
    expect(sim.cell(SHEET, `P${r0.r1 + 4}`).value).toBe("Checked by JD");
    expect(sim.cell("Notes", d.notes.zoeShares).formula).toContain("#REF!");
    expect(sim.cell("Notes", d.notes.holdingName).formula).toContain("#REF!");
    expect(target(sim.cell("Notes", d.notes.fillerShares).formula!)).toBe(cellOf(sim, "PD_Shareholders", "Shares", { link: holder(filler(0)) }));
    const r = rectOf(sim, "PD_Shareholders");
    for (let row = r.r0 + 2; row <= r.r1 + 1; row++) expect(sim.cell(SHEET, `Z${row}`).formula).toBe(`=T${row}*2`);
  });
});

describe("a calculated column in a table without a total row", () => {
  it("grows with the table: the new director gets the formula from Excel, the add-in writes nothing there", async () => {
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    const sim = bench.sim;
    const r = rectOf(sim, "PD_Directors"); // F1:N3; O is the gap
    await edit(sim, (wb) => {
      wb.tables.getItem("PD_Directors").resize(`F1:O${r.r1 + 1}`);
      const sheet = wb.worksheets.getItem(SHEET);
      sheet.getRange("O1").values = [["Mandate ends"]];
      sheet.getRange(`O2:O${r.r1 + 1}`).formulas = Array.from({ length: r.r1 }, () => ['=IF([@End]="","open",[@End])']);
    });
    running.sandbox.editRelation(ACME.id, (acme) => {
      acme.tos.push({ linkType: 4, uniqueIdentifier: PERSON_B, startDate: "2026-01-01", endDate: null, function: "Administrateur" });
    });
    await bench.sync();
    const t = sim.table("PD_Directors")!;
    expect(t.rows.map((row) => row[0])).toEqual(["Dubois Zoë", "Holding Dubois SA", "Peeters Jan"]);
    for (let row = 2; row <= 4; row++) expect(sim.cell(SHEET, `O${row}`).formula).toBe('=IF([@End]="","open",[@End])');
    expect(t.calculatedColumns).toEqual(["Mandate ends"]);
    // A director AdminPulse removes goes, although every row holds the column's formula.
    running.sandbox.editRelation(ACME.id, (acme) => {
      acme.tos = acme.tos.filter((x) => !(x.linkType === 4 && x.uniqueIdentifier === HOLDCO));
    });
    const summary = await bench.sync();
    expect(summary.tables.find((x) => x.table === "directors")!.changes).toEqual([{ kind: "removed", link: `director:${HOLDCO}` }]);
    expect(sim.table("PD_Directors")!.rows.map((row) => row[0])).toEqual(["Dubois Zoë", "Peeters Jan"]);
  });
});

describe("a table the user sorted", () => {
  it("is synced by link, in the user's order: each row gets its own holder's values, nothing is put back in the add-in's order", async () => {
    holdersAdd([filler(0), 10], [filler(1), 20]);
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    const sim = bench.sim;
    // Sorted by shares, smallest first: Excel's sort moves the rows' cells (values and formats).
    await edit(sim, (wb) => wb.tables.getItem("PD_Shareholders").sort.apply([{ key: 4, ascending: true }]));
    expect(sim.table("PD_Shareholders")!.rows.map((row) => row[0])).toEqual(["Person Filler0", "Person Filler1", "Holding Dubois SA", "Dubois Zoë"]);
    running.sandbox.editRelation(filler(1), (x) => {
      x.name = "Person Filler1-Renamed";
      x.lastName = "Person-Renamed";
    });
    holderRemove(filler(0));
    holdersAdd([filler(2), 5]);
    const summary = await bench.sync();
    expect(summary.conflicts).toEqual([]);
    const after = sim.table("PD_Shareholders")!;
    expect(after.rows.map((row) => [row[0], row[4], row[9]])).toEqual([
      ["Person Filler1-Renamed", 20, holder(filler(1))],
      ["Holding Dubois SA", 400, holder(HOLDCO)],
      ["Dubois Zoë", 600, holder(PERSON_A)],
      ["Person Filler2", 5, holder(filler(2))],
    ]);
    // The sort is not applied again (it would move values under the references that follow them).
    expect(after.sort).toMatchObject({ fields: [{ column: "Shares", ascending: true }] });
    // A second sync changes nothing: the user's order stays.
    const before = snapshotWithoutLog(sim);
    await bench.sync();
    expect(snapshotWithoutLog(sim)).toEqual(before);
  });
});

describe("tables the user filtered", () => {
  it("sync with the filter on: rows found by their link, moved as Excel moves rows, the same criteria back, hidden rows hidden", async () => {
    holdersAdd([filler(0), 10]);
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    const sim = bench.sim;
    // Natural persons only: Holding Dubois SA hidden. (A filter hides whole sheet rows, so one
    // table's filter at a time: the tables sit side by side.)
    await edit(sim, (wb) => {
      wb.tables.getItem("PD_Shareholders").columns.getItem("Kind").filter.applyValuesFilter(["Natural person"]);
      const fillerShares = cellOf(sim, "PD_Shareholders", "Shares", { link: holder(filler(0)) });
      wb.worksheets.add("Notes").getRange("A1").formulas = [[`='${SHEET}'!${fillerShares}`]];
    });
    expect(sim.table("PD_Shareholders")!.hiddenRows).toEqual([1]);

    // AdminPulse: Zoë (the first row) sells, a natural person and a company come in.
    holderRemove(PERSON_A);
    holdersAdd([filler(1), 20], [AUDITOR, 5]);
    const summary = await bench.sync();
    expect(summary.conflicts).toEqual([]);

    const after = sim.table("PD_Shareholders")!;
    expect(after.rows.map((row) => [row[0], row[1], row[4]])).toEqual([
      ["Holding Dubois SA", "Legal person", 400],
      ["Person Filler0", "Natural person", 10],
      ["Person Filler1", "Natural person", 20],
      [after.rows[3]![0], after.rows[3]![1], 5],
    ]);
    // The same criteria, over the rows as written: the two companies hidden, the persons shown.
    expect(after.filters).toEqual({ Kind: expect.objectContaining({ filterOn: "Values", values: ["Natural person"] }) });
    expect(after.rows[3]![1]).not.toBe("Natural person");
    expect(after.hiddenRows).toEqual([0, 3]);
    // Filler0's row moved up as a row: the workpaper still reads Filler0's shares.
    const notes = sim.cell("Notes", "A1").formula!;
    expect(notes).toBe(`='${SHEET}'!${cellOf(sim, "PD_Shareholders", "Shares", { link: holder(filler(0)) })}`);
    expect(sim.cell(SHEET, target(notes)).value).toBe(10);
    // Nothing to change: a second sync leaves it all as it is.
    const before = snapshotWithoutLog(sim);
    await bench.sync();
    expect(snapshotWithoutLog(sim)).toEqual(before);
  });

  it("PD_Checks filtered to the errors: rewritten with more or fewer findings, the filter still there, only errors shown", async () => {
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    const sim = bench.sim;
    await edit(sim, (wb) => wb.tables.getItem("PD_Checks").columns.getItem("Severity").filter.applyValuesFilter(["Error"]));
    const criteria = sim.table("PD_Checks")!.filters;
    // AdminPulse: two more holders whose shares do not add up, so the findings change.
    holdersAdd([filler(0), 10], [filler(1), 20]);
    await bench.sync();
    const checks = sim.table("PD_Checks")!;
    expect(checks.filters).toEqual(criteria);
    const shown = checks.rows.filter((_, i) => !(checks.hiddenRows ?? []).includes(i));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((row) => row[0] === "Error")).toBe(true);
    expect(checks.rows.length).toBeGreaterThan(shown.length);
  });
});

describe("the checks' fills and the user's", () => {
  /** Holders Filler0, 1 and 2 (also rows of PD_Relations, in that order), Filler1 with a wrong national number (REL-03). */
  function fillers(): void {
    holdersAdd([filler(0), 10], [filler(1), 20], [filler(2), 30]);
    running.sandbox.editRelation(filler(1), (x) => {
      x.nationalNumber = "85073003329";
    });
  }
  const national = (sim: ExcelSimulator, i: number) => cellOf(sim, "PD_Relations", "National number", { name: `Person Filler${i}` });

  it("a finding's fill moves with its row and goes with the finding; a colour the user put on a cell stays", async () => {
    fillers();
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    const sim = bench.sim;
    const wrong = national(sim, 1);
    expect(sim.cell(SHEET, wrong).fill).toBe("#FDE7E9");
    await edit(sim, (wb) => {
      wb.worksheets.getItem(SHEET).getRange(national(sim, 2)).format.fill.color = USER_FILL;
    });
    // Filler0 leaves: the rows below it move up, Filler2's into the cell where Filler1's finding was.
    holderRemove(filler(0));
    await bench.sync();
    expect(national(sim, 2)).toBe(wrong);
    expect(sim.cell(SHEET, national(sim, 1))).toMatchObject({ fill: "#FDE7E9", note: expect.stringContaining("REL-03") });
    expect(sim.cell(SHEET, national(sim, 2))).toMatchObject({ fill: USER_FILL, note: null });
    // Fixed in AdminPulse: the add-in's colour and note go, the user's colour stays.
    running.sandbox.editRelation(filler(1), (x) => {
      x.nationalNumber = null;
    });
    await bench.sync();
    expect(sim.cell(SHEET, national(sim, 1))).toMatchObject({ fill: null, note: null });
    expect(sim.cell(SHEET, national(sim, 2)).fill).toBe(USER_FILL);
  });

  it("in an Excel without notes: still two round trips, and the finding's fill moves with its row and goes with it", async () => {
    fillers();
    const bench = syncBench(running, "en", { requirementSets: { ExcelApi: "1.13" } }, { notes: false });
    await bench.sync({ enterpriseNumber: ACME.number });
    const sim = bench.sim;
    holderRemove(filler(0));
    sim.resetCounters();
    await bench.sync();
    expect(sim.syncCount).toBe(2);
    const coloured = () => {
      const r = rectOf(sim, "PD_Relations");
      const column = sim.table("PD_Relations")!.headers.indexOf("National number");
      return sim
        .table("PD_Relations")!
        .rows.filter((_, i) => sim.cell(SHEET, cellAddress(r.r0 + 1 + i, r.c0 + column)).fill !== null)
        .map((row) => row[0]);
    };
    expect(coloured()).toEqual(["Person Filler1"]);
    running.sandbox.editRelation(filler(1), (x) => {
      x.nationalNumber = null;
    });
    await bench.sync();
    expect(coloured()).toEqual([]);
  });

  it("a cell the user coloured before a finding landed on it keeps the user's colour (the note says it)", async () => {
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    const sim = bench.sim;
    const zoe = cellOf(sim, "PD_Relations", "National number", { name: "Dubois Zoë" });
    await edit(sim, (wb) => {
      wb.worksheets.getItem(SHEET).getRange(zoe).format.fill.color = USER_FILL;
    });
    running.sandbox.editRelation(PERSON_A, (x) => {
      x.nationalNumber = "85073003329";
    });
    await bench.sync();
    expect(sim.cell(SHEET, zoe)).toMatchObject({ fill: USER_FILL, note: expect.stringContaining("REL-03") });
    running.sandbox.editRelation(PERSON_A, (x) => {
      x.nationalNumber = "85073003328";
    });
    await bench.sync();
    expect(sim.cell(SHEET, zoe)).toMatchObject({ fill: USER_FILL, note: null });
  });
});
