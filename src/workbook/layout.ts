// Where things are in the workbook, by name, never by position: the tables' names are fixed; their
// headers are read in any of the three languages (a sheet written in French stays readable after
// Office switches to Dutch); a column whose header is not ours is the user's, kept as it is.

import { foldText } from "../i18n/fold";
import { LANGUAGES, type Language } from "../i18n/language";
import { labelsFor } from "../permanent-data/labels";
import { TABLES, type TableId } from "../permanent-data/tables";
import type { ExcelCell, TableWrite } from "./plan";
import type { ExistingTable } from "./state";

export const STATE_SHEET = "PD_State";
/**
 * First columns of the state sheet's two areas (A:C, E:G). The snapshot is read from the one whose
 * first row says "PD_State"; a snapshot too large for one round trip is written into the other and
 * takes over only in the write's last round trip (write.ts), so an interrupted write keeps the old.
 */
export const STATE_AREAS = [0, 4] as const;
/** Prefix of the column key of a column the user added to one of our tables. */
export const EXTRA = "extra:";
/**
 * Key of the checks' column, the last of an imported table where Excel has no notes (ExcelApi
 * 1.18): the findings of each row in words. Once there, it is the add-in's and kept current.
 */
export const CHECK_COLUMN = "check";

/** The tables that may carry the checks' column: those of AdminPulse's data, not PD_Checks or the log. */
export function mayHaveCheckColumn(table: TableId): boolean {
  return table !== "checks" && table !== "syncLog";
}

/** Headers a table's column had in an earlier version, read back as that column, never written: Dutch "Duplicaat van" is now "Dubbel van". */
export const FORMER_HEADERS: { readonly [T in TableId]?: Readonly<Partial<Record<(typeof TABLES)[T]["columns"][number], readonly string[]>>> } = {
  relations: { duplicateOf: ["Duplicaat van"] },
};

const HEADER_KEYS: ReadonlyMap<TableId, ReadonlyMap<string, string>> = new Map(
  (Object.keys(TABLES) as TableId[]).map((table) => {
    const map = new Map<string, string>();
    for (const language of LANGUAGES) {
      const headers = labelsFor(language).headers[table] as Record<string, string>;
      for (const [key, text] of Object.entries(headers)) map.set(foldText(text), key);
    }
    // Headers an earlier version wrote still map to their column (never over a current header).
    for (const [key, texts] of Object.entries(FORMER_HEADERS[table] ?? {}))
      for (const text of texts ?? []) if (!map.has(foldText(text))) map.set(foldText(text), key);
    for (const key of TABLES[table].columns) map.set(foldText(key), key);
    if (mayHaveCheckColumn(table)) for (const language of LANGUAGES) map.set(foldText(labelsFor(language).checkColumn), CHECK_COLUMN);
    return [table, map];
  }),
);

/** Column keys for a table's header row; unknown headers become `extra:<position>`. */
export function columnKeysOf(table: TableId, headers: readonly unknown[]): string[] {
  const map = HEADER_KEYS.get(table)!;
  const seen = new Set<string>();
  return headers.map((header, index) => {
    const key = map.get(foldText(String(header ?? "")));
    if (!key || seen.has(key)) return `${EXTRA}${index}`;
    seen.add(key);
    return key;
  });
}

export function headerText(table: TableId, key: string, language: Language, existing?: string): string {
  if (key.startsWith(EXTRA)) return existing ?? "";
  const labels = labelsFor(language);
  const own = (labels.headers[table] as Record<string, string>)[key];
  return own ?? (key === CHECK_COLUMN ? labels.checkColumn : key);
}

/**
 * An existing table as a sync should lay it out: a column of ours it lacks (renamed or deleted by
 * hand, or added after the table was made, as PD_Shareholders' Right) is put back, appended after
 * its last column (putting it in its place would move the user's columns and every cell after it),
 * and only where the column after the table is empty (a table never grows over cells; the one
 * free column known is then taken, so nothing else grows into it this time). One per sync: the
 * others stay missing (`missing`), and the next sync puts back the next.
 */
export function withMissingColumns(existing: ExistingTable | undefined): { table: ExistingTable | undefined; restored: string | null; missing: string[] } {
  if (!existing) return { table: existing, restored: null, missing: [] };
  const missing = (TABLES[existing.id].columns as readonly string[]).filter((key) => !existing.columns.includes(key));
  if (missing.length === 0 || !existing.columnAfterFree) return { table: existing, restored: null, missing };
  const [restored, ...rest] = missing as [string, ...string[]];
  return { table: { ...existing, columns: [...existing.columns, restored], columnAfterFree: false }, restored, missing: rest };
}

/** The 0-based column index of letters "A", "B", … "AA" (either case): columnLetter's inverse. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + letter.charCodeAt(0) - 64;
  return n - 1;
}

/** "A", "B", … "AA" for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The write of one of the add-in's own tables (PD_Checks, PD_SyncLog): rewritten in place, in the
 * columns it has (its headers in the current language), where it is, or at `at` when it is new.
 */
export function ownTableWrite(
  id: "checks" | "syncLog",
  existing: ExistingTable | undefined,
  rows: readonly { body: ExcelCell[]; formats: string[] }[],
  language: Language,
  at: { sheet: string; row: number; column: number },
): TableWrite {
  const columns = existing?.columns ?? [...TABLES[id].columns];
  return {
    id,
    name: TABLES[id].name,
    ...(existing ? { sheet: existing.sheet, row: existing.row, column: existing.column } : at),
    create: !existing,
    headers: columns.map((key, c) => headerText(id, key, language, existing?.headers[c])),
    body: rows.map((r) => r.body),
    numberFormats: rows.map((r) => r.formats),
    previousBodyRows: existing?.bodyRowCount ?? 0,
    previousColumns: existing?.columns.length,
    totals: existing?.totals === true,
    filters: existing?.filters,
    manualRule: null,
  };
}
