// The extended checks (../shared/permanent-data-rules.md, "The extended checks"): every rule over
// what the sheet shows, findings sorted by severity, table and row.
//
// Building the input (src/sync/annotate.ts, for a sync and for Run checks)
// - After a sync: per import table, the rows as the sheet will show them, in model terms (the
//   plan's rows, LastSync included): `{ index: position in the table, link, cells }`. `company`
//   is the PermanentData the sync mapped; `conflicts` are the summary's conflicts whose outcome is
//   "left-alone" (`{ table, link, columns }`); `today` the local date of the sync.
// - "Run checks" without a sync: the rows read, the same way; `company: null`; `conflicts: []`.
// - From PermanentData alone (tests, the sandbox seed): checkInputFromData.

import type { PermanentData } from "../permanent-data/model";
import { toTableRows } from "../permanent-data/rows";
import { auditorChecks } from "./auditors";
import { buildContext, type Context } from "./context";
import { directorChecks } from "./directors";
import { identificationChecks } from "./identification";
import { meetingChecks } from "./meeting";
import { relationChecks } from "./relations";
import { shareholderChecks } from "./shareholders";
import { syncChecks } from "./sync";
import { uboChecks } from "./ubo";
import { CHECK_IDS, CHECK_TABLES, type CheckConflict, type CheckInput, type CheckRow, type Finding } from "./types";

export * from "./types";
export { buildContext } from "./context";

/** The rule families, in the rules page's order. Each is pure and reads only the context. */
export const CHECK_FAMILIES: readonly ((ctx: Context) => Finding[])[] = [
  identificationChecks,
  meetingChecks,
  directorChecks,
  auditorChecks,
  shareholderChecks,
  uboChecks,
  relationChecks,
  syncChecks,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Severity, then table (the sheet's order; findings with no table last), then row (whole-table first), then check, column, message. */
export function compareFindings(a: Finding, b: Finding): number {
  const tableOf = (f: Finding) => (f.target ? CHECK_TABLES.indexOf(f.target.table) : CHECK_TABLES.length);
  const rowOf = (f: Finding) => f.target?.row ?? -1;
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    tableOf(a) - tableOf(b) ||
    rowOf(a) - rowOf(b) ||
    CHECK_IDS.indexOf(a.id) - CHECK_IDS.indexOf(b.id) ||
    (a.target?.column ?? "").localeCompare(b.target?.column ?? "") ||
    a.message.en.localeCompare(b.message.en)
  );
}

/**
 * Every check over the input. Never throws: input that is not what the types say is read as
 * empty, and a rule that fails anyway (a bug) reports nothing rather than stopping the others.
 */
export function runChecks(input: CheckInput): Finding[] {
  let ctx: Context;
  try {
    ctx = buildContext(input);
  } catch {
    return [];
  }
  const findings: Finding[] = [];
  for (const family of CHECK_FAMILIES) {
    try {
      findings.push(...family(ctx));
    } catch {
      // See above: one family failing must not hide the others' findings.
    }
  }
  return findings.sort(compareFindings);
}

/** The rows a table shows for PermanentData, as checks read them (English words, body order). */
export function checkInputFromData(data: PermanentData, options: { today: string; conflicts?: readonly CheckConflict[] }): CheckInput {
  const rows = toTableRows(data, "en");
  const toCheck = (list: readonly { link: string; cells: CheckRow["cells"] }[]): CheckRow[] =>
    list.map((r, index) => ({ index, link: r.link, cells: r.cells }));
  return {
    identification: toCheck(rows.identification),
    directors: toCheck(rows.directors),
    shareholders: toCheck(rows.shareholders),
    auditors: toCheck(rows.auditors),
    relations: toCheck(rows.relations),
    company: data,
    conflicts: options.conflicts ?? [],
    today: options.today,
  };
}
