// A settings change reads the workbook only when what changed depends on it: the automatic sync on
// opening (Office is told to load the add-in with a linked document, or not). The key, the language,
// the expiry date or the sheet trigger read nothing. (The pane's own views read nothing on a
// settings change either: test/components/home-view.test.tsx.)

import { createExcelSimulator } from "../../simulator";
import { SettingsStore } from "../../src/settings/settings";
import { startRuntime } from "../../src/taskpane/runtime";
import { PaneSession } from "../../src/taskpane/session";
import { MemoryStorage } from "../settings/memory-storage";
import { simulatorHost } from "../support/pane-host";

it("only a change of the on-open switch asks the workbook whether it is linked", async () => {
  const sim = createExcelSimulator();
  let runs = 0;
  const counted = ((...args: Parameters<typeof sim.run>) => {
    runs++;
    return (sim.run as (...a: unknown[]) => Promise<unknown>)(...args);
  }) as typeof sim.run;
  const host = simulatorHost(sim, { run: counted });
  const settings = new SettingsStore({ storage: new MemoryStorage() });
  const session = new PaneSession(host, { settings });
  const runtime = startRuntime(host, { session });
  await runtime.started;
  await sim.settle();
  const before = runs;

  settings.update({ language: "nl", tokenExpiry: "2030-01-31", autoSyncOnActivate: false });
  settings.setToken("a-key", false);
  settings.forgetToken();
  await sim.settle();
  expect(runs).toBe(before);

  settings.update({ autoSyncOnOpen: false });
  await sim.settle();
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(runs).toBe(before + 1);
});
