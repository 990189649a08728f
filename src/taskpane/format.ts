// Dates and numbers as a Belgian accountant reads them, in the pane's language.

import type { Language } from "../i18n/language";
import { LOCALES } from "../i18n/plural";

/** `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm` (calendar values, no time zone) → "27/11/2026" or "27/11/2026 10:30". */
export function formatCalendar(value: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d, h, mi] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)));
  const day = new Intl.DateTimeFormat(LOCALES[language], { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(date);
  // Date and time side by side, without the comma some locales put between them.
  return h === undefined ? day : `${day} ${h}:${mi}`;
}

/** `yyyy-MM-dd` as a sentence writes it: "31 December 2026", "31 décembre 2026". */
export function formatLongDate(value: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** A number with `fractionDigits` decimals: 1.2 → "1,2" (fr, nl), "1.2" (en). Counts in texts go through `plural` (i18n/plural.ts). */
export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** A cell value from the sheet or AdminPulse, for the review table. */
export function formatCellValue(value: string | number | boolean | null, language: Language, empty: string): string {
  if (value === null || value === "") return empty;
  if (typeof value === "number") return formatNumber(value, language, Number.isInteger(value) ? 0 : 2);
  if (typeof value === "boolean") return String(value);
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(value) ? formatCalendar(value, language) : value;
}
