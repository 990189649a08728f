// Worksheet, WorksheetCollection, WorksheetProtection.

import { MAX_COLUMNS, MAX_ROWS, parseAddress, rect as makeRect, type Rect } from "./address";
import type { Exec, SimContext } from "./context";
import { simError } from "./errors";
import { SimEventHandlers } from "./events";
import { findSheetById, findSheetByName, newSheet, type SheetModel, type SheetVisibility, type WorkbookState } from "./model";
import { SimClientResult, SimCollection, SimObject, type Getter } from "./object";
import { SimRange } from "./range";
import { usedRect } from "./sheet-ops";
import { SimTableCollection } from "./table";
import { SimNamedItemCollection, resolveNameToRange } from "./names";
import { SimWorksheetCustomPropertyCollection } from "./settings";
import { SimNoteCollection, SimCommentCollection } from "./notes";

const FORBIDDEN_SHEET_CHARS = /[:\\/?*[\]]/;

export function validateSheetName(state: WorkbookState, name: unknown, self?: SheetModel): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    FORBIDDEN_SHEET_CHARS.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    throw simError("InvalidArgument", `'${String(name)}' is not a valid worksheet name.`);
  }
  const other = findSheetByName(state, name);
  if (other !== undefined && other !== self) throw simError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
  return name;
}

function visibleSheets(state: WorkbookState): SheetModel[] {
  return state.sheets.filter((s) => s.visibility === "Visible");
}

/** Activates another visible sheet when `leaving` stops being available. */
function activateAnother(ex: Exec, leaving: SheetModel): void {
  if (ex.state.activeSheetId !== leaving.id) return;
  const index = ex.state.sheets.indexOf(leaving);
  const candidates = ex.state.sheets.filter((s) => s !== leaving && s.visibility === "Visible");
  const next = candidates.find((s) => ex.state.sheets.indexOf(s) > index) ?? candidates[candidates.length - 1];
  if (next) ex.activate(next.id);
}

export function deleteSheet(ex: Exec, sheet: SheetModel): void {
  const state = ex.state;
  if (state.sheets.length === 1 || (sheet.visibility === "Visible" && visibleSheets(state).length === 1)) {
    throw simError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  }
  activateAnother(ex, sheet);
  state.sheets = state.sheets.filter((s) => s !== sheet);
  state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
  state.comments = state.comments.filter((c) => c.sheetId !== sheet.id);
  state.names = state.names.filter((n) => n.scopeSheetId !== sheet.id);
  for (const n of state.names) {
    if (n.ref.kind === "range" && n.ref.sheetId === sheet.id) n.ref = { kind: "ref-error", formula: "=#REF!" };
  }
  if (state.selection?.sheetId === sheet.id) state.selection = null;
}

export class SimWorksheet extends SimObject<SheetModel> {
  readonly _className = "Worksheet";

  constructor(context: SimContext, resolver: (ex: Exec) => SheetModel | null) {
    super(context, resolver);
  }

  protected override _toRef(t: SheetModel): unknown {
    return t.id;
  }

  protected override _fromRef(ex: Exec, ref: unknown): SheetModel | undefined {
    return findSheetById(ex.state, ref as string);
  }

  protected override _navNames(): string[] {
    return ["protection", "tables", "names", "customProperties", "notes", "comments"];
  }

  protected override _scalars(): Record<string, Getter<SheetModel>> {
    return {
      id: (t) => t.id,
      name: (t) => t.name,
      position: (t, ex) => ex.state.sheets.indexOf(t),
      visibility: (t) => t.visibility,
      tabColor: (t) => t.tabColor,
      showGridlines: (t) => t.showGridlines,
      standardWidth: () => 8.43,
      standardHeight: () => 15,
      enableCalculation: () => true,
    };
  }

  get id(): string {
    return this._read("id");
  }

  get name(): string {
    return this._read("name");
  }
  set name(value: string) {
    this._write("name", value, (t, ex) => {
      t.name = validateSheetName(ex.state, value, t);
    });
  }

  get position(): number {
    return this._read("position");
  }
  set position(value: number) {
    this._write("position", value, (t, ex) => {
      const sheets = ex.state.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) throw simError("InvalidArgument", `Invalid position ${value}.`);
      sheets.splice(sheets.indexOf(t), 1);
      sheets.splice(value, 0, t);
    });
  }

  get visibility(): SheetVisibility {
    return this._read("visibility");
  }
  set visibility(value: SheetVisibility) {
    this.context._core.requireApi("Worksheet.visibility (set)", "1.2");
    this._write("visibility", value, (t, ex) => {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw simError("InvalidArgument", `Invalid visibility '${String(value)}'.`);
      if (value !== "Visible" && t.visibility === "Visible" && visibleSheets(ex.state).length === 1) {
        throw simError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      if (value !== "Visible") activateAnother(ex, t);
      t.visibility = value;
    });
  }

  get tabColor(): string {
    return this._read("tabColor");
  }
  set tabColor(value: string) {
    this._write("tabColor", value, (t) => {
      t.tabColor = value;
    });
  }

  get showGridlines(): boolean {
    return this._read("showGridlines");
  }
  set showGridlines(value: boolean) {
    this._write("showGridlines", value, (t) => {
      t.showGridlines = Boolean(value);
    });
  }

  get standardWidth(): number {
    return this._read("standardWidth");
  }

  get standardHeight(): number {
    return this._read("standardHeight");
  }

  // ----- navigation

  get protection(): SimWorksheetProtection {
    this.context._core.requireApi("Worksheet.protection", "1.2");
    return this._nav("protection", () => new SimWorksheetProtection(this.context, (ex) => this._resolve(ex)));
  }

  get tables(): SimTableCollection {
    return this._nav("tables", () => new SimTableCollection(this.context, (ex) => this._resolve(ex)));
  }

  get names(): SimNamedItemCollection {
    this.context._core.requireApi("Worksheet.names", "1.4");
    return this._nav("names", () => new SimNamedItemCollection(this.context, (ex) => this._resolve(ex)));
  }

  get customProperties(): SimWorksheetCustomPropertyCollection {
    this.context._core.requireApi("Worksheet.customProperties", "1.12");
    return this._nav("customProperties", () => new SimWorksheetCustomPropertyCollection(this.context, (ex) => this._resolve(ex)));
  }

  get notes(): SimNoteCollection {
    this.context._core.requireApi("Worksheet.notes", "1.18");
    return this._nav("notes", () => new SimNoteCollection(this.context, (ex) => this._resolve(ex)));
  }

  get comments(): SimCommentCollection {
    this.context._core.requireApi("Worksheet.comments", "1.10");
    return this._nav("comments", () => new SimCommentCollection(this.context, (ex) => this._resolve(ex)));
  }

  // ----- events

  get onActivated(): SimEventHandlers {
    return this._events("onActivated", "Activated");
  }

  get onDeactivated(): SimEventHandlers {
    return this._events("onDeactivated", "Deactivated");
  }

  get onChanged(): SimEventHandlers {
    return this._events("onChanged", "Changed");
  }

  private readonly _handlers = new Map<string, SimEventHandlers>();

  private _events(name: string, event: "Activated" | "Deactivated" | "Changed"): SimEventHandlers {
    let h = this._handlers.get(name);
    if (h === undefined) {
      h = new SimEventHandlers(this.context, `Worksheet.${name}`, event, (ex) => ({ kind: "sheet", sheetId: this._resolveForWrite(ex, name).id }), "1.7");
      this._handlers.set(name, h);
    }
    return h;
  }

  // ----- ranges

  private _range(compute: (sheet: SheetModel, ex: Exec) => Rect | null, orNull = false): SimRange {
    const range = new SimRange(this.context, (ex) => {
      const sheet = this._resolve(ex);
      if (sheet === null) return null;
      const r = compute(sheet, ex);
      if (r === null) {
        if (orNull) return null;
        throw simError("ItemNotFound", "The range does not exist.");
      }
      if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLUMNS || r.r1 < r.r0 || r.c1 < r.c0) {
        throw simError("InvalidArgument", "The range is outside the worksheet grid.");
      }
      return { sheet, rect: r };
    });
    if (orNull) range._instantiate();
    return range;
  }

  getRange(address?: string): SimRange {
    return this._range((sheet, ex) => {
      if (address === undefined || address === "") return makeRect(0, 0, MAX_ROWS - 1, MAX_COLUMNS - 1);
      let parsed: { sheet?: string; rect: Rect };
      try {
        parsed = parseAddress(address);
      } catch (error) {
        const named = resolveNameToRange(ex, address, sheet);
        if (named !== null && named.sheet === sheet) return named.rect;
        throw error;
      }
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw simError("InvalidArgument", `The address '${address}' is on another worksheet.`);
      }
      return parsed.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    this.context._core.requireApi("Worksheet.getRangeByIndexes", "1.7");
    return this._range(() => {
      if (!(rowCount >= 1) || !(columnCount >= 1)) throw simError("InvalidArgument", "rowCount and columnCount must be at least 1.");
      return makeRect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1);
    });
  }

  getCell(row: number, column: number): SimRange {
    return this._range(() => makeRect(row, column));
  }

  /** The used range; the top-left cell when the sheet is empty (as Excel). */
  getUsedRange(valuesOnly = false): SimRange {
    return this._range((sheet, ex) => usedRect(ex.state, sheet, valuesOnly) ?? makeRect(0, 0));
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    this.context._core.requireApi("Worksheet.getUsedRangeOrNullObject", "1.4");
    return this._range((sheet, ex) => usedRect(ex.state, sheet, valuesOnly), true);
  }

  // ----- methods

  activate(): void {
    this._call("activate", [], (t, ex) => {
      if (t.visibility !== "Visible") throw simError("InvalidOperation", `Cannot activate the hidden worksheet '${t.name}'.`);
      ex.activate(t.id);
    });
  }

  delete(): void {
    this._call("delete", [], (t, ex) => deleteSheet(ex, t));
  }

  calculate(_markAllDirty?: boolean): void {
    this._call("calculate", [], () => undefined);
  }

  private _sibling(step: 1 | -1, visibleOnly: boolean, orNull: boolean): SimWorksheet {
    const sheet = new SimWorksheet(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      const sheets = ex.state.sheets;
      for (let i = sheets.indexOf(t) + step; i >= 0 && i < sheets.length; i += step) {
        const s = sheets[i] as SheetModel;
        if (!visibleOnly || s.visibility === "Visible") return s;
      }
      if (orNull) return null;
      throw simError("ItemNotFound", "There is no such worksheet.");
    });
    if (orNull) sheet._instantiate();
    return sheet;
  }

  getNext(visibleOnly = false): SimWorksheet {
    return this._sibling(1, visibleOnly, false);
  }
  getNextOrNullObject(visibleOnly = false): SimWorksheet {
    return this._sibling(1, visibleOnly, true);
  }
  getPrevious(visibleOnly = false): SimWorksheet {
    return this._sibling(-1, visibleOnly, false);
  }
  getPreviousOrNullObject(visibleOnly = false): SimWorksheet {
    return this._sibling(-1, visibleOnly, true);
  }
}

export class SimWorksheetCollection extends SimCollection<WorkbookState, SimWorksheet> {
  readonly _className = "WorksheetCollection";
  private readonly _handlers = new Map<string, SimEventHandlers>();

  constructor(context: SimContext) {
    super(context, (ex) => ex.state);
  }

  protected _itemRefs(t: WorkbookState): unknown[] {
    return t.sheets.map((s) => s.id);
  }

  protected _makeItem(ref: unknown): SimWorksheet {
    const sheet = new SimWorksheet(this.context, () => {
      throw simError("ItemNotFound");
    });
    sheet._bound = ref;
    return sheet;
  }

  add(name?: string): SimWorksheet {
    const sheet = new SimWorksheet(this.context, () => {
      throw simError("ItemNotFound", "The worksheet was not created.");
    });
    this.context._enqueue("WorksheetCollection.add", [name ?? null], (ex) => {
      const state = ex.state;
      let finalName = name;
      if (finalName === undefined || finalName === null || finalName === "") {
        let n = state.sheets.length + 1;
        while (findSheetByName(state, `Sheet${n}`)) n++;
        finalName = `Sheet${n}`;
      }
      validateSheetName(state, finalName);
      const model = newSheet(state, finalName);
      state.sheets.push(model);
      ex.bind(sheet, model.id);
      ex.after(() => {
        sheet._isNull = false;
      });
    });
    return sheet;
  }

  private _lookup(key: string, orNull: boolean): SimWorksheet {
    const sheet = new SimWorksheet(this.context, (ex) => {
      const found = findSheetByName(ex.state, key) ?? findSheetById(ex.state, key);
      if (found) return found;
      if (orNull) return null;
      throw simError("ItemNotFound", `The worksheet '${key}' doesn't exist.`);
    });
    if (orNull) sheet._instantiate();
    return sheet;
  }

  getItem(key: string): SimWorksheet {
    return this._lookup(key, false);
  }

  getItemOrNullObject(key: string): SimWorksheet {
    this.context._core.requireApi("WorksheetCollection.getItemOrNullObject", "1.4");
    return this._lookup(key, true);
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, (ex) => {
      const found = findSheetById(ex.state, ex.state.activeSheetId);
      if (!found) throw simError("ItemNotFound", "No active worksheet.");
      return found;
    });
  }

  private _end(first: boolean, visibleOnly: boolean): SimWorksheet {
    return new SimWorksheet(this.context, (ex) => {
      const list = visibleOnly ? visibleSheets(ex.state) : ex.state.sheets;
      const found = first ? list[0] : list[list.length - 1];
      if (!found) throw simError("ItemNotFound");
      return found;
    });
  }

  getFirst(visibleOnly = false): SimWorksheet {
    return this._end(true, visibleOnly);
  }

  getLast(visibleOnly = false): SimWorksheet {
    return this._end(false, visibleOnly);
  }

  getCount(visibleOnly = false): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("WorksheetCollection.getCount", [visibleOnly], (ex) => {
      const n = visibleOnly ? visibleSheets(ex.state).length : ex.state.sheets.length;
      ex.after(() => result._set(n));
    });
    return result;
  }

  private _events(name: string, event: "Activated" | "Deactivated" | "Changed", version: string): SimEventHandlers {
    let h = this._handlers.get(name);
    if (h === undefined) {
      h = new SimEventHandlers(this.context, `WorksheetCollection.${name}`, event, () => ({ kind: "sheets" }), version);
      this._handlers.set(name, h);
    }
    return h;
  }

  get onActivated(): SimEventHandlers {
    return this._events("onActivated", "Activated", "1.7");
  }

  get onDeactivated(): SimEventHandlers {
    return this._events("onDeactivated", "Deactivated", "1.7");
  }

  get onChanged(): SimEventHandlers {
    return this._events("onChanged", "Changed", "1.9");
  }
}

export class SimWorksheetProtection extends SimObject<SheetModel> {
  readonly _className = "WorksheetProtection";
  protected override _scalars(): Record<string, Getter<SheetModel>> {
    return { protected: (t) => t.protected };
  }

  get protected(): boolean {
    return this._read("protected");
  }

  protect(_options?: unknown, password?: string): void {
    this._call("protect", [password === undefined ? null : "***"], (t) => {
      if (t.protected) throw simError("InvalidOperation", "The worksheet is already protected.");
      t.protected = true;
      if (password !== undefined) t.password = password;
    });
  }

  unprotect(password?: string): void {
    this._call("unprotect", [password === undefined ? null : "***"], (t) => {
      if (t.password !== undefined && t.password !== password) throw simError("InvalidArgument", "The password is incorrect.");
      t.protected = false;
      delete t.password;
    });
  }
}
