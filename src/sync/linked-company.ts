// What the task pane shows about the company a workbook is linked to, from the workbook's own
// identification table (no AdminPulse call): name, number, legal form, last sync. Read from the
// workbook when the pane opens, and taken from the plan a sync wrote (no second read).

import { formatEnterpriseNumber, normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import type { Cells } from "../permanent-data/merge";
import type { LaidOut, LogLine, SheetContents, SheetPlan } from "../workbook/port";
import { type WorkbookLink, workbookLink } from "./link";

export interface LinkedCompany {
  /** As written in the workbook; formatted 0123.456.749 when it is a 10-digit number. */
  enterpriseNumber: string;
  name: string | null;
  legalForm: string | null;
  /** `yyyy-MM-ddTHH:mm` local time, as the sync wrote it, or null. */
  lastSync: string | null;
  /** The sheet holding the identification table: the permanent-data sheet. */
  sheet: string | null;
  /** Whether the link can be trusted (link.ts); a misdirected one links nothing. */
  link: WorkbookLink;
  /** The last few rows of PD_SyncLog, newest first: when (`yyyy-MM-ddTHH:mm` or as typed) and result. */
  recentSyncs: LogLine[];
}

const RECENT_SYNCS = 3;

export function linkedCompany(contents: SheetContents): LinkedCompany | null {
  if (!contents.enterpriseNumber) return null;
  return card(contents.enterpriseNumber, contents.tables.identification ?? [], contents.sheet, workbookLink(contents), contents.log);
}

/** The company as the workbook shows it once a sync's plan is written: linked to the number it recorded. */
export function linkedCompanyAfter(plan: SheetPlan, laidOut: LaidOut, enterpriseNumber: string): LinkedCompany {
  const rows = plan.tables?.identification ?? [];
  const shown = rows.find((r) => r.link === "EnterpriseNumber")?.cells.value;
  return card(
    shown === null || shown === undefined || shown === "" ? enterpriseNumber : String(shown),
    rows,
    laidOut.sheet,
    { kind: "linked", enterpriseNumber },
    laidOut.log,
  );
}

function card(
  shown: string,
  rows: readonly { link: string | null; cells: Cells }[],
  sheet: string | null,
  link: WorkbookLink,
  log: readonly LogLine[],
): LinkedCompany {
  // AdminPulse's fields, by their link; a row typed by hand under the same key is not AdminPulse's.
  const value = (key: string): string | null => {
    const cell = rows.find((r) => r.link === key)?.cells.value;
    return cell === null || cell === undefined || cell === "" ? null : String(cell);
  };
  const digits = normaliseEnterpriseNumber(shown);
  return {
    enterpriseNumber: digits && /^\d{10}$/.test(digits) ? formatEnterpriseNumber(digits) : shown,
    name: value("CompanyName"),
    legalForm: value("LegalForm"),
    lastSync: value("LastSync"),
    sheet,
    link,
    recentSyncs: log.slice(0, RECENT_SYNCS).map((l) => ({ ...l })),
  };
}
