// What Excel does with a value written through Range.values / Range.formulas, and with colours.

import { simError } from "./errors";
import type { CellModel, Scalar } from "./model";

export const TEXT_FORMAT = "@";
export const MAX_CELL_TEXT = 32_767;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Excel serial number (1900 date system) of a calendar date, or null when the date is invalid. */
export function dateSerial(year: number, month: number, day: number, h = 0, m = 0, s = 0): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (h > 23 || m > 59 || s > 59) return null;
  const days = (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
  return days + (h * 3600 + m * 60 + s) / 86_400;
}

/** Calendar date of an Excel serial number (1900 date system). */
export function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

export interface ParsedInput {
  v: Scalar;
  f?: string;
  /** Number format Excel applies while parsing (dates, percentages) on a General cell. */
  nf?: string;
}

/**
 * Interprets one element written to Range.values or Range.formulas, as Excel does when a value
 * is typed: on a text-formatted cell ("@") strings are kept literally; otherwise "=" (and "+",
 * "-" not followed by a number) starts a formula, a leading apostrophe forces text, and numbers,
 * percentages, ISO dates and TRUE/FALSE are recognised. Returns undefined for null (unchanged).
 */
export function parseInput(input: unknown, numberFormat: string | undefined): ParsedInput | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw simError("InvalidArgument", "Numbers must be finite.");
    return { v: input };
  }
  if (typeof input === "boolean") return { v: input };
  let text: string;
  if (input instanceof Date) text = input.toISOString();
  else if (typeof input === "string") text = input;
  else throw simError("InvalidArgument", `Unsupported cell value of type ${typeof input}.`);
  if (text.length > MAX_CELL_TEXT) throw simError("InvalidArgument", `A cell holds at most ${MAX_CELL_TEXT} characters.`);
  if (text === "") return { v: "" };
  if (numberFormat === TEXT_FORMAT) return { v: text };
  if (text.startsWith("'")) return { v: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { v: 0, f: text };
  if (NUMBER.test(text)) return { v: Number(Number(text).toPrecision(15)) };
  if (text.startsWith("+") || text.startsWith("-")) return { v: 0, f: `=${text}` };
  const general = numberFormat === undefined || numberFormat === "General";
  if (PERCENT.test(text)) {
    const value = Number(Number(text.slice(0, -1)).toPrecision(15)) / 100;
    return general ? { v: value, nf: "0%" } : { v: value };
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const parts = iso.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
    const serial = dateSerial(parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3], parts[4], parts[5]);
    if (serial !== null) {
      const hasTime = iso[4] !== undefined;
      if (!general) return { v: serial };
      return { v: serial, nf: hasTime ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd" };
    }
  }
  const upper = text.toUpperCase();
  if (upper === "TRUE") return { v: true };
  if (upper === "FALSE") return { v: false };
  return { v: text };
}

/** Applies a parsed input to a cell (formats of the cell are kept). */
export function applyParsed(cell: CellModel, parsed: ParsedInput): void {
  cell.v = parsed.v;
  if (parsed.f === undefined) delete cell.f;
  else cell.f = parsed.f;
  if (parsed.nf !== undefined) cell.nf = parsed.nf;
}

export function cellValue(cell: CellModel | undefined): Scalar {
  return cell === undefined ? "" : cell.v;
}

export function cellFormula(cell: CellModel | undefined): Scalar {
  if (cell === undefined) return "";
  return cell.f ?? cell.v;
}

export function cellNumberFormat(cell: CellModel | undefined): string {
  return cell?.nf ?? "General";
}

export function valueType(cell: CellModel | undefined): "Empty" | "String" | "Double" | "Boolean" {
  if (cell === undefined) return "Empty";
  const v = cell.v;
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return v === "" && cell.f === undefined ? "Empty" : "String";
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** The displayed text: enough of Excel's formatting for General, text, dates and percentages. */
export function cellText(cell: CellModel | undefined): string {
  if (cell === undefined) return "";
  const v = cell.v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const nf = cell.nf ?? "General";
  if (/[dy]/i.test(nf) && !/^[#0.,%]*$/.test(nf) && nf !== "@") {
    const d = serialToDate(v);
    // Day first when the format puts it first (dd/mm/yyyy), else ISO; hours and minutes when it has them.
    const date = /^d/i.test(nf)
      ? `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
      : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return /h/i.test(nf) ? `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date;
  }
  const percent = /^0(\.0+)?%$/.exec(nf);
  if (percent) return `${(v * 100).toFixed(percent[1] ? percent[1].length - 1 : 0)}%`;
  const fixed = /^0\.(0+)$/.exec(nf);
  if (fixed) return v.toFixed((fixed[1] as string).length);
  if (nf === "0") return v.toFixed(0);
  return String(Number(v.toPrecision(11)));
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  pink: "#FFC0CB",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  lightyellow: "#FFFFE0",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
};

/** "#RRGGBB" upper case, from "#rrggbb" or an HTML colour name; InvalidArgument otherwise. */
export function normalizeColor(color: unknown): string {
  if (typeof color !== "string") throw simError("InvalidArgument", "A colour must be a string.");
  const text = color.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(text)) return text.toUpperCase();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named !== undefined) return named;
  throw simError("InvalidArgument", `Invalid colour '${color}'.`);
}
