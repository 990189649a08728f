// Range and its format objects.

import {
  cellCount,
  columnCount,
  formatRect,
  inBounds,
  intersection,
  isEntireColumn,
  isEntireRow,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  qualifiedAddress,
  rowCount,
  type Rect,
} from "./address";
import type { Exec, SimContext } from "./context";
import { SimConditionalFormatCollection } from "./conditional-formats";
import { simError } from "./errors";
import { hiddenState, rangeHidden, setHidden } from "./hidden-rows";
import { MAX_MERGED_AREAS, mergeCells, mergedAreasStartingIn, unmergeCells } from "./merges";
import { findSheetById, findSheetByName, getCell, type CellModel, type SheetModel } from "./model";
import { SimObject, type Getter } from "./object";
import { SimRangeAreas } from "./range-areas";
import { assertWritable, clearRect, readGrid, shiftCells, uniform, usedRect, writeInputs, writeStyle, type ClearApplyTo, type RangeTarget } from "./sheet-ops";
import { cellFormula, cellNumberFormat, cellText, cellValue, normalizeColor, valueType } from "./values";
import { SimWorksheet } from "./worksheet";

export const DEFAULT_COLUMN_WIDTH = 48;
const CHAR_POINTS = 5.6;
const AUTOFIT_PADDING = 8;
/** Excel caps autofit at 255 characters; a readable cap keeps long messages from taking the screen. */
const MAX_AUTOFIT_WIDTH = 400;
export const DEFAULT_ROW_HEIGHT = 15;

export type RangeResolver = (ex: Exec) => RangeTarget | null;

/** Resolves a Range argument (proxy or address string) inside a sync. */
export function resolveRangeArg(ex: Exec, arg: unknown, defaultSheet: () => SheetModel | null): RangeTarget {
  if (arg instanceof SimRange) {
    if (arg.context !== ex.context) throw simError("InvalidRequestContext");
    const t = arg._resolve(ex);
    if (t === null) throw simError("ItemNotFound", "The range is a null object.");
    return t;
  }
  if (typeof arg !== "string") throw simError("InvalidArgument", "Expected a Range or an address.");
  const { sheet: sheetName, rect } = parseAddress(arg);
  const sheet = sheetName === undefined ? defaultSheet() : findSheetByName(ex.state, sheetName);
  if (!sheet) throw simError(sheetName === undefined ? "InvalidArgument" : "ItemNotFound", `No worksheet for '${arg}'.`);
  return { sheet, rect };
}

function checkRect(r: Rect): Rect {
  if (!inBounds(r)) throw simError("InvalidArgument", "The range is outside the worksheet grid.");
  return r;
}

export class SimRange extends SimObject<RangeTarget> {
  readonly _className = "Range";

  constructor(context: SimContext, resolver: RangeResolver) {
    super(context, resolver);
  }

  protected override _toRef(t: RangeTarget): unknown {
    return { sheetId: t.sheet.id, rect: { ...t.rect } };
  }

  protected override _fromRef(ex: Exec, ref: unknown): RangeTarget | undefined {
    const { sheetId, rect } = ref as { sheetId: string; rect: Rect };
    const sheet = findSheetById(ex.state, sheetId);
    return sheet ? { sheet, rect } : undefined;
  }

  protected override _navNames(): string[] {
    return ["format", "worksheet", "conditionalFormats"];
  }

  protected override _scalars(): Record<string, Getter<RangeTarget>> {
    const address = (t: RangeTarget): string => qualifiedAddress(t.sheet.name, t.rect);
    return {
      address,
      addressLocal: address,
      cellCount: (t) => cellCount(t.rect),
      rowCount: (t) => rowCount(t.rect),
      columnCount: (t) => columnCount(t.rect),
      rowIndex: (t) => t.rect.r0,
      columnIndex: (t) => t.rect.c0,
      isEntireRow: (t) => isEntireRow(t.rect),
      isEntireColumn: (t) => isEntireColumn(t.rect),
      values: (t) => readGrid(t.sheet, t.rect, cellValue),
      formulas: (t) => readGrid(t.sheet, t.rect, cellFormula),
      formulasLocal: (t) => readGrid(t.sheet, t.rect, cellFormula),
      numberFormat: (t) => readGrid(t.sheet, t.rect, cellNumberFormat),
      numberFormatLocal: (t) => readGrid(t.sheet, t.rect, cellNumberFormat),
      text: (t) => readGrid(t.sheet, t.rect, cellText),
      valueTypes: (t) => readGrid(t.sheet, t.rect, valueType),
      // Hidden rows and columns (hidden-rows.ts): true when all are hidden, false when none,
      // null when some (Range.rowHidden, Range.columnHidden, ExcelApi 1.2).
      rowHidden: (t) => hiddenState(t.sheet, "rows", t.rect),
      columnHidden: (t) => hiddenState(t.sheet, "cols", t.rect),
      hidden: (t) => rangeHidden(t.sheet, t.rect),
    };
  }

  // ----- scalar properties

  get address(): string {
    return this._read("address");
  }
  get addressLocal(): string {
    return this._read("addressLocal");
  }
  get cellCount(): number {
    return this._read("cellCount");
  }
  get rowCount(): number {
    return this._read("rowCount");
  }
  get columnCount(): number {
    return this._read("columnCount");
  }
  get rowIndex(): number {
    return this._read("rowIndex");
  }
  get columnIndex(): number {
    return this._read("columnIndex");
  }
  get isEntireRow(): boolean {
    return this._read("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this._read("isEntireColumn");
  }
  get text(): string[][] {
    return this._read("text");
  }
  get valueTypes(): string[][] {
    return this._read("valueTypes");
  }
  get hidden(): boolean {
    return this._read("hidden");
  }

  /** Hides or shows the range's entire rows, as a person does (one flag per sheet row). */
  get rowHidden(): boolean {
    return this._read("rowHidden");
  }
  set rowHidden(value: boolean) {
    this.context._core.requireApi("Range.rowHidden", "1.2");
    this._write("rowHidden", value, (t) => {
      if (typeof value !== "boolean") throw simError("InvalidArgument", "rowHidden must be true or false.");
      assertWritable(t.sheet);
      setHidden(t.sheet, "rows", t.rect.r0, t.rect.r1, value);
    });
  }

  /** Hides or shows the range's entire columns. */
  get columnHidden(): boolean {
    return this._read("columnHidden");
  }
  set columnHidden(value: boolean) {
    this.context._core.requireApi("Range.columnHidden", "1.2");
    this._write("columnHidden", value, (t) => {
      if (typeof value !== "boolean") throw simError("InvalidArgument", "columnHidden must be true or false.");
      assertWritable(t.sheet);
      setHidden(t.sheet, "cols", t.rect.c0, t.rect.c1, value);
    });
  }

  get values(): unknown[][] {
    return this._read("values");
  }
  set values(value: unknown[][]) {
    this._write("values", value, (t, ex) => writeInputs(ex, t.sheet, t.rect, value, "values"));
  }

  get formulas(): unknown[][] {
    return this._read("formulas");
  }
  set formulas(value: unknown[][]) {
    this._write("formulas", value, (t, ex) => writeInputs(ex, t.sheet, t.rect, value, "formulas"));
  }

  get formulasLocal(): unknown[][] {
    return this._read("formulasLocal");
  }
  set formulasLocal(value: unknown[][]) {
    this._write("formulasLocal", value, (t, ex) => writeInputs(ex, t.sheet, t.rect, value, "formulasLocal"));
  }

  get numberFormat(): unknown[][] {
    return this._read("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this._write("numberFormat", value, (t) => writeStyle(t.sheet, t.rect, value, "numberFormat", "nf", numberFormatOf));
  }

  get numberFormatLocal(): unknown[][] {
    return this._read("numberFormatLocal");
  }
  set numberFormatLocal(value: unknown[][]) {
    this._write("numberFormatLocal", value, (t) => writeStyle(t.sheet, t.rect, value, "numberFormatLocal", "nf", numberFormatOf));
  }

  // ----- navigation

  get format(): SimRangeFormat {
    return this._nav("format", () => new SimRangeFormat(this.context, (ex) => this._resolve(ex)));
  }

  get worksheet(): SimWorksheet {
    return this._nav("worksheet", () => new SimWorksheet(this.context, (ex) => this._resolve(ex)?.sheet ?? null));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    this.context._core.requireApi("Range.conditionalFormats", "1.6");
    return this._nav("conditionalFormats", () => new SimConditionalFormatCollection(this.context, (ex) => this._resolve(ex)));
  }

  // ----- derived ranges

  _derive(compute: (t: RangeTarget, ex: Exec) => Rect | null, orNull = false): SimRange {
    const range = new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      const r = compute(t, ex);
      if (r === null) {
        if (orNull) return null;
        throw simError("ItemNotFound", "The range does not exist.");
      }
      return { sheet: t.sheet, rect: checkRect(r) };
    });
    if (orNull) range._instantiate();
    return range;
  }

  getCell(row: number, column: number): SimRange {
    return this._derive((t) => ({ r0: t.rect.r0 + row, c0: t.rect.c0 + column, r1: t.rect.r0 + row, c1: t.rect.c0 + column }));
  }

  getRow(row: number): SimRange {
    return this._derive((t) => ({ r0: t.rect.r0 + row, r1: t.rect.r0 + row, c0: t.rect.c0, c1: t.rect.c1 }));
  }

  getColumn(column: number): SimRange {
    return this._derive((t) => ({ r0: t.rect.r0, r1: t.rect.r1, c0: t.rect.c0 + column, c1: t.rect.c0 + column }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    this.context._core.requireApi("Range.getResizedRange", "1.2");
    return this._derive((t) => {
      const r = { ...t.rect, r1: t.rect.r1 + deltaRows, c1: t.rect.c1 + deltaColumns };
      if (r.r1 < r.r0 || r.c1 < r.c0) throw simError("InvalidArgument", "The resized range would have no rows or columns.");
      return r;
    });
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    this.context._core.requireApi("Range.getAbsoluteResizedRange", "1.7");
    return this._derive((t) => {
      if (numRows < 1 || numColumns < 1) throw simError("InvalidArgument", "Sizes must be at least 1.");
      return { r0: t.rect.r0, c0: t.rect.c0, r1: t.rect.r0 + numRows - 1, c1: t.rect.c0 + numColumns - 1 };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this._derive((t) => ({ r0: t.rect.r0 + rowOffset, r1: t.rect.r1 + rowOffset, c0: t.rect.c0 + columnOffset, c1: t.rect.c1 + columnOffset }));
  }

  getLastRow(): SimRange {
    return this._derive((t) => ({ ...t.rect, r0: t.rect.r1 }));
  }

  getLastColumn(): SimRange {
    return this._derive((t) => ({ ...t.rect, c0: t.rect.c1 }));
  }

  getLastCell(): SimRange {
    return this._derive((t) => ({ r0: t.rect.r1, c0: t.rect.c1, r1: t.rect.r1, c1: t.rect.c1 }));
  }

  getEntireRow(): SimRange {
    return this._derive((t) => ({ r0: t.rect.r0, r1: t.rect.r1, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): SimRange {
    return this._derive((t) => ({ r0: 0, r1: MAX_ROWS - 1, c0: t.rect.c0, c1: t.rect.c1 }));
  }

  getRowsAbove(count = 1): SimRange {
    return this._derive((t) => ({ r0: t.rect.r0 - count, r1: t.rect.r0 - 1, c0: t.rect.c0, c1: t.rect.c1 }));
  }

  getRowsBelow(count = 1): SimRange {
    return this._derive((t) => ({ r0: t.rect.r1 + 1, r1: t.rect.r1 + count, c0: t.rect.c0, c1: t.rect.c1 }));
  }

  getColumnsBefore(count = 1): SimRange {
    return this._derive((t) => ({ r0: t.rect.r0, r1: t.rect.r1, c0: t.rect.c0 - count, c1: t.rect.c0 - 1 }));
  }

  getColumnsAfter(count = 1): SimRange {
    return this._derive((t) => ({ r0: t.rect.r0, r1: t.rect.r1, c0: t.rect.c1 + 1, c1: t.rect.c1 + count }));
  }

  private _other(ex: Exec, t: RangeTarget, other: SimRange | string): Rect {
    const o = resolveRangeArg(ex, other, () => t.sheet);
    if (o.sheet !== t.sheet) throw simError("InvalidArgument", "The ranges are on different worksheets.");
    return o.rect;
  }

  getIntersection(anotherRange: SimRange | string): SimRange {
    return this._derive((t, ex) => intersection(t.rect, this._other(ex, t, anotherRange)));
  }

  getIntersectionOrNullObject(anotherRange: SimRange | string): SimRange {
    return this._derive((t, ex) => intersection(t.rect, this._other(ex, t, anotherRange)), true);
  }

  getBoundingRect(anotherRange: SimRange | string): SimRange {
    return this._derive((t, ex) => {
      const o = this._other(ex, t, anotherRange);
      return { r0: Math.min(t.rect.r0, o.r0), c0: Math.min(t.rect.c0, o.c0), r1: Math.max(t.rect.r1, o.r1), c1: Math.max(t.rect.c1, o.c1) };
    });
  }

  getUsedRange(valuesOnly = false): SimRange {
    return this._derive((t, ex) => {
      const used = usedRect(ex.state, t.sheet, valuesOnly, t.rect);
      return used === null ? null : intersection(used, t.rect);
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    this.context._core.requireApi("Range.getUsedRangeOrNullObject", "1.4");
    return this._derive((t, ex) => {
      const used = usedRect(ex.state, t.sheet, valuesOnly, t.rect);
      return used === null ? null : intersection(used, t.rect);
    }, true);
  }

  /**
   * The merged areas whose top-left cell is in this range, whole (see mergedAreasStartingIn);
   * a null object when there are none.
   */
  getMergedAreasOrNullObject(): SimRangeAreas {
    this.context._core.requireApi("Range.getMergedAreasOrNullObject", "1.13");
    const areas = new SimRangeAreas(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      const rects = mergedAreasStartingIn(t.sheet, t.rect);
      if (rects.length === 0) return null;
      if (rects.length > MAX_MERGED_AREAS) throw simError("GeneralException", `${rects.length} merged areas; Excel returns at most ${MAX_MERGED_AREAS}.`);
      return { sheet: t.sheet, rects };
    });
    areas._instantiate();
    return areas;
  }

  // ----- methods

  merge(across = false): void {
    this.context._core.requireApi("Range.merge", "1.2");
    this._call("merge", [across], (t, ex) => mergeCells(ex, t.sheet, t.rect, Boolean(across)));
  }

  unmerge(): void {
    this.context._core.requireApi("Range.unmerge", "1.2");
    this._call("unmerge", [], (t) => unmergeCells(t.sheet, t.rect));
  }

  clear(applyTo: ClearApplyTo = "All"): void {
    this._call("clear", [applyTo], (t, ex) => clearRect(ex, t.sheet, t.rect, applyTo));
  }

  delete(shift: "Up" | "Left"): void {
    this._call("delete", [shift], (t, ex) => {
      if (shift === "Up") shiftCells(ex, t.sheet, "rows", t.rect.c0, t.rect.c1, t.rect.r0, rowCount(t.rect), false);
      else if (shift === "Left") shiftCells(ex, t.sheet, "cols", t.rect.r0, t.rect.r1, t.rect.c0, columnCount(t.rect), false);
      else throw simError("InvalidArgument", `Invalid shift '${String(shift)}'.`);
    });
  }

  insert(shift: "Down" | "Right"): SimRange {
    this._call("insert", [shift], (t, ex) => {
      if (shift === "Down") shiftCells(ex, t.sheet, "rows", t.rect.c0, t.rect.c1, t.rect.r0, rowCount(t.rect), true);
      else if (shift === "Right") shiftCells(ex, t.sheet, "cols", t.rect.r0, t.rect.r1, t.rect.c0, columnCount(t.rect), true);
      else throw simError("InvalidArgument", `Invalid shift '${String(shift)}'.`);
    });
    return this._derive((t) => t.rect);
  }

  select(): void {
    this._call("select", [], (t, ex) => {
      if (t.sheet.visibility !== "Visible") throw simError("InvalidOperation", "Cannot select a range on a hidden sheet.");
      ex.activate(t.sheet.id);
      ex.state.selection = { sheetId: t.sheet.id, rect: { ...t.rect } };
    });
  }

  calculate(): void {
    this._call("calculate", [], () => undefined);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

function numberFormatOf(v: unknown): string | undefined {
  if (typeof v !== "string") throw simError("InvalidArgument", "A number format must be a string.");
  return v === "General" ? undefined : v;
}

function colorOf(v: unknown): string {
  return normalizeColor(v);
}

/** Range.format: widths, alignment, wrap; fill and font below. */
export class SimRangeFormat extends SimObject<RangeTarget> {
  readonly _className = "RangeFormat";

  protected override _navNames(): string[] {
    return ["fill", "font"];
  }

  protected override _scalars(): Record<string, Getter<RangeTarget>> {
    return {
      columnWidth: (t) => {
        const first = t.sheet.colWidths.get(t.rect.c0) ?? DEFAULT_COLUMN_WIDTH;
        for (let c = t.rect.c0; c <= t.rect.c1; c++) if ((t.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) !== first) return null;
        return first;
      },
      rowHeight: (t) => {
        const first = t.sheet.rowHeights.get(t.rect.r0) ?? DEFAULT_ROW_HEIGHT;
        if (rowCount(t.rect) > 100_000) return first;
        for (let r = t.rect.r0; r <= t.rect.r1; r++) if ((t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT) !== first) return null;
        return first;
      },
      wrapText: (t) => uniform(t.sheet, t.rect, (c) => c?.wrap ?? false),
      horizontalAlignment: (t) => uniform(t.sheet, t.rect, (c) => c?.halign ?? "General"),
    };
  }

  get fill(): SimRangeFill {
    return this._nav("fill", () => new SimRangeFill(this.context, (ex) => this._resolve(ex)));
  }

  get font(): SimRangeFont {
    return this._nav("font", () => new SimRangeFont(this.context, (ex) => this._resolve(ex)));
  }

  get columnWidth(): number {
    return this._read("columnWidth");
  }
  set columnWidth(value: number) {
    this._write("columnWidth", value, (t) => {
      if (typeof value !== "number" || !(value >= 0)) throw simError("InvalidArgument", "Invalid column width.");
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.colWidths.set(c, value);
    });
  }

  get rowHeight(): number {
    return this._read("rowHeight");
  }
  set rowHeight(value: number) {
    this._write("rowHeight", value, (t) => {
      if (typeof value !== "number" || !(value >= 0)) throw simError("InvalidArgument", "Invalid row height.");
      if (rowCount(t.rect) > 100_000) throw simError("NotImplemented", "Row heights of more than 100000 rows.");
      for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, value);
    });
  }

  get wrapText(): boolean {
    return this._read("wrapText");
  }
  set wrapText(value: boolean) {
    this._write("wrapText", value, (t) => writeStyle(t.sheet, t.rect, value, "wrapText", "wrap", (v) => (v ? true : undefined)));
  }

  get horizontalAlignment(): string {
    return this._read("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._write("horizontalAlignment", value, (t) =>
      writeStyle(t.sheet, t.rect, value, "horizontalAlignment", "halign", (v) => (v === "General" ? undefined : String(v))),
    );
  }

  /** Excel sizes columns to their content; the simulator only records the call. */
  /**
   * Widens each column to its longest displayed text, as Excel does (in points, from an average
   * character width of Calibri 11), so that dates do not show as ##### in the workbench.
   */
  autofitColumns(): void {
    this._call("autofitColumns", [], (t) => {
      assertWritable(t.sheet);
      // The docs do not say what fitting does to a hidden column; the strictest reading (as Excel's
      // AutoFit of a selection spanning one): it is shown again, with its fitted width.
      setHidden(t.sheet, "cols", t.rect.c0, t.rect.c1, false);
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        let longest = 0;
        for (let r = t.rect.r0; r <= t.rect.r1; r++) longest = Math.max(longest, cellText(getCell(t.sheet, r, c)).length);
        if (longest > 0)
          t.sheet.colWidths.set(c, Math.min(MAX_AUTOFIT_WIDTH, Math.max(DEFAULT_COLUMN_WIDTH, Math.ceil(longest * CHAR_POINTS + AUTOFIT_PADDING))));
      }
    });
  }

  autofitRows(): void {
    this._call("autofitRows", [], (t) => assertWritable(t.sheet));
  }
}

export class SimRangeFill extends SimObject<RangeTarget> {
  readonly _className = "RangeFill";

  protected override _scalars(): Record<string, Getter<RangeTarget>> {
    return { color: (t) => uniform(t.sheet, t.rect, (c: CellModel | undefined) => c?.fill ?? "#FFFFFF") };
  }

  get color(): string {
    return this._read("color");
  }
  set color(value: string) {
    this._write("color", value, (t) => writeStyle(t.sheet, t.rect, value, "fill.color", "fill", colorOf));
  }

  clear(): void {
    this._call("clear", [], (t) => {
      writeStyle(t.sheet, t.rect, "#FFFFFF", "fill.clear", "fill", () => undefined);
    });
  }
}

export class SimRangeFont extends SimObject<RangeTarget> {
  readonly _className = "RangeFont";

  protected override _scalars(): Record<string, Getter<RangeTarget>> {
    return {
      color: (t) => uniform(t.sheet, t.rect, (c) => c?.color ?? "#000000"),
      bold: (t) => uniform(t.sheet, t.rect, (c) => c?.bold ?? false),
      italic: (t) => uniform(t.sheet, t.rect, (c) => c?.italic ?? false),
      name: () => "Calibri",
      size: () => 11,
    };
  }

  get color(): string {
    return this._read("color");
  }
  set color(value: string) {
    this._write("color", value, (t) => writeStyle(t.sheet, t.rect, value, "font.color", "color", colorOf));
  }

  get bold(): boolean {
    return this._read("bold");
  }
  set bold(value: boolean) {
    this._write("bold", value, (t) => writeStyle(t.sheet, t.rect, value, "font.bold", "bold", (v) => (v ? true : undefined)));
  }

  get italic(): boolean {
    return this._read("italic");
  }
  set italic(value: boolean) {
    this._write("italic", value, (t) => writeStyle(t.sheet, t.rect, value, "font.italic", "italic", (v) => (v ? true : undefined)));
  }

  get name(): string {
    return this._read("name");
  }

  get size(): number {
    return this._read("size");
  }
}

export { formatRect };
