// Reads everything a sync needs in ONE round trip (one context.sync): every table of ours by name
// with its values, formulas and formats, the sheet it is on and that sheet's used range, the
// enterprise-number name, the snapshot of the state sheet, and the sheets a first sync could use.
// Missing things come back as null objects (getItemOrNullObject); calling methods on a null
// object yields null objects, so the whole read fits in one batch.

import { LANGUAGES } from "../i18n/language";
import { isImportedSourceWord, labelsFor } from "../permanent-data/labels";
import type { Cells, CellValue } from "../permanent-data/merge";
import { ENTERPRISE_NUMBER_NAME, TABLES, type TableId } from "../permanent-data/tables";
import { columnKind, fromExcel } from "./cells";
import type { ExcelRun } from "./excel-run";
import { STATE_SHEET, columnKeysOf } from "./layout";
import { findSnapshot, trustedAnnotations } from "./snapshot";
import type { ExistingRow, ExistingTable, WorkbookState } from "./state";

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
      sheet.load("name,visibility");
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
    // Where the name points: a link is valid only on the enterprise-number cell of PD_Identification.
    const named = nameItem.getRangeOrNullObject();
    named.load("rowIndex,columnIndex,rowCount,columnCount");
    // A navigation property: a proxy to load through, not a value read before sync.
    // eslint-disable-next-line office-addins/call-sync-before-read
    const namedSheet = named.worksheet;
    namedSheet.load("name");
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

    // The number is the one the identification table shows; the name only says whether it still
    // points there (a name re-pointed at another cell, say a very hidden one, links nothing).
    const identification = tables.identification;
    const numberRow = identification?.rows.find((r) => r.cells.key === "EnterpriseNumber");
    const valueColumn = identification?.columns.indexOf("value") ?? -1;
    const numberCell = identification && numberRow && valueColumn >= 0 ? { sheet: identification.sheet, row: identification.row + 1 + numberRow.index, column: identification.column + valueColumn } : null;
    const enterpriseNumber = textOrNull(numberRow?.cells.value);
    const nameOnNumberCell =
      !named.isNullObject &&
      numberCell !== null &&
      named.rowCount === 1 &&
      named.columnCount === 1 &&
      namedSheet.name === numberCell.sheet &&
      named.rowIndex === numberCell.row &&
      named.columnIndex === numberCell.column;
    const identificationProbe = probes.find((p) => p.id === "identification");

    if (!stateSheet.isNullObject && stateProtection.protected) protectedSheets.add(STATE_SHEET);
    const stored = stateRange.isNullObject ? null : findSnapshot(stateRange.values, stateRange.columnIndex);
    return {
      tables,
      enterpriseNumber,
      namedEnterpriseNumber: !nameItem.isNullObject,
      enterpriseNumberName: nameItem.isNullObject ? null : nameOnNumberCell ? "number-cell" : "elsewhere",
      identificationVeryHidden: identification !== undefined && identificationProbe?.sheet.visibility === "VeryHidden",
      // Notes and fills are taken back only on cells of our tables as they are now (snapshot.ts).
      snapshot: stored ? { ...stored.snapshot, annotations: trustedAnnotations(stored.snapshot.annotations ?? [], tables) } : { tables: {} },
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
