// The task pane, built by webpack and opened in Chromium as a plain web page: office.js cannot be
// fetched (no internet here, and blocked anyway), which is what "outside Office" looks like. The
// pane must still render, in the browser's language, and say to open it from Excel. A stand-in
// office.js then plays Excel, to check the pane follows Office's language and theme.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { sharedBuild, type Build } from "../../scripts/browser/build";
import { describeWithBrowser, launchChromium } from "../../scripts/browser/chromium";
import { serveDirectory, type StaticServer } from "../../scripts/browser/static-server";

// A development build of Fluent UI takes 10-20 s on two cores; Chromium starts in about one.
const SETUP_TIMEOUT_MS = 180_000;
// Each test opens a fresh browser context; give slow machines room.
jest.setTimeout(30_000);
const RESULTS_DIR = join(__dirname, "..", "..", "test-results");

describeWithBrowser("task pane in Chromium", () => {
  let build: Build | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    build = await sharedBuild();
    server = await serveDirectory(build.dir);
    browser = await launchChromium();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    build?.remove();
  });

  /**
   * Opens the task pane. Without `officeJs`, office.js fails to load (no internet), as in a plain
   * browser; with it, that script stands in for office.js.
   */
  async function open(locale: string, officeJs?: string): Promise<{ page: Page; context: BrowserContext; errors: Error[] }> {
    const context = await browser!.newContext({ locale, viewport: { width: 350, height: 640 } });
    // Anything off the test server would be a bug (and would hang offline). Routes added later
    // take precedence, so the office.js route below wins over this one.
    await context.route(
      (url) => !url.href.startsWith(server!.url),
      (route) => route.abort(),
    );
    await context.route("https://appsforoffice.microsoft.com/**", (route) =>
      officeJs === undefined ? route.abort() : route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs }),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(10_000); // fail with Playwright's message, before Jest's timeout
    const errors: Error[] = [];
    page.on("pageerror", (error) => errors.push(error));
    await page.goto(`${server!.url}/taskpane.html`);
    return { page, context, errors };
  }

  test("renders in English and says to open it from Excel", async () => {
    const { page, context, errors } = await open("en-US");
    try {
      await page.getByRole("heading", { level: 1, name: "AdminPulse Permanent Data" }).waitFor({ state: "visible" });
      const status = page.getByRole("status");
      await status.getByText("Open this add-in from the Home tab in Excel.").waitFor({ state: "visible" });
      expect(await status.getAttribute("data-host")).toBe("outside");
      expect(await page.getByText(/Imports the permanent data/).isVisible()).toBe(true);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await page.title()).toBe("AdminPulse Permanent Data");
      // the header logo is served from assets/
      expect(await page.locator("header img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);

      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: join(RESULTS_DIR, "taskpane.png") });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each([
    ["fr-BE", "Données permanentes AdminPulse", "Ouvrez ce complément depuis l'onglet Accueil d'Excel."],
    ["nl-BE", "Permanente gegevens AdminPulse", "Open deze invoegtoepassing via het tabblad Start in Excel."],
  ])("follows the browser language %s outside Office", async (locale, heading, status) => {
    const { page, context, errors } = await open(locale);
    try {
      await page.getByRole("heading", { level: 1, name: heading }).waitFor({ state: "visible" });
      await page.getByRole("status").getByText(status).waitFor({ state: "visible" });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("inside Excel: uses Office's display language and dark theme", async () => {
    // A stand-in for office.js as Excel provides it: Dutch UI, dark Office theme.
    const fakeOfficeJs = `
      window.Office = {
        HostType: { Excel: "Excel", Word: "Word" },
        context: { displayLanguage: "nl-BE", officeTheme: { bodyBackgroundColor: "#262626" } },
        onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      };`;
    const { page, context, errors } = await open("en-US", fakeOfficeJs);
    try {
      await page.getByRole("heading", { level: 1, name: "Permanente gegevens AdminPulse" }).waitFor({ state: "visible" });
      // In Excel the pane opens on its home view: a new workbook is linked by its number.
      await page.getByRole("heading", { level: 2, name: "Deze werkmap aan een onderneming koppelen" }).waitFor({ state: "visible" });
      await page.getByRole("button", { name: "Instellingen" }).waitFor({ state: "visible" });
      const background = await page.locator("header").evaluate((el) => getComputedStyle(el).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number));
      expect(Math.max(...background)).toBeLessThan(80); // dark theme
      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: join(RESULTS_DIR, "taskpane-excel-dark.png") });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
