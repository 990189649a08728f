// What the workbook holds, as read in one round trip: the add-in's tables (found by name), the
// enterprise number, the snapshot of values last imported, and where new tables may go.

import type { CellValue, TableSnapshot } from "../permanent-data/merge";
import type { CellAnnotation } from "./plan";
import type { ImportTable } from "../permanent-data/rows";
import type { TableId } from "../permanent-data/tables";

export interface ExistingRow {
  /** Position in the table body (0-based), to find the row's formulas and formats again. */
  index: number;
  /** Values in the model's terms, by column key. */
  cells: Record<string, CellValue>;
  /** What the cells hold, formulas included, by position: written back unchanged where the row is not ours to change. */
  formulas: unknown[];
  numberFormats: unknown[];
}

export interface ExistingTable {
  id: TableId;
  sheet: string;
  /** Header row, top-left cell, 0-based. */
  row: number;
  column: number;
  headers: string[];
  /** Column key per position; the user's own columns are `extra:<position>`. */
  columns: string[];
  /** Body rows as Excel counts them (an empty table keeps one empty row), the total row not included. */
  bodyRowCount: number;
  /** Non-empty body rows. */
  rows: ExistingRow[];
  /** Whether the table shows a total row (the user's, kept under the body through every sync). */
  totals?: boolean;
  /** Ids of the add-in's own manual-row rules among the body's conditional formats (any other is the user's). */
  manualRules?: string[];
  /**
   * The first row (0-based) below the table where its columns hold something, with the first such
   * column; absent when nothing is below it. The table cannot grow past that row.
   */
  firstUsedBelow?: { row: number; column: number };
  /** Whether the column after the table is empty from its header row down: the table may grow into it. */
  columnAfterFree?: boolean;
  /** The user's filter, when it filters anything: the criteria of each column (null: none). */
  filters?: (Excel.FilterCriteria | null)[];
}

export interface StoredSnapshot {
  tables: Partial<Record<ImportTable, TableSnapshot>>;
  /** The notes and fills the add-in put on cells for the checks, last sync. */
  annotations?: CellAnnotation[];
  /**
   * The enterprise number last synced into the workbook, 10 digits as the sync normalises it; null
   * or absent when none is recorded (a state from before it was, or one that was not readable).
   */
  enterpriseNumber?: string | null;
}

export interface SheetState {
  tables: Partial<Record<TableId, ExistingTable>>;
  /** The enterprise number the identification table shows, as typed. */
  enterpriseNumber: string | null;
  /** Whether the workbook name PD_EnterpriseNumber exists. */
  namedEnterpriseNumber: boolean;
  /**
   * Where that name points: the identification table's enterprise-number cell, or anywhere else
   * (another cell, a constant, a deleted range); null without the name. Only the first links.
   */
  enterpriseNumberName: "number-cell" | "elsewhere" | null;
  /** Whether the identification table sits on a very hidden sheet (only code can put it there). */
  identificationVeryHidden: boolean;
  snapshot: StoredSnapshot;
  /** The first column of the state sheet's area that holds the snapshot (STATE_AREAS); null without one. */
  snapshotColumn?: number | null;
  /** The sheet that holds our tables, or null when there is none yet. */
  dataSheet: { sheet: string; firstFreeColumn: number } | null;
  /** Whether the state sheet exists already. */
  hasStateSheet: boolean;
  /** Sheets a write would need and that are protected. */
  protectedSheets: string[];
}
