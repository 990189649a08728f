// What webpack.config.js makes of the security-relevant build options: `--env apiBaseUrl=` (the
// office's fixed AdminPulse address, checked before anything is built and handed to the bundle
// through DefinePlugin), no eval-based source map in any build (the pane's policy forbids eval),
// and a dev server that answers loopback names only.

import path from "node:path";
import type { Configuration } from "webpack";
import { DefinePlugin } from "webpack";
import { FIXED_API_BASE_URL } from "../src/settings/fixed-address";

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Configuration & { devServer?: { allowedHosts?: unknown } }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(__dirname, "..", "webpack.config.js")) as ConfigFactory;

beforeEach(() => {
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/** The value DefinePlugin puts in the bundle for __FIXED_API_BASE_URL__. */
async function fixedAddress(env: Record<string, unknown>): Promise<unknown> {
  const config = await makeConfig(env, { mode: "production" });
  const defined = (config.plugins ?? []).flatMap((plugin) => (plugin instanceof DefinePlugin ? [plugin.definitions] : []));
  const entry = defined.find((definitions) => "__FIXED_API_BASE_URL__" in definitions);
  if (!entry) throw new Error("no DefinePlugin defines __FIXED_API_BASE_URL__");
  return JSON.parse(String(entry.__FIXED_API_BASE_URL__));
}

describe("--env apiBaseUrl", () => {
  it("puts the address in the bundle as the pane normalises it", async () => {
    expect(await fixedAddress({ apiBaseUrl: "https://api.adminpulse.be" })).toBe("https://api.adminpulse.be");
    expect(await fixedAddress({ apiBaseUrl: " https://Proxy.Office.be/adminpulse/ " })).toBe("https://proxy.office.be/adminpulse");
  });

  it("without it, the bundle has none (and the pane the address in Settings)", async () => {
    expect(await fixedAddress({})).toBeNull();
    expect(await fixedAddress({ apiBaseUrl: "" })).toBeNull();
  });

  it.each([
    ["plain http", "http://api.adminpulse.be", /must start with https:\/\//],
    ["plain http, even on loopback (that is the sandbox, not an office)", "http://127.0.0.1:3100", /must start with https:\/\//],
    ["a user name and password", "https://user:secret@api.adminpulse.be", /user name or password/],
    ["a query", "https://api.adminpulse.be/?key=1", /without \? or #/],
    ["a fragment", "https://api.adminpulse.be/#x", /without \? or #/],
    ["not an address", "api.adminpulse.be", /not a complete web address/],
    ["no value (--env apiBaseUrl)", true, /needs an address/],
  ])("stops the build on %s, saying why", async (_name, value, message) => {
    await expect(makeConfig({ apiBaseUrl: value }, { mode: "production" })).rejects.toThrow(message);
  });

  it("is null outside webpack (jest, the command line)", () => {
    expect(FIXED_API_BASE_URL).toBeNull();
  });
});

describe("the pane's policy allows no eval", () => {
  it.each(["development", "production"])("%s builds use a source map without eval", async (mode) => {
    const config = await makeConfig({}, { mode });
    expect(String(config.devtool)).not.toMatch(/eval/);
  });
});

describe("the dev server", () => {
  it("answers to loopback names only (DNS rebinding)", async () => {
    const config = await makeConfig({ WEBPACK_SERVE: true, http: true }, { mode: "development" });
    expect(config.devServer?.allowedHosts).toEqual(["localhost", "127.0.0.1", "::1"]);
  });
});
