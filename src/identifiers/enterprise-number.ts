// Belgian enterprise numbers (KBO/BCE): a leaf module shared by the AdminPulse client (to match
// look-up results) and the permanent-data model (to validate and format).

/**
 * Digits only, with the leading zero restored on a 9-digit number: "BE 0123.456.749" and
 * "123456749" both give "0123456749". Returns null when nothing digit-like is left.
 */
export function normaliseEnterpriseNumber(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const digits = String(raw).replace(/^\s*BE/i, "").replace(/[\s./-]/g, "");
  if (!/^\d+$/.test(digits)) return null;
  return digits.length === 9 ? `0${digits}` : digits;
}

/** True for 10 digits, first digit 0 or 1, whose last two digits are 97 - (first 8 mod 97). */
export function isValidEnterpriseNumber(normalised: string): boolean {
  if (!/^[01]\d{9}$/.test(normalised)) return false;
  const body = Number(normalised.slice(0, 8));
  return 97 - (body % 97) === Number(normalised.slice(8));
}

/** `0123.456.749` */
export function formatEnterpriseNumber(normalised: string): string {
  return /^\d{10}$/.test(normalised)
    ? `${normalised.slice(0, 4)}.${normalised.slice(4, 7)}.${normalised.slice(7)}`
    : normalised;
}
