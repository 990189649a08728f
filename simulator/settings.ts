// Workbook settings (add-in settings), document properties with custom properties, and
// worksheet custom properties.

import type { Exec, SimContext } from "./context";
import { simError } from "./errors";
import type { CustomPropertyModel, SheetModel, WorkbookState } from "./model";
import { SimClientResult, SimCollection, SimObject, type Getter } from "./object";

// ------------------------------------------------------------------------------------------
// Settings: values go through JSON, with Date objects as "Date(ms)" strings (as office.js).

const DATE_PREFIX = "Date(";

function encodeSettingValue(value: unknown): unknown {
  if (value === undefined) return null;
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? `${DATE_PREFIX}${raw.getTime()})` : v;
  });
  return text === undefined ? null : JSON.parse(text);
}

export function decodeSettingValue(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null), (_key, v: unknown) => {
    if (typeof v === "string" && v.startsWith(DATE_PREFIX) && v.endsWith(")")) {
      const ms = Number(v.slice(DATE_PREFIX.length, -1));
      if (Number.isFinite(ms)) return new Date(ms);
    }
    return v;
  });
}

interface SettingTarget {
  entry: { key: string; value: unknown };
}

export class SimSetting extends SimObject<SettingTarget> {
  readonly _className = "Setting";

  protected override _toRef(t: SettingTarget): unknown {
    return t.entry.key;
  }

  protected override _fromRef(ex: Exec, ref: unknown): SettingTarget | undefined {
    const entry = ex.state.settings.find((s) => s.key === ref);
    return entry ? { entry } : undefined;
  }

  protected override _scalars(): Record<string, Getter<SettingTarget>> {
    return { key: (t) => t.entry.key, value: (t) => decodeSettingValue(t.entry.value) };
  }

  get key(): string {
    return this._read("key");
  }

  get value(): unknown {
    return this._read("value");
  }
  set value(value: unknown) {
    this._write("value", value, (t) => {
      t.entry.value = encodeSettingValue(value);
    });
  }

  delete(): void {
    this._call("delete", [], (t, ex) => {
      ex.state.settings = ex.state.settings.filter((s) => s !== t.entry);
    });
  }
}

export class SimSettingCollection extends SimCollection<WorkbookState, SimSetting> {
  readonly _className = "SettingCollection";

  constructor(context: SimContext) {
    super(context, (ex) => ex.state);
  }

  protected _itemRefs(t: WorkbookState): unknown[] {
    return t.settings.map((s) => s.key);
  }

  protected _makeItem(ref: unknown): SimSetting {
    const item = new SimSetting(this.context, () => {
      throw simError("ItemNotFound");
    });
    item._bound = ref;
    return item;
  }

  add(key: string, value: unknown): SimSetting {
    const item = new SimSetting(this.context, () => {
      throw simError("ItemNotFound", "The setting was not added.");
    });
    const encoded = encodeSettingValue(value);
    this.context._enqueue("SettingCollection.add", [key, encoded], (ex) => {
      if (typeof key !== "string" || key === "") throw simError("InvalidArgument", "A setting needs a key.");
      const existing = ex.state.settings.find((s) => s.key === key);
      if (existing) existing.value = encoded;
      else ex.state.settings.push({ key, value: encoded });
      ex.bind(item, key);
      ex.after(() => {
        item._isNull = false;
      });
    });
    return item;
  }

  private _lookup(key: string, orNull: boolean): SimSetting {
    const item = new SimSetting(this.context, (ex) => {
      const entry = ex.state.settings.find((s) => s.key === key);
      if (entry) return { entry };
      if (orNull) return null;
      throw simError("ItemNotFound", `The setting '${key}' doesn't exist.`);
    });
    if (orNull) item._instantiate();
    return item;
  }

  getItem(key: string): SimSetting {
    return this._lookup(key, false);
  }

  getItemOrNullObject(key: string): SimSetting {
    return this._lookup(key, true);
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("SettingCollection.getCount", [], (ex) => {
      const n = ex.state.settings.length;
      ex.after(() => result._set(n));
    });
    return result;
  }
}

// ------------------------------------------------------------------------------------------
// Document properties and their custom properties (ExcelApi 1.7). Keys are case-insensitive;
// keys and text values are limited to 255 characters: desktop Excel trims them, which the
// simulator does too (Excel on the web has no limit).

export const CUSTOM_PROPERTY_LIMIT = 255;

function customPropertyOf(key: string, value: unknown): CustomPropertyModel {
  const k = key.slice(0, CUSTOM_PROPERTY_LIMIT);
  if (typeof value === "boolean") return { key: k, value, type: "Boolean" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw simError("InvalidArgument", "Invalid number.");
    return { key: k, value, type: Number.isInteger(value) ? "Number" : "Float" };
  }
  if (value instanceof Date) return { key: k, value: value.toISOString(), type: "Date" };
  if (typeof value !== "string") throw simError("InvalidArgument", "A custom property value is a string, number, boolean or Date.");
  return { key: k, value: value.slice(0, CUSTOM_PROPERTY_LIMIT), type: "String" };
}

function customValue(p: CustomPropertyModel): unknown {
  return p.type === "Date" ? new Date(String(p.value)) : p.value;
}

interface CustomTarget {
  prop: CustomPropertyModel;
}

export class SimCustomProperty extends SimObject<CustomTarget> {
  readonly _className = "CustomProperty";

  protected override _toRef(t: CustomTarget): unknown {
    return t.prop.key.toLowerCase();
  }

  protected override _fromRef(ex: Exec, ref: unknown): CustomTarget | undefined {
    const prop = ex.state.customProps.find((p) => p.key.toLowerCase() === ref);
    return prop ? { prop } : undefined;
  }

  protected override _scalars(): Record<string, Getter<CustomTarget>> {
    return { key: (t) => t.prop.key, type: (t) => t.prop.type, value: (t) => customValue(t.prop) };
  }

  get key(): string {
    return this._read("key");
  }
  get type(): string {
    return this._read("type");
  }
  get value(): unknown {
    return this._read("value");
  }
  set value(value: unknown) {
    this._write("value", value, (t) => {
      const next = customPropertyOf(t.prop.key, value);
      t.prop.value = next.value;
      t.prop.type = next.type;
    });
  }

  delete(): void {
    this._call("delete", [], (t, ex) => {
      ex.state.customProps = ex.state.customProps.filter((p) => p !== t.prop);
    });
  }
}

export class SimCustomPropertyCollection extends SimCollection<WorkbookState, SimCustomProperty> {
  readonly _className = "CustomPropertyCollection";

  constructor(context: SimContext) {
    super(context, (ex) => ex.state);
  }

  protected _itemRefs(t: WorkbookState): unknown[] {
    return t.customProps.map((p) => p.key.toLowerCase());
  }

  protected _makeItem(ref: unknown): SimCustomProperty {
    const item = new SimCustomProperty(this.context, () => {
      throw simError("ItemNotFound");
    });
    item._bound = ref;
    return item;
  }

  add(key: string, value: unknown): SimCustomProperty {
    const item = new SimCustomProperty(this.context, () => {
      throw simError("ItemNotFound", "The custom property was not added.");
    });
    this.context._enqueue("CustomPropertyCollection.add", [key, value instanceof Date ? value.toISOString() : value], (ex) => {
      if (typeof key !== "string" || key === "") throw simError("InvalidArgument", "A custom property needs a key.");
      const model = customPropertyOf(key, value);
      const existing = ex.state.customProps.find((p) => p.key.toLowerCase() === model.key.toLowerCase());
      if (existing) {
        existing.value = model.value;
        existing.type = model.type;
      } else ex.state.customProps.push(model);
      ex.bind(item, model.key.toLowerCase());
      ex.after(() => {
        item._isNull = false;
      });
    });
    return item;
  }

  private _lookup(key: string, orNull: boolean): SimCustomProperty {
    const item = new SimCustomProperty(this.context, (ex) => {
      const prop = ex.state.customProps.find((p) => p.key.toLowerCase() === key.slice(0, CUSTOM_PROPERTY_LIMIT).toLowerCase());
      if (prop) return { prop };
      if (orNull) return null;
      throw simError("ItemNotFound", `The custom property '${key}' doesn't exist.`);
    });
    if (orNull) item._instantiate();
    return item;
  }

  getItem(key: string): SimCustomProperty {
    return this._lookup(key, false);
  }

  getItemOrNullObject(key: string): SimCustomProperty {
    return this._lookup(key, true);
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("CustomPropertyCollection.getCount", [], (ex) => {
      const n = ex.state.customProps.length;
      ex.after(() => result._set(n));
    });
    return result;
  }

  deleteAll(): void {
    this._call("deleteAll", [], (t) => {
      t.customProps = [];
    });
  }
}

const DOC_TEXT_PROPS = ["title", "subject", "author", "keywords", "comments", "category", "manager", "company"] as const;

export class SimDocumentProperties extends SimObject<WorkbookState> {
  readonly _className = "DocumentProperties";

  constructor(context: SimContext) {
    super(context, (ex) => ex.state);
  }

  protected override _navNames(): string[] {
    return ["custom"];
  }

  protected override _scalars(): Record<string, Getter<WorkbookState>> {
    const out: Record<string, Getter<WorkbookState>> = {};
    for (const p of DOC_TEXT_PROPS) out[p] = (t) => t.docProps[p] ?? "";
    out.revisionNumber = (t) => t.docProps.revisionNumber ?? 0;
    out.lastAuthor = (t, ex) => t.docProps.lastAuthor ?? ex.core.userName;
    out.creationDate = (t) => new Date(String(t.docProps.creationDate ?? "2024-01-01T00:00:00Z"));
    return out;
  }

  get custom(): SimCustomPropertyCollection {
    return this._nav("custom", () => new SimCustomPropertyCollection(this.context));
  }

  private _text(name: (typeof DOC_TEXT_PROPS)[number], value: string): void {
    this._write(name, value, (t) => {
      t.docProps[name] = String(value);
    });
  }

  get title(): string {
    return this._read("title");
  }
  set title(v: string) {
    this._text("title", v);
  }
  get subject(): string {
    return this._read("subject");
  }
  set subject(v: string) {
    this._text("subject", v);
  }
  get author(): string {
    return this._read("author");
  }
  set author(v: string) {
    this._text("author", v);
  }
  get keywords(): string {
    return this._read("keywords");
  }
  set keywords(v: string) {
    this._text("keywords", v);
  }
  get comments(): string {
    return this._read("comments");
  }
  set comments(v: string) {
    this._text("comments", v);
  }
  get category(): string {
    return this._read("category");
  }
  set category(v: string) {
    this._text("category", v);
  }
  get manager(): string {
    return this._read("manager");
  }
  set manager(v: string) {
    this._text("manager", v);
  }
  get company(): string {
    return this._read("company");
  }
  set company(v: string) {
    this._text("company", v);
  }
  get revisionNumber(): number {
    return this._read("revisionNumber");
  }
  set revisionNumber(v: number) {
    this._write("revisionNumber", v, (t) => {
      t.docProps.revisionNumber = Number(v);
    });
  }
  get lastAuthor(): string {
    return this._read("lastAuthor");
  }
  get creationDate(): Date {
    return this._read("creationDate");
  }
}

// ------------------------------------------------------------------------------------------
// Worksheet custom properties (ExcelApi 1.12): string values, keys case-insensitive, keys over
// 255 characters are an InvalidArgument.

interface SheetPropTarget {
  sheet: SheetModel;
  prop: { key: string; value: string };
}

export class SimWorksheetCustomProperty extends SimObject<SheetPropTarget> {
  readonly _className = "WorksheetCustomProperty";

  protected override _toRef(t: SheetPropTarget): unknown {
    return { sheetId: t.sheet.id, key: t.prop.key.toLowerCase() };
  }

  protected override _fromRef(ex: Exec, ref: unknown): SheetPropTarget | undefined {
    const { sheetId, key } = ref as { sheetId: string; key: string };
    const sheet = ex.state.sheets.find((s) => s.id === sheetId);
    const prop = sheet?.customProps.find((p) => p.key.toLowerCase() === key);
    return sheet && prop ? { sheet, prop } : undefined;
  }

  protected override _scalars(): Record<string, Getter<SheetPropTarget>> {
    return { key: (t) => t.prop.key, value: (t) => t.prop.value };
  }

  get key(): string {
    return this._read("key");
  }

  get value(): string {
    return this._read("value");
  }
  set value(value: string) {
    this._write("value", value, (t) => {
      t.prop.value = String(value);
    });
  }

  delete(): void {
    this._call("delete", [], (t) => {
      t.sheet.customProps = t.sheet.customProps.filter((p) => p !== t.prop);
    });
  }
}

export class SimWorksheetCustomPropertyCollection extends SimCollection<SheetModel, SimWorksheetCustomProperty> {
  readonly _className = "WorksheetCustomPropertyCollection";

  protected _itemRefs(sheet: SheetModel): unknown[] {
    return sheet.customProps.map((p) => ({ sheetId: sheet.id, key: p.key.toLowerCase() }));
  }

  protected _makeItem(ref: unknown): SimWorksheetCustomProperty {
    const item = new SimWorksheetCustomProperty(this.context, () => {
      throw simError("ItemNotFound");
    });
    item._bound = ref;
    return item;
  }

  add(key: string, value: string): SimWorksheetCustomProperty {
    const item = new SimWorksheetCustomProperty(this.context, () => {
      throw simError("ItemNotFound", "The custom property was not added.");
    });
    this.context._enqueue("WorksheetCustomPropertyCollection.add", [key, value], (ex) => {
      const sheet = this._resolveForWrite(ex, "add");
      if (typeof key !== "string" || key === "" || key.length > CUSTOM_PROPERTY_LIMIT) {
        throw simError("InvalidArgument", `Custom property keys have 1 to ${CUSTOM_PROPERTY_LIMIT} characters.`);
      }
      const existing = sheet.customProps.find((p) => p.key.toLowerCase() === key.toLowerCase());
      if (existing) existing.value = String(value);
      else sheet.customProps.push({ key, value: String(value) });
      ex.bind(item, { sheetId: sheet.id, key: key.toLowerCase() });
      ex.after(() => {
        item._isNull = false;
      });
    });
    return item;
  }

  private _lookup(key: string, orNull: boolean): SimWorksheetCustomProperty {
    const item = new SimWorksheetCustomProperty(this.context, (ex) => {
      const sheet = this._resolve(ex);
      if (sheet === null) return null;
      const prop = sheet.customProps.find((p) => p.key.toLowerCase() === key.toLowerCase());
      if (prop) return { sheet, prop };
      if (orNull) return null;
      throw simError("ItemNotFound", `The custom property '${key}' doesn't exist.`);
    });
    if (orNull) item._instantiate();
    return item;
  }

  getItem(key: string): SimWorksheetCustomProperty {
    return this._lookup(key, false);
  }

  getItemOrNullObject(key: string): SimWorksheetCustomProperty {
    return this._lookup(key, true);
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("WorksheetCustomPropertyCollection.getCount", [], (ex) => {
      const n = this._resolveForWrite(ex, "getCount").customProps.length;
      ex.after(() => result._set(n));
    });
    return result;
  }
}
