// Belgian postal codes: 4 digits, 1000 to 9992. This is a range check, not a list of the codes
// bpost actually uses (a code in range may still not exist).
//
// Accepted: "1000", " 1000 ", the number 1000 (an Excel cell), and the old international notation
// with a country letter: "B-1000", "B1000", "B 1000", and "BE-1000" / "BE1000" (any case). Not
// accepted: a municipality with it ("1000 Brussel"), other separators ("1.000"), or a leading zero
// ("0999", which is not in range anyway).

import { type IdentifierInput, identifierText } from "./input";

/** The 4 digits of a Belgian postal code ("B-1000" → "1000"), or null when it is not one. */
export function normaliseBelgianPostalCode(raw: IdentifierInput): string | null {
  const text = identifierText(raw);
  if (text == null) return null;
  const match = /^(?:BE?\s*-?\s*)?(\d{4})$/i.exec(text.trim());
  const digits = match?.[1];
  if (digits == null) return null;
  const code = Number(digits);
  return code >= 1000 && code <= 9992 ? digits : null;
}

/** 4 digits in 1000–9992, after the normalising of normaliseBelgianPostalCode. */
export function isBelgianPostalCode(raw: IdentifierInput): boolean {
  return normaliseBelgianPostalCode(raw) != null;
}
