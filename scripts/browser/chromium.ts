// Finding and launching the Chromium that browser tests drive (Debian's, through playwright-core;
// no browser download). Without a Chromium, browser suites are skipped, unless REQUIRE_BROWSER=1
// (as in CI), where they fail and say why.

import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

// CHROMIUM_PATH, when set, is the only candidate: a wrong path is reported, not silently replaced.
const CANDIDATES = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export const chromiumPath: string | undefined = CANDIDATES.find((p) => existsSync(p));
export const browserAvailable = chromiumPath !== undefined;
export const browserRequired = process.env.REQUIRE_BROWSER === "1";

const MISSING =
  `No Chromium found (looked at ${CANDIDATES.join(", ")}). Install Debian's chromium ` +
  `(apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.`;

/**
 * `describe` for a suite that needs Chromium: runs it when Chromium is there; otherwise skips it,
 * or, with REQUIRE_BROWSER=1, replaces it by one failing test that says what is missing.
 */
export function describeWithBrowser(name: string, suite: () => void): void {
  if (browserAvailable) {
    describe(name, suite);
  } else if (browserRequired) {
    describe(name, () => {
      test("Chromium is available (REQUIRE_BROWSER=1)", () => {
        throw new Error(MISSING);
      });
    });
  } else {
    describe.skip(name, suite);
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(MISSING);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
