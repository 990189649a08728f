// "Run checks" without syncing: after manual edits, the checks over what the sheet shows now, and
// their annotations (PD_Checks, notes, colours) brought up to date. Nothing is fetched: the rules
// that need AdminPulse's data (total shares, sole proprietorship) stay silent.

import { runChecks } from "../checks";
import type { CheckRow } from "../checks/types";
import type { Language } from "../i18n/language";
import type { ImportTable } from "../permanent-data/rows";
import { TABLES, type TableId } from "../permanent-data/tables";
import { linkOf } from "../workbook/read";
import { encodeSnapshot } from "../workbook/snapshot";
import { CHECK_COLUMN, headerText } from "../workbook/layout";
import type { CheckColumnWrite, WritePlan } from "../workbook/plan";
import { type FindingView, type TablePlace, annotationsToRemember, cellAnnotations, checkColumnTexts, checksTableWrite, columnsOf, findingViews } from "./annotations";
import { IMPORT_TABLES } from "./build-plan";
import { syncErrors } from "./errors";
import { type WorkbookPort, excelCall, refuseUnwritable } from "./sync";

export async function runChecksOnly(workbook: WorkbookPort, options: { language: Language; today: string }): Promise<FindingView[]> {
  // Excel's own errors become a SyncError, as in a sync (the pane says what to do, not "unexpected").
  const state = await excelCall(() => workbook.read());
  if (!state.home || !state.tables.identification) throw syncErrors.noEnterpriseNumber();
  const rows = {} as Record<ImportTable, CheckRow[]>;
  const places: Partial<Record<TableId, TablePlace>> = {};
  for (const id of IMPORT_TABLES) {
    const table = state.tables[id];
    rows[id] = (table?.rows ?? []).map((r) => ({ index: r.index, link: linkOf(id, r.cells), cells: r.cells }));
    // As a sync would lay the table out: with the checks' column where Excel has no notes.
    if (table) places[id] = { sheet: table.sheet, row: table.row, column: table.column, columns: columnsOf(id, table, workbook.notes) };
  }
  const raw = runChecks({ ...rows, company: null, conflicts: [], today: options.today });
  const findings = findingViews(raw, places);
  const checkColumns: CheckColumnWrite[] = [];
  for (const id of IMPORT_TABLES) {
    const table = state.tables[id];
    const at = places[id]?.columns.indexOf(CHECK_COLUMN) ?? -1;
    if (!table || at < 0) continue;
    checkColumns.push({
      name: TABLES[id].name,
      sheet: table.sheet,
      row: table.row,
      column: table.column,
      width: places[id]!.columns.length,
      at,
      grow: at >= table.columns.length,
      header: headerText(id, CHECK_COLUMN, options.language, table.headers[at]),
      values: checkColumnTexts(raw, id, table.bodyRowCount, options.language),
      totals: table.totals === true,
    });
  }
  const current = cellAnnotations(findings, options.language);
  const previous = state.snapshot.annotations ?? [];
  const checks = checksTableWrite(state.tables.checks, findings, options.language, { sheet: state.home.sheet, row: 0, column: state.home.firstFreeColumn });
  const plan: WritePlan = {
    home: { sheet: state.home.sheet, create: false },
    tables: [checks],
    // Where the snapshot was read: a large one is written beside it, not over it (write.ts).
    state: { create: !state.hasStateSheet, rows: encodeSnapshot({ ...state.snapshot, annotations: annotationsToRemember(current, previous, workbook.notes) }), column: state.snapshotColumn ?? null },
    enterpriseNumberName: null,
    annotations: { current, previous },
    checkColumns,
  };
  // As a sync: no protected sheet, and PD_Checks grows only over empty cells.
  refuseUnwritable(plan, state);
  await excelCall(() => workbook.apply(plan));
  return findings;
}
