// A plan in the model's terms laid out in cells over the workbook as read: the write plan
// (plan.ts) and where every finding's cell will be. Pure; nothing is written.
//
// Rows stay where they are in their table (found by their link, never by their position): the
// write deletes the rows that go and inserts the new ones as Excel rows (row-moves.ts), so that
// whatever refers to a row follows it. A cell the add-in does not own is never written: the user's
// columns, rows the plan leaves untouched (manual rows, rows an automatic sync leaves alone), and
// new rows' cells in the user's columns, where Excel puts a calculated column's formula. Only the
// add-in's bookkeeping cells (source, link, duplicate of, the checks' column) are refreshed on
// every row. New tables go side by side, right of what the sheet already uses. The notes and fills
// of last time follow their rows. A plan the workbook cannot take whole is refused here, before
// anything is written.

import { textOf } from "../permanent-data/cell-text";
import { labelsFor } from "../permanent-data/labels";
import type { CellValue } from "../permanent-data/merge";
import { IMPORT_TABLES, type ImportTable } from "../permanent-data/rows";
import { TABLES, type TableId } from "../permanent-data/tables";
import type { Finding } from "../checks/types";
import { type TablePlace, annotationsToRemember, cellAnnotations, checkColumnTexts, checksTableWrite, columnsOf, findingViews } from "./annotations";
import { NUMBER_FORMATS, columnKind, formatSuits, toExcel } from "./cells";
import { stateOf } from "./contents";
import { CHECK_COLUMN, EXTRA, STATE_SHEET, columnLetter, headerText, withMissingColumns } from "./layout";
import { logTableWrite } from "./log-table";
import type { CellAnnotation, CheckColumnWrite, ExcelCell, TableWrite, WritePlan } from "./plan";
import type { LaidOut, PlannedRow, Repair, SheetContents, SheetPlan } from "./port";
import { LINK_COLUMNS, linkOf } from "./read";
import { SheetRefusal } from "./refusal";
import { movedRows } from "./row-moves";
import { cellOf, encodeSnapshot } from "./snapshot";
import type { ExistingRow, ExistingTable, SheetState } from "./state";

/** Empty columns between two tables the add-in creates. */
const GAP = 1;
/** The columns people do not read (a row's key, its AdminPulse link), kept for the sync, out of sight. */
const OUT_OF_SIGHT = new Set(["key", "link", "adminPulseId"]);

export function layOut(contents: SheetContents, plan: SheetPlan, options: { notes: boolean }): LaidOut {
  const state = stateOf(contents);
  refuseUnlinked(state, plan.language);
  const laid = plan.tables ? laySync(state, plan, plan.tables, options.notes) : layChecks(state, contents, plan, options.notes);
  refuseUnwritable(laid.write, state);
  return laid;
}

function laySync(state: SheetState, plan: SheetPlan, tables: Readonly<Record<ImportTable, readonly PlannedRow[]>>, notes: boolean): LaidOut {
  const { language } = plan;
  const labels = labelsFor(language);
  const dataSheet = state.dataSheet?.sheet ?? labels.sheetName;
  let nextColumn = state.dataSheet ? state.dataSheet.firstFreeColumn : 0;
  const writes: TableWrite[] = [];
  let enterpriseNumberCell: { sheet: string; row: number; column: number } | null = null;
  const places: Partial<Record<TableId, TablePlace>> = {};
  /** Per table that existed: where each of its body rows goes (old index → new index); rows not in it are deleted. */
  const moved: Moved[] = [];
  const plannedLinks: Partial<Record<TableId, (string | null)[]>> = {};
  const previousAnnotations = state.snapshot.annotations ?? [];
  const repairs: Repair[] = [];

  for (const id of IMPORT_TABLES) {
    // A column of ours the table lacks (renamed or deleted by hand, or new) is appended.
    const { table: existing, restored, missing } = withMissingColumns(state.tables[id]);
    if (restored) repairs.push({ kind: "column-restored", table: TABLES[id].name, column: headerText(id, restored, language) });
    for (const key of missing) repairs.push({ kind: "column-missing", table: TABLES[id].name, column: headerText(id, key, language) });
    const columns = columnsOf(id, existing, notes);
    // Columns the write adds hold nothing yet: written on every imported row, even one left alone.
    const added = new Set(columns.filter((key) => !(state.tables[id]?.columns ?? columns).includes(key)));
    const byIndex = new Map<number, ExistingRow>((existing?.rows ?? []).map((r) => [r.index, r]));
    const rows = tables[id];

    const body: (ExcelCell | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (const r of rows) {
      const original = r.ref === null ? undefined : byIndex.get(r.ref);
      const identificationKey = id === "identification" ? (r.link ?? textOf(r.cells.key) ?? undefined) : undefined;
      const bookkeeping: Record<string, CellValue> = {
        source: r.link ? labels.source.imported : labels.source.manual,
        link: r.link ?? "",
        adminPulseId: r.link ?? "",
        duplicateOf: r.cells.duplicateOf ?? "",
        [CHECK_COLUMN]: "", // filled in below, from the findings
        // An imported identification row is identified by its key, and named in the current language.
        ...(id === "identification" && r.link ? { key: r.link, field: labels.identification[r.link as keyof typeof labels.identification] ?? "" } : {}),
      };
      const notOurs = original !== undefined && r.untouched;
      const line: (ExcelCell | null)[] = [];
      const formats: (string | null)[] = [];
      columns.forEach((key, c) => {
        const kind = columnKind(key, identificationKey);
        // A format that already suits the value stays (the user may have chosen it).
        const format = (k: typeof kind) => (original && formatSuits(original.numberFormats[c], k) ? null : NUMBER_FORMATS[k]);
        if (key in bookkeeping) {
          line.push(toExcel(bookkeeping[key]!, "text"));
          formats.push(format("text"));
        } else if (key.startsWith(EXTRA) || (notOurs && !(added.has(key) && r.link)) || (original !== undefined && r.keep?.includes(key))) {
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
    const fromRows: (number | null)[] = rows.map((r) => r.ref);
    if (rows.length === 0) {
      // Excel keeps one body row: an empty one (the user's columns keep their formula).
      body.push(columns.map((key) => (key.startsWith(EXTRA) ? null : "")));
      numberFormats.push(columns.map(() => null));
      fromRows.push(null);
    }
    if (existing) reuseBlankRows(fromRows, existing);

    const create = !existing;
    const position = existing ? { sheet: existing.sheet, row: existing.row, column: existing.column } : { sheet: dataSheet, row: 0, column: nextColumn };
    if (create) nextColumn += columns.length + GAP;
    // A table synced before and not found now (deleted, renamed, converted to a range): said, with where it is now.
    if (create && Object.keys(state.snapshot.tables[id]?.rows ?? {}).length > 0) {
      repairs.push({ kind: "table-created-again", table: TABLES[id].name, cell: `${position.sheet}!${columnLetter(position.column)}${position.row + 1}` });
    }
    places[id] = { ...position, columns };
    const linkColumn = columns.indexOf(id === "relations" ? "adminPulseId" : "link");
    plannedLinks[id] = rows.map((r) => r.link);
    const byLink = existing ? rowsByLink(existing) : new Map<string, number>();
    if (existing) moved.push({ table: existing, rows: movedRows(fromRows), fromRows, width: columns.length, byLink });
    const checkColumn = columns.indexOf(CHECK_COLUMN);
    if (checkColumn >= 0) {
      checkColumnTexts(plan.findings, id, body.length, language).forEach((t, r) => {
        body[r]![checkColumn] = toExcel(t, "text");
      });
    }
    writes.push({
      id,
      name: TABLES[id].name,
      ...position,
      create,
      headers: columns.map((key, c) => headerText(id, key, language, existing?.headers[c])),
      body,
      numberFormats,
      fromRows,
      previousBodyRows: existing?.bodyRowCount ?? 0,
      previousColumns: state.tables[id]?.columns.length,
      totals: existing?.totals ?? false,
      filters: existing?.filters,
      manualRules: existing?.manualRules ?? [],
      ownFills: existing ? fillsIn(existing, byLink, previousAnnotations) : [],
      manualRule: linkColumn >= 0 && columns.includes("name") ? { linkColumn, nameColumn: columns.indexOf("name") } : null,
      hiddenColumns: columns.flatMap((key, c) => (OUT_OF_SIGHT.has(key) ? [c] : [])),
    });

    if (id === "identification") {
      const at = rows.findIndex((r) => r.link === "EnterpriseNumber");
      const valueColumn = columns.indexOf("value");
      if (at >= 0 && valueColumn >= 0) enterpriseNumberCell = { sheet: position.sheet, row: position.row + 1 + at, column: position.column + valueColumn };
    }
  }

  // The rows as laid out: a finding's row is its position, which is its body row.
  const laidRows = Object.fromEntries(IMPORT_TABLES.map((id) => [id, tables[id].map((r, at) => ({ link: r.link, cells: r.cells, at }))]));
  const findings = findingViews(plan.findings, places, laidRows);
  const checksAt = { sheet: dataSheet, row: 0, column: nextColumn };
  if (!state.tables.checks) nextColumn += TABLES.checks.columns.length + GAP;
  writes.push(checksTableWrite(state.tables.checks, findings, language, checksAt));
  // The notes and fills of last time moved with their rows (those of deleted rows went with them).
  const current = cellAnnotations(findings, language).map((a) => withRowLink(a, places, plannedLinks));
  const previous = previousAnnotations.flatMap((a) => movedAnnotation(a, moved));
  const annotations = { current, previous, before: cellsBefore([...current, ...previous], moved) };
  const snapshot = { ...state.snapshot, ...(plan.snapshot ?? {}), annotations: annotationsToRemember(current, previous, notes) };
  const log = logTableWrite(state.tables.syncLog, plan.log, language, { sheet: dataSheet, row: 0, column: nextColumn });
  writes.push(log.write);

  return {
    findings,
    sheet: dataSheet,
    log: log.lines,
    repairs,
    write: {
      dataSheet: { sheet: dataSheet, create: !state.dataSheet },
      tables: writes,
      state: { create: !state.hasStateSheet, rows: encodeSnapshot(snapshot), column: state.snapshotColumn ?? null },
      enterpriseNumberName: enterpriseNumberCell ? { exists: state.namedEnterpriseNumber, ...enterpriseNumberCell } : null,
      annotations,
      // No snapshot read: no sync completed here yet (a first one may have stopped halfway).
      fitColumns: state.snapshotColumn === null || state.snapshotColumn === undefined,
    },
  };
}

/**
 * Run checks: no table rewritten, only the checks' columns, PD_Checks, the notes and fills. The
 * findings' rows are positions among the rows read, each its table's body row `ref`.
 */
function layChecks(state: SheetState, contents: SheetContents, plan: SheetPlan, notes: boolean): LaidOut {
  const dataSheet = state.dataSheet;
  if (!dataSheet) throw new Error("Run checks needs the permanent-data sheet");
  const { language } = plan;
  const raw: Finding[] = plan.findings.map((f) => {
    const row = f.target?.row;
    if (!f.target || row === null || row === undefined) return f;
    return { ...f, target: { ...f.target, row: contents.tables[f.target.table]?.[row]?.ref ?? row } };
  });
  const places: Partial<Record<TableId, TablePlace>> = {};
  const checkColumns: CheckColumnWrite[] = [];
  for (const id of IMPORT_TABLES) {
    const table = state.tables[id];
    if (!table) continue;
    // As a sync would lay the table out: with the checks' column where Excel has no notes.
    places[id] = { sheet: table.sheet, row: table.row, column: table.column, columns: columnsOf(id, table, notes) };
    const at = places[id]!.columns.indexOf(CHECK_COLUMN);
    if (at < 0) continue;
    checkColumns.push({
      name: TABLES[id].name,
      sheet: table.sheet,
      row: table.row,
      column: table.column,
      width: places[id]!.columns.length,
      at,
      grow: at >= table.columns.length,
      header: headerText(id, CHECK_COLUMN, language, table.headers[at]),
      values: checkColumnTexts(raw, id, table.bodyRowCount, language),
      totals: table.totals === true,
    });
  }
  const readRows = Object.fromEntries(IMPORT_TABLES.map((id) => [id, (contents.tables[id] ?? []).map((r) => ({ link: r.link, cells: r.cells, at: r.ref }))]));
  const findings = findingViews(plan.findings, places, readRows);
  const current = cellAnnotations(findings, language);
  const previous = state.snapshot.annotations ?? [];
  const checks = checksTableWrite(state.tables.checks, findings, language, { sheet: dataSheet.sheet, row: 0, column: dataSheet.firstFreeColumn });
  return {
    findings,
    sheet: dataSheet.sheet,
    log: [...contents.log],
    repairs: [],
    write: {
      dataSheet: { sheet: dataSheet.sheet, create: false },
      tables: [checks],
      // Where the snapshot was read: a large one is written beside it, not over it (write.ts).
      state: {
        create: !state.hasStateSheet,
        rows: encodeSnapshot({ ...state.snapshot, annotations: annotationsToRemember(current, previous, notes) }),
        column: state.snapshotColumn ?? null,
      },
      enterpriseNumberName: null,
      annotations: { current, previous },
      checkColumns,
    },
  };
}

/**
 * Refuses a table that lost the column telling imported rows from typed ones (its link, or for
 * PD_Identification its key or Source): every imported row would read as typed by hand, and the
 * sync would add AdminPulse's rows a second time. Only undoing the change can tell them apart.
 */
function refuseUnlinked(state: SheetState, language: SheetPlan["language"]): void {
  for (const id of IMPORT_TABLES) {
    const table = state.tables[id];
    const lost = table && table.rows.length > 0 ? LINK_COLUMNS[id].find((key) => !table.columns.includes(key)) : undefined;
    if (table && lost)
      throw new SheetRefusal({ kind: "link-column-missing", table: TABLES[id].name, sheet: table.sheet, column: headerText(id, lost, language) });
  }
}

/**
 * Refuses, before anything is written, a plan the workbook cannot take whole: a protected sheet
 * to write on, or a table that would grow over cells that are not empty.
 */
function refuseUnwritable(plan: WritePlan, state: SheetState): void {
  const blocked = [...plan.tables, ...(plan.checkColumns ?? [])].find((t) => state.protectedSheets.includes(t.sheet));
  if (blocked) throw new SheetRefusal({ kind: "protected-sheet", sheet: blocked.sheet });
  // The snapshot is written too: a protected state sheet (a macro did it) would fail the write halfway.
  if (state.protectedSheets.includes(STATE_SHEET)) throw new SheetRefusal({ kind: "protected-sheet", sheet: STATE_SHEET });
  // A table grows only over empty cells: what the user put below it (a row cut off by resizing
  // the table, a note) would otherwise be overwritten. A table with a total row grows by inserting
  // rows, as Excel does for a person: what is below it moves down with its total row, nothing is
  // overwritten (write.ts).
  for (const t of plan.tables) {
    const below = state.tables[t.id]?.firstUsedBelow;
    const growth = Math.max(1, t.body.length) - t.previousBodyRows;
    if (t.create || t.totals || !below || growth <= 0 || t.row + t.previousBodyRows + growth < below.row) continue;
    throw new SheetRefusal({ kind: "table-blocked", table: t.name, sheet: t.sheet, rows: growth, cell: `${columnLetter(below.column)}${below.row + 1}` });
  }
}

/**
 * New rows at the end of the table take its empty rows at the end (left by a write that stopped
 * halfway, or the one empty row of an empty table), in order, instead of being inserted below
 * them: an empty row is no one's, and Excel then has nothing to insert.
 */
function reuseBlankRows(fromRows: (number | null)[], existing: ExistingTable): void {
  let lastUsed = -1;
  for (const r of existing.rows) lastUsed = Math.max(lastUsed, r.index);
  let blank = lastUsed + 1;
  let j = fromRows.length;
  while (j > 0 && fromRows[j - 1] === null) j--;
  for (; j < fromRows.length && blank < existing.bodyRowCount; j++) fromRows[j] = blank++;
}

interface Moved {
  table: ExistingTable;
  /** Old body row → new body row; rows not in it are deleted. */
  rows: Map<number, number>;
  fromRows: readonly (number | null)[];
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
function bodyCellOf(
  table: { sheet: string; row: number; column: number },
  rows: number,
  width: number,
  a: { sheet: string; address: string },
): { row: number; column: number; letters: string } | null {
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
function annotatedCell(
  a: CellAnnotation,
  table: ExistingTable,
  byLink: Map<string, number>,
): { row: number; column: number; letters: string } | null | undefined {
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
    for (const { table, fromRows, width } of moved) {
      const at = bodyCellOf(table, fromRows.length, width, a);
      if (!at) continue;
      const from = fromRows[at.row];
      out[`${a.sheet}!${a.address}`] =
        from === null || from === undefined || from >= table.bodyRowCount ? null : `${columnLetter(table.column + at.column)}${table.row + 2 + from}`;
      break;
    }
  }
  return out;
}
