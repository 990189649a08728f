// `npm run screenshots [-- --out DIR] [--sandbox-port N]`: the README's images (docs/images/),
// made from the current source, so that the README never shows an older pane than the code. The
// add-in is built and served, the AdminPulse sandbox started on loopback and the workbench opened
// in Chromium as the browser tests do it; then, in French, Dutch and English (the Office display
// language of each page), the first sync of the demo company, its findings, Settings and the
// review of an edited cell are photographed into <view>-<fr|nl|en>.png.
//
// Deterministic: a fixed Office language per page, a fixed clock and time zone (the pane's dates
// and the checks' deadlines; with the clock standing still the summary says the sync took 0.0 s),
// a fixed sandbox port (shown in the header and in Settings), the grid's round-trip counters
// hidden, no timestamps in file names.
//
// Its helpers are the browser tests' (test/browser/): the build, the static server, Chromium and
// openWorkbench.

import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { Sandbox } from "../sandbox/server";
import { SEED_COMPANIES } from "../sandbox/seed";
import type { Language } from "../src/i18n/language";
import { homeStrings } from "../src/taskpane/strings/home";
import { settingsStrings } from "../src/taskpane/strings/settings";
import { buildAddIn } from "./browser/build";
import { launchChromium } from "./browser/chromium";
import { serveDirectory } from "./browser/static-server";
import { type WorkbenchEnvironment, openWorkbench, workbenchSnapshot } from "./browser/workbench-page";

// The pane's dates, and every check that counts days, are read against this moment.
process.env.TZ = "Europe/Brussels";
const NOW = new Date("2026-03-02T09:30:00+01:00");
const VIEWPORT = { width: 1920, height: 1080 };
/** The grid's round-trip counters, which depend on when the pane's reads happen to fall. */
const HIDDEN = '[data-testid="counters"] { visibility: hidden; }';
/** The sandbox's port: `npm run sandbox`'s and `npm run workbench`'s, as a reader would see it. */
const SANDBOX_PORT = 3100;

const LANGUAGES: readonly { language: Language; tag: string }[] = [
  { language: "fr", tag: "fr-BE" },
  { language: "nl", tag: "nl-BE" },
  { language: "en", tag: "en-US" },
];

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The demo company's enterprise number as a person types it. */
function typed(number: string): string {
  return `${number.slice(0, 4)}.${number.slice(4, 7)}.${number.slice(7)}`;
}

async function shoot(language: Language, tag: string, dir: string, env: WorkbenchEnvironment): Promise<string[]> {
  const t = homeStrings(language);
  const s = settingsStrings(language);
  const { page, pane, context, errors, offLoopback } = await openWorkbench(env, { lang: tag, viewport: VIEWPORT });
  const written: string[] = [];
  const shot = async (name: string) => {
    await page.mouse.move(0, VIEWPORT.height - 1); // no hover highlight
    await settle(page, pane);
    const path = join(dir, `${name}-${language}.png`);
    await page.screenshot({ path, animations: "disabled", caret: "hide", style: HIDDEN });
    written.push(path);
  };
  try {
    await page.clock.setFixedTime(NOW);

    // 1. The first sync of the demo company: confirm the link, then the pane's summary beside the
    //    permanent-data sheet.
    await pane.getByRole("textbox", { name: t.enterpriseNumber }).fill(typed(SEED_COMPANIES.srl));
    await pane.getByRole("button", { name: t.sync }).click();
    await pane.getByTestId("confirm-link").getByRole("button", { name: t.confirmApply }).click();
    await pane.getByTestId("sync-summary").waitFor();
    await pane.getByTestId("linked-company").waitFor();
    await shot("synced");

    // 2. The findings of that sync, every group open (notes are folded by default).
    const findings = pane.getByTestId("findings");
    await findings.waitFor();
    for (const header of await findings.locator('button[aria-expanded="false"]').all()) await header.click();
    await findings.evaluate(async (el) => {
      // Scrolled once the open groups have their full height (they unfold with an animation).
      let last = -1;
      for (let still = 0; still < 5;) {
        await new Promise((done) => setTimeout(done, 50));
        const height = el.getBoundingClientRect().height;
        still = height === last ? still + 1 : 0;
        last = height;
      }
      el.scrollIntoView({ block: "start" });
    });
    await shot("findings");

    // 3. Settings.
    await pane.getByRole("button", { name: t.settings }).click();
    await pane.getByRole("button", { name: s.done }).waitFor();
    await shot("settings");
    await pane.getByRole("button", { name: s.done }).click();

    // 4. The review after a person edited an imported cell: nothing is written before a choice.
    const directors = (await workbenchSnapshot(page)).tables.find((table) => table.name === "PD_Directors");
    if (!directors) throw new Error("no PD_Directors table after the sync");
    // Its first director's Role, the table's fourth column, as the browser tests edit it.
    const start = /^(?:.*!)?([A-Z])(\d+)/.exec(directors.address);
    if (!start) throw new Error(`PD_Directors at ${directors.address}: not a range this script reads`);
    const role = `${String.fromCharCode(start[1]!.charCodeAt(0) + 3)}${Number(start[2]) + 1}`;
    await page.evaluate(([sheet, address]) => window.workbench!.editCell(sheet!, address!, "Gérante (à vérifier)"), [directors.sheet, role]);
    await pane.getByRole("button", { name: t.sync }).click();
    await pane.getByTestId("review").waitFor();
    await shot("review");

    if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join("\n")}`);
    if (offLoopback.length > 0) throw new Error(`requests off loopback:\n${offLoopback.join("\n")}`);
    return written;
  } catch (error) {
    const path = join(tmpdir(), `screenshots-failed-${language}.png`);
    await page.screenshot({ path }).catch(() => undefined);
    throw new Error(`${tag}: ${error instanceof Error ? error.message : String(error)}\n(the page when it failed: ${path})`);
  } finally {
    await context.close();
  }
}

/** Fonts loaded and two frames painted, in the page and the pane. */
async function settle(page: Page, pane: Frame): Promise<void> {
  for (const frame of [page.mainFrame(), pane]) {
    await frame.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
  }
}

/** As startWorkbenchEnvironment (test/browser/workbench-page.ts), with the sandbox on a fixed port. */
async function startEnvironment(sandboxPort: number): Promise<WorkbenchEnvironment> {
  const sandbox = new Sandbox();
  const sandboxUrl = await sandbox.listen(sandboxPort).catch((error: unknown) => {
    throw new Error(
      `the sandbox cannot listen on 127.0.0.1:${sandboxPort} (${error instanceof Error ? error.message : String(error)}); stop what uses it (npm run workbench?) or pass --sandbox-port`,
    );
  });
  const opened: { close(): Promise<void> | void }[] = [{ close: () => sandbox.close() }];
  const closeAll = async () => {
    for (const item of opened.reverse()) await item.close();
  };
  try {
    const build = await buildAddIn("development");
    opened.push({ close: () => build.remove() });
    const server = await serveDirectory(build.dir);
    opened.push(server);
    const browser: Browser = await launchChromium();
    opened.push(browser);
    return { sandbox, sandboxUrl, server, browser, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = option(args, "out");
  // `npm run` starts scripts in the package root; INIT_CWD is where the command was typed.
  const dir = out ? resolve(process.env.INIT_CWD ?? process.cwd(), out) : resolve(__dirname, "..", "docs", "images");
  const port = Number(option(args, "sandbox-port") ?? SANDBOX_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error("--sandbox-port: a port number");
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  console.log("screenshots: building the add-in, starting the sandbox and Chromium…");
  const env = await startEnvironment(port);
  try {
    for (const { language, tag } of LANGUAGES) {
      for (const path of await shoot(language, tag, dir, env)) console.log(`  ${relative(process.env.INIT_CWD ?? process.cwd(), path)}`);
    }
  } finally {
    await env.close();
  }
  console.log(`screenshots: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
