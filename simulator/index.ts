// An in-memory Excel for tests and the workbench: the part of the Excel JavaScript API the
// add-in uses, with the semantics that bite (see README.md). No Node imports here: the core runs
// in the browser too; xlsx files are in ./xlsx.

import { intersects, parseAddress, type Rect } from "./address";
import type { ChangeRecord } from "./context";
import { SimCore, type FailAt, type SimulatorOptions } from "./core";
import { mergeContaining, mergesIntersecting } from "./merges";
import { cloneWorkbook, findSheetByName, getCell, updateCell, type WorkbookState } from "./model";
import { createOffice, type SimOffice } from "./office";
import {
  cellInfo,
  hiddenRowNumbers,
  nameInfos,
  sheetInfos,
  snapshotOf,
  tableInfo,
  type CellInfo,
  type NameInfo,
  type SheetInfo,
  type TableInfo,
  type WorkbookSnapshot,
} from "./inspect";
import { decodeSettingValue } from "./settings";
import { copyRowStyle, gridAccessor, normalizeHeaders, normalizeHeadersIn } from "./sheet-ops";
import { applyParsed, cellValue, parseInput } from "./values";

export type { FailAt, SimulatorOptions } from "./core";
export type { CellInfo, NameInfo, SheetInfo, TableInfo, WorkbookSnapshot } from "./inspect";
export type { WorkbookState } from "./model";
export type { SimOffice } from "./office";
export { SimulatorError, isSimulatorError, type SimErrorCode } from "./errors";
export { COMMAND_OVERHEAD_BYTES } from "./context";
export { DEFAULT_MAX_PAYLOAD_BYTES, DEFAULT_REQUIREMENT_SETS } from "./core";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run's forms: a batch, or options (RunOptions), a context or proxies, then a batch. */
export interface ExcelRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(
    previous: Excel.RunOptions | OfficeExtension.ClientRequestContext | OfficeExtension.ClientObject | OfficeExtension.ClientObject[],
    batch: Batch<T>,
  ): Promise<T>;
}

export interface EditOptions {
  /** "Remote": a co-author's edit. Default "Local". */
  source?: "Local" | "Remote";
}

export interface ExcelSimulator {
  /** Like Excel.run: a new request context per call; what the batch leaves queued is synced at the end. */
  run: ExcelRun;
  /** context.sync() calls that went to "Excel" (syncs with at least one queued command). */
  readonly syncCount: number;
  /** Commands (loads, property writes, method calls) sent to "Excel". */
  readonly commandCount: number;
  resetCounters(): void;
  /** Fault injection, counted against syncCount / commandCount; settable at any time. */
  failAt: FailAt | undefined;
  /** The `strictNullObjects` option, settable at any time. */
  strictNullObjects: boolean;
  readonly office: SimOffice;

  // Inspection (not Excel API)
  sheets(): SheetInfo[];
  cell(sheet: string, address: string): CellInfo;
  table(name: string): TableInfo | null;
  /** Hidden rows of a sheet (by a person or a filter), as 1-based row numbers. */
  hiddenRows(sheet: string): number[];
  snapshot(): WorkbookSnapshot;
  names(): NameInfo[];
  readonly settings: Record<string, unknown>;
  readonly customProperties: Record<string, unknown>;
  /** Name of the active sheet. */
  activeSheet(): string;
  /** A deep copy of the workbook state (for exportXlsx, or to start another simulator). */
  state(): WorkbookState;

  // What a person does
  /** The user activates a sheet: fires onActivated (and onDeactivated) when it changes. */
  fireActivated(sheetName: string): Promise<void>;
  /**
   * The user types into a cell (or pastes a block: 2-D array): values are parsed as typed input,
   * tables grow when typing right below or right of them, onChanged fires with source "Local"
   * (or options.source) and triggerSource "Unknown". Resolves once handlers have run.
   */
  editCell(sheet: string, address: string, value: unknown, options?: EditOptions): Promise<void>;
  /** Resolves when every pending event has been delivered and its handlers settled. */
  settle(): Promise<void>;
  /**
   * The user starts typing in a cell (cell-edit mode): until endCellEdit(), a sync fails with
   * InvalidOperationInCellEditMode, or waits when its Excel.run had `delayForCellEdit: true`
   * (ExcelApi 1.11; ignored below). What is typed is committed with editCell().
   */
  beginCellEdit(): void;
  /** The user leaves cell-edit mode (Enter, Tab, Esc): waiting syncs go on. */
  endCellEdit(): void;
  readonly cellEditing: boolean;
}

export function createExcelSimulator(options: SimulatorOptions = {}): ExcelSimulator {
  const core = new SimCore(options);
  const office = createOffice(core, options.displayLanguage);

  const userEdit = async (sheetName: string, address: string, value: unknown, edit: EditOptions = {}): Promise<void> => {
    const state = cloneWorkbook(core.state);
    const sheet = findSheetByName(state, sheetName);
    if (!sheet) throw new Error(`No worksheet named '${sheetName}'.`);
    if (sheet.protected) throw new Error(`The sheet '${sheetName}' is protected.`);
    let { rect } = parseAddress(address);
    // Clicking any cell of a merged area selects it all: typing goes to its top-left cell.
    const area = rect.r0 === rect.r1 && rect.c0 === rect.c1 ? mergeContaining(sheet, rect.r0, rect.c0) : undefined;
    if (area !== undefined) rect = { r0: area.r0, c0: area.c0, r1: area.r0, c1: area.c0 };
    const at = gridAccessor(value, rect, "editCell");
    autoExpandTables(state, rect, sheet.id, at);
    let before: unknown;
    let after: unknown;
    for (let row = rect.r0; row <= rect.r1; row++) {
      for (let col = rect.c0; col <= rect.c1; col++) {
        const existing = getCell(sheet, row, col);
        const parsed = parseInput(at(row - rect.r0, col - rect.c0), existing?.nf);
        if (parsed === undefined) continue;
        before = cellValue(existing);
        updateCell(sheet, row, col, (cell) => applyParsed(cell, parsed));
        after = parsed.v;
      }
    }
    normalizeHeadersIn(state, sheet, rect);
    core.state = state;
    const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
    const change: ChangeRecord = single
      ? { sheetId: sheet.id, rect, changeType: "RangeEdited", before, after }
      : { sheetId: sheet.id, rect, changeType: "RangeEdited" };
    await core.deliver(core.eventsOf([change], [], "Unknown", edit.source ?? "Local"));
  };

  return {
    run: ((first: unknown, second?: unknown) => core.run(first, second)) as ExcelRun,
    get syncCount() {
      return core.syncCount;
    },
    get commandCount() {
      return core.commandCount;
    },
    resetCounters() {
      core.syncCount = 0;
      core.commandCount = 0;
    },
    get failAt() {
      return core.failAt;
    },
    set failAt(value: FailAt | undefined) {
      core.failAt = value;
    },
    get strictNullObjects() {
      return core.strictNullObjects;
    },
    set strictNullObjects(value: boolean) {
      core.strictNullObjects = value;
    },
    office,
    sheets: () => sheetInfos(core.state),
    cell: (sheet, address) => cellInfo(core.state, sheet, address),
    table: (name) => tableInfo(core.state, name),
    hiddenRows: (sheet) => hiddenRowNumbers(core.state, sheet),
    snapshot: () => snapshotOf(core.state),
    names: () => nameInfos(core.state),
    get settings() {
      return Object.fromEntries(core.state.settings.map((s) => [s.key, decodeSettingValue(s.value)]));
    },
    get customProperties() {
      return Object.fromEntries(core.state.customProps.map((p) => [p.key, p.type === "Date" ? new Date(String(p.value)) : p.value]));
    },
    activeSheet: () => core.state.sheets.find((s) => s.id === core.state.activeSheetId)?.name ?? "",
    state: () => cloneWorkbook(core.state),
    async fireActivated(sheetName) {
      const sheet = findSheetByName(core.state, sheetName);
      if (!sheet) throw new Error(`No worksheet named '${sheetName}'.`);
      if (sheet.visibility !== "Visible") throw new Error(`The sheet '${sheetName}' is hidden.`);
      const from = core.state.activeSheetId;
      if (from === sheet.id) return;
      core.state = { ...core.state, activeSheetId: sheet.id, selection: null };
      await core.deliver(core.eventsOf([], [{ from, to: sheet.id }], "Unknown"));
    },
    editCell: userEdit,
    settle: () => core.settle(),
    beginCellEdit: () => core.beginCellEdit(),
    endCellEdit: () => core.endCellEdit(),
    get cellEditing() {
      return core.cellEditing;
    },
  };
}

/**
 * Excel's table auto-expansion: typing a value in the row right below a table (or the column
 * right of it) makes that row (column) part of the table, with the formats of the row above.
 */
function autoExpandTables(state: WorkbookState, rect: Rect, sheetId: string, at: (i: number, j: number) => unknown): void {
  const sheet = state.sheets.find((s) => s.id === sheetId);
  if (!sheet) return;
  const typed = (row: number, col: number): boolean => {
    const v = at(row - rect.r0, col - rect.c0);
    return v !== null && v !== undefined && v !== "";
  };
  for (const t of state.tables) {
    if (t.sheetId !== sheetId || t.showTotals) continue;
    const below = t.rect.r1 + 1;
    let growsDown = false;
    let growsRight = false;
    for (let col = Math.max(rect.c0, t.rect.c0); col <= Math.min(rect.c1, t.rect.c1); col++) {
      if (below >= rect.r0 && below <= rect.r1 && typed(below, col)) growsDown = true;
    }
    const right = t.rect.c1 + 1;
    for (let row = Math.max(rect.r0, t.rect.r0); row <= Math.min(rect.r1, t.rect.r1); row++) {
      if (right >= rect.c0 && right <= rect.c1 && typed(row, right)) growsRight = true;
    }
    // Another table, or merged cells (a table can't hold them), keep the table from growing.
    const collides = (r: Rect): boolean =>
      state.tables.some((o) => o !== t && o.sheetId === sheetId && intersects(o.rect, r)) || mergesIntersecting(sheet, r).length > 0;
    if (growsDown && !collides({ r0: below, c0: t.rect.c0, r1: below, c1: t.rect.c1 })) {
      const oldEnd = t.rect.r1;
      copyRowStyle(sheet, oldEnd, below, below, t.rect.c0, t.rect.c1);
      t.rect = { ...t.rect, r1: below };
      for (const cf of sheet.condFormats) {
        cf.ranges = cf.ranges.map((x) => (x.r1 === oldEnd && x.r0 > t.rect.r0 && x.c0 >= t.rect.c0 && x.c1 <= t.rect.c1 ? { ...x, r1: below } : x));
      }
    }
    if (growsRight && !collides({ r0: t.rect.r0, c0: right, r1: t.rect.r1, c1: right })) {
      t.rect = { ...t.rect, c1: right };
      t.columnIds.push(t.nextColumnId++);
      normalizeHeaders(sheet, t);
    }
  }
}
