// From what the workbook holds and what AdminPulse says, the plan to write: per table, merge the
// sheet's rows with the import, then lay every row out in the sheet's own column order. Rows that
// are not ours to change (manual rows, rows turned manual) are written back exactly as they were,
// formulas and formats included; only the add-in's bookkeeping cells (source, link, duplicate of)
// are refreshed on them.

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
import { NUMBER_FORMATS, columnKind, toExcel } from "../workbook/cells";
import { CHECK_COLUMN, EXTRA, headerText, withLaterColumns } from "../workbook/layout";
import type { ExcelCell, TableWrite, WritePlan } from "../workbook/plan";
import { linkOf } from "../workbook/read";
import { encodeSnapshot, tenDigits } from "../workbook/snapshot";
import { type SyncLogEntry, syncLogWrite } from "./sync-log";
import type { ExistingRow, StoredSnapshot, WorkbookState } from "../workbook/state";

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
      rows.push({ link: "LastSync", cells: { key: "LastSync", value: options.now } });
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

    const body: ExcelCell[][] = [];
    const numberFormats: string[][] = [];
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
      const line: ExcelCell[] = [];
      const formats: string[] = [];
      columns.forEach((key, c) => {
        const kind = columnKind(key, identificationKey);
        if (key in bookkeeping) {
          line.push(toExcel(bookkeeping[key]!, "text"));
          formats.push(NUMBER_FORMATS.text);
        } else if ((!r.link || key.startsWith(EXTRA)) && original) {
          // Not ours: exactly what the cell held.
          line.push((original.formulas[c] ?? "") as ExcelCell);
          formats.push(String(original.numberFormats[c] ?? "General"));
        } else {
          line.push(toExcel(r.cells[key] ?? null, kind));
          formats.push(NUMBER_FORMATS[kind]);
        }
      });
      body.push(line);
      numberFormats.push(formats);
    }

    const create = !existing;
    const position = existing ? { sheet: existing.sheet, row: existing.row, column: existing.column } : { sheet: homeSheet, row: 0, column: nextColumn };
    if (create) nextColumn += columns.length + GAP;
    // The checks read the rows as the sheet will show them, manual ones included, in model terms.
    checkRows[id] = rows.map((r, index) => ({ index, link: r.link, cells: r.cells }));
    places[id] = { ...position, columns };
    const linkColumn = columns.indexOf(id === "relations" ? "adminPulseId" : "link");
    writes.push({
      id,
      name: TABLES[id].name,
      ...position,
      create,
      headers: columns.map((key, c) => headerText(id, key, options.language, existing?.headers[c])),
      body,
      numberFormats,
      sources: rows.map((r) => (typeof r.ref === "number" ? r.ref : null)),
      previousBodyRows: existing?.bodyRowCount ?? 0,
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
  const annotations = { current: cellAnnotations(findings, options.language), previous: state.snapshot.annotations ?? [] };
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
    },
    outcomes,
    duplicates,
    findings,
  };
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
