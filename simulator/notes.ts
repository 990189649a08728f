// Notes (ExcelApi 1.18, the classic yellow notes) and threaded comments (ExcelApi 1.10).

import { parseAddress, type Rect } from "./address";
import type { Exec, SimContext } from "./context";
import { simError, type SimErrorCode } from "./errors";
import { cellKey, findSheetById, findSheetByName, guid, keyCol, keyRow, nextId, type CommentModel, type NoteModel, type SheetModel } from "./model";
import { SimClientResult, SimCollection, SimObject, type Getter } from "./object";
import { SimRange } from "./range";
import { assertWritable } from "./sheet-ops";

type Scope = { sheet: SheetModel | undefined };

function scopeResolver(sheet?: (ex: Exec) => SheetModel | null): (ex: Exec) => Scope | null {
  return (ex) => {
    if (sheet === undefined) return { sheet: undefined };
    const s = sheet(ex);
    return s === null ? null : { sheet: s };
  };
}

/** Resolves the single cell a note or comment goes to; `code` for ranges larger than a cell. */
function singleCell(ex: Exec, scope: Scope, address: unknown, code: SimErrorCode, needSheetName: boolean): { sheet: SheetModel; row: number; col: number } {
  let sheet: SheetModel | undefined;
  let r: Rect;
  if (address instanceof SimRange) {
    const t = address._resolve(ex);
    if (t === null) throw simError("ItemNotFound", "The range is a null object.");
    sheet = t.sheet;
    r = t.rect;
  } else if (typeof address === "string") {
    let parsed: { sheet?: string; rect: Rect };
    try {
      parsed = parseAddress(address);
    } catch {
      throw simError(code, `Invalid cell address '${address}'.`);
    }
    if (parsed.sheet === undefined && needSheetName && scope.sheet === undefined) {
      throw simError(code, `The address '${address}' must include the sheet name.`);
    }
    sheet = parsed.sheet === undefined ? (scope.sheet ?? findSheetById(ex.state, ex.state.activeSheetId)) : findSheetByName(ex.state, parsed.sheet);
    if (!sheet) throw simError("ItemNotFound", `No worksheet for '${address}'.`);
    r = parsed.rect;
  } else {
    throw simError(code, "Expected a Range or a cell address.");
  }
  if (scope.sheet !== undefined && sheet !== scope.sheet) throw simError(code, "The cell is on another worksheet.");
  if (r.r0 !== r.r1 || r.c0 !== r.c1) throw simError(code, "The range must be a single cell.");
  return { sheet, row: r.r0, col: r.c0 };
}

// ------------------------------------------------------------------------------------------
// Notes

interface NoteTarget {
  sheet: SheetModel;
  key: number;
  note: NoteModel;
}

function allNotes(ex: Exec, scope: Scope): NoteTarget[] {
  const sheets = scope.sheet === undefined ? ex.state.sheets : [scope.sheet];
  const out: NoteTarget[] = [];
  for (const sheet of sheets) {
    const keys = [...sheet.notes.keys()].sort((a, b) => a - b);
    for (const key of keys) out.push({ sheet, key, note: sheet.notes.get(key) as NoteModel });
  }
  return out;
}

export class SimNote extends SimObject<NoteTarget> {
  readonly _className = "Note";

  protected override _toRef(t: NoteTarget): unknown {
    return { sheetId: t.sheet.id, key: t.key };
  }

  protected override _fromRef(ex: Exec, ref: unknown): NoteTarget | undefined {
    const { sheetId, key } = ref as { sheetId: string; key: number };
    const sheet = findSheetById(ex.state, sheetId);
    const note = sheet?.notes.get(key);
    return sheet && note ? { sheet, key, note } : undefined;
  }

  protected override _scalars(): Record<string, Getter<NoteTarget>> {
    return {
      content: (t) => t.note.content,
      authorName: (t) => t.note.author,
      visible: () => false,
      height: () => 59.25,
      width: () => 144,
    };
  }

  get content(): string {
    return this._read("content");
  }
  set content(value: string) {
    this._write("content", value, (t) => {
      assertWritable(t.sheet);
      t.note.content = String(value);
    });
  }

  get authorName(): string {
    return this._read("authorName");
  }

  delete(): void {
    this._call("delete", [], (t) => {
      assertWritable(t.sheet);
      t.sheet.notes.delete(t.key);
    });
  }

  getLocation(): SimRange {
    return new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      return t === null ? null : { sheet: t.sheet, rect: { r0: keyRow(t.key), c0: keyCol(t.key), r1: keyRow(t.key), c1: keyCol(t.key) } };
    });
  }
}

export class SimNoteCollection extends SimCollection<Scope, SimNote> {
  readonly _className = "NoteCollection";

  constructor(context: SimContext, sheet?: (ex: Exec) => SheetModel | null) {
    super(context, scopeResolver(sheet));
  }

  protected _itemRefs(scope: Scope, ex: Exec): unknown[] {
    return allNotes(ex, scope).map((n) => ({ sheetId: n.sheet.id, key: n.key }));
  }

  protected _makeItem(ref: unknown): SimNote {
    const item = new SimNote(this.context, () => {
      throw simError("ItemNotFound");
    });
    item._bound = ref;
    return item;
  }

  /** Adds a note on one cell; a larger range is an InvalidCellAddress error (per the API reference). */
  add(cellAddress: SimRange | string, content: unknown): SimNote {
    const item = new SimNote(this.context, () => {
      throw simError("ItemNotFound", "The note was not added.");
    });
    this.context._enqueue("NoteCollection.add", [typeof cellAddress === "string" ? cellAddress : "<Range>", String(content)], (ex) => {
      const scope = this._resolveForWrite(ex, "add");
      const { sheet, row, col } = singleCell(ex, scope, cellAddress, "InvalidCellAddress", false);
      assertWritable(sheet);
      const key = cellKey(row, col);
      if (sheet.notes.has(key)) throw simError("ItemAlreadyExists", `The cell ${cellAddress.toString()} already has a note.`);
      sheet.notes.set(key, { content: String(content), author: ex.core.userName });
      ex.bind(item, { sheetId: sheet.id, key });
      ex.after(() => {
        item._isNull = false;
      });
    });
    return item;
  }

  private _lookup(key: string, orNull: boolean): SimNote {
    const item = new SimNote(this.context, (ex) => {
      const scope = this._resolve(ex);
      if (scope === null) return null;
      const { sheet, row, col } = singleCell(ex, scope, key, "InvalidArgument", false);
      const note = sheet.notes.get(cellKey(row, col));
      if (note) return { sheet, key: cellKey(row, col), note };
      if (orNull) return null;
      throw simError("ItemNotFound", `There is no note at '${key}'.`);
    });
    if (orNull) item._instantiate();
    return item;
  }

  getItem(key: string): SimNote {
    return this._lookup(key, false);
  }

  getItemOrNullObject(key: string): SimNote {
    return this._lookup(key, true);
  }

  getItemAt(index: number): SimNote {
    return new SimNote(this.context, (ex) => {
      const scope = this._resolve(ex);
      if (scope === null) return null;
      const found = allNotes(ex, scope)[index];
      if (!found) throw simError("ItemNotFound", `There is no note #${index}.`);
      return found;
    });
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("NoteCollection.getCount", [], (ex) => {
      const n = allNotes(ex, this._resolveForWrite(ex, "getCount")).length;
      ex.after(() => result._set(n));
    });
    return result;
  }
}

// ------------------------------------------------------------------------------------------
// Comments

interface CommentTarget {
  comment: CommentModel;
}

function commentsIn(ex: Exec, scope: Scope): CommentModel[] {
  return ex.state.comments.filter((c) => scope.sheet === undefined || c.sheetId === scope.sheet.id);
}

export class SimComment extends SimObject<CommentTarget> {
  readonly _className = "Comment";

  protected override _toRef(t: CommentTarget): unknown {
    return t.comment.id;
  }

  protected override _fromRef(ex: Exec, ref: unknown): CommentTarget | undefined {
    const comment = ex.state.comments.find((c) => c.id === ref);
    return comment ? { comment } : undefined;
  }

  protected override _scalars(): Record<string, Getter<CommentTarget>> {
    return {
      id: (t) => t.comment.id,
      content: (t) => t.comment.content,
      authorName: (t) => t.comment.author,
      authorEmail: (t) => t.comment.email,
      creationDate: (t) => new Date(t.comment.created),
      resolved: (t) => t.comment.resolved,
      contentType: () => "Plain",
      richContent: (t) => t.comment.content,
    };
  }

  get id(): string {
    return this._read("id");
  }
  get authorName(): string {
    return this._read("authorName");
  }
  get authorEmail(): string {
    return this._read("authorEmail");
  }
  get creationDate(): Date {
    return this._read("creationDate");
  }

  get content(): string {
    return this._read("content");
  }
  set content(value: string) {
    this._write("content", value, (t) => {
      t.comment.content = String(value);
    });
  }

  get resolved(): boolean {
    return this._read("resolved");
  }
  set resolved(value: boolean) {
    this.context._core.requireApi("Comment.resolved", "1.11");
    this._write("resolved", value, (t) => {
      t.comment.resolved = Boolean(value);
    });
  }

  delete(): void {
    this._call("delete", [], (t, ex) => {
      ex.state.comments = ex.state.comments.filter((c) => c !== t.comment);
    });
  }

  getLocation(): SimRange {
    return new SimRange(this.context, (ex) => {
      const t = this._resolve(ex);
      if (t === null) return null;
      const sheet = findSheetById(ex.state, t.comment.sheetId);
      if (!sheet) throw simError("ItemNotFound");
      return { sheet, rect: { r0: t.comment.row, c0: t.comment.col, r1: t.comment.row, c1: t.comment.col } };
    });
  }
}

export class SimCommentCollection extends SimCollection<Scope, SimComment> {
  readonly _className = "CommentCollection";

  constructor(context: SimContext, sheet?: (ex: Exec) => SheetModel | null) {
    super(context, scopeResolver(sheet));
  }

  protected _itemRefs(scope: Scope, ex: Exec): unknown[] {
    return commentsIn(ex, scope).map((c) => c.id);
  }

  protected _makeItem(ref: unknown): SimComment {
    const item = new SimComment(this.context, () => {
      throw simError("ItemNotFound");
    });
    item._bound = ref;
    return item;
  }

  /** A string address must name the sheet; more than one cell is an InvalidArgument. */
  add(cellAddress: SimRange | string, content: string, _contentType?: string): SimComment {
    const item = new SimComment(this.context, () => {
      throw simError("ItemNotFound", "The comment was not added.");
    });
    this.context._enqueue("CommentCollection.add", [typeof cellAddress === "string" ? cellAddress : "<Range>", content], (ex) => {
      const scope = this._resolveForWrite(ex, "add");
      const { sheet, row, col } = singleCell(ex, scope, cellAddress, "InvalidArgument", true);
      assertWritable(sheet);
      const model: CommentModel = {
        id: guid(nextId(ex.state)),
        sheetId: sheet.id,
        row,
        col,
        content: String(content),
        author: ex.core.userName,
        email: "",
        created: new Date().toISOString(),
        resolved: false,
      };
      ex.state.comments.push(model);
      ex.bind(item, model.id);
      ex.after(() => {
        item._isNull = false;
      });
    });
    return item;
  }

  private _find(find: (ex: Exec, scope: Scope) => CommentModel | undefined, what: string, orNull: boolean): SimComment {
    const item = new SimComment(this.context, (ex) => {
      const scope = this._resolve(ex);
      if (scope === null) return null;
      const comment = find(ex, scope);
      if (comment) return { comment };
      if (orNull) return null;
      throw simError("ItemNotFound", `There is no comment ${what}.`);
    });
    if (orNull) item._instantiate();
    return item;
  }

  getItem(commentId: string): SimComment {
    return this._find((ex, s) => commentsIn(ex, s).find((c) => c.id === commentId), `'${commentId}'`, false);
  }

  getItemOrNullObject(commentId: string): SimComment {
    this.context._core.requireApi("CommentCollection.getItemOrNullObject", "1.14");
    return this._find((ex, s) => commentsIn(ex, s).find((c) => c.id === commentId), `'${commentId}'`, true);
  }

  getItemAt(index: number): SimComment {
    return this._find((ex, s) => commentsIn(ex, s)[index], `#${index}`, false);
  }

  getItemByCell(cellAddress: SimRange | string): SimComment {
    return this._find(
      (ex, s) => {
        const { sheet, row, col } = singleCell(ex, s, cellAddress, "InvalidArgument", true);
        return ex.state.comments.find((c) => c.sheetId === sheet.id && c.row === row && c.col === col);
      },
      `at ${typeof cellAddress === "string" ? cellAddress : "the cell"}`,
      false,
    );
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._enqueue("CommentCollection.getCount", [], (ex) => {
      const n = commentsIn(ex, this._resolveForWrite(ex, "getCount")).length;
      ex.after(() => result._set(n));
    });
    return result;
  }
}
