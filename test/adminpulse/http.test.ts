import http from "node:http";
import type { AddressInfo } from "node:net";
import { UnexpectedResponseError } from "../../src/adminpulse";
import { HttpTransport, checkBaseUrl, parseRetryAfter } from "../../src/adminpulse/http";
import { RateLimiter } from "../../src/adminpulse/rate-limiter";
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
    expect(() => checkBaseUrl("not a url")).toThrow(/not a complete web address/);
    // A user name is a secret in the settings, and hides where the key really goes.
    expect(() => checkBaseUrl("https://api.adminpulse.be%2f@attacker.example")).toThrow(/user name or password/);
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

describe("the size of an answer", () => {
  // A real server on loopback answering JSON of a chosen size, with or without Content-Length.
  let server: http.Server;
  let baseUrl: string;
  let answer: { bytes: number; declared: boolean };
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      // {"name":"…"} is 11 bytes around its text; "é" is 2 bytes in UTF-8.
      const text = JSON.stringify({ name: nameOf(answer.bytes) });
      res.writeHead(200, { "Content-Type": "application/json", ...(answer.declared ? { "Content-Length": answer.bytes } : {}) });
      // In several writes, so that an undeclared answer arrives in chunks.
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; at += 300) res.write(bytes.subarray(at, at + 300));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const nameOf = (bytes: number) => "é".repeat(Math.floor((bytes - 11) / 2)) + "x".repeat((bytes - 11) % 2);

  it("the test's answers have the sizes they claim", () => {
    expect(Buffer.byteLength(JSON.stringify({ name: nameOf(2_000) }))).toBe(2_000);
    expect(Buffer.byteLength(JSON.stringify({ name: nameOf(2_001) }))).toBe(2_001);
  });

  const transport = () => new HttpTransport({ baseUrl, token: "t0ken", limiter: new RateLimiter({ calls: 100, windowMs: 1000 }), maxResponseBytes: 2_000 });

  it.each([true, false])("an answer of exactly the cap is read whole, multi-byte characters across chunks included (Content-Length: %s)", async (declared) => {
    answer = { bytes: 2_000, declared };
    const body = (await transport().getJson("/x")) as { name: string };
    expect(body.name).toBe(nameOf(2_000));
  });

  it.each([true, false])("one byte over the cap is refused, once, with the too-large message (Content-Length: %s)", async (declared) => {
    answer = { bytes: 2_001, declared };
    const t = transport();
    const error = await t.getJson("/x").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ reason: "too-large", status: 200 });
    expect((error as UnexpectedResponseError).userMessage.en).toMatch(/^AdminPulse sent an answer far larger than any it should \(over 5 MB\)/);
    expect(t.requestCount).toBe(1);
  });
});
