// A1 addresses: parsing and formatting, rectangles (0-based, inclusive), sheet-name quoting.

import { simError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based, bounds inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(r0: number, c0: number, r1: number = r0, c1: number = c0): Rect {
  return { r0, c0, r1, c1 };
}

export function rowCount(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function columnCount(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

export function cellCount(r: Rect): number {
  return rowCount(r) * columnCount(r);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

/** `a` minus `b` as at most four disjoint rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const cut = intersection(a, b);
  if (cut === null) return [{ ...a }];
  const out: Rect[] = [];
  if (cut.r0 > a.r0) out.push({ r0: a.r0, c0: a.c0, r1: cut.r0 - 1, c1: a.c1 });
  if (cut.r1 < a.r1) out.push({ r0: cut.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (cut.c0 > a.c0) out.push({ r0: cut.r0, c0: a.c0, r1: cut.r1, c1: cut.c0 - 1 });
  if (cut.c1 < a.c1) out.push({ r0: cut.r0, c0: cut.c1 + 1, r1: cut.r1, c1: a.c1 });
  return out;
}

export function inBounds(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLUMNS && r.r0 <= r.r1 && r.c0 <= r.c1;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

export interface CellRef {
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

export function parseCellRef(text: string): CellRef | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const col = columnIndex(m[2] as string);
  const row = Number(m[4]) - 1;
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLUMNS) return null;
  return { row, col, absCol: m[1] === "$", absRow: m[3] === "$" };
}

/** Splits "Sheet1!A1", "'My sheet'!A1:B2" into sheet name and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (text[i + 1] !== "!") return { local: text };
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { local: text };
  return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/** Parses the local part of an address ("A1", "A1:C3", "A:C", "2:5"); null when it is not one. */
export function parseLocalRange(local: string): Rect | null {
  const parts = local.split(":");
  if (parts.length === 1) {
    const cell = parseCellRef(parts[0] as string);
    return cell ? rect(cell.row, cell.col) : null;
  }
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  const ca = parseCellRef(a);
  const cb = parseCellRef(b);
  if (ca && cb) {
    return rect(Math.min(ca.row, cb.row), Math.min(ca.col, cb.col), Math.max(ca.row, cb.row), Math.max(ca.col, cb.col));
  }
  const cola = COLUMN.exec(a);
  const colb = COLUMN.exec(b);
  if (cola && colb) {
    const x = columnIndex(cola[1] as string);
    const y = columnIndex(colb[1] as string);
    if (x >= MAX_COLUMNS || y >= MAX_COLUMNS) return null;
    return rect(0, Math.min(x, y), MAX_ROWS - 1, Math.max(x, y));
  }
  const rowa = ROW.exec(a);
  const rowb = ROW.exec(b);
  if (rowa && rowb) {
    const x = Number(rowa[1]) - 1;
    const y = Number(rowb[1]) - 1;
    if (x < 0 || y < 0 || x >= MAX_ROWS || y >= MAX_ROWS) return null;
    return rect(Math.min(x, y), 0, Math.max(x, y), MAX_COLUMNS - 1);
  }
  return null;
}

export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  const { sheet, local } = splitSheet(address);
  const r = parseLocalRange(local);
  if (r === null) throw simError("InvalidArgument", `Invalid address '${address}'.`);
  return sheet === undefined ? { rect: r } : { sheet, rect: r };
}

export function isEntireColumn(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
}

export function isEntireRow(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === MAX_COLUMNS - 1;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** "A1", "A1:C3", "A:C", "2:5" as Excel writes them. */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireRow(r)) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  if (isEntireColumn(r)) return `${d}${columnLetters(r.c0)}:${d}${columnLetters(r.c1)}`;
  const first = cellAddress(r.r0, r.c0, absolute);
  if (r.r0 === r.r1 && r.c0 === r.c1) return first;
  return `${first}:${cellAddress(r.r1, r.c1, absolute)}`;
}

const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

/** Quotes a sheet name the way Excel does in addresses: 'Permanent data'!A1, Sheet1!A1. */
export function quoteSheetName(name: string): string {
  const looksLikeReference = parseCellRef(name) !== null || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (PLAIN_SHEET_NAME.test(name) && !looksLikeReference) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r, absolute)}`;
}
