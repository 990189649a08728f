// Reading cells the way the checks need them: text, calendar dates and numbers, from whatever a
// cell holds (the model's values, or anything a user typed). Nothing here throws.

import type { CalendarDate } from "../permanent-data/model";

/** Text of a cell, trimmed; null when empty or not a string, number or boolean. */
export { textOf as text } from "../permanent-data/cell-text";

/** True when the cell holds nothing (null, undefined, blank text). */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
}

// ---- Dates ---------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function calendar(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Excel's day 0 (1899-12-30), for a date that reached us as a serial number. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * A calendar date from a cell: `yyyy-MM-dd` (a time after it is ignored), `dd/MM/yyyy`,
 * `dd-MM-yyyy`, `dd.MM.yyyy`, or an Excel serial number. Null for anything else, including dates
 * that do not exist (2025-02-30).
 */
export function parseDate(value: unknown): CalendarDate | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value >= 2_958_466) return null;
    const d = new Date(EXCEL_EPOCH_UTC + Math.floor(value) * DAY_MS);
    return calendar(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof value !== "string") return null;
  const t = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (iso) return calendar(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return calendar(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return null;
}

function parts(date: CalendarDate): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

function fromUtc(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

/**
 * `months` later. The last day of a month stays the last day (2025-12-31 + 6 = 2026-06-30,
 * 2026-02-28 + 6 = 2026-08-31); any other day is kept, or the month's last day when it has none.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  const day = d === daysInMonth(y, m) ? last : Math.min(d, last);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** The earlier of two dates; a null is ignored. */
export function minDate(a: CalendarDate | null, b: CalendarDate | null): CalendarDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

// ---- Numbers -------------------------------------------------------------------------------

/**
 * A number from a cell: a finite number as it is; text with digits, an optional sign, a decimal
 * comma or point, and thousands separated by spaces, points, commas or apostrophes ("1 000",
 * "1.000", "2,5"). NaN for any other text; null for an empty cell (or a number that is not finite).
 */
export function parseNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  // Excel holds no NaN or infinity (its errors arrive as text such as "#NUM!"): such a number is no value.
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return Number.NaN;
  if (typeof value !== "string") return Number.NaN;
  const t = value.replace(/[\s\u00a0\u202f']/g, "");
  if (t === "") return null;
  if (/^[-+]?\d+$/.test(t)) return Number(t);
  if (/^[-+]?\d{1,3}(\.\d{3})+$/.test(t) || /^[-+]?\d{1,3}(,\d{3}){2,}$/.test(t)) return Number(t.replace(/[.,]/g, ""));
  if (/^[-+]?\d*[.,]\d+$/.test(t)) return Number(t.replace(",", "."));
  return Number.NaN;
}

/**
 * A percentage as a fraction (0.6 = 60 %), the way the sheet stores it: a number as it is, text
 * ending in "%" divided by 100, other text read as a number. NaN for junk; null for an empty cell.
 */
export function parseFraction(value: unknown): number | null {
  if (typeof value === "string" && /%\s*$/.test(value)) {
    const n = parseNumber(value.replace(/%\s*$/, ""));
    return n === null ? Number.NaN : n / 100;
  }
  return parseNumber(value);
}

/** True for a number that can be used (not null, not NaN). */
export function isNumber(n: number | null): n is number {
  return n !== null && Number.isFinite(n);
}
