// RangeAreas (ExcelApi 1.9): rectangles of one sheet, as Range.getMergedAreasOrNullObject gives
// them, with `areas`, a RangeCollection of Range proxies.

import { cellCount, formatRect, isEntireColumn, isEntireRow, qualifiedAddress, type Rect } from "./address";
import type { Exec, SimContext } from "./context";
import { simError } from "./errors";
import { findSheetById, type SheetModel } from "./model";
import { SimClientResult, SimCollection, SimObject, type Getter } from "./object";
import { SimRange } from "./range";
import { SimWorksheet } from "./worksheet";

export interface AreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

/** RangeAreas.cellCount is -1 past 2^31 - 1 cells (API reference). */
const MAX_CELL_COUNT = 2 ** 31 - 1;

export class SimRangeAreas extends SimObject<AreasTarget> {
  readonly _className = "RangeAreas";

  constructor(context: SimContext, resolver: (ex: Exec) => AreasTarget | null) {
    super(context, resolver);
  }

  protected override _toRef(t: AreasTarget): unknown {
    return { sheetId: t.sheet.id, rects: t.rects.map((r) => ({ ...r })) };
  }

  protected override _fromRef(ex: Exec, ref: unknown): AreasTarget | undefined {
    const { sheetId, rects } = ref as { sheetId: string; rects: Rect[] };
    const sheet = findSheetById(ex.state, sheetId);
    return sheet ? { sheet, rects } : undefined;
  }

  protected override _navNames(): string[] {
    return ["areas", "worksheet"];
  }

  protected override _scalars(): Record<string, Getter<AreasTarget>> {
    // "Sheet1!F3:F5, Sheet1!H:H": each area names its sheet, as in the API reference's example.
    const address = (t: AreasTarget): string => t.rects.map((r) => qualifiedAddress(t.sheet.name, r)).join(", ");
    return {
      address,
      addressLocal: address,
      areaCount: (t) => t.rects.length,
      cellCount: (t) => {
        const n = t.rects.reduce((sum, r) => sum + cellCount(r), 0);
        return n > MAX_CELL_COUNT ? -1 : n;
      },
      isEntireRow: (t) => t.rects.every(isEntireRow),
      isEntireColumn: (t) => t.rects.every(isEntireColumn),
    };
  }

  get address(): string {
    return this._read("address");
  }
  get addressLocal(): string {
    return this._read("addressLocal");
  }
  get areaCount(): number {
    return this._read("areaCount");
  }
  get cellCount(): number {
    return this._read("cellCount");
  }
  get isEntireRow(): boolean {
    return this._read("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this._read("isEntireColumn");
  }

  get areas(): SimRangeCollection {
    return this._nav("areas", () => new SimRangeCollection(this.context, (ex) => this._resolve(ex)));
  }

  get worksheet(): SimWorksheet {
    return this._nav("worksheet", () => new SimWorksheet(this.context, (ex) => this._resolve(ex)?.sheet ?? null));
  }
}

/** RangeCollection: the rectangles of a RangeAreas, as ranges bound to their sheet and rectangle. */
export class SimRangeCollection extends SimCollection<AreasTarget, SimRange> {
  readonly _className = "RangeCollection";

  protected _itemRefs(t: AreasTarget): unknown[] {
    return t.rects.map((rect) => ({ sheetId: t.sheet.id, rect: { ...rect } }));
  }

  protected _makeItem(ref: unknown): SimRange {
    const range = new SimRange(this.context, () => {
      throw simError("ItemNotFound");
    });
    if (ref !== undefined) range._bound = ref;
    return range;
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("RangeCollection.getCount", [], (ex) => {
      const n = this._resolveForWrite(ex, "getCount").rects.length;
      ex.after(() => result._set(n));
    });
    return result;
  }

  getItemAt(index: number): SimRange {
    return new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      const rect = Number.isInteger(index) ? t.rects[index] : undefined;
      if (rect === undefined) throw simError("ItemNotFound", `There is no area #${index} (${t.rects.map((r) => formatRect(r)).join(", ")}).`);
      return { sheet: t.sheet, rect };
    });
  }
}
