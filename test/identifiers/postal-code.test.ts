import fc from "fast-check";
import { isBelgianPostalCode, normaliseBelgianPostalCode } from "../../src/identifiers";

describe("Belgian postal codes", () => {
  it("accepts 4 digits from 1000 to 9992", () => {
    expect(normaliseBelgianPostalCode("1000")).toBe("1000"); // Brussels
    expect(normaliseBelgianPostalCode("9992")).toBe("9992"); // Middelburg (Maldegem), the highest
    expect(normaliseBelgianPostalCode(" 1000 ")).toBe("1000");
    expect(normaliseBelgianPostalCode(4000)).toBe("4000"); // a number, as an Excel cell gives it
    expect(isBelgianPostalCode("2000")).toBe(true);
  });

  it("accepts the old notation with a country letter", () => {
    for (const raw of ["B-1000", "B1000", "b-1000", "B - 1000", "BE-1000", "BE1000", " B-1000 "]) {
      expect(normaliseBelgianPostalCode(raw)).toBe("1000");
    }
  });

  it("rejects the rest", () => {
    for (const raw of ["999", "0999", "9999", "9993", "10000", "", "  ", "1.000", "1000 Brussel", "F-75001", "NL-1000", "B-", "BX1000"]) {
      expect(normaliseBelgianPostalCode(raw)).toBeNull();
      expect(isBelgianPostalCode(raw)).toBe(false);
    }
    expect(isBelgianPostalCode(null)).toBe(false);
    expect(isBelgianPostalCode(undefined)).toBe(false);
    expect(isBelgianPostalCode(999)).toBe(false);
    expect(isBelgianPostalCode(1000.5)).toBe(false);
  });

  it("property: a 4-digit string is a postal code exactly when it is in 1000–9992", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        const raw = String(n).padStart(4, "0");
        expect(isBelgianPostalCode(raw)).toBe(n >= 1000 && n <= 9992);
        expect(isBelgianPostalCode(`B-${raw}`)).toBe(n >= 1000 && n <= 9992);
      }),
    );
  });
});
