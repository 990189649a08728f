// Everything the task pane does that is not drawing: the settings, the AdminPulse client made
// from them (one per key and address, so its rate budget is shared by every sync of the session),
// the company search, the linked company, and syncs run one at a time. Components get a session
// and never call Excel or fetch themselves.

import { AdminPulseClient, CompanySearch, type CompanyMatch } from "../adminpulse";
import { type Language, languageFromTag } from "../i18n/language";
import type { Resolution } from "../permanent-data/merge";
import { SettingsStore, browserStorage } from "../settings/settings";
import { type LinkedCompany, linkedCompany } from "../sync/linked-company";
import { type PreparedSync, type SyncProgress, type SyncSummary, SyncRunner, excelWorkbook, prepareSync } from "../sync/sync";
import type { PaneHost } from "./host";
import { paneErrors } from "./pane-errors";

export interface SyncRequest {
  /** A number typed for a workbook not linked yet. */
  enterpriseNumber?: string;
  mode: "manual" | "automatic";
  signal?: AbortSignal;
  onProgress?(progress: SyncProgress): void;
  /**
   * Called when a manual sync would overwrite cells the user edited: resolves with the user's
   * answers (keyed `<table>:<link>`), or null to write nothing.
   */
  review?(prepared: PreparedSync): Promise<ReadonlyMap<string, Resolution> | null>;
}

export type SyncOutcome = { kind: "synced"; summary: SyncSummary } | { kind: "not-written"; summary: SyncSummary };

/** What the views use of a session (a class's private fields would make test doubles impossible). */
export interface Session {
  readonly settings: SettingsStore;
  readonly busy: boolean;
  language(): Language;
  linkedCompany(): Promise<LinkedCompany | null>;
  searchCompanies(text: string, signal?: AbortSignal): Promise<CompanyMatch[]>;
  testConnection(apiBaseUrl: string, token: string, signal?: AbortSignal): Promise<{ relationCount: number }>;
  sync(request: SyncRequest): Promise<SyncOutcome>;
}

export class PaneSession implements Session {
  readonly settings: SettingsStore;
  private readonly runner = new SyncRunner();
  private cached: { key: string; client: AdminPulseClient; search: CompanySearch } | null = null;

  constructor(readonly host: PaneHost, settings?: SettingsStore) {
    this.settings = settings ?? new SettingsStore({ storage: browserStorage(), partitionKey: host.partitionKey, defaults: host.defaults });
  }

  /** The language chosen in Settings, or Office's. */
  language(): Language {
    const chosen = this.settings.settings().language;
    return chosen === "auto" ? languageFromTag(this.host.displayLanguage) : chosen;
  }

  get busy(): boolean {
    return this.runner.busy;
  }

  async linkedCompany(): Promise<LinkedCompany | null> {
    return linkedCompany(await excelWorkbook(this.host.run).read());
  }

  async searchCompanies(text: string, signal?: AbortSignal): Promise<CompanyMatch[]> {
    return this.connection().search.search(text, { signal });
  }

  async testConnection(apiBaseUrl: string, token: string, signal?: AbortSignal): Promise<{ relationCount: number }> {
    return new AdminPulseClient({ token, baseUrl: apiBaseUrl }).testConnection({ signal });
  }

  /** One sync at a time: a second request while one runs (its review included) is refused with a "busy" error. */
  sync(request: SyncRequest): Promise<SyncOutcome> {
    return this.runner.run(async () => {
      const prepared = await prepareSync({
        workbook: excelWorkbook(this.host.run),
        client: this.connection().client,
        language: this.language(),
        mode: request.mode,
        enterpriseNumber: request.enterpriseNumber,
        signal: request.signal,
        onProgress: request.onProgress,
      });
      const toReview = request.mode === "manual" && prepared.summary.conflicts.length > 0 && request.review;
      if (!toReview) return { kind: "synced", summary: await prepared.apply() };
      const answers = await toReview(prepared);
      if (!answers) return { kind: "not-written", summary: prepared.summary };
      return { kind: "synced", summary: await prepared.apply(answers) };
    });
  }

  /** The client for the current key and address; a new one only when either changed. */
  private connection(): { client: AdminPulseClient; search: CompanySearch } {
    const token = this.settings.token();
    if (!token) throw paneErrors.noKey();
    const baseUrl = this.settings.settings().apiBaseUrl;
    const key = `${baseUrl}\n${token}`;
    if (this.cached?.key !== key) {
      const client = new AdminPulseClient({ token, baseUrl });
      this.cached = { key, client, search: new CompanySearch(client) };
    }
    return this.cached;
  }
}
