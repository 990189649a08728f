// A workbook never pulls a company it was not linked to by a person at this office (issue: a
// crafted or re-pointed PD_EnterpriseNumber made the on-open sync fetch another client's directors,
// national numbers included). Through the real runtime (on open, on activation, the ribbon), the
// pane's session and `sync-file --in`, against the sandbox: the crafted link syncs nothing and
// says why; a number changed in the sheet, or a workbook from elsewhere, waits for a person, who
// is shown the company AdminPulse has for the number before anything is written.

import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ExcelSimulator, createExcelSimulator } from "../../simulator";
import { exportXlsx, importXlsx } from "../../simulator/xlsx";
import { formatEnterpriseNumber } from "../../src/identifiers/enterprise-number";
import { EXIT_OK, EXIT_USAGE, syncFileMain } from "../../src/cli/sync-file";
import { ConfirmedLinks } from "../../src/settings/confirmed-links";
import { SettingsStore } from "../../src/settings/settings";
import { SyncError } from "../../src/sync/errors";
import type { PreparedSync } from "../../src/sync/sync";
import { type Runtime, startRuntime } from "../../src/taskpane/runtime";
import { PaneSession } from "../../src/taskpane/session";
import { ACME, SOLO, TOKEN, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { MemoryStorage } from "../settings/memory-storage";
import { simulatorHost } from "../support/pane-host";
import { failure } from "./support";

const SHEET = "Permanent data";

let running: Running;
beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => running.sandbox.close());

let device: ConfirmedLinks;
beforeEach(() => {
  device = new ConfirmedLinks({ storage: new MemoryStorage() });
});

interface Pane {
  sim: ExcelSimulator;
  runtime: Runtime;
  session: PaneSession;
  shown: () => number;
  syncs: string[];
}

/** The add-in starting with a workbook, on this test's computer (`device`). */
async function open(sim: ExcelSimulator): Promise<Pane> {
  let shown = 0;
  const host = simulatorHost(sim, { defaults: { apiBaseUrl: running.url, token: TOKEN }, showPane: () => shown++ });
  const session = new PaneSession(host, { settings: new SettingsStore({ storage: new MemoryStorage(), defaults: host.defaults }), confirmedLinks: device });
  const syncs: string[] = [];
  session.onActivity((a) => {
    if (a.kind === "done" || a.kind === "failed") syncs.push(`${a.trigger}:${a.kind}`);
  });
  const runtime = startRuntime(host, { session, autoSync: { debounceMs: 5 } });
  await runtime.started;
  return { sim, runtime, session, shown: () => shown, syncs };
}

/** ACME linked by a person on this computer (first sync, confirmed), as saved. */
async function acmeWorkbook(): Promise<ExcelSimulator> {
  const pane = await open(createExcelSimulator());
  await pane.session.sync({ startedBy: "person", enterpriseNumber: ACME.number, confirmLink: async () => true });
  return createExcelSimulator({ state: pane.sim.state() });
}

/** Every value of the workbook, to show that nothing of another company arrived. */
function everything(sim: ExcelSimulator): string {
  return JSON.stringify(sim.snapshot());
}

async function pointNameAt(sim: ExcelSimulator, sheetName: string, address: string, value: string, veryHidden: boolean): Promise<void> {
  await sim.run(async (context) => {
    const wb = context.workbook;
    const sheet = wb.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    const target = sheet.isNullObject ? wb.worksheets.add(sheetName) : sheet;
    const cell = target.getRange(address);
    cell.numberFormat = [["@"]];
    cell.values = [[value]];
    const existing = wb.names.getItemOrNullObject("PD_EnterpriseNumber");
    await context.sync();
    if (!existing.isNullObject) existing.delete();
    wb.names.add("PD_EnterpriseNumber", cell);
    if (veryHidden) target.visibility = "VeryHidden";
    await context.sync();
  });
}

describe("a crafted link syncs nothing", () => {
  it("a new workbook whose name points at a very hidden cell with a company's number: no sync on open, nothing fetched", async () => {
    const sim = createExcelSimulator();
    await pointNameAt(sim, "x", "A1", SOLO.number, true);
    const before = everything(sim);
    const requests = running.sandbox.stats.requests;

    const pane = await open(sim);

    expect(pane.syncs).toEqual([]);
    expect(running.sandbox.stats.requests).toBe(requests);
    expect(everything(sim)).toBe(before);
    // The pane shows no linked company: the number must be typed by a person.
    expect(await pane.session.linkedCompany()).toBeNull();
    expect(((await failure(pane.session.sync({ startedBy: "person" }))) as SyncError).kind).toBe("link-misdirected");
    expect(running.sandbox.stats.requests).toBe(requests);
  });

  it("a linked workbook whose name is re-pointed at another company's number: no automatic sync, and the pane says the link is not valid", async () => {
    const sim = await acmeWorkbook();
    await pointNameAt(sim, "x", "B7", SOLO.number, true);
    const before = everything(sim);
    const requests = running.sandbox.stats.requests;

    const pane = await open(sim);
    await pane.runtime.autoSync.onSheetActivated(SHEET);
    await pane.runtime.syncFromRibbon();

    expect(pane.syncs).toEqual(["ribbon:failed"]);
    expect(running.sandbox.stats.requests).toBe(requests);
    expect(everything(sim)).toBe(before);
    expect(pane.shown()).toBe(1);
    const linked = await pane.session.linkedCompany();
    expect(linked?.link).toEqual({ kind: "misdirected", reason: "name-elsewhere", enterpriseNumber: ACME.number });
    const error = (await failure(pane.session.sync({ startedBy: "person", confirmLink: async () => true }))) as SyncError;
    expect(error.kind).toBe("link-misdirected");
    expect(error.userMessage.en).toContain("PD_EnterpriseNumber no longer points at the enterprise number");
  });

  it("a re-pointed name is repaired by a person who types the number the sheet shows, after confirming the company", async () => {
    const sim = await acmeWorkbook();
    await pointNameAt(sim, "x", "B7", SOLO.number, true);
    const pane = await open(sim);
    const asked: PreparedSync[] = [];
    const outcome = await pane.session.sync({ startedBy: "person", enterpriseNumber: ACME.number, confirmLink: async (p) => (asked.push(p), true) });
    expect(outcome.kind).toBe("synced");
    expect(asked.map((p) => [p.link.kind, p.summary.companyName])).toEqual([["first", "L'Atelier Zoë SRL"]]);
    expect((await pane.session.linkedCompany())?.link.kind).toBe("linked");
  });

  it("the permanent data on a very hidden sheet is not a link", async () => {
    const sim = await acmeWorkbook();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).visibility = "VeryHidden";
      await context.sync();
    });
    const requests = running.sandbox.stats.requests;
    const pane = await open(sim);
    expect(pane.syncs).toEqual([]);
    expect(running.sandbox.stats.requests).toBe(requests);
    expect((await pane.session.linkedCompany())?.link).toMatchObject({ kind: "misdirected", reason: "very-hidden" });
  });
});

describe("a link no person confirmed here waits for one", () => {
  it("a workbook linked on another computer: no automatic sync; the pane names the company before writing", async () => {
    const synced = await acmeWorkbook();
    device = new ConfirmedLinks({ storage: new MemoryStorage() }); // another computer
    const before = everything(synced);
    const pane = await open(synced);
    await pane.runtime.autoSync.onSheetActivated(SHEET);
    expect(pane.syncs).toEqual([]);
    expect(everything(synced)).toBe(before);
    expect(await pane.session.linkedCompany()).toMatchObject({ confirmed: false, link: { kind: "linked", enterpriseNumber: ACME.number } });

    const asked: PreparedSync[] = [];
    const declined = await pane.session.sync({ startedBy: "person", confirmLink: async (p) => (asked.push(p), false) });
    expect(declined).toMatchObject({ kind: "not-written", reason: "link" });
    expect(everything(synced)).toBe(before);
    expect(asked[0]!.summary.companyName).toBe("L'Atelier Zoë SRL");

    expect((await pane.session.sync({ startedBy: "person", confirmLink: async () => true })).kind).toBe("synced");
    expect(device.has(ACME.number)).toBe(true);
    expect((await pane.session.linkedCompany())?.confirmed).toBe(true);
  });

  it("another number typed in the identification cell: automatic syncs and the ribbon refuse; the pane shows both companies' numbers and the new name", async () => {
    const sim = await acmeWorkbook();
    await sim.run(async (context) => {
      const range = context.workbook.tables.getItem("PD_Identification").getDataBodyRange();
      range.load("values");
      await context.sync();
      const at = range.values.findIndex((row) => row[0] === "EnterpriseNumber");
      range.getCell(at, 2).values = [[formatEnterpriseNumber(SOLO.number)]];
      await context.sync();
    });
    const before = everything(sim);
    const pane = await open(sim);
    await pane.runtime.autoSync.onSheetActivated(SHEET);
    await pane.runtime.syncFromRibbon();
    expect(pane.syncs).toEqual(["ribbon:failed"]);
    expect(everything(sim)).toBe(before);
    const activity = pane.session.activity;
    expect(activity.kind === "failed" && (activity.error as SyncError).userMessage.en).toContain(`changed from 0566.988.259 to 0123.456.749`);

    const asked: PreparedSync[] = [];
    await pane.session.sync({ startedBy: "person", confirmLink: async (p) => (asked.push(p), true) });
    expect(asked.map((p) => [p.link, p.summary.companyName])).toEqual([
      [{ kind: "relinked", enterpriseNumber: SOLO.number, previous: ACME.number }, "Dupont Marc"],
    ]);
    expect(await pane.session.linkedCompany()).toMatchObject({ confirmed: true, link: { kind: "linked", enterpriseNumber: SOLO.number } });
  });
});

describe("sync-file --in refuses a link that fails the rules unless --enterprise-number is given", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "crafted-links-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(file: string, extra: string[] = []) {
    let stderr = "";
    const code = await syncFileMain(["--in", file, "--out", join(dir, "out.xlsx"), "--api-base-url", running.url, "--token-env", "KEY", ...extra], {
      env: { KEY: TOKEN },
      stdout: { write: () => undefined },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: dir,
    });
    return { code, stderr, out: existsSync(join(dir, "out.xlsx")) };
  }

  async function save(sim: ExcelSimulator, name: string): Promise<string> {
    const file = join(dir, name);
    writeFileSync(file, await exportXlsx(sim));
    return file;
  }

  it("a re-pointed name: exit 2, a message naming the option, no output; with --enterprise-number it syncs the number the sheet shows", async () => {
    const sim = await acmeWorkbook();
    await pointNameAt(sim, "x", "B7", SOLO.number, true);
    const file = await save(sim, "crafted.xlsx");
    const refused = await run(file);
    expect(refused).toMatchObject({ code: EXIT_USAGE, out: false });
    expect(refused.stderr).toMatch(/PD_EnterpriseNumber .*--enterprise-number/s);
    const explicit = await run(file, ["--enterprise-number", ACME.number]);
    expect(explicit.code).toBe(EXIT_OK);
    const result = createExcelSimulator({ state: await importXlsx(readFileSync(join(dir, "out.xlsx"))) });
    expect(JSON.stringify(result.snapshot())).not.toContain("Dupont Marc");
  });

  it("a workbook without a recorded link, and one whose number was changed, are refused; a linked one syncs", async () => {
    const linked = await acmeWorkbook();
    expect((await run(await save(linked, "linked.xlsx"))).code).toBe(EXIT_OK);
    rmSync(join(dir, "out.xlsx"));

    // Synced by a version that recorded no number: the state sheet's header keeps none.
    const unrecorded = await acmeWorkbook();
    await unrecorded.run(async (context) => {
      const used = context.workbook.worksheets.getItem("PD_State").getUsedRange();
      used.load("values");
      await context.sync();
      used.getCell(0, used.values[0]!.indexOf("PD_State") + 2).values = [[""]];
      await context.sync();
    });
    const first = await run(await save(unrecorded, "first.xlsx"));
    expect(first).toMatchObject({ code: EXIT_USAGE, out: false });
    expect(first.stderr).toContain("no sync of this workbook recorded");
    expect(first.stderr).toContain("--enterprise-number");

    const changed = await acmeWorkbook();
    await changed.run(async (context) => {
      const range = context.workbook.tables.getItem("PD_Identification").getDataBodyRange();
      range.load("values");
      await context.sync();
      range.getCell(
        range.values.findIndex((row) => row[0] === "EnterpriseNumber"),
        2,
      ).values = [[formatEnterpriseNumber(SOLO.number)]];
      await context.sync();
    });
    const relinked = await run(await save(changed, "changed.xlsx"));
    expect(relinked).toMatchObject({ code: EXIT_USAGE, out: false });
    expect(relinked.stderr).toContain("changed from 0566.988.259 to 0123.456.749");
    expect((await run(await save(changed, "changed.xlsx"), ["--enterprise-number", SOLO.number])).code).toBe(EXIT_OK);
  });
});
