import fc from "fast-check";
import { mod97, mod97CheckDigits } from "../../src/identifiers";

describe("mod97", () => {
  it("matches plain arithmetic where Number is exact", () => {
    expect(mod97("05669882")).toBe(38);
    expect(mod97("")).toBe(0);
    expect(mod97CheckDigits("05669882")).toBe("59");
    expect(mod97CheckDigits("04031707")).toBe("01");
    expect(mod97CheckDigits("00000097")).toBe("97"); // a multiple of 97 gets 97, never 00
    expect(() => mod97("12a")).toThrow(RangeError);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(mod97(String(n))).toBe(n % 97);
      }),
    );
  });
});
