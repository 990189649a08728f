// What the pane's page (workbench-pane.html, via host.ts) offers the workbench page around it, on
// the iframe's window. Both pages are served from the same origin, so the workbench page calls it
// directly; it passes only strings and plain data across (see host.ts on realms).

import type { ExcelSimulator, WorkbookState } from "../simulator";
import type { PaneHost } from "../src/taskpane/host";
import type { WorkbenchParams } from "./config";

export interface WorkbenchFrame {
  /** The simulated Excel the pane runs against (runs, edits and activations through it are tracked). */
  readonly sim: ExcelSimulator;
  /** The object the pane found on `window.__adminPulseHost`. */
  readonly host: PaneHost;
  readonly params: WorkbenchParams;
  /** Changes whenever the workbook may have changed: runs, syncs, commands, edits, activations. */
  version(): string;
}

declare global {
  interface Window {
    /** On workbench-pane.html: set by host.ts. */
    __adminPulseWorkbench?: WorkbenchFrame;
    /**
     * On workbench.html: hands a reloading pane the workbook to start from (a language change
     * keeps the workbook, as reopening the file would), once; undefined for a new workbook.
     */
    __adminPulseWorkbenchCarry?: () => WorkbookState | undefined;
  }
}
