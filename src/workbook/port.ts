// The one door between the sync and the workbook. The sync speaks the model: rows by AdminPulse
// link with the cells of the model's columns, findings by table, row and column, log entries, the
// snapshot of what was imported. Everything that knows cells, addresses, headers in three
// languages, Source words, number formats, the snapshot's encoding, and Excel's errors and limits
// is behind it, in this folder.
//
// A sync reads (`read`, one round trip), plans in model terms, has the plan laid out in cells
// (`layOut`, pure: where every finding's cell will be, and a refusal before anything is written
// when the workbook cannot take the plan whole), then writes it (`apply`, one more round trip).

import type { Finding } from "../checks/types";
import type { Language, Localized } from "../i18n/language";
import type { Cells, TableSnapshot } from "../permanent-data/merge";
import type { ImportTable } from "../permanent-data/rows";
import { contentsOf } from "./contents";
import type { ExcelRun } from "./excel-run";
import { layOut } from "./lay-out";
import type { WritePlan } from "./plan";
import { readWorkbook } from "./read";
import { refusing } from "./refusal";
import { selectCell } from "./select";
import { type ApplyOptions, applyPlan } from "./write";

export { SheetRefusal, type Refusal } from "./refusal";

/** A row of one of AdminPulse's tables as the sheet holds it (rows left empty are not rows). */
export interface RowRead {
  /** The AdminPulse link (what the Source and link cells say); null for a row typed by hand. */
  link: string | null;
  /** The model's columns, whatever language the headers are in, and the user's own columns as `extra:<n>`. */
  cells: Cells;
  /** The row, for the workbook to find it again; opaque to the sync. */
  ref: number;
  /** What people call the row: its name, or the identification field; "" when it shows none. */
  label: string;
}

/** What was imported last, as the workbook remembers it (no secrets). */
export interface ImportSnapshot {
  tables: Partial<Record<ImportTable, TableSnapshot>>;
  /** The enterprise number last synced, 10 digits; null or absent when none is recorded. */
  enterpriseNumber?: string | null;
}

/** What the workbook holds, in the model's terms. */
export interface SheetContents {
  tables: Partial<Record<ImportTable, readonly RowRead[]>>;
  snapshot: ImportSnapshot;
  /** The enterprise number the identification table shows, as typed. */
  enterpriseNumber: string | null;
  /** Where the name PD_EnterpriseNumber points: the number cell, anywhere else, or nowhere (no name). */
  enterpriseNumberName: "number-cell" | "elsewhere" | null;
  /** Whether the identification table sits on a very hidden sheet (only code can put it there). */
  identificationVeryHidden: boolean;
  /** The sheet of the identification table (the permanent-data sheet); null before a first sync. */
  sheet: string | null;
  /** PD_SyncLog's rows, newest first: when (`yyyy-MM-ddTHH:mm`, or as typed) and the result, as shown. */
  log: readonly LogLine[];
}

export interface LogLine {
  when: string | null;
  result: string;
}

/** A row as the sheet will show it after the write. */
export interface PlannedRow {
  link: string | null;
  cells: Cells;
  /** The row read it is (`RowRead.ref`); null for a row new to the table. */
  ref: number | null;
  /** Not a cell of it is written but the add-in's bookkeeping: a manual row, or one left alone. */
  untouched: boolean;
  /** Columns whose cells stay as the sheet has them (the user's kept values, the row still linked). */
  keep?: readonly string[];
}

/** One row of PD_SyncLog. */
export interface SyncLogEntry {
  /** Local time, `yyyy-MM-ddTHH:mm`. */
  when: string;
  /** 10 digits, or as typed; null when there was none. */
  enterpriseNumber: string | null;
  counts: { added: number; updated: number; removed: number; keptManual: number; conflicts: number } | null;
  startedBy: "person" | "event";
  /** Null for a sync that succeeded; the user's message for one that failed. */
  failure: Localized | null;
}

/** What to write, in the model's terms. */
export interface SheetPlan {
  language: Language;
  /** Per table, every row in the order the sheet will show them; null to rewrite no table (Run checks). */
  tables: Readonly<Record<ImportTable, readonly PlannedRow[]>> | null;
  /** The checks' findings; a target's row is a position in `tables` (without them, in the rows read). */
  findings: readonly Finding[];
  /** New rows for PD_SyncLog, newest first. */
  log: readonly SyncLogEntry[];
  /** What to remember of this import; null keeps the snapshot read. */
  snapshot: ImportSnapshot | null;
}

/** A finding as the task pane lists it: where its cell is, by sheet and A1 address. */
export interface FindingView {
  /** The check's id, for example "DIR-04". */
  id: string;
  severity: Finding["severity"];
  /** What is wrong, why it matters and where to fix it. */
  message: Localized;
  /** The cell it concerns, or null when there is none to point at. */
  cell: { sheet: string; address: string } | null;
  /** True when it concerns a whole column or table: the cell is the header's. */
  whole?: boolean;
  /** Where, in words: "Role of Claire Fontaine (Directors)", "Shares (Shareholders)"; null without a target. */
  where: Localized | null;
}

/** What the layout repaired, or could not, in a table changed by hand: said in the sync's summary. */
export type Repair =
  /** A column of ours was missing (renamed, deleted, or new in this version): appended after the table's last column. */
  | { kind: "column-restored"; table: string; column: string }
  /** A column of ours is missing, and the column after the table is in use: AdminPulse's values for it are not shown. */
  | { kind: "column-missing"; table: string; column: string }
  /** A table synced before was not found (deleted, renamed, converted to a range): created again at `cell` ("Sheet!A1"). */
  | { kind: "table-created-again"; table: string; cell: string };

/** A plan laid out in cells, ready to write. */
export interface LaidOut {
  /** The findings with their cells, as the sheet will be. */
  findings: FindingView[];
  /** The permanent-data sheet, as it will be. */
  sheet: string;
  /** PD_SyncLog as it will be, newest first. */
  log: LogLine[];
  /** Tables the write repairs, or cannot. */
  repairs: Repair[];
  /** For `apply`; opaque to the sync. */
  readonly write: WritePlan;
}

export interface WorkbookPort {
  /** What the workbook holds (one round trip). */
  read(): Promise<SheetContents>;
  /** The plan in cells over what was read; a `SheetRefusal` when the workbook cannot take it whole. */
  layOut(contents: SheetContents, plan: SheetPlan): LaidOut;
  /** Writes it (one round trip; a few more only above Excel's request-size cap). */
  apply(laidOut: LaidOut): Promise<void>;
  /** Shows a cell: activates its sheet and selects it. */
  select(cell: { sheet: string; address: string }): Promise<void>;
  /** Whether this Excel has cell notes (ExcelApi 1.18); without, the checks get a column in the tables. */
  readonly notes: boolean;
  /**
   * Cell changes made by anyone but the add-in since the session began (events.ts), when the host
   * reports them: a sync that sees the count move between its read and its write reads again, so
   * that what was typed meanwhile is kept.
   */
  readonly changes?: { readonly count: number };
}

export function excelWorkbook(run: ExcelRun, options: ApplyOptions = {}): WorkbookPort {
  const notes = options.notes ?? true;
  return {
    read: () => refusing(async () => contentsOf(await readWorkbook(run))),
    layOut: (contents, plan) => layOut(contents, plan, { notes }),
    apply: (laidOut) => refusing(() => applyPlan(run, laidOut.write, options)),
    select: (cell) => refusing(() => selectCell(run, cell)),
    notes,
  };
}
