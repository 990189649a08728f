// The automatic syncs: when a linked workbook opens, and when its permanent-data sheet is
// activated. Both respect the administrator's switches, run in automatic mode (edited imported
// rows are left alone and reported, never overwritten), never start while a sync runs, and come
// at most once a minute after any sync, so the add-in's own writes (the sheet a first sync
// activates) never set one off. Activations are debounced: a user flicking between tabs causes
// one sync, not several. Only a link a person confirmed on this computer syncs by itself
// (sync/link.ts): a workbook from elsewhere, or with a changed or re-pointed link, waits for Sync.

import type { PaneLinkedCompany, Session } from "../taskpane/session";

export const MIN_INTERVAL_MS = 60_000;
export const DEBOUNCE_MS = 1_000;

export type AutoSyncResult = "synced" | "failed" | "disabled" | "not-linked" | "not-confirmed" | "busy" | "too-soon" | "other-sheet" | "own-activation";

export interface AutoSyncOptions {
  now?: () => number;
  minIntervalMs?: number;
  debounceMs?: number;
  /** When the session last started a sync (any trigger), ms since the epoch. */
  lastSyncStartedAt: () => number | null;
  /** Until when activations are the add-in's own doing (showing a finding's cell), ms since the epoch. */
  ownActivationEnds?: () => number;
}

type SessionPart = Pick<Session, "settings" | "busy" | "sync" | "linkedCompany">;

export class AutoSync {
  private readonly now: () => number;
  private readonly minIntervalMs: number;
  private readonly debounceMs: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: Promise<AutoSyncResult> | null = null;
  private resolvePending: ((result: AutoSyncResult) => void) | null = null;

  constructor(
    private readonly session: SessionPart,
    private readonly options: AutoSyncOptions,
  ) {
    this.now = options.now ?? (() => Date.now());
    this.minIntervalMs = options.minIntervalMs ?? MIN_INTERVAL_MS;
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  }

  /** The workbook was opened (the runtime started with it). */
  async onOpen(): Promise<AutoSyncResult> {
    if (!this.session.settings.settings().autoSyncOnOpen) return "disabled";
    return this.run("open", () => true);
  }

  /** A sheet was activated; resolves once the debounced decision is taken. */
  onSheetActivated(sheetName: string): Promise<AutoSyncResult> {
    if (!this.session.settings.settings().autoSyncOnActivate) return Promise.resolve("disabled");
    if ((this.options.ownActivationEnds?.() ?? 0) > this.now()) return Promise.resolve("own-activation");
    if (this.timer) clearTimeout(this.timer);
    this.pending ??= new Promise((resolve) => (this.resolvePending = resolve));
    this.timer = setTimeout(() => {
      this.timer = null;
      const resolve = this.resolvePending!;
      this.pending = null;
      this.resolvePending = null;
      void this.run("sheet", (linked) => linked.sheet === sheetName).then(resolve);
    }, this.debounceMs);
    return this.pending;
  }

  private async run(trigger: "open" | "sheet", applies: (linked: PaneLinkedCompany) => boolean): Promise<AutoSyncResult> {
    if (this.session.busy) return "busy";
    const last = this.options.lastSyncStartedAt();
    if (last !== null && this.now() - last < this.minIntervalMs) return "too-soon";
    let linked: PaneLinkedCompany | null;
    try {
      linked = await this.session.linkedCompany();
    } catch {
      return "not-linked";
    }
    if (!linked || linked.link.kind === "misdirected") return "not-linked";
    if (!applies(linked)) return "other-sheet";
    if (!linked.confirmed) return "not-confirmed";
    if (this.session.busy) return "busy";
    try {
      await this.session.sync({ mode: "automatic", trigger });
      return "synced";
    } catch {
      return "failed"; // the pane shows it from the session's activity, and the log records it
    }
  }
}
