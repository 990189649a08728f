// From what the workbook holds and what AdminPulse says, the plan to write: per table, merge the
// sheet's rows with the import, then lay every row out in the sheet's own column order. Rows stay
// where they are in the table (found by their link, never by their position): the write deletes
// the rows that go and inserts the new ones as Excel rows (workbook/row-moves.ts), so that whatever
// refers to a row follows it. A cell the add-in does not own is never written: the user's columns,
// rows not ours to change (manual rows, rows turned manual, rows an automatic sync leaves alone),
// and new rows' cells in the user's columns, where Excel puts a calculated column's formula. Only
// the add-in's bookkeeping cells (source, link, duplicate of) are refreshed on every row.

import type { Language } from "../i18n/language";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { findDuplicates, postalCodeFromAddress } from "../permanent-data/duplicates";
import { labelsFor, personKindFromWord } from "../permanent-data/labels";
import { type Change, type CellValue, EMPTY_SNAPSHOT, type Resolution, type SheetRow, mergeTable } from "../permanent-data/merge";
import type { PermanentData } from "../permanent-data/model";
import { IMPORTED_COLUMNS, type ImportTable, toTableRows } from "../permanent-data/rows";
import { TABLES, type TableId } from "../permanent-data/tables";
import { runChecks } from "../checks";
import type { CheckRow } from "../checks/types";
import { type FindingView, type TablePlace, annotationsToRemember, cellAnnotations, checkColumnTexts, checksTableWrite, columnsOf, findingViews } from "./annotations";
import { NUMBER_FORMATS, columnKind, formatSuits, toExcel } from "../workbook/cells";
import { CHECK_COLUMN, EXTRA, columnLetter, headerText, withLaterColumns } from "../workbook/layout";
import type { CellAnnotation, ExcelCell, TableWrite, WritePlan } from "../workbook/plan";
import { linkOf } from "../workbook/read";
import { movedRows } from "../workbook/row-moves";
import { cellOf, encodeSnapshot, tenDigits } from "../workbook/snapshot";
import { type SyncLogEntry, syncLogWrite } from "./sync-log";
import type { ExistingRow, ExistingTable, StoredSnapshot, WorkbookState } from "../workbook/state";

export const IMPORT_TABLES: readonly ImportTable[] = ["identification", "directors", "shareholders", "auditors", "relations"];

export interface PlanOptions {
  language: Language;
  mode: "manual" | "automatic";
  /** Answers to conflicts, keyed `<table>:<link>`. */
  resolutions?: ReadonlyMap<string, Resolution>;
  /** Local time of the sync, `yyyy-MM-ddTHH:mm`. */
  now: string;
  /** Syncs that failed since the last one that wrote, newest first: logged with this one. */
  failedSyncs?: readonly SyncLogEntry[];
  /** Whether Excel has cell notes (ExcelApi 1.18); without, the checks get a column in the tables. Default true. */
  notes?: boolean;
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
  plan: WritePlan;
  outcomes: TableOutcome[];
  duplicates: number;
  /** The checks' findings over the rows as they will be, with the cells they point at. */
  findings: FindingView[];
}

const GAP = 1;
/** Cells the add-in writes itself on every sync; all others outside the imported columns are the user's. */
const BOOKKEEPING = ["source", "link", "adminPulseId", "duplicateOf", "key", "field", CHECK_COLUMN];

export function buildPlan(state: WorkbookState, data: PermanentData, options: PlanOptions): PlannedSync {
  const labels = labelsFor(options.language);
  const incoming = toTableRows(data, options.language);
  const homeSheet = state.home?.sheet ?? labels.sheetName;
  let nextColumn = state.home ? state.home.firstFreeColumn : 0;
  // The number synced, recorded with what it imported (10 digits; null when AdminPulse's is not).
  const snapshot: StoredSnapshot = { tables: { ...state.snapshot.tables }, enterpriseNumber: tenDigits(normaliseEnterpriseNumber(data.company.enterpriseNumber)) };
  const outcomes: TableOutcome[] = [];
  const writes: TableWrite[] = [];
  let duplicates = 0;
  let enterpriseNumberCell: { sheet: string; row: number; column: number } | null = null;
  const checkRows: Record<ImportTable, CheckRow[]> = { identification: [], directors: [], shareholders: [], auditors: [], relations: [] };
  const places: Partial<Record<TableId, TablePlace>> = {};
  /** Per table that existed: where each of its body rows goes (old index → new index); rows not in it are deleted. */
  const moved: Moved[] = [];
  const plannedLinks: Partial<Record<TableId, (string | null)[]>> = {};
  const previousAnnotations = state.snapshot.annotations ?? [];

  for (const id of IMPORT_TABLES) {
    // A table from before a later column of ours (PD_Shareholders' Right) gets it appended.
    const existing = withLaterColumns(state.tables[id]);
    const columns = columnsOf(id, existing, options.notes ?? true);
    const byIndex = new Map<number, ExistingRow>((existing?.rows ?? []).map((r) => [r.index, r]));

    const sheetRows: SheetRow[] = (existing?.rows ?? [])
      .filter((r) => !(id === "identification" && r.cells.key === "LastSync" && linkOf(id, r.cells)))
      .map((r) => ({ link: linkOf(id, r.cells), cells: r.cells, ref: r.index }));
    if (id === "identification") alignEnterpriseNumber(sheetRows, incoming.identification);

    const resolutions = new Map<string, Resolution>();
    for (const [key, answer] of options.resolutions ?? []) {
      if (key.startsWith(`${id}:`)) resolutions.set(key.slice(id.length + 1), answer);
    }
    const merged = mergeTable({
      columns: IMPORTED_COLUMNS[id],
      bookkeeping: BOOKKEEPING,
      sheet: sheetRows,
      snapshot: state.snapshot.tables[id] ?? EMPTY_SNAPSHOT,
      incoming: incoming[id],
      mode: options.mode,
      resolutions,
    });
    snapshot.tables[id] = merged.snapshot;
    outcomes.push({ table: id, changes: merged.changes, keptManual: merged.keptManual });

    const rows = merged.rows.map((r) => ({ ...r, cells: { ...r.cells } as Record<string, CellValue> }));
    if (id === "identification") {
      // The time of this sync, in the row that held the last one (a formula reading it keeps
      // reading it); a field AdminPulse starts to give is added after it, as every new row.
      const lastSync = existing?.rows.find((r) => r.cells.key === "LastSync" && linkOf(id, r.cells));
      const row = { link: "LastSync", cells: { key: "LastSync", value: options.now } as Record<string, CellValue>, ref: lastSync?.index as unknown };
      const at = lastSync ? rows.findIndex((r) => typeof r.ref !== "number" || r.ref > lastSync.index) : -1;
      if (at < 0) rows.push(row);
      else rows.splice(at, 0, row);
    }
    if (id === "relations") {
      const found = findDuplicates(
        rows.map((r) => ({
          name: text(r.cells.name),
          enterpriseNumber: text(r.cells.enterpriseNumber),
          nationalNumber: text(r.cells.nationalNumber),
          postalCode: postalCodeFromAddress(text(r.cells.address)),
          legal: kindIsLegal(r.cells.kind),
        })),
      );
      duplicates = found.length;
      for (const r of rows) r.cells.duplicateOf = "";
      for (const d of found) rows[d.index]!.cells.duplicateOf = text(rows[d.of]!.cells.name) ?? "";
    }

    // Rows an automatic sync leaves alone (an edit AdminPulse also changed): not a cell of theirs is written.
    const leftAlone = new Set(merged.changes.flatMap((c) => (c.kind === "conflict" && c.outcome === "left-alone" ? [c.link] : [])));
    const body: (ExcelCell | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (const r of rows) {
      const original = typeof r.ref === "number" ? byIndex.get(r.ref) : undefined;
      const identificationKey = id === "identification" ? (r.link ?? text(r.cells.key) ?? undefined) : undefined;
      const bookkeeping: Record<string, CellValue> = {
        source: r.link ? labels.source.imported : labels.source.manual,
        link: r.link ?? "",
        adminPulseId: r.link ?? "",
        duplicateOf: r.cells.duplicateOf ?? "",
        check: "", // filled in once the checks have run over every table, below
        // An imported identification row is identified by its key, and named in the current language.
        ...(id === "identification" && r.link ? { key: r.link, field: labels.identification[r.link as keyof typeof labels.identification] ?? "" } : {}),
      };
      const notOurs = original !== undefined && (!r.link || leftAlone.has(r.link));
      const line: (ExcelCell | null)[] = [];
      const formats: (string | null)[] = [];
      columns.forEach((key, c) => {
        const kind = columnKind(key, identificationKey);
        // A format that already suits the value stays (the user may have chosen it).
        const format = (k: typeof kind) => (original && formatSuits(original.numberFormats[c], k) ? null : NUMBER_FORMATS[k]);
        if (key in bookkeeping) {
          line.push(toExcel(bookkeeping[key]!, "text"));
          formats.push(format("text"));
        } else if (key.startsWith(EXTRA) || notOurs) {
          // Not ours: left exactly as it is, formulas moving with their row as Excel moves them.
          line.push(null);
          formats.push(null);
        } else {
          line.push(toExcel(r.cells[key] ?? null, kind));
          formats.push(format(kind));
        }
      });
      body.push(line);
      numberFormats.push(formats);
    }
    const sources: (number | null)[] = rows.map((r) => (typeof r.ref === "number" ? r.ref : null));
    if (rows.length === 0) {
      // Excel keeps one body row: an empty one (the user's columns keep their formula).
      body.push(columns.map((key) => (key.startsWith(EXTRA) ? null : "")));
      numberFormats.push(columns.map(() => null));
      sources.push(null);
    }
    if (existing) reuseBlankRows(sources, existing);

    const create = !existing;
    const position = existing ? { sheet: existing.sheet, row: existing.row, column: existing.column } : { sheet: homeSheet, row: 0, column: nextColumn };
    if (create) nextColumn += columns.length + GAP;
    // The checks read the rows as the sheet will show them, manual ones included, in model terms.
    checkRows[id] = rows.map((r, index) => ({ index, link: r.link, cells: r.cells }));
    places[id] = { ...position, columns };
    const linkColumn = columns.indexOf(id === "relations" ? "adminPulseId" : "link");
    plannedLinks[id] = rows.map((r) => r.link);
    const byLink = existing ? rowsByLink(existing) : new Map<string, number>();
    if (existing) moved.push({ table: existing, rows: movedRows(sources), sources, width: columns.length, byLink });
    writes.push({
      id,
      name: TABLES[id].name,
      ...position,
      create,
      headers: columns.map((key, c) => headerText(id, key, options.language, existing?.headers[c])),
      body,
      numberFormats,
      sources,
      previousBodyRows: existing?.bodyRowCount ?? 0,
      previousColumns: state.tables[id]?.columns.length,
      totals: existing?.totals ?? false,
      manualRules: existing?.manualRules ?? [],
      ownFills: existing ? fillsIn(existing, byLink, previousAnnotations) : [],
      manualRule: linkColumn >= 0 && columns.includes("name") ? { linkColumn, nameColumn: columns.indexOf("name") } : null,
    });

    if (id === "identification") {
      const at = rows.findIndex((r) => r.link === "EnterpriseNumber");
      const valueColumn = columns.indexOf("value");
      if (at >= 0 && valueColumn >= 0) enterpriseNumberCell = { sheet: position.sheet, row: position.row + 1 + at, column: position.column + valueColumn };
    }
  }

  const conflicts = outcomes.flatMap(({ table, changes }) =>
    changes.flatMap((c) => (c.kind === "conflict" && c.outcome === "left-alone" ? [{ table, link: c.link, columns: c.cells.map((x) => x.column) }] : [])),
  );
  const raw = runChecks({ ...checkRows, company: data, conflicts, today: options.now.slice(0, 10) });
  const findings = findingViews(raw, places);
  for (const write of writes) {
    const c = places[write.id]?.columns.indexOf(CHECK_COLUMN) ?? -1;
    if (c < 0) continue;
    checkColumnTexts(raw, write.id, write.body.length, options.language).forEach((text, r) => {
      write.body[r]![c] = toExcel(text, "text");
    });
  }
  const checksAt = { sheet: homeSheet, row: 0, column: nextColumn };
  if (!state.tables.checks) nextColumn += TABLES.checks.columns.length + GAP;
  writes.push(checksTableWrite(state.tables.checks, findings, options.language, checksAt));
  // The notes and fills of last time moved with their rows (those of deleted rows went with them).
  const current = cellAnnotations(findings, options.language).map((a) => withRowLink(a, places, plannedLinks));
  const previous = previousAnnotations.flatMap((a) => movedAnnotation(a, moved));
  const annotations = { current, previous, before: cellsBefore([...current, ...previous], moved) };
  snapshot.annotations = annotationsToRemember(annotations.current, annotations.previous, options.notes ?? true);

  const counts = countChanges(outcomes);
  const logged: SyncLogEntry = {
    when: options.now,
    enterpriseNumber: data.company.enterpriseNumber,
    counts: { added: counts.added, updated: counts.updated, removed: counts.removed, keptManual: counts.keptManual, conflicts: counts.conflicts },
    mode: options.mode,
    failure: null,
  };
  writes.push(syncLogWrite(state.tables.syncLog, [logged, ...(options.failedSyncs ?? [])], options.language, { sheet: homeSheet, row: 0, column: nextColumn }));

  return {
    plan: {
      home: { sheet: homeSheet, create: !state.home },
      tables: writes,
      state: { create: !state.hasStateSheet, rows: encodeSnapshot(snapshot), column: state.snapshotColumn ?? null },
      enterpriseNumberName: enterpriseNumberCell ? { exists: state.namedEnterpriseNumber, ...enterpriseNumberCell } : null,
      annotations,
      // No snapshot read: no sync completed here yet (a first one may have stopped halfway).
      fitColumns: state.snapshotColumn === null || state.snapshotColumn === undefined,
    },
    outcomes,
    duplicates,
    findings,
  };
}

/**
 * New rows at the end of the table take its empty rows at the end (left by a write that stopped
 * halfway, or the one empty row of an empty table), in order, instead of being inserted below
 * them: an empty row is no one's, and Excel then has nothing to insert.
 */
function reuseBlankRows(sources: (number | null)[], existing: ExistingTable): void {
  let lastUsed = -1;
  for (const r of existing.rows) lastUsed = Math.max(lastUsed, r.index);
  let blank = lastUsed + 1;
  let j = sources.length;
  while (j > 0 && sources[j - 1] === null) j--;
  for (; j < sources.length && blank < existing.bodyRowCount; j++) sources[j] = blank++;
}

interface Moved {
  table: ExistingTable;
  /** Old body row → new body row; rows not in it are deleted. */
  rows: Map<number, number>;
  sources: readonly (number | null)[];
  width: number;
  /** The body row of each AdminPulse link, as read (the first, should a row have been copied). */
  byLink: Map<string, number>;
}

function rowsByLink(table: ExistingTable): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of table.rows) {
    const link = linkOf(table.id, r.cells);
    if (link !== null && !out.has(link)) out.set(link, r.index);
  }
  return out;
}

/** Where a cell of a table's body is, as 0-based body row and column; null outside the body. */
function bodyCellOf(table: { sheet: string; row: number; column: number }, rows: number, width: number, a: { sheet: string; address: string }): { row: number; column: number; letters: string } | null {
  const cell = cellOf(a.address);
  if (!cell || a.sheet !== table.sheet) return null;
  const row = cell.row - table.row - 1;
  const column = cell.column - table.column;
  if (row < 0 || row >= rows || column < 0 || column >= width) return null;
  return { row, column, letters: a.address.replace(/\d+$/, "") };
}

/**
 * The body row an annotation of last time is on now, and its column: found by the row's link when
 * it was recorded (a write that stopped halfway may have moved rows after the snapshot placing it
 * was written), by its address otherwise; null outside the table, or when its row is gone.
 */
function annotatedCell(a: CellAnnotation, table: ExistingTable, byLink: Map<string, number>): { row: number; column: number; letters: string } | null | undefined {
  const at = bodyCellOf(table, table.bodyRowCount, table.columns.length, a);
  if (!at) return undefined;
  if (a.row === undefined) return at;
  const row = byLink.get(a.row);
  return row === undefined ? null : { ...at, row };
}

/** The cells of a table's body the add-in filled for a finding last time, as read. */
function fillsIn(table: ExistingTable, byLink: Map<string, number>, annotations: readonly CellAnnotation[]): { row: number; column: number }[] {
  return annotations.flatMap((a) => {
    const at = a.fill ? annotatedCell(a, table, byLink) : null;
    return at ? [{ row: at.row, column: at.column }] : [];
  });
}

/** An annotation of last time where its cell is after the write; none when its row is deleted (its note and fill go with it). */
function movedAnnotation(a: CellAnnotation, moved: readonly Moved[]): CellAnnotation[] {
  for (const { table, rows, byLink } of moved) {
    const at = annotatedCell(a, table, byLink);
    if (at === undefined) continue;
    const to = at === null ? undefined : rows.get(at.row);
    return to === undefined ? [] : [{ ...a, address: `${at!.letters}${table.row + 2 + to}` }];
  }
  return [a];
}

/** An annotation with the link of the row its cell is on (as the write lays the rows out), when the row has one. */
function withRowLink(a: CellAnnotation, places: Partial<Record<TableId, TablePlace>>, links: Partial<Record<TableId, (string | null)[]>>): CellAnnotation {
  for (const id of IMPORT_TABLES) {
    const place = places[id];
    if (!place) continue;
    const at = bodyCellOf(place, links[id]?.length ?? 0, place.columns.length, a);
    const link = at ? links[id]?.[at.row] : null;
    if (at) return link ? { ...a, row: link } : a;
  }
  return a;
}

/** Where the cells of these annotations (as they will be) are before the write, when rows move. */
function cellsBefore(annotations: readonly CellAnnotation[], moved: readonly Moved[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const a of annotations) {
    for (const { table, sources, width } of moved) {
      const at = bodyCellOf(table, sources.length, width, a);
      if (!at) continue;
      const from = sources[at.row];
      out[`${a.sheet}!${a.address}`] = from === null || from === undefined || from >= table.bodyRowCount ? null : `${columnLetter(table.column + at.column)}${table.row + 2 + from}`;
      break;
    }
  }
  return out;
}

/**
 * The enterprise-number cell is how a file is linked: "0566988259" typed there and the
 * "0566.988.259" AdminPulse gives back are the same number, not an edit to report.
 */
function alignEnterpriseNumber(rows: SheetRow[], incoming: { link: string; cells: Record<string, CellValue> }[]): void {
  const fresh = incoming.find((r) => r.link === "EnterpriseNumber")?.cells.value ?? null;
  for (const r of rows) {
    if (r.link !== "EnterpriseNumber") continue;
    if (fresh !== null && normaliseEnterpriseNumber(text(r.cells.value)) === normaliseEnterpriseNumber(text(fresh))) {
      r.cells = { ...r.cells, value: fresh };
    }
  }
}

function kindIsLegal(value: CellValue | undefined): boolean | null {
  const kind = personKindFromWord(text(value));
  return kind === null ? null : kind === "legal";
}

function text(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  return s === "" ? null : s;
}
