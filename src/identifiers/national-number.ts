// Belgian national register numbers (rijksregisternummer / numéro de registre national, also the
// NISS/INSZ social-security number): 11 digits YYMMDD SSS CC, written YY.MM.DD-SSS.CC.
//
// CC = 97 - (YYMMDDSSS mod 97) for people born before 2000, and 97 - (2YYMMDDSSS mod 97) for people
// born in 2000 or later. The century is not written, so both are tried; 2000000000 mod 97 = 68 is
// not 0, so at most one of them can match. Month or day may be 00 (date, or part of it, unknown).
// A bis number (for people not in the national register) adds 20 to the month when the sex was
// unknown when it was issued, 40 when it was known: month 20–32 or 40–52.
//
// It is personal data: these functions only read it, they neither log nor keep it.

import { type IdentifierInput, identifierText } from "./input";
import { mod97CheckDigits } from "./mod97";

export type NationalNumberProblem = "empty" | "not-digits" | "wrong-length" | "check-digits" | "birth-date";

export interface NationalNumberAnalysis {
  /** Digits only, whatever their length; null when empty or not digits. */
  normalised: string | null;
  /** Check digits right for one of the two centuries, and a possible birth date. */
  valid: boolean;
  /** The century whose check digits match; null when neither does (or fewer than 11 digits). */
  century: 1900 | 2000 | null;
  /** Month field 20–32 or 40–52 (read from the digits even when they fail a check). */
  bis: boolean;
  /** "yyyy-MM-dd" when valid and month and day are both known (not 00); else null. */
  birthDate: string | null;
  /** null exactly when valid. */
  problem: NationalNumberProblem | null;
}

function stripSeparators(text: string): string {
  return text.replace(/[\s./-]/g, "");
}

/**
 * Digits only: "85.07.30-033.28", "850730 033 28" and "85073003328" all give "85073003328".
 * Spaces, dots, dashes and slashes are removed; anything else left (letters, ...) or nothing left
 * gives null. The length is not checked and leading zeros are not restored (a number that Excel
 * stored as a number has lost them: "05010512362" became 5010512362, 10 digits, which stays 10).
 */
export function normaliseNationalNumber(raw: IdentifierInput): string | null {
  const text = identifierText(raw);
  if (text == null) return null;
  const digits = stripSeparators(text);
  if (!/^\d+$/.test(digits)) return null;
  // Excel keeps a number typed as a number: someone born in 2000–2009 loses the leading 0.
  return typeof raw === "number" && digits.length === 10 ? `0${digits}` : digits;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Normalises and checks. Problems in this order: empty, not-digits, wrong-length (not 11 digits),
 * check-digits (neither century matches), birth-date (the century matches but the month, after
 * removing a bis offset, is over 12, the day is over 31, or the date does not exist, like 1900-02-29).
 */
export function analyseNationalNumber(raw: IdentifierInput): NationalNumberAnalysis {
  const invalid = (normalised: string | null, problem: NationalNumberProblem, bis = false): NationalNumberAnalysis => ({
    normalised,
    valid: false,
    century: null,
    bis,
    birthDate: null,
    problem,
  });
  const text = identifierText(raw);
  if (text == null || stripSeparators(text) === "") return invalid(null, "empty");
  // The raw value, not its text: a number Excel kept as a number gets its leading zero back.
  const normalised = normaliseNationalNumber(raw);
  if (normalised == null) return invalid(null, "not-digits");
  if (normalised.length !== 11) return invalid(normalised, "wrong-length");

  const body = normalised.slice(0, 9);
  const check = normalised.slice(9);
  const yy = Number(normalised.slice(0, 2));
  const monthField = Number(normalised.slice(2, 4));
  const day = Number(normalised.slice(4, 6));
  const bis = (monthField >= 20 && monthField <= 32) || (monthField >= 40 && monthField <= 52);

  const century = mod97CheckDigits(body) === check ? 1900 : mod97CheckDigits(`2${body}`) === check ? 2000 : null;
  if (century == null) return invalid(normalised, "check-digits", bis);

  const month = monthField >= 40 ? monthField - 40 : monthField >= 20 ? monthField - 20 : monthField;
  const year = century + yy;
  if (month > 12 || day > 31 || (month > 0 && day > daysInMonth(year, month))) {
    return { ...invalid(normalised, "birth-date", bis), century };
  }
  const birthDate = month > 0 && day > 0 ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` : null;
  return { normalised, valid: true, century, bis, birthDate, problem: null };
}

/** True when analyseNationalNumber finds no problem. */
export function isValidNationalNumber(raw: IdentifierInput): boolean {
  return analyseNationalNumber(raw).valid;
}

/** `85.07.30-033.28`; anything that is not 11 digits comes back unchanged. */
export function formatNationalNumber(normalised: string): string {
  return /^\d{11}$/.test(normalised)
    ? `${normalised.slice(0, 2)}.${normalised.slice(2, 4)}.${normalised.slice(4, 6)}-${normalised.slice(6, 9)}.${normalised.slice(9)}`
    : normalised;
}
