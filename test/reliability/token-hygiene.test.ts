// Token hygiene: the API key, set in Settings and used for syncs that succeed and syncs that fail,
// is found nowhere but where it must be (the Authorization header, memory, and this device's
// storage when the administrator asked to remember it). Searched byte for byte in every cell,
// name, setting, custom property and note of the workbook, its state sheet, the exported .xlsx
// (bytes and every part unzipped), every error (message, user messages, stack, own fields), every
// activity the pane is told of, and everything written to the console.

import { inspect } from "node:util";
import JSZip from "jszip";
import { type ExcelSimulator, createExcelSimulator } from "../../simulator";
import { exportXlsx } from "../../simulator/xlsx";
import { CompanySearch } from "../../src/adminpulse";
import { SettingsStore, storageKeys } from "../../src/settings/settings";
import type { PaneHost } from "../../src/taskpane/host";
import { describeError } from "../../src/taskpane/pane-errors";
import { PaneSession } from "../../src/taskpane/session";
import { ACME, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { MemoryStorage } from "../settings/memory-storage";
import { syncBench } from "../sync/support";
import { failure } from "./support";

/** Distinctive keys: nothing else in the project could contain these bytes by chance. */
const KEY = "apk-CANARY-7f3a9c1e5d0b-never-print-me";
const EXPIRED_KEY = "apk-CANARY-expired-2b8d4f6a0c19";
const KEYS = [KEY, EXPIRED_KEY];
/** The key as it could also travel: URL-encoded, base64 (Basic auth), and as bytes in UTF-16. */
const FORMS = [...new Set(KEYS.flatMap((k) => [k, encodeURIComponent(k), Buffer.from(k).toString("base64"), Buffer.from(`:${k}`).toString("base64")]))];

function leaked(text: string): string[] {
  return FORMS.filter((form) => text.includes(form));
}

const CONSOLE = ["log", "info", "warn", "error", "debug", "trace"] as const;
const consoleOutput: string[] = [];
const errors: unknown[] = [];
const activities: unknown[] = [];

let running: Running;
let sim: ExcelSimulator;
let storage: MemoryStorage;
let storageDuring: [string, string][];

/** Remembers what went wrong (the test goes on). */
async function capture(promise: Promise<unknown>): Promise<void> {
  errors.push(await failure(promise));
}

beforeAll(async () => {
  for (const method of CONSOLE) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleOutput.push(args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: 8 }))).join(" "));
    });
  }
  const seed = fixtureSeed();
  seed.tokens.push({ token: KEY, kind: "valid", description: "canary" }, { token: EXPIRED_KEY, kind: "expired", description: "canary" });
  running = await startSandbox({ seed });

  // The pane, as an administrator and an accountant use it.
  sim = createExcelSimulator();
  storage = new MemoryStorage();
  const host: PaneHost = {
    kind: "workbench",
    run: sim.run,
    displayLanguage: "fr-BE",
    dark: false,
    partitionKey: "partition-42",
    isSetSupported: (name, version) => sim.office.context.requirements.isSetSupported(name, version),
    defaults: { apiBaseUrl: running.url },
  };
  const settings = new SettingsStore({ storage, partitionKey: host.partitionKey, defaults: host.defaults });
  const session = new PaneSession(host, { settings });
  session.onActivity((a) => activities.push(a));

  await capture(session.sync({ startedBy: "person", enterpriseNumber: ACME.number, confirmLink: async () => true })); // no key yet
  await capture(Promise.resolve().then(() => settings.setToken(`${KEY} ${KEY}`, true))); // pasted twice: refused
  settings.setToken(KEY, true);
  await session.testConnection(running.url, KEY);
  await session.searchCompanies("Atelier");
  await session.sync({ startedBy: "person", enterpriseNumber: ACME.number, confirmLink: async () => true });
  await sim.editCell("Données permanentes", "F4", "Martin Claire"); // a manual row
  running.sandbox.editRelation(ACME.id, (r) => {
    r.name = "L'Atelier Zoë & Fils SRL";
  });
  await session.sync({ startedBy: "event" });

  // Failures, each before anything is written.
  running.sandbox.setKnobs({ forced: { status: 400, count: 1 } });
  await capture(session.sync({ startedBy: "person" }));
  running.sandbox.setKnobs({ forced: { status: 429, count: 1, retryAfter: "3600" } });
  await capture(session.sync({ startedBy: "person" }));
  running.sandbox.setKnobs({ fault: { mode: "malformed-json", count: 1 } });
  await capture(session.sync({ startedBy: "person" }));
  running.sandbox.setKnobs({ fault: { mode: "wrong-types", count: 1 } });
  await capture(session.sync({ startedBy: "person" }));
  await capture(session.testConnection(running.url, EXPIRED_KEY));
  const controller = new AbortController();
  controller.abort();
  await capture(session.sync({ startedBy: "person", signal: controller.signal }));
  settings.setToken(EXPIRED_KEY, false);
  await capture(session.sync({ startedBy: "person" }));
  await capture(new CompanySearch(running.client({ token: EXPIRED_KEY })).search("Atelier"));
  settings.setToken(KEY, true);
  storageDuring = storage.entries();
  // Excel failing the write.
  sim.failAt = { sync: sim.syncCount + 2 }; // the first round trip after the read
  await capture(session.sync({ startedBy: "person" }));
  sim.failAt = undefined;
  await session.sync({ startedBy: "person" }); // logs the failures above in PD_SyncLog

  // The client on its own, against every kind of failure, with the key.
  const bench = syncBench(running, "nl");
  await bench.sync({ enterpriseNumber: ACME.number, clientOptions: { token: KEY } });
  for (const knobs of [
    { forced: { status: 503, count: 100 } },
    { fault: { mode: "cut-body" as const, count: 100 } },
    { fault: { mode: "empty-body" as const, count: 100 } },
    { fault: { mode: "hang" as const, count: 100 } },
  ]) {
    running.sandbox.reset();
    running.sandbox.setKnobs(knobs);
    await capture(bench.sync({ clientOptions: { token: KEY, timeoutMs: 100 } }));
  }
  await capture(bench.sync({ clientOptions: { token: KEY, baseUrl: "http://127.0.0.1:9" } }));
  await capture(bench.sync({ clientOptions: { token: EXPIRED_KEY } }));
  running.sandbox.reset();

  // Forgetting the key.
  settings.forgetToken();
}, 30_000);

afterAll(async () => {
  jest.restoreAllMocks();
  await running.sandbox.close();
});

describe("the key is nowhere it should not be", () => {
  it("the scenario went through: syncs, failures of every kind, a cancel", () => {
    expect(errors.length).toBeGreaterThanOrEqual(15);
    expect(errors.map((e) => (e as Error).name)).toEqual(
      expect.arrayContaining([
        "PaneError",
        "SettingsValidationError",
        "BadRequestError",
        "RateLimitedError",
        "UnexpectedResponseError",
        "InvalidTokenError",
        "UnavailableError",
        "CancelledError",
        "SyncError",
      ]),
    );
    expect(sim.table("PD_SyncLog")!.rows.length).toBeGreaterThanOrEqual(5);
  });

  it("not in any cell, note, name, setting or custom property of the workbook, the state sheet included", () => {
    const snapshot = sim.snapshot();
    expect(snapshot.sheets.map((s) => s.name)).toContain("PD_State");
    expect(leaked(JSON.stringify(snapshot))).toEqual([]);
    expect(leaked(JSON.stringify(sim.names()))).toEqual([]);
    expect(leaked(JSON.stringify(sim.settings))).toEqual([]);
    expect(leaked(JSON.stringify(sim.customProperties))).toEqual([]);
    expect(leaked(JSON.stringify(sim.state(), (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v)))).toEqual([]);
  });

  it("not in the exported .xlsx, as bytes or in any part unzipped", async () => {
    const bytes = await exportXlsx(sim, { addinId: "adminpulse-permanent-data" });
    const raw = Buffer.from(bytes);
    for (const form of FORMS) expect(raw.includes(Buffer.from(form))).toBe(false);
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
    expect(parts).toEqual(expect.arrayContaining(["xl/workbook.xml", "[Content_Types].xml"]));
    for (const part of parts) {
      const text = await zip.file(part)!.async("string");
      expect([part, leaked(text)]).toEqual([part, []]);
    }
  });

  it("not in any error: message, user messages, stack, own fields, cause, nor what the pane shows of it", () => {
    for (const error of errors) {
      const e = error as Error & { userMessage?: Record<string, string>; cause?: unknown };
      const texts = [
        e.message,
        e.stack ?? "",
        String(e),
        JSON.stringify(e.userMessage ?? {}),
        JSON.stringify(e),
        inspect(e, { depth: 8, showHidden: true }),
        inspect(e.cause, { depth: 8 }),
        ...(["en", "fr", "nl"] as const).map((l) => JSON.stringify(describeError(e, l))),
      ];
      for (const text of texts) expect([e.name, leaked(text)]).toEqual([e.name, []]);
    }
  });

  it("not in anything the pane is told of (activity, progress, outcomes)", () => {
    expect(activities.length).toBeGreaterThan(10);
    expect(leaked(inspect(activities, { depth: 12, showHidden: true }))).toEqual([]);
  });

  it("not on the console", () => {
    expect(leaked(consoleOutput.join("\n"))).toEqual([]);
  });
});

describe("the search itself", () => {
  it("finds a key planted on purpose, in a cell and in the zipped file", async () => {
    const planted = createExcelSimulator();
    await planted.editCell("Sheet1", "B2", `token=${KEY}`);
    expect(leaked(JSON.stringify(planted.snapshot()))).toEqual([KEY]);
    const zip = await JSZip.loadAsync(await exportXlsx(planted));
    const found: string[] = [];
    for (const part of Object.keys(zip.files)) if (!zip.files[part]!.dir) found.push(...leaked(await zip.file(part)!.async("string")));
    expect(found).toEqual([KEY]);
    expect(leaked(`Authorization: Basic ${Buffer.from(`:${KEY}`).toString("base64")}`)).toHaveLength(1);
  });
});

describe("the key in the settings", () => {
  it("was in this device's storage only under its own, partitioned entry while it was to be remembered, never in the settings", () => {
    const keys = storageKeys("partition-42");
    const holding = storageDuring.filter(([, value]) => leaked(value).length > 0).map(([name]) => name);
    expect(holding).toEqual([keys.token]);
    const settingsJson = storageDuring.find(([name]) => name === keys.settings)?.[1] ?? "";
    expect(settingsJson).toContain("rememberToken");
    expect(leaked(settingsJson)).toEqual([]);
  });

  it("is gone from storage once forgotten, and from the store", () => {
    expect(leaked(JSON.stringify(storage.entries()))).toEqual([]);
    const store = new SettingsStore({ storage, partitionKey: "partition-42" });
    expect(store.token()).toBeNull();
    expect(store.tokenSource()).toBe("none");
  });

  it("kept for the session only, it never reaches storage", () => {
    const local = new MemoryStorage();
    const store = new SettingsStore({ storage: local });
    store.setToken(KEY, false);
    expect(store.token()).toBe(KEY);
    expect(leaked(JSON.stringify(local.entries()))).toEqual([]);
    store.update({ rememberToken: true });
    expect(leaked(JSON.stringify(local.entries()))).toEqual([KEY]);
    store.update({ rememberToken: false });
    expect(leaked(JSON.stringify(local.entries()))).toEqual([]);
    expect(leaked(JSON.stringify(store.settings()))).toEqual([]);
    expect(leaked(inspect(store, { depth: 8 }))).toEqual([]); // the private field does not show either
  });
});
