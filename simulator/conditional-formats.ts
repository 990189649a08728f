// Conditional formats: the "Custom" kind (a formula rule with a fill and a font).

import { intersects } from "./address";
import type { Exec } from "./context";
import { simError } from "./errors";
import { findSheetById, nextId, type CondFormatModel, type SheetModel } from "./model";
import { SimClientResult, SimCollection, SimObject, type Getter } from "./object";
import { SimRange } from "./range";
import { assertWritable, removeConditionalFormats, type RangeTarget } from "./sheet-ops";
import { normalizeColor } from "./values";

interface CfTarget {
  sheet: SheetModel;
  cf: CondFormatModel;
}

function cfsIn(t: RangeTarget): CondFormatModel[] {
  return t.sheet.condFormats.filter((cf) => cf.ranges.some((r) => intersects(r, t.rect))).sort((a, b) => a.priority - b.priority);
}

abstract class CfPart extends SimObject<CfTarget> {
  protected override _toRef(t: CfTarget): unknown {
    return { sheetId: t.sheet.id, id: t.cf.id };
  }

  protected override _fromRef(ex: Exec, ref: unknown): CfTarget | undefined {
    const { sheetId, id } = ref as { sheetId: string; id: string };
    const sheet = findSheetById(ex.state, sheetId);
    const cf = sheet?.condFormats.find((c) => c.id === id);
    return sheet && cf ? { sheet, cf } : undefined;
  }

  protected _set(name: string, value: unknown, apply: (cf: CondFormatModel) => void): void {
    this._write(name, value, (t) => {
      assertWritable(t.sheet);
      apply(t.cf);
    });
  }
}

export class SimConditionalFormatRule extends CfPart {
  readonly _className = "ConditionalFormatRule";

  protected override _scalars(): Record<string, Getter<CfTarget>> {
    return { formula: (t) => t.cf.formula, formulaLocal: (t) => t.cf.formula };
  }

  get formula(): string {
    return this._read("formula");
  }
  set formula(value: string) {
    this._set("formula", value, (cf) => {
      if (typeof value !== "string" || value.trim() === "") throw simError("InvalidArgument", "A rule needs a formula.");
      cf.formula = value.startsWith("=") ? value : `=${value}`;
    });
  }

  get formulaLocal(): string {
    return this._read("formulaLocal");
  }
  set formulaLocal(value: string) {
    this.formula = value;
  }
}

export class SimConditionalRangeFill extends CfPart {
  readonly _className = "ConditionalRangeFill";

  protected override _scalars(): Record<string, Getter<CfTarget>> {
    return { color: (t) => t.cf.fill };
  }

  get color(): string {
    return this._read("color");
  }
  set color(value: string) {
    this._set("color", value, (cf) => (cf.fill = normalizeColor(value)));
  }

  clear(): void {
    this._call("clear", [], (t) => (t.cf.fill = null));
  }
}

export class SimConditionalRangeFont extends CfPart {
  readonly _className = "ConditionalRangeFont";

  protected override _scalars(): Record<string, Getter<CfTarget>> {
    return { color: (t) => t.cf.fontColor, bold: (t) => t.cf.bold, italic: (t) => t.cf.italic };
  }

  get color(): string {
    return this._read("color");
  }
  set color(value: string) {
    this._set("color", value, (cf) => (cf.fontColor = normalizeColor(value)));
  }

  get bold(): boolean {
    return this._read("bold");
  }
  set bold(value: boolean) {
    this._set("bold", value, (cf) => (cf.bold = Boolean(value)));
  }

  get italic(): boolean {
    return this._read("italic");
  }
  set italic(value: boolean) {
    this._set("italic", value, (cf) => (cf.italic = Boolean(value)));
  }

  clear(): void {
    this._call("clear", [], (t) => {
      t.cf.fontColor = null;
      t.cf.bold = null;
      t.cf.italic = null;
    });
  }
}

export class SimConditionalRangeFormat extends CfPart {
  readonly _className = "ConditionalRangeFormat";

  protected override _navNames(): string[] {
    return ["fill", "font"];
  }

  get fill(): SimConditionalRangeFill {
    return this._nav("fill", () => new SimConditionalRangeFill(this.context, (ex) => this._resolve(ex)));
  }

  get font(): SimConditionalRangeFont {
    return this._nav("font", () => new SimConditionalRangeFont(this.context, (ex) => this._resolve(ex)));
  }
}

export class SimCustomConditionalFormat extends CfPart {
  readonly _className = "CustomConditionalFormat";

  protected override _navNames(): string[] {
    return ["rule", "format"];
  }

  get rule(): SimConditionalFormatRule {
    return this._nav("rule", () => new SimConditionalFormatRule(this.context, (ex) => this._resolve(ex)));
  }

  get format(): SimConditionalRangeFormat {
    return this._nav("format", () => new SimConditionalRangeFormat(this.context, (ex) => this._resolve(ex)));
  }
}

export class SimConditionalFormat extends CfPart {
  readonly _className = "ConditionalFormat";

  protected override _navNames(): string[] {
    return ["custom", "customOrNullObject"];
  }

  protected override _scalars(): Record<string, Getter<CfTarget>> {
    return { id: (t) => t.cf.id, type: (t) => t.cf.type, priority: (t) => t.cf.priority, stopIfTrue: (t) => t.cf.stopIfTrue };
  }

  get id(): string {
    return this._read("id");
  }
  get type(): string {
    return this._read("type");
  }

  get priority(): number {
    return this._read("priority");
  }
  set priority(value: number) {
    this._set("priority", value, (cf) => (cf.priority = Number(value)));
  }

  get stopIfTrue(): boolean {
    return this._read("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this._set("stopIfTrue", value, (cf) => (cf.stopIfTrue = Boolean(value)));
  }

  get custom(): SimCustomConditionalFormat {
    return this._nav("custom", () => new SimCustomConditionalFormat(this.context, (ex) => this._resolve(ex)));
  }

  /** ExcelApi 1.6: the custom rule, or a null object for a rule of another type (only "Custom" is simulated). */
  get customOrNullObject(): SimCustomConditionalFormat {
    return this._nav(
      "customOrNullObject",
      () =>
        new SimCustomConditionalFormat(this.context, (ex) => {
          const t = this._resolve(ex);
          return t !== null && t.cf.type === "Custom" ? t : null;
        }),
    );
  }

  delete(): void {
    this._call("delete", [], (t) => {
      assertWritable(t.sheet);
      t.sheet.condFormats = t.sheet.condFormats.filter((c) => c !== t.cf);
    });
  }

  private _range(orNull: boolean): SimRange {
    return new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      const [first, ...others] = t.cf.ranges;
      if (first === undefined || others.length > 0) {
        if (orNull) return null;
        throw simError("InvalidOperation", "The conditional format applies to several ranges.");
      }
      return { sheet: t.sheet, rect: first };
    });
  }

  getRange(): SimRange {
    return this._range(false);
  }

  getRangeOrNullObject(): SimRange {
    return this._range(true);
  }
}

export class SimConditionalFormatCollection extends SimCollection<RangeTarget, SimConditionalFormat> {
  readonly _className = "ConditionalFormatCollection";

  protected _itemRefs(t: RangeTarget): unknown[] {
    return cfsIn(t).map((cf) => ({ sheetId: t.sheet.id, id: cf.id }));
  }

  protected _makeItem(ref: unknown): SimConditionalFormat {
    const item = new SimConditionalFormat(this.context, () => {
      throw simError("ItemNotFound");
    });
    item._bound = ref;
    return item;
  }

  /** Adds a conditional format at the top priority. Only "Custom" is simulated. */
  add(type: string): SimConditionalFormat {
    if (type !== "Custom") throw simError("NotImplemented", `The simulator supports only "Custom" conditional formats, not '${type}'.`);
    const item = new SimConditionalFormat(this.context, () => {
      throw simError("ItemNotFound", "The conditional format was not added.");
    });
    this.context._enqueue("ConditionalFormatCollection.add", [type], (ex) => {
      const t = this._resolveForWrite(ex, "add");
      assertWritable(t.sheet);
      for (const cf of t.sheet.condFormats) cf.priority += 1;
      const model: CondFormatModel = {
        id: String(nextId(ex.state)),
        type: "Custom",
        ranges: [{ ...t.rect }],
        anchorRow: t.rect.r0,
        anchorCol: t.rect.c0,
        formula: "",
        fill: null,
        fontColor: null,
        bold: null,
        italic: null,
        priority: 0,
        stopIfTrue: false,
      };
      t.sheet.condFormats.push(model);
      ex.bind(item, { sheetId: t.sheet.id, id: model.id });
      ex.after(() => {
        item._isNull = false;
      });
    });
    return item;
  }

  clearAll(): void {
    this._call("clearAll", [], (t) => {
      assertWritable(t.sheet);
      removeConditionalFormats(t.sheet, t.rect);
    });
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("ConditionalFormatCollection.getCount", [], (ex) => {
      const n = cfsIn(this._resolveForWrite(ex, "getCount")).length;
      ex.after(() => result._set(n));
    });
    return result;
  }

  private _find(find: (t: RangeTarget) => CondFormatModel | undefined, what: string, orNull: boolean): SimConditionalFormat {
    const item = new SimConditionalFormat(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      const cf = find(t);
      if (cf) return { sheet: t.sheet, cf };
      if (orNull) return null;
      throw simError("ItemNotFound", `There is no conditional format ${what}.`);
    });
    if (orNull) item._instantiate();
    return item;
  }

  getItem(id: string): SimConditionalFormat {
    return this._find((t) => t.sheet.condFormats.find((cf) => cf.id === id), `'${id}'`, false);
  }

  getItemOrNullObject(id: string): SimConditionalFormat {
    this.context._core.requireApi("ConditionalFormatCollection.getItemOrNullObject", "1.14");
    return this._find((t) => t.sheet.condFormats.find((cf) => cf.id === id), `'${id}'`, true);
  }

  getItemAt(index: number): SimConditionalFormat {
    return this._find((t) => cfsIn(t)[index], `#${index}`, false);
  }
}
