// The modulo-97 check shared by Belgian enterprise numbers, establishment-unit numbers and national
// register numbers. Computed digit by digit, so the length of the body never matters (no Number
// precision limit, no BigInt).

/** `digits` (a string of decimal digits, possibly empty) modulo 97. */
export function mod97(digits: string): number {
  if (!/^\d*$/.test(digits)) throw new RangeError("mod97: digits only");
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

/**
 * The two check digits `97 - (body mod 97)`, zero-padded: "01" to "97" (never "00"; a body that is
 * a multiple of 97 gets "97").
 */
export function mod97CheckDigits(body: string): string {
  return String(97 - mod97(body)).padStart(2, "0");
}
