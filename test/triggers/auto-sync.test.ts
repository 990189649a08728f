// The automatic syncs in the simulator, against the sandbox: on opening a linked workbook, on
// activating the permanent-data sheet (debounced, once a minute, never over a running sync, never
// set off by the add-in's own writes), the ribbon's sync, and the log they leave.

import { type ExcelSimulator, createExcelSimulator } from "../../simulator";
import { SettingsStore } from "../../src/settings/settings";
import type { PaneHost } from "../../src/taskpane/host";
import { startRuntime, type Runtime } from "../../src/taskpane/runtime";
import { ConfirmedLinks } from "../../src/settings/confirmed-links";
import { PaneSession } from "../../src/taskpane/session";
import { ACME, EXPIRED, TOKEN, fixtureSeed } from "../support/fixture-seed";
import { FAST_RETRY, type Running, startSandbox } from "../support/sandbox";
import { MemoryStorage } from "../settings/memory-storage";

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

const SHEET = "Permanent data";

interface Setup {
  sim: ExcelSimulator;
  host: PaneHost & { startup: boolean[]; shown: number };
  runtime: Runtime;
  clock: { now: number };
  syncs: string[];
}

/** A runtime over a simulated workbook, as the pane starts it in Excel. */
async function start(sim: ExcelSimulator, settings: Partial<{ autoSyncOnOpen: boolean; autoSyncOnActivate: boolean }> = {}, token = TOKEN): Promise<Setup> {
  const clock = { now: Date.UTC(2026, 10, 27, 9, 0) };
  const startup: boolean[] = [];
  const host = {
    kind: "workbench" as const,
    run: sim.run,
    displayLanguage: "en-US",
    dark: false,
    partitionKey: undefined,
    isSetSupported: (name: string, version?: string) => sim.office.context.requirements.isSetSupported(name, version),
    defaults: { apiBaseUrl: running.url, token },
    setStartupBehavior: (load: boolean) => startup.push(load),
    showPane: () => host.shown++,
    startup,
    shown: 0,
  };
  const store = new SettingsStore({ storage: new MemoryStorage(), defaults: host.defaults });
  store.update(settings);
  const session = new PaneSession(host, { settings: store, confirmedLinks: device, now: () => clock.now });
  const syncs: string[] = [];
  session.onActivity((a) => {
    if (a.kind === "done" || a.kind === "failed") syncs.push(`${a.trigger}:${a.kind}`);
  });
  void FAST_RETRY;
  const runtime = startRuntime(host, { session, autoSync: { now: () => clock.now, debounceMs: 20 } });
  await runtime.started;
  return { sim, host, runtime, clock, syncs };
}

/** Waits for a condition the triggers reach on their own time (debounce, then a sync over HTTP). */
async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A workbook linked to ACME by a first sync, as saved and reopened. */
async function linkedWorkbook(): Promise<ExcelSimulator> {
  const first = await start(createExcelSimulator(), { autoSyncOnOpen: false });
  await first.runtime.session.sync({ startedBy: "person", enterpriseNumber: ACME.number, confirmLink: async () => true });
  return createExcelSimulator({ state: first.sim.state() });
}

describe("on opening a workbook", () => {
  it("a linked one syncs once, automatically, and says so in the log", async () => {
    const { syncs, sim } = await start(await linkedWorkbook());
    expect(syncs).toEqual(["open:done"]);
    expect(sim.table("PD_SyncLog")!.rows.map((r) => r[7])).toEqual(["Synced automatically", "Synced"]);
  });

  it("an unlinked one does nothing", async () => {
    const { syncs, sim } = await start(createExcelSimulator());
    expect(syncs).toEqual([]);
    expect(sim.syncCount).toBeLessThanOrEqual(2); // the listener and the read, nothing written
    expect(sim.sheets().map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("does nothing when the administrator turned it off", async () => {
    const { syncs } = await start(await linkedWorkbook(), { autoSyncOnOpen: false });
    expect(syncs).toEqual([]);
  });

  it("asks Office to load the add-in with the document after a sync, as the setting says", async () => {
    const { host, runtime } = await start(createExcelSimulator());
    await runtime.session.sync({ startedBy: "person", enterpriseNumber: ACME.number, confirmLink: async () => true });
    expect(host.startup).toEqual([true]);
    runtime.session.settings.update({ autoSyncOnOpen: false });
    await until(() => host.startup.length > 1);
    expect(host.startup).toEqual([true, false]);
  });
});

describe("on activating the permanent-data sheet", () => {
  async function opened() {
    const setup = await start(await linkedWorkbook(), { autoSyncOnOpen: false });
    await setup.sim.run(async (context) => {
      context.workbook.worksheets.add("Notes");
      await context.sync();
    });
    return setup;
  }

  it("syncs once for two activations within a minute, and again a minute later", async () => {
    const { sim, runtime, syncs, clock } = await opened();
    await sim.fireActivated(SHEET);
    await sim.settle();
    expect(await runtime.autoSync.onSheetActivated(SHEET)).toBe("synced");
    expect(syncs).toEqual(["sheet:done"]);

    clock.now += 30_000;
    await sim.fireActivated("Notes");
    await sim.fireActivated(SHEET);
    await sim.settle();
    expect(await runtime.autoSync.onSheetActivated(SHEET)).toBe("too-soon");
    expect(syncs).toEqual(["sheet:done"]);

    clock.now += 61_000;
    expect(await runtime.autoSync.onSheetActivated(SHEET)).toBe("synced");
    expect(syncs).toEqual(["sheet:done", "sheet:done"]);
  });

  it("a sync of minutes is not followed by another: the minute counts from its end, so its own activation of the sheet starts nothing", async () => {
    const { runtime, syncs, clock } = await opened();
    // The cooperative's sync: four minutes between its start and its write.
    const stop = runtime.session.onActivity((a) => {
      if (a.kind === "running" && a.progress.step === "writing") clock.now += 240_000;
    });
    await runtime.session.sync({ startedBy: "person", trigger: "pane" });
    stop();
    clock.now += 1_400;
    expect(await runtime.autoSync.onSheetActivated(SHEET)).toBe("too-soon");
    expect(syncs).toEqual(["pane:done"]);
    clock.now += 60_000;
    expect(await runtime.autoSync.onSheetActivated(SHEET)).toBe("synced");
  });

  it("a click on the sheet's tab is enough: Excel's event reaches the trigger", async () => {
    const { sim, syncs } = await opened();
    await sim.fireActivated("Notes");
    await sim.fireActivated(SHEET);
    await sim.settle();
    await until(() => syncs.length > 0);
    await new Promise((r) => setTimeout(r, 50)); // and no second one
    expect(syncs).toEqual(["sheet:done"]);
  });

  it("ignores other sheets, and rapid flicking between tabs makes one sync", async () => {
    const { sim, runtime, syncs } = await opened();
    expect(await runtime.autoSync.onSheetActivated("Notes")).toBe("other-sheet");
    const results = await Promise.all([
      runtime.autoSync.onSheetActivated(SHEET),
      runtime.autoSync.onSheetActivated("Notes"),
      runtime.autoSync.onSheetActivated(SHEET),
    ]);
    expect(new Set(results)).toEqual(new Set(["synced"]));
    expect(syncs).toEqual(["sheet:done"]);
    void sim;
  });

  it("never starts over a running sync", async () => {
    const { runtime, syncs } = await opened();
    running.sandbox.setKnobs({ latencyMs: 100 });
    try {
      const byPerson = runtime.session.sync({ startedBy: "person" });
      expect(await runtime.autoSync.onSheetActivated(SHEET)).toBe("busy");
      await byPerson;
      expect(syncs).toEqual(["pane:done"]);
    } finally {
      running.sandbox.setKnobs({ latencyMs: 0 });
    }
  });

  it("is not set off by the add-in's own writes (the first sync shows the sheet it creates)", async () => {
    const { sim, runtime, syncs } = await start(createExcelSimulator(), { autoSyncOnOpen: false });
    await runtime.session.sync({ startedBy: "person", enterpriseNumber: ACME.number, confirmLink: async () => true });
    await sim.settle();
    await new Promise((r) => setTimeout(r, 60)); // past the debounce
    expect(sim.activeSheet()).toBe(SHEET);
    expect(syncs).toEqual(["pane:done"]);
  });

  it("does nothing when the administrator turned it off", async () => {
    const setup = await start(await linkedWorkbook(), { autoSyncOnOpen: false, autoSyncOnActivate: false });
    expect(await setup.runtime.autoSync.onSheetActivated(SHEET)).toBe("disabled");
  });
});

describe("the ribbon's sync and the log", () => {
  it("syncs like the pane, and a failure is logged with the next sync that writes", async () => {
    const { sim, runtime, host, clock } = await start(await linkedWorkbook(), { autoSyncOnOpen: false });
    runtime.session.settings.setToken(EXPIRED, false);
    await runtime.syncFromRibbon();
    expect(host.shown).toBe(1); // the pane opens to say what to do
    expect(sim.table("PD_SyncLog")!.rows).toHaveLength(1); // nothing written

    runtime.session.settings.setToken(TOKEN, false);
    clock.now += 120_000;
    await runtime.syncFromRibbon();
    const log = sim.table("PD_SyncLog")!.rows;
    expect(log.map((r) => [r[1], r[2], r[7]])).toEqual([
      ["0566.988.259", 0, "Synced"],
      ["0566.988.259", "", expect.stringMatching(/^Failed: AdminPulse refused the API key/)],
      ["0566.988.259", 22, "Synced"],
    ]);
  });
});
