// The one rule for an AdminPulse address, used by the HTTP transport, the Settings view, the
// build-time address and the command line alike: an absolute https URL (plain http on loopback
// only, for the sandbox), so the key never crosses a network in clear; no user name or password
// (a secret in the settings, and `https://api.adminpulse.be%2f@elsewhere` would send the key to
// `elsewhere`); no query or fragment. The result is the URL as WHATWG parses it, trailing slashes
// trimmed, so one address has one spelling and a key bound to it is found again.

export type AddressProblem = "url-empty" | "url-invalid" | "url-not-https" | "url-credentials" | "url-query";

export type ParsedAddress = { ok: true; value: string } | { ok: false; problem: AddressProblem };

// localhost, 127.0.0.0/8, [::1]: the machine itself.
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

export function parseApiBaseUrl(raw: string): ParsedAddress {
  const fail = (problem: AddressProblem): ParsedAddress => ({ ok: false, problem });
  const text = raw.trim();
  if (text === "") return fail("url-empty");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail("url-invalid");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return fail("url-not-https");
  if (!url.hostname) return fail("url-invalid");
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) return fail("url-not-https");
  if (url.username || url.password) return fail("url-credentials");
  if (url.search || url.hash || text.includes("?") || text.includes("#")) return fail("url-query");
  return { ok: true, value: url.toString().replace(/\/+$/, "") };
}

/** What is wrong with an address, in English, for the command line and technical messages. */
export const ADDRESS_PROBLEMS: Readonly<Record<AddressProblem, string>> = {
  "url-empty": "the AdminPulse address is empty",
  "url-invalid": "the AdminPulse address is not a complete web address",
  "url-not-https": "the AdminPulse address must start with https:// (plain http:// only on localhost or 127.0.0.1)",
  "url-credentials": "the AdminPulse address must not contain a user name or password",
  "url-query": "the AdminPulse address must not contain ? or #",
};
