// End to end against the sandbox's demo seed: the companies whose shape matters (a name that
// looks like a formula, one that starts with Excel's text prefix, a 2,000-member cooperative).

import { SANDBOX_DEMO_TOKEN, SEED_COMPANIES } from "../../sandbox/seed";
import { type Running, startSandbox } from "../support/sandbox";
import { snapshotWithoutLog, syncBench } from "./support";

let running: Running;
beforeAll(async () => {
  // The real budget is 480 a minute; the 2,000-member cooperative would take four minutes.
  running = await startSandbox({ knobs: { rateLimit: { calls: 100_000, windowMs: 60_000, retryAfter: true } } });
});
afterAll(() => running.sandbox.close());

const clientOptions = { token: SANDBOX_DEMO_TOKEN, rateLimit: { calls: 100_000, windowMs: 60_000 } };

describe("values that Excel would take for something else land as literal text", () => {
  it("a company name starting with = is text, not a formula", async () => {
    const bench = syncBench(running, "fr");
    await bench.sync({ enterpriseNumber: SEED_COMPANIES.nameStartsWithEquals, clientOptions });
    const name = bench.sim.cell("Données permanentes", "C2")!;
    expect(name).toMatchObject({ value: "=SUM(A1) Consulting SRL", formula: null, numberFormat: "@" });
    // …and stays so after a second sync.
    await bench.sync({ clientOptions });
    expect(bench.sim.cell("Données permanentes", "C2")).toMatchObject({ value: "=SUM(A1) Consulting SRL", formula: null });
  });

  it("a name starting with an apostrophe keeps it", async () => {
    const bench = syncBench(running, "nl");
    await bench.sync({ enterpriseNumber: SEED_COMPANIES.nameStartsWithApostrophe, clientOptions });
    expect(bench.sim.cell("Permanente gegevens", "C2")!.value).toBe("'t Vlaamsche Pannenhuis BV");
  });
});

describe("round trips", () => {
  it("a company the checks find nothing to note on: the read and the write, nothing more", async () => {
    const bench = syncBench(running, "fr");
    // Before the filing deadline: no GA-04 warning, only information.
    const summary = await bench.sync({ enterpriseNumber: SEED_COMPANIES.srl, clientOptions, now: () => new Date(2026, 2, 1, 9, 0) });
    expect(summary.findings.every((f) => f.severity === "info")).toBe(true);
    expect(bench.sim.syncCount).toBe(2);
  });
});

describe("a 2,000-member cooperative", () => {
  it("is written in the same round trips as a small company, every cooperator a row, and a second sync changes nothing", async () => {
    const bench = syncBench(running, "nl");
    const summary = await bench.sync({ enterpriseNumber: SEED_COMPANIES.coop2000, clientOptions: { ...clientOptions, concurrency: 8 } });
    // Read and write (a sheet the sync creates has no notes to look up first); the next sync also
    // looks up the checks' notes before writing (the filing deadline has passed on the sync's date).
    expect(bench.sim.syncCount).toBe(2);
    const shareholders = bench.rows("PD_Shareholders");
    expect(shareholders).toHaveLength(2000);
    expect(new Set(shareholders.map((r) => r[9])).size).toBe(2000);
    expect(shareholders.every((r) => r[8] === "AdminPulse" && r[5] === 1)).toBe(true);
    expect(summary.added).toBeGreaterThan(4000);

    const before = snapshotWithoutLog(bench.sim);
    bench.sim.resetCounters();
    const again = await bench.sync({ clientOptions: { ...clientOptions, concurrency: 8 } });
    expect(again).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(bench.sim.syncCount).toBe(3);
    expect(snapshotWithoutLog(bench.sim)).toEqual(before);
  }, 60_000);

  it("splits the write into chunks only when it exceeds Excel's request cap", async () => {
    const bench = syncBench(running, "nl", { maxRequestBytes: 1_000_000 });
    await bench.sync({ enterpriseNumber: SEED_COMPANIES.coop2000, clientOptions: { ...clientOptions, concurrency: 8 } });
    // Read, then the tables and the snapshot in a few requests of under 1 MB each.
    expect(bench.sim.syncCount).toBeGreaterThan(2);
    expect(bench.sim.syncCount).toBeLessThanOrEqual(7);
    expect(bench.rows("PD_Shareholders")).toHaveLength(2000);
    const again = await bench.sync({ clientOptions: { ...clientOptions, concurrency: 8 } });
    expect(again).toMatchObject({ added: 0, updated: 0, removed: 0, conflicts: [] });
  }, 60_000);
});
