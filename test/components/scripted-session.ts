// A session for component tests, scripted around its sync: it reports its activity as the real
// one does (progress, then done or failed), asks the pane's questions as the real one asks them
// (an activity holding what the pane shows, and the answer), follows the language chosen in the
// settings, and counts its reads of the workbook.

import { SettingsStore } from "../../src/settings/settings";
import type { Language } from "../../src/i18n/language";
import type { FindingView } from "../../src/workbook/port";
import type { SyncSummary } from "../../src/sync/sync";
import type { PaneLinkedCompany, Session, SyncActivity, SyncOutcome, SyncRequest, SyncTrigger } from "../../src/taskpane/session";
import { MemoryStorage } from "../settings/memory-storage";

export const SUMMARY: SyncSummary = {
  enterpriseNumber: "0566988259",
  companyName: "L'Atelier Zoë SRL",
  startedBy: "person",
  added: 22,
  updated: 1,
  removed: 0,
  keptManual: 2,
  keptEdited: 0,
  conflicts: [],
  duplicates: 1,
  unknownLinkTypes: { 99: 2 },
  missingRelations: 0,
  durationMs: 1234,
  tables: [],
  findings: [],
  // As the sync wrote it: AdminPulse has the company under a new name since the pane read it.
  company: {
    enterpriseNumber: "0566.988.259",
    name: "Atelier Zoë & Fils SRL",
    legalForm: "SRL – société à responsabilité limitée",
    lastSync: "2026-11-27T10:30",
    sheet: "Données permanentes",
    link: { kind: "linked", enterpriseNumber: "0566988259" },
    recentSyncs: [{ when: "2026-11-27T10:30", result: "Synchronisé" }],
  },
  repairs: [],
};

export const LINKED: PaneLinkedCompany = {
  link: { kind: "linked", enterpriseNumber: "0566988259" },
  confirmed: true,
  enterpriseNumber: "0566.988.259",
  name: "L'Atelier Zoë SRL",
  legalForm: "SRL – société à responsabilité limitée",
  lastSync: "2026-11-27T10:30",
  sheet: "Permanent data",
  recentSyncs: [
    { when: "2026-11-27T10:30", result: "Synced" },
    { when: "2026-11-26T09:00", result: "Failed: AdminPulse refused the API key." },
  ],
};

export type SyncScript = (request: SyncRequest) => Promise<SyncOutcome>;

export interface ScriptOptions {
  /** Office's language (the settings' "auto"). */
  language?: Language;
  linked?: PaneLinkedCompany | null;
  sync?: SyncScript;
  settings?: SettingsStore;
  findings?: FindingView[];
}

export function scriptedSession(options: ScriptOptions = {}) {
  const settings = options.settings ?? new SettingsStore({ storage: new MemoryStorage() });
  const requests: SyncRequest[] = [];
  const selected: { sheet: string; address: string }[] = [];
  let reads = 0;
  const listeners = new Set<(activity: SyncActivity) => void>();
  let activity: SyncActivity = { kind: "idle" };
  let controller: AbortController | null = null;
  const emit = (next: SyncActivity) => {
    activity = next;
    listeners.forEach((l) => l(next));
  };
  const ask = <T>(trigger: SyncTrigger, question: (answer: (value: T) => void) => SyncActivity) =>
    new Promise<T>((resolve) =>
      emit(
        question((value) => {
          emit({ kind: "running", trigger, progress: { step: "writing", done: 0, total: 1 } });
          resolve(value);
        }),
      ),
    );
  const session: Session = {
    settings,
    get busy() {
      return activity.kind === "running";
    },
    get activity() {
      return activity;
    },
    onActivity: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribe: (listener) => {
      const follow = () => listener();
      listeners.add(follow);
      return () => listeners.delete(follow);
    },
    cancel: () => controller?.abort(),
    runChecks: async () => options.findings ?? [],
    selectCell: async (cell) => {
      selected.push(cell);
    },
    language: () => {
      const chosen = settings.settings().language;
      return chosen === "auto" ? (options.language ?? "en") : chosen;
    },
    linkedCompany: async () => {
      reads++;
      return options.linked ?? null;
    },
    searchCompanies: async (text) => (/atelier/i.test(text) ? [{ id: "c1", name: "L'Atelier Zoë SRL", enterpriseNumber: "0566988259", legalForm: "SRL" }] : []),
    testConnection: async () => ({ relationCount: 0, probe: null }),
    sync: async (request) => {
      requests.push(request);
      controller = new AbortController();
      const trigger = request.trigger ?? "pane";
      emit({ kind: "running", trigger, progress: { step: "reading", done: 0, total: 1 } });
      const scripted: SyncRequest = {
        ...request,
        signal: controller.signal,
        onProgress: (progress) => emit({ kind: "running", trigger, progress }),
        confirmLink: request.ask
          ? (prepared) =>
              ask<boolean>(trigger, (answer) => ({
                kind: "confirming",
                trigger,
                company: { link: prepared.link, companyName: prepared.summary.companyName, enterpriseNumber: prepared.summary.enterpriseNumber },
                answer,
              }))
          : undefined,
        review: request.ask
          ? (prepared) => ask(trigger, (answer) => ({ kind: "reviewing", trigger, conflicts: prepared.summary.conflicts, answer }))
          : undefined,
      };
      try {
        const outcome = await (options.sync ?? (async () => ({ kind: "synced", summary: SUMMARY }) as SyncOutcome))(scripted);
        emit({ kind: "done", trigger, outcome });
        return outcome;
      } catch (error) {
        emit({ kind: "failed", trigger, error });
        throw error;
      }
    },
  };
  return { session, settings, requests, selected, reads: () => reads };
}
