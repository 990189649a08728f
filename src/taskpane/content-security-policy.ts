// The task pane's Content-Security-Policy, set from the page itself as a
// <meta http-equiv="Content-Security-Policy">, because the one address it may call, AdminPulse's,
// is a setting (Settings, stored in the browser) and not known when the files are built or hosted.
// index.tsx builds it once the settings can be read (the workbench: at once; Excel: once
// Office.onReady gave the storage partition) and before anything is fetched.
//
//   default-src 'self'                       anything not named below: the add-in's own origin
//   script-src 'self' https://appsforoffice.microsoft.com   the bundle, and office.js with the
//                                            scripts it loads; no inline script, no eval (the
//                                            development build has no eval source maps, and zod
//                                            is told not to compile parsers: zod-jitless.ts)
//   style-src 'self' 'unsafe-inline'         office.js in Excel on the web applies inline styles
//                                            (OfficeDev/office-js#1687). Fluent UI alone would do
//                                            without: Griffel inserts empty <style> elements and
//                                            fills them through CSSOM, which the hash of "" allows
//                                            ('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
//                                            tried in the workbench); office.js cannot be tried here.
//                                            With no other source allowed, injected CSS can load
//                                            nothing from elsewhere
//   img-src 'self'                           the add-in's icons (Fluent's icons are inline SVG)
//   connect-src <AdminPulse origins>         the address in force and the office's fixed one
//                                            (--env apiBaseUrl=), origins only; development
//                                            builds add loopback on any port (the sandbox, test
//                                            servers, webpack-dev-server's socket)
//   object-src 'none'; base-uri 'none'; form-action 'none'
//
// A policy given by <meta> can only be tightened by another one, never loosened: an address
// changed in Settings is reachable once the pane reloads. frame-ancestors, report-uri and sandbox
// have no effect in a <meta> policy; where the page may be framed is Office's to decide (the
// hosting server may add a frame-ancestors header). IPv6 literals ([::1]) cannot be written in a
// policy: such an address gets no source and stays unreachable; localhost or 127.0.0.1 work.

import { parseApiBaseUrl } from "../adminpulse/address";

export interface PolicyOptions {
  /** The AdminPulse addresses the pane may call (nulls and unusable addresses are left out). */
  apiAddresses: readonly (string | null | undefined)[];
  /** A development build (workbench, dev server): loopback on any port is allowed too. */
  development: boolean;
}

export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** What development builds may reach besides the configured addresses. */
export const DEVELOPMENT_CONNECT_SOURCES: readonly string[] = ["http://localhost:*", "http://127.0.0.1:*", "ws://localhost:*", "ws://127.0.0.1:*"];

// A host-source as CSP's grammar allows it (no IPv6 literal, no wildcard, nothing that could end a
// directive): scheme, host name or IPv4, port.
const HOST_SOURCE = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/;

/** The origin of an AdminPulse address as a CSP source, or null when it is not one the client would call. */
export function connectSource(address: string): string | null {
  const parsed = parseApiBaseUrl(address);
  if (!parsed.ok) return null;
  const origin = new URL(parsed.value).origin;
  return HOST_SOURCE.test(origin) ? origin : null;
}

export function contentSecurityPolicy({ apiAddresses, development }: PolicyOptions): string {
  const api = apiAddresses.flatMap((address) => {
    const source = typeof address === "string" ? connectSource(address) : null;
    return source ? [source] : [];
  });
  const connect = [...new Set([...api, ...(development ? DEVELOPMENT_CONNECT_SOURCES : [])])];
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    `connect-src ${connect.length > 0 ? connect.join(" ") : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Puts the policy at the top of <head>, where browsers enforce a <meta> policy from then on (not
 * for what already loaded). Returns the element.
 */
export function applyContentSecurityPolicy(doc: Document, policy: string): HTMLMetaElement {
  const meta = doc.createElement("meta");
  meta.httpEquiv = "Content-Security-Policy";
  meta.content = policy;
  const head = doc.head ?? doc.documentElement.insertBefore(doc.createElement("head"), doc.documentElement.firstChild);
  head.insertBefore(meta, head.firstChild);
  return meta;
}
