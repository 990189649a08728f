// What a sync asks the workbook layer to write: plain data, built and checked in full before
// anything is written, so that a failure while planning leaves the workbook untouched.

import type { TableId } from "../permanent-data/tables";

export type ExcelCell = string | number | boolean;

export interface TableWrite {
  id: TableId;
  name: string;
  sheet: string;
  /** Header row, top-left cell, 0-based. */
  row: number;
  column: number;
  /** True when the table does not exist yet and is created here. */
  create: boolean;
  headers: string[];
  /**
   * Body, in sheet order: what each cell gets, or null to leave the cell as it is (the user's
   * columns, rows not ours to change, Excel's calculated column on a new row). Never a formula of
   * the user's written back: a formula moved to another row would read other cells.
   */
  body: (ExcelCell | null)[][];
  /**
   * Per body row, the body row of the table it is (0-based, as read), or null for a row new to
   * the table; increasing. The write moves rows as Excel does (row-moves.ts): rows not listed are
   * deleted, new ones inserted, so a reference to a row follows it. Absent for the add-in's own
   * tables (PD_Checks, PD_SyncLog), whose rows are rewritten in place.
   */
  fromRows?: readonly (number | null)[];
  /** Number formats, null to leave the cell's (the user's, or one that already suits the value). */
  numberFormats: (string | null)[][];
  /** Body rows the table had before, the total row not included. */
  previousBodyRows: number;
  /** Columns the table had before (it may grow a column of ours: the checks', a later one). */
  previousColumns?: number;
  /** Whether the table shows a total row: kept under the body. */
  totals?: boolean;
  /**
   * The user's filter, per column (null: none): Excel shifts no rows of a filtered table, so the
   * write clears it first and applies the same criteria once the rows are written.
   */
  filters?: readonly (Excel.FilterCriteria | null)[];
  /** Ids of the add-in's manual-row rules on the body now: put back on the whole body at every sync; the user's rules are never touched. */
  manualRules?: readonly string[];
  /**
   * Cells of the body (as read: row, column) that carry a fill of the add-in's (a finding's): a
   * row Excel inserts below one takes its formats, and must not take that fill with them.
   */
  ownFills?: readonly { row: number; column: number }[];
  /**
   * Columns kept out of sight (the identification key, the AdminPulse links: the sync needs them,
   * people do not read them), hidden when the sheet is laid out (a table created, the first sync
   * to complete); later the user's choice stands.
   */
  hiddenColumns?: readonly number[];
  /** Colour rows without an AdminPulse link (manual rows, including rows users add later). */
  manualRule: { linkColumn: number; nameColumn: number } | null;
}

/** A note and a fill the add-in puts on a cell for the checks' findings. */
export interface CellAnnotation {
  sheet: string;
  address: string;
  note: string;
  /** "" for a note alone: one an Excel without notes could not remove, for the next that can. */
  fill: string;
  /**
   * The AdminPulse link of the row the cell is on, when it has one: rows move (their notes and
   * fills with them), and a write that stopped halfway may have moved them after the snapshot that
   * places the annotation was written; the row is found again by its link, the address otherwise.
   */
  row?: string;
}

/**
 * The checks' column of one table, written on its own (Run checks, which rewrites no table): the
 * table grows into the empty column after it first when it has no such column yet.
 */
export interface CheckColumnWrite {
  /** The table's name, sheet, header row and first column, as read. */
  name: string;
  sheet: string;
  row: number;
  column: number;
  /** The table's width with the column; the column is its last when `grow`. */
  width: number;
  /** The column's position in the table. */
  at: number;
  grow: boolean;
  header: string;
  /** One text per body row, blank rows included. */
  values: string[];
  /** Whether the table shows a total row (below the body: the table's range takes it in). */
  totals?: boolean;
}

export interface WritePlan {
  dataSheet: { sheet: string; create: boolean };
  tables: TableWrite[];
  /**
   * `column`: where the snapshot that was read lives (STATE_AREAS), null when there is none.
   * Required: a snapshot written in several round trips goes into the other area, and writing
   * it over the one that was read would lose both should the write stop halfway.
   */
  state: { create: boolean; rows: string[][]; column: number | null };
  /** The workbook name PD_EnterpriseNumber, pointing at this cell. */
  enterpriseNumberName: { exists: boolean; sheet: string; row: number; column: number } | null;
  /**
   * Notes and fills for this sync's findings, and those the add-in wrote last time: a note of
   * ours that no longer applies goes; a note someone else wrote is never touched.
   */
  annotations: {
    current: CellAnnotation[];
    previous: CellAnnotation[];
    /**
     * Where the cells these annotations are on (keyed "sheet!A1", as they will be after the write)
     * are before it, when rows move: "A7", or null for a cell of a row new to the table. Absent:
     * the same address. Notes and fills are looked at there before anything is written.
     */
    before?: Readonly<Record<string, string | null>>;
  };
  /**
   * Fit every table's column widths to their contents: the first sync that completes (none has
   * left a snapshot). Later, widths are the user's: only new tables and new columns are fitted.
   */
  fitColumns?: boolean;
  /** Checks' columns written alone, in the last round trip (a sync writes them with the tables). */
  checkColumns?: CheckColumnWrite[];
}

/** Fill of a cell with a finding, by severity (light Office tones, readable in dark mode too). */
export const SEVERITY_FILLS = { error: "#FDE7E9", warning: "#FFE8CC" } as const;

/** Fill colour of manual rows (a soft Office yellow, readable in light and dark themes). */
export const MANUAL_ROW_FILL = "#FFF4CE";
export const TABLE_STYLE = "TableStyleLight9";
