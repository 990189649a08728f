// A1 references in formula text: a small tokenizer finds them, and they are rewritten as Excel
// rewrites them when cells are inserted or deleted (shiftFormula: every reference keeps naming
// the same cells) or when a formula is copied to another cell (translateFormula: relative parts
// move). String literals, structured references ([@Shares], Table1[[#Totals],[Shares]]), error
// literals, numbers, and function and defined names are copied untouched.

import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS } from "./address";

/** One end of a reference; row null for whole columns (A:C), col null for whole rows (2:5). */
export interface RefEnd {
  row: number | null;
  col: number | null;
  absRow: boolean;
  absCol: boolean;
}

export interface FormulaRef {
  /** The sheet named in the qualifier, unquoted; null for the formula's own sheet. */
  sheet: string | null;
  /** The qualifier as written, "!" included; "" when there is none. */
  qualifier: string;
  /** Another workbook ([1]Sheet1!A1) or a 3-D reference (Sheet1:Sheet3!A1): never shifted. */
  foreign: boolean;
  start: RefEnd;
  /** The second end of an area (A1:B2, A:C, 2:5); null for a single cell. */
  end: RefEnd | null;
}

const IDENT_START = /[\p{L}_\\]/u;
const IDENT = /[\p{L}_\\][\p{L}\p{N}_.\\?]*/uy;
const SHEET_PREFIX = /([\p{L}_\\][\p{L}\p{N}_.\\]*)(:[\p{L}_\\][\p{L}\p{N}_.\\]*)?!/uy;
const NUMBER = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;
const ERROR_LITERAL = /#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/iy;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
/** What may not follow a reference: it would be part of a name (A1B, S3_x), a function (LOG10(), a structured reference or a sheet. */
const NOT_AFTER_REF = /[\p{L}\p{N}_.\\([!$]/u;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function boundaryAt(text: string, pos: number): boolean {
  return pos >= text.length || !NOT_AFTER_REF.test(text.charAt(pos));
}

function cellEnd(m: RegExpExecArray): RefEnd | null {
  const col = columnIndex(m[2] as string);
  const row = Number(m[4]) - 1;
  if (col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return null;
  return { row, col, absCol: m[1] === "$", absRow: m[3] === "$" };
}

/** The area reference (A1, $A$1:B2, A:C, $2:$5) starting at `pos`, or null. */
function parseArea(text: string, pos: number): { start: RefEnd; end: RefEnd | null; next: number } | null {
  const first = at(CELL, text, pos);
  const start = first ? cellEnd(first) : null;
  if (first && start) {
    const after = pos + first[0].length;
    if (text.charAt(after) === ":") {
      const second = at(CELL, text, after + 1);
      const end = second ? cellEnd(second) : null;
      if (second && end && boundaryAt(text, after + 1 + second[0].length)) return { start, end, next: after + 1 + second[0].length };
    }
    return boundaryAt(text, after) ? { start, end: null, next: after } : null;
  }
  const cols = at(COLUMNS, text, pos);
  if (cols && boundaryAt(text, pos + cols[0].length)) {
    const a = columnIndex(cols[2] as string);
    const b = columnIndex(cols[4] as string);
    if (a < MAX_COLUMNS && b < MAX_COLUMNS) {
      return {
        start: { row: null, col: a, absCol: cols[1] === "$", absRow: false },
        end: { row: null, col: b, absCol: cols[3] === "$", absRow: false },
        next: pos + cols[0].length,
      };
    }
  }
  const rows = at(ROWS, text, pos);
  if (rows && boundaryAt(text, pos + rows[0].length)) {
    const a = Number(rows[2]) - 1;
    const b = Number(rows[4]) - 1;
    if (a >= 0 && b >= 0 && a < MAX_ROWS && b < MAX_ROWS) {
      return {
        start: { row: a, col: null, absRow: rows[1] === "$", absCol: false },
        end: { row: b, col: null, absRow: rows[3] === "$", absCol: false },
        next: pos + rows[0].length,
      };
    }
  }
  return null;
}

/** End of the bracketed group opening at `pos` (nested brackets; ' escapes the next character). */
function bracketEnd(text: string, pos: number): number {
  let depth = 0;
  for (let i = pos; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** End of the quoted sheet name opening at `pos` ('' is a quote), and the name. */
function quotedEnd(text: string, pos: number): { end: number; name: string } {
  let name = "";
  for (let i = pos + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "'") {
      if (text.charAt(i + 1) === "'") {
        name += "'";
        i++;
        continue;
      }
      return { end: i + 1, name };
    }
    name += ch;
  }
  return { end: text.length, name };
}

export function formatRefEnd(e: RefEnd): string {
  const col = e.col === null ? "" : `${e.absCol ? "$" : ""}${columnLetters(e.col)}`;
  const row = e.row === null ? "" : `${e.absRow ? "$" : ""}${e.row + 1}`;
  return col + row;
}

export function formatRef(ref: FormulaRef): string {
  return ref.qualifier + formatRefEnd(ref.start) + (ref.end === null ? "" : `:${formatRefEnd(ref.end)}`);
}

/**
 * Rewrites every reference of a formula: `visit` returns the new text of a reference, or null to
 * keep it as written. Everything that is not a reference is copied as it is.
 */
export function mapReferences(formula: string, visit: (ref: FormulaRef) => string | null): string {
  let out = "";
  let i = 0;
  let afterBracket = false;
  const emit = (ref: FormulaRef, raw: string): void => {
    out += visit(ref) ?? raw;
  };
  while (i < formula.length) {
    const ch = formula.charAt(i);
    const wasAfterBracket = afterBracket;
    afterBracket = false;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula.charAt(j) === '"' && formula.charAt(j + 1) !== '"')) j += formula.charAt(j) === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      const end = bracketEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      afterBracket = true;
      continue;
    }
    if (ch === "#") {
      const m = at(ERROR_LITERAL, formula, i);
      const len = m ? m[0].length : 1;
      out += formula.slice(i, i + len);
      i += len;
      continue;
    }
    let qualifier: { text: string; sheet: string; foreign: boolean } | null = null;
    if (ch === "'") {
      const q = quotedEnd(formula, i);
      if (formula.charAt(q.end) === "!") {
        qualifier = { text: formula.slice(i, q.end + 1), sheet: q.name, foreign: wasAfterBracket || q.name.startsWith("[") || q.name.includes(":") };
      } else {
        out += formula.slice(i, q.end);
        i = q.end;
        continue;
      }
    } else if (IDENT_START.test(ch)) {
      const m = at(SHEET_PREFIX, formula, i);
      if (m) qualifier = { text: m[0], sheet: m[1] as string, foreign: wasAfterBracket || m[2] !== undefined };
    }
    if (qualifier !== null) {
      const from = i + qualifier.text.length;
      const area = parseArea(formula, from);
      if (area === null) {
        // Sheet1!#REF!, Sheet1!LocalName: the qualifier alone, the rest is scanned as usual.
        out += qualifier.text;
        i = from;
        continue;
      }
      emit({ sheet: qualifier.sheet, qualifier: qualifier.text, foreign: qualifier.foreign, start: area.start, end: area.end }, formula.slice(i, area.next));
      i = area.next;
      continue;
    }
    if (ch === "$" || IDENT_START.test(ch) || /\d/.test(ch)) {
      const area = parseArea(formula, i);
      if (area !== null) {
        emit({ sheet: null, qualifier: "", foreign: false, start: area.start, end: area.end }, formula.slice(i, area.next));
        i = area.next;
        continue;
      }
      const m = /\d|\./.test(ch) ? at(NUMBER, formula, i) : at(IDENT, formula, i);
      const len = m ? m[0].length : 1;
      out += formula.slice(i, i + len);
      i += len;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** The references of a formula, in order. */
export function referencesOf(formula: string): FormulaRef[] {
  const refs: FormulaRef[] = [];
  mapReferences(formula, (ref) => {
    refs.push(ref);
    return null;
  });
  return refs;
}

// -----------------------------------------------------------------------------------------
// Inserted and deleted cells

/**
 * Cells inserted (n cells pushed from `at` on) or deleted (`at` to at + n - 1, the rest pulled
 * back) along an axis, within the band [lo, hi] of the other axis, on the sheet named `sheet`.
 */
export interface CellShift {
  sheet: string;
  axis: "rows" | "cols";
  lo: number;
  hi: number;
  at: number;
  n: number;
  insert: boolean;
}

/** New [p0, p1] along the shifted axis, null when every cell of it is deleted. */
function shiftSpan(p0: number, p1: number, s: CellShift, max: number): [number, number] | null {
  if (s.insert) {
    if (p1 < s.at) return [p0, p1];
    const a = p0 >= s.at ? p0 + s.n : p0;
    if (a > max - 1) return null;
    return [a, Math.min(max - 1, p1 + s.n)];
  }
  const end = s.at + s.n - 1;
  if (p1 < s.at) return [p0, p1];
  if (p0 >= s.at && p1 <= end) return null;
  const before = Math.max(0, Math.min(p0, end + 1) - s.at);
  const inside = Math.max(0, Math.min(p1, end) - Math.max(p0, s.at) + 1);
  return [p0 - before, p1 - before - inside];
}

/**
 * The reference after the shift: unchanged (null) when it is on another sheet, names cells the
 * shift leaves in place, or reaches out of the band (Excel moves a reference only when all its
 * cells move together); "#REF!" when all its cells are deleted.
 */
function shiftRef(ref: FormulaRef, ownSheet: string, s: CellShift): string | null {
  if (ref.foreign || (ref.sheet ?? ownSheet).toLowerCase() !== s.sheet.toLowerCase()) return null;
  const rows = s.axis === "rows";
  const key = rows ? "row" : "col";
  const other = rows ? "col" : "row";
  const { start } = ref;
  const end = ref.end ?? ref.start;
  // Whole columns do not move with inserted rows, nor whole rows with inserted columns.
  if (start[key] === null || end[key] === null) return null;
  const otherMax = rows ? MAX_COLUMNS : MAX_ROWS;
  const o0 = start[other] === null || end[other] === null ? 0 : Math.min(start[other] as number, end[other] as number);
  const o1 = start[other] === null || end[other] === null ? otherMax - 1 : Math.max(start[other] as number, end[other] as number);
  if (o0 < s.lo || o1 > s.hi) return null;
  const a = start[key] as number;
  const b = end[key] as number;
  const next = shiftSpan(Math.min(a, b), Math.max(a, b), s, rows ? MAX_ROWS : MAX_COLUMNS);
  if (next === null) return `${ref.qualifier}#REF!`;
  if (next[0] === Math.min(a, b) && next[1] === Math.max(a, b)) return null;
  const moved: FormulaRef = { ...ref, start: { ...start }, end: ref.end === null ? null : { ...ref.end } };
  const [lowEnd, highEnd] = a <= b ? [moved.start, moved.end ?? moved.start] : [moved.end as RefEnd, moved.start];
  lowEnd[key] = next[0];
  highEnd[key] = next[1];
  return formatRef(moved);
}

/**
 * The formula after cells were inserted or deleted, as Excel rewrites it: every reference to
 * the moved cells follows them, a reference to deleted cells becomes #REF!. `ownSheet` is the
 * sheet of the formula (its unqualified references). Where the formula itself sits plays no part.
 */
export function shiftFormula(formula: string, ownSheet: string, s: CellShift): string {
  return mapReferences(formula, (ref) => shiftRef(ref, ownSheet, s));
}

// -----------------------------------------------------------------------------------------
// Copying

function moveEnd(e: RefEnd, dRow: number, dCol: number): RefEnd | null {
  const row = e.row === null || e.absRow ? e.row : e.row + dRow;
  const col = e.col === null || e.absCol ? e.col : e.col + dCol;
  if (row !== null && (row < 0 || row >= MAX_ROWS)) return null;
  if (col !== null && (col < 0 || col >= MAX_COLUMNS)) return null;
  return { ...e, row, col };
}

/** The formula copied dRow rows down and dCol columns right: relative parts move, "$" parts stay. */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return mapReferences(formula, (ref) => {
    const start = moveEnd(ref.start, dRow, dCol);
    const end = ref.end === null ? null : moveEnd(ref.end, dRow, dCol);
    if (start === null || (ref.end !== null && end === null)) return `${ref.qualifier}#REF!`;
    return formatRef({ ...ref, start, end });
  });
}

/**
 * The formula in R1C1 terms for the cell (row, col): two cells whose formulas give the same key
 * hold "the same formula" as Excel's calculated columns understand it (=C2*2 in row 2, =C3*2 in
 * row 3).
 */
export function relativeKey(formula: string, row: number, col: number): string {
  const end = (e: RefEnd): string => {
    const r = e.row === null ? "" : e.absRow ? `R${e.row + 1}` : `R[${e.row - row}]`;
    const c = e.col === null ? "" : e.absCol ? `C${e.col + 1}` : `C[${e.col - col}]`;
    return r + c;
  };
  return mapReferences(formula, (ref) => `${ref.qualifier.toLowerCase()}${end(ref.start)}${ref.end === null ? "" : `:${end(ref.end)}`}`);
}
