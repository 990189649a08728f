// Just enough of Excel formulas for the conditional-format rules the add-in writes:
// comparisons of cell references with literals (=$I2="", =$I2<>"AdminPulse"), combined with
// AND, OR, NOT, and ISBLANK(ref). Used by the inspection helpers and the xlsx export.

import { columnIndex, columnLetters } from "./address";
import { getCell, type SheetModel } from "./model";
import { cellValue } from "./values";

type Token =
  | { kind: "ref"; text: string; absCol: boolean; col: number; absRow: boolean; row: number }
  | { kind: "str"; value: string }
  | { kind: "num"; value: number }
  | { kind: "bool"; value: boolean }
  | { kind: "name"; value: string }
  | { kind: "op"; value: string }
  | { kind: "punct"; value: string };

const TOKEN =
  /\s*(?:(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])|"((?:[^"]|"")*)"|(\d+(?:\.\d+)?)|(TRUE|FALSE)(?![A-Za-z0-9_(])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|=|<|>)|([(),]))/iy;

function tokenize(formula: string): Token[] | null {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) return null;
    pos = TOKEN.lastIndex;
    if (m[2] !== undefined) {
      out.push({ kind: "ref", text: m[0].trim(), absCol: m[1] === "$", col: columnIndex(m[2]), absRow: m[3] === "$", row: Number(m[4]) - 1 });
    } else if (m[5] !== undefined) out.push({ kind: "str", value: m[5].replace(/""/g, '"') });
    else if (m[6] !== undefined) out.push({ kind: "num", value: Number(m[6]) });
    else if (m[7] !== undefined) out.push({ kind: "bool", value: m[7].toUpperCase() === "TRUE" });
    else if (m[8] !== undefined) out.push({ kind: "name", value: m[8].toUpperCase() });
    else if (m[9] !== undefined) out.push({ kind: "op", value: m[9] });
    else if (m[10] !== undefined) out.push({ kind: "punct", value: m[10] });
  }
  return out;
}

export interface EvalCell {
  sheet: SheetModel;
  /** The cell the rule is evaluated for. */
  row: number;
  col: number;
  /** The cell the formula's relative references are relative to. */
  anchorRow: number;
  anchorCol: number;
}

type Value = string | number | boolean;

class Unsupported extends Error {}

function compare(a: Value, b: Value, op: string): boolean {
  const rank = (v: Value): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  let c: number;
  if (rank(a) !== rank(b)) {
    if (a === "" && typeof b === "number") return compare(0, b, op);
    if (b === "" && typeof a === "number") return compare(a, 0, op);
    c = rank(a) - rank(b);
  } else if (typeof a === "string") c = a.toLowerCase().localeCompare((b as string).toLowerCase());
  else c = Number(a) - Number(b);
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    case ">=":
      return c >= 0;
    default:
      throw new Unsupported(op);
  }
}

/** Evaluates a rule for one cell: true/false, or null when the formula is beyond this subset. */
export function evaluateRule(formula: string, at: EvalCell): boolean | null {
  const tokens = tokenize(formula);
  if (tokens === null) return null;
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const take = (): Token => {
    const t = tokens[i++];
    if (t === undefined) throw new Unsupported("end");
    return t;
  };
  const expect = (value: string): void => {
    const t = take();
    if (t.kind !== "punct" || t.value !== value) throw new Unsupported(value);
  };
  const refValue = (t: Extract<Token, { kind: "ref" }>): Value => {
    const row = t.absRow ? t.row : t.row + (at.row - at.anchorRow);
    const col = t.absCol ? t.col : t.col + (at.col - at.anchorCol);
    return cellValue(getCell(at.sheet, row, col));
  };
  const operand = (): Value => {
    const t = take();
    if (t.kind === "ref") return refValue(t);
    if (t.kind === "str" || t.kind === "num" || t.kind === "bool") return t.value;
    if (t.kind === "name") {
      i--;
      return call();
    }
    throw new Unsupported("operand");
  };
  const call = (): boolean => {
    const t = take();
    if (t.kind !== "name") throw new Unsupported("call");
    expect("(");
    const args: boolean[] = [];
    if (t.value === "ISBLANK") {
      const r = take();
      if (r.kind !== "ref") throw new Unsupported("ISBLANK");
      expect(")");
      return refValue(r) === "";
    }
    for (;;) {
      args.push(expr());
      const p = take();
      if (p.kind === "punct" && p.value === ")") break;
      if (p.kind !== "punct" || p.value !== ",") throw new Unsupported(",");
    }
    if (t.value === "AND") return args.every(Boolean);
    if (t.value === "OR") return args.some(Boolean);
    if (t.value === "NOT" && args.length === 1) return !args[0];
    throw new Unsupported(t.value);
  };
  const expr = (): boolean => {
    const left = operand();
    const op = peek();
    if (op?.kind === "op") {
      i++;
      return compare(left, operand(), op.value);
    }
    if (typeof left === "boolean") return left;
    throw new Unsupported("expression");
  };
  try {
    const result = expr();
    if (i !== tokens.length) return null;
    return result;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** Moves the relative references of a formula by (dRow, dCol): what Excel does when copying it. */
export function rebaseFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let inString = false;
  const re = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/y;
  for (let pos = 0; pos < formula.length;) {
    const ch = formula[pos] as string;
    if (ch === '"') {
      inString = !inString;
      out += ch;
      pos++;
      continue;
    }
    const prev = pos > 0 ? (formula[pos - 1] as string) : "";
    re.lastIndex = pos;
    const m = inString || /[A-Za-z0-9_.]/.test(prev) ? null : re.exec(formula);
    if (m) {
      const col = m[1] === "$" ? columnIndex(m[2] as string) : columnIndex(m[2] as string) + dCol;
      const row = m[3] === "$" ? Number(m[4]) : Number(m[4]) + dRow;
      out += `${m[1]}${columnLetters(Math.max(0, col))}${m[3]}${Math.max(1, row)}`;
      pos = re.lastIndex;
      continue;
    }
    out += ch;
    pos++;
  }
  return out;
}
