// The task pane as a person uses it, in the workbench in Chromium, against a real sandbox on
// loopback: the key set in Settings, a number typed, a sync, the tables read back from the
// simulated workbook; a wrong key, a cancel, the review after a user's edit, and the language.
// Each view is photographed into test-results/.

import { mkdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import type { Sandbox } from "../../sandbox/server";
import { SANDBOX_DEMO_TOKEN, SANDBOX_EXPIRED_TOKEN, SEED_COMPANIES } from "../../sandbox/seed";
import type { WorkbenchSnapshot } from "../../workbench/snapshot";
import { describeWithBrowser } from "../../scripts/browser/chromium";
import {
  type OpenedWorkbench,
  type WorkbenchEnvironment,
  openWorkbench,
  startWorkbenchEnvironment,
  workbenchSnapshot,
} from "../../scripts/browser/workbench-page";

const SETUP_TIMEOUT_MS = 180_000;
jest.setTimeout(60_000);
const RESULTS_DIR = join(__dirname, "..", "..", "test-results");
const SRL = SEED_COMPANIES.srl; // L'Atelier du Pâtissier SRL

describeWithBrowser("the task pane in the workbench", () => {
  let env: WorkbenchEnvironment | undefined;
  let sandbox: Sandbox;

  beforeAll(async () => {
    env = await startWorkbenchEnvironment();
    sandbox = env.sandbox;
    mkdirSync(RESULTS_DIR, { recursive: true });
  }, SETUP_TIMEOUT_MS);

  afterAll(() => env?.close());

  beforeEach(() => sandbox.reset());

  const open = (lang = "en-US"): Promise<OpenedWorkbench> => openWorkbench(env!, { lang });

  const snapshot = workbenchSnapshot;
  /** The workbook's content, without the round-trip counters (a read counts too). */
  const content = async (page: Page) => {
    const { syncCount, commandCount, ...rest } = await snapshot(page);
    void syncCount;
    void commandCount;
    return rest;
  };
  const table = (snap: WorkbenchSnapshot, name: string) => snap.tables.find((t) => t.name === name);
  const shot = (page: Page, name: string) => page.screenshot({ path: join(RESULTS_DIR, `pane-${name}.png`) });

  /** Types a number and syncs; a first sync names the company and waits for "Yes" (`confirm`). */
  async function syncNumber(pane: Frame, number: string, confirm = true): Promise<void> {
    await pane.getByRole("textbox", { name: "Enterprise number" }).fill(number);
    await pane.getByRole("button", { name: "Sync with AdminPulse" }).click();
    if (confirm) await pane.getByTestId("confirm-link").getByRole("button", { name: "Yes, link and sync" }).click();
  }

  test("the key set in Settings, a number typed, Sync: the tables are filled", async () => {
    const { page, pane, context, errors } = await open();
    try {
      await pane.getByRole("button", { name: "Settings" }).click();
      await pane.getByLabel("AdminPulse API key").fill(SANDBOX_DEMO_TOKEN);
      await pane.getByRole("button", { name: "Save key" }).click();
      await pane.getByText("The key was saved.").waitFor();
      await pane.getByRole("button", { name: "Test connection" }).click();
      await pane.getByText(/The key works: AdminPulse shows .* relations\./).waitFor();
      await shot(page, "settings");
      await pane.getByRole("button", { name: "Done" }).click();

      await pane.getByRole("heading", { name: "Link this workbook to a company" }).waitFor();
      await shot(page, "home-new");
      await pane.getByRole("textbox", { name: "Enterprise number" }).fill("0566.988.259");
      await pane.getByRole("button", { name: "Sync with AdminPulse" }).click();
      // Nothing is written before the person confirms the company AdminPulse has for the number.
      const question = pane.getByTestId("confirm-link");
      await question.getByText("L'Atelier du Pâtissier SRL (0566.988.259)").waitFor();
      expect((await snapshot(page)).sheets.map((s) => s.name)).toEqual(["Sheet1"]);
      await shot(page, "confirm-link");
      await question.getByRole("button", { name: "Yes, link and sync" }).click();
      const summary = pane.getByTestId("sync-summary");
      await summary.waitFor();
      await pane.getByTestId("linked-company").getByText("L'Atelier du Pâtissier SRL").waitFor();
      await shot(page, "summary");

      const snap = await snapshot(page);
      expect(snap.sheets.map((s) => s.name)).toEqual(["Sheet1", "Permanent data", "PD_State"]);
      const identification = table(snap, "PD_Identification")!;
      expect(identification.headers).toEqual(["Key", "Field", "Value", "Source"]);
      expect(identification.rows[0]).toEqual(["CompanyName", "Company name", "L'Atelier du Pâtissier SRL", "AdminPulse"]);
      expect(identification.rows[1]).toEqual(["EnterpriseNumber", "Enterprise number", "0566.988.259", "AdminPulse"]);
      const directors = table(snap, "PD_Directors")!;
      expect(directors.rows.length).toBeGreaterThan(0);
      expect(directors.rows.every((r) => r[7] === "AdminPulse")).toBe(true);
      expect(Number(await summary.getByTestId("summary-added").textContent())).toBe(
        snap.tables
          .filter((t) => !["PD_Identification", "PD_SyncLog", "PD_Checks"].includes(t.name))
          .reduce((n, t) => n + t.rows.filter((r) => r.some((c) => c !== "")).length, 0) + 13,
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a wrong key: the message says what to do, and the workbook does not change", async () => {
    const { page, pane, context, errors } = await open();
    try {
      await page.evaluate((token) => window.workbench!.configure({ token }), SANDBOX_EXPIRED_TOKEN);
      const before = await content(page);
      await syncNumber(pane, SRL, false);
      const message = pane.getByTestId("sync-error");
      await message.getByText(/Ask your administrator for a new AdminPulse key/).waitFor();
      await message.getByRole("button", { name: "Open settings" }).waitFor();
      await shot(page, "error-key");
      expect(await content(page)).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("an AdminPulse that refuses the add-in's origin (CORS): the pane says so, not 'cannot be reached', and the workbook does not change", async () => {
    // Not intercepted: Playwright would answer the preflights itself.
    const { page, pane, context, errors, offLoopback } = await openWorkbench(env!, { intercept: false });
    try {
      sandbox.setKnobs({ refuseCrossOrigin: true });
      const before = await content(page);
      await syncNumber(pane, SRL, false);
      const message = pane.getByTestId("sync-error");
      await message.getByText(/AdminPulse answers, but refuses calls from this add-in's address \(http:\/\/127\.0\.0\.1:\d+\)/).waitFor();
      await message.getByRole("button", { name: "Open settings" }).waitFor();
      expect(await message.textContent()).not.toMatch(/cannot be reached/);
      // One preflight refused, then no retry that cannot help; the key never reached AdminPulse.
      expect(sandbox.stats.preflights).toBe(1);
      expect(sandbox.stats.requests).toBe(0);
      await shot(page, "error-cors");
      expect(await content(page)).toEqual(before);
      expect(offLoopback).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("Test connection also says whether AdminPulse answers as the add-in expects, what differs, and copies the report", async () => {
    const { page, pane, context, errors } = await open();
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await pane.getByRole("button", { name: "Settings" }).click();
      await pane.getByRole("button", { name: "Test connection" }).click();
      await pane.getByTestId("probe-result").getByText("AdminPulse answers as this add-in expects.").waitFor();
      const sent = sandbox.stats.requests;
      expect(sent).toBeLessThanOrEqual(11); // the key's test, and at most 10 for the probe

      // An AdminPulse whose detail names the next general meeting otherwise: named, with the likely new name.
      sandbox.setKnobs({ renameFields: { nextGeneralMeeting: "generalMeetingDate" } });
      await pane.getByRole("button", { name: "Test connection" }).click();
      const probe = pane.getByTestId("probe-result");
      await probe.getByText(/AdminPulse answers differently from what this add-in expects/).waitFor();
      await probe
        .getByText(/nextGeneralMeeting .*generalMeetingDate/)
        .first()
        .waitFor();
      await probe.scrollIntoViewIfNeeded();
      await shot(page, "settings-probe");
      await probe.getByRole("button", { name: "Copy report" }).click();
      await probe.getByText(/The report is copied/).waitFor();
      const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { verdict: string };
      expect(copied.verdict).toBe("differences");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("Cancel in the middle of a sync leaves the workbook as it was", async () => {
    const { page, pane, context, errors } = await open();
    try {
      sandbox.setKnobs({ latencyMs: 400 });
      const before = await content(page);
      await syncNumber(pane, SEED_COMPANIES.saBoard, false);
      await pane.getByTestId("sync-progress").waitFor();
      await shot(page, "progress");
      await pane.getByRole("button", { name: "Cancel" }).click();
      await pane.getByTestId("sync-error").getByText("Sync cancelled").waitFor();
      expect(await content(page)).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("after a user's edit of an imported cell, the review comes before anything is written", async () => {
    const { page, pane, context, errors } = await open();
    try {
      await syncNumber(pane, SRL);
      await pane.getByTestId("sync-summary").waitFor();
      const synced = await snapshot(page);
      const directors = table(synced, "PD_Directors")!;
      // The first director's Role cell: the table starts at its address's column.
      const start = directors.address.replace(/\d.*$/, "").replace(/^.*!/, "");
      const roleColumn = String.fromCharCode(start.charCodeAt(0) + 3);
      await page.evaluate(([address]) => window.workbench!.editCell("Permanent data", address!, "Gérante (à vérifier)"), [`${roleColumn}2`]);
      const edited = await content(page);

      await pane.getByRole("button", { name: "Sync with AdminPulse" }).click();
      const review = pane.getByTestId("review");
      await review.waitFor();
      await review.getByText("Gérante (à vérifier)").waitFor();
      await shot(page, "review");
      expect(await content(page)).toEqual(edited);

      await review.getByRole("radio", { name: /^Detach the row as manual/ }).check();
      await review.getByRole("button", { name: "Apply and sync" }).click();
      await pane.getByTestId("sync-summary").waitFor();
      const after = table(await snapshot(page), "PD_Directors")!;
      expect(after.rows.find((r) => r[3] === "Gérante (à vérifier)")?.[7]).toBe("Manual");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("switching the language in Settings changes the pane and the sheet's headers", async () => {
    const { page, pane, context, errors } = await open();
    try {
      await syncNumber(pane, SRL);
      await pane.getByTestId("sync-summary").waitFor();
      await pane.getByRole("button", { name: "Settings" }).click();
      await pane.getByRole("radio", { name: "Nederlands" }).check();
      await pane.getByRole("button", { name: "Klaar" }).click();
      await pane.getByRole("button", { name: "Synchroniseren met AdminPulse" }).click();
      await pane
        .getByTestId("sync-summary")
        .getByText(/^Gesynchroniseerd/)
        .waitFor();
      await shot(page, "dutch");
      const snap = await snapshot(page);
      expect(table(snap, "PD_Identification")!.headers).toEqual(["Sleutel", "Veld", "Waarde", "Bron"]);
      expect(table(snap, "PD_Directors")!.rows.every((r) => r[7] === "AdminPulse")).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("switching back to the permanent-data sheet syncs it, once a minute at most", async () => {
    const { page, pane, context, errors } = await open();
    try {
      // Date.now under the test's control (timers keep running): "a minute later" without waiting.
      const t0 = Date.now();
      await page.clock.setFixedTime(t0);
      await syncNumber(pane, SRL);
      await pane.getByTestId("linked-company").getByText("L'Atelier du Pâtissier SRL").waitFor();
      const company = sandbox.relationByNumber(SRL)!;
      sandbox.editRelation(company.uniqueIdentifier, (r) => {
        r.name = "L'Atelier du Pâtissier & Fils SRL";
      });

      // Within the minute: switching sheets does nothing.
      await page.getByRole("tab", { name: "Sheet1" }).click();
      await page.getByRole("tab", { name: "Permanent data" }).click();
      await page.waitForTimeout(1500); // past the debounce
      expect(table(await snapshot(page), "PD_Identification")!.rows[0]![2]).toBe("L'Atelier du Pâtissier SRL");

      // A minute later it syncs, and the pane shows it.
      await page.clock.setFixedTime(t0 + 61_000);
      await page.getByRole("tab", { name: "Sheet1" }).click();
      await page.getByRole("tab", { name: "Permanent data" }).click();
      await pane.getByTestId("linked-company").getByText("L'Atelier du Pâtissier & Fils SRL").waitFor();
      await shot(page, "sheet-trigger");
      const snap = await snapshot(page);
      expect(table(snap, "PD_Identification")!.rows[0]![2]).toBe("L'Atelier du Pâtissier & Fils SRL");
      expect(table(snap, "PD_SyncLog")!.rows.map((r) => r[7])).toEqual(["Synced automatically", "Synced"]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a company with errors: the findings are listed, and a click selects the cell", async () => {
    const { page, pane, context, errors } = await open();
    try {
      await syncNumber(pane, SEED_COMPANIES.invalidNationalNumber);
      const finding = pane.getByRole("button", { name: /^REL-03, .*Permanent data!/ });
      await finding.waitFor();
      await shot(page, "findings");
      const name = (await finding.getAttribute("aria-label")) ?? (await finding.textContent()) ?? "";
      const address = /Permanent data!([A-Z]+\d+)/.exec(name)![1]!;
      await page.getByRole("tab", { name: "Sheet1" }).click();
      await finding.click();
      await page.waitForFunction(() => window.workbench!.snapshot().activeSheet === "Permanent data");
      const selected = await pane.evaluate(() =>
        window.__adminPulseHost!.run(async (context) => {
          const range = context.workbook.getSelectedRange();
          range.load("address");
          await context.sync();
          return range.address;
        }),
      );
      expect(selected).toBe(`'Permanent data'!${address}`);
      const snap = await snapshot(page);
      expect(snap.sheets.find((s) => s.name === "Permanent data")!.notes[address]).toMatch(/^REL-03: /);
      expect(table(snap, "PD_Checks")!.rows.some((r) => r[1] === "REL-03")).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("in an Excel without notes (ExcelApi 1.17), the findings go in each table's Check findings column", async () => {
    const { page, pane, context, errors } = await openWorkbench(env!, { query: `?api=${encodeURIComponent(env!.sandboxUrl)}&lang=en-US&excel=1.17` });
    try {
      expect(await pane.evaluate(() => window.__adminPulseHost!.isSetSupported("ExcelApi", "1.18"))).toBe(false);
      await syncNumber(pane, SEED_COMPANIES.invalidNationalNumber);
      await pane.getByRole("button", { name: /^REL-03, .*Permanent data!/ }).waitFor();
      const snap = await snapshot(page);
      const relations = table(snap, "PD_Relations")!;
      expect(relations.headers.at(-1)).toBe("Check findings");
      expect(relations.rows.filter((r) => String(r.at(-1)).startsWith("REL-03: "))).toHaveLength(1);
      expect(snap.sheets.find((s) => s.name === "Permanent data")!.notes).toEqual({});
      await shot(page, "check-column");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the key follows its address: changed in Settings, the key is forgotten, and the new address receives nothing", async () => {
    const { page, pane, context, errors } = await open();
    const received: string[] = [];
    const other = createServer((req, res) => {
      received.push(`${req.method} ${req.url} ${req.headers.authorization ?? "no key"}`);
      res.writeHead(200, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Authorization" });
      res.end('{"items":[],"pageCount":0}');
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      await pane.getByRole("button", { name: "Settings" }).click();
      await pane.getByLabel("AdminPulse API key").fill(SANDBOX_DEMO_TOKEN);
      await pane.getByRole("checkbox", { name: "Remember on this device" }).check();
      await pane.getByRole("button", { name: "Save key" }).click();
      await pane.getByText("The key was saved.").waitFor();

      // Typed but not applied: the test refuses, and nothing leaves for the typed address.
      const address = pane.getByLabel("AdminPulse address");
      await address.fill(otherUrl);
      await pane.getByText("Changing the address forgets the API key: you will enter it again for the new address.").waitFor();
      await pane.getByRole("button", { name: "Test connection" }).click();
      await pane.getByText("Press “Change address” first, or put the current address back.").waitFor();

      await pane.getByRole("button", { name: "Change address" }).click();
      await pane.getByText(/The key entered for the previous address was forgotten/).waitFor();
      await shot(page, "address-changed");
      await pane.getByRole("button", { name: "Test connection" }).click();
      await pane.getByText("Enter the AdminPulse API key first.").waitFor();
      await pane.getByRole("button", { name: "Done" }).click();
      await pane.getByRole("textbox", { name: "Enterprise number" }).fill(SRL);
      await pane.getByRole("button", { name: "Sync with AdminPulse" }).click();
      await pane.getByTestId("sync-error").waitFor();

      expect(received).toEqual([]);
      // Nothing of the key is left in the pane's storage either.
      const stored = await pane.evaluate(() =>
        Object.entries(localStorage)
          .map(([k, v]) => `${k}=${v}`)
          .join("\n"),
      );
      expect(stored).not.toContain(SANDBOX_DEMO_TOKEN);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await new Promise((resolve) => other.close(resolve));
    }
  });

  test("in French: the question before a first sync names the company, and 'Non' writes nothing", async () => {
    const { page, pane, context, errors } = await open("fr-BE");
    try {
      await pane.getByRole("textbox", { name: "Numéro d’entreprise" }).fill(SRL);
      await pane.getByRole("button", { name: "Synchroniser avec AdminPulse" }).click();
      const question = pane.getByTestId("confirm-link");
      await question.getByRole("heading", { name: "Est-ce la bonne société ?" }).waitFor();
      await question.getByText("L'Atelier du Pâtissier SRL (0566.988.259)").waitFor();
      await shot(page, "confirm-link-fr");
      await question.getByRole("button", { name: "Non, ne rien écrire" }).click();
      await pane.getByText("Rien n’a été écrit : la société n’a pas été confirmée.").waitFor();
      expect((await snapshot(page)).sheets.map((s) => s.name)).toEqual(["Sheet1"]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
