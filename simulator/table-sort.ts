// Table.sort (Excel.TableSort, ExcelApi 1.2): reorders a table's body rows by the values of some
// columns (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablesort,
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.sortfield).
//
// A row's cells move as a block (values, formulas, formats, notes, comments). As Excel does, the
// move is a copy for the formulas inside the moved rows (relative references are re-based on the
// new row, "$" ones stay: Microsoft KB 40401, "Errors Sorting Cells That Contain References",
// https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/40/401.HTM), and nothing else
// is rewritten: a formula elsewhere that names a sorted cell keeps naming that cell, whatever it
// now holds. Hidden body rows (filtered out or hidden by hand) stay where they are; only the
// visible rows are sorted among themselves.

import type { Exec, SimContext } from "./context";
import { simError } from "./errors";
import { translateFormula } from "./formula-refs";
import { isRowHidden } from "./hidden-rows";
import { cellKey, getCell, type CellModel, type NoteModel, type SheetModel, type SortFieldModel, type SortModel, type TableModel } from "./model";
import { SimObject, type Getter } from "./object";
import { assertWritable } from "./sheet-ops";
import { bodyRect } from "./table-parts";

export interface SortTarget {
  table: TableModel;
  sheet: SheetModel;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Checks Excel.SortField JSON; only sorting on values is simulated. */
export function normalizeSortFields(table: TableModel, fields: unknown): SortFieldModel[] {
  if (!Array.isArray(fields) || fields.length === 0) throw simError("InvalidArgument", "Sort fields must be a non-empty array.");
  return fields.map((f: unknown) => {
    const field = (f ?? {}) as Record<string, unknown>;
    const key = field.key;
    if (typeof key !== "number" || !Number.isInteger(key) || key < 0 || key >= table.columnIds.length)
      throw simError("InvalidArgument", `Invalid sort key ${String(key)}.`);
    const sortOn = field.sortOn ?? "Value";
    if (sortOn !== "Value") throw simError("NotImplemented", `The simulator sorts on values only, not '${String(sortOn)}'.`);
    const dataOption = field.dataOption ?? "Normal";
    if (dataOption !== "Normal" && dataOption !== "TextAsNumber") throw simError("InvalidArgument", `Invalid dataOption '${String(dataOption)}'.`);
    return { key, ascending: field.ascending !== false, sortOn: "Value", dataOption };
  });
}

type Kind = 0 | 1 | 2 | 3;

/** Excel's sort order: numbers, then text, then FALSE/TRUE; blanks last either way. */
function sortKey(cell: CellModel | undefined, textAsNumber: boolean): { kind: Kind; value: number | string } {
  const v = cell?.v;
  if (cell === undefined || (v === "" && cell.f === undefined)) return { kind: 3, value: 0 };
  if (typeof v === "number") return { kind: 0, value: v };
  if (typeof v === "boolean") return { kind: 2, value: v ? 1 : 0 };
  const text = String(v);
  if (textAsNumber && NUMBER.test(text.trim())) return { kind: 0, value: Number(text) };
  return { kind: 1, value: text };
}

/** Sorts the visible body rows of a table by `sort`'s fields, a stable sort as Excel's. */
export function sortTable(ex: Exec, target: SortTarget, sort: SortModel): void {
  const { table, sheet } = target;
  assertWritable(sheet);
  const body = bodyRect(table);
  const rows: number[] = [];
  for (let row = body.r0; row <= body.r1; row++) if (!isRowHidden(sheet, row)) rows.push(row);
  const collator = new Intl.Collator("en", { sensitivity: sort.matchCase ? "variant" : "accent" });
  const compare = (a: number, b: number): number => {
    for (const f of sort.fields) {
      const col = table.rect.c0 + f.key;
      const x = sortKey(getCell(sheet, a, col), f.dataOption === "TextAsNumber");
      const y = sortKey(getCell(sheet, b, col), f.dataOption === "TextAsNumber");
      if (x.kind === 3 || y.kind === 3) {
        if (x.kind !== y.kind) return x.kind === 3 ? 1 : -1;
        continue;
      }
      let order = x.kind - y.kind;
      if (order === 0) order = x.kind === 1 ? collator.compare(x.value as string, y.value as string) : (x.value as number) - (y.value as number);
      if (order !== 0) return f.ascending ? order : -order;
    }
    return 0;
  };
  const sorted = [...rows].sort((a, b) => compare(a, b) || a - b);
  const moves = rows.map((to, i) => ({ from: sorted[i] as number, to })).filter((m) => m.from !== m.to);
  if (moves.length > 0) moveRows(ex, sheet, table, moves);
  table.sort = { fields: sort.fields.map((f) => ({ ...f })), matchCase: sort.matchCase, method: sort.method };
  ex.changed({ sheetId: sheet.id, rect: body, changeType: "RangeEdited" });
}

/** Moves the cells (in the table's columns) of rows `from` to rows `to`, all at once. */
function moveRows(ex: Exec, sheet: SheetModel, table: TableModel, moves: { from: number; to: number }[]): void {
  const { c0, c1 } = table.rect;
  const cells = new Map<number, (CellModel | undefined)[]>();
  const notes = new Map<number, (NoteModel | undefined)[]>();
  for (const { from } of moves) {
    const line: (CellModel | undefined)[] = [];
    const noteLine: (NoteModel | undefined)[] = [];
    for (let col = c0; col <= c1; col++) {
      line.push(sheet.cells.get(cellKey(from, col)));
      noteLine.push(sheet.notes.get(cellKey(from, col)));
    }
    cells.set(from, line);
    notes.set(from, noteLine);
  }
  const comments = ex.state.comments.filter((c) => c.sheetId === sheet.id && c.col >= c0 && c.col <= c1 && cells.has(c.row));
  for (const { to, from } of moves) {
    const line = cells.get(from) as (CellModel | undefined)[];
    const noteLine = notes.get(from) as (NoteModel | undefined)[];
    for (let col = c0; col <= c1; col++) {
      const key = cellKey(to, col);
      const cell = line[col - c0];
      if (cell === undefined) sheet.cells.delete(key);
      else sheet.cells.set(key, cell.f === undefined ? { ...cell } : { ...cell, f: translateFormula(cell.f, to - from, 0) });
      const note = noteLine[col - c0];
      if (note === undefined) sheet.notes.delete(key);
      else sheet.notes.set(key, note);
    }
  }
  const target = new Map(moves.map((m) => [m.from, m.to]));
  for (const c of comments) c.row = target.get(c.row) ?? c.row;
}

/** Excel.TableSort. */
export class SimTableSort extends SimObject<SortTarget> {
  readonly _className = "TableSort";

  constructor(context: SimContext, resolver: (ex: Exec) => SortTarget | null) {
    super(context, resolver);
  }

  protected override _scalars(): Record<string, Getter<SortTarget>> {
    return {
      fields: (t) => (t.table.sort?.fields ?? []).map((f) => ({ ...f })),
      matchCase: (t) => t.table.sort?.matchCase ?? false,
      method: (t) => t.table.sort?.method ?? "PinYin",
    };
  }

  get fields(): SortFieldModel[] {
    return this._read("fields");
  }

  get matchCase(): boolean {
    return this._read("matchCase");
  }

  get method(): string {
    return this._read("method");
  }

  apply(fields: unknown[], matchCase?: boolean, method?: string): void {
    this._call("apply", [fields, matchCase ?? null, method ?? null], (t, ex) => {
      if (method !== undefined && method !== null && method !== "PinYin" && method !== "StrokeCount")
        throw simError("InvalidArgument", `Invalid sort method '${String(method)}'.`);
      sortTable(ex, t, {
        fields: normalizeSortFields(t.table, fields),
        matchCase: matchCase === true,
        method: method === "StrokeCount" ? "StrokeCount" : "PinYin",
      });
    });
  }

  /** "Clears the sorting that is currently on the table. While this doesn't modify the table's ordering, it clears the state of the header buttons." */
  clear(): void {
    this._call("clear", [], (t) => {
      assertWritable(t.sheet);
      delete t.table.sort;
    });
  }

  /** Sorts again by the last fields; nothing happens when there are none. */
  reapply(): void {
    this._call("reapply", [], (t, ex) => {
      if (t.table.sort !== undefined) sortTable(ex, t, t.table.sort);
    });
  }
}
