// Applies a plan in ONE round trip (one context.sync), or in a few more only when the write is
// larger than Excel's request-size cap (5 MB on the web): then the table bodies go in chunks.
//
// Rows move as Excel moves rows. A table's rows stay where they are, found by their link (the
// plan's `fromRows`); rows AdminPulse removed are deleted as table rows, new rows inserted as table
// rows (row-moves.ts), and only then are values written, in bulk per table (never a row-by-row
// loop), each row in its own row. So whatever refers to a row follows it, as in Excel: a formula on
// another sheet or beside the table that read a holder reads that holder still, or #REF! once the
// holder's row is deleted (never the next holder's value); formulas, formats, notes and fills in a
// row move with it; a formula in the user's column is never written back elsewhere. A cell the
// add-in does not own gets null (left as it is): the user's columns, rows not ours to change, and
// new rows' cells in the user's columns, where Excel puts a calculated column's formula. A Total
// Row stays under the body: rows are inserted above it and deleted from the body. What is below a
// table without a total row stays where it was (cells are inserted, or the emptied rows deleted,
// right below it to even out the moves); a total row's table keeps what is below at its foot, as
// Excel does when a person inserts table rows. A table the user filtered has its filter taken
// off before its rows move (Excel shifts no rows of a filtered table) and the same criteria put
// back in the last round trip, over the rows as written; a sort is never re-applied (it would move
// values under the references that follow them). Number formats are written before values, so
// that text columns are text ("@") before any value lands in them.
//
// A chunked write can fail at any of its round trips (Excel on the web drops a request, a
// co-author locks a range), and each round trip that succeeded stays. So the order is chosen for
// such a failure to lose nothing and to leave a sheet the next sync repairs:
// 1. headers; tables created; the user's filters taken off (back in step 4; a write that stops in
//    between leaves the rows unfiltered, nothing lost); rows moved (inserted before any is deleted, so a table never runs
//    out of rows; a table's moves are queued together); the add-in's manual-row rule put back on
//    the whole body (only the add-in's: the user's rules are never touched); Run checks' column.
//    Should the write stop here, every row that stays is in its own place with its old values,
//    the rows removed are gone (they were to go: the next sync finds them neither in the sheet nor
//    in AdminPulse), and the new rows are empty: an empty row is not read as a row, and the next
//    sync fills it (new rows at the end take the empty rows at the end) or deletes it;
// 2. bodies, chunk by chunk, top down, each row written in place over itself only: whenever the
//    write stops, every row is in the table once, with its old or its new content;
// 3. a snapshot too large for the last round trip goes into the state sheet's spare columns, and
//    only counts once its header is written, in the last round trip;
// 4. the last round trip: the sync log (so a row "Synced" means the write completed), the
//    snapshot (or its header), the checks' notes and fills, the widths of new tables and columns,
//    and the enterprise-number name.
// Which notes exist, and which fills the cells have, is read before anything is written (one round
// trip, only when there are findings to show or clear on a sheet that exists, in an Excel with
// notes), where the cells are before the rows move, so that notes and fills change in the same
// round trip as the snapshot that remembers them; a fill is put only on a cell without one of the
// user's, and taken away only while it is the one the add-in put. An Excel without notes (before
// ExcelApi 1.18) looks at nothing, to keep its syncs at two round trips: there the add-in's fill
// goes on and off as the findings say, over a colour the user may have put on that cell. The
// snapshot records each annotation with its row's link: should a write stop after rows moved and
// before the snapshot, the next sync finds the notes and fills of last time by their rows,
// wherever those went.

import type { ExcelRun } from "./excel-run";
import { STATE_AREAS, STATE_SHEET, columnLetter } from "./layout";
import { fitCell } from "../permanent-data/rows";
import { ENTERPRISE_NUMBER_NAME } from "../permanent-data/tables";
import { type ExcelCell, MANUAL_ROW_FILL, SEVERITY_FILLS, TABLE_STYLE, type TableWrite, type WritePlan } from "./plan";
import { type RowMoves, planRowMoves } from "./row-moves";

/** Excel on the web's request-size cap. */
export const DEFAULT_MAX_REQUEST_BYTES = 5_000_000;
/** The share of the cap our arrays may fill: the request also carries paths, headers and rules. */
const PAYLOAD_SHARE = 0.8;

export interface ApplyOptions {
  maxRequestBytes?: number;
  /** Whether the host has cell notes (ExcelApi 1.18); without, findings show as fills and in PD_Checks. */
  notes?: boolean;
}

export function applyPlan(run: ExcelRun, plan: WritePlan, options: ApplyOptions = {}): Promise<void> {
  const budget = Math.floor((options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES) * PAYLOAD_SHARE);
  return run(async (context) => {
    const wb = context.workbook;
    let pending = 0;
    /** Sends what is queued first when this payload would not fit beside it (only ever above the cap). */
    const room = async (bytes: number) => {
      if (pending > 0 && pending + bytes > budget) {
        // One more round trip per chunk is the price of fitting under the cap.
        await context.sync();
        pending = 0;
      }
      pending += bytes;
    };
    const writeRows = (t: TableWrite, chunk: Chunk) => {
      const range = wb.worksheets.getItem(t.sheet).getRangeByIndexes(t.row + 1 + chunk.from, t.column, chunk.to - chunk.from, t.headers.length);
      range.numberFormat = chunk.numberFormats;
      range.formulas = chunk.body;
    };

    // 0. The notes and fills the checks' annotations may touch, as they are before the write.
    const annotations = probeAnnotations(context, plan, options.notes ?? true);
    if (annotations.probed) await context.sync();

    // 1. Headers; tables created, or their rows moved as Excel moves rows (row-moves.ts); the
    //    manual-row colour. A first sync shows the sheet it created, so the accountant sees what arrived.
    if (plan.dataSheet.create) wb.worksheets.add(plan.dataSheet.sheet).activate();
    /** Tables whose widths are fitted, from which column: new tables whole, a widened one its new columns only. */
    const autofit: { t: TableWrite; from: number }[] = [];
    for (const t of plan.tables) {
      const sheet = wb.worksheets.getItem(t.sheet);
      const cols = t.headers.length;
      const header = sheet.getRangeByIndexes(t.row, t.column, 1, cols);
      const { body, numberFormats, fromRows } = shapeOf(t);
      const rows = body.length;
      if (t.create) {
        await room(2 * JSON.stringify(t.headers).length);
        header.numberFormat = [t.headers.map(() => "@")];
        header.values = [t.headers];
        const table = sheet.tables.add(sheet.getRangeByIndexes(t.row, t.column, rows + 1, cols), true);
        table.name = t.name;
        table.style = TABLE_STYLE;
        if (t.manualRule) addManualRule(sheet, t, rows);
        autofit.push({ t, from: 0 });
        continue;
      }
      const oldCount = Math.max(1, t.previousBodyRows);
      const moves = planRowMoves(oldCount, fromRows, t.totals === true);
      const widened = cols > (t.previousColumns ?? cols);
      const blank = (from: number, count: number) => Array.from({ length: count }, (_, k) => body[from + k]!.map((cell) => (cell === null ? null : "")));
      await room(2 * JSON.stringify(t.headers).length + structureBytes(moves, cols));
      header.numberFormat = [t.headers.map(() => "@")];
      header.values = [t.headers];
      const table = wb.tables.getItem(t.name);
      // Excel shifts no rows of a filtered table: the filter comes off, and back in step 4.
      if (t.filters) table.clearFilters();
      // The add-in's own manual-row rule, never the user's rules, is put back on the whole body:
      // Excel moves it with rows, but rows inserted at its top or taken in by a resize are not in it.
      const replaceRule = t.manualRule !== null;
      if (replaceRule) for (const id of t.manualRules ?? []) table.getDataBodyRange().conditionalFormats.getItem(id).delete();
      // Wider (a column of ours, taking in the empty column after it): no cell moves.
      if (widened) table.resize(sheet.getRangeByIndexes(t.row, t.column, 1 + oldCount + (t.totals ? 1 : 0), cols));
      if (moves.early !== null) {
        const only = sheet.getRangeByIndexes(t.row + 1, t.column, 1, cols);
        only.numberFormat = [numberFormats[moves.early]!];
        only.formulas = [fitRow(body[moves.early]!)];
      }
      const fills = t.ownFills ?? [];
      for (const add of moves.adds) {
        // Empty rows (null: a cell left to Excel, which puts a calculated column's formula there).
        table.rows.add(add.at ?? undefined, blank(add.first, add.count) as unknown as (string | number | boolean)[][]);
        // The new rows took the formats of the row beside them: not a finding's fill of ours.
        const at = t.row + 1 + add.index;
        for (const f of fills) if (f.row === add.from) sheet.getRangeByIndexes(at, t.column + f.column, add.count, 1).format.fill.clear();
      }
      for (const del of moves.deletes) sheet.getRangeByIndexes(t.row + 1 + del.at, t.column, del.count, cols).delete("Up" as Excel.DeleteShiftDirection);
      // What is below a table without a total row stays where it was.
      const under = t.row + 1 + rows;
      if (moves.below > 0) sheet.getRangeByIndexes(under, t.column, moves.below, cols).insert("Down" as Excel.InsertShiftDirection);
      if (moves.below < 0) sheet.getRangeByIndexes(under, t.column, -moves.below, cols).delete("Up" as Excel.DeleteShiftDirection);
      if (replaceRule) addManualRule(sheet, t, rows);
      if (widened || plan.fitColumns) autofit.push({ t, from: plan.fitColumns ? 0 : (t.previousColumns ?? 0) });
    }

    // The checks' columns written alone (Run checks): with the tables grown, before anything else,
    // so that Excel refusing the growth (merged cells) leaves nothing half done.
    for (const c of plan.checkColumns ?? []) {
      const sheet = wb.worksheets.getItem(c.sheet);
      const rows = Math.max(1, c.values.length);
      if (c.grow) wb.tables.getItem(c.name).resize(sheet.getRangeByIndexes(c.row, c.column, rows + 1 + (c.totals ? 1 : 0), c.width));
      const cells = sheet.getRangeByIndexes(c.row, c.column + c.at, rows + 1, 1);
      const lines = [c.header, ...(c.values.length > 0 ? c.values : [""])];
      await room(2 * JSON.stringify(lines).length); // its values and as many "@" formats
      cells.numberFormat = lines.map(() => ["@"]);
      cells.values = lines.map((text) => [fitCell(text)]);
      if (c.grow) cells.format.autofitColumns();
    }

    // 2. Bodies, top down, each row in its own place (the moves put it there); the log's waits for
    //    the last round trip.
    const log = plan.tables.filter((t) => t.id === "syncLog");
    for (const t of plan.tables) {
      if (t.id === "syncLog") continue;
      for (const chunk of chunksOf(t, budget)) {
        await room(chunk.bytes);
        writeRows(t, chunk);
      }
    }

    // 3. The snapshot: in the last round trip when it fits there beside the log, else ahead of it
    //    in the spare columns of the state sheet, headerless (so not read) until the last one.
    const stateRows = plan.state.rows;
    const stateBytes = stateRows.reduce((n, r) => n + stateRowBytes(r), 0);
    const logBytes = log.flatMap((t) => chunksOf(t, Number.MAX_SAFE_INTEGER)).reduce((n, c) => n + c.bytes, 0);
    const inOne = stateBytes + logBytes <= budget;
    const column = inOne ? STATE_AREAS[0] : plan.state.column === STATE_AREAS[0] ? STATE_AREAS[1] : STATE_AREAS[0];
    const stateColumns = (at: number) => `${columnLetter(at)}:${columnLetter(at + 2)}`;
    if (plan.state.create) {
      const state = wb.worksheets.add(STATE_SHEET);
      state.visibility = "VeryHidden" as Excel.SheetVisibility;
    }
    const stateSheet = wb.worksheets.getItem(STATE_SHEET);
    const writeState = (from: number, rows: string[][]) => {
      const range = stateSheet.getRangeByIndexes(from, column, rows.length, 3);
      range.numberFormat = rows.map((r) => r.map(() => "@"));
      range.values = rows;
    };
    if (!inOne) {
      stateSheet.getRange(stateColumns(column)).clear("All"); // what an interrupted write left there
      for (const part of slices(stateRows.slice(1), budget, stateRowBytes)) {
        await room(part.bytes);
        writeState(1 + part.from, part.rows);
      }
    }

    // 4. The last round trip.
    await room(logBytes + (inOne ? stateBytes : 0));
    for (const t of log) for (const chunk of chunksOf(t, Number.MAX_SAFE_INTEGER)) writeRows(t, chunk);
    if (inOne) {
      stateSheet.getRange().clear("All");
      writeState(0, stateRows);
    } else {
      writeState(0, stateRows.slice(0, 1)); // the header: from now on, this snapshot is the one read
      stateSheet.getRange(stateColumns(column === STATE_AREAS[0] ? STATE_AREAS[1] : STATE_AREAS[0])).clear("All");
    }
    annotations.apply();
    // The user's filters, with the criteria they had, over the rows as written: rows hidden before
    // are hidden again, new rows show or hide as the filter says.
    for (const t of plan.tables) {
      const columns = wb.tables.getItem(t.name).columns;
      t.filters?.forEach((criteria, c) => {
        if (criteria) columns.getItemAt(c).filter.apply(criteria);
      });
    }
    // Column widths are the user's once the table is there: fitted only to a new table or column.
    // Then the columns out of sight are hidden (after the fit, which may show a hidden column).
    for (const { t, from } of autofit) {
      const sheet = wb.worksheets.getItem(t.sheet);
      sheet.getRangeByIndexes(t.row, t.column + from, Math.max(1, t.body.length) + 1, t.headers.length - from).format.autofitColumns();
      if (from === 0) for (const c of t.hiddenColumns ?? []) sheet.getRangeByIndexes(t.row, t.column + c, 1, 1).getEntireColumn().columnHidden = true;
    }

    const n = plan.enterpriseNumberName;
    if (n) {
      if (n.exists) wb.names.getItem(ENTERPRISE_NUMBER_NAME).delete();
      wb.names.add(ENTERPRISE_NUMBER_NAME, wb.worksheets.getItem(n.sheet).getRangeByIndexes(n.row, n.column, 1, 1));
    }
    await context.sync();
  });
}

/** The colour of rows without an AdminPulse link, on the whole body (a row typed later is coloured too). */
function addManualRule(sheet: Excel.Worksheet, t: TableWrite, rows: number): void {
  const rule = t.manualRule!;
  const body = sheet.getRangeByIndexes(t.row + 1, t.column, rows, t.headers.length);
  const first = t.row + 2; // the body's first row, 1-based, as Excel's rule formulas want it
  const link = columnLetter(t.column + rule.linkColumn);
  const name = columnLetter(t.column + rule.nameColumn);
  const format = body.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
  format.custom.rule.formula = `=AND($${link}${first}="",$${name}${first}<>"")`;
  format.custom.format.fill.color = MANUAL_ROW_FILL;
}

/**
 * The body to write (at least one row: Excel keeps one) and, per row, the body row of the table it
 * is: as planned, or, for the add-in's own tables (no fromRows), row i is the table's row i.
 */
function shapeOf(t: TableWrite): { body: TableWrite["body"]; numberFormats: TableWrite["numberFormats"]; fromRows: (number | null)[] } {
  const cols = t.headers.length;
  const body = t.body.length > 0 ? t.body : [Array.from({ length: cols }, () => "")];
  const numberFormats = t.body.length > 0 ? t.numberFormats : [Array.from({ length: cols }, () => "General")];
  const old = Math.max(1, t.previousBodyRows);
  const fromRows = t.fromRows && t.fromRows.length === body.length ? [...t.fromRows] : body.map((_, j) => (j < old ? j : null));
  return { body, numberFormats, fromRows };
}

/** The request size of a table's moves: the empty rows inserted, and a few commands per move. */
function structureBytes(moves: RowMoves, cols: number): number {
  const inserted = moves.adds.reduce((n, a) => n + a.count, 0);
  return inserted * cols * 6 + 256 * (moves.adds.length + moves.deletes.length + 4);
}

/** A text longer than a cell holds would fail the whole write (Excel's InvalidArgument): cut. */
function fitRow(row: readonly (ExcelCell | null)[]): (ExcelCell | null)[] {
  return row.map((cell) => (typeof cell === "string" ? fitCell(cell) : cell));
}

interface Chunk {
  from: number;
  to: number;
  body: TableWrite["body"];
  numberFormats: TableWrite["numberFormats"];
  bytes: number;
}

/** The body of a table as one chunk, or as several when it alone exceeds the budget. */
function chunksOf(t: TableWrite, budget: number): Chunk[] {
  const { body, numberFormats: formats } = shapeOf(t);
  return slices(
    body.map((row, i) => ({ row, format: formats[i]! })),
    budget,
    (line) => JSON.stringify(line.row).length + JSON.stringify(line.format).length,
  ).map((part) => ({
    from: part.from,
    to: part.from + part.rows.length,
    // A text longer than a cell holds would fail the whole write (Excel's InvalidArgument): cut.
    // Imported rows are cut before the merge already (rows.ts), so the snapshot agrees; this is
    // for the add-in's other tables, such as a finding's message quoting a very long value.
    body: part.rows.map((line) => fitRow(line.row)),
    numberFormats: part.rows.map((line) => line.format),
    bytes: part.bytes,
  }));
}

/** A snapshot row's request size: its values and as many "@" formats. */
function stateRowBytes(row: readonly string[]): number {
  return 2 * JSON.stringify(row).length;
}

/** Consecutive runs of rows whose estimated request size stays within the budget (one row at least). */
function slices<T>(rows: readonly T[], budget: number, size: (row: T) => number): { from: number; rows: T[]; bytes: number }[] {
  const out: { from: number; rows: T[]; bytes: number }[] = [];
  let from = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const own = size(row);
    if (i > from && bytes + own > budget) {
      out.push({ from, rows: rows.slice(from, i), bytes });
      from = i;
      bytes = 0;
    }
    bytes += own;
  });
  if (rows.length > from) out.push({ from, rows: rows.slice(from), bytes });
  return out;
}

/**
 * The checks' notes and fills. Notes the add-in wrote last time and that no longer apply go; a
 * note is the add-in's only while its text is exactly what the add-in wrote, so a note someone
 * wrote, or edited, is never changed or removed. A fill likewise: put only on a cell with none (or
 * one of the add-in's colours), taken away only while the cell still has the colour the add-in put
 * there, so a cell someone coloured keeps its colour. Both are looked at where the cells are before
 * the write (rows move: `plan.annotations.before`); `probed`: that is queued to load (the caller
 * syncs before `apply`); `apply` queues the changes, at the cells as they are after the moves.
 */
function probeAnnotations(context: Excel.RequestContext, plan: WritePlan, notes: boolean): { probed: boolean; apply: () => void } {
  const { current, previous } = plan.annotations;
  const before = plan.annotations.before ?? {};
  // Only sheets the plan writes to are certain to exist (a renamed or deleted sheet's old notes stay).
  const sheets = new Set(plan.tables.map((t) => t.sheet));
  const key = (a: { sheet: string; address: string }) => `${a.sheet}!${a.address}`;
  const old = new Map(previous.filter((a) => sheets.has(a.sheet)).map((a) => [key(a), a]));
  const wanted = new Map(current.filter((a) => sheets.has(a.sheet)).map((a) => [key(a), a]));
  if (old.size === 0 && wanted.size === 0) return { probed: false, apply: () => undefined };
  const sheet = (name: string) => context.workbook.worksheets.getItem(name);
  const probes = [...new Set([...old.keys(), ...wanted.keys()])].map((k) => {
    const a = (wanted.get(k) ?? old.get(k))!;
    // A sheet a first sync creates has nothing yet (and does not exist before the write); a row
    // new to its table neither.
    const was = Object.prototype.hasOwnProperty.call(before, k) ? before[k]! : a.address;
    // Without notes (before ExcelApi 1.18) nothing is looked at: no round trip of its own.
    if (!notes || (plan.dataSheet.create && a.sheet === plan.dataSheet.sheet) || was === null) return { k, a, note: null, fill: null, looked: notes };
    const note = sheet(a.sheet).notes.getItemOrNullObject(was).load("content");
    const fill = sheet(a.sheet).getRange(was).format.fill.load("color");
    return { k, a, note, fill, looked: true };
  });
  const ours = new Set<string>(Object.values(SEVERITY_FILLS));
  return {
    probed: probes.some((p) => p.fill !== null),
    apply: () => {
      for (const { k, a, note, fill, looked } of probes) {
        const last = old.get(k);
        const next = wanted.get(k);
        const range = () => sheet(a.sheet).getRange(a.address);
        // The cell's colour before the write: none for a cell that is new; unknown when not looked at.
        const colour = fill === null ? null : String(fill.color ?? "").toUpperCase();
        const uncoloured = colour === null || colour === "" || colour === NO_FILL;
        if (next?.fill) {
          if (!looked || uncoloured || ours.has(colour) || colour === last?.fill) range().format.fill.color = next.fill;
        } else if (last?.fill && (!looked || colour === last.fill.toUpperCase())) {
          range().format.fill.clear();
        }
        if (!notes) continue;
        const exists = note !== null && !note.isNullObject;
        const mine = exists && last?.note === note.content;
        if (!exists) {
          if (next) sheet(a.sheet).notes.add(a.address, next.note);
        } else if (mine) {
          // Found again where it is now: the note moved with its cell.
          const moved = sheet(a.sheet).notes.getItem(a.address);
          if (!next) moved.delete();
          else if (note.content !== next.note) moved.content = next.note;
        }
        // Otherwise the note is someone's: left as it is (the finding is still in PD_Checks).
      }
    },
  };
}

/** The colour Excel reads for a cell without a fill. */
const NO_FILL = "#FFFFFF";
