import { checkBaseUrl, parseRetryAfter } from "../../src/adminpulse/http";
import { normaliseEnterpriseNumber, isValidEnterpriseNumber, formatEnterpriseNumber } from "../../src/identifiers/enterprise-number";

describe("Retry-After", () => {
  it("reads seconds and HTTP dates, ignores nonsense", () => {
    const now = Date.parse("2026-11-27T10:00:00Z");
    expect(parseRetryAfter("2", now)).toBe(2000);
    expect(parseRetryAfter("Fri, 27 Nov 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Fri, 27 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
  });
});

describe("the AdminPulse address", () => {
  it("accepts https, and plain http on loopback only", () => {
    expect(checkBaseUrl("https://api.adminpulse.be/")).toBe("https://api.adminpulse.be");
    expect(checkBaseUrl("https://proxy.office.be/adminpulse/")).toBe("https://proxy.office.be/adminpulse");
    expect(checkBaseUrl("http://127.0.0.1:3100")).toBe("http://127.0.0.1:3100");
    expect(checkBaseUrl("http://localhost:3100")).toBe("http://localhost:3100");
    expect(() => checkBaseUrl("http://api.adminpulse.be")).toThrow(/https/);
    expect(() => checkBaseUrl("ftp://x")).toThrow(/https/);
    expect(() => checkBaseUrl("not a url")).toThrow(/valid/);
    expect(() => checkBaseUrl("https://x.be/?token=1")).toThrow();
  });
});

describe("enterprise numbers", () => {
  it("normalises the usual spellings", () => {
    expect(normaliseEnterpriseNumber("BE 0566.988.259")).toBe("0566988259");
    expect(normaliseEnterpriseNumber("be0566988259")).toBe("0566988259");
    expect(normaliseEnterpriseNumber("566 988 259")).toBe("0566988259");
    expect(normaliseEnterpriseNumber("0566/988-259")).toBe("0566988259");
    expect(normaliseEnterpriseNumber("abc")).toBeNull();
    expect(normaliseEnterpriseNumber(null)).toBeNull();
  });
  it("checks mod 97 and formats", () => {
    expect(isValidEnterpriseNumber("0566988259")).toBe(true);
    expect(isValidEnterpriseNumber("0566988258")).toBe(false);
    expect(isValidEnterpriseNumber("2566988259")).toBe(false);
    expect(formatEnterpriseNumber("0566988259")).toBe("0566.988.259");
  });
});
