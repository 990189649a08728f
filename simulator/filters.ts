// Table filters: TableColumn.filter (Excel.Filter), Table.autoFilter (Excel.AutoFilter), and the
// evaluation that hides the body rows a table's criteria reject.
//
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.filter
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.filtercriteria
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.autofilter
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.table (clearFilters, reapplyFilters)
//
// Criteria are evaluated when they are applied, cleared or reapplied, never live: a row whose
// value changes, or a row inserted, keeps its hidden flag until the next evaluation (what
// Table.reapplyFilters and AutoFilter.reapply exist for). See README.md, "Filters".

import type { Rect } from "./address";
import type { Exec, SimContext } from "./context";
import { simError } from "./errors";
import { setRowsHidden, isTableFiltered } from "./hidden-rows";
import { getCell, type CellModel, type FilterCriteriaModel, type FilterDatetimeModel, type SheetModel, type TableModel } from "./model";
import { SimObject, type Getter } from "./object";
import { resolveRangeArg, SimRange } from "./range";
import { assertWritable } from "./sheet-ops";
import { bodyRect, headerRect } from "./table-parts";
import { cellText, dateSerial, normalizeColor, serialToDate } from "./values";

export interface FilterTableTarget {
  table: TableModel;
  sheet: SheetModel;
}

export interface FilterColumnTarget extends FilterTableTarget {
  offset: number;
}

// -----------------------------------------------------------------------------------------
// Criteria

const FILTER_ON = ["Values", "Custom", "TopItems", "BottomItems", "CellColor", "FontColor"] as const;
const NOT_SIMULATED = ["BottomPercent", "TopPercent", "Dynamic", "Icon"];
const SPECIFICITIES = ["Year", "Month", "Day", "Hour", "Minute", "Second"] as const;

function invalid(what: string): never {
  throw simError("InvalidArgument", what);
}

function datetimeOf(value: unknown): FilterDatetimeModel {
  const v = value as { date?: unknown; specificity?: unknown };
  if (typeof v.date !== "string" || parseDatetime(v.date) === null) invalid(`Invalid FilterDatetime date '${String(v.date)}'.`);
  if (!SPECIFICITIES.includes(v.specificity as (typeof SPECIFICITIES)[number])) invalid(`Invalid FilterDatetime specificity '${String(v.specificity)}'.`);
  return { date: v.date, specificity: v.specificity as FilterDatetimeModel["specificity"] };
}

/** Checks FilterCriteria JSON and keeps the fields its filterOn uses (what `criteria` loads back). */
export function normalizeCriteria(input: unknown): FilterCriteriaModel {
  if (input === null || typeof input !== "object" || Array.isArray(input)) invalid("The filter criteria must be an object.");
  const c = input as Record<string, unknown>;
  const on = c.filterOn;
  if (typeof on === "string" && NOT_SIMULATED.includes(on)) throw simError("NotImplemented", `The simulator does not evaluate '${on}' filters.`);
  if (!FILTER_ON.includes(on as (typeof FILTER_ON)[number])) invalid(`Invalid filterOn '${String(on)}'.`);
  switch (on as FilterCriteriaModel["filterOn"]) {
    case "Values": {
      if (!Array.isArray(c.values)) invalid("A values filter needs `values`: strings or FilterDatetime objects.");
      const values = (c.values as unknown[]).map((v) =>
        typeof v === "string" ? v : v !== null && typeof v === "object" ? datetimeOf(v) : invalid(`Invalid filter value ${JSON.stringify(v)}.`),
      );
      return { filterOn: "Values", values };
    }
    case "Custom": {
      if (typeof c.criterion1 !== "string") invalid('A custom filter needs `criterion1`, e.g. ">50" or "=*s".');
      parseCriterion(c.criterion1);
      const out: FilterCriteriaModel = { filterOn: "Custom", criterion1: c.criterion1 };
      if (c.criterion2 !== undefined && c.criterion2 !== null && c.criterion2 !== "") {
        if (typeof c.criterion2 !== "string") invalid("`criterion2` must be a string.");
        parseCriterion(c.criterion2);
        out.criterion2 = c.criterion2;
        const op = c.operator ?? "And";
        if (op !== "And" && op !== "Or") invalid(`Invalid filter operator '${String(op)}'.`);
        out.operator = op;
      }
      return out;
    }
    case "TopItems":
    case "BottomItems": {
      const n = Number(c.criterion1);
      // Excel's Top 10 takes 1 to 500 items.
      if (typeof c.criterion1 !== "string" || !Number.isInteger(n) || n < 1 || n > 500)
        invalid("A top or bottom items filter needs `criterion1`, a count from 1 to 500.");
      return { filterOn: on as "TopItems" | "BottomItems", criterion1: String(n) };
    }
    case "CellColor":
    case "FontColor":
      return { filterOn: on as "CellColor" | "FontColor", color: normalizeColor(c.color) };
  }
}

type Op = "=" | "<>" | ">" | "<" | ">=" | "<=";

interface Criterion {
  op: Op;
  operand: string;
}

/** ">50", "=*s", "<>", "abc" (no operator: equals), as Excel's custom AutoFilter reads them. */
export function parseCriterion(text: string): Criterion {
  const m = /^(<>|>=|<=|=|>|<)?([\s\S]*)$/.exec(text) as RegExpExecArray;
  return { op: (m[1] ?? "=") as Op, operand: m[2] ?? "" };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/;

function parseDatetime(text: string): number[] | null {
  const m = DATETIME.exec(text.trim());
  if (!m) return null;
  return m.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
}

/** A numeric operand: a number, or an ISO date (its serial number). */
function numericOperand(text: string): number | null {
  const t = text.trim();
  if (NUMBER.test(t)) return Number(t);
  const d = parseDatetime(t);
  return d === null ? null : dateSerial(d[0] ?? 0, d[1] ?? 1, d[2] ?? 1, d[3], d[4], d[5]);
}

/** Excel's wildcards: * any run, ? one character, ~ escapes the next one. Case-insensitive. */
function wildcard(pattern: string): RegExp {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === "~" && i + 1 < pattern.length) {
      out += pattern.charAt(++i).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    } else if (ch === "*") out += "[\\s\\S]*";
    else if (ch === "?") out += "[\\s\\S]";
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`, "i");
}

const COLLATOR = new Intl.Collator("en", { sensitivity: "accent" });

function isBlank(cell: CellModel | undefined): boolean {
  return cell === undefined || (cell.v === "" && cell.f === undefined);
}

function matchesCriterion(cell: CellModel | undefined, c: Criterion): boolean {
  const text = cellText(cell);
  const value = cell?.v;
  if (c.op === "=" || c.op === "<>") {
    let equal: boolean;
    if (c.operand === "") equal = isBlank(cell);
    else if (/[*?]/.test(c.operand.replace(/~[\s\S]/g, ""))) equal = wildcard(c.operand).test(text);
    else {
      const n = numericOperand(c.operand);
      equal = (n !== null && typeof value === "number" && value === n) || text.toLowerCase() === c.operand.replace(/~([\s\S])/g, "$1").toLowerCase();
    }
    return c.op === "=" ? equal : !equal;
  }
  if (isBlank(cell)) return false;
  const n = numericOperand(c.operand);
  let order: number;
  if (n !== null) {
    if (typeof value !== "number") return false;
    order = value - n;
  } else {
    if (typeof value !== "string") return false;
    order = COLLATOR.compare(value, c.operand);
  }
  if (c.op === ">") return order > 0;
  if (c.op === "<") return order < 0;
  if (c.op === ">=") return order >= 0;
  return order <= 0;
}

function matchesDatetime(cell: CellModel | undefined, d: FilterDatetimeModel): boolean {
  if (typeof cell?.v !== "number") return false;
  const want = parseDatetime(d.date) as number[];
  const date = serialToDate(cell.v);
  const have = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  const depth = SPECIFICITIES.indexOf(d.specificity) + 1;
  for (let i = 0; i < depth; i++) if (have[i] !== want[i]) return false;
  return true;
}

/** A test of one column's cells under its criteria (top/bottom items look at the whole column). */
function columnTest(sheet: SheetModel, body: Rect, col: number, criteria: FilterCriteriaModel): (cell: CellModel | undefined) => boolean {
  switch (criteria.filterOn) {
    case "Values": {
      const texts = new Set<string>();
      const dates: FilterDatetimeModel[] = [];
      for (const v of criteria.values ?? []) {
        if (typeof v === "string") texts.add(v.toLowerCase());
        else dates.push(v);
      }
      return (cell) => texts.has(cellText(cell).toLowerCase()) || dates.some((d) => matchesDatetime(cell, d));
    }
    case "Custom": {
      const first = parseCriterion(criteria.criterion1 ?? "");
      if (criteria.criterion2 === undefined) return (cell) => matchesCriterion(cell, first);
      const second = parseCriterion(criteria.criterion2);
      return criteria.operator === "Or"
        ? (cell) => matchesCriterion(cell, first) || matchesCriterion(cell, second)
        : (cell) => matchesCriterion(cell, first) && matchesCriterion(cell, second);
    }
    case "TopItems":
    case "BottomItems": {
      const numbers: number[] = [];
      for (let row = body.r0; row <= body.r1; row++) {
        const v = getCell(sheet, row, col)?.v;
        if (typeof v === "number") numbers.push(v);
      }
      const top = criteria.filterOn === "TopItems";
      numbers.sort((a, b) => (top ? b - a : a - b));
      const n = Number(criteria.criterion1);
      // Ties with the last item kept are kept too, as Excel's Top 10 does.
      const threshold = numbers[Math.min(n, numbers.length) - 1];
      return (cell) => typeof cell?.v === "number" && threshold !== undefined && (top ? cell.v >= threshold : cell.v <= threshold);
    }
    case "CellColor":
      return (cell) => (cell?.fill ?? "#FFFFFF") === criteria.color;
    case "FontColor":
      return (cell) => (cell?.color ?? "#000000") === criteria.color;
  }
}

/**
 * Evaluates a table's criteria over its current body: rows that match every column's criteria are
 * shown, the others hidden. With no criteria every body row is shown (as ShowAllData).
 */
export function evaluateFilters(sheet: SheetModel, table: TableModel): void {
  const body = bodyRect(table);
  const tests: { col: number; test: (cell: CellModel | undefined) => boolean }[] = [];
  table.columnIds.forEach((id, offset) => {
    const criteria = table.filters?.[id];
    if (criteria !== undefined) tests.push({ col: table.rect.c0 + offset, test: columnTest(sheet, body, table.rect.c0 + offset, criteria) });
  });
  const flags: [number, boolean][] = [];
  for (let row = body.r0; row <= body.r1; row++) flags.push([row, !tests.every(({ col, test }) => test(getCell(sheet, row, col)))]);
  setRowsHidden(sheet, flags);
}

/** Sets (or with null clears) a column's criteria and evaluates the table's filter again. */
export function setColumnCriteria(target: FilterTableTarget, offset: number, criteria: FilterCriteriaModel | null): void {
  const { table, sheet } = target;
  assertWritable(sheet);
  const id = table.columnIds[offset] as number;
  const filters = { ...(table.filters ?? {}) };
  if (criteria === null) delete filters[id];
  else filters[id] = criteria;
  if (Object.keys(filters).length > 0) table.filters = filters;
  else delete table.filters;
  // Applying a filter turns the table's AutoFilter (its filter buttons) on.
  if (criteria !== null) table.showFilterButton = true;
  evaluateFilters(sheet, table);
}

/** Table.clearFilters: every criterion goes and every body row is shown. */
export function clearTableFilters(target: FilterTableTarget): void {
  assertWritable(target.sheet);
  delete target.table.filters;
  evaluateFilters(target.sheet, target.table);
}

/** Table.reapplyFilters, AutoFilter.reapply: the criteria evaluated again over the current body. */
export function reapplyTableFilters(target: FilterTableTarget): void {
  assertWritable(target.sheet);
  evaluateFilters(target.sheet, target.table);
}

function criteriaCopy(c: FilterCriteriaModel | undefined): FilterCriteriaModel | null {
  return c === undefined ? null : (JSON.parse(JSON.stringify(c)) as FilterCriteriaModel);
}

// -----------------------------------------------------------------------------------------
// Proxies

/** Excel.Filter (ExcelApi 1.2): the filter of one table column. */
export class SimFilter extends SimObject<FilterColumnTarget> {
  readonly _className = "Filter";

  constructor(context: SimContext, resolver: (ex: Exec) => FilterColumnTarget | null) {
    super(context, resolver);
  }

  protected override _scalars(): Record<string, Getter<FilterColumnTarget>> {
    // No filter on the column: null (the reference does not say; a choice).
    return { criteria: (t) => criteriaCopy(t.table.filters?.[t.table.columnIds[t.offset] as number]) };
  }

  get criteria(): FilterCriteriaModel | null {
    return this._read("criteria");
  }

  private _apply(method: string, args: unknown[], criteria: () => unknown): void {
    this._call(method, args, (t) => setColumnCriteria(t, t.offset, normalizeCriteria(criteria())));
  }

  apply(criteria: unknown): void {
    this._apply("apply", [criteria], () => criteria);
  }

  applyValuesFilter(values: unknown[]): void {
    this._apply("applyValuesFilter", [values], () => ({ filterOn: "Values", values }));
  }

  applyCustomFilter(criteria1: string, criteria2?: string, oper?: string): void {
    this._apply("applyCustomFilter", [criteria1, criteria2 ?? null, oper ?? null], () => ({
      filterOn: "Custom",
      criterion1: criteria1,
      criterion2: criteria2,
      operator: oper ?? undefined,
    }));
  }

  applyTopItemsFilter(count: number): void {
    this._apply("applyTopItemsFilter", [count], () => ({ filterOn: "TopItems", criterion1: String(count) }));
  }

  applyBottomItemsFilter(count: number): void {
    this._apply("applyBottomItemsFilter", [count], () => ({ filterOn: "BottomItems", criterion1: String(count) }));
  }

  applyCellColorFilter(color: string): void {
    this._apply("applyCellColorFilter", [color], () => ({ filterOn: "CellColor", color }));
  }

  applyFontColorFilter(color: string): void {
    this._apply("applyFontColorFilter", [color], () => ({ filterOn: "FontColor", color }));
  }

  applyTopPercentFilter(percent: number): void {
    this._apply("applyTopPercentFilter", [percent], () => ({ filterOn: "TopPercent", criterion1: String(percent) }));
  }

  applyBottomPercentFilter(percent: number): void {
    this._apply("applyBottomPercentFilter", [percent], () => ({ filterOn: "BottomPercent", criterion1: String(percent) }));
  }

  applyDynamicFilter(criteria: string): void {
    this._apply("applyDynamicFilter", [criteria], () => ({ filterOn: "Dynamic", dynamicCriteria: criteria }));
  }

  applyIconFilter(icon: unknown): void {
    this._apply("applyIconFilter", [icon], () => ({ filterOn: "Icon", icon }));
  }

  clear(): void {
    this._call("clear", [], (t) => setColumnCriteria(t, t.offset, null));
  }
}

/** Excel.AutoFilter (ExcelApi 1.9) of a table: its filter buttons and every column's criteria. */
export class SimAutoFilter extends SimObject<FilterTableTarget> {
  readonly _className = "AutoFilter";

  constructor(context: SimContext, resolver: (ex: Exec) => FilterTableTarget | null) {
    super(context, resolver);
  }

  protected override _scalars(): Record<string, Getter<FilterTableTarget>> {
    return {
      enabled: (t) => t.table.showFilterButton,
      isDataFiltered: (t) => isTableFiltered(t.table),
      // One entry per column, null where the column has no criteria (a choice, see README).
      criteria: (t) => t.table.columnIds.map((id) => criteriaCopy(t.table.filters?.[id])),
    };
  }

  get enabled(): boolean {
    return this._read("enabled");
  }

  get isDataFiltered(): boolean {
    return this._read("isDataFiltered");
  }

  get criteria(): (FilterCriteriaModel | null)[] {
    return this._read("criteria");
  }

  /** The range a table's AutoFilter applies to: its header row and body (not the total row). */
  private static area(table: TableModel): Rect {
    return { ...headerRect(table), r1: bodyRect(table).r1 };
  }

  apply(range: SimRange | string, columnIndex?: number, criteria?: unknown): void {
    this._call("apply", [typeof range === "string" ? range : "<Range>", columnIndex ?? null, criteria ?? null], (t, ex) => {
      const r = resolveRangeArg(ex, range, () => t.sheet);
      const area = SimAutoFilter.area(t.table);
      const whole = t.table.rect;
      const same = (x: Rect) => r.rect.r0 === x.r0 && r.rect.c0 === x.c0 && r.rect.r1 === x.r1 && r.rect.c1 === x.c1;
      if (r.sheet !== t.sheet || !(same(area) || same(whole)))
        throw simError("InvalidArgument", `A table's AutoFilter applies to the table's range only ('${t.table.name}').`);
      assertWritable(t.sheet);
      t.table.showFilterButton = true;
      if (columnIndex === undefined || columnIndex === null) return;
      if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= t.table.columnIds.length)
        throw simError("InvalidArgument", `Invalid column index ${String(columnIndex)}.`);
      if (criteria === undefined || criteria === null) return;
      setColumnCriteria(t, columnIndex, normalizeCriteria(criteria));
    });
  }

  clearColumnCriteria(columnIndex: number): void {
    this.context._core.requireApi("AutoFilter.clearColumnCriteria", "1.14");
    this._call("clearColumnCriteria", [columnIndex], (t) => {
      if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= t.table.columnIds.length)
        throw simError("InvalidArgument", `Invalid column index ${String(columnIndex)}.`);
      setColumnCriteria(t, columnIndex, null);
    });
  }

  /** "Clears the filter criteria and sort state of the AutoFilter." */
  clearCriteria(): void {
    this._call("clearCriteria", [], (t) => {
      clearTableFilters(t);
      delete t.table.sort;
    });
  }

  reapply(): void {
    this._call("reapply", [], (t) => reapplyTableFilters(t));
  }

  /** A table's AutoFilter removed: its filter buttons go, with every criterion (rows shown). */
  remove(): void {
    this._call("remove", [], (t) => {
      clearTableFilters(t);
      t.table.showFilterButton = false;
    });
  }

  getRange(): SimRange {
    return new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      if (!t.table.showFilterButton) throw simError("ItemNotFound", `The table '${t.table.name}' has no AutoFilter (showFilterButton is false).`);
      return { sheet: t.sheet, rect: SimAutoFilter.area(t.table) };
    });
  }

  getRangeOrNullObject(): SimRange {
    const range = new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null || !t.table.showFilterButton) return null;
      return { sheet: t.sheet, rect: SimAutoFilter.area(t.table) };
    });
    range._instantiate();
    return range;
  }
}
