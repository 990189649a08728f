// Applies a plan in ONE round trip (one context.sync), or in a few more only when the write is
// larger than Excel's request-size cap (5 MB on the web): then the table bodies go in chunks.
// Values are written in bulk per table (never a row-by-row loop); number formats first, so that
// text columns are text ("@") before any value lands in them.
//
// A chunked write can fail at any of its round trips (Excel on the web drops a request, a
// co-author locks a range), and each round trip that succeeded stays. So the order is chosen for
// such a failure to lose nothing and to leave a sheet the next sync repairs:
// 1. tables are created or grown (never shrunk), headers written (and Run checks' column);
// 2. bodies, chunk by chunk, top down: a row only ever moves up (rows removed above it, new rows
//    at the end), so a chunk overwrites only rows already rewritten higher up; with each chunk, the
//    rows whose content now sits above are blanked, so that every row is in the table once, new
//    or old, whenever the write stops;
// 3. a snapshot too large for the last round trip goes into the state sheet's spare columns, and
//    only counts once its header is written, in the last round trip;
// 4. the last round trip: the sync log (so a row "Synced" means the write completed), the
//    snapshot (or its header), the checks' notes and fills, then tables shrink, leftovers are
//    cleared, the manual-row colour, and the enterprise-number name.
// Which notes exist is read before anything is written (one round trip, only when there are
// findings to show or clear), so that notes change in the same round trip as the snapshot that
// remembers them.

import type { ExcelRun } from "./excel-run";
import { STATE_AREAS, STATE_SHEET, columnLetter } from "./layout";
import { fitCell } from "../permanent-data/rows";
import { ENTERPRISE_NUMBER_NAME } from "../permanent-data/tables";
import { MANUAL_ROW_FILL, TABLE_STYLE, type TableWrite, type WritePlan } from "./plan";

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

    // 0. The notes the checks' annotations may touch, as they are before the write.
    const annotations = probeAnnotations(context, plan, options.notes ?? true);
    if (annotations.probed) await context.sync();

    // 1. Headers; tables created, or grown to hold both their old and their new rows.
    // A first sync shows the sheet it created, so the accountant sees what arrived.
    if (plan.home.create) wb.worksheets.add(plan.home.sheet).activate();
    for (const t of plan.tables) {
      const sheet = wb.worksheets.getItem(t.sheet);
      const rows = Math.max(1, t.body.length);
      const cols = t.headers.length;
      const header = sheet.getRangeByIndexes(t.row, t.column, 1, cols);
      header.numberFormat = [t.headers.map(() => "@")];
      header.values = [t.headers];
      if (t.create) {
        const table = sheet.tables.add(sheet.getRangeByIndexes(t.row, t.column, rows + 1, cols), true);
        table.name = t.name;
        table.style = TABLE_STYLE;
      } else {
        wb.tables.getItem(t.name).resize(sheet.getRangeByIndexes(t.row, t.column, Math.max(rows, t.previousBodyRows) + 1, cols));
      }
    }

    // The checks' columns written alone (Run checks): with the tables grown, before anything else,
    // so that Excel refusing the growth (merged cells) leaves nothing half done.
    for (const c of plan.checkColumns ?? []) {
      const sheet = wb.worksheets.getItem(c.sheet);
      const rows = Math.max(1, c.values.length);
      if (c.grow) wb.tables.getItem(c.name).resize(sheet.getRangeByIndexes(c.row, c.column, rows + 1, c.width));
      const cells = sheet.getRangeByIndexes(c.row, c.column + c.at, rows + 1, 1);
      const lines = [c.header, ...(c.values.length > 0 ? c.values : [""])];
      await room(2 * JSON.stringify(lines).length); // its values and as many "@" formats
      cells.numberFormat = lines.map(() => ["@"]);
      cells.values = lines.map((text) => [fitCell(text)]);
      cells.format.autofitColumns();
    }

    // 2. Bodies, top down; the log's waits for the last round trip.
    const log = plan.tables.filter((t) => t.id === "syncLog");
    for (const t of plan.tables) {
      if (t.id === "syncLog") continue;
      const movedUp = rowsOnlyMoveUp(t);
      let highest = -1; // the lowest old position (highest index) whose row is written by now
      for (const chunk of chunksOf(t, budget)) {
        await room(chunk.bytes);
        writeRows(t, chunk);
        if (!movedUp) continue;
        for (let j = chunk.from; j < chunk.to; j++) highest = Math.max(highest, t.sources![j] ?? -1);
        if (highest >= chunk.to) {
          // Rows already rewritten above: blanked in their old place (a blank row is not read as a row).
          wb.worksheets.getItem(t.sheet).getRangeByIndexes(t.row + 1 + chunk.to, t.column, highest + 1 - chunk.to, t.headers.length).clear("Contents");
        }
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
    annotations.apply(); // before leftovers are cleared: a note found there is still there
    for (const t of plan.tables) {
      const sheet = wb.worksheets.getItem(t.sheet);
      const rows = Math.max(1, t.body.length);
      const cols = t.headers.length;
      if (!t.create && t.previousBodyRows > rows) {
        wb.tables.getItem(t.name).resize(sheet.getRangeByIndexes(t.row, t.column, rows + 1, cols));
        sheet.getRangeByIndexes(t.row + 1 + rows, t.column, t.previousBodyRows - rows, cols).clear("All");
      }
      const body = sheet.getRangeByIndexes(t.row + 1, t.column, rows, cols);
      body.conditionalFormats.clearAll();
      if (t.manualRule) {
        const first = t.row + 2; // the body's first row, 1-based, as Excel's rule formulas want it
        const link = columnLetter(t.column + t.manualRule.linkColumn);
        const name = columnLetter(t.column + t.manualRule.nameColumn);
        const rule = body.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        rule.custom.rule.formula = `=AND($${link}${first}="",$${name}${first}<>"")`;
        rule.custom.format.fill.color = MANUAL_ROW_FILL;
      }
      sheet.getRangeByIndexes(t.row, t.column, rows + 1, cols).format.autofitColumns();
    }

    const n = plan.enterpriseNumberName;
    if (n) {
      if (n.exists) wb.names.getItem(ENTERPRISE_NUMBER_NAME).delete();
      wb.names.add(ENTERPRISE_NUMBER_NAME, wb.worksheets.getItem(n.sheet).getRangeByIndexes(n.row, n.column, 1, 1));
    }
    await context.sync();
  });
}

/**
 * Whether every row of the new body comes from at or below its new place (or is new), in order:
 * then writing top down never overwrites a row that still has to be written elsewhere.
 */
function rowsOnlyMoveUp(t: TableWrite): boolean {
  if (!t.sources || t.sources.length !== t.body.length) return false;
  let last = -1;
  for (let j = 0; j < t.sources.length; j++) {
    const from = t.sources[j];
    if (from === null || from === undefined) continue;
    if (from < j || from <= last) return false;
    last = from;
  }
  return true;
}

interface Chunk {
  from: number;
  to: number;
  body: TableWrite["body"];
  numberFormats: string[][];
  bytes: number;
}

/** The body of a table as one chunk, or as several when it alone exceeds the budget. */
function chunksOf(t: TableWrite, budget: number): Chunk[] {
  const cols = t.headers.length;
  const body = t.body.length > 0 ? t.body : [Array.from({ length: cols }, () => "")];
  const formats = t.body.length > 0 ? t.numberFormats : [Array.from({ length: cols }, () => "General")];
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
    body: part.rows.map((line) => line.row.map((cell) => (typeof cell === "string" ? fitCell(cell) : cell))),
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
 * wrote, or edited, is never changed or removed. `probed`: the notes' current state is queued to
 * load (the caller syncs before `apply`); `apply` queues the changes.
 */
function probeAnnotations(context: Excel.RequestContext, plan: WritePlan, notes: boolean): { probed: boolean; apply: () => void } {
  const { current, previous } = plan.annotations;
  // Only sheets the plan writes to are certain to exist (a renamed or deleted sheet's old notes stay).
  const sheets = new Set(plan.tables.map((t) => t.sheet));
  const key = (a: { sheet: string; address: string }) => `${a.sheet}!${a.address}`;
  const old = new Map(previous.filter((a) => sheets.has(a.sheet)).map((a) => [key(a), a]));
  const wanted = new Map(current.filter((a) => sheets.has(a.sheet)).map((a) => [key(a), a]));
  if (old.size === 0 && wanted.size === 0) return { probed: false, apply: () => undefined };
  const sheet = (name: string) => context.workbook.worksheets.getItem(name);
  const probes = notes
    ? [...new Set([...old.keys(), ...wanted.keys()])].map((k) => {
        const a = (wanted.get(k) ?? old.get(k))!;
        // A sheet a first sync creates has no notes yet (and does not exist before the write).
        const note = plan.home.create && a.sheet === plan.home.sheet ? null : sheet(a.sheet).notes.getItemOrNullObject(a.address);
        note?.load("content");
        return { k, a, note };
      })
    : [];
  return {
    probed: probes.some((p) => p.note !== null),
    apply: () => {
      // An old annotation without a fill is a note an Excel without notes could not remove.
      for (const [k, a] of old) if (!wanted.has(k) && a.fill) sheet(a.sheet).getRange(a.address).format.fill.clear();
      for (const a of wanted.values()) sheet(a.sheet).getRange(a.address).format.fill.color = a.fill;
      for (const { k, a, note } of probes) {
        const exists = note !== null && !note.isNullObject;
        const ours = exists && old.get(k)?.note === note.content;
        const next = wanted.get(k);
        if (!exists) {
          if (next) sheet(a.sheet).notes.add(a.address, next.note);
        } else if (ours) {
          if (!next) note.delete();
          else if (note.content !== next.note) note.content = next.note;
        }
        // Otherwise the note is someone's: left as it is (the finding is still in PD_Checks).
      }
    },
  };
}
