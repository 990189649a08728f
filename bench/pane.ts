// How fast the task pane loads: the production bundle built with the project's webpack config
// (through webpack's Node API, as the browser tests build it), the size of the JavaScript
// taskpane.html loads before anything shows (first screen) and of the chunks it loads later, raw
// and gzipped; then the time from navigation start to the first heading on screen in Chromium
// (/usr/bin/chromium through playwright-core), taskpane.html served by a static server on
// loopback, office.js aborted (as outside Office), a fresh browser context (empty cache) each run.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildAddIn } from "../scripts/browser/build";
import { browserAvailable, launchChromium } from "../scripts/browser/chromium";
import { serveDirectory } from "../scripts/browser/static-server";

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface PaneFigures {
  buildSeconds: number;
  /** Scripts taskpane.html loads itself (office.js excepted). */
  firstScreen: FileSize[];
  firstScreenGzipBytes: number;
  firstScreenBytes: number;
  /** Chunks the pane loads on demand (or prefetches once shown). */
  later: FileSize[];
  /** Time to the first heading, per run, in ms from navigation start; null without Chromium. */
  firstHeadingMs: number[] | null;
  /** First contentful paint, per run (Chromium's own measure). */
  firstContentfulPaintMs: number[] | null;
}

function size(dir: string, file: string): FileSize {
  const bytes = readFileSync(join(dir, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
}

/** Sizes of a built add-in directory. */
export function bundleSizes(dir: string): Pick<PaneFigures, "firstScreen" | "firstScreenGzipBytes" | "firstScreenBytes" | "later"> {
  const first = scriptsOf(readFileSync(join(dir, "taskpane.html"), "utf8"));
  // A ribbon function file of its own, when the build has one, is not the pane's.
  const commands = new Set(existsSync(join(dir, "commands.html")) ? scriptsOf(readFileSync(join(dir, "commands.html"), "utf8")) : []);
  const firstScreen = first.map((f) => size(dir, f));
  const later = readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !first.includes(f) && !commands.has(f))
    .map((f) => size(dir, f));
  return {
    firstScreen,
    firstScreenBytes: firstScreen.reduce((n, f) => n + f.bytes, 0),
    firstScreenGzipBytes: firstScreen.reduce((n, f) => n + f.gzipBytes, 0),
    later,
  };
}

const RECORD_FIRST_HEADING = `(() => {
  const seen = () => {
    const h = document.querySelector("h1");
    if (!h) return false;
    const box = h.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && (h.textContent || "").trim() !== "";
  };
  const observer = new MutationObserver(() => {
    if (window.__firstHeadingInDom !== undefined || !seen()) return;
    window.__firstHeadingInDom = performance.now();
    observer.disconnect();
    // The frame after the heading entered the DOM is the one that paints it.
    requestAnimationFrame(() => { window.__firstHeading = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** Navigation start → the first heading painted, `runs` times, each in a fresh context. */
export async function firstRender(dir: string, runs: number): Promise<{ heading: number[]; fcp: number[] }> {
  const server = await serveDirectory(dir);
  const browser = await launchChromium();
  const heading: number[] = [];
  const fcp: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: "fr-BE", viewport: { width: 350, height: 640 } });
      await context.route(
        (url) => !url.href.startsWith(server.url),
        (route) => route.abort(),
      );
      const page = await context.newPage();
      await page.addInitScript(RECORD_FIRST_HEADING);
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForFunction(() => (window as unknown as { __firstHeading?: number }).__firstHeading !== undefined, undefined, { timeout: 15_000 });
      const figures = await page.evaluate(() => ({
        heading: (window as unknown as { __firstHeading: number }).__firstHeading,
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      }));
      heading.push(figures.heading);
      if (figures.fcp !== null) fcp.push(figures.fcp);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { heading, fcp };
}

export async function measurePane(runs = 7): Promise<PaneFigures> {
  const build = await buildAddIn("production");
  try {
    const sizes = bundleSizes(build.dir);
    const render = browserAvailable ? await firstRender(build.dir, runs) : null;
    return {
      buildSeconds: build.seconds,
      ...sizes,
      firstHeadingMs: render?.heading ?? null,
      firstContentfulPaintMs: render?.fcp ?? null,
    };
  } finally {
    build.remove();
  }
}
