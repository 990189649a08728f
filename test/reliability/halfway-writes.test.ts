// Writes that fail halfway. Above Excel on the web's request cap the plan is written in chunks, one
// round trip each; Excel may fail any of them (a co-author's lock, a lost connection). For every
// round trip k of such a write: fail at k, then sync again normally. The sheet must be repaired
// (the whole workbook equal, cell by cell, to a sync that never failed, the snapshot sheet
// included) and every row typed by hand must still be there, in between as well as after. Only the
// log's counts differ: the repairing sync counts what was left for it to change.

import { type ExcelSimulator, createExcelSimulator } from "../../simulator";
import type { CompanyData } from "../../src/adminpulse";
import { SyncError } from "../../src/sync/errors";
import { runChecksOnly } from "../../src/sync/run-checks";
import { readWorkbook } from "../../src/workbook/read";
import { type SyncOptions, type SyncSummary, sync } from "../../src/sync/sync";
import { excelWorkbook } from "../../src/workbook/port";
import type { SandboxRelation } from "../../sandbox/model";
import { ACME, PERSON_A, fixtureSeed } from "../support/fixture-seed";
import { startSandbox } from "../support/sandbox";
import { NOW, snapshotWithoutLog } from "../sync/support";
import { failure, typeBelow } from "./support";

/** Small enough that ACME's 240 shareholders take several round trips to write. */
const CAP = 45_000;
const HOLDERS = 240;
const filler = (i: number) => `f${String(i).padStart(7, "0")}-0000-4000-8000-000000000000`;

let before: CompanyData;
let after: CompanyData;

beforeAll(async () => {
  // ACME with 240 small shareholders (the fixture's filler people), fetched over HTTP once as it is,
  // and once after a day of changes in AdminPulse: the first 15 holders sold (every row below them
  // moves up), one renamed, ten new ones, a director gone.
  const seed = fixtureSeed();
  const acme = seed.relations.find((r) => r.uniqueIdentifier === ACME.id)!;
  for (let i = 0; i < HOLDERS; i++) acme.tos.push({ linkType: 6, uniqueIdentifier: filler(i), shares: 1, votingRights: 1 });
  acme.totalShares = 1000 + HOLDERS;
  const running = await startSandbox({ seed, knobs: { rateLimit: { calls: 100_000, windowMs: 60_000, retryAfter: true } } });
  const client = () => running.client({ rateLimit: { calls: 100_000, windowMs: 60_000 } });
  try {
    before = await client().fetchCompany(ACME.number);
    running.sandbox.editRelation(ACME.id, (r: SandboxRelation) => {
      const sold = new Set(Array.from({ length: 15 }, (_, i) => filler(i)));
      r.tos = r.tos.filter((t) => !(t.linkType === 6 && sold.has(t.uniqueIdentifier)));
      r.tos = r.tos.filter((t) => !(t.linkType === 4 && t.uniqueIdentifier === PERSON_A));
      for (let i = HOLDERS; i < HOLDERS + 10; i++) r.tos.push({ linkType: 6, uniqueIdentifier: filler(i), shares: 2, votingRights: 2 });
    });
    running.sandbox.editRelation(filler(100), (r) => {
      r.name = "Person Filler100-Renamed";
      r.lastName = "Person-Renamed";
    });
    after = await client().fetchCompany(ACME.number);
  } finally {
    await running.sandbox.close();
  }
});

function syncWith(sim: ExcelSimulator, data: CompanyData, options: Partial<SyncOptions> = {}): Promise<SyncSummary> {
  return sync({
    workbook: excelWorkbook(sim.run, { maxRequestBytes: CAP }),
    client: { fetchCompany: async () => data },
    language: "en",
    startedBy: "person",
    now: () => NOW,
    enterpriseNumber: ACME.number,
    ...options,
  });
}

const MANUAL = {
  directors: ["Martin Claire", "Natural person", "", "director"],
  shareholders: ["Employee trust (typed)", "Legal person", "", "", 50, 50],
  relations: ["Martin Claire", "Natural person", "", "", "Rue Neuve 3, 1000 Bruxelles"],
  middle: ["Typed between two imported rows", "Natural person", "", "", 7, 7],
};

/** ACME synced once, then rows typed by hand: below three tables, one inserted between imported shareholders, and an imported cell edited. */
async function livedWorkbook(): Promise<ExcelSimulator> {
  const sim = createExcelSimulator({ maxRequestBytes: CAP });
  await syncWith(sim, before);
  await typeBelow(sim, "PD_Directors", MANUAL.directors);
  await typeBelow(sim, "PD_Shareholders", MANUAL.shareholders);
  await typeBelow(sim, "PD_Relations", MANUAL.relations);
  await sim.run(async (context) => {
    // A row inserted by hand at the 31st body row of PD_Shareholders (below rows AdminPulse will remove).
    context.workbook.tables.getItem("PD_Shareholders").rows.add(30, [[...MANUAL.middle, "", "", "", ""]]);
    await context.sync();
  });
  // The accountant corrected a holder's name by hand: an edited imported cell (left alone, reported).
  const holders = sim.table("PD_Shareholders")!;
  const at = holders.rows.findIndex((r) => r[9] === `shareholder:${filler(200)}`);
  const m = /!\$?([A-Z]+)\$?(\d+):/.exec(holders.address)!;
  await sim.editCell(holders.sheet, `${m[1]}${Number(m[2]) + 1 + at}`, "Person Filler200 (corrected)");
  return sim;
}

/** The workbook as a sync that never failed leaves it; the log has as many rows, the newest a success. */
function expectRepaired(sim: ExcelSimulator): void {
  expect(snapshotWithoutLog(sim)).toEqual(clean.snapshot);
  const log = sim.table("PD_SyncLog")!.rows;
  expect(log).toHaveLength(clean.log.length);
  expect(log.map((r) => r[7])).toEqual(clean.log.map((r) => r[7]));
}

/** Every row typed by hand (by its first cell) is in its table. */
function expectManualRows(sim: ExcelSimulator): void {
  const names = (table: string) => sim.table(table)!.rows.map((r) => r[0]);
  expect(names("PD_Directors")).toContain(MANUAL.directors[0]);
  expect(names("PD_Shareholders")).toEqual(expect.arrayContaining([MANUAL.shareholders[0], MANUAL.middle[0], "Person Filler200 (corrected)"]));
  expect(names("PD_Relations")).toContain(MANUAL.relations[0]);
}

let base: ReturnType<ExcelSimulator["state"]>;
let clean: {
  snapshot: ReturnType<ExcelSimulator["snapshot"]>;
  log: unknown[][];
  writeSyncs: number;
  commands: number;
  readCommands: number;
  summary: SyncSummary;
};

beforeAll(async () => {
  base = (await livedWorkbook()).state();
  const sim = createExcelSimulator({ state: base, maxRequestBytes: CAP });
  const summary = await syncWith(sim, after);
  // The read's own commands: a failure there is asked again (read.ts), so the write's are counted after them.
  const reader = createExcelSimulator({ state: base, maxRequestBytes: CAP });
  await readWorkbook(reader.run);
  clean = {
    snapshot: snapshotWithoutLog(sim),
    log: sim.table("PD_SyncLog")!.rows,
    writeSyncs: sim.syncCount - 1,
    commands: sim.commandCount,
    readCommands: reader.commandCount,
    summary,
  };
});

describe("a chunked write that fails halfway", () => {
  it("the write takes several round trips, and the clean sync keeps every typed row", () => {
    expect(clean.writeSyncs).toBeGreaterThanOrEqual(5);
    expect(clean.writeSyncs).toBeLessThanOrEqual(14); // every round trip has its row below
    // 15 holders sold (and their relations), a director gone; 10 new holders (and relations).
    expect(clean.summary).toMatchObject({ removed: 31, added: 20, keptManual: 4 });
    // The corrected name differs from AdminPulse's: left alone, reported.
    expect(clean.summary.conflicts.map((c) => [c.link, c.outcome])).toEqual([[`shareholder:${filler(200)}`, "left-alone"]]);
    const sim = createExcelSimulator({ state: base });
    expectManualRows(sim);
  });

  // Every round trip of the write: the look-up of the checks' notes, the tables grown and the first
  // chunk, the other chunks, the snapshot's, and the last (log, snapshot header, notes, shrinking).
  const rounds = Array.from({ length: 14 }, (_, i) => i + 1);
  it.each(rounds)("fails at round trip %i of the write: nothing typed is lost, and the next sync repairs the sheet", async (k) => {
    if (k > clean.writeSyncs) return; // a shorter write than this row assumes (the test above says how long)
    const sim = createExcelSimulator({ state: base, maxRequestBytes: CAP });
    sim.resetCounters();
    sim.failAt = { sync: 1 + k }; // after the read
    const error = await failure(syncWith(sim, after));
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).kind).toBe("excel");
    expectManualRows(sim); // in between, too

    sim.failAt = undefined;
    await syncWith(sim, after);
    expectManualRows(sim);
    expectRepaired(sim);
  });

  it.each([0.1, 0.35, 0.6, 0.85])("fails at the command %p of the way through the write, then repairs", async (share) => {
    const sim = createExcelSimulator({ state: base, maxRequestBytes: CAP });
    sim.resetCounters();
    sim.failAt = { command: clean.readCommands + Math.max(1, Math.round((clean.commands - clean.readCommands) * share)) };
    await failure(syncWith(sim, after));
    expectManualRows(sim);
    sim.failAt = undefined;
    await syncWith(sim, after);
    expectRepaired(sim);
  });

  it("two failures in a row, at different round trips, still repair", async () => {
    const sim = createExcelSimulator({ state: base, maxRequestBytes: CAP });
    sim.resetCounters();
    sim.failAt = { sync: 3 };
    await failure(syncWith(sim, after));
    sim.resetCounters();
    sim.failAt = { sync: 5 };
    await failure(syncWith(sim, after));
    expectManualRows(sim);
    sim.failAt = undefined;
    await syncWith(sim, after);
    expectRepaired(sim);
  });
});

describe("a chunked write over what the accountant built, that fails halfway", () => {
  // PD_Shareholders with their own column (=T2*2 on every row, in the gap column Z) and a Total
  // Row, and a Notes sheet reading three holders: one who sells (her row goes), two who stay while
  // rows above them go. Rows move as Excel rows, so at every round trip each formula reads its own
  // holder (or #REF!), never another one's.
  const SOLD = filler(3);
  const KEPT = [filler(20), filler(200)];
  let decorated: ReturnType<ExcelSimulator["state"]>;
  let settled: ReturnType<ExcelSimulator["snapshot"]>;

  /** The holder whose row a Notes formula reads, by its link; "#REF!" once the row is gone. */
  function readsHolder(sim: ExcelSimulator, address: string): string {
    const formula = sim.cell("Notes", address).formula!;
    if (formula.includes("#REF!")) return "#REF!";
    const m = /!\$?[A-Z]+\$?(\d+)$/.exec(formula)!;
    const t = sim.table("PD_Shareholders")!;
    const top = Number(/!\$?[A-Z]+\$?(\d+):/.exec(t.address)![1]);
    return String(t.rows[Number(m[1]) - top - 1]?.[9]);
  }

  function expectUserWork(sim: ExcelSimulator): void {
    expect(readsHolder(sim, "A1")).toBe("#REF!");
    expect(readsHolder(sim, "A2")).toBe(`shareholder:${KEPT[0]}`);
    expect(readsHolder(sim, "A3")).toBe(`shareholder:${KEPT[1]}`);
    const t = sim.table("PD_Shareholders")!;
    expect(t.showTotals).toBe(true);
    expect(t.totals![0]).toBe("Total");
    const top = Number(/!\$?[A-Z]+\$?(\d+):/.exec(t.address)![1]);
    t.rows.forEach((_, i) => expect(sim.cell(t.sheet, `Z${top + 1 + i}`).formula).toBe(`=T${top + 1 + i}*2`));
  }

  beforeAll(async () => {
    const sim = createExcelSimulator({ state: base, maxRequestBytes: CAP });
    const at = (id: string) => {
      const t = sim.table("PD_Shareholders")!;
      return t.rows.findIndex((r) => r[9] === `shareholder:${id}`) + 2;
    };
    const rows = sim.table("PD_Shareholders")!.rows.length;
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Permanent data");
      context.workbook.tables.getItem("PD_Shareholders").resize(`P1:Z${rows + 1}`);
      sheet.getRange("Z1").values = [["Tax"]];
      sheet.getRange(`Z2:Z${rows + 1}`).formulas = Array.from({ length: rows }, (_, i) => [`=T${i + 2}*2`]);
      await context.sync();
      context.workbook.tables.getItem("PD_Shareholders").showTotals = true;
      const notes = context.workbook.worksheets.add("Notes");
      notes.getRange("A1:A3").formulas = [SOLD, ...KEPT].map((id) => [`='Permanent data'!T${at(id)}`]);
      await context.sync();
    });
    decorated = sim.state();
    const clean = createExcelSimulator({ state: decorated, maxRequestBytes: CAP });
    await syncWith(clean, after);
    expectUserWork(clean);
    settled = snapshotWithoutLog(clean);
  });

  it.each(Array.from({ length: 14 }, (_, i) => i + 1))(
    "fails at round trip %i: every formula reads its own holder in between, and the next sync repairs",
    async (k) => {
      const sim = createExcelSimulator({ state: decorated, maxRequestBytes: CAP });
      sim.resetCounters();
      sim.failAt = { sync: 1 + k };
      const outcome = await syncWith(sim, after).then(
        () => "done",
        (e: unknown) => e,
      );
      if (outcome === "done") return; // a shorter write than this row assumes
      expect((outcome as SyncError).kind).toBe("excel");
      expect(readsHolder(sim, "A2")).toBe(`shareholder:${KEPT[0]}`);
      expect(readsHolder(sim, "A3")).toBe(`shareholder:${KEPT[1]}`);
      expect(["#REF!", `shareholder:${SOLD}`]).toContain(readsHolder(sim, "A1"));
      expectManualRows(sim);
      sim.failAt = undefined;
      await syncWith(sim, after);
      expectUserWork(sim);
      expect(snapshotWithoutLog(sim)).toEqual(settled);
    },
  );
});

describe("Run checks (no sync) that fails halfway", () => {
  // It rewrites PD_Checks, the notes and the snapshot (which remembers the notes): the snapshot is
  // large here, so it goes in several round trips, beside the one it replaces.
  it.each([1, 2, 3, 5, 8])("fails at round trip %i: the snapshot read before is intact, and the next sync repairs", async (k) => {
    const sim = createExcelSimulator({ state: base, maxRequestBytes: CAP });
    const workbook = excelWorkbook(sim.run, { maxRequestBytes: CAP });
    const checks = createExcelSimulator({ state: base, maxRequestBytes: CAP });
    checks.resetCounters();
    await runChecksOnly(excelWorkbook(checks.run, { maxRequestBytes: CAP }), { language: "en", today: "2026-11-27" });
    expect(checks.syncCount - 1).toBeGreaterThanOrEqual(Math.min(k, 3)); // several round trips to fail in
    sim.resetCounters();
    sim.failAt = { sync: 1 + k };
    const outcome = await runChecksOnly(workbook, { language: "en", today: "2026-11-27" }).then(
      () => "done",
      (e: unknown) => e,
    );
    if (outcome !== "done") expect((outcome as SyncError).kind).toBe("excel");
    sim.failAt = undefined;
    expectManualRows(sim);
    await syncWith(sim, after);
    expectRepaired(sim);
  });
});

describe("a first sync that fails halfway", () => {
  it.each([1, 2, 3, 4, 6, 8])("fails at round trip %i of the first write, and the next sync is a clean first sync", async (k) => {
    const reference = createExcelSimulator({ maxRequestBytes: CAP });
    await syncWith(reference, before);
    const sim = createExcelSimulator({ maxRequestBytes: CAP });
    sim.failAt = { sync: 1 + k };
    const error = await failure(syncWith(sim, before));
    expect((error as SyncError).kind).toBe("excel");
    sim.failAt = undefined;
    await syncWith(sim, before);
    expect(snapshotWithoutLog(sim)).toEqual(snapshotWithoutLog(reference));
    expect(sim.table("PD_SyncLog")!.rows).toHaveLength(1);
  });
});
