// Test-data generators for Belgian identifiers (see ../shared/permanent-data-rules.md, "Identifiers").
// These build numbers; they do not validate input from the outside world (src/identifiers does).

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Check digits of an enterprise number: 97 - (first 8 digits mod 97), two digits (01..97). */
export function enterpriseCheckDigits(first8: string): string {
  return pad(97 - (Number(first8) % 97), 2);
}

function eightDigits(first8: number | string): string {
  const s = typeof first8 === "number" ? pad(first8, 8) : first8.replace(/[\s.]/g, "");
  if (!/^\d{8}$/.test(s)) throw new RangeError(`enterpriseNumber: need 8 digits, got "${String(first8)}"`);
  return s;
}

/**
 * A 10-digit enterprise number with valid check digits: `enterpriseNumber("05669882")` gives
 * "0566988259". A number given as a number is left-padded to 8 digits. Any first digit is
 * accepted, so establishment-unit numbers (2–8) can be built too.
 */
export function enterpriseNumber(first8: number | string): string {
  const s = eightDigits(first8);
  return s + enterpriseCheckDigits(s);
}

/** Same 8 digits as `enterpriseNumber`, but with check digits that fail mod 97. */
export function enterpriseNumberWithBadCheckDigits(first8: number | string): string {
  const s = eightDigits(first8);
  const good = Number(enterpriseCheckDigits(s));
  return s + pad((good % 97) + 1, 2);
}

/** Bis numbers add 20 (gender unknown) or 40 (gender known) to the month. */
export type BisOffset = 0 | 20 | 40;

function nationalBody(yyyy: number, mm: number, dd: number, serial: number, bis: BisOffset): string {
  if (!Number.isInteger(yyyy) || yyyy < 1900 || yyyy > 2099) throw new RangeError(`nationalNumber: year ${yyyy}`);
  if (!Number.isInteger(mm) || mm < 0 || mm > 12) throw new RangeError(`nationalNumber: month ${mm}`);
  if (!Number.isInteger(dd) || dd < 0 || dd > 31) throw new RangeError(`nationalNumber: day ${dd}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 998) throw new RangeError(`nationalNumber: serial ${serial}`);
  return pad(yyyy % 100, 2) + pad(mm + bis, 2) + pad(dd, 2) + pad(serial, 3);
}

function nationalCheck(body9: string, bornFrom2000: boolean): number {
  const base = Number(body9) + (bornFrom2000 ? 2_000_000_000 : 0);
  return 97 - (base % 97);
}

/**
 * An 11-digit national register number (NISS/INSZ) `YYMMDD SSS CC` with valid check digits.
 * For people born in 2000 or later a "2" is put in front of the 9 digits before mod 97.
 * Month or day may be 0 (unknown); `bis` adds 20 or 40 to the month. Serial: odd for men,
 * even for women (not enforced).
 */
export function nationalNumber(yyyy: number, mm: number, dd: number, serial: number, bis: BisOffset = 0): string {
  const body = nationalBody(yyyy, mm, dd, serial, bis);
  return body + pad(nationalCheck(body, yyyy >= 2000), 2);
}

/** Same body as `nationalNumber`, with check digits that fail for both centuries. */
export function nationalNumberWithBadCheckDigits(yyyy: number, mm: number, dd: number, serial: number, bis: BisOffset = 0): string {
  const body = nationalBody(yyyy, mm, dd, serial, bis);
  const valid = new Set([nationalCheck(body, false), nationalCheck(body, true)]);
  let cd = (nationalCheck(body, yyyy >= 2000) % 97) + 1;
  while (valid.has(cd)) cd = (cd % 97) + 1;
  return body + pad(cd, 2);
}
