// From what the workbook holds and what AdminPulse says, the plan to write, in the model's terms,
// in four steps: merge (each table's rows with the import, merge.ts's rules), layout (the rows in
// the order the sheet will show them: the last sync's time in its row, duplicates marked, the rows
// not ours to write), annotate (the checks over those rows, as Run checks does), and log (this
// sync's row of PD_SyncLog). The workbook layer lays it out in cells (workbook/lay-out.ts).

import type { Language } from "../i18n/language";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { findDuplicates, postalCodeFromAddress } from "../permanent-data/duplicates";
import { textOf } from "../permanent-data/cell-text";
import { personKindFromWord } from "../permanent-data/labels";
import { type Change, type CellValue, EMPTY_SNAPSHOT, type Resolution, type SheetRow, type TableSnapshot, mergeTable } from "../permanent-data/merge";
import type { PermanentData } from "../permanent-data/model";
import { IDENTITY_COLUMNS, IMPORT_TABLES, IMPORTED_COLUMNS, type ImportTable, toTableRows } from "../permanent-data/rows";
import type { PlannedRow, SheetContents, SheetPlan, SyncLogEntry } from "../workbook/port";
import { annotate } from "./annotate";

export interface PlanOptions {
  language: Language;
  startedBy: "person" | "event";
  /** Answers to conflicts, keyed `<table>:<link>`. */
  resolutions?: ReadonlyMap<string, Resolution>;
  /** Local time of the sync, `yyyy-MM-ddTHH:mm`. */
  now: string;
  /** Syncs that failed since the last one that wrote, newest first: logged with this one. */
  failedSyncs?: readonly SyncLogEntry[];
}

export interface ChangeCounts {
  added: number;
  updated: number;
  removed: number;
  keptManual: number;
  keptEdited: number;
  /** Every conflict, whatever became of it. */
  conflicts: number;
}

/** What a sync changed, counted once for the summary and the log. */
export function countChanges(outcomes: readonly TableOutcome[]): ChangeCounts {
  const changes = outcomes.flatMap((o) => o.changes);
  const count = (kind: Change["kind"]) => changes.filter((c) => c.kind === kind).length;
  const tookAdminPulse = changes.filter((c) => c.kind === "conflict" && c.outcome === "took-adminpulse").length;
  return {
    added: count("added"),
    updated: count("updated") + tookAdminPulse,
    removed: count("removed"),
    keptManual: outcomes.reduce((n, o) => n + o.keptManual, 0),
    keptEdited: count("kept-edited"),
    conflicts: count("conflict"),
  };
}

export interface TableOutcome {
  table: ImportTable;
  changes: Change[];
  keptManual: number;
}

export interface PlannedSync {
  plan: SheetPlan;
  outcomes: TableOutcome[];
  duplicates: number;
}

export function buildPlan(contents: SheetContents, data: PermanentData, options: PlanOptions): PlannedSync {
  const merged = merge(contents, data, options);
  const { tables, duplicates } = layout(contents, merged, options.now);
  const conflicts = merged.outcomes.flatMap(({ table, changes }) =>
    changes.flatMap((c) => {
      const columns = c.kind === "conflict" || c.kind === "pinned" ? c.cells.map((x) => x.column) : [];
      if (c.kind === "conflict" && c.outcome === "left-alone") return [{ table, link: c.link, columns }];
      // Cells kept as the user typed them, the row still linked: reported while AdminPulse differs.
      if ((c.kind === "conflict" && c.outcome === "kept-mine") || c.kind === "pinned") return [{ table, link: c.link, columns, kept: true }];
      return [];
    }),
  );
  const findings = annotate({ tables, company: data, conflicts, today: options.now.slice(0, 10) });
  return {
    plan: {
      language: options.language,
      tables,
      findings,
      log: [logEntry(data, merged.outcomes, options), ...(options.failedSyncs ?? [])],
      // The number synced, recorded with what it imported (the workbook keeps it only as 10 digits).
      snapshot: { tables: { ...contents.snapshot.tables, ...merged.snapshots }, enterpriseNumber: normaliseEnterpriseNumber(data.company.enterpriseNumber) },
    },
    outcomes: merged.outcomes,
    duplicates,
  };
}

interface Merged {
  rows: Record<ImportTable, SheetRow[]>;
  outcomes: TableOutcome[];
  snapshots: Partial<Record<ImportTable, TableSnapshot>>;
}

/** Step 1: each table's rows merged with the import (merge.ts). The last sync's time is not a row to merge. */
function merge(contents: SheetContents, data: PermanentData, options: PlanOptions): Merged {
  const incoming = toTableRows(data, options.language);
  const out: Merged = { rows: {} as Merged["rows"], outcomes: [], snapshots: {} };
  for (const id of IMPORT_TABLES) {
    const sheet: SheetRow[] = (contents.tables[id] ?? []).filter((r) => !isLastSync(id, r.link)).map((r) => ({ link: r.link, cells: r.cells, ref: r.ref }));
    if (id === "identification") alignEnterpriseNumber(sheet, incoming.identification);
    const resolutions = new Map<string, Resolution>();
    for (const [key, answer] of options.resolutions ?? []) {
      if (key.startsWith(`${id}:`)) resolutions.set(key.slice(id.length + 1), answer);
    }
    const result = mergeTable({
      columns: IMPORTED_COLUMNS[id],
      bookkeeping: IDENTITY_COLUMNS[id],
      sheet,
      snapshot: contents.snapshot.tables[id] ?? EMPTY_SNAPSHOT,
      incoming: incoming[id],
      startedBy: options.startedBy,
      resolutions,
    });
    out.rows[id] = result.rows;
    out.snapshots[id] = result.snapshot;
    out.outcomes.push({ table: id, changes: result.changes, keptManual: result.keptManual });
  }
  return out;
}

/**
 * Step 2: the rows as the sheet will show them. The time of this sync goes in the row that held
 * the last one (a formula reading it keeps reading it); relations that look like the same person
 * or company are marked; rows the sheet holds and the sync does not write (manual rows, rows an
 * automatic sync leaves alone) are marked untouched.
 */
function layout(contents: SheetContents, merged: Merged, now: string): { tables: Record<ImportTable, PlannedRow[]>; duplicates: number } {
  const tables = {} as Record<ImportTable, PlannedRow[]>;
  let duplicates = 0;
  for (const { table: id, changes } of merged.outcomes) {
    const leftAlone = new Set(changes.flatMap((c) => (c.kind === "conflict" && c.outcome === "left-alone" ? [c.link] : [])));
    const rows: PlannedRow[] = merged.rows[id].map((r) => {
      const ref = typeof r.ref === "number" ? r.ref : null;
      return { link: r.link, cells: { ...r.cells }, ref, untouched: ref !== null && (!r.link || leftAlone.has(r.link)), ...(r.keep ? { keep: r.keep } : {}) };
    });
    if (id === "identification") {
      // A field AdminPulse starts to give is added after it, as every new row.
      const lastSync = (contents.tables.identification ?? []).find((r) => isLastSync(id, r.link));
      const row: PlannedRow = { link: "LastSync", cells: { key: "LastSync", value: now }, ref: lastSync?.ref ?? null, untouched: false };
      const at = lastSync ? rows.findIndex((r) => r.ref === null || r.ref > lastSync.ref) : -1;
      if (at < 0) rows.push(row);
      else rows.splice(at, 0, row);
    }
    if (id === "relations") duplicates = markDuplicates(rows);
    tables[id] = rows;
  }
  return { tables, duplicates };
}

/** Sets each relation's "duplicate of" (the name of the row it repeats, or ""); the number of duplicates. */
function markDuplicates(rows: PlannedRow[]): number {
  const found = findDuplicates(
    rows.map((r) => ({
      name: textOf(r.cells.name),
      enterpriseNumber: textOf(r.cells.enterpriseNumber),
      nationalNumber: textOf(r.cells.nationalNumber),
      postalCode: postalCodeFromAddress(textOf(r.cells.address)),
      legal: kindIsLegal(r.cells.kind),
    })),
  );
  for (const r of rows) r.cells = { ...r.cells, duplicateOf: "" };
  for (const d of found) rows[d.index]!.cells = { ...rows[d.index]!.cells, duplicateOf: textOf(rows[d.of]!.cells.name) ?? "" };
  return found.length;
}

/** Step 4: this sync's row of PD_SyncLog. */
function logEntry(data: PermanentData, outcomes: readonly TableOutcome[], options: PlanOptions): SyncLogEntry {
  const counts = countChanges(outcomes);
  return {
    when: options.now,
    enterpriseNumber: data.company.enterpriseNumber,
    counts: { added: counts.added, updated: counts.updated, removed: counts.removed, keptManual: counts.keptManual, conflicts: counts.conflicts },
    startedBy: options.startedBy,
    failure: null,
  };
}

function isLastSync(table: ImportTable, link: string | null): boolean {
  return table === "identification" && link === "LastSync";
}

/**
 * The enterprise-number cell is how a file is linked: "0566988259" typed there and the
 * "0566.988.259" AdminPulse gives back are the same number, not an edit to report.
 */
function alignEnterpriseNumber(rows: SheetRow[], incoming: { link: string; cells: Record<string, CellValue> }[]): void {
  const fresh = incoming.find((r) => r.link === "EnterpriseNumber")?.cells.value ?? null;
  for (const r of rows) {
    if (r.link !== "EnterpriseNumber") continue;
    if (fresh !== null && normaliseEnterpriseNumber(textOf(r.cells.value)) === normaliseEnterpriseNumber(textOf(fresh))) {
      r.cells = { ...r.cells, value: fresh };
    }
  }
}

function kindIsLegal(value: CellValue | undefined): boolean | null {
  const kind = personKindFromWord(textOf(value));
  return kind === null ? null : kind === "legal";
}
