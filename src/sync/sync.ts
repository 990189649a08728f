// The one entry point every trigger uses: read the workbook (one round trip) → fetch the company
// from AdminPulse → map → merge → plan → write (one more round trip). Nothing is written until
// the whole plan is built; a failure before that leaves the workbook exactly as it was.
// `prepareSync` stops before writing, so the task pane can show conflicts for review first.

import { type AdminPulseClient, type Progress as ClientProgress, NotFoundError } from "../adminpulse";
import { throwIfAborted } from "../adminpulse/abort";
import type { Language } from "../i18n/language";
import { formatEnterpriseNumber, isValidEnterpriseNumber, normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { mapCompany } from "../permanent-data/mapping";
import type { CellConflict, Resolution } from "../permanent-data/merge";
import type { FindingView, LaidOut, Repair, SheetContents, SyncLogEntry, WorkbookPort } from "../workbook/port";
import { type TableOutcome, buildPlan, countChanges } from "./build-plan";
import { sheetCall, syncErrors } from "./errors";
import { type WorkbookLink, workbookLink } from "./link";
import { type LinkedCompany, linkedCompanyAfter } from "./linked-company";

export type SyncStep = "reading" | ClientProgress["step"] | "writing" | "done";
export interface SyncProgress {
  step: SyncStep;
  done: number;
  total: number | null;
}

export interface SyncOptions {
  workbook: WorkbookPort;
  client: Pick<AdminPulseClient, "fetchCompany">;
  language: Language;
  /** Who started the sync: a person (the pane, the ribbon), or an event (the automatic syncs: the workbook opened, its sheet activated; edited imported rows are left alone and reported). */
  startedBy: "person" | "event";
  /** A number typed in the task pane for a file not linked yet; otherwise the workbook's. */
  enterpriseNumber?: string;
  /** Answers to conflicts, keyed `<table>:<link>`. */
  resolutions?: ReadonlyMap<string, Resolution>;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  now?: () => Date;
  /** Syncs that failed since the last one that wrote, newest first: this sync logs them too. */
  failedSyncs?: readonly SyncLogEntry[];
  /**
   * Whether this sync may go on with the workbook's link (link.ts), asked after the read and before
   * anything is fetched; false stops it with "link-not-confirmed". Absent: a person is there, and
   * sees `PreparedSync.link` before anything is written.
   */
  acceptLink?(link: WorkbookLink): boolean;
}

export interface Conflict {
  table: TableOutcome["table"];
  link: string;
  /** What the row is called in the sheet (its name, or the identification field), for people. */
  label: string;
  cells: CellConflict[];
  outcome: "left-alone" | "took-adminpulse" | "kept-mine" | "made-manual";
}

export interface SyncSummary {
  enterpriseNumber: string;
  companyName: string;
  startedBy: SyncOptions["startedBy"];
  added: number;
  updated: number;
  removed: number;
  keptManual: number;
  /** Imported rows that left AdminPulse after the user had edited them: kept, now manual. */
  keptEdited: number;
  conflicts: Conflict[];
  duplicates: number;
  unknownLinkTypes: Record<number, number>;
  missingRelations: number;
  durationMs: number;
  tables: TableOutcome[];
  /** The extended checks over the rows as written, with the cells they point at. */
  findings: FindingView[];
  /** The company as the workbook shows it once this sync is written (the pane's card). */
  company: LinkedCompany;
  /** Tables changed by hand that this sync repairs, or cannot (a column missing, a table gone). */
  repairs: Repair[];
}

export interface PreparedSync {
  summary: SyncSummary;
  /** The link this sync writes: the workbook's, or the first link to the number typed. */
  link: WorkbookLink;
  /**
   * Writes the plan (one round trip) and returns the final summary. With the user's answers to
   * the conflicts, re-reads the sheet first and plans again over the data already fetched.
   */
  apply(resolutions?: ReadonlyMap<string, Resolution>): Promise<SyncSummary>;
}

export async function prepareSync(options: SyncOptions): Promise<PreparedSync> {
  const started = Date.now();
  const progress = options.onProgress ?? (() => undefined);
  throwIfAborted(options.signal);

  progress({ step: "reading", done: 0, total: 1 });
  // Taken before the read: a change during the read may or may not be in it, so it counts as after.
  const changesAtRead = options.workbook.changes?.count;
  const state = await sheetCall(() => options.workbook.read());
  progress({ step: "reading", done: 1, total: 1 });

  const found = workbookLink(state);
  // A link that is not where the add-in put it links nothing: only a number typed by a person does.
  if (found.kind === "misdirected" && !options.enterpriseNumber) throw syncErrors.linkMisdirected(found.reason);
  const typed = options.enterpriseNumber ?? state.enterpriseNumber;
  if (!typed) throw syncErrors.noEnterpriseNumber();
  const enterpriseNumber = normaliseEnterpriseNumber(typed);
  if (!enterpriseNumber || !/^\d{10}$/.test(enterpriseNumber)) throw syncErrors.invalidEnterpriseNumber(typed);
  // A number typed in the pane never silently relinks a file to another company: every imported
  // row would be replaced. Relinking is done in the sheet, where the number is visible.
  const linked = state.enterpriseNumber ? normaliseEnterpriseNumber(state.enterpriseNumber) : null;
  if (options.enterpriseNumber && linked && linked !== enterpriseNumber) {
    throw syncErrors.linkedToAnotherCompany(formatEnterpriseNumber(linked), formatEnterpriseNumber(enterpriseNumber));
  }
  const link: WorkbookLink = found.kind === "none" || found.kind === "misdirected" ? { kind: "first", enterpriseNumber } : found;
  if (options.acceptLink && !options.acceptLink(link)) {
    throw syncErrors.linkNotConfirmed(formatEnterpriseNumber(enterpriseNumber), link.kind === "relinked" ? formatEnterpriseNumber(link.previous) : null);
  }

  // A number that fails mod 97 is still looked up (AdminPulse may hold it so, and the checks
  // report it); when AdminPulse does not know it either, a typo is the likelier story.
  const fetched = await options.client.fetchCompany(enterpriseNumber, { signal: options.signal, onProgress: progress }).catch((error: unknown) => {
    if (error instanceof NotFoundError && !isValidEnterpriseNumber(enterpriseNumber)) throw syncErrors.invalidEnterpriseNumber(typed);
    throw error;
  });
  const data = mapCompany(fetched);
  throwIfAborted(options.signal);

  const now = localDateTime((options.now ?? (() => new Date()))());
  const planFor = (current: SheetContents, resolutions: ReadonlyMap<string, Resolution> | undefined) => {
    const built = buildPlan(current, data, { language: options.language, startedBy: options.startedBy, resolutions, now, failedSyncs: options.failedSyncs });
    // Laid out in cells before anything is written: a workbook that cannot take it refuses here.
    const laidOut = sheetCall(() => options.workbook.layOut(current, built.plan));
    return { laidOut, summary: summarise(enterpriseNumber, data, options.startedBy, built, laidOut, current, started) };
  };
  const first = planFor(state, options.resolutions);

  const write = async (laidOut: LaidOut, summary: SyncSummary) => {
    throwIfAborted(options.signal);
    progress({ step: "writing", done: 0, total: 1 });
    await sheetCall(() => options.workbook.apply(laidOut));
    progress({ step: "done", done: 1, total: 1 });
    return { ...summary, durationMs: Date.now() - started };
  };

  return {
    summary: first.summary,
    link,
    apply: async (resolutions) => {
      const typed = changesAtRead !== undefined && options.workbook.changes?.count !== changesAtRead;
      if (!resolutions && !typed) return write(first.laidOut, first.summary);
      // The user took time to decide, or someone typed in the workbook while AdminPulse was read:
      // read the sheet again (one round trip) so that anything typed meanwhile is kept, and plan
      // (with the answers, if any) over the data already fetched.
      const current = await sheetCall(() => options.workbook.read());
      const next = planFor(current, resolutions ?? options.resolutions);
      return write(next.laidOut, next.summary);
    },
  };
}

function summarise(
  enterpriseNumber: string,
  data: ReturnType<typeof mapCompany>,
  startedBy: SyncOptions["startedBy"],
  built: ReturnType<typeof buildPlan>,
  laidOut: LaidOut,
  state: SheetContents,
  started: number,
): SyncSummary {
  const { outcomes, duplicates } = built;
  const counts = countChanges(outcomes);
  const conflicts: Conflict[] = outcomes.flatMap(({ table, changes }) =>
    changes.flatMap((change) =>
      change.kind === "conflict"
        ? [{ table, link: change.link, label: rowLabel(state, table, change.link), cells: change.cells, outcome: change.outcome }]
        : [],
    ),
  );
  return {
    enterpriseNumber,
    companyName: data.company.name,
    startedBy,
    added: counts.added,
    updated: counts.updated,
    removed: counts.removed,
    keptManual: counts.keptManual,
    keptEdited: counts.keptEdited,
    conflicts,
    duplicates,
    unknownLinkTypes: data.diagnostics.unknownLinkTypes,
    missingRelations: data.diagnostics.missingParties.length,
    durationMs: Date.now() - started,
    tables: outcomes,
    findings: laidOut.findings,
    company: linkedCompanyAfter(built.plan, laidOut, enterpriseNumber),
    repairs: laidOut.repairs,
  };
}

function rowLabel(state: SheetContents, table: TableOutcome["table"], link: string): string {
  return state.tables[table]?.find((r) => r.link === link)?.label || link;
}

export async function sync(options: SyncOptions): Promise<SyncSummary> {
  return (await prepareSync(options)).apply();
}

/** One sync at a time per workbook: a second one while the first runs is refused, not queued. */
export class SyncRunner {
  private running = false;

  get busy(): boolean {
    return this.running;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running) throw syncErrors.busy();
    this.running = true;
    try {
      return await work();
    } finally {
      this.running = false;
    }
  }
}

/** `yyyy-MM-ddTHH:mm` in the user's local time: when the accountant saw the sync happen. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
