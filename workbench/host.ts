// Entry `workbench-host`: runs in workbench-pane.html BEFORE the unchanged task pane bundle, and
// gives the pane the host it would get from Office.js inside Excel (src/taskpane/host.ts), built
// over the Excel simulator: `window.__adminPulseHost`.
//
// The simulator is created here, in the pane's own window, so every object the pane hands it
// (batches, handlers, arrays of values) and gets back belongs to the same JavaScript realm, as
// with office.js. The workbench page around it (index.tsx) reaches the simulator through
// `window.__adminPulseWorkbench` and passes only strings and plain data.

import { createExcelSimulator, type ExcelSimulator, type WorkbookState } from "../simulator";
import type { ConfigureInput, HostDefaults, PaneControl, PaneHost } from "../src/taskpane/host";
import type { WorkbenchFrame } from "./bridge";
import { DEMO_TOKEN, workbenchParams } from "./config";

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

let control: PaneControl | undefined;
const registrationWaiters = new Set<(control: PaneControl) => void>();

const defaults: HostDefaults = Object.freeze({ apiBaseUrl: params.apiBaseUrl, token: DEMO_TOKEN });

const host: PaneHost = Object.freeze({
  kind: "workbench",
  run: sim.run,
  displayLanguage: params.displayLanguage,
  dark: false,
  partitionKey: undefined,
  isSetSupported: (name: string, minVersion?: string) => sim.office.context.requirements.isSetSupported(name, minVersion),
  defaults,
  registerPane(paneControl: PaneControl) {
    control = paneControl;
    for (const resolve of registrationWaiters) resolve(paneControl);
    registrationWaiters.clear();
  },
} satisfies PaneHost);

function whenPaneRegistered(timeoutMs: number): Promise<PaneControl> {
  if (control) return Promise.resolve(control);
  return new Promise((resolve, reject) => {
    const done = (c: PaneControl) => {
      clearTimeout(timer);
      resolve(c);
    };
    const timer = setTimeout(() => {
      registrationWaiters.delete(done);
      reject(new Error(`The task pane did not call window.__adminPulseHost.registerPane(control) within ${timeoutMs} ms.`));
    }, timeoutMs);
    registrationWaiters.add(done);
  });
}

const frame: WorkbenchFrame = {
  sim,
  host,
  params,
  version: () => `${changes}/${raw.syncCount}/${raw.commandCount}`,
  paneControl: () => control,
  whenPaneRegistered,
  async configure(input: ConfigureInput, timeoutMs: number) {
    const copy = structuredClone(input); // this realm's object, whatever realm `input` came from
    await whenPaneRegistered(timeoutMs);
    control?.configure(copy);
  },
};

window.__adminPulseHost = host;
window.__adminPulseWorkbench = frame;
