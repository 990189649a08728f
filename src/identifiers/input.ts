// What the identifier functions accept: text as typed or imported, or a number as Excel gives it
// for a cell that holds digits only (leading zeros are then lost; each identifier says what it does
// about that).

export type IdentifierInput = string | number | null | undefined;

/**
 * null for null/undefined; a string as it is; a non-negative safe integer as its digits. Any other
 * number (fraction, negative, NaN, too large to be exact) becomes "?", which every identifier
 * parser rejects as "not digits" instead of reading the digits of, say, 566.988259.
 */
export function identifierText(raw: IdentifierInput): string | null {
  if (raw == null) return null;
  if (typeof raw === "number") return Number.isSafeInteger(raw) && raw >= 0 ? String(raw) : "?";
  return String(raw);
}
