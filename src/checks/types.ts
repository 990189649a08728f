// The extended checks of ../shared/permanent-data-rules.md: what they read and what they report.
//
// Checks read what the sheet shows (imported and manual rows, in model terms, any language), plus,
// after a sync, the company as AdminPulse gave it for what the tables do not show (total shares and
// votes, whether the company is a sole proprietor, the parties' countries). They are pure: no
// Office, no fetch, no clock (today is injected), and they never throw.

import type { Localized } from "../i18n/language";
import type { Severity } from "../permanent-data/labels";
import type { CellValue } from "../permanent-data/merge";
import type { PermanentData } from "../permanent-data/model";
import type { ImportTable } from "../permanent-data/rows";

export type { Severity } from "../permanent-data/labels";

/** Every check of the rules page's table, in its order (also the tie-break order of findings). */
export const CHECK_IDS = [
  "ID-01",
  "ID-02",
  "ID-03",
  "ID-04",
  "ID-05",
  "GA-01",
  "GA-02",
  "GA-03",
  "GA-04",
  "DIR-01",
  "DIR-02",
  "DIR-03",
  "DIR-04",
  "DIR-05",
  "DIR-06",
  "DIR-07",
  "DIR-12",
  "DIR-08",
  "DIR-11",
  "AUD-02",
  "AUD-03",
  "AUD-04",
  "AUD-05",
  "SH-01",
  "SH-02",
  "SH-03",
  "SH-04",
  "SH-05",
  "UBO-01",
  "UBO-02",
  "UBO-03",
  "REL-01",
  "REL-02",
  "REL-03",
  "REL-04",
  "SYNC-01",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** The tables checks read: the five tables a sync imports into. */
export type CheckTable = ImportTable;

/** Table order of findings (the order of the sheet's tables). */
export const CHECK_TABLES: readonly CheckTable[] = ["identification", "directors", "shareholders", "auditors", "relations"];

/** One body row of a table, as the sheet holds it (or will hold it after the sync being planned). */
export interface CheckRow {
  /** Position in the table body, 0-based: the row a finding points at. */
  index: number;
  /**
   * The row's AdminPulse link (`linkOf` in src/workbook/read.ts: the link / AdminPulse ID cell, or
   * for the identification table the key of a row whose Source says AdminPulse); null for a row
   * added by hand.
   */
  link: string | null;
  /** Values in the model's terms, by column key of TABLES (dates `yyyy-MM-dd` or whatever was typed). */
  cells: Readonly<Record<string, CellValue>>;
}

/** An imported row whose edited cells differ from AdminPulse and were left alone (SYNC-01). */
export interface CheckConflict {
  table: CheckTable;
  link: string;
  /** Column keys of the edited cells. */
  columns: readonly string[];
  /** True when the user chose to keep these cells while the row stays linked (pinned). */
  kept?: boolean;
}

export interface CheckInput {
  /** Rows of PD_Identification (key, field, value, source). */
  identification: readonly CheckRow[];
  directors: readonly CheckRow[];
  shareholders: readonly CheckRow[];
  auditors: readonly CheckRow[];
  relations: readonly CheckRow[];
  /**
   * From AdminPulse when a sync fetched it, for what the tables do not show: total shares (SH-02),
   * whether the company is a sole proprietor, the parties' countries and kinds. Null for "Run
   * checks" without a sync: the rules that need it stay silent.
   */
  company: PermanentData | null;
  /** SYNC-01: imported rows whose edited cells differ from AdminPulse and were left alone. */
  conflicts: readonly CheckConflict[];
  /**
   * Today, `yyyy-MM-dd`, injected (rules never read the clock). The reference date of the rules
   * page is the financial-year end shown in the sheet when it is a date, else this; GA-04 compares
   * its deadline with today itself.
   */
  today: string;
}

/**
 * Where a finding points: a cell (row and column), a whole column of a table (row null), or a
 * whole table (row and column null). Rows are CheckRow.index.
 */
export interface FindingTarget {
  table: CheckTable;
  row: number | null;
  column: string | null;
}

/**
 * Where the data behind a finding comes from, which decides where to fix it: AdminPulse for
 * imported rows, the sheet for manual rows; "mixed" for a finding about several rows of both kinds.
 */
export type FindingSource = "imported" | "manual" | "mixed";

export interface Finding {
  id: CheckId;
  severity: Severity;
  /** What is wrong, why it matters, and where to fix it, in each language. */
  message: Localized;
  /** Null when there is no cell to point at (the row the value belongs in does not exist). */
  target: FindingTarget | null;
  source: FindingSource;
}
