// Belgian enterprise numbers (KBO/BCE): a leaf module shared by the AdminPulse client (to match
// look-up results) and the permanent-data model (to validate and format).
//
// 10 digits. First digit 0 or 1: an enterprise (the 1-series exists since September 2023), written
// 0123.456.749. First digit 2 to 8: an establishment unit (vestigingseenheid / unité
// d'établissement), written 2.123.456.789. The last two digits are 97 - (first 8 digits mod 97) for
// both. The Belgian VAT number is "BE" + the enterprise number.

import { type IdentifierInput, identifierText } from "./input";
import { mod97CheckDigits } from "./mod97";

export type EnterpriseNumberKind = "company" | "establishment-unit" | "invalid";
export type EnterpriseNumberProblem = "empty" | "not-digits" | "wrong-length" | "check-digits" | "first-digit";

export interface EnterpriseNumberAnalysis {
  /** Digits only (9 digits get their leading 0 back), whatever their length; null when empty or not digits. */
  normalised: string | null;
  /** "company" for a valid 0- or 1-series number, "establishment-unit" for a valid 2–8 number. */
  kind: EnterpriseNumberKind;
  /** null exactly when kind is not "invalid". */
  problem: EnterpriseNumberProblem | null;
}

/** Removes a leading "BE" (any case, spaces before it), then spaces, dots, slashes and dashes. */
function stripSeparators(text: string): string {
  return text.replace(/^\s*BE/i, "").replace(/[\s./-]/g, "");
}

/**
 * Digits only, with the leading zero restored on a 9-digit number: "BE 0123.456.749" and
 * "123456749" both give "0123456749". Returns null when nothing digit-like is left.
 */
export function normaliseEnterpriseNumber(raw: IdentifierInput): string | null {
  const text = identifierText(raw);
  if (text == null) return null;
  const digits = stripSeparators(text);
  if (!/^\d+$/.test(digits)) return null;
  return digits.length === 9 ? `0${digits}` : digits;
}

function hasValidCheckDigits(tenDigits: string): boolean {
  return mod97CheckDigits(tenDigits.slice(0, 8)) === tenDigits.slice(8);
}

/** True for 10 digits, first digit 0 or 1, whose last two digits are 97 - (first 8 mod 97). */
export function isValidEnterpriseNumber(normalised: string): boolean {
  return /^[01]\d{9}$/.test(normalised) && hasValidCheckDigits(normalised);
}

/**
 * Normalises and classifies. Problems are reported in this order: empty (nothing but separators),
 * not-digits, wrong-length (not 10 digits after normalising), first-digit (a 9), check-digits.
 * A 2–8 number with valid check digits is kind "establishment-unit" with problem null: whether that
 * is acceptable is the caller's call (ID-02 warns about it where a company is expected).
 */
export function analyseEnterpriseNumber(raw: IdentifierInput): EnterpriseNumberAnalysis {
  const text = identifierText(raw);
  if (text == null || stripSeparators(text) === "") return { normalised: null, kind: "invalid", problem: "empty" };
  const normalised = normaliseEnterpriseNumber(text);
  if (normalised == null) return { normalised: null, kind: "invalid", problem: "not-digits" };
  if (normalised.length !== 10) return { normalised, kind: "invalid", problem: "wrong-length" };
  if (normalised.startsWith("9")) return { normalised, kind: "invalid", problem: "first-digit" };
  if (!hasValidCheckDigits(normalised)) return { normalised, kind: "invalid", problem: "check-digits" };
  return { normalised, kind: /^[01]/.test(normalised) ? "company" : "establishment-unit", problem: null };
}

/**
 * `0123.456.749` for an enterprise number (first digit 0 or 1, or 9), `2.123.456.789` for an
 * establishment unit (first digit 2 to 8); anything that is not 10 digits comes back unchanged.
 */
export function formatEnterpriseNumber(normalised: string): string {
  if (/^[2-8]\d{9}$/.test(normalised)) {
    return `${normalised.slice(0, 1)}.${normalised.slice(1, 4)}.${normalised.slice(4, 7)}.${normalised.slice(7)}`;
  }
  return /^\d{10}$/.test(normalised) ? `${normalised.slice(0, 4)}.${normalised.slice(4, 7)}.${normalised.slice(7)}` : normalised;
}

/**
 * The Belgian VAT number "BE0123456749" of a valid enterprise number (given normalised or as typed);
 * null for anything else, establishment units included (they have no VAT number of their own).
 */
export function vatNumberOf(enterpriseNumber: IdentifierInput): string | null {
  const { normalised, kind } = analyseEnterpriseNumber(enterpriseNumber);
  return kind === "company" && normalised != null ? `BE${normalised}` : null;
}
