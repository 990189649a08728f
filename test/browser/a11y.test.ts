// An accessible pane, in the workbench in Chromium against a real sandbox. axe (axe-core, through
// @axe-core/playwright) checks every view of the pane, in the three languages: home for a new
// workbook, Settings, a sync's progress, the company to confirm, the summary with the findings,
// the review of edited cells, and an error; no serious or critical violation may remain (every
// violation found, of any impact, is written to test-results/a11y-<lang>.json). Then the keyboard
// alone (Tab, Enter, Space, arrow keys; no mouse): a sync, a review, a finding opened; focus moves
// to what a sync says when it ends, in a live region.

import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { Sandbox } from "../../sandbox/server";
import { SANDBOX_EXPIRED_TOKEN, SEED_COMPANIES } from "../../sandbox/seed";
import { languageFromTag } from "../../src/i18n/language";
import { homeStrings } from "../../src/taskpane/strings/home";
import { settingsStrings } from "../../src/taskpane/strings/settings";
import { describeWithBrowser } from "../../scripts/browser/chromium";
import { type WorkbenchEnvironment, openWorkbench, startWorkbenchEnvironment, workbenchSnapshot } from "../../scripts/browser/workbench-page";

const SETUP_TIMEOUT_MS = 180_000;
jest.setTimeout(180_000);
const RESULTS_DIR = join(__dirname, "..", "..", "test-results");
const WITH_FINDINGS = SEED_COMPANIES.invalidNationalNumber; // REL-03 on a cell

interface Found {
  view: string;
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe over the pane's frame only (the workbench around it is a developer's tool). */
async function audit(page: Page, view: string, found: Found[]): Promise<void> {
  const results = await new AxeBuilder({ page }).include(["iframe.wb-pane", "html"]).analyze();
  // Not a vacuous run: axe did look at the pane.
  expect(results.passes.length).toBeGreaterThan(10);
  for (const violation of results.violations) {
    found.push({ view, id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((n) => JSON.stringify(n.target)) });
  }
}

/** Presses Tab (Shift+Tab with `back`) until `target` has focus: it must be reachable by the keyboard. */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${back ? "Shift+Tab" : "Tab"} never reached ${target.toString()}`);
}

/** Whether focus is inside `target` (or on it). */
const focusedIn = (target: Locator) => target.evaluate((element) => element.contains(element.ownerDocument.activeElement));

describeWithBrowser("an accessible pane", () => {
  let env: WorkbenchEnvironment | undefined;
  let sandbox: Sandbox;

  beforeAll(async () => {
    env = await startWorkbenchEnvironment();
    sandbox = env.sandbox;
    mkdirSync(RESULTS_DIR, { recursive: true });
  }, SETUP_TIMEOUT_MS);

  afterAll(() => env?.close());

  beforeEach(() => sandbox.reset());

  test.each(["en-US", "fr-BE", "nl-BE"])("axe finds no serious or critical violation in any view, in %s", async (lang) => {
    const language = languageFromTag(lang);
    const t = homeStrings(language);
    const s = settingsStrings(language);
    const { page, pane, context, errors } = await openWorkbench(env!, { lang });
    const found: Found[] = [];
    const sync = () => pane.getByTestId("sync").click();
    try {
      await pane.getByRole("heading", { name: t.newFileTitle }).waitFor();
      await audit(page, "home (new workbook)", found);

      await pane.getByTestId("open-settings").click();
      await pane.getByRole("heading", { name: s.title }).waitFor();
      await audit(page, "settings", found);
      await pane.getByRole("button", { name: s.done }).click();

      // Slow answers hold the progress on screen while axe looks at it.
      sandbox.setKnobs({ latencyMs: 3_000 });
      await pane.getByTestId("enterprise-number").fill(WITH_FINDINGS);
      await sync();
      await pane.getByTestId("sync-progress").waitFor();
      await audit(page, "progress", found);
      sandbox.setKnobs({ latencyMs: 0 });

      const question = pane.getByTestId("confirm-link");
      await question.waitFor({ timeout: 30_000 });
      await audit(page, "confirm-link", found);
      await pane.getByTestId("confirm-link-yes").click();
      await pane.getByTestId("sync-summary").waitFor();
      await pane.getByTestId("findings").waitFor();
      await audit(page, "summary and findings", found);

      // An imported cell edited in the sheet, which AdminPulse has otherwise: the review.
      const directors = (await workbenchSnapshot(page)).tables.find((table) => table.name === "PD_Directors")!;
      const first = directors.address.replace(/^.*!/, "").replace(/\d.*$/, "");
      const role = `${String.fromCharCode(first.charCodeAt(0) + 3)}2`;
      await page.evaluate(([sheet, address]) => window.workbench!.editCell(sheet!, address!, "Gérante (à vérifier)"), [directors.sheet, role]);
      await sync();
      await pane.getByTestId("review").waitFor();
      await audit(page, "review", found);
      await pane.getByRole("button", { name: t.reviewCancel }).click();
      await pane.getByTestId("not-written").waitFor();
      await audit(page, "nothing written", found);

      // A key AdminPulse refuses: the error, with its way to Settings.
      await page.evaluate((token) => window.workbench!.configure({ token }), SANDBOX_EXPIRED_TOKEN);
      await sync();
      await pane.getByTestId("sync-error").waitFor();
      await audit(page, "error", found);

      writeFileSync(join(RESULTS_DIR, `a11y-${lang}.json`), `${JSON.stringify(found, null, 2)}\n`);
      expect(found.filter((f) => f.impact === "serious" || f.impact === "critical")).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the keyboard alone: sync, review, open a finding; focus goes to what a sync says", async () => {
    const t = homeStrings("en");
    const { page, pane, context, errors } = await openWorkbench(env!, { lang: "en-US" });
    try {
      // Excel gives the pane focus when it opens; here the workbench does.
      await page.locator("iframe.wb-pane").focus();
      await tabTo(page, pane.getByRole("textbox", { name: t.numberLabel }));
      await page.keyboard.type(WITH_FINDINGS);
      await tabTo(page, pane.getByTestId("sync"));
      await page.keyboard.press("Enter");

      // The question takes the Sync button's place, and focus with it.
      const question = pane.getByTestId("confirm-link");
      await question.waitFor();
      expect(await focusedIn(question)).toBe(true);
      await tabTo(page, pane.getByTestId("confirm-link-yes"));
      await page.keyboard.press("Enter");

      // The sync ends: focus is on its summary, in the live region that announces it.
      const result = pane.getByTestId("sync-result");
      await result.getByTestId("sync-summary").waitFor();
      await pane.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "sync-result");
      expect(await pane.getByTestId("sync-status").getAttribute("aria-live")).toBe("polite");

      // A finding, opened with the keyboard: its cell is selected.
      const finding = pane.getByRole("button", { name: /^REL-03, .*Permanent data!/ });
      const address = /Permanent data!([A-Z]+\d+)/.exec((await finding.getAttribute("aria-label")) ?? "")![1]!;
      await page.evaluate(() => window.workbench!.activateSheet("Sheet1"));
      await tabTo(page, finding);
      await page.keyboard.press("Enter");
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

      // An edit in the sheet that AdminPulse contradicts: the review, answered with the keyboard.
      const directors = (await workbenchSnapshot(page)).tables.find((table) => table.name === "PD_Directors")!;
      const first = directors.address.replace(/^.*!/, "").replace(/\d.*$/, "");
      const role = `${String.fromCharCode(first.charCodeAt(0) + 3)}2`;
      await page.evaluate(([sheet, cell]) => window.workbench!.editCell(sheet!, cell!, "Gérante (à vérifier)"), [directors.sheet, role]);
      await tabTo(page, pane.getByTestId("sync"), { back: true });
      await page.keyboard.press("Space");
      const review = pane.getByTestId("review");
      await review.waitFor();
      expect(await focusedIn(review)).toBe(true);
      await tabTo(page, review.getByRole("radio", { name: t.reviewTake }));
      await page.keyboard.press("ArrowDown");
      expect(await review.getByRole("radio", { name: t.reviewKeepLinked }).isChecked()).toBe(true);
      await tabTo(page, review.getByRole("button", { name: t.reviewApply }));
      await page.keyboard.press("Enter");
      await result.getByTestId("sync-summary").waitFor();
      await pane.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "sync-result");
      const after = (await workbenchSnapshot(page)).tables.find((table) => table.name === "PD_Directors")!;
      // Kept as typed, and still AdminPulse's row (its Source and link stay).
      const kept = after.rows.find((row) => row[3] === "Gérante (à vérifier)");
      expect(kept?.[7]).toBe("AdminPulse");
      expect(kept?.[8]).toMatch(/^director:/);
      await page.screenshot({ path: join(RESULTS_DIR, "a11y-keyboard.png") });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
