// Concurrency: one sync at a time per workbook, whoever asks. A double click on Sync, the ribbon
// and a sheet activation during a sync, the pane closed (the sync cancelled) while fetching, while
// reviewing or while writing: at most one sync reaches Excel, its writes are never interleaved with
// another's, and the workbook ends exactly as one sync leaves it (or as it was).

import { type ExcelSimulator, createExcelSimulator } from "../../simulator";
import { CancelledError } from "../../src/adminpulse";
import { SettingsStore } from "../../src/settings/settings";
import { SyncError } from "../../src/sync/errors";
import type { PaneHost } from "../../src/taskpane/host";
import { type Runtime, startRuntime } from "../../src/taskpane/runtime";
import { ConfirmedLinks } from "../../src/settings/confirmed-links";
import { PaneSession, type SyncActivity } from "../../src/taskpane/session";
import { delayingForCellEdit } from "../../src/workbook/excel-run";
import { ACME, TOKEN, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { MemoryStorage } from "../settings/memory-storage";
import { expectActionableMessage, failure } from "./support";

const SHEET = "Permanent data";
const NOW = Date.UTC(2026, 10, 27, 9, 0);

/** This computer's confirmed links: one per test, shared by the sessions of a test (a file reopened on the same device). */
let device: ConfirmedLinks;
beforeEach(() => {
  device = new ConfirmedLinks({ storage: new MemoryStorage() });
});

let running: Running;
beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => running.sandbox.close());
beforeEach(() => running.sandbox.reset());

interface Pane {
  sim: ExcelSimulator;
  runtime: Runtime;
  session: PaneSession;
  activity: SyncActivity["kind"][];
  /** Each Excel.run the add-in made, in order of its end: whether it changed the workbook, and how many other runs were open meanwhile. */
  runs: { wrote: boolean; overlapping: number }[];
}

/** The add-in's runtime over a workbook, as Excel starts it (no sync on open: the tests start them). */
async function pane(sim: ExcelSimulator): Promise<Pane> {
  const runs: Pane["runs"] = [];
  let open = 0;
  const host: PaneHost = {
    kind: "workbench",
    // Excel.run, watched, behind the add-in's own adapter (as officeExcelRun): a run that changed
    // the workbook, and the runs open beside it.
    run: delayingForCellEdit(async (options, batch) => {
      const before = JSON.stringify(sim.snapshot());
      open++;
      let most = open;
      const timer = setInterval(() => (most = Math.max(most, open)), 1);
      try {
        return await sim.run(options, batch);
      } finally {
        clearInterval(timer);
        runs.push({ wrote: JSON.stringify(sim.snapshot()) !== before, overlapping: Math.max(most, open) - 1 });
        open--;
      }
    }),
    displayLanguage: "en-US",
    dark: false,
    partitionKey: undefined,
    isSetSupported: (name, version) => sim.office.context.requirements.isSetSupported(name, version),
    defaults: { apiBaseUrl: running.url, token: TOKEN },
  };
  const settings = new SettingsStore({ storage: new MemoryStorage(), defaults: host.defaults });
  settings.update({ autoSyncOnOpen: false });
  const session = new PaneSession(host, { settings, confirmedLinks: device, now: () => NOW });
  const activity: SyncActivity["kind"][] = [];
  session.onActivity((a) => activity.push(a.kind));
  const runtime = startRuntime(host, { session, autoSync: { now: () => NOW + 1_000, debounceMs: 5 } });
  await runtime.started;
  return { sim, runtime, session, activity, runs };
}

/** ACME synced once, a row typed by hand, and a change waiting in AdminPulse; returned as a file to open. */
async function livedState(): Promise<ReturnType<ExcelSimulator["state"]>> {
  const first = await pane(createExcelSimulator());
  await first.session.sync({ startedBy: "person", enterpriseNumber: ACME.number, confirmLink: async () => true });
  await first.sim.editCell(SHEET, "F4", "Martin Claire");
  running.sandbox.editRelation(ACME.id, (r) => {
    r.name = "L'Atelier Zoë & Fils SRL";
  });
  return first.sim.state();
}

/** The same file after one sync that nobody disturbed. */
async function oneSync(state: ReturnType<ExcelSimulator["state"]>): Promise<{ snapshot: ReturnType<ExcelSimulator["snapshot"]>; syncs: number }> {
  const reference = await pane(createExcelSimulator({ state }));
  reference.sim.resetCounters();
  await reference.session.sync({ startedBy: "person", confirmLink: async () => true });
  return { snapshot: reference.sim.snapshot(), syncs: reference.sim.syncCount };
}

describe("one sync at a time", () => {
  it("a double click on Sync: the second is refused as busy, and the workbook is as one sync leaves it", async () => {
    const state = await livedState();
    const reference = await oneSync(state);
    const { sim, session } = await pane(createExcelSimulator({ state }));
    running.sandbox.setKnobs({ latencyMs: 20 });
    sim.resetCounters();
    const [first, second] = await Promise.allSettled([session.sync({ startedBy: "person" }), session.sync({ startedBy: "person" })]);
    expect(first.status).toBe("fulfilled");
    expect(second.status).toBe("rejected");
    const refused = (second as PromiseRejectedResult).reason as SyncError;
    expect(refused).toBeInstanceOf(SyncError);
    expect(refused.kind).toBe("busy");
    expectActionableMessage(refused);
    expect(sim.syncCount).toBe(reference.syncs); // the refused one never reached Excel
    expect(sim.snapshot()).toEqual(reference.snapshot);
    expect(session.busy).toBe(false);
  });

  it("the ribbon, a sheet activation and Run checks during a pane sync: none of them starts, nothing is interleaved", async () => {
    const state = await livedState();
    const reference = await oneSync(state);
    const { sim, session, runtime, activity, runs } = await pane(createExcelSimulator({ state }));
    await sim.run(async (context) => {
      context.workbook.worksheets.add("Notes").activate();
      await context.sync();
    });
    running.sandbox.setKnobs({ latencyMs: 25 });
    runs.length = 0;
    const byPerson = session.sync({ startedBy: "person" });
    const during: Promise<unknown>[] = [];
    const others = new Promise<void>((resolve) => {
      const stop = session.onActivity((a) => {
        if (a.kind !== "running" || a.progress.step !== "related") return;
        stop();
        during.push(runtime.syncFromRibbon(), sim.fireActivated(SHEET), runtime.autoSync.onSheetActivated(SHEET), failure(session.runChecks()));
        resolve();
      });
    });
    await others;
    const results = await Promise.all(during);
    await byPerson;
    await sim.settle();
    await new Promise((r) => setTimeout(r, 30)); // past the activation's debounce
    await sim.settle();

    expect(results[2]).toBe("busy");
    expect((results[3] as SyncError).kind).toBe("busy");
    expect(activity.filter((k) => k === "done")).toHaveLength(1);
    expect(activity.filter((k) => k === "failed")).toHaveLength(0);
    // One run wrote (the sync's), with no other run writing beside it; the triggers only looked.
    expect(runs.filter((r) => r.wrote)).toEqual([{ wrote: true, overlapping: 0 }]);
    expect(runs.length).toBeGreaterThan(1);
    // And the workbook is what one sync makes of it (the Notes sheet aside).
    expect(sim.snapshot().sheets.filter((s) => s.name !== "Notes")).toEqual(reference.snapshot.sheets);
  });
});

describe("the pane closed mid-sync", () => {
  it("while fetching: cancelled, nothing written, nothing logged, and the next sync is whole", async () => {
    const state = await livedState();
    const reference = await oneSync(state);
    const { sim, session } = await pane(createExcelSimulator({ state }));
    const before = sim.snapshot();
    running.sandbox.setKnobs({ latencyMs: 20 });
    const cancelled = failure(session.sync({ startedBy: "person" }));
    const stop = session.onActivity((a) => {
      if (a.kind === "running" && a.progress.step === "related") {
        stop();
        session.cancel();
      }
    });
    expect(await cancelled).toBeInstanceOf(CancelledError);
    expect(sim.snapshot()).toEqual(before);
    await session.sync({ startedBy: "person" });
    expect(sim.snapshot()).toEqual(reference.snapshot); // the cancel was not logged as a failure
  });

  it("while the user reviews conflicts: the answer that comes later writes nothing", async () => {
    const state = await livedState();
    const { sim, session } = await pane(createExcelSimulator({ state }));
    await sim.editCell(SHEET, "C2", "Atelier Zoë (typed)"); // an edit AdminPulse also changed: a conflict
    const before = sim.snapshot();
    let answer!: (value: ReadonlyMap<string, "take-adminpulse">) => void;
    const reviewing = new Promise<void>((resolve) => {
      void session
        .sync({
          startedBy: "person",
          review: () => {
            resolve();
            return new Promise((r) => (answer = r));
          },
        })
        .then(
          () => (outcome = "synced"),
          (e: unknown) => (outcome = e),
        );
    });
    let outcome: unknown = null;
    await reviewing;
    // Meanwhile nothing else may start, not even Run checks.
    expect(((await failure(session.sync({ startedBy: "event" }))) as SyncError).kind).toBe("busy");
    session.cancel(); // the pane closes
    answer(new Map([["identification:CompanyName", "take-adminpulse"]]));
    await new Promise((r) => setTimeout(r, 50));
    expect(outcome).toBeInstanceOf(CancelledError);
    expect(sim.snapshot()).toEqual(before);
    expect(session.busy).toBe(false);
  });

  it("while writing: the write is not cut short; the workbook is as one whole sync leaves it", async () => {
    const state = await livedState();
    const reference = await oneSync(state);
    const { sim, session } = await pane(createExcelSimulator({ state }));
    const controller = new AbortController();
    const outcome = await session.sync({
      startedBy: "person",
      signal: controller.signal,
      onProgress: (p) => {
        if (p.step === "writing") controller.abort();
      },
    });
    expect(outcome.kind).toBe("synced");
    expect(sim.snapshot()).toEqual(reference.snapshot);
  });
});
