// The automatic syncs: when a linked workbook opens, and when its permanent-data sheet is
// activated. Both respect the administrator's switches, run as syncs an event starts (edited imported
// rows are left alone and reported, never overwritten), never start while a sync runs, and come
// at most once a minute after the end of any sync, so the add-in's own writes (the sheet a first
// sync activates, at the end of a sync of minutes) never set one off. Activations are debounced: a user flicking between tabs causes
// one sync, not several. Only a link a person confirmed on this computer syncs by itself
// (sync/link.ts): a workbook from elsewhere, or with a changed or re-pointed link, waits for Sync.

/** What the triggers need of the pane's session (taskpane/session.ts): the arrow points from the pane to here. */
export interface AutoSyncSession {
  readonly settings: { settings(): { readonly autoSyncOnOpen: boolean; readonly autoSyncOnActivate: boolean } };
  readonly busy: boolean;
  sync(request: { startedBy: "event"; trigger: "open" | "sheet" }): Promise<unknown>;
  linkedCompany(): Promise<LinkedForTriggers | null>;
}

/** The workbook's company as the triggers look at it. */
export interface LinkedForTriggers {
  readonly sheet: string | null;
  readonly link: { readonly kind: string };
  /** Whether a person at this device confirmed the link. */
  readonly confirmed: boolean;
}

export const MIN_INTERVAL_MS = 60_000;
export const DEBOUNCE_MS = 1_000;

export type AutoSyncResult = "synced" | "failed" | "disabled" | "not-linked" | "not-confirmed" | "busy" | "too-soon" | "other-sheet" | "own-activation";

export interface AutoSyncOptions {
  now?: () => number;
  minIntervalMs?: number;
  debounceMs?: number;
  /** When the session's last sync ended (any trigger, whatever its outcome), ms since the epoch; null while none has. */
  lastSyncEndedAt: () => number | null;
  /** Until when activations are the add-in's own doing (showing a finding's cell), ms since the epoch. */
  ownActivationEnds?: () => number;
}

export class AutoSync {
  private readonly now: () => number;
  private readonly minIntervalMs: number;
  private readonly debounceMs: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: Promise<AutoSyncResult> | null = null;
  private resolvePending: ((result: AutoSyncResult) => void) | null = null;

  constructor(
    private readonly session: AutoSyncSession,
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

  private async run(trigger: "open" | "sheet", applies: (linked: LinkedForTriggers) => boolean): Promise<AutoSyncResult> {
    if (this.session.busy) return "busy";
    const last = this.options.lastSyncEndedAt();
    if (last !== null && this.now() - last < this.minIntervalMs) return "too-soon";
    let linked: LinkedForTriggers | null;
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
      await this.session.sync({ startedBy: "event", trigger });
      return "synced";
    } catch {
      return "failed"; // the pane shows it from the session's activity, and the log records it
    }
  }
}
