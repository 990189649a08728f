// Reads everything a sync needs, in ONE round trip (one context.sync) where Excel allows it: every
// table of ours by name with its values, formulas and formats, whether it shows a total row (the
// user's: never read as a row), the add-in's manual-row rule among the body's conditional formats
// (the others are the user's), the sheet it is on and that sheet's
// used range, the enterprise-number name, the snapshot of the state sheet, and the sheets a first
// sync could use. Missing things are looked up as null objects (getItemOrNullObject), and the read
// calls methods on them before the sync tells whether they exist: null objects then give null
// objects. Microsoft documents only isNullObject after a sync, so an Excel that refuses the rest
// gets a read that syncs the look-ups first (one more round trip).

import { LANGUAGES } from "../i18n/language";
import { textOf } from "../permanent-data/cell-text";
import { isImportedSourceWord, labelsFor } from "../permanent-data/labels";
import type { Cells, CellValue } from "../permanent-data/merge";
import type { ImportTable } from "../permanent-data/rows";
import { ENTERPRISE_NUMBER_NAME, TABLES, type TableId } from "../permanent-data/tables";
import { columnKind, fromExcel } from "./cells";
import type { ExcelRun } from "./excel-run";
import { columnFormulaCells } from "./formula-pattern";
import { EXTRA, STATE_SHEET, columnKeysOf } from "./layout";
import { MANUAL_ROW_FILL } from "./plan";
import { findSnapshot, trustedAnnotations } from "./snapshot";
import type { ExistingRow, ExistingTable, SheetState } from "./state";

export const TABLE_IDS = Object.keys(TABLES) as TableId[];
const SHEET_NAMES = [...new Set(LANGUAGES.map((l) => labelsFor(l).sheetName))];

/** Hosts (run functions) that refused the one-round-trip read: they refuse it again. */
const resolvesFirst = new WeakSet<ExcelRun>();

/**
 * The workbook as a sync needs it, in one round trip. Excel fails a request for merged cells
 * when a range holds more than 512 merged areas, and with it the whole round trip: the read is
 * then asked again without them (one more round trip, on such a sheet only; Excel still refuses
 * to grow a table over merged cells, which the sync reports). When that fails too, the read syncs
 * its look-ups first; once that worked, the host is taken to refuse methods of unresolved null
 * objects, and its later reads start there. A read changes nothing, so asking again is safe.
 */
export async function readWorkbook(run: ExcelRun): Promise<SheetState> {
  if (!resolvesFirst.has(run)) {
    for (const withMerges of [true, false]) {
      try {
        return await run((context) => readAtOnce(context, withMerges));
      } catch {
        // Asked again below.
      }
    }
  }
  const state = await run(readResolvingFirst);
  resolvesFirst.add(run);
  return state;
}

async function readAtOnce(context: Excel.RequestContext, withMerges: boolean): Promise<SheetState> {
  const found = lookUp(context.workbook);
  const probes = probe(found, withMerges, () => true);
  await context.sync();
  return interpret(found, probes);
}

/** Two round trips (three on a sheet with too many merged areas); no method of an unresolved null object. */
async function readResolvingFirst(context: Excel.RequestContext): Promise<SheetState> {
  const found = lookUp(context.workbook);
  await context.sync();
  const exists = (o: { isNullObject: boolean }) => !o.isNullObject;
  let probes = probe(found, true, exists);
  try {
    await context.sync();
  } catch {
    probes = probe(found, false, exists);
    await context.sync();
  }
  return interpret(found, probes);
}

interface Lookups {
  tables: { id: TableId; table: Excel.Table }[];
  sheets: Excel.Worksheet[];
  name: Excel.NamedItem;
  stateSheet: Excel.Worksheet;
}

/** The null-object look-ups, with what loads through them (a load is valid before any sync). */
function lookUp(wb: Excel.Workbook): Lookups {
  const sheets = SHEET_NAMES.map((name) => wb.worksheets.getItemOrNullObject(name).load("name"));
  const name = wb.names.getItemOrNullObject(ENTERPRISE_NUMBER_NAME).load("name");
  const stateSheet = wb.worksheets.getItemOrNullObject(STATE_SHEET).load("protection/protected");
  return { tables: TABLE_IDS.map((id) => ({ id, table: wb.tables.getItemOrNullObject(TABLES[id].name) })), sheets, name, stateSheet };
}

interface TableProbe {
  id: TableId;
  table: Excel.Table;
  range: Excel.Range;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  below: Excel.Range;
  beside: Excel.Range;
  merges: Excel.RangeAreas[];
  rules: Excel.ConditionalFormatCollection;
  filter: Excel.AutoFilter;
}

interface Probes {
  tables: TableProbe[];
  sheets: { sheet: Excel.Worksheet; used: Excel.Range | null }[];
  named: Excel.Range | null;
  stateRange: Excel.Range | null;
}

/** Queues what is read through the look-ups, skipping those `exists` says are missing. */
function probe(found: Lookups, withMerges: boolean, exists: (o: { isNullObject: boolean }) => boolean): Probes {
  const tables = found.tables.filter((t) => exists(t.table)).map(({ id, table }) => probeTable(id, table, withMerges));
  const sheets = found.sheets.map((sheet) => ({ sheet, used: exists(sheet) ? sheet.getUsedRangeOrNullObject().load("columnIndex,columnCount") : null }));
  // Where the name points: a link is valid only on the enterprise-number cell of PD_Identification.
  const named = exists(found.name) ? found.name.getRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount,worksheet/name") : null;
  const stateRange = exists(found.stateSheet) ? found.stateSheet.getUsedRangeOrNullObject(true).load("values,columnIndex") : null;
  return { tables, sheets, named, stateRange };
}

function probeTable(id: TableId, table: Excel.Table, withMerges: boolean): TableProbe {
  // The whole table, total row included (its last row when showTotals): the body is read without it.
  table.load("showTotals");
  const range = table.getRange();
  range.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
  // The body's conditional formats, to tell the add-in's manual-row rule from the user's rules.
  // `customOrNullObject`: `custom` of a rule of another type (a colour scale) would fail the read.
  const rules = table
    .getDataBodyRange()
    .conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color");
  // A navigation property: a proxy to load through, not a value read before sync.
  const sheet = table.worksheet;
  sheet.load("name,visibility,protection/protected");
  const used = sheet.getUsedRangeOrNullObject().load("columnIndex,columnCount");
  // What lies below the table in its columns, down to the sheet's last row: a table grown over
  // it would overwrite it (sync.ts refuses such a write).
  const below = range.getRowsBelow(1).getBoundingRect(range.getEntireColumn().getLastRow()).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex");
  // The column after the table, down to the sheet's last row: the checks' column may take it
  // only when it is empty (build-plan.ts).
  const after = range.getColumnsAfter(1);
  const beside = after.getBoundingRect(after.getEntireColumn().getLastRow()).getUsedRangeOrNullObject(true).load("rowIndex");
  // Merged cells, empty or not, below the table or in the column after it: a table cannot hold
  // them. Excel lists only the merged areas whose first cell is in the range asked about: all
  // of the column after (an area may start above the header), and below the table from its
  // first column (one starting further left is not seen; Excel's refusal then says it).
  const merges = withMerges
    ? [range.getRowsBelow(1).getResizedRange(0, 1).getBoundingRect(after.getEntireColumn().getLastRow()), after.getEntireColumn()].map((r) =>
        r.getMergedAreasOrNullObject().load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount"),
      )
    : [];
  // The user's filter (ExcelApi 1.9): a filtered table's rows cannot be inserted or deleted, so
  // the write takes the filter off and puts the same criteria back (write.ts).
  const filter = table.autoFilter.load("isDataFiltered,criteria");
  return { id, table, range, sheet, used, below, beside, merges, rules, filter };
}

/** The rule write.ts adds to colour manual rows: a custom rule `=AND($X2="",$Y2<>"")` with MANUAL_ROW_FILL. */
const MANUAL_RULE = /^=AND\(\$[A-Z]{1,3}\$?\d+\s*=\s*"",\s*\$[A-Z]{1,3}\$?\d+\s*<>\s*""\)$/i;

function manualRulesOf(rules: Excel.ConditionalFormatCollection): string[] {
  if (rules.isNullObject) return [];
  return rules.items
    .filter((r) => {
      const custom = r.customOrNullObject;
      return (
        String(r.type) === "Custom" &&
        !custom.isNullObject &&
        typeof custom.rule.formula === "string" &&
        MANUAL_RULE.test(custom.rule.formula.trim()) &&
        String(custom.format.fill.color ?? "").toUpperCase() === MANUAL_ROW_FILL
      );
    })
    .map((r) => r.id);
}

/** Each column's criteria, null where the column filters nothing. */
function filtersOf(criteria: readonly Excel.FilterCriteria[] | null | undefined, width: number): (Excel.FilterCriteria | null)[] {
  return Array.from({ length: width }, (_, c) => {
    const one = criteria?.[c];
    return one && typeof one.filterOn === "string" && String(one.filterOn) !== "" ? one : null;
  });
}

/** The workbook state from what the sync brought back. */
function interpret(found: Lookups, probes: Probes): SheetState {
  const tables: Partial<Record<TableId, ExistingTable>> = {};
  let dataSheet: SheetState["dataSheet"] = null;
  const protectedSheets = new Set<string>();
  for (const p of probes.tables) {
    if (p.table.isNullObject) continue;
    const existing = toExistingTable(p.id, p.sheet.name, p.range, p.table.showTotals === true);
    existing.manualRules = manualRulesOf(p.rules);
    if (p.filter.isDataFiltered) existing.filters = filtersOf(p.filter.criteria, existing.columns.length);
    if (!p.below.isNullObject) existing.firstUsedBelow = { row: p.below.rowIndex, column: p.below.columnIndex };
    existing.columnAfterFree = p.beside.isNullObject;
    const merged = p.merges.flatMap((m) => (m.isNullObject ? [] : m.areas.items));
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
    if (p.sheet.protection.protected) protectedSheets.add(p.sheet.name);
    const current = dataSheet as SheetState["dataSheet"];
    if (!current || current.sheet === p.sheet.name) {
      const free = p.used.isNullObject ? 0 : p.used.columnIndex + p.used.columnCount + 1;
      dataSheet = { sheet: p.sheet.name, firstFreeColumn: Math.max(current?.firstFreeColumn ?? 0, free) };
    }
  }
  if (!dataSheet) {
    const found = probes.sheets.find((s) => !s.sheet.isNullObject);
    if (found)
      dataSheet = {
        sheet: found.sheet.name,
        firstFreeColumn: !found.used || found.used.isNullObject ? 0 : found.used.columnIndex + found.used.columnCount + 1,
      };
  }

  // The number is the one the identification table shows; the name only says whether it still
  // points there (a name re-pointed at another cell, say a very hidden one, links nothing).
  const identification = tables.identification;
  const numberRow = identification?.rows.find((r) => r.cells.key === "EnterpriseNumber");
  const valueColumn = identification?.columns.indexOf("value") ?? -1;
  const numberCell =
    identification && numberRow && valueColumn >= 0
      ? { sheet: identification.sheet, row: identification.row + 1 + numberRow.index, column: identification.column + valueColumn }
      : null;
  const enterpriseNumber = textOf(numberRow?.cells.value);
  const named = probes.named;
  const nameOnNumberCell =
    named !== null &&
    !named.isNullObject &&
    numberCell !== null &&
    named.rowCount === 1 &&
    named.columnCount === 1 &&
    named.worksheet.name === numberCell.sheet &&
    named.rowIndex === numberCell.row &&
    named.columnIndex === numberCell.column;
  const identificationProbe = probes.tables.find((p) => p.id === "identification");

  const { name, stateSheet } = found;
  if (!stateSheet.isNullObject && stateSheet.protection.protected) protectedSheets.add(STATE_SHEET);
  const stateRange = probes.stateRange;
  const stored = stateRange === null || stateRange.isNullObject ? null : findSnapshot(stateRange.values, stateRange.columnIndex);
  return {
    tables,
    enterpriseNumber,
    namedEnterpriseNumber: !name.isNullObject,
    enterpriseNumberName: name.isNullObject ? null : nameOnNumberCell ? "number-cell" : "elsewhere",
    identificationVeryHidden: identification !== undefined && identificationProbe?.sheet.visibility === "VeryHidden",
    // Notes and fills are taken back only on cells of our tables as they are now (snapshot.ts).
    snapshot: stored ? { ...stored.snapshot, annotations: trustedAnnotations(stored.snapshot.annotations ?? [], tables) } : { tables: {} },
    snapshotColumn: stored?.column ?? null,
    dataSheet,
    hasStateSheet: !stateSheet.isNullObject,
    protectedSheets: [...protectedSheets],
  };
}

function toExistingTable(id: TableId, sheet: string, range: Excel.Range, totals: boolean): ExistingTable {
  const headers = (range.values[0] ?? []).map((h) => String(h ?? ""));
  const columns = columnKeysOf(id, headers);
  const keyColumn = columns.indexOf("key");
  const rows: ExistingRow[] = [];
  // The body: between the header row and the total row, which is the user's (Excel's Total Row).
  const last = totals && range.values.length > 2 ? range.values.length - 1 : range.values.length;
  const body = range.values.slice(1, last);
  // A user's column holding one formula on every row (Excel's calculated column): that formula is
  // the column's, not something typed on the row.
  const extras = columns.flatMap((key, c) => (key.startsWith(EXTRA) ? [c] : []));
  const columnFormula = columnFormulaCells(range.formulas.slice(1, last), range.rowIndex + 1, range.columnIndex, extras);
  body.forEach((values, index) => {
    const ofColumn = (c: number) => columnFormula[index]?.[c] === true;
    if (values.every((v, c) => v === "" || v === null || ofColumn(c))) return;
    const identificationKey = keyColumn >= 0 ? String(values[keyColumn] ?? "") : undefined;
    const cells: Record<string, CellValue> = {};
    columns.forEach((key, c) => {
      cells[key] = ofColumn(c) ? null : fromExcel(values[c], columnKind(key, identificationKey));
    });
    rows.push({ index, cells, formulas: range.formulas[index + 1] ?? [], numberFormats: range.numberFormat[index + 1] ?? [] });
  });
  return { id, sheet, row: range.rowIndex, column: range.columnIndex, headers, columns, bodyRowCount: body.length, rows, totals };
}

/** The columns that tell a row imported from AdminPulse from one typed by hand (linkOf): without them, every row reads as typed. */
export const LINK_COLUMNS: Readonly<Record<ImportTable, readonly string[]>> = {
  identification: ["key", "source"],
  directors: ["link"],
  shareholders: ["link"],
  auditors: ["link"],
  relations: ["adminPulseId"],
};

/** The AdminPulse link of a row read from the sheet; null for a row added by hand. */
export function linkOf(table: TableId, cells: Cells): string | null {
  if (table === "identification") {
    return isImportedSourceWord(textOf(cells.source)) ? textOf(cells.key) : null;
  }
  return textOf(table === "relations" ? cells.adminPulseId : cells.link);
}
