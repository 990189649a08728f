// A user's column in one of our tables often holds one formula on every row (`=[@Shares]*2`, or
// `=C2*2` in row 2 and `=C3*2` in row 3): Excel's calculated column. Such a formula is the column's,
// not something typed on that row: it does not make a blank row a row, nor a row AdminPulse removed
// one the user edited. Two cells hold the same formula when their formulas agree in R1C1 terms,
// which `relativeFormula` gives: every A1 reference rewritten relative to the formula's own cell.

import { columnIndex } from "./layout";

const CELL_REF = /\$?([A-Za-z]{1,3})\$?([0-9]{1,7})/y;
/** Characters that, next to a reference-like token, make it part of a name, a function or a number. */
const WORD = /[A-Za-z0-9_.\\]/;

/**
 * The formula with each A1 reference as R1C1 relative to (row, column), 0-based: `=C3*2` in C... at
 * row 2 gives the same text as `=C4*2` one row down. Strings, quoted sheet names and structured
 * references (`[@Shares]`, `Table1[[#This Row],[A]]`) are kept as they are. A reference the
 * tokenizer does not recognise is kept as text too: two cells then differ, the safe side (their
 * formulas count as typed).
 */
export function relativeFormula(formula: string, row: number, column: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name; a doubled quote is one quote inside it.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const before = i > 0 ? formula[i - 1]! : "";
    if (!WORD.test(before) && before !== "$") {
      CELL_REF.lastIndex = i;
      const m = CELL_REF.exec(formula);
      if (m) {
        const end = i + m[0].length;
        const after = formula[end] ?? "";
        const col = columnIndex(m[1]!) + 1; // 1-based, as R1C1 counts
        const r = Number(m[2]);
        if (!WORD.test(after) && after !== "(" && after !== "!" && col <= 16_384 && r >= 1 && r <= 1_048_576) {
          const absCol = m[0].startsWith("$");
          const absRow = m[0].slice(absCol ? 1 : 0).includes("$");
          out += `R${absRow ? r : `[${r - 1 - row}]`}C${absCol ? col : `[${col - 1 - column}]`}`;
          i = end;
          continue;
        }
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Per body row and column, whether the cell holds its column's formula: the formula (in R1C1
 * terms) that most cells of the column hold, when at least two do, or the only row's formula in a
 * one-row body. Only the columns `columns` says are looked at (the user's own).
 */
export function columnFormulaCells(formulas: readonly (readonly unknown[])[], firstRow: number, firstColumn: number, columns: readonly number[]): boolean[][] {
  const out = formulas.map((line) => line.map(() => false));
  for (const c of columns) {
    const keys = formulas.map((line, i) => {
      const f = line[c];
      return typeof f === "string" && f.startsWith("=") ? relativeFormula(f, firstRow + i, firstColumn + c) : null;
    });
    const counts = new Map<string, number>();
    for (const k of keys) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
    let best: string | null = null;
    for (const [k, n] of counts) if (best === null || n > counts.get(best)!) best = k;
    if (best === null || (counts.get(best)! < 2 && formulas.length > 1)) continue;
    keys.forEach((k, i) => {
      if (k === best) out[i]![c] = true;
    });
  }
  return out;
}
