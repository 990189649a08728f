// What the workbench's browser tests share: a sandbox on loopback, the add-in's build served, a
// Chromium; and opening the workbench in a fresh context, with every request off loopback
// recorded and (unless told otherwise) aborted, page errors collected, and the pane's frame found.

import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { Sandbox } from "../../sandbox/server";
import type { WorkbenchSnapshot } from "../../workbench/snapshot";
import { sharedBuild, type Build } from "./build";
import { launchChromium } from "./chromium";
import { serveDirectory, type StaticServer } from "./static-server";

export interface WorkbenchEnvironment {
  sandbox: Sandbox;
  sandboxUrl: string;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startWorkbenchEnvironment(): Promise<WorkbenchEnvironment> {
  const sandbox = new Sandbox();
  const sandboxUrl = await sandbox.listen(0);
  let build: Build | undefined;
  let server: StaticServer | undefined;
  try {
    build = await sharedBuild();
    server = await serveDirectory(build.dir);
    const browser = await launchChromium();
    const served = server;
    const built = build;
    return {
      sandbox,
      sandboxUrl,
      server: served,
      browser,
      close: async () => {
        await browser.close();
        await served.close();
        await sandbox.close();
        built.remove();
      },
    };
  } catch (error) {
    await server?.close();
    await sandbox.close();
    build?.remove();
    throw error;
  }
}

export function isLoopback(href: string): boolean {
  try {
    const url = new URL(href);
    if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return true;
    return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  } catch {
    return false;
  }
}

export interface OpenedWorkbench {
  page: Page;
  pane: Frame;
  context: BrowserContext;
  /** Uncaught errors of the page and the pane. */
  errors: string[];
  /** Requests that would have left loopback. */
  offLoopback: string[];
}

export interface OpenOptions {
  /** Browser and Office language (default en-US). */
  lang?: string;
  /** The page's query; default: the sandbox's address and `lang`. */
  query?: string;
  /**
   * Abort requests off loopback (default). With false they are only recorded: Playwright answers
   * CORS preflights itself while it intercepts, so a test of the sandbox's CORS must not intercept.
   */
  intercept?: boolean;
  viewport?: { width: number; height: number };
}

export async function openWorkbench(env: WorkbenchEnvironment, options: OpenOptions = {}): Promise<OpenedWorkbench> {
  const lang = options.lang ?? "en-US";
  const context = await env.browser.newContext({ locale: lang, viewport: options.viewport ?? { width: 1400, height: 900 } });
  const offLoopback: string[] = [];
  if (options.intercept ?? true) {
    await context.route(
      (url) => !isLoopback(url.href),
      (route) => {
        offLoopback.push(route.request().url());
        return route.abort();
      },
    );
  } else {
    context.on("request", (request) => {
      if (!isLoopback(request.url())) offLoopback.push(request.url());
    });
  }
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
  await page.goto(`${env.server.url}/workbench.html${options.query ?? `?api=${encodeURIComponent(env.sandboxUrl)}&lang=${lang}`}`);
  await page.waitForFunction(() => window.workbench !== undefined);
  await page.evaluate(() => window.workbench!.ready);
  const pane = await (await page.locator("iframe.wb-pane").elementHandle())?.contentFrame();
  if (!pane) throw new Error("the task pane iframe has no frame");
  return { page, pane, context, errors, offLoopback };
}

export const workbenchSnapshot = (page: Page): Promise<WorkbenchSnapshot> => page.evaluate(() => window.workbench!.snapshot());
