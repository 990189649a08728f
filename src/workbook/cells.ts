// How the model's cell values become Excel cells and back. Text columns are written with the
// text number format "@" so that Excel keeps "=SUM(A1) Consulting" or "0566.988.259" literally
// instead of making a formula or a number of them. Dates are written as real Excel dates (serial
// numbers with a date format) and read back as `yyyy-MM-dd`, whatever the machine's time zone.

import type { CellValue } from "../permanent-data/merge";

export type ColumnKind = "text" | "date" | "datetime" | "integer" | "percent";

export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  text: "@",
  date: "dd/mm/yyyy",
  datetime: "dd/mm/yyyy hh:mm",
  integer: "#,##0",
  percent: "0.00%",
};

const COLUMN_KINDS: Readonly<Record<string, ColumnKind>> = {
  start: "date",
  end: "date",
  when: "datetime",
  shares: "integer",
  votes: "integer",
  added: "integer",
  updated: "integer",
  removed: "integer",
  keptManual: "integer",
  conflicts: "integer",
  percentShares: "percent",
  percentVotes: "percent",
};

/** The kind of a table column by its key; identification values depend on their row. */
export function columnKind(column: string, identificationKey?: string): ColumnKind {
  if (column === "value" && identificationKey) {
    if (identificationKey === "FiscalYearEnd" || identificationKey === "GeneralMeetingDate") return "date";
    if (identificationKey === "LastSync") return "datetime";
  }
  return COLUMN_KINDS[column] ?? "text";
}

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug makes this the right epoch for every date after February 1900). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function dateToSerial(iso: string): number | null {
  const m = ISO_DATE.exec(iso) ?? ISO_DATETIME.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Math.round(((utc - EPOCH_UTC) / DAY_MS) * 1e8) / 1e8;
}

export function serialToDate(serial: number): string {
  const date = new Date(EPOCH_UTC + Math.round(serial * DAY_MS));
  return date.toISOString().slice(0, 10);
}

export function serialToDateTime(serial: number): string {
  return new Date(EPOCH_UTC + Math.round(serial * DAY_MS)).toISOString().slice(0, 16);
}

/** A model value as the cell should receive it. */
export function toExcel(value: CellValue, kind: ColumnKind): string | number | boolean {
  if (value === null) return "";
  if ((kind === "date" || kind === "datetime") && typeof value === "string") return dateToSerial(value) ?? value;
  if (kind === "text") return typeof value === "string" ? value : String(value);
  return value;
}

/** A cell as Excel returns it, back in the model's terms. Text typed into a date column stays text. */
export function fromExcel(value: unknown, kind: ColumnKind): CellValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number") {
    if (kind === "date") return serialToDate(value);
    if (kind === "datetime") return serialToDateTime(value);
    if (kind === "text") return String(value);
    return value;
  }
  if (typeof value === "boolean") return value;
  return String(value);
}

/**
 * Whether a cell's number format already shows a value of this kind (the user may have chosen
 * "d mmm yyyy" or "#,##0.00"): it is then left as it is. Text must be "@", or Excel would turn
 * "0566.988.259" into a number.
 */
export function formatSuits(format: unknown, kind: ColumnKind): boolean {
  if (typeof format !== "string") return false;
  if (kind === "text") return format === "@";
  // Quoted text, escaped characters and [colour] or [$-locale] sections say nothing of the kind.
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  const date = /[dy]/i.test(bare);
  if (kind === "date" || kind === "datetime") return date;
  if (kind === "percent") return bare.includes("%");
  return /[0#]/.test(bare) && !bare.includes("%") && !date && !bare.includes("@");
}
