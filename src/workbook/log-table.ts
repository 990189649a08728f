// PD_SyncLog: one row per sync, newest first, capped, written with the sync's own plan (no extra
// round trip). A sync that fails writes nothing (the workbook stays exactly as it was); its row
// is kept by the caller and written with the next sync that succeeds, at its own time.

import type { Language, Localized } from "../i18n/language";
import { formatEnterpriseNumber } from "../identifiers/enterprise-number";
import type { CellValue } from "../permanent-data/merge";
import { TABLES } from "../permanent-data/tables";
import { NUMBER_FORMATS, columnKind, toExcel } from "./cells";
import { ownTableWrite } from "./layout";
import type { ExcelCell, TableWrite } from "./plan";
import type { LogLine, SyncLogEntry } from "./port";
import type { ExistingTable } from "./state";

/** Rows kept: enough for a year of weekly syncs, small enough to stay out of the way. */
export const SYNC_LOG_LIMIT = 100;

const RESULT: Record<"person" | "event" | "failed", Localized> = {
  person: { en: "Synced", fr: "Synchronisé", nl: "Gesynchroniseerd" },
  event: { en: "Synced automatically", fr: "Synchronisé automatiquement", nl: "Automatisch gesynchroniseerd" },
  failed: { en: "Failed", fr: "Échec", nl: "Mislukt" },
};

function resultText(entry: SyncLogEntry, language: Language): string {
  if (!entry.failure) return RESULT[entry.startedBy][language];
  return `${RESULT.failed[language]}${language === "fr" ? " : " : ": "}${entry.failure[language]}`;
}

/** The log table to write (the new entries on top of the rows the log had, cut at the limit), and its lines as it will show them. */
export function logTableWrite(
  existing: ExistingTable | undefined,
  entries: readonly SyncLogEntry[],
  language: Language,
  at: { sheet: string; row: number; column: number },
): { write: TableWrite; lines: LogLine[] } {
  const columns = existing?.columns ?? [...TABLES.syncLog.columns];
  const fresh = entries.map((entry) => {
    const cells: Record<string, CellValue> = {
      when: entry.when,
      enterpriseNumber:
        entry.enterpriseNumber && /^\d{10}$/.test(entry.enterpriseNumber) ? formatEnterpriseNumber(entry.enterpriseNumber) : entry.enterpriseNumber,
      ...(entry.counts ?? {}),
      result: resultText(entry, language),
    };
    return {
      body: columns.map((key) => toExcel(cells[key] ?? null, columnKind(key))),
      formats: columns.map((key) => NUMBER_FORMATS[columnKind(key)]),
    };
  });
  // Earlier rows stay as they were written (or as the user left them).
  const earlier = (existing?.rows ?? []).map((r) => ({
    body: columns.map((_, c) => (r.formulas[c] ?? "") as ExcelCell),
    formats: columns.map((_, c) => String(r.numberFormats[c] ?? "General")),
  }));
  const rows = [...fresh, ...earlier].slice(0, SYNC_LOG_LIMIT);
  const lines = [...entries.map((entry) => ({ when: entry.when, result: resultText(entry, language) })), ...logLines(existing)].slice(0, SYNC_LOG_LIMIT);
  const write = ownTableWrite("syncLog", existing, rows, language, at);
  return { write, lines };
}

/** The log's rows as read, newest first: when (`yyyy-MM-ddTHH:mm`, or as typed) and the result. */
export function logLines(table: ExistingTable | undefined): LogLine[] {
  return (table?.rows ?? []).map((r) => ({
    when: r.cells.when === null || r.cells.when === undefined ? null : String(r.cells.when),
    result: String(r.cells.result ?? ""),
  }));
}
