// The workbook as the pane shows it, kept while the pane lives (switching to Settings and back
// reads nothing again): the company it is linked to, read once and then taken from each sync, and the
// findings of the checks, from the last sync or from Run checks. A store outside React, read with
// useStore; it follows the session's activity while anyone reads it, and catches up with what it
// missed (a ribbon sync while Settings was open) when read again.

import type { FindingView } from "../workbook/port";
import type { PaneLinkedCompany, Session, SyncActivity } from "./session";

/** The checks as the pane shows them. */
export type ChecksState =
  /** Nothing checked since the pane opened: the Run checks button. */
  | { kind: "none" }
  | { kind: "shown"; findings: readonly FindingView[] }
  /** Run checks is running; the findings shown meanwhile, if any. */
  | { kind: "running"; findings: readonly FindingView[] | null }
  /** Run checks failed: what to say, and the findings shown before, if any. */
  | { kind: "failed"; error: unknown; findings: readonly FindingView[] | null };

export interface WorkbookSnapshot {
  /** The workbook's company; null when it is linked to none; undefined until it was read. */
  readonly linked: PaneLinkedCompany | null | undefined;
  readonly checks: ChecksState;
}

type SessionPart = Pick<Session, "activity" | "onActivity" | "linkedCompany" | "runChecks">;

export class WorkbookView {
  readonly #session: SessionPart;
  readonly #listeners = new Set<() => void>();
  #snapshot: WorkbookSnapshot = Object.freeze<WorkbookSnapshot>({ linked: undefined, checks: { kind: "none" } });
  /** The last activity followed, to catch up with what happened while nobody read this store. */
  #seen: SyncActivity;
  #detach: (() => void) | null = null;
  /** Reads of the linked company started; an older read's answer is dropped. */
  #reads = 0;

  constructor(session: SessionPart) {
    this.#session = session;
    this.#seen = session.activity;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (!this.#detach) this.#attach();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) {
        this.#detach?.();
        this.#detach = null;
      }
    };
  };

  readonly getSnapshot = (): WorkbookSnapshot => this.#snapshot;

  /** Reads the workbook's company again (a sync ended, or the pane opened). */
  async refreshLinked(): Promise<void> {
    const read = ++this.#reads;
    let linked: PaneLinkedCompany | null;
    try {
      linked = await this.#session.linkedCompany();
    } catch {
      linked = null; // the pane still works: a sync reads the workbook again and reports what fails
    }
    if (read === this.#reads) this.#set({ linked });
  }

  /** The checks over what the sheet shows now, without syncing. */
  async runChecks(): Promise<void> {
    const shown = findingsOf(this.#snapshot.checks);
    this.#set({ checks: { kind: "running", findings: shown } });
    try {
      this.#set({ checks: { kind: "shown", findings: await this.#session.runChecks() } });
    } catch (error) {
      this.#set({ checks: { kind: "failed", error, findings: shown } });
    }
  }

  #attach(): void {
    this.#detach = this.#session.onActivity((activity) => this.#follow(activity));
    if (this.#snapshot.linked === undefined) void this.refreshLinked();
    else if (this.#session.activity !== this.#seen) this.#follow(this.#session.activity);
  }

  /** Syncs started anywhere (this pane, the ribbon, opening the file, the sheet) show here. */
  #follow(activity: SyncActivity): void {
    this.#seen = activity;
    if (activity.kind === "done" && activity.outcome.kind === "synced") {
      // The company as the sync wrote it, confirmed by that sync: nothing to read again.
      const { summary } = activity.outcome;
      this.#reads++;
      this.#set({ checks: { kind: "shown", findings: summary.findings }, linked: { ...summary.company, confirmed: true } });
    } else if (activity.kind === "done" || activity.kind === "failed") void this.refreshLinked();
  }

  #set(patch: Partial<WorkbookSnapshot>): void {
    this.#snapshot = Object.freeze({ ...this.#snapshot, ...patch });
    for (const listener of [...this.#listeners]) listener();
  }
}

/** The findings the pane shows in this state, if any. */
export function findingsOf(checks: ChecksState): readonly FindingView[] | null {
  return checks.kind === "none" ? null : checks.findings;
}
