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
  /** Body, in sheet order: constants, or the formulas of rows that are not ours to change. */
  body: ExcelCell[][];
  /**
   * Per body row, the body position it was read from (null: new to the sheet). Lets a write that
   * takes several round trips keep every row in the table once, whenever it is interrupted.
   */
  sources?: readonly (number | null)[];
  numberFormats: string[][];
  /** Body rows the table had before (to clear what a shrinking table leaves behind). */
  previousBodyRows: number;
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
}

export interface WritePlan {
  home: { sheet: string; create: boolean };
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
  annotations: { current: CellAnnotation[]; previous: CellAnnotation[] };
  /** Checks' columns written alone, in the last round trip (a sync writes them with the tables). */
  checkColumns?: CheckColumnWrite[];
}

/** Fill colour of manual rows (a soft Office yellow, readable in light and dark themes). */
export const MANUAL_ROW_FILL = "#FFF4CE";
export const TABLE_STYLE = "TableStyleLight9";
