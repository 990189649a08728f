// The session follows the key and the address: Forget key, a new key or a new address stop a
// running sync (nothing written) and drop the client with what it read (relations, the company
// list); the connection test never sends a key to an address that is not the one in force.

import { createExcelSimulator } from "../../simulator";
import { CancelledError } from "../../src/adminpulse";
import { ConfirmedLinks } from "../../src/settings/confirmed-links";
import { SettingsStore, SettingsValidationError } from "../../src/settings/settings";
import { PaneSession } from "../../src/taskpane/session";
import { ACME, TOKEN, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { MemoryStorage } from "../settings/memory-storage";
import { failure } from "../reliability/support";
import { simulatorHost } from "../support/pane-host";

let running: Running;
beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => running.sandbox.close());
afterEach(() => running.sandbox.setKnobs({ latencyMs: 0 }));

function pane() {
  const sim = createExcelSimulator();
  const host = simulatorHost(sim);
  const settings = new SettingsStore({ storage: new MemoryStorage() });
  settings.update({ apiBaseUrl: running.url });
  settings.setToken(TOKEN, true);
  const session = new PaneSession(host, { settings, confirmedLinks: new ConfirmedLinks({ storage: null }) });
  return { sim, session, settings };
}

describe("a key taken back stops what used it", () => {
  it.each([
    ["Forget key", (settings: SettingsStore) => settings.forgetToken()],
    ["a new key", (settings: SettingsStore) => settings.setToken("another-key", false)],
    ["a new address", (settings: SettingsStore) => settings.update({ apiBaseUrl: "https://proxy.office.example" })],
  ])("%s during a sync: the sync stops, nothing is written, and no request follows", async (_what, change) => {
    const { sim, session, settings } = pane();
    running.sandbox.setKnobs({ latencyMs: 150 });
    const before = JSON.stringify(sim.snapshot());
    const syncing = failure(session.sync({ startedBy: "person", enterpriseNumber: ACME.number, confirmLink: async () => true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    change(settings);
    const requests = running.sandbox.stats.requests;
    expect(await syncing).toBeInstanceOf(CancelledError);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(running.sandbox.stats.requests).toBeLessThanOrEqual(requests + 1); // at most the one already on the wire
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });

  it("the company list and the relations read are dropped with the client: the next search reads AdminPulse again", async () => {
    const { session, settings } = pane();
    expect((await session.searchCompanies("atelier")).map((m) => m.name)).toEqual(["L'Atelier Zoë SRL"]);
    const afterFirst = running.sandbox.stats.requests;
    await session.searchCompanies("atelier");
    expect(running.sandbox.stats.requests).toBe(afterFirst); // served from the list
    settings.forgetToken();
    settings.setToken(TOKEN, false);
    await session.searchCompanies("atelier");
    expect(running.sandbox.stats.requests).toBeGreaterThan(afterFirst);
  });

  it("after Forget key, no national number is reachable from the session: the relations read went with the client", async () => {
    const { session, settings } = pane();
    await session.sync({ startedBy: "person", enterpriseNumber: ACME.number, confirmLink: async () => true });
    const numbers = fixtureSeed()
      .relations.map((r) => r.nationalNumber)
      .filter((n): n is string => typeof n === "string" && n !== "");
    expect(numbers.length).toBeGreaterThan(0);
    // A sync pressed in the pane clears the cache first; an automatic one fills it for the next.
    await session.sync({ startedBy: "event" });
    expect(reachableStrings(session).some((text) => numbers.includes(text))).toBe(true);

    settings.forgetToken();
    expect(reachableStrings(session).filter((text) => numbers.includes(text))).toEqual([]);
  });

  it("the connection test refuses an address that is not the one in force, before any request", async () => {
    const { session } = pane();
    const requests = running.sandbox.stats.requests;
    const error = await failure(session.testConnection("http://127.0.0.1:9", TOKEN));
    expect(error).toBeInstanceOf(SettingsValidationError);
    expect(running.sandbox.stats.requests).toBe(requests);
    await expect(session.testConnection(`${running.url}/`, TOKEN)).resolves.toMatchObject({ relationCount: expect.any(Number) });
  });
});

/** Every string reachable from an object through its properties, arrays, maps and sets (the settings store's private fields aside, which hold no data read from AdminPulse). */
function reachableStrings(root: unknown): string[] {
  const seen = new Set<unknown>();
  const found: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      found.push(value);
      continue;
    }
    if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    if (value instanceof Set) for (const v of value) stack.push(v);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && "value" in descriptor) stack.push(descriptor.value);
    }
  }
  return found;
}
