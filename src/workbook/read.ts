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
import { STATE_SHEET, columnKeysOf } from "./layout";
import type { ExistingRow, ExistingTable, StoredSnapshot, WorkbookState } from "./state";

export const TABLE_IDS = Object.keys(TABLES) as TableId[];
const SHEET_NAMES = [...new Set(LANGUAGES.map((l) => labelsFor(l).sheetName))];

export function readWorkbook(run: ExcelRun): Promise<WorkbookState> {
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
      return { id, table, range, sheet, protection, used };
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
    const stateRange = stateSheet.getUsedRangeOrNullObject(true);
    stateRange.load("values");

    await context.sync();

    const tables: Partial<Record<TableId, ExistingTable>> = {};
    let home: WorkbookState["home"] = null;
    const protectedSheets = new Set<string>();
    for (const p of probes) {
      if (p.table.isNullObject) continue;
      const existing = toExistingTable(p.id, p.sheet.name, p.range);
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

    return {
      tables,
      enterpriseNumber,
      namedEnterpriseNumber: !nameItem.isNullObject,
      snapshot: stateRange.isNullObject ? { tables: {} } : decodeSnapshot(stateRange.values),
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

/** Rows of the state sheet: ["PD_State", version], then [table, link, cells as JSON] and [table, "", detached as JSON]. */
export function encodeSnapshot(snapshot: StoredSnapshot): string[][] {
  const rows: string[][] = [["PD_State", String(SNAPSHOT_VERSION), ""]];
  for (const [table, s] of Object.entries(snapshot.tables) as [ImportTable, TableSnapshot][]) {
    for (const [link, cells] of Object.entries(s.rows)) rows.push([table, link, JSON.stringify(cells)]);
    if (s.detached.length > 0) rows.push([table, "", JSON.stringify(s.detached)]);
  }
  return rows;
}

export function decodeSnapshot(values: unknown[][]): StoredSnapshot {
  const tables: Record<string, { rows: Record<string, Cells>; detached: string[] }> = {};
  if (values[0]?.[0] !== "PD_State") return { tables: {} };
  for (const [table, link, json] of values.slice(1)) {
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
  return { tables };
}
