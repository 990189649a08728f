import fc from "fast-check";
import { analyseNationalNumber, formatNationalNumber, isValidNationalNumber, mod97CheckDigits, normaliseNationalNumber } from "../../src/identifiers";

// Check digits = 97 - (YYMMDDSSS mod 97), or 97 - (2YYMMDDSSS mod 97) for births from 2000 on.
// Worked by hand (fictitious people):
//   85.07.30-033.28: 850730033 = 97 × 8770412 + 69 (97 × 8770412 = 850729964), 97 - 69 = 28
//                    → 1900 rule, born 1985-07-30
//   05.01.05-123.62: 2050105123 = 97 × 21135104 + 35 (97 × 21135104 = 2050105088), 97 - 35 = 62
//                    → 2000 rule, born 2005-01-05. With the 1900 rule: 050105123 = 97 × 528918 + 64,
//                    97 - 64 = 33, so 05.01.05-123.33 is someone born 1905-01-05.
//   00.02.29-123.20: 2000229123 = 97 × 20620918 + 77 (97 × 20620918 = 2000229046), 97 - 77 = 20
//                    → born 2000-02-29 (2000 is a leap year)
//   00.02.29-123.88: 000229123 = 97 × 2362 + 9 (97 × 2362 = 229114), 97 - 9 = 88 → 1900 rule, but
//                    1900-02-29 does not exist (1900 is not a leap year)
//   85.27.30-033.71: bis, month 07 + 20. 852730033 = 97 × 8791031 + 26 (= 852730007 + 26), 97 - 26 = 71
//   85.47.30-033.17: bis, month 07 + 40. 854730033 = 97 × 8811649 + 80 (= 854729953 + 80), 97 - 80 = 17
//   85.20.00-123.56: bis, date unknown. 852000123 = 97 × 8783506 + 41 (= 852000082 + 41), 97 - 41 = 56
//   85.00.00-123.13: month and day unknown. 850000123 = 97 × 8762887 + 84 (= 850000039 + 84), 97 - 84 = 13
//   85.07.00-123.62: day unknown. 850700123 = 97 × 8770104 + 35 (= 850700088 + 35), 97 - 35 = 62
//   85.13.30-033.70: month 13. 851330033 mod 97 = 27, 97 - 27 = 70: right check digits, no such month

describe("normaliseNationalNumber", () => {
  it("keeps the digits", () => {
    expect(normaliseNationalNumber("85.07.30-033.28")).toBe("85073003328");
    expect(normaliseNationalNumber("85073003328")).toBe("85073003328");
    expect(normaliseNationalNumber(" 850730 033 28 ")).toBe("85073003328");
    expect(normaliseNationalNumber("85/07/30-033/28")).toBe("85073003328");
    expect(normaliseNationalNumber(85073003328)).toBe("85073003328");
    expect(normaliseNationalNumber("8507300332")).toBe("8507300332"); // length not checked here
  });

  it("gives null for nothing or for letters", () => {
    expect(normaliseNationalNumber(null)).toBeNull();
    expect(normaliseNationalNumber(undefined)).toBeNull();
    expect(normaliseNationalNumber("")).toBeNull();
    expect(normaliseNationalNumber(" - ")).toBeNull();
    expect(normaliseNationalNumber("85.07.30-033.2B")).toBeNull();
  });
});

describe("analyseNationalNumber", () => {
  it("born before 2000", () => {
    expect(analyseNationalNumber("85.07.30-033.28")).toEqual({
      normalised: "85073003328",
      valid: true,
      century: 1900,
      bis: false,
      birthDate: "1985-07-30",
      problem: null,
    });
    expect(analyseNationalNumber("05.01.05-123.33")).toMatchObject({ valid: true, century: 1900, birthDate: "1905-01-05" });
  });

  it("born in 2000 or later: the 2 in front", () => {
    expect(analyseNationalNumber("05010512362")).toEqual({
      normalised: "05010512362",
      valid: true,
      century: 2000,
      bis: false,
      birthDate: "2005-01-05",
      problem: null,
    });
    expect(analyseNationalNumber("00.02.29-123.20")).toMatchObject({ valid: true, century: 2000, birthDate: "2000-02-29" });
  });

  it("bis numbers: month + 20 or + 40", () => {
    expect(analyseNationalNumber("85.27.30-033.71")).toEqual({
      normalised: "85273003371",
      valid: true,
      century: 1900,
      bis: true,
      birthDate: "1985-07-30",
      problem: null,
    });
    expect(analyseNationalNumber("85.47.30-033.17")).toMatchObject({ valid: true, bis: true, birthDate: "1985-07-30" });
    expect(analyseNationalNumber("85.20.00-123.56")).toMatchObject({ valid: true, century: 1900, bis: true, birthDate: null });
  });

  it("month or day 00: valid, birth date unknown", () => {
    expect(analyseNationalNumber("85.00.00-123.13")).toMatchObject({ valid: true, century: 1900, bis: false, birthDate: null });
    expect(analyseNationalNumber("85.07.00-123.62")).toMatchObject({ valid: true, century: 1900, birthDate: null });
  });

  it("reports what is wrong", () => {
    expect(analyseNationalNumber("85.07.30-033.29")).toEqual({
      normalised: "85073003329",
      valid: false,
      century: null,
      bis: false,
      birthDate: null,
      problem: "check-digits",
    });
    expect(analyseNationalNumber("85.27.30-033.72")).toMatchObject({ valid: false, bis: true, problem: "check-digits" });
    expect(analyseNationalNumber("00.02.29-123.88")).toMatchObject({ valid: false, century: 1900, birthDate: null, problem: "birth-date" });
    expect(analyseNationalNumber("85.13.30-033.70")).toMatchObject({ valid: false, century: 1900, problem: "birth-date" });
    expect(analyseNationalNumber(null)).toMatchObject({ normalised: null, valid: false, problem: "empty" });
    expect(analyseNationalNumber("   ").problem).toBe("empty");
    expect(analyseNationalNumber("85.07.30-O33.28")).toMatchObject({ normalised: null, problem: "not-digits" });
    // Typed as text, ten digits are ten digits; kept as a number by Excel, the lost zero comes back.
    expect(analyseNationalNumber("5010512362")).toMatchObject({ normalised: "5010512362", problem: "wrong-length" });
    expect(analyseNationalNumber(5010512362)).toMatchObject({ normalised: "05010512362", problem: null });
    expect(analyseNationalNumber("850730033280").problem).toBe("wrong-length");
  });

  it("isValidNationalNumber", () => {
    expect(isValidNationalNumber("85.07.30-033.28")).toBe(true);
    expect(isValidNationalNumber("85.07.30-033.29")).toBe(false);
  });
});

describe("formatNationalNumber", () => {
  it("writes YY.MM.DD-SSS.CC", () => {
    expect(formatNationalNumber("85073003328")).toBe("85.07.30-033.28");
    expect(formatNationalNumber("8507300332")).toBe("8507300332");
  });
});

describe("properties", () => {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it("a number built from a real date and its century's check digits gives that date back", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 997 }),
        fc.constantFrom(0, 20, 40),
        (date, sequence, bisOffset) => {
          const year = date.getUTCFullYear();
          const yymmddsss = `${pad(year % 100, 2)}${pad(date.getUTCMonth() + 1 + bisOffset, 2)}${pad(date.getUTCDate(), 2)}${pad(sequence, 3)}`;
          const n = `${yymmddsss}${mod97CheckDigits(year >= 2000 ? `2${yymmddsss}` : yymmddsss)}`;
          expect(analyseNationalNumber(n)).toEqual({
            normalised: n,
            valid: true,
            century: year >= 2000 ? 2000 : 1900,
            bis: bisOffset > 0,
            birthDate: date.toISOString().slice(0, 10),
            problem: null,
          });
        },
      ),
    );
  });

  it("formatting then normalising gives the number back", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 }), (digits) => {
        const n = digits.join("");
        expect(normaliseNationalNumber(formatNationalNumber(n))).toBe(n);
      }),
    );
  });
});

describe("a national number Excel stored as a number", () => {
  it("gets back the leading zero it lost (born 2000–2009)", () => {
    // 05.01.05-123.62: 2050105123 mod 97 = 35, 97 - 35 = 62
    expect(normaliseNationalNumber(5010512362)).toBe("05010512362");
    expect(normaliseNationalNumber("5010512362")).toBe("5010512362");
  });
});
