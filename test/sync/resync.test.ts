// End to end, a workbook that was synced before: nothing changes when nothing changed, a change in
// AdminPulse updates just its row, rows typed by hand survive, and edits of imported cells are
// conflicts the user decides about.

import { type SimulatorOptions, type WorkbookSnapshot, createExcelSimulator } from "../../simulator";
import { sync } from "../../src/sync/sync";
import { excelWorkbook } from "../../src/workbook/port";
import { listenToWorkbook } from "../../src/workbook/events";
import { readWorkbook } from "../../src/workbook/read";
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

async function synced(simOptions: SimulatorOptions = {}): Promise<Bench> {
  const bench = syncBench(running, "en", simOptions);
  await bench.sync({ enterpriseNumber: ACME.number });
  bench.sim.resetCounters();
  return bench;
}

/** Every cell that differs between two snapshots, as "sheet!A1: before → after". */
function cellDiff(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  // (Callers pass snapshots without the sync log, which changes at every sync by design.)
  const out: string[] = [];
  for (const sheet of after.sheets) {
    const old = before.sheets.find((s) => s.name === sheet.name)?.cells ?? {};
    for (const address of new Set([...Object.keys(old), ...Object.keys(sheet.cells)])) {
      const a = JSON.stringify(old[address] ?? null);
      const b = JSON.stringify(sheet.cells[address] ?? null);
      if (a !== b && sheet.name !== "PD_State") out.push(`${sheet.name}!${address}: ${a} → ${b}`);
    }
  }
  return out;
}

describe("a second sync", () => {
  // Strict null objects: the first sync found the one-round-trip read refused, so this one syncs
  // the look-ups first: one round trip more.
  it.each([
    [3, "", false],
    [4, ", in an Excel with strict null objects", true],
  ])("changes nothing when nothing changed in AdminPulse, in %i round trips%s", async (roundTrips, _excel, strictNullObjects) => {
    const bench = await synced({ strictNullObjects });
    const before = snapshotWithoutLog(bench.sim);
    const summary = await bench.sync();
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 0, keptManual: 0, conflicts: [] });
    expect(snapshotWithoutLog(bench.sim)).toEqual(before);
    expect(bench.sim.syncCount).toBe(roundTrips); // read (two when strict), write, the checks' notes
    // The log says so, newest first.
    expect(bench.rows("PD_SyncLog").map((r) => r.slice(1))).toEqual([
      ["0566.988.259", 0, 0, 0, 0, 0, "Synced"],
      ["0566.988.259", 22, 0, 0, 0, 0, "Synced"],
    ]);
  });

  it("updates just the row that changed in AdminPulse", async () => {
    const bench = await synced();
    const before = snapshotWithoutLog(bench.sim);
    running.sandbox.editRelation(PERSON_B, (r) => {
      r.address = { street: "Kerkstraat", number: "7", postalCode: "9000", city: "Gent", country: "BE" };
    });
    const summary = await bench.sync();
    expect(summary).toMatchObject({ added: 0, updated: 1, removed: 0, conflicts: [] });
    expect(summary.tables.find((t) => t.table === "relations")!.changes).toEqual([{ kind: "updated", link: PERSON_B, columns: ["address"] }]);
    expect(cellDiff(before, snapshotWithoutLog(bench.sim))).toEqual([
      `${SHEET}!AN4: {"v":"Rue Haute 1, 1000 Bruxelles","nf":"@"} → {"v":"Kerkstraat 7, 9000 Gent","nf":"@"}`,
    ]);
  });

  it("adds and removes rows as mandates come and go in AdminPulse", async () => {
    const bench = await synced();
    running.sandbox.editRelation(ACME.id, (r) => {
      r.tos = r.tos.filter((t) => !(t.linkType === 7 && t.uniqueIdentifier === AUDITOR));
      r.tos.push({ linkType: 4, uniqueIdentifier: PERSON_B, startDate: "2026-01-01", endDate: null, function: "Administrateur" });
    });
    const summary = await bench.sync();
    expect(summary).toMatchObject({ added: 1, removed: 2 });
    expect(bench.column("PD_Directors", "AdminPulse link")).toEqual([`director:${PERSON_A}`, `director:${HOLDCO}`, `director:${PERSON_B}`]);
    expect(bench.rows("PD_Auditors")).toEqual([["", "", "", "", "", "", "", ""]]);
    expect(bench.column("PD_Relations", "AdminPulse ID")).toEqual([PERSON_A, HOLDCO, PERSON_B]);
    expect(bench.column("PD_Relations", "Roles")[2]).toBe("director, permanent representative");
    expect(bench.column("PD_Relations", "Roles")[1]).toBe("director, shareholder");
  });
});

describe("the read, whether Excel allows methods of unresolved null objects or not", () => {
  it("finds the same workbook: tables, what is below and beside them, the name and the snapshot", async () => {
    const bench = await synced();
    // Merged cells right below PD_Identification and in the column after it.
    await bench.sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.getRange("B18:C18").merge();
      sheet.getRange("E20:E21").merge();
    });
    const read = async (strictNullObjects: boolean) => {
      const sim = createExcelSimulator({ state: bench.sim.state(), strictNullObjects });
      return { state: await readWorkbook(sim.run), roundTrips: sim.syncCount };
    };
    const lenient = await read(false);
    const strict = await read(true);
    expect(lenient.roundTrips).toBe(1);
    expect(strict.roundTrips).toBe(4); // refused with and without merged cells, then look-ups and the rest
    expect(strict.state).toEqual(lenient.state);
    expect(lenient.state.tables.identification).toMatchObject({ firstUsedBelow: { row: 17, column: 1 }, columnAfterFree: false });
    expect(lenient.state.enterpriseNumberName).toBe("number-cell");
    expect(Object.keys(lenient.state.snapshot.tables).length).toBeGreaterThan(0);
  });
});

describe("rows typed by hand", () => {
  it("survive every sync, marked manual and coloured, junk and formulas included", async () => {
    const bench = await synced();
    // Typed right below the tables: Excel grows the table, as it does for a person.
    await bench.sim.editCell(SHEET, "F4:L4", [["Martin Claire", "Natural person", "", "director", "2020-01-01", "", ""]]);
    await bench.sim.editCell(SHEET, "P4:U4", [["Martin Claire", "", "", "", "not a number", "=T2*2"]]);
    await bench.sim.editCell(SHEET, "AJ6", "Notaire Lejeune");
    const typed = bench.rows("PD_Directors")[2];

    const first = await bench.sync();
    expect(first).toMatchObject({ added: 0, updated: 0, removed: 0, keptManual: 3, conflicts: [] });
    const second = await bench.sync();
    expect(second.keptManual).toBe(3);

    expect(bench.rows("PD_Directors")[2]).toEqual([...typed!.slice(0, 7), "Manual", ""]);
    expect(bench.rows("PD_Shareholders")[2]).toEqual(["Martin Claire", "", "", "", "not a number", 0, "", "", "Manual", ""]);
    expect(bench.sim.cell(SHEET, "U4")!.formula).toBe("=T2*2");
    expect(bench.rows("PD_Relations")[4]).toEqual(["Notaire Lejeune", "", "", "", "", "", "Manual", "", ""]);
    for (const address of ["F4", "P4", "AJ6"]) expect(bench.sim.cell(SHEET, address)!.displayFill).toBe(MANUAL_FILL);
    expect(bench.sim.cell(SHEET, "F3")!.displayFill).toBeNull();
  });

  it("stay when AdminPulse grows the table under them", async () => {
    const bench = await synced();
    await bench.sim.editCell(SHEET, "F4", "Martin Claire");
    running.sandbox.editRelation(ACME.id, (r) => {
      r.tos.push({ linkType: 4, uniqueIdentifier: PERSON_B, startDate: "2026-01-01", endDate: null, function: "Administrateur" });
    });
    await bench.sync();
    expect(bench.column("PD_Directors", "Name")).toEqual(["Dubois Zoë", "Holding Dubois SA", "Martin Claire", "Peeters Jan"]);
    expect(bench.column("PD_Directors", "Source")).toEqual(["AdminPulse", "AdminPulse", "Manual", "AdminPulse"]);
  });
});

describe("a user's edit of an imported cell", () => {
  async function edited(): Promise<Bench> {
    const bench = await synced();
    await bench.sim.editCell(SHEET, "I2", "gérant");
    return bench;
  }

  it("is reported before anything is written, with the sheet's, the last imported and AdminPulse's value", async () => {
    const bench = await edited();
    const before = bench.sim.snapshot();
    const prepared = await bench.prepare();
    expect(prepared.summary.conflicts).toEqual([
      {
        table: "directors",
        link: `director:${PERSON_A}`,
        label: "Dubois Zoë",
        cells: [{ column: "role", sheet: "gérant", imported: "managing director", adminPulse: "managing director" }],
        outcome: "left-alone",
      },
    ]);
    expect(bench.sim.snapshot()).toEqual(before);
    expect(bench.sim.syncCount).toBe(1);
  });

  it("is left alone by an automatic sync, and again by the next one", async () => {
    const bench = await edited();
    for (let i = 0; i < 2; i++) {
      const summary = await bench.sync({ startedBy: "event" });
      expect(summary.conflicts).toHaveLength(1);
      expect(summary.conflicts[0]!.outcome).toBe("left-alone");
      expect(bench.sim.cell(SHEET, "I2")!.value).toBe("gérant");
    }
  });

  it("gives way to AdminPulse when the user says so", async () => {
    const bench = await edited();
    const resolutions = new Map([[`directors:director:${PERSON_A}`, "take-adminpulse" as const]]);
    const summary = await bench.sync({ resolutions });
    expect(summary.conflicts[0]!.outcome).toBe("took-adminpulse");
    expect(bench.sim.cell(SHEET, "I2")!.value).toBe("managing director");
    expect((await bench.sync()).conflicts).toEqual([]);
  });

  it("keeps the user's value with the row still linked when the user says so: the rest of the row follows AdminPulse, sync after sync", async () => {
    const bench = await edited();
    const summary = await bench.sync({ resolutions: new Map([[`directors:director:${PERSON_A}`, "keep-mine" as const]]) });
    expect(summary.conflicts[0]!.outcome).toBe("kept-mine");
    // Still AdminPulse's row: Source and link stay; the role stays as typed, and the checks say it differs.
    expect(bench.rows("PD_Directors").map((r) => [r[0], r[3], r[7], r[8]])).toEqual([
      ["Dubois Zoë", "gérant", "AdminPulse", `director:${PERSON_A}`],
      ["Holding Dubois SA", "director", "AdminPulse", `director:${HOLDCO}`],
    ]);
    expect(JSON.stringify(bench.sim.snapshot()).includes("@pinned")).toBe(true);
    const ids = (s: typeof summary) => s.findings.map((f) => f.id);
    expect(ids(summary)).toContain("SYNC-01");
    expect(ids(summary)).not.toContain("REL-02");
    expect(summary.findings.find((f) => f.id === "SYNC-01")!.message.en).toMatch(/^“Role” of Dubois Zoë is kept as you typed it/);

    // AdminPulse renames her and moves her start: an event's sync brings both, keeps the role, asks nothing.
    running.sandbox.editRelation(PERSON_A, (r) => {
      r.lastName = "Dubois-Leroy";
      r.name = "Dubois-Leroy Zoë";
    });
    const later = await bench.sync({ startedBy: "event" });
    expect(later.conflicts).toEqual([]);
    expect(bench.rows("PD_Directors")[0]!.slice(0, 4)).toEqual(["Dubois-Leroy Zoë", "Natural person", expect.anything(), "gérant"]);
    expect(ids(later)).toContain("SYNC-01");

    // The user types AdminPulse's value after all: the pin ends, nothing is reported, and the cell
    // is AdminPulse's again (the snapshot no longer lists it as kept).
    await bench.sim.editCell(SHEET, "I2", "managing director");
    const agreed = await bench.sync();
    expect(ids(agreed)).not.toContain("SYNC-01");
    expect(agreed.tables.find((t) => t.table === "directors")!.changes).toEqual([]);
    expect(JSON.stringify(bench.sim.snapshot()).includes("@pinned")).toBe(false);
  });

  it("turns the row into a manual one when the user says so; later syncs leave it to the user", async () => {
    const bench = await edited();
    const resolutions = new Map([[`directors:director:${PERSON_A}`, "make-manual" as const]]);
    const summary = await bench.sync({ resolutions });
    expect(summary.conflicts[0]!.outcome).toBe("made-manual");
    const rows = bench.rows("PD_Directors");
    expect(rows.map((r) => [r[0], r[3], r[7]])).toEqual([
      ["Dubois Zoë", "gérant", "Manual"],
      ["Holding Dubois SA", "director", "AdminPulse"],
    ]);
    const later = await bench.sync();
    expect(later).toMatchObject({ keptManual: 1, conflicts: [] });
  });
});

describe("the review before overwriting", () => {
  it("applies the user's answers over the data already fetched, keeping what was typed while they decided", async () => {
    const bench = await synced();
    await bench.sim.editCell(SHEET, "I2", "gérant");
    const prepared = await bench.prepare();
    expect(prepared.summary.conflicts.map((c) => c.link)).toEqual([`director:${PERSON_A}`]);
    const requests = running.sandbox.stats.requests;
    await bench.sim.editCell(SHEET, "F4", "Martin Claire");

    const summary = await prepared.apply(new Map([[`directors:director:${PERSON_A}`, "make-manual" as const]]));
    expect(running.sandbox.stats.requests).toBe(requests);
    expect(summary).toMatchObject({ keptManual: 2 });
    expect(summary.conflicts[0]!.outcome).toBe("made-manual");
    expect(bench.rows("PD_Directors").map((r) => [r[0], r[3], r[7]])).toEqual([
      ["Dubois Zoë", "gérant", "Manual"],
      ["Holding Dubois SA", "director", "AdminPulse"],
      ["Martin Claire", "", "Manual"],
    ]);
  });
});

describe("a workbook the user rearranged", () => {
  it("keeps working after the sheet was renamed and moved, without adding another sheet", async () => {
    const bench = await synced();
    await bench.sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.name = "Vaste gegevens 2026";
      sheet.position = 0;
      await context.sync();
    });
    await bench.sim.editCell("Vaste gegevens 2026", "F4", "Martin Claire");
    running.sandbox.editRelation(PERSON_A, (r) => {
      r.lastName = "Dubois-Leroy";
      r.name = "Dubois-Leroy Zoë";
    });
    const summary = await bench.sync();
    expect(summary).toMatchObject({ updated: 3, keptManual: 1 });
    expect(bench.sim.sheets().map((s) => s.name)).toEqual(["Vaste gegevens 2026", "Sheet1", "PD_State"]);
    expect(bench.sim.table("PD_Directors")!.sheet).toBe("Vaste gegevens 2026");
    expect(bench.column("PD_Directors", "Name")).toEqual(["Dubois-Leroy Zoë", "Holding Dubois SA", "Martin Claire"]);
  });

  it("recreates a deleted table and keeps the manual rows of the others", async () => {
    const bench = await synced();
    await bench.sim.editCell(SHEET, "P4", "Martin Claire");
    await bench.sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Directors").delete();
      await context.sync();
    });
    bench.sim.resetCounters();
    const summary = await bench.sync();
    expect(summary).toMatchObject({ added: 2, keptManual: 1 });
    expect(bench.column("PD_Directors", "Name")).toEqual(["Dubois Zoë", "Holding Dubois SA"]);
    expect(bench.column("PD_Shareholders", "Name")).toEqual(["Dubois Zoë", "Holding Dubois SA", "Martin Claire"]);
    expect(bench.sim.syncCount).toBeLessThanOrEqual(3);
  });

  it("does not write over cells left behind by a table the user converted to a range", async () => {
    const bench = await synced();
    await bench.sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Directors").convertToRange();
      await context.sync();
    });
    await bench.sim.editCell(SHEET, "F4", "Martin Claire");
    const before = bench.sim.snapshot().sheets.find((s) => s.name === SHEET)!.cells;
    await bench.sync();
    const after = bench.sim.snapshot().sheets.find((s) => s.name === SHEET)!.cells;
    for (const address of ["F1", "F2", "F3", "F4", "N3"]) expect(after[address]).toEqual(before[address]);
    const directors = bench.sim.table("PD_Directors")!;
    expect(directors.rows.map((r) => r[0])).toEqual(["Dubois Zoë", "Holding Dubois SA"]);
    expect(directors.address).not.toMatch(/!F1:/);
  });
});

describe("a workbook made before PD_Shareholders had its Right column", () => {
  /** Synced, then made as an earlier version left it: no Right column, no right in the snapshot; and a column of the user's. */
  async function oldSheet(blockAfter = false): Promise<Bench> {
    const bench = await synced();
    await bench.sim.run(async (context) => {
      // The table as it was: its columns from Shares on one to the left, the last one cleared.
      const table = context.workbook.tables.getItem("PD_Shareholders");
      const range = table.getRange();
      range.load("values,numberFormat");
      await context.sync();
      const without = <T>(rows: T[][]) => rows.map((row) => row.filter((_, c) => c !== 3));
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.getRange("Y1:Y3").clear("All");
      const old = sheet.getRange("P1:X3");
      old.numberFormat = without(range.numberFormat);
      old.values = without(range.values);
      // And a column of the user's, last.
      sheet.getRange("Y1:Y3").values = [["My notes"], ["met the notary"], [""]];
      const state = context.workbook.worksheets.getItem("PD_State").getUsedRange();
      state.load("values");
      await context.sync();
      state.values = state.values.map((row) =>
        row.map((cell, c) => {
          if (c < 2 || row[c - 2] !== "shareholders" || typeof cell !== "string" || !cell.startsWith("{")) return cell;
          const cells = JSON.parse(cell) as Record<string, unknown>;
          delete cells.right;
          return JSON.stringify(cells);
        }),
      );
      await context.sync();
    });
    if (blockAfter) await bench.sim.editCell(SHEET, "Z5", "a note of mine");
    bench.sim.resetCounters();
    return bench;
  }

  it("a re-sync appends the column, the user's own column and cells staying where they were", async () => {
    const bench = await oldSheet();
    expect(bench.sim.table("PD_Shareholders")!.headers).toEqual([
      "Name",
      "Kind",
      "Identifier",
      "Shares",
      "Voting rights",
      "% shares",
      "% votes",
      "Source",
      "AdminPulse link",
      "My notes",
    ]);
    const summary = await bench.sync();
    expect(summary).toMatchObject({ added: 0, removed: 0, conflicts: [] });
    expect(summary.tables.find((t) => t.table === "shareholders")!.changes).toEqual([
      { kind: "updated", link: `shareholder:${PERSON_A}`, columns: ["right"] },
      { kind: "updated", link: `shareholder:${HOLDCO}`, columns: ["right"] },
    ]);
    expect(bench.sim.table("PD_Shareholders")).toMatchObject({
      address: "'Permanent data'!P1:Z3",
      headers: ["Name", "Kind", "Identifier", "Shares", "Voting rights", "% shares", "% votes", "Source", "AdminPulse link", "My notes", "Right"],
      rows: [
        ["Dubois Zoë", "Natural person", "85.07.30-033.28", 600, 600, 0.6, 0.6, "AdminPulse", `shareholder:${PERSON_A}`, "met the notary", "full ownership"],
        ["Holding Dubois SA", "Legal person", "0403.170.701", 400, 400, 0.4, 0.4, "AdminPulse", `shareholder:${HOLDCO}`, "", "full ownership"],
      ],
    });
    // The auditors' table beside it did not move, and the next sync has nothing to do.
    expect(bench.sim.table("PD_Auditors")!.address).toBe("'Permanent data'!AA1:AH2");
    const again = await bench.sync();
    expect(again).toMatchObject({ added: 0, updated: 0, removed: 0, conflicts: [] });
  });

  it("read in another language too: a French sheet's 'Droit' column is the Right column", async () => {
    const bench = await oldSheet();
    await bench.sync();
    await bench.sync({ language: "fr" });
    expect(bench.sim.table("PD_Shareholders")!.headers.slice(-2)).toEqual(["My notes", "Droit"]);
    expect(bench.column("PD_Shareholders", "Droit")).toEqual(["pleine propriété", "pleine propriété"]);
  });

  it("where the column after the table holds something, the table does not grow over it", async () => {
    const bench = await oldSheet(true);
    const summary = await bench.sync();
    expect(summary.conflicts).toEqual([]);
    expect(bench.sim.table("PD_Shareholders")!.headers).not.toContain("Right");
    expect(bench.sim.cell(SHEET, "Z5")!.value).toBe("a note of mine");
  });
});

describe("typing while the sync waits for AdminPulse", () => {
  /** A sync whose AdminPulse answer arrives only after `meanwhile` has run (a person typing). */
  async function syncWhile(bench: Bench, meanwhile: () => Promise<void>, changes: { readonly count: number } | undefined) {
    const client = running.client();
    const port = { ...excelWorkbook(bench.sim.run), changes };
    return sync({
      workbook: port,
      client: {
        fetchCompany: async (number, options) => {
          const data = await client.fetchCompany(number, options);
          await meanwhile();
          return data;
        },
      },
      language: "en",
      startedBy: "person",
    });
  }

  it("is kept: the sync reads again before it writes (one round trip more, only then)", async () => {
    const bench = await synced();
    const { changes } = await listenToWorkbook(bench.sim.run, () => undefined);
    bench.sim.resetCounters();
    const summary = await syncWhile(bench, () => bench.sim.editCell(SHEET, "I2", "gérant"), changes ?? undefined);
    expect(bench.sim.cell(SHEET, "I2").value).toBe("gérant");
    // Seen as the edit it is: left alone and reported.
    expect(summary.conflicts.map((c) => [c.link, c.outcome, c.cells.map((x) => x.sheet)])).toEqual([[`director:${PERSON_A}`, "left-alone", ["gérant"]]]);
    expect(bench.sim.syncCount).toBe(4); // the read, the read again, the notes, the write

    // Nobody typing: no second read.
    bench.sim.resetCounters();
    await syncWhile(bench, async () => undefined, changes ?? undefined);
    expect(bench.sim.syncCount).toBe(3);
  });

  it("without the change event, what was typed meanwhile is written over (why the pane listens)", async () => {
    const bench = await synced();
    await syncWhile(bench, () => bench.sim.editCell(SHEET, "I2", "gérant"), undefined);
    expect(bench.sim.cell(SHEET, "I2").value).toBe("managing director");
  });
});
