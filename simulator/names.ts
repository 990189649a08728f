// Named items (defined names), workbook- or worksheet-scoped.

import { parseLocalRange, qualifiedAddress, splitSheet, type Rect } from "./address";
import type { Exec, SimContext } from "./context";
import { simError } from "./errors";
import { findSheetById, findSheetByName, type NameModel, type NameRef, type SheetModel } from "./model";
import { SimClientResult, SimCollection, SimObject, type Getter } from "./object";
import { SimRange } from "./range";
import { validateIdentifier } from "./table";

type Scope = { sheet: SheetModel | undefined };

interface NameTarget {
  name: NameModel;
}

/** Parses the reference of a name: a range ("=Sheet1!$A$1"), or a constant formula. */
export function parseNameReference(ex: Exec, reference: unknown, scopeSheet: SheetModel | undefined): NameRef {
  if (reference instanceof SimRange) {
    const t = reference._resolve(ex);
    if (t === null) throw simError("ItemNotFound", "The range is a null object.");
    return { kind: "range", sheetId: t.sheet.id, rect: { ...t.rect } };
  }
  if (typeof reference !== "string" || reference.trim() === "") throw simError("InvalidArgument", "Invalid reference.");
  const text = reference.trim().replace(/^=/, "");
  const { sheet: sheetName, local } = splitSheet(text);
  const r = parseLocalRange(local);
  if (r !== null) {
    const sheet = sheetName === undefined ? (scopeSheet ?? findSheetById(ex.state, ex.state.activeSheetId)) : findSheetByName(ex.state, sheetName);
    if (!sheet) return { kind: "ref-error", formula: "=#REF!" };
    return { kind: "range", sheetId: sheet.id, rect: r };
  }
  const formula = `=${text}`;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { kind: "constant", formula, value: Number(text) };
  if (/^"([^"]|"")*"$/.test(text)) return { kind: "constant", formula, value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "constant", formula, value: text.toUpperCase() === "TRUE" };
  return { kind: "constant", formula, value: formula };
}

function nameType(n: NameModel): string {
  const ref = n.ref;
  if (ref.kind === "range") return "Range";
  if (ref.kind === "ref-error") return "Error";
  if (typeof ref.value === "number") return Number.isInteger(ref.value) ? "Integer" : "Double";
  if (typeof ref.value === "boolean") return "Boolean";
  return "String";
}

function refSheet(ex: Exec, n: NameModel): SheetModel | undefined {
  return n.ref.kind === "range" ? findSheetById(ex.state, n.ref.sheetId) : undefined;
}

/** A name used as an address (worksheet.getRange("PD_EnterpriseNumber")), or null. */
export function resolveNameToRange(ex: Exec, name: string, sheet: SheetModel): { sheet: SheetModel; rect: Rect } | null {
  const lower = name.toLowerCase();
  const found =
    ex.state.names.find((n) => n.scopeSheetId === sheet.id && n.name.toLowerCase() === lower) ??
    ex.state.names.find((n) => n.scopeSheetId === null && n.name.toLowerCase() === lower);
  if (found === undefined || found.ref.kind !== "range") return null;
  const target = findSheetById(ex.state, found.ref.sheetId);
  return target ? { sheet: target, rect: found.ref.rect } : null;
}

export class SimNamedItem extends SimObject<NameTarget> {
  readonly _className = "NamedItem";

  protected override _toRef(t: NameTarget): unknown {
    return { name: t.name.name.toLowerCase(), scope: t.name.scopeSheetId };
  }

  protected override _fromRef(ex: Exec, ref: unknown): NameTarget | undefined {
    const { name, scope } = ref as { name: string; scope: string | null };
    const found = ex.state.names.find((n) => n.scopeSheetId === scope && n.name.toLowerCase() === name);
    return found ? { name: found } : undefined;
  }

  protected override _scalars(): Record<string, Getter<NameTarget>> {
    return {
      name: (t) => t.name.name,
      type: (t) => nameType(t.name),
      value: (t, ex) => {
        const ref = t.name.ref;
        if (ref.kind === "range") return qualifiedAddress(refSheet(ex, t.name)?.name ?? "#REF!", ref.rect, true);
        if (ref.kind === "ref-error") return "#REF!";
        return ref.value;
      },
      formula: (t, ex) => {
        const ref = t.name.ref;
        if (ref.kind === "range") return `=${qualifiedAddress(refSheet(ex, t.name)?.name ?? "#REF!", ref.rect, true)}`;
        return ref.formula;
      },
      comment: (t) => t.name.comment,
      scope: (t) => (t.name.scopeSheetId === null ? "Workbook" : "Worksheet"),
      visible: (t) => t.name.visible,
    };
  }

  get name(): string {
    return this._read("name");
  }
  get type(): string {
    return this._read("type");
  }
  get value(): unknown {
    return this._read("value");
  }
  get scope(): string {
    return this._read("scope");
  }

  get formula(): string {
    return this._read("formula");
  }
  set formula(value: string) {
    this.context._core.requireApi("NamedItem.formula", "1.7");
    this._write("formula", value, (t, ex) => {
      t.name.ref = parseNameReference(ex, value, t.name.scopeSheetId === null ? undefined : findSheetById(ex.state, t.name.scopeSheetId));
    });
  }

  get comment(): string {
    return this._read("comment");
  }
  set comment(value: string) {
    this._write("comment", value, (t) => {
      t.name.comment = String(value);
    });
  }

  get visible(): boolean {
    return this._read("visible");
  }
  set visible(value: boolean) {
    this._write("visible", value, (t) => {
      t.name.visible = Boolean(value);
    });
  }

  delete(): void {
    this.context._core.requireApi("NamedItem.delete", "1.4");
    this._call("delete", [], (t, ex) => {
      ex.state.names = ex.state.names.filter((n) => n !== t.name);
    });
  }

  private _range(orNull: boolean): SimRange {
    const range = new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      const ref = t.name.ref;
      const sheet = refSheet(ex, t.name);
      if (ref.kind === "range" && sheet) return { sheet, rect: ref.rect };
      if (orNull) return null;
      if (ref.kind === "constant") throw simError("InvalidOperation", `The name '${t.name.name}' does not refer to a range.`);
      throw simError("InvalidReference", `The name '${t.name.name}' refers to #REF!.`);
    });
    if (orNull) range._instantiate();
    return range;
  }

  getRange(): SimRange {
    return this._range(false);
  }

  getRangeOrNullObject(): SimRange {
    this.context._core.requireApi("NamedItem.getRangeOrNullObject", "1.4");
    return this._range(true);
  }
}

export class SimNamedItemCollection extends SimCollection<Scope, SimNamedItem> {
  readonly _className = "NamedItemCollection";

  constructor(context: SimContext, sheet?: (ex: Exec) => SheetModel | null) {
    super(context, (ex) => {
      if (sheet === undefined) return { sheet: undefined };
      const s = sheet(ex);
      return s === null ? null : { sheet: s };
    });
  }

  private _names(ex: Exec, scope: Scope): NameModel[] {
    const id = scope.sheet?.id ?? null;
    return ex.state.names.filter((n) => n.scopeSheetId === id);
  }

  protected _itemRefs(scope: Scope, ex: Exec): unknown[] {
    return this._names(ex, scope).map((n) => ({ name: n.name.toLowerCase(), scope: n.scopeSheetId }));
  }

  protected _makeItem(ref: unknown): SimNamedItem {
    const item = new SimNamedItem(this.context, () => {
      throw simError("ItemNotFound");
    });
    item._bound = ref;
    return item;
  }

  add(name: string, reference: SimRange | string, comment?: string): SimNamedItem {
    this.context._core.requireApi("NamedItemCollection.add", "1.4");
    const item = new SimNamedItem(this.context, () => {
      throw simError("ItemNotFound", "The name was not created.");
    });
    this.context._enqueue("NamedItemCollection.add", [name, typeof reference === "string" ? reference : "<Range>", comment ?? null], (ex) => {
      const scope = this._resolveForWrite(ex, "add");
      if (scope.sheet === undefined) validateIdentifier(ex.state, name, "defined");
      else {
        validateIdentifier({ ...ex.state, names: [], tables: ex.state.tables }, name, "defined");
        if (this._names(ex, scope).some((n) => n.name.toLowerCase() === name.toLowerCase()))
          throw simError("ItemAlreadyExists", `The name '${name}' already exists.`);
      }
      const model: NameModel = {
        name,
        scopeSheetId: scope.sheet?.id ?? null,
        ref: parseNameReference(ex, reference, scope.sheet),
        comment: comment ?? "",
        visible: true,
      };
      ex.state.names.push(model);
      ex.bind(item, { name: name.toLowerCase(), scope: model.scopeSheetId });
      ex.after(() => {
        item._isNull = false;
      });
    });
    return item;
  }

  private _lookup(name: string, orNull: boolean): SimNamedItem {
    const item = new SimNamedItem(this.context, (ex) => {
      const scope = this._resolve(ex);
      if (scope === null) return null;
      const found = this._names(ex, scope).find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (found) return { name: found };
      if (orNull) return null;
      throw simError("ItemNotFound", `The name '${name}' doesn't exist.`);
    });
    if (orNull) item._instantiate();
    return item;
  }

  getItem(name: string): SimNamedItem {
    return this._lookup(name, false);
  }

  getItemOrNullObject(name: string): SimNamedItem {
    this.context._core.requireApi("NamedItemCollection.getItemOrNullObject", "1.4");
    return this._lookup(name, true);
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("NamedItemCollection.getCount", [], (ex) => {
      const n = this._names(ex, this._resolveForWrite(ex, "getCount")).length;
      ex.after(() => result._set(n));
    });
    return result;
  }
}
