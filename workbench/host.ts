// Entry `workbench-host`: runs in workbench-pane.html BEFORE the unchanged task pane bundle, and
// gives the pane the host it would get from Office.js inside Excel (src/taskpane/host.ts), built
// over the Excel simulator: `window.__adminPulseHost`.
//
// The simulator is created here, in the pane's own window, so every object the pane hands it
// (batches, handlers, arrays of values) and gets back belongs to the same JavaScript realm, as
// with office.js. The workbench page around it (index.tsx) reaches the simulator through
// `window.__adminPulseWorkbench` and passes only strings and plain data. The pane has no hook for
// the workbench: its test API sets the pane's settings as an administrator would, in the pane's
// storage, and reloads the pane (settings.ts).

import { createExcelSimulator, type ExcelSimulator, type WorkbookState } from "../simulator";
import type { PaneHost } from "../src/taskpane/host";
import type { WorkbenchFrame } from "./bridge";
import { hostDefaults, workbenchParams } from "./config";

const params = workbenchParams(window.location.search, navigator.language);

/** The workbook the workbench page hands over when it reloads the pane (language change). */
function carriedState(): WorkbookState | undefined {
  try {
    if (window.parent === window) return undefined;
    const carried = window.parent.__adminPulseWorkbenchCarry?.();
    // A copy made by this window: no object of the parent's realm reaches the simulator.
    return carried === undefined ? undefined : structuredClone(carried);
  } catch {
    return undefined; // not inside the workbench page (or another origin)
  }
}

const initial = carriedState();
const raw = createExcelSimulator({
  displayLanguage: params.displayLanguage,
  ...(params.excelApi ? { requirementSets: { ExcelApi: params.excelApi } } : {}),
  ...(initial ? { state: initial } : {}),
});

// Every run, edit and activation bumps `changes`, so that the page re-renders after what the
// pane did (runs, event handlers' syncs) and what the person did (edits, sheet tabs).
let changes = 0;
function tracked<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args) => {
    changes++;
    return fn(...args).finally(() => {
      changes++;
    });
  };
}
const wrapped: Partial<Record<keyof ExcelSimulator, unknown>> = {
  run: tracked(raw.run as (...args: unknown[]) => Promise<unknown>),
  editCell: tracked(raw.editCell),
  fireActivated: tracked(raw.fireActivated),
};
const sim: ExcelSimulator = new Proxy(raw, {
  get: (target, property) => (property in wrapped ? wrapped[property as keyof ExcelSimulator] : Reflect.get(target, property, target)),
});

const host: PaneHost = Object.freeze({
  kind: "workbench",
  run: sim.run,
  displayLanguage: params.displayLanguage,
  dark: false,
  partitionKey: undefined,
  isSetSupported: (name: string, minVersion?: string) => sim.office.context.requirements.isSetSupported(name, minVersion),
  defaults: hostDefaults(params),
} satisfies PaneHost);

const frame: WorkbenchFrame = {
  sim,
  host,
  params,
  version: () => `${changes}/${raw.syncCount}/${raw.commandCount}`,
};

window.__adminPulseHost = host;
window.__adminPulseWorkbench = frame;
