// What the task pane shows about the company a workbook is linked to, read from the workbook's
// own identification table (no AdminPulse call): name, number, legal form, last sync.

import { formatEnterpriseNumber, normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import type { WorkbookState } from "../workbook/state";
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
  recentSyncs: { when: string | null; result: string }[];
}

const RECENT_SYNCS = 3;

export function linkedCompany(state: WorkbookState): LinkedCompany | null {
  if (!state.enterpriseNumber) return null;
  const rows = state.tables.identification?.rows ?? [];
  const value = (key: string): string | null => {
    const cell = rows.find((r) => r.cells.key === key)?.cells.value;
    return cell === null || cell === undefined || cell === "" ? null : String(cell);
  };
  const digits = normaliseEnterpriseNumber(state.enterpriseNumber);
  return {
    enterpriseNumber: digits && /^\d{10}$/.test(digits) ? formatEnterpriseNumber(digits) : state.enterpriseNumber,
    name: value("CompanyName"),
    legalForm: value("LegalForm"),
    lastSync: value("LastSync"),
    sheet: state.tables.identification?.sheet ?? null,
    link: workbookLink(state),
    recentSyncs: (state.tables.syncLog?.rows ?? []).slice(0, RECENT_SYNCS).map((r) => ({
      when: r.cells.when === null || r.cells.when === undefined ? null : String(r.cells.when),
      result: String(r.cells.result ?? ""),
    })),
  };
}
