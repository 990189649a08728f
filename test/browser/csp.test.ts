// The task pane's Content-Security-Policy in Chromium, in the workbench (development build, as
// the other browser files): the pane's page carries it first in <head>; a fetch from the pane to a
// loopback server the policy does not list (127.0.0.2) is blocked before it leaves, with a
// `securitypolicyviolation`, while the same server answers the workbench page around it (no
// policy there); and the pane works as usual under it (Fluent's styles, a sync against the
// sandbox) without a single violation. Also: the sandbox's knobs refuse a page of another origin.

import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Frame } from "playwright-core";
import { SEED_COMPANIES } from "../../sandbox/seed";
import { contentSecurityPolicy } from "../../src/taskpane/content-security-policy";
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

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/** Runs in every page and frame before its scripts: records each policy violation. */
function collectViolations(): void {
  const violations: Violation[] = [];
  window.__cspViolations = violations;
  document.addEventListener("securitypolicyviolation", (event) => {
    violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
  });
}

/** A server on another loopback address, which the development policy does not list; it records every request. */
interface Forbidden {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

async function forbiddenServer(host: string): Promise<Forbidden> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ""}`.trim());
    res.writeHead(200, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" }).end('{"reached":true}');
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describeWithBrowser("the task pane's Content-Security-Policy", () => {
  let env: WorkbenchEnvironment | undefined;
  let forbidden: Forbidden;

  beforeAll(async () => {
    // Linux routes all of 127.0.0.0/8 to the loopback interface: 127.0.0.2 binds without setup.
    forbidden = await forbiddenServer("127.0.0.2");
    env = await startWorkbenchEnvironment();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await env?.close();
    await forbidden?.close();
  });

  beforeEach(() => {
    env!.sandbox.reset();
    forbidden.requests.length = 0;
  });

  /**
   * The workbench, reloaded once the violation recorder is in place, so that it sees the pane's
   * page from its first script. Requests are recorded, not intercepted: an intercepted request
   * would be stopped by Playwright, not by the policy.
   */
  async function open(): Promise<OpenedWorkbench & { consoleErrors: string[] }> {
    const opened = await openWorkbench(env!, { intercept: false });
    await opened.context.addInitScript(collectViolations);
    const consoleErrors: string[] = [];
    opened.page.on("console", (message) => {
      if (message.type() === "error" || /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
    });
    await opened.page.reload();
    await opened.page.waitForFunction(() => window.workbench !== undefined);
    await opened.page.evaluate(() => window.workbench!.ready);
    const pane = await (await opened.page.locator("iframe.wb-pane").elementHandle())?.contentFrame();
    if (!pane) throw new Error("the task pane iframe has no frame");
    return { ...opened, pane, consoleErrors };
  }

  const violations = (frame: Frame) => frame.evaluate(() => window.__cspViolations ?? null);

  test("the pane's page carries the development policy, first in <head>, for the sandbox's address", async () => {
    const { pane, context } = await open();
    try {
      const meta = await pane.evaluate(() => {
        const element = document.head.firstElementChild;
        return {
          httpEquiv: element?.getAttribute("http-equiv"),
          content: element?.getAttribute("content"),
          count: document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
        };
      });
      expect(meta).toEqual({
        httpEquiv: "Content-Security-Policy",
        content: contentSecurityPolicy({ apiAddresses: [env!.sandboxUrl], development: true }),
        count: 1,
      });
      expect(meta.content).not.toContain("unsafe-eval");
    } finally {
      await context.close();
    }
  });

  test("a fetch from the pane to a loopback server the policy does not list is blocked before it leaves", async () => {
    const { page, pane, context, offLoopback } = await open();
    try {
      // The server is reachable: from the workbench page around the pane (no policy), it answers.
      expect(await page.evaluate((url) => fetch(`${url}/from-the-workbench`).then((r) => r.json() as Promise<unknown>), forbidden.url)).toEqual({
        reached: true,
      });
      expect(forbidden.requests).toEqual(["GET /from-the-workbench"]);
      forbidden.requests.length = 0;

      // From the pane, with a key as the client sends it: refused by the policy.
      const outcome = await pane.evaluate(async (url) => {
        try {
          await fetch(`${url}/relations`, { headers: { Authorization: "Bearer sandbox-demo-token" } });
          return "fetched";
        } catch (error) {
          return error instanceof Error ? error.name : String(error);
        }
      }, forbidden.url);
      expect(outcome).toBe("TypeError");
      await pane.waitForFunction(() => (window.__cspViolations ?? []).length > 0);
      expect(await violations(pane)).toEqual([
        expect.objectContaining({ directive: "connect-src", blocked: expect.stringMatching(new RegExp(`^${forbidden.url}/relations`)) }),
      ]);
      // Nothing reached the server, nor left the browser.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(forbidden.requests).toEqual([]);
      expect(offLoopback.filter((u) => u.includes("/relations"))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("under the policy the pane works as usual, without a single violation: Fluent's styles, a sync against the sandbox", async () => {
    const { page, pane, context, errors, consoleErrors } = await open();
    try {
      // Fluent's styles took (Griffel's and the theme's <style> elements): the theme's font and
      // the brand colour of the primary button, enabled once a number is typed.
      await pane.getByRole("textbox", { name: "Enterprise number" }).fill(SEED_COMPANIES.srl);
      await pane.waitForFunction(() => {
        const sync = document.querySelector('[data-testid="sync"]');
        return sync !== null && getComputedStyle(sync).backgroundColor === "rgb(15, 108, 189)"; // past Fluent's transition
      });
      const look = await pane.evaluate(() => {
        const provider = document.querySelector(".fui-FluentProvider");
        const sync = document.querySelector('[data-testid="sync"]');
        return {
          font: provider ? getComputedStyle(provider).fontFamily : "",
          syncBackground: sync ? getComputedStyle(sync).backgroundColor : "",
          rules: Array.from(document.querySelectorAll("style")).reduce((n, style) => n + (style.sheet?.cssRules.length ?? 0), 0),
        };
      });
      expect(look.font).toMatch(/Segoe UI/);
      expect(look.syncBackground).toBe("rgb(15, 108, 189)");
      expect(look.rules).toBeGreaterThan(100);

      await pane.getByRole("button", { name: "Sync with AdminPulse" }).click();
      // A first link may ask to confirm the company before anything is written.
      const confirm = pane.getByRole("button", { name: "Yes, link and sync" });
      await pane.getByTestId("sync-summary").or(confirm).waitFor();
      if (await confirm.isVisible()) await confirm.click();
      await pane.getByTestId("sync-summary").waitFor();
      await pane.getByTestId("linked-company").getByText("L'Atelier du Pâtissier SRL").waitFor();
      const snap = await workbenchSnapshot(page);
      expect(snap.tables.find((t) => t.name === "PD_Directors")!.rows.length).toBeGreaterThan(0);
      expect(env!.sandbox.stats.requests).toBeGreaterThan(0);

      // Settings, the findings, the language: more of the pane drawn under the policy.
      await pane.getByRole("button", { name: "Settings" }).click();
      await pane.getByRole("button", { name: "Done" }).click();
      expect(await violations(pane)).toEqual([]);
      await page.evaluate(() => window.workbench!.setLanguage("fr-BE"));
      const reloaded = await (await page.locator("iframe.wb-pane").elementHandle())?.contentFrame();
      await reloaded!.getByTestId("linked-company").waitFor();
      expect(await violations(reloaded!)).toEqual([]);
      expect(await page.evaluate(() => window.__cspViolations ?? null)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the sandbox's knobs refuse a page of another origin, while its API answers it", async () => {
    const { page, context } = await open();
    try {
      const sandboxUrl = env!.sandboxUrl;
      // A "simple" request (text/plain, no preflight): the browser sends it; the sandbox must not act on it.
      const knob = await page.evaluate(
        (url) =>
          fetch(`${url}/__sandbox/knobs`, { method: "POST", mode: "no-cors", headers: { "Content-Type": "text/plain" }, body: '{"latencyMs":5000}' }).then(
            (r) => r.type,
            (e: unknown) => String(e),
          ),
        sandboxUrl,
      );
      expect(knob).toBe("opaque");
      expect(env!.sandbox.getKnobs().latencyMs).toBe(0);
      const reset = await page.evaluate(
        (url) =>
          fetch(`${url}/__sandbox/reset`, { method: "POST" }).then(
            () => "read",
            (e: unknown) => String(e),
          ),
        sandboxUrl,
      );
      expect(reset).toMatch(/TypeError/); // no CORS headers on knobs: not even the answer is readable
      const api = await page.evaluate(
        (url) => fetch(`${url}/relations?pageSize=1`, { headers: { Authorization: "Bearer sandbox-demo-token" } }).then((r) => r.status),
        sandboxUrl,
      );
      expect(api).toBe(200);
    } finally {
      await context.close();
    }
  });
});
