// What the task pane needs from the application around it, in one place: Excel's `run`, Office's
// display language and theme, the storage partition, and the events the sync triggers use.
// Inside Excel these come from Office.js (officeHost). In the workbench (../../workbench/), a
// script loaded before the pane's bundle, in the pane's own page, builds the same object over the
// Excel simulator and puts it on `window.__adminPulseHost`; the pane's bundle is unchanged.

import { type ExcelRun, officeExcelRun } from "../workbook/excel-run";
import type { HostDefaults } from "../settings/settings";

export interface PaneHost {
  readonly kind: "office" | "workbench";
  readonly run: ExcelRun;
  /** Office's display language as a BCP-47 tag ("fr-BE"). */
  readonly displayLanguage: string;
  readonly dark: boolean;
  /** Office.context.partitionKey: prefixes the pane's browser storage where Office partitions it. */
  readonly partitionKey: string | undefined;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, minVersion?: string): boolean;
  /** Settings a host suggests before an administrator set any (the workbench: its sandbox and demo key). */
  readonly defaults?: HostDefaults;
  /** Whether the add-in starts with the document (shared runtime), so it can sync on open. */
  setStartupBehavior?(loadWithDocument: boolean): void;
  /** Shows the task pane (after a ribbon sync that needs the user's eyes). */
  showPane?(): void;
  /**
   * Reloads the pane's page, so that its security policy allows a new AdminPulse address (a policy
   * can only be tightened while the page lives). The workbench has none: its development policy
   * allows loopback, where its sandbox is.
   */
  reload?(): void;
}

declare global {
  interface Window {
    __adminPulseHost?: PaneHost;
  }
}

/** The workbench's host when the page has one; Office's otherwise (after Office.onReady said Excel). */
export function workbenchHost(): PaneHost | undefined {
  return typeof window === "undefined" ? undefined : window.__adminPulseHost;
}

export function officeHost(): PaneHost {
  return {
    kind: "office",
    run: officeExcelRun,
    displayLanguage: Office.context.displayLanguage,
    dark: false,
    partitionKey: Office.context.partitionKey,
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    // Both need the shared runtime (SharedRuntime 1.1); elsewhere they are skipped: on-open sync
    // then only happens when the pane is opened.
    setStartupBehavior: (load) => {
      if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return;
      void Office.addin.setStartupBehavior(load ? Office.StartupBehavior.load : Office.StartupBehavior.none).catch(() => undefined);
    },
    reload: () => window.location.reload(),
    showPane: () => {
      if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return;
      void Office.addin.showAsTaskpane().catch(() => undefined);
    },
  };
}
