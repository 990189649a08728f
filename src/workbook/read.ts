// Reads everything a sync needs in ONE round trip (one context.sync): every table of ours by name
// with its values, formulas and formats, the sheet it is on and that sheet's used range, the
// enterprise-number name, the snapshot of the state sheet, and the sheets a first sync could use.
// Missing things come back as null objects (getItemOrNullObject); calling methods on a null
// object yields null objects, so the whole read fits in one batch.

import { LANGUAGES } from "../i18n/language";
import { isImportedSourceWord, labelsFor } from "../permanent-data/labels";
import type { Cells, CellValue, TableSnapshot } from "../permanent-data/merge";
import type { ImportTable } from "../permanent-data/rows";
import { ENTERPRISE_NUMBER_NAME, TABLES, type TableId } from "../permanent-data/tables";
import { columnKind, fromExcel } from "./cells";
import type { ExcelRun } from "./excel-run";
import { STATE_AREAS, STATE_SHEET, columnKeysOf } from "./layout";
import type { CellAnnotation } from "./plan";
import type { ExistingRow, ExistingTable, StoredSnapshot, WorkbookState } from "./state";

export const TABLE_IDS = Object.keys(TABLES) as TableId[];
const SHEET_NAMES = [...new Set(LANGUAGES.map((l) => labelsFor(l).sheetName))];

/**
 * The workbook as a sync needs it, in one round trip. Excel fails a request for merged cells
 * when a range holds more than 512 merged areas, and with it the whole round trip: the read is
 * then asked again without them (one more round trip, on such a sheet only; Excel still refuses
 * to grow a table over merged cells, which the sync reports). A read changes nothing, so asking
 * again after any failure is safe.
 */
export function readWorkbook(run: ExcelRun): Promise<WorkbookState> {
  return readOnce(run, true).catch(() => readOnce(run, false));
}

function readOnce(run: ExcelRun, withMerges: boolean): Promise<WorkbookState> {
  return run(async (context) => {
    const wb = context.workbook;
    const probes = TABLE_IDS.map((id) => {
      const table = wb.tables.getItemOrNullObject(TABLES[id].name);
      const range = table.getRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
      // A navigation property: a proxy to load through, not a value read before sync.
      // eslint-disable-next-line office-addins/call-sync-before-read
      const sheet = table.worksheet;
      sheet.load("name");
      const protection = sheet.protection;
      protection.load("protected");
      const used = sheet.getUsedRangeOrNullObject();
      used.load("columnIndex,columnCount");
      // What lies below the table in its columns, down to the sheet's last row: a table grown over
      // it would overwrite it (sync.ts refuses such a write).
      const below = range.getRowsBelow(1).getBoundingRect(range.getEntireColumn().getLastRow()).getUsedRangeOrNullObject(true);
      below.load("rowIndex,columnIndex");
      // The column after the table, down to the sheet's last row: the checks' column may take it
      // only when it is empty (build-plan.ts).
      const after = range.getColumnsAfter(1);
      const beside = after.getBoundingRect(after.getEntireColumn().getLastRow()).getUsedRangeOrNullObject(true);
      beside.load("rowIndex");
      // Merged cells, empty or not, below the table or in the column after it: a table cannot hold
      // them. Excel lists only the merged areas whose first cell is in the range asked about: all
      // of the column after (an area may start above the header), and below the table from its
      // first column (one starting further left is not seen; Excel's refusal then says it).
      const merges = withMerges
        ? [range.getRowsBelow(1).getResizedRange(0, 1).getBoundingRect(after.getEntireColumn().getLastRow()), after.getEntireColumn()].map((r) => {
            const areas = r.getMergedAreasOrNullObject();
            const list = areas.areas;
            list.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
            return { areas, list };
          })
        : [];
      return { id, table, range, sheet, protection, used, below, beside, merges };
    });
    const sheetProbes = SHEET_NAMES.map((name) => {
      const sheet = wb.worksheets.getItemOrNullObject(name);
      sheet.load("name");
      const used = sheet.getUsedRangeOrNullObject();
      used.load("columnIndex,columnCount");
      return { sheet, used };
    });
    const nameItem = wb.names.getItemOrNullObject(ENTERPRISE_NUMBER_NAME);
    nameItem.load("name");
    const named = nameItem.getRangeOrNullObject();
    named.load("values");
    const stateSheet = wb.worksheets.getItemOrNullObject(STATE_SHEET);
    // A navigation property: a proxy to load through, not a value read before sync.
    // eslint-disable-next-line office-addins/call-sync-before-read
    const stateProtection = stateSheet.protection;
    stateProtection.load("protected");
    const stateRange = stateSheet.getUsedRangeOrNullObject(true);
    stateRange.load("values,columnIndex");

    await context.sync();

    const tables: Partial<Record<TableId, ExistingTable>> = {};
    let home: WorkbookState["home"] = null;
    const protectedSheets = new Set<string>();
    for (const p of probes) {
      if (p.table.isNullObject) continue;
      const existing = toExistingTable(p.id, p.sheet.name, p.range);
      if (!p.below.isNullObject) existing.firstUsedBelow = { row: p.below.rowIndex, column: p.below.columnIndex };
      existing.columnAfterFree = p.beside.isNullObject;
      const merged = p.merges.flatMap((m) => (m.areas.isNullObject ? [] : m.list.items));
      const lastColumn = existing.column + existing.columns.length - 1;
      for (const area of merged) {
        if (area.columnIndex <= lastColumn && area.columnIndex + area.columnCount - 1 >= existing.column) {
          const at = { row: area.rowIndex, column: Math.max(area.columnIndex, existing.column) };
          const first = existing.firstUsedBelow;
          if (!first || at.row < first.row || (at.row === first.row && at.column < first.column)) existing.firstUsedBelow = at;
        }
        // In the column after, from the header row down (an area ending above it is no matter).
        if (area.columnIndex + area.columnCount - 1 > lastColumn && area.rowIndex + area.rowCount - 1 >= existing.row) existing.columnAfterFree = false;
      }
      tables[p.id] = existing;
      if (p.protection.protected) protectedSheets.add(p.sheet.name);
      const current = home as WorkbookState["home"];
      if (!current || current.sheet === p.sheet.name) {
        const free = p.used.isNullObject ? 0 : p.used.columnIndex + p.used.columnCount + 1;
        home = { sheet: p.sheet.name, firstFreeColumn: Math.max(current?.firstFreeColumn ?? 0, free) };
      }
    }
    if (!home) {
      const found = sheetProbes.find((s) => !s.sheet.isNullObject);
      if (found) home = { sheet: found.sheet.name, firstFreeColumn: found.used.isNullObject ? 0 : found.used.columnIndex + found.used.columnCount + 1 };
    }

    const namedValue = named.isNullObject ? null : named.values[0]?.[0];
    const identificationNumber = tables.identification?.rows.find((r) => r.cells.key === "EnterpriseNumber")?.cells.value;
    const enterpriseNumber = textOrNull(namedValue) ?? textOrNull(identificationNumber);

    if (!stateSheet.isNullObject && stateProtection.protected) protectedSheets.add(STATE_SHEET);
    const stored = stateRange.isNullObject ? null : findSnapshot(stateRange.values, stateRange.columnIndex);
    return {
      tables,
      enterpriseNumber,
      namedEnterpriseNumber: !nameItem.isNullObject,
      snapshot: stored?.snapshot ?? { tables: {} },
      snapshotColumn: stored?.column ?? null,
      home,
      hasStateSheet: !stateSheet.isNullObject,
      protectedSheets: [...protectedSheets],
    };
  });
}

function toExistingTable(id: TableId, sheet: string, range: Excel.Range): ExistingTable {
  const headers = (range.values[0] ?? []).map((h) => String(h ?? ""));
  const columns = columnKeysOf(id, headers);
  const keyColumn = columns.indexOf("key");
  const rows: ExistingRow[] = [];
  const body = range.values.slice(1);
  body.forEach((values, index) => {
    if (values.every((v) => v === "" || v === null)) return;
    const identificationKey = keyColumn >= 0 ? String(values[keyColumn] ?? "") : undefined;
    const cells: Record<string, CellValue> = {};
    columns.forEach((key, c) => {
      cells[key] = fromExcel(values[c], columnKind(key, identificationKey));
    });
    rows.push({ index, cells, formulas: range.formulas[index + 1] ?? [], numberFormats: range.numberFormat[index + 1] ?? [] });
  });
  return { id, sheet, row: range.rowIndex, column: range.columnIndex, headers, columns, bodyRowCount: body.length, rows };
}

/** The AdminPulse link of a row read from the sheet; null for a row added by hand. */
export function linkOf(table: TableId, cells: Cells): string | null {
  if (table === "identification") {
    return isImportedSourceWord(textOrNull(cells.source)) ? textOrNull(cells.key) : null;
  }
  return textOrNull(table === "relations" ? cells.adminPulseId : cells.link);
}

function textOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

// --- the snapshot, on a very hidden sheet: one row per imported row -------------------------------

export const SNAPSHOT_VERSION = 1;

/**
 * Rows of the state sheet: ["PD_State", version], then [table, link, cells as JSON] and [table, "",
 * detached as JSON]. A third cell longer than a cell may hold goes on in rows [CONTINUED, "", more].
 */
export function encodeSnapshot(snapshot: StoredSnapshot): string[][] {
  const rows: string[][] = [["PD_State", String(SNAPSHOT_VERSION), ""]];
  // Excel refuses a cell over 32,767 characters, and the whole write with it: a row with long
  // values (a long name and a long address) would otherwise make every sync fail.
  const push = (a: string, b: string, text: string) => {
    rows.push([a, b, text.slice(0, STATE_CELL_TEXT)]);
    for (let at = STATE_CELL_TEXT; at < text.length; at += STATE_CELL_TEXT) rows.push([CONTINUED, "", text.slice(at, at + STATE_CELL_TEXT)]);
  };
  for (const [table, s] of Object.entries(snapshot.tables) as [ImportTable, TableSnapshot][]) {
    for (const [link, cells] of Object.entries(s.rows)) push(table, link, JSON.stringify(cells));
    if (s.detached.length > 0) push(table, "", JSON.stringify(s.detached));
  }
  for (const a of snapshot.annotations ?? []) push(ANNOTATION_ROW, JSON.stringify([a.sheet, a.address, a.fill]), a.note);
  return rows;
}

/** First cell of a state row that continues the third cell of the row above. */
const CONTINUED = "+";
/** Characters per state cell, under Excel's 32,767. */
const STATE_CELL_TEXT = 32_000;

/** State-sheet rows of the notes the add-in wrote: [marker, [sheet, address, fill], note text]. */
const ANNOTATION_ROW = "@annotation";

/**
 * The snapshot of the state sheet's used range (starting at column `columnIndex`): from the area
 * whose first row says "PD_State" (STATE_AREAS); null when none does (no snapshot, or only what an
 * interrupted write left in the spare area).
 */
export function findSnapshot(values: unknown[][], columnIndex: number): { snapshot: StoredSnapshot; column: number } | null {
  for (const column of STATE_AREAS) {
    const at = column - columnIndex;
    if (at < 0 || values[0]?.[at] !== "PD_State") continue;
    return { snapshot: decodeSnapshot(values.map((row) => row.slice(at, at + 3))), column };
  }
  return null;
}

export function decodeSnapshot(values: unknown[][]): StoredSnapshot {
  const tables: Record<string, { rows: Record<string, Cells>; detached: string[] }> = {};
  const annotations: CellAnnotation[] = [];
  if (values[0]?.[0] !== "PD_State") return { tables: {} };
  const joined: unknown[][] = [];
  for (const row of values.slice(1)) {
    const last = joined[joined.length - 1];
    if (row[0] === CONTINUED && last && typeof last[2] === "string" && typeof row[2] === "string") last[2] += row[2];
    else joined.push([...row]);
  }
  for (const [table, link, json] of joined) {
    if (table === ANNOTATION_ROW && typeof link === "string" && typeof json === "string") {
      try {
        const [sheet, address, fill] = JSON.parse(link) as unknown[];
        if (typeof sheet === "string" && typeof address === "string" && typeof fill === "string") annotations.push({ sheet, address, fill, note: json });
      } catch {
        // A damaged row: that note is left where it is, as if someone else had written it.
      }
      continue;
    }
    if (typeof table !== "string" || !(table in TABLES) || typeof json !== "string") continue;
    try {
      const parsed: unknown = JSON.parse(json);
      const entry = (tables[table] ??= { rows: {}, detached: [] });
      if (link === "" && Array.isArray(parsed)) entry.detached.push(...parsed.filter((x): x is string => typeof x === "string"));
      else if (typeof link === "string" && link && parsed && typeof parsed === "object") entry.rows[link] = parsed as Cells;
    } catch {
      // A damaged row of the snapshot only makes that row count as edited: the safe side.
    }
  }
  return { tables, annotations };
}
