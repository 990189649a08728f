// Table filter criteria and sort state in .xlsx table parts (xl/tables/tableN.xml), which exceljs
// does not model: it keeps only each column's filter button, writes custom filters without their
// `and` flag, drops values filters, and fails to load a table whose AutoFilter holds a Top 10,
// colour, dynamic or icon filter, or a sort state. So the simulator writes these elements into the
// parts exceljs made, and reads them itself (then hands exceljs parts without them).
//
// Elements (ECMA-376 Part 1, 18.3.2 AutoFilter Settings; 18.3.1.92 sortState): <autoFilter> holds
// one <filterColumn colId> per filtered column with <filters> (values: <filter val>, blank="1",
// <dateGroupItem>), <customFilters and> (<customFilter operator val>) or <top10 top val>; the
// table's <sortState ref> holds <sortCondition ref descending>.

import type JSZip from "jszip";
import { formatRect, parseLocalRange } from "./address";
import type { FilterCriteriaModel, FilterDatetimeModel, SortModel, TableModel } from "./model";
import { bodyRect } from "./table-parts";
import { escapeXml, unescapeXml } from "./xml-text";

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? unescapeXml(m[1] as string) : undefined;
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/**
 * The elements <tag …/> and <tag …>…</tag> of a piece of XML, found with indexOf (linear time
 * whatever the input, as cellElements in xlsx.ts). Elements of the same name must not nest.
 */
function* elements(xml: string, tag: string): Generator<{ attrs: string; content: string | null; start: number; end: number }> {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at)) {
    const next = xml.charAt(at + open.length);
    const gt = xml.indexOf(">", at);
    if (gt === -1) return;
    if (!/[\s/>]/.test(next)) {
      at = gt;
      continue;
    }
    if (xml.charAt(gt - 1) === "/") {
      yield { attrs: xml.slice(at + open.length, gt - 1), content: null, start: at, end: gt + 1 };
      at = gt + 1;
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end === -1) return;
    yield { attrs: xml.slice(at + open.length, gt), content: xml.slice(gt + 1, end), start: at, end: end + close.length };
    at = end + close.length;
  }
}

function first(xml: string, tag: string): { attrs: string; content: string | null; start: number; end: number } | undefined {
  for (const e of elements(xml, tag)) return e;
  return undefined;
}

// -----------------------------------------------------------------------------------------
// Writing

const OPERATORS: Record<string, string> = { "<>": "notEqual", ">": "greaterThan", ">=": "greaterThanOrEqual", "<": "lessThan", "<=": "lessThanOrEqual" };
const GROUPING = ["year", "month", "day", "hour", "minute", "second"];
const SPECIFICITY: FilterDatetimeModel["specificity"][] = ["Year", "Month", "Day", "Hour", "Minute", "Second"];

function customFilterXml(criterion: string): string {
  const m = /^(<>|>=|<=|=|>|<)?([\s\S]*)$/.exec(criterion) as RegExpExecArray;
  const op = m[1] === undefined || m[1] === "=" ? undefined : OPERATORS[m[1]];
  return `<customFilter${op === undefined ? "" : ` operator="${op}"`} val="${escapeXml(m[2] ?? "")}"/>`;
}

function dateGroupItemXml(d: FilterDatetimeModel): string {
  const parts = (/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(d.date) ?? []).slice(1).map((p) => Number(p ?? 0));
  const depth = SPECIFICITY.indexOf(d.specificity) + 1;
  const attrs = GROUPING.slice(0, depth).map((g, i) => ` ${g}="${parts[i] ?? 0}"`);
  return `<dateGroupItem${attrs.join("")} dateTimeGrouping="${GROUPING[depth - 1] ?? "day"}"/>`;
}

/** The content of a <filterColumn> for a column's criteria, or null when files cannot hold it. */
export function filterColumnContent(c: FilterCriteriaModel): string | null {
  switch (c.filterOn) {
    case "Values": {
      const values = c.values ?? [];
      const blank = values.includes("") ? ' blank="1"' : "";
      const items = values.map((v) => (typeof v === "string" ? (v === "" ? "" : `<filter val="${escapeXml(v)}"/>`) : dateGroupItemXml(v))).join("");
      return `<filters${blank}>${items}</filters>`;
    }
    case "Custom": {
      const and = c.criterion2 !== undefined && c.operator !== "Or" ? ' and="1"' : "";
      return `<customFilters${and}>${customFilterXml(c.criterion1 ?? "")}${c.criterion2 === undefined ? "" : customFilterXml(c.criterion2)}</customFilters>`;
    }
    case "TopItems":
    case "BottomItems":
      return `<top10${c.filterOn === "BottomItems" ? ' top="0"' : ""} val="${escapeXml(c.criterion1 ?? "")}"/>`;
    default:
      // Colour filters name a differential format (dxfId) of the styles part: not written.
      return null;
  }
}

function sortStateXml(t: TableModel, sort: SortModel): string {
  const body = bodyRect(t);
  const conditions = sort.fields.map((f) => {
    const col = t.rect.c0 + f.key;
    return `<sortCondition${f.ascending ? "" : ' descending="1"'} ref="${formatRect({ r0: body.r0, c0: col, r1: body.r1, c1: col })}"/>`;
  });
  return `<sortState${sort.matchCase ? ' caseSensitive="1"' : ""} ref="${formatRect(body)}">${conditions.join("")}</sortState>`;
}

/** Writes the filter criteria and sort state of the workbook's tables into the parts exceljs made. */
export async function writeTableFilters(zip: JSZip, tables: TableModel[]): Promise<boolean> {
  const wanted = tables.filter((t) => (t.filters !== undefined && Object.keys(t.filters).length > 0) || t.sort !== undefined);
  if (wanted.length === 0) return false;
  for (const path of Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))) {
    let xml = (await zip.file(path)?.async("string")) ?? "";
    const root = first(xml, "table");
    const name = root === undefined ? undefined : attr(root.attrs, "name");
    const t = wanted.find((x) => x.name === name);
    if (t === undefined) continue;
    const auto = first(xml, "autoFilter");
    if (auto !== undefined && auto.content !== null) {
      let inner = "";
      let last = 0;
      for (const column of elements(auto.content, "filterColumn")) {
        const id = Number(attr(column.attrs, "colId"));
        const criteria = t.filters?.[t.columnIds[id] as number];
        const content = criteria === undefined ? null : filterColumnContent(criteria);
        inner +=
          auto.content.slice(last, column.start) +
          (content === null ? auto.content.slice(column.start, column.end) : `<filterColumn colId="${id}">${content}</filterColumn>`);
        last = column.end;
      }
      inner += auto.content.slice(last);
      xml = `${xml.slice(0, auto.start)}<autoFilter${auto.attrs}>${inner}</autoFilter>${xml.slice(auto.end)}`;
    }
    if (t.sort !== undefined) xml = xml.replace("<tableColumns", `${sortStateXml(t, t.sort)}<tableColumns`);
    zip.file(path, xml);
  }
  return true;
}

// -----------------------------------------------------------------------------------------
// Reading

export interface FileTableFilters {
  /** Whether the table part has an <autoFilter> (a table without one shows no filter buttons). */
  autoFilter: boolean;
  /** Offsets of the columns whose filter button is hidden (hiddenButton). */
  hiddenButtons: Set<number>;
  /** Criteria by column offset. */
  criteria: Map<number, FilterCriteriaModel>;
  /** The sort state: conditions by sheet column. */
  sort?: { keys: { column: number; ascending: boolean }[]; matchCase: boolean };
}

const OPERATOR_SYMBOLS: Record<string, string> = {
  equal: "=",
  notEqual: "<>",
  greaterThan: ">",
  greaterThanOrEqual: ">=",
  lessThan: "<",
  lessThanOrEqual: "<=",
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function criteriaOf(content: string): FilterCriteriaModel | null {
  const values = first(content, "filters");
  if (values !== undefined) {
    const out: (string | FilterDatetimeModel)[] = [];
    for (const f of elements(values.content ?? "", "filter")) out.push(attr(f.attrs, "val") ?? "");
    for (const d of elements(values.content ?? "", "dateGroupItem")) {
      const grouping = GROUPING.indexOf(attr(d.attrs, "dateTimeGrouping") ?? "day");
      const n = (g: string, fallback: number): number => Number(attr(d.attrs, g) ?? fallback);
      const date = `${pad(n("year", 1900), 4)}-${pad(n("month", 1))}-${pad(n("day", 1))}`;
      const time = grouping >= 3 ? `T${pad(n("hour", 0))}:${pad(n("minute", 0))}:${pad(n("second", 0))}` : "";
      out.push({ date: date + time, specificity: SPECIFICITY[Math.max(0, grouping)] as FilterDatetimeModel["specificity"] });
    }
    // (Blanks) is a flag of the element: read back after the values.
    if (isTrue(attr(values.attrs, "blank"))) out.push("");
    return { filterOn: "Values", values: out };
  }
  const custom = first(content, "customFilters");
  if (custom !== undefined) {
    const parts = [...elements(custom.content ?? "", "customFilter")].map(
      (c) => `${OPERATOR_SYMBOLS[attr(c.attrs, "operator") ?? "equal"] ?? "="}${attr(c.attrs, "val") ?? ""}`,
    );
    if (parts.length === 0) return null;
    const out: FilterCriteriaModel = { filterOn: "Custom", criterion1: parts[0] as string };
    if (parts[1] !== undefined) {
      out.criterion2 = parts[1];
      out.operator = isTrue(attr(custom.attrs, "and")) ? "And" : "Or";
    }
    return out;
  }
  const top = first(content, "top10");
  if (top !== undefined && !isTrue(attr(top.attrs, "percent"))) {
    const bottom = attr(top.attrs, "top") === "0" || attr(top.attrs, "top") === "false";
    return { filterOn: bottom ? "BottomItems" : "TopItems", criterion1: String(Number(attr(top.attrs, "val") ?? "10")) };
  }
  // Percentages, colours, dynamic and icon filters: not simulated, not read.
  return null;
}

function readPart(xml: string): FileTableFilters {
  const out: FileTableFilters = { autoFilter: false, hiddenButtons: new Set(), criteria: new Map() };
  const auto = first(xml, "autoFilter");
  if (auto !== undefined) {
    out.autoFilter = true;
    for (const c of elements(auto.content ?? "", "filterColumn")) {
      const id = Number(attr(c.attrs, "colId"));
      if (isTrue(attr(c.attrs, "hiddenButton"))) out.hiddenButtons.add(id);
      const criteria = c.content === null ? null : criteriaOf(c.content);
      if (criteria !== null) out.criteria.set(id, criteria);
    }
  }
  const sort = first(xml, "sortState");
  if (sort !== undefined) {
    const keys: { column: number; ascending: boolean }[] = [];
    for (const c of elements(sort.content ?? "", "sortCondition")) {
      const ref = parseLocalRange((attr(c.attrs, "ref") ?? "").replace(/\$/g, ""));
      if (ref !== null) keys.push({ column: ref.c0, ascending: !isTrue(attr(c.attrs, "descending")) });
    }
    out.sort = { keys, matchCase: isTrue(attr(sort.attrs, "caseSensitive")) };
  }
  return out;
}

/**
 * Reads the filters and sort state of every table part, by table name, and leaves in the zip
 * parts exceljs can load: each <autoFilter> keeps its ref and its columns' hiddenButton only,
 * and a <sortState> inside it goes. Returns whether any part was changed.
 */
export async function readTableFilters(zip: JSZip): Promise<{ byName: Map<string, FileTableFilters>; changed: boolean }> {
  const byName = new Map<string, FileTableFilters>();
  let changed = false;
  for (const path of Object.keys(zip.files).filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f))) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const root = first(xml, "table");
    const name = root === undefined ? undefined : attr(root.attrs, "name");
    if (name === undefined) continue;
    byName.set(name, readPart(xml));
    const auto = first(xml, "autoFilter");
    if (auto === undefined || auto.content === null) continue;
    const kept = [...elements(auto.content, "filterColumn")].map((c) => `<filterColumn${c.attrs.replace(/\s+$/, "")}/>`).join("");
    if (kept === auto.content) continue;
    zip.file(path, `${xml.slice(0, auto.start)}<autoFilter${auto.attrs}>${kept}</autoFilter>${xml.slice(auto.end)}`);
    changed = true;
  }
  return { byName, changed };
}
