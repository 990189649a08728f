// The add-in's one runtime (the manifest's shared runtime): the session every view, the ribbon
// and the triggers share, so one sync runs at a time whoever asks, and a sync started from the
// ribbon shows its progress in the pane. Started once per page, before React renders.

import { SyncError } from "../sync/errors";
import { AutoSync, type AutoSyncOptions } from "../triggers/auto-sync";
import { listenToWorkbook } from "../workbook/events";
import type { PaneHost } from "./host";
import { PaneSession } from "./session";

export interface Runtime {
  readonly session: PaneSession;
  readonly autoSync: AutoSync;
  /** The ribbon's "Sync with AdminPulse": the same sync as the pane's button, without a review. */
  syncFromRibbon(): Promise<void>;
  /** Resolves once the sheet-activation listener is in place and the on-open sync (if any) ended. */
  readonly started: Promise<void>;
}

export interface RuntimeOptions {
  session?: PaneSession;
  /** Pacing of the automatic syncs (tests shorten the debounce and move the clock). */
  autoSync?: Omit<AutoSyncOptions, "lastSyncEndedAt">;
}

export function startRuntime(host: PaneHost, options: RuntimeOptions = {}): Runtime {
  const session = options.session ?? new PaneSession(host);
  const autoSync = new AutoSync(session, {
    ...options.autoSync,
    lastSyncEndedAt: () => session.lastSyncEndedAt,
    ownActivationEnds: () => session.ownActivationEnds,
  });

  // The start-up behaviour follows the administrator's switch, for files already linked. Only a
  // change of that switch asks the workbook whether it is linked: another setting (the key, the
  // language, the expiry date) reads nothing.
  let autoSyncOnOpen = session.settings.settings().autoSyncOnOpen;
  session.settings.subscribe((settings) => {
    if (settings.autoSyncOnOpen === autoSyncOnOpen) return;
    autoSyncOnOpen = settings.autoSyncOnOpen;
    void session.linkedCompany().then(
      (linked) => linked?.confirmed && host.setStartupBehavior?.(settings.autoSyncOnOpen),
      () => undefined,
    );
  });

  const started = (async () => {
    try {
      // Without the change event a sync still keeps every row it read; what is typed while it
      // waits for AdminPulse is then not seen before the write.
      session.changes = (await listenToWorkbook(host.run, (sheet) => void autoSync.onSheetActivated(sheet))).changes;
    } catch {
      // Older Excel without the events: the sheet trigger is simply off; the rest works.
    }
    await autoSync.onOpen();
  })();

  return {
    session,
    autoSync,
    started,
    async syncFromRibbon() {
      try {
        const outcome = await session.sync({ startedBy: "person", trigger: "ribbon" });
        // Edited cells were left alone: the pane says which, and how to review them.
        if (outcome.summary.conflicts.length > 0) host.showPane?.();
      } catch (error) {
        // "busy": the running sync shows in the pane already. Anything else: the pane says what to do.
        if (!(error instanceof SyncError && error.kind === "busy")) host.showPane?.();
      }
    },
  };
}
