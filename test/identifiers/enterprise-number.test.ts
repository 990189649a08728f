import fc from "fast-check";
import {
  analyseEnterpriseNumber,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  mod97CheckDigits,
  normaliseEnterpriseNumber,
  vatNumberOf,
} from "../../src/identifiers";

// Check digits = 97 - (first 8 digits mod 97), worked by hand:
//   0566.988.259: 05669882 = 97 × 58452 + 38  (97 × 58452 = 5669844), 97 - 38 = 59 → valid
//   0403.170.701: 04031707 = 97 × 41563 + 96  (97 × 41563 = 4031611), 97 - 96 = 1 → "01" → valid
//   1001.234.592: 10012345 = 97 × 103220 + 5  (97 × 103220 = 10012340), 97 - 5 = 92 → valid 1-series
//   2.145.678.996: 21456789 = 97 × 221204 + 1 (97 × 221204 = 21456788), 97 - 1 = 96 → valid
//                  establishment unit
//   0123.456.749: 01234567 = 97 × 12727 + 48  (97 × 12727 = 1234519), 97 - 48 = 49 → valid

describe("analyseEnterpriseNumber", () => {
  it("accepts 0- and 1-series company numbers", () => {
    for (const [raw, normalised] of [
      ["0566.988.259", "0566988259"],
      ["BE 0403.170.701", "0403170701"],
      ["1001.234.592", "1001234592"],
      ["be0123456749", "0123456749"],
      ["566 988 259", "0566988259"], // 9 digits: leading zero restored
    ]) {
      expect(analyseEnterpriseNumber(raw)).toEqual({ normalised, kind: "company", problem: null });
    }
  });

  it("recognises an establishment unit with valid check digits", () => {
    expect(analyseEnterpriseNumber("2.145.678.996")).toEqual({
      normalised: "2145678996",
      kind: "establishment-unit",
      problem: null,
    });
    // 2.145.678.997: one off in the check digits.
    expect(analyseEnterpriseNumber("2.145.678.997")).toEqual({
      normalised: "2145678997",
      kind: "invalid",
      problem: "check-digits",
    });
  });

  it("reports what is wrong", () => {
    expect(analyseEnterpriseNumber("0566.988.258")).toEqual({ normalised: "0566988258", kind: "invalid", problem: "check-digits" });
    expect(analyseEnterpriseNumber(null)).toEqual({ normalised: null, kind: "invalid", problem: "empty" });
    expect(analyseEnterpriseNumber(undefined).problem).toBe("empty");
    expect(analyseEnterpriseNumber("  ").problem).toBe("empty");
    expect(analyseEnterpriseNumber("BE").problem).toBe("empty");
    expect(analyseEnterpriseNumber("BE 0566.988.25x")).toEqual({ normalised: null, kind: "invalid", problem: "not-digits" });
    expect(analyseEnterpriseNumber("0566,988,259").problem).toBe("not-digits");
    expect(analyseEnterpriseNumber("05669882")).toEqual({ normalised: "05669882", kind: "invalid", problem: "wrong-length" });
    expect(analyseEnterpriseNumber("056698825900").problem).toBe("wrong-length");
    // 9.145.678.996 has the same kind of check digits, but no number starts with 9.
    expect(analyseEnterpriseNumber("9145678996")).toEqual({ normalised: "9145678996", kind: "invalid", problem: "first-digit" });
  });

  it("takes a number as Excel gives it (leading zero lost)", () => {
    expect(analyseEnterpriseNumber(566988259)).toEqual({ normalised: "0566988259", kind: "company", problem: null });
    expect(analyseEnterpriseNumber(566.988259).problem).toBe("not-digits");
    expect(analyseEnterpriseNumber(-566988259).problem).toBe("not-digits");
    expect(analyseEnterpriseNumber(Number.NaN).problem).toBe("not-digits");
  });
});

describe("existing helpers keep their behaviour", () => {
  it("normalises", () => {
    expect(normaliseEnterpriseNumber("BE 0566.988.259")).toBe("0566988259");
    expect(normaliseEnterpriseNumber("0566/988-259")).toBe("0566988259");
    expect(normaliseEnterpriseNumber("abc")).toBeNull();
    expect(normaliseEnterpriseNumber("")).toBeNull();
    expect(normaliseEnterpriseNumber(null)).toBeNull();
    expect(normaliseEnterpriseNumber("12345")).toBe("12345");
  });

  it("validates only company numbers", () => {
    expect(isValidEnterpriseNumber("0566988259")).toBe(true);
    expect(isValidEnterpriseNumber("1001234592")).toBe(true);
    expect(isValidEnterpriseNumber("0403170701")).toBe(true);
    expect(isValidEnterpriseNumber("0566988258")).toBe(false);
    expect(isValidEnterpriseNumber("2145678996")).toBe(false); // establishment unit, not a company
    expect(isValidEnterpriseNumber("0566.988.259")).toBe(false); // expects the normalised form
  });
});

describe("formatEnterpriseNumber", () => {
  it("formats companies 4.3.3 and establishment units 1.3.3.3", () => {
    expect(formatEnterpriseNumber("0566988259")).toBe("0566.988.259");
    expect(formatEnterpriseNumber("1001234592")).toBe("1001.234.592");
    expect(formatEnterpriseNumber("2145678996")).toBe("2.145.678.996");
    expect(formatEnterpriseNumber("9145678996")).toBe("9145.678.996");
    expect(formatEnterpriseNumber("05669882")).toBe("05669882");
    expect(formatEnterpriseNumber("not a number")).toBe("not a number");
  });
});

describe("vatNumberOf", () => {
  it("gives BE + the enterprise number of a valid company number only", () => {
    expect(vatNumberOf("0123456749")).toBe("BE0123456749");
    expect(vatNumberOf("0566.988.259")).toBe("BE0566988259");
    expect(vatNumberOf("BE 1001.234.592")).toBe("BE1001234592");
    expect(vatNumberOf("0566988258")).toBeNull();
    expect(vatNumberOf("2145678996")).toBeNull();
    expect(vatNumberOf(null)).toBeNull();
  });
});

describe("properties", () => {
  const digit = fc.integer({ min: 0, max: 9 });
  const body = (firstDigits: number[]) =>
    fc.tuple(fc.constantFrom(...firstDigits), fc.array(digit, { minLength: 7, maxLength: 7 })).map(([first, rest]) => `${first}${rest.join("")}`);
  const withCheckDigits = (b: string) => `${b}${mod97CheckDigits(b)}`;

  it("8 digits starting 0 or 1 plus their check digits make a valid company number", () => {
    fc.assert(
      fc.property(body([0, 1]).map(withCheckDigits), (n) => {
        expect(isValidEnterpriseNumber(n)).toBe(true);
        expect(analyseEnterpriseNumber(n)).toEqual({ normalised: n, kind: "company", problem: null });
      }),
    );
  });

  it("8 digits starting 2 to 8 plus their check digits make a valid establishment unit", () => {
    fc.assert(
      fc.property(body([2, 3, 4, 5, 6, 7, 8]).map(withCheckDigits), (n) => {
        expect(analyseEnterpriseNumber(n).kind).toBe("establishment-unit");
      }),
    );
  });

  // Why every single-digit change is caught: a valid number has body mod 97 + check = 97, with the
  // check in 1..97. Changing one body digit adds d × 10^k (d in ±1..±9, k ≤ 7) to the body; 97 is
  // prime and divides neither d nor 10^k, so body mod 97 changes while the check does not. Changing
  // one check digit changes the check while body mod 97 does not. Either way the equation breaks.
  it("changing any single digit makes a valid number invalid", () => {
    fc.assert(
      fc.property(
        body([0, 1, 2, 3, 4, 5, 6, 7, 8]).map(withCheckDigits),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (n, position, delta) => {
          const original = Number(n[position]);
          const changed = `${n.slice(0, position)}${(original + delta) % 10}${n.slice(position + 1)}`;
          expect(changed).not.toBe(n);
          expect(isValidEnterpriseNumber(changed)).toBe(false);
          expect(analyseEnterpriseNumber(changed).kind).toBe("invalid");
        },
      ),
    );
  });

  it("formatting then normalising gives the number back", () => {
    fc.assert(
      fc.property(
        fc.array(digit, { minLength: 10, maxLength: 10 }).map((d) => d.join("")),
        (n) => {
          expect(normaliseEnterpriseNumber(formatEnterpriseNumber(n))).toBe(n);
        },
      ),
    );
    fc.assert(
      fc.property(body([0, 1]).map(withCheckDigits), (n) => {
        expect(normaliseEnterpriseNumber(vatNumberOf(n))).toBe(n);
        expect(analyseEnterpriseNumber(formatEnterpriseNumber(n)).normalised).toBe(n);
      }),
    );
  });
});
