// The pane's host over a simulated workbook, as the workbench builds it, for tests that run the
// real session and runtime without a browser.

import type { ExcelSimulator } from "../../simulator";
import type { PaneHost } from "../../src/taskpane/host";

export function simulatorHost(sim: ExcelSimulator, extra: Partial<PaneHost> = {}): PaneHost {
  return {
    kind: "workbench",
    run: sim.run,
    displayLanguage: "en-US",
    dark: false,
    partitionKey: undefined,
    isSetSupported: (name, version) => sim.office.context.requirements.isSetSupported(name, version),
    ...extra,
  };
}
