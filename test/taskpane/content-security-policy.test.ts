/**
 * @jest-environment jsdom
 */
// The task pane's Content-Security-Policy as index.tsx builds it: the exact policies of a
// production and a development build, the AdminPulse addresses reduced to origins, anything that
// is not a usable address left out (nothing typed in Settings can add a directive or a wildcard),
// and the <meta> put at the top of <head>. test/browser/csp.test.ts checks that Chromium enforces it.

import fc from "fast-check";
import { DEVELOPMENT_CONNECT_SOURCES, applyContentSecurityPolicy, connectSource, contentSecurityPolicy } from "../../src/taskpane/content-security-policy";

const PRODUCTION =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self'; " +
  "connect-src https://api.adminpulse.be; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The policy as directive name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("the pane's policy", () => {
  it("in production: the AdminPulse address, office.js, nothing else", () => {
    expect(contentSecurityPolicy({ apiAddresses: ["https://api.adminpulse.be"], development: false })).toBe(PRODUCTION);
  });

  it("in development: the same, plus loopback on any port (the sandbox, test servers, the dev server's socket)", () => {
    const policy = contentSecurityPolicy({ apiAddresses: ["https://api.adminpulse.be"], development: true });
    expect(policy).toBe(
      PRODUCTION.replace(
        "connect-src https://api.adminpulse.be",
        "connect-src https://api.adminpulse.be http://localhost:* http://127.0.0.1:* ws://localhost:* ws://127.0.0.1:*",
      ),
    );
    expect(directives(policy).get("connect-src")).toEqual(["https://api.adminpulse.be", ...DEVELOPMENT_CONNECT_SOURCES]);
  });

  it("allows no eval and no inline script, in either build", () => {
    for (const development of [false, true]) {
      const script = directives(contentSecurityPolicy({ apiAddresses: [], development })).get("script-src")!;
      expect(script).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    }
  });

  it("gives origins only: no path, the default port left out, another port kept, the host in lower case and punycode", () => {
    expect(connectSource("https://proxy.office.be/adminpulse/v1/")).toBe("https://proxy.office.be");
    expect(connectSource("https://API.AdminPulse.be:443")).toBe("https://api.adminpulse.be");
    expect(connectSource("https://proxy.office.be:8443/api")).toBe("https://proxy.office.be:8443");
    expect(connectSource("https://bücher.example")).toBe("https://xn--bcher-kva.example");
    expect(connectSource("http://127.0.0.1:3100")).toBe("http://127.0.0.1:3100");
    expect(connectSource("http://localhost:3100/")).toBe("http://localhost:3100");
  });

  it("a production build reaches loopback only at the configured address, and no other port", () => {
    const connect = directives(contentSecurityPolicy({ apiAddresses: ["http://127.0.0.1:3100"], development: false })).get("connect-src");
    expect(connect).toEqual(["http://127.0.0.1:3100"]);
  });

  it("names the address in force and the office's fixed one, once each", () => {
    const connect = (apiAddresses: (string | null)[]) => directives(contentSecurityPolicy({ apiAddresses, development: false })).get("connect-src");
    expect(connect(["https://proxy.office.be/ap", "https://api.adminpulse.be"])).toEqual(["https://proxy.office.be", "https://api.adminpulse.be"]);
    expect(connect(["https://api.adminpulse.be", "https://api.adminpulse.be/"])).toEqual(["https://api.adminpulse.be"]);
    expect(connect(["https://api.adminpulse.be", null])).toEqual(["https://api.adminpulse.be"]);
  });

  it.each([
    ["plain http off loopback", "http://api.adminpulse.be"],
    ["another scheme", "javascript:alert(1)"],
    ["credentials", "https://user:secret@api.adminpulse.be"],
    ["a query", "https://api.adminpulse.be/?x=1"],
    ["a ; that would start a directive", "https://a.be;script-src"],
    ["an escaped ;", "https://a.be%3bscript-src"],
    ["a wildcard", "https://*.be"],
    ["a quote", "https://a.be'unsafe-eval'"],
    ["an IPv6 literal, which a policy cannot express", "http://[::1]:3100"],
    ["nothing", ""],
  ])("leaves out an address with %s", (_name, address) => {
    expect(connectSource(address)).toBeNull();
    expect(directives(contentSecurityPolicy({ apiAddresses: [address], development: false })).get("connect-src")).toEqual(["'none'"]);
  });

  it("whatever the stored address, the policy keeps its eight directives and office.js as the only other script source", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.webUrl(), fc.constant(null)), { maxLength: 3 }), fc.boolean(), (apiAddresses, development) => {
        const parsed = directives(contentSecurityPolicy({ apiAddresses, development }));
        expect([...parsed.keys()]).toEqual(["default-src", "script-src", "style-src", "img-src", "connect-src", "object-src", "base-uri", "form-action"]);
        expect(parsed.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
        for (const source of parsed.get("connect-src")!) {
          expect(source).toMatch(/^(?:'none'|https?:\/\/[a-z0-9.-]+(?::\d+)?|(?:http|ws):\/\/(?:localhost|127\.0\.0\.1):\*)$/);
        }
      }),
    );
  });
});

describe("applying the policy", () => {
  it("puts a <meta http-equiv> first in <head>, before anything it must govern", () => {
    document.head.innerHTML = '<meta charset="UTF-8"><title>x</title>';
    const meta = applyContentSecurityPolicy(document, PRODUCTION);
    expect(document.head.firstElementChild).toBe(meta);
    expect(meta.getAttribute("http-equiv")).toBe("Content-Security-Policy");
    expect(meta.getAttribute("content")).toBe(PRODUCTION);
  });
});
