// The workbench (workbench/): the real task pane bundle in an iframe beside the simulated
// workbook, built by webpack and opened in Chromium, with a real AdminPulse sandbox on loopback.
// Nothing may leave loopback. The pane's own UI is not asserted here (test/browser/taskpane.test.ts
// and the pane's own tests do that): only that its page loads with the workbench's host.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createExcelSimulator } from "../../simulator";
import { importXlsx } from "../../simulator/xlsx";
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

describeWithBrowser("workbench in Chromium", () => {
  let env: WorkbenchEnvironment | undefined;
  let sandboxUrl = "";

  beforeAll(async () => {
    env = await startWorkbenchEnvironment();
    sandboxUrl = env.sandboxUrl;
  }, SETUP_TIMEOUT_MS);

  afterAll(() => env?.close());

  /** Opens the workbench (see openWorkbench: requests off loopback recorded, and aborted unless `intercept` is false). */
  const open = (query?: string, intercept = true): Promise<OpenedWorkbench> =>
    openWorkbench(env!, { ...(query === undefined ? {} : { query }), intercept, viewport: { width: 1400, height: 800 } });

  const snapshot = workbenchSnapshot;

  test("loads the pane with the workbench host, offline, and shows an empty Sheet1", async () => {
    const { page, pane, context, errors, offLoopback } = await open();
    try {
      expect(pane.url()).toContain("/workbench-pane.html");
      // The pane's bundle ran after the host script, in the same window.
      const host = await pane.evaluate(() => {
        const h = window.__adminPulseHost;
        return h
          ? {
              kind: h.kind,
              displayLanguage: h.displayLanguage,
              dark: h.dark,
              partitionKey: h.partitionKey ?? null,
              defaults: h.defaults,
              excelApi118: h.isSetSupported("ExcelApi", "1.18"),
              excelApi99: h.isSetSupported("ExcelApi", "99.0"),
              office: typeof (window as { Office?: unknown }).Office,
              container: document.getElementById("container") !== null,
            }
          : null;
      });
      expect(host).toEqual({
        kind: "workbench",
        displayLanguage: "en-US",
        dark: false,
        partitionKey: null,
        defaults: { apiBaseUrl: sandboxUrl, token: "sandbox-demo-token" },
        excelApi118: true,
        excelApi99: false,
        office: "undefined", // office.js is not part of workbench-pane.html
        container: true,
      });
      // The pane's script is the unchanged task pane bundle, after the host's.
      const scripts = await pane.evaluate(() => [...document.scripts].map((s) => s.getAttribute("src")));
      expect(scripts).toEqual(["workbench-host.js", "taskpane.js"]);

      const snap = await snapshot(page);
      expect(snap.activeSheet).toBe("Sheet1");
      expect(snap.sheets).toEqual([{ name: "Sheet1", visibility: "Visible", protected: false, cells: {}, notes: {} }]);
      expect(snap.tables).toEqual([]);
      expect(snap.names).toEqual([]);
      expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);

      await page.getByRole("tab", { name: "Sheet1" }).waitFor();
      expect(await page.getByRole("tab", { name: "Sheet1" }).getAttribute("aria-selected")).toBe("true");
      expect(await page.getByTestId("api").textContent()).toContain(sandboxUrl);
      expect(offLoopback).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the sandbox answers the pane's origin (CORS preflight with the demo key)", async () => {
    const { pane, context, offLoopback } = await open(undefined, false);
    try {
      const before = env!.sandbox.stats.preflights;
      const answer = await pane.evaluate(async () => {
        const { apiBaseUrl, token } = window.__adminPulseHost!.defaults!;
        const response = await fetch(`${apiBaseUrl}/relations?pageSize=1`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } });
        return { status: response.status, type: response.type, json: (await response.json()) as unknown };
      });
      expect(answer.status).toBe(200);
      expect(answer.type).toBe("cors");
      expect(env!.sandbox.stats.preflights).toBeGreaterThan(before);
      expect(offLoopback).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a cell typed in the grid reaches the workbook; a run from the pane re-renders the grid", async () => {
    const { page, pane, context, errors, offLoopback } = await open();
    try {
      // Type into A1: select, type, Enter.
      await page.locator('[data-cell="A1"]').click();
      await page.keyboard.type("Manual row");
      await page.keyboard.press("Enter");
      await page.locator('[data-cell="A1"]', { hasText: "Manual row" }).waitFor();
      // Double-click C3 and type a number.
      await page.locator('[data-cell="C3"]').dblclick();
      await page.keyboard.type("600");
      await page.keyboard.press("Tab");
      await page.locator('[data-cell="C3"]', { hasText: "600" }).waitFor();
      let snap = await snapshot(page);
      expect(snap.sheets[0]!.cells.A1).toMatchObject({ value: "Manual row", formula: null, text: "Manual row" });
      expect(snap.sheets[0]!.cells.C3).toMatchObject({ value: 600, text: "600" });
      // The formula bar shows the selected cell (D3 after Tab).
      expect(await page.getByTestId("name-box").textContent()).toBe("D3");

      // The pane's code runs Excel through the host's run.
      await pane.evaluate(() =>
        window.__adminPulseHost!.run(async (ctx) => {
          const sheet = ctx.workbook.worksheets.getItem("Sheet1");
          sheet.getRange("B2").values = [["x"]];
          sheet.getRange("B3").format.fill.color = "#FFEB9C";
          sheet.getRange("B3").format.font.bold = true;
          sheet.getRange("B3").values = [["=SUM(C3)"]];
          sheet.getRange("E1:F2").values = [
            ["Name", "Source"],
            ["Jan", "Manual"],
          ];
          ctx.workbook.tables.add("Sheet1!E1:F2", true).name = "PD_Test";
          ctx.workbook.notes.add("Sheet1!B2", "A note");
          await ctx.sync();
        }),
      );
      await page.locator('[data-cell="B2"]', { hasText: "x" }).waitFor();
      const b3 = page.locator('[data-cell="B3"]');
      expect(await b3.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 235, 156)");
      expect(await b3.evaluate((el) => getComputedStyle(el).fontWeight)).toBe("700");
      expect(await page.locator('[data-cell="B2"]').getAttribute("title")).toBe("A note");
      expect(await page.locator('[data-cell="B2"]').getAttribute("class")).toContain("wb-note");
      // Table header styled.
      expect(await page.locator('[data-cell="E1"]').evaluate((el) => getComputedStyle(el).color)).toBe("rgb(255, 255, 255)");
      // Formula bar shows the formula.
      await b3.click();
      expect(await page.getByTestId("formula-bar").inputValue()).toBe("=SUM(C3)");

      // Typing right below the table grows it (Excel's auto-expansion, through sim.editCell).
      await page.locator('[data-cell="E3"]').click();
      await page.keyboard.type("Piet");
      await page.keyboard.press("Enter");
      await page.locator('[data-cell="E3"]', { hasText: "Piet" }).waitFor();
      snap = await snapshot(page);
      expect(snap.tables).toEqual([
        {
          name: "PD_Test",
          sheet: "Sheet1",
          address: "E1:F3",
          headers: ["Name", "Source"],
          rows: [
            ["Jan", "Manual"],
            ["Piet", ""],
          ],
        },
      ]);
      expect(snap.sheets[0]!.notes).toEqual({ B2: "A note" });
      expect(snap.sheets[0]!.cells.B3).toMatchObject({ formula: "=SUM(C3)", fill: "#FFEB9C", bold: true });

      // The API's own edit.
      await page.evaluate(() => window.workbench!.editCell("Sheet1", "A5", "2024-12-31"));
      snap = await snapshot(page);
      expect(snap.sheets[0]!.cells.A5).toMatchObject({ numberFormat: "yyyy-mm-dd", text: "2024-12-31" });
      // Too wide for its column: #### as in Excel, the text as tooltip.
      await page.locator('[data-cell="A5"][title="2024-12-31"]').waitFor();
      expect(await page.locator('[data-cell="A5"]').textContent()).toMatch(/^#+$/);

      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: join(RESULTS_DIR, "workbench.png") });
      expect(offLoopback).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("clicking a sheet tab activates the sheet in the simulator and fires onActivated", async () => {
    const { page, pane, context, errors } = await open();
    try {
      await pane.evaluate(() =>
        window.__adminPulseHost!.run(async (ctx) => {
          ctx.workbook.worksheets.add("Données");
          ctx.workbook.worksheets.add("Hidden").visibility = "Hidden";
          const w = window as unknown as { activated: string[] };
          w.activated = [];
          ctx.workbook.worksheets.onActivated.add(async (event) => {
            w.activated.push(event.worksheetId);
          });
          await ctx.sync();
        }),
      );
      const tab = page.getByRole("tab", { name: "Données" });
      await tab.waitFor();
      expect(await page.getByRole("tab").allTextContents()).toEqual(["Sheet1", "Données"]); // visible sheets only
      await tab.click();
      await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === "Données");
      const after = await pane.evaluate(() => ({
        active: window.__adminPulseWorkbench!.sim.activeSheet(),
        activated: (window as unknown as { activated: string[] }).activated.length,
      }));
      expect(after).toEqual({ active: "Données", activated: 1 });
      expect((await snapshot(page)).activeSheet).toBe("Données");
      // The grid shows the active sheet: a cell typed now lands on it.
      await page.locator('[data-cell="A1"]').click();
      await page.keyboard.type("ici");
      await page.keyboard.press("Enter");
      await page.locator('[data-cell="A1"]', { hasText: "ici" }).waitFor();
      const snap = await snapshot(page);
      expect(snap.sheets.find((s) => s.name === "Données")?.cells.A1?.value).toBe("ici");
      expect(snap.sheets.find((s) => s.name === "Sheet1")?.cells).toEqual({});
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a language change reloads the pane with that language and keeps the workbook; reset empties it", async () => {
    const { page, context, errors, offLoopback } = await open();
    try {
      await page.evaluate(() => window.workbench!.editCell("Sheet1", "A1", "kept"));
      await page.getByLabel("Office display language").selectOption("fr-BE");
      await page.evaluate(() => window.workbench!.ready);
      const pane = (await (await page.locator("iframe.wb-pane").elementHandle())!.contentFrame())!;
      await pane.waitForFunction(() => window.__adminPulseHost?.displayLanguage === "fr-BE");
      expect(await pane.evaluate(() => window.__adminPulseWorkbench!.sim.office.context.displayLanguage)).toBe("fr-BE");
      expect((await snapshot(page)).sheets[0]!.cells.A1?.value).toBe("kept");
      await page.locator('[data-cell="A1"]', { hasText: "kept" }).waitFor();

      // The .xlsx export runs in the browser (exceljs loaded on demand), and reads back.
      const base64 = await page.evaluate(() => window.workbench!.xlsxBase64());
      const reread = createExcelSimulator({ state: await importXlsx(Buffer.from(base64, "base64")) });
      expect(reread.cell("Sheet1", "A1").value).toBe("kept");
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download .xlsx" }).click();
      expect((await download).suggestedFilename()).toBe("workbench.xlsx");

      await page.getByRole("button", { name: "Reset workbook" }).click();
      await page.evaluate(() => window.workbench!.ready);
      expect((await snapshot(page)).sheets[0]!.cells).toEqual({});
      await page.locator('[data-cell="A1"]').waitFor();
      expect(await page.locator('[data-cell="A1"]').textContent()).toBe("");
      expect(offLoopback).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("configure() saves what an administrator would in the pane's Settings, and reloads the pane in place, keeping the workbook", async () => {
    const { page, pane, context, errors } = await open();
    try {
      await page.evaluate(() => window.workbench!.editCell("Sheet1", "A1", "kept"));
      await page.evaluate(() => window.workbench!.configure({ apiBaseUrl: "http://127.0.0.1:1", token: "t", language: "nl" }));
      // The same frame, reloaded: the pane speaks Dutch, and its Settings show what was set.
      await pane.getByRole("button", { name: "Instellingen" }).click();
      expect(await pane.getByLabel("AdminPulse-adres").inputValue()).toBe("http://127.0.0.1:1");
      expect(await pane.getByTestId("key-status").textContent()).toBe("Er is een sleutel bewaard op dit apparaat.");
      expect((await snapshot(page)).sheets[0]!.cells.A1?.value).toBe("kept");
      // Nothing of the workbench is in the pane but its host.
      expect(await pane.evaluate(() => Object.keys(window.__adminPulseHost!).sort())).toEqual([
        "dark",
        "defaults",
        "displayLanguage",
        "isSetSupported",
        "kind",
        "partitionKey",
        "run",
      ]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
