// Everything the task pane does that is not drawing: the settings, the AdminPulse client made
// from them (one per key and address, so its rate budget is shared by every sync of the session),
// the company search, the linked company, and syncs run one at a time. Components get a session
// and never call Excel or fetch themselves.
//
// What a sync is doing is one typed state, `SyncActivity`, for every view that shows it (a ribbon
// sync shows in the pane too). A question to a person is part of it: `confirming` holds the company
// to confirm, `reviewing` the edited cells to review, each with the `answer` that lets the sync go on.

import { AdminPulseClient, CompanySearch, type CompanyMatch } from "../adminpulse";
import { type Language, languageFromTag } from "../i18n/language";
import type { Resolution } from "../permanent-data/merge";
import { ConfirmedLinks } from "../settings/confirmed-links";
import { FIXED_API_BASE_URL } from "../settings/fixed-address";
import { SettingsStore, SettingsValidationError, browserStorage, checkApiBaseUrl } from "../settings/settings";
import type { WorkbookLink } from "../sync/link";
import { type LinkedCompany, linkedCompany } from "../sync/linked-company";
import { CancelledError, isAdminPulseError } from "../adminpulse/errors";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { SyncError } from "../sync/errors";
import type { FindingView } from "../workbook/port";
import { runChecksOnly } from "../sync/run-checks";
import type { SyncLogEntry } from "../workbook/port";
import { type Conflict, type PreparedSync, type SyncProgress, type SyncSummary, SyncRunner, localDateTime, prepareSync } from "../sync/sync";
import { type WorkbookPort, excelWorkbook } from "../workbook/port";
import type { PaneHost } from "./host";
import { PaneError, paneErrors } from "./pane-errors";
import type { ChangeCounter } from "../workbook/events";
import type { ProbeReport } from "../probe/report";

/** What started a sync: the pane's button, the ribbon, the file opening, the sheet activated. */
export type SyncTrigger = "pane" | "ribbon" | "open" | "sheet";

/** The company AdminPulse has for the number, shown before a link nobody here confirmed is written. */
export interface CompanyToConfirm {
  link: WorkbookLink;
  /** The company's name as AdminPulse gave it for that number. */
  companyName: string;
  enterpriseNumber: string;
}

/** A person's answers to the review of edited cells (keyed `<table>:<link>`), or null to write nothing. */
export type ReviewAnswers = ReadonlyMap<string, Resolution> | null;

/** What the session is doing, for every view that shows it (a ribbon sync shows in the pane). */
export type SyncActivity =
  | { kind: "idle" }
  | { kind: "running"; trigger: SyncTrigger; progress: SyncProgress }
  /** Waiting for a person to say whether this is the workbook's company. */
  | { kind: "confirming"; trigger: SyncTrigger; company: CompanyToConfirm; answer(confirmed: boolean): void }
  /** Waiting for a person's choice, row by row, over the cells they edited that AdminPulse changed. */
  | { kind: "reviewing"; trigger: SyncTrigger; conflicts: readonly Conflict[]; answer(answers: ReviewAnswers): void }
  | { kind: "done"; trigger: SyncTrigger; outcome: SyncOutcome }
  | { kind: "failed"; trigger: SyncTrigger; error: unknown };

export interface SyncRequest {
  /** A number typed for a workbook not linked yet. */
  enterpriseNumber?: string;
  startedBy: "person" | "event";
  trigger?: SyncTrigger;
  signal?: AbortSignal;
  onProgress?(progress: SyncProgress): void;
  /**
   * A sync a person runs in the pane: its questions are asked through the activity (`confirming`,
   * `reviewing`), which the pane shows and answers. Without it (and without the callbacks below) a
   * link nobody here confirmed stops the sync before anything is fetched, and edited cells are left
   * alone: automatic syncs and the ribbon's never ask.
   */
  ask?: boolean;
  /**
   * Called, in a sync a person runs, when no person at this device confirmed the workbook's link yet (a
   * first sync, a number changed in the sheet, a workbook from elsewhere): shows the company found
   * in AdminPulse (`prepared.summary`) and `prepared.link`, and resolves with the person's answer.
   * Without it, such a sync stops before fetching anything ("link-not-confirmed"): automatic syncs
   * and the ribbon's never pull a company nobody confirmed here.
   */
  confirmLink?(prepared: PreparedSync): Promise<boolean>;
  /**
   * Called when a sync a person runs would overwrite cells the user edited: resolves with the user's
   * answers (keyed `<table>:<link>`), or null to write nothing. Callers without a pane answer
   * here; the activity shows the question all the same.
   */
  review?(prepared: PreparedSync): Promise<ReviewAnswers>;
}

export type SyncOutcome =
  | { kind: "synced"; summary: SyncSummary }
  /** The person cancelled the review of edited cells, or did not confirm the company. */
  | { kind: "not-written"; summary: SyncSummary; reason: "review" | "link" };

/** Requests the connection test's probe may send: a glance, well within AdminPulse's 480 a minute. */
export const PANE_PROBE_REQUESTS = 10;

/** A working key's test: the relations it sees, and the probe's report (null when the probe could not run). */
export interface ConnectionTestResult {
  relationCount: number;
  probe: ProbeReport | null;
}

/** The workbook's company as the pane shows it, and whether a person at this device confirmed the link. */
export interface PaneLinkedCompany extends LinkedCompany {
  confirmed: boolean;
}

/** What the views use of a session (a class's private fields would make test doubles impossible). */
export interface Session {
  readonly settings: SettingsStore;
  readonly busy: boolean;
  language(): Language;
  linkedCompany(): Promise<PaneLinkedCompany | null>;
  searchCompanies(text: string, signal?: AbortSignal): Promise<CompanyMatch[]>;
  testConnection(apiBaseUrl: string, token: string, signal?: AbortSignal): Promise<ConnectionTestResult>;
  sync(request: SyncRequest): Promise<SyncOutcome>;
  /** Stops the running sync, whoever started it (nothing is written once it stops). */
  cancel(): void;
  /** The checks over what the sheet shows now, without syncing; their notes and PD_Checks updated. */
  runChecks(): Promise<FindingView[]>;
  /** Shows a finding's cell: activates its sheet and selects it. */
  selectCell(cell: { sheet: string; address: string }): Promise<void>;
  readonly activity: SyncActivity;
  onActivity(listener: (activity: SyncActivity) => void): () => void;
  /** `onActivity` as a store's subscription (useStore). */
  subscribe(listener: () => void): () => void;
}

export class PaneSession implements Session {
  readonly settings: SettingsStore;
  readonly confirmedLinks: ConfirmedLinks;
  private readonly runner = new SyncRunner();
  private cached: { key: string; client: AdminPulseClient; search: CompanySearch } | null = null;
  private current: SyncActivity = { kind: "idle" };
  private readonly listeners = new Set<(activity: SyncActivity) => void>();
  private controller: AbortController | null = null;
  private endedAt: number | null = null;
  private failedSyncs: SyncLogEntry[] = [];
  private ownActivationUntil = 0;
  /** The workbook's company as last seen, for the log row of a sync that failed before reading it. */
  private knownNumber: string | null = null;
  /** Cell changes counted for the session (runtime.ts): a sync keeps what is typed while it runs. */
  changes: ChangeCounter | null = null;
  private readonly now: () => number;

  constructor(
    readonly host: PaneHost,
    options: { settings?: SettingsStore; confirmedLinks?: ConfirmedLinks; now?: () => number } = {},
  ) {
    this.settings =
      options.settings ??
      new SettingsStore({ storage: browserStorage(), partitionKey: host.partitionKey, defaults: host.defaults, fixedApiBaseUrl: FIXED_API_BASE_URL });
    this.confirmedLinks = options.confirmedLinks ?? new ConfirmedLinks({ storage: browserStorage(), partitionKey: host.partitionKey });
    this.now = options.now ?? (() => Date.now());
    this.settings.subscribe(() => this.followCredentials());
  }

  /** The language chosen in Settings, or Office's. */
  language(): Language {
    const chosen = this.settings.settings().language;
    return chosen === "auto" ? languageFromTag(this.host.displayLanguage) : chosen;
  }

  get busy(): boolean {
    return this.runner.busy;
  }

  async linkedCompany(): Promise<PaneLinkedCompany | null> {
    const linked = linkedCompany(await excelWorkbook(this.host.run).read());
    this.knownNumber = linked ? normaliseEnterpriseNumber(linked.enterpriseNumber) : null;
    return linked && { ...linked, confirmed: this.confirmed(linked.link) };
  }

  /** Whether a sync may go on with this link without asking anyone. */
  private confirmed(link: WorkbookLink): boolean {
    return link.kind === "linked" && this.confirmedLinks.has(link.enterpriseNumber);
  }

  async searchCompanies(text: string, signal?: AbortSignal): Promise<CompanyMatch[]> {
    return this.connection().search.search(text, { signal });
  }

  /** Tests a key at the saved address only: a key is never sent to an address that is not the one in force. */
  async testConnection(apiBaseUrl: string, token: string, signal?: AbortSignal): Promise<ConnectionTestResult> {
    const address = this.settings.settings().apiBaseUrl;
    const asked = checkApiBaseUrl(apiBaseUrl);
    if (!asked.ok || asked.value !== address) throw new SettingsValidationError("apiBaseUrl", "url-not-applied");
    const { relationCount } = await new AdminPulseClient({ token, baseUrl: address }).testConnection({ signal });
    // Then a small probe of AdminPulse's answers against what the add-in expects (src/probe/).
    // Its failure does not fail the test: the key works, which is what the test is for.
    let probe: ProbeReport | null = null;
    try {
      // Loaded on demand: the probe is not part of the pane's first screen.
      const { probeAdminPulse } = await import(/* webpackChunkName: "probe" */ "../probe/run");
      probe = (await probeAdminPulse({ baseUrl: address, token, maxRequests: PANE_PROBE_REQUESTS, signal })).report;
    } catch {
      probe = null;
    }
    return { relationCount, probe };
  }

  get activity(): SyncActivity {
    return this.current;
  }

  onActivity(listener: (activity: SyncActivity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  subscribe(listener: () => void): () => void {
    return this.onActivity(() => listener());
  }

  cancel(): void {
    this.controller?.abort();
  }

  runChecks(): Promise<FindingView[]> {
    return this.runner.run(() =>
      runChecksOnly(this.excelPort(), {
        language: this.language(),
        today: localDateTime(new Date(this.now())).slice(0, 10),
      }),
    );
  }

  async selectCell(cell: { sheet: string; address: string }): Promise<void> {
    // Activating the permanent-data sheet from here is not the user switching to it: no sync.
    this.ownActivationUntil = this.now() + OWN_ACTIVATION_MS;
    await this.excelPort().select(cell);
  }

  /** Until when sheet activations are the add-in's own (ms since the epoch). */
  get ownActivationEnds(): number {
    return this.ownActivationUntil;
  }

  /**
   * When the last sync ended, in ms since the epoch (any trigger, any outcome), for the triggers'
   * pacing: counted from the end, so that a sync of minutes is not followed at once by another
   * (its own activation of the sheet arrives after it ended).
   */
  get lastSyncEndedAt(): number | null {
    return this.endedAt;
  }

  /**
   * One sync at a time: a second request while one runs (its review included) is refused with a
   * "busy" error. A failure writes nothing; it is logged in PD_SyncLog with the next sync that does.
   */
  sync(request: SyncRequest): Promise<SyncOutcome> {
    const trigger = request.trigger ?? "pane";
    return this.runner.run(async () => {
      const controller = new AbortController();
      const abortFromCaller = () => controller.abort();
      request.signal?.addEventListener("abort", abortFromCaller, { once: true });
      if (request.signal?.aborted) controller.abort();
      this.controller = controller;
      let last: SyncProgress = { step: "reading", done: 0, total: 1 };
      const progress = (p: SyncProgress) => {
        last = p;
        this.emit({ kind: "running", trigger, progress: p });
        request.onProgress?.(p);
      };
      progress({ step: "reading", done: 0, total: 1 });
      try {
        const { client } = this.connection();
        // Someone who presses Sync may just have changed AdminPulse: read everything afresh. The
        // automatic syncs may reuse what a sync of the last minutes read.
        if (trigger === "pane" || trigger === "ribbon") client.clearCache();
        const asks = questionsOf(request);
        const prepared = await prepareSync({
          workbook: this.workbook(),
          client,
          language: this.language(),
          startedBy: request.startedBy,
          enterpriseNumber: request.enterpriseNumber,
          signal: controller.signal,
          onProgress: progress,
          failedSyncs: [...this.failedSyncs],
          // Only a person may confirm a link; automatic syncs go on with confirmed ones only.
          acceptLink: asks.confirm ? undefined : (link) => this.confirmed(link),
        });
        const outcome = await this.answered(prepared, request, trigger, controller.signal, () => progress(last));
        if (outcome.kind === "synced") {
          this.confirmedLinks.add(outcome.summary.enterpriseNumber);
          this.failedSyncs = [];
          this.knownNumber = outcome.summary.enterpriseNumber;
          this.host.setStartupBehavior?.(this.settings.settings().autoSyncOnOpen);
        }
        this.emit({ kind: "done", trigger, outcome });
        return outcome;
      } catch (error) {
        this.remember(error, request);
        this.emit({ kind: "failed", trigger, error });
        throw error;
      } finally {
        request.signal?.removeEventListener("abort", abortFromCaller);
        this.controller = null;
        this.endedAt = this.now();
      }
    });
  }

  private remember(error: unknown, request: SyncRequest): void {
    // A cancel is not a failure, and "busy" never started; everything else is logged.
    if (error instanceof CancelledError) return;
    const userMessage = error instanceof PaneError || error instanceof SyncError || isAdminPulseError(error) ? error.userMessage : UNEXPECTED_FAILURE;
    this.failedSyncs = [
      {
        when: localDateTime(new Date(this.now())),
        enterpriseNumber: request.enterpriseNumber ? normaliseEnterpriseNumber(request.enterpriseNumber) : this.knownNumber,
        counts: null,
        startedBy: request.startedBy,
        failure: userMessage,
      },
      ...this.failedSyncs,
    ].slice(0, 20);
  }

  /** The workbook as syncs and checks reach it; notes where Excel has them (ExcelApi 1.18). */
  private excelPort(): WorkbookPort {
    return excelWorkbook(this.host.run, { notes: this.host.isSetSupported("ExcelApi", "1.18") });
  }

  /** The workbook for a sync; what its reads show is the workbook's company as last seen. */
  private workbook(): WorkbookPort {
    const port = this.excelPort();
    return {
      ...port,
      changes: this.changes ?? undefined,
      read: async () => {
        const state = await port.read();
        this.knownNumber = state.enterpriseNumber ? normaliseEnterpriseNumber(state.enterpriseNumber) : null;
        return state;
      },
    };
  }

  /** After the plan: the questions this sync asks a person, if any, then the write (or nothing). */
  private async answered(prepared: PreparedSync, request: SyncRequest, trigger: SyncTrigger, signal: AbortSignal, resume: () => void): Promise<SyncOutcome> {
    const { summary, link } = prepared;
    const asks = questionsOf(request);
    if (asks.confirm && !this.confirmed(link)) {
      const company: CompanyToConfirm = { link, companyName: summary.companyName, enterpriseNumber: summary.enterpriseNumber };
      const confirmLink = request.confirmLink;
      const confirmed = await this.ask<boolean>(
        signal,
        (answer) => ({ kind: "confirming", trigger, company, answer }),
        confirmLink && (() => confirmLink(prepared)),
      );
      if (!confirmed) return { kind: "not-written", summary, reason: "link" };
      resume();
    }
    if (!asks.review || summary.conflicts.length === 0) return { kind: "synced", summary: await prepared.apply() };
    const review = request.review;
    const answers = await this.ask<ReviewAnswers>(
      signal,
      (answer) => ({ kind: "reviewing", trigger, conflicts: summary.conflicts, answer }),
      review && (() => review(prepared)),
    );
    if (!answers) return { kind: "not-written", summary, reason: "review" };
    resume();
    return { kind: "synced", summary: await prepared.apply(answers) };
  }

  /**
   * Asks a person through the activity (`question` makes it, with the answer to give), and through
   * the caller's `callback` when there is one: the first answer counts. A cancel (the pane closing,
   * the key taken back) ends the question with CancelledError, so no sync waits for an answer that
   * can no longer count.
   */
  private ask<T>(signal: AbortSignal, question: (answer: (value: T) => void) => SyncActivity, callback?: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let open = true;
      const close = (settle: () => void) => {
        if (!open) return;
        open = false;
        signal.removeEventListener("abort", onAbort);
        settle();
      };
      const onAbort = () => close(() => reject(new CancelledError()));
      signal.addEventListener("abort", onAbort, { once: true });
      this.emit(question((value) => close(() => resolve(value))));
      callback?.().then(
        (value) => close(() => resolve(value)),
        (error: unknown) => close(() => reject(error)),
      );
      if (signal.aborted) onAbort();
    });
  }

  private emit(activity: SyncActivity): void {
    this.current = activity;
    for (const listener of this.listeners) listener(activity);
  }

  /**
   * The key forgotten or replaced, or another address: the client made for the old ones goes, with
   * the relations and the company list it read (national numbers among them), and a sync running
   * with it stops, so nothing more is asked with a key the administrator took back.
   */
  private followCredentials(): void {
    if (!this.cached || this.cached.key === this.credentials()) return;
    this.cached.client.clearCache();
    this.cached.search.clear();
    this.cached = null;
    this.controller?.abort();
  }

  private credentials(): string | null {
    const token = this.settings.token();
    return token ? `${this.settings.settings().apiBaseUrl}\n${token}` : null;
  }

  /** The client for the current key and address; a new one only when either changed. */
  private connection(): { client: AdminPulseClient; search: CompanySearch } {
    const token = this.settings.token();
    if (!token) throw paneErrors.noKey();
    const baseUrl = this.settings.settings().apiBaseUrl;
    const key = this.credentials()!;
    if (this.cached?.key !== key) {
      const client = new AdminPulseClient({ token, baseUrl });
      this.cached = { key, client, search: new CompanySearch(client) };
    }
    return this.cached;
  }
}

/** Which questions a sync asks a person: only those a person runs, in the pane or through the caller's functions. */
function questionsOf(request: SyncRequest): { confirm: boolean; review: boolean } {
  const byPerson = request.startedBy === "person";
  return {
    confirm: byPerson && (request.ask === true || request.confirmLink !== undefined),
    review: byPerson && (request.ask === true || request.review !== undefined),
  };
}

/** How long after the add-in activates a sheet itself its activation events are ignored. */
const OWN_ACTIVATION_MS = 2_000;

const UNEXPECTED_FAILURE = {
  en: "The sync stopped on an unexpected error.",
  fr: "La synchronisation s’est arrêtée sur une erreur inattendue.",
  nl: "De synchronisatie stopte door een onverwachte fout.",
} as const;
