// The AdminPulse sandbox: a real HTTP server on loopback that follows ../shared/adminpulse-api.md
// (bearer auth, /relations with paging and the vatNumber filter, /relations/{id}, 401/404/429,
// 480 calls per minute per key) and adds the test knobs the contract lists, plus knobs that spell
// the contract otherwise (renamed or dropped fields, other link-type codes) to rehearse
// calibrating against a live account (src/probe/). Knobs are set from
// code (Sandbox methods) or over HTTP under /__sandbox/ so that other processes (curl, scripts)
// can drive them too.
//
// Any web page may call the API (CORS `*`, as a browser-based client needs), but not the knobs:
// a request under /__sandbox/ that a page of another origin sent (an `Origin` other than the
// sandbox's own, or `Sec-Fetch-Site` other than same-origin or none) is refused with 403 before
// its body is read, and knob answers carry no CORS headers, so no page can read or change them.
// And every request, API or knob, must be addressed to the sandbox by a loopback name and its own
// port (Host 127.0.0.1:<port>, localhost:<port>, [::1]:<port>, or the address it was bound to):
// anything else is answered 421, so a site whose name resolves to 127.0.0.1 (DNS rebinding)
// reaches nothing.

import http from "node:http";
import type { AddressInfo } from "node:net";
import type { SandboxRelation, SandboxSeed } from "./model";
import { createSeed } from "./seed";

export type FaultMode =
  | "hang" // accept the request and never answer
  | "cut-body" // announce the full length, send half, close the connection
  | "malformed-json" // a complete answer that is not JSON
  | "empty-body" // 200 with nothing in it
  | "wrong-types" // JSON with fields of the wrong type
  | "extra-fields" // JSON with unknown fields everywhere
  | "drop-optional" // JSON with only the fields the contract says are always there
  | "huge-body" // the real answer, valid, padded with an unknown field to several megabytes
  | "huge-stream"; // as huge-body, streamed in chunks without a Content-Length

export const FAULT_MODES: readonly FaultMode[] = [
  "hang",
  "cut-body",
  "malformed-json",
  "empty-body",
  "wrong-types",
  "extra-fields",
  "drop-optional",
  "huge-body",
  "huge-stream",
];

/** Size of the padding a "huge-body" answer carries (a proxy or a server gone wrong can send this much). */
export const HUGE_BODY_BYTES = 8_000_000;

export interface Knobs {
  /** Delay before every API answer. */
  latencyMs: number;
  /** Sliding-window limit per key; `retryAfter` says whether a 429 carries Retry-After. */
  rateLimit: { calls: number; windowMs: number; retryAfter: boolean };
  /** Answer /relations?vatNumber=… with the unfiltered list. */
  ignoreFilter: boolean;
  /**
   * Refuse calls from web pages of other origins, as an AdminPulse without CORS for the add-in's
   * origin would: no CORS headers, and 403 to preflights. Code that is no web page (the command
   * line) is not concerned, as with the real thing.
   */
  refuseCrossOrigin: boolean;
  /** Answer the next `count` API calls with this status (and Retry-After, when given). */
  forced: { status: number; count: number; retryAfter?: string | null } | null;
  /** Damage the next `count` successful API answers this way. */
  fault: { mode: FaultMode; count: number } | null;
  // The three below serve the contract under other names, each a way the real API could differ
  // from ../shared/adminpulse-api.md (for the contract probe, src/probe/). They apply to every
  // object of a successful API answer (page envelope, relations, addresses, links), in this order.
  /** Link-type codes served instead of the contract's: `{"4": 14}` serves directors as 14. */
  linkTypeCodes: Record<string, number>;
  /** Fields left out of every answer, e.g. `["legalForm"]`. */
  dropFields: string[];
  /** Fields served under another name, old → new, e.g. `{"nextGeneralMeeting": "generalMeetingDate", "tos": "links"}`. */
  renameFields: Record<string, string>;
}

export interface Stats {
  /** API requests received (preflights and /__sandbox/ calls not included). */
  requests: number;
  list: number;
  detail: number;
  rateLimited: number;
  preflights: number;
}

export const DEFAULT_KNOBS: Knobs = {
  latencyMs: 0,
  rateLimit: { calls: 480, windowMs: 60_000, retryAfter: true },
  ignoreFilter: false,
  refuseCrossOrigin: false,
  forced: null,
  fault: null,
  linkTypeCodes: {},
  dropFields: [],
  renameFields: {},
};

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 400;

export interface SandboxOptions {
  seed?: SandboxSeed;
  knobs?: Partial<Knobs>;
}

/** The names a request may give as its Host (with the sandbox's port), besides the bound address. */
const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];

export class Sandbox {
  private readonly server: http.Server;
  /** `host:port` values a request may carry as its Host; empty until listening. */
  private hosts = new Set<string>();
  private seed: SandboxSeed;
  private byId = new Map<string, SandboxRelation>();
  private knobs: Knobs;
  private calls = new Map<string, number[]>();
  private readonly initialKnobs: Partial<Knobs>;
  private readonly customSeed: SandboxSeed | undefined;
  stats: Stats = emptyStats();

  constructor(options: SandboxOptions = {}) {
    this.customSeed = options.seed;
    this.seed = options.seed ? structuredClone(options.seed) : createSeed();
    this.initialKnobs = options.knobs ?? {};
    this.knobs = { ...structuredClone(DEFAULT_KNOBS), ...structuredClone(this.initialKnobs) };
    this.indexSeed();
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) send(res, 500, { error: "sandbox failure" });
        else res.destroy();
        console.error("sandbox:", error);
      });
    });
  }

  /** Starts listening, on loopback by default; resolves with the base URL. */
  listen(port = 3100, host = "127.0.0.1"): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        const address = this.server.address() as AddressInfo;
        const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
        const wildcard = address.address === "0.0.0.0" || address.address === "::";
        this.hosts = new Set([...LOOPBACK_NAMES, ...(wildcard ? [] : [shownHost])].map((name) => `${name}:${address.port}`.toLowerCase()));
        resolve(`http://${shownHost}:${address.port}`);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  get relations(): readonly SandboxRelation[] {
    return this.seed.relations;
  }

  /** Changes a relation as someone editing it in AdminPulse would (tests: "a change in AdminPulse"). */
  editRelation(uniqueIdentifier: string, edit: (relation: SandboxRelation) => void): void {
    const relation = this.byId.get(uniqueIdentifier);
    if (!relation) throw new Error(`no relation ${uniqueIdentifier} in the sandbox`);
    edit(relation);
  }

  /** Finds a relation by its 10-digit company number. */
  relationByNumber(companyNumber: string): SandboxRelation | undefined {
    return this.seed.relations.find((r) => r.companyNumber === companyNumber);
  }

  /** The sandbox's own demo tokens (not secrets: they open nothing but this sandbox). */
  tokenNames(): string[] {
    return this.seed.tokens.map((t) => `${t.token} (${t.kind})`);
  }

  /** Merges into the current knobs; `rateLimit` field by field, so `{rateLimit: {calls: 1}}` keeps the window. */
  setKnobs(partial: Partial<Knobs>): void {
    const next = structuredClone(partial);
    this.knobs = { ...this.knobs, ...next, rateLimit: { ...this.knobs.rateLimit, ...next.rateLimit } };
  }

  getKnobs(): Knobs {
    return structuredClone(this.knobs);
  }

  /** Back to the seed, the knobs given at construction, zero counters and an empty rate window. */
  reset(): void {
    this.seed = this.customSeed ? structuredClone(this.customSeed) : createSeed();
    this.indexSeed();
    this.knobs = { ...structuredClone(DEFAULT_KNOBS), ...structuredClone(this.initialKnobs) };
    this.calls.clear();
    this.stats = emptyStats();
  }

  private indexSeed(): void {
    this.byId = new Map(this.seed.relations.map((r) => [r.uniqueIdentifier, r]));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://sandbox");
    if (!this.hosts.has((req.headers.host ?? "").toLowerCase())) {
      return send(res, 421, "Misdirected request: the sandbox answers to 127.0.0.1, localhost or [::1] on its own port only");
    }
    if (url.pathname.startsWith("/__sandbox/")) {
      if (!this.fromOwnOrigin(req)) return refuseKnob(req, res);
      if (req.method === "OPTIONS") return send(res, 405, "Method not allowed");
      return this.control(req, res, url);
    }
    if (!this.knobs.refuseCrossOrigin) setCors(res);
    if (req.method === "OPTIONS") {
      this.stats.preflights++;
      if (this.knobs.refuseCrossOrigin) return send(res, 403, "Cross-origin calls are refused (knob refuseCrossOrigin)");
      res.writeHead(204).end();
      return;
    }

    if (req.method !== "GET") return send(res, 405, "Method not allowed");
    const route = matchRoute(url.pathname);
    if (!route) return send(res, 404, "Not found");
    this.stats.requests++;
    this.stats[route.kind]++;

    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const account = this.seed.tokens.find((t) => t.token === token);

    const forced = this.knobs.forced;
    if (forced && forced.count > 0) {
      forced.count--;
      if (forced.count === 0) this.knobs.forced = null;
      await this.delay(res);
      const headers: http.OutgoingHttpHeaders = {};
      if (forced.retryAfter) headers["Retry-After"] = forced.retryAfter;
      if (forced.status === 429) this.stats.rateLimited++;
      return send(res, forced.status, `Forced status ${forced.status}`, headers);
    }

    if (!token || !account) return send(res, 401, "Unauthorized");
    if (account.kind === "expired") return send(res, 401, "The API key has expired");
    if (account.kind === "no-permission") return send(res, 401, "The API key lacks the permission Read relations");

    const waitMs = this.takeRateSlot(account.token);
    if (waitMs !== null) {
      this.stats.rateLimited++;
      const headers: http.OutgoingHttpHeaders = {};
      if (this.knobs.rateLimit.retryAfter) headers["Retry-After"] = String(Math.max(1, Math.ceil(waitMs / 1000)));
      return send(res, 429, "Too many requests", headers);
    }

    await this.delay(res);
    if (res.destroyed) return;

    let status: number;
    let body: unknown;
    if (route.kind === "list") {
      const answer = this.list(url);
      status = answer.status;
      body = answer.body;
    } else {
      const relation = this.byId.get(route.id);
      status = relation ? 200 : 404;
      body = relation ? structuredClone(relation) : "Relation not found";
    }
    if (status !== 200) return send(res, status, body);
    body = respell(body, this.knobs);

    const fault = this.knobs.fault;
    if (fault && fault.count > 0) {
      fault.count--;
      if (fault.count === 0) this.knobs.fault = null;
      return applyFault(fault.mode, res, body);
    }
    send(res, 200, body);
  }

  private list(url: URL): { status: number; body: unknown } {
    const page = intParam(url, "page", 0);
    const pageSize = intParam(url, "pageSize", DEFAULT_PAGE_SIZE);
    if (page === null || page < 0) return { status: 400, body: "page must be a whole number from 0" };
    if (pageSize === null || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      return { status: 400, body: `pageSize must be between 1 and ${MAX_PAGE_SIZE}` };
    }
    let rows = this.seed.relations;
    const filter = url.searchParams.get("vatNumber");
    // An empty filter filters nothing, as query parameters usually behave.
    if (filter && !this.knobs.ignoreFilter) {
      const wanted = digits(filter);
      rows = rows.filter((r) => digits(r.companyNumber) === wanted || digits(r.vatNumber) === wanted);
    }
    const pageCount = Math.ceil(rows.length / pageSize);
    return {
      status: 200,
      body: {
        results: rows.slice(page * pageSize, (page + 1) * pageSize).map(listItem),
        currentPage: page,
        pageCount,
        pageSize,
        totalRowCount: rows.length,
      },
    };
  }

  /** null when the call may go ahead; otherwise how long until a slot frees. */
  private takeRateSlot(token: string): number | null {
    const { calls, windowMs } = this.knobs.rateLimit;
    const now = Date.now();
    const recent = (this.calls.get(token) ?? []).filter((t) => t > now - windowMs);
    this.calls.set(token, recent);
    if (recent.length >= calls) return recent[0]! + windowMs - now;
    recent.push(now);
    return null;
  }

  private async delay(res: http.ServerResponse): Promise<void> {
    const ms = this.knobs.latencyMs;
    if (ms > 0)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        res.once("close", () => {
          clearTimeout(timer);
          resolve();
        });
      });
  }

  /**
   * Whether a knob request came from no web page (Node, curl: no Origin, no Sec-Fetch-Site) or
   * from a page of the sandbox's own origin.
   */
  private fromOwnOrigin(req: http.IncomingMessage): boolean {
    const site = req.headers["sec-fetch-site"];
    if (site !== undefined && site !== "same-origin" && site !== "none") return false;
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    const match = /^http:\/\/([^/]+)$/i.exec(origin);
    return match !== null && this.hosts.has(match[1]!.toLowerCase());
  }

  private async control(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const name = url.pathname.slice("/__sandbox/".length);
    if (req.method === "GET" && name === "stats") return send(res, 200, this.stats);
    if (req.method === "GET" && name === "knobs") return send(res, 200, this.knobs);
    if (req.method === "POST" && name === "reset") {
      this.reset();
      return send(res, 200, { ok: true });
    }
    const relationEdit = /^relations\/(.+)$/.exec(name);
    if (req.method === "POST" && relationEdit) {
      // A shallow merge of the JSON body into the relation, as an edit in AdminPulse would do.
      const relation = this.byId.get(decodeURIComponent(relationEdit[1]!));
      if (!relation) return send(res, 404, "Relation not found");
      try {
        Object.assign(relation, JSON.parse(await readBody(req)) as Partial<SandboxRelation>);
      } catch {
        return send(res, 400, "the edit must be JSON");
      }
      return send(res, 200, relation);
    }
    if (req.method === "POST" && name === "knobs") {
      let partial: Partial<Knobs>;
      try {
        partial = JSON.parse(await readBody(req)) as Partial<Knobs>;
      } catch {
        return send(res, 400, "knobs must be JSON");
      }
      if (partial.fault && !FAULT_MODES.includes(partial.fault.mode)) return send(res, 400, `fault.mode must be one of ${FAULT_MODES.join(", ")}`);
      const spelling = spellingProblem(partial);
      if (spelling) return send(res, 400, spelling);
      this.setKnobs(partial);
      return send(res, 200, this.knobs);
    }
    send(res, 404, "Unknown sandbox control");
  }
}

function emptyStats(): Stats {
  return { requests: 0, list: 0, detail: 0, rateLimited: 0, preflights: 0 };
}

function matchRoute(pathname: string): { kind: "list" } | { kind: "detail"; id: string } | null {
  if (pathname === "/relations" || pathname === "/relations/") return { kind: "list" };
  const match = /^\/relations\/([^/]+)$/.exec(pathname);
  if (!match) return null;
  try {
    return { kind: "detail", id: decodeURIComponent(match[1]!) };
  } catch {
    return { kind: "detail", id: match[1]! }; // a malformed escape: an id no relation has, so 404
  }
}

/** The answer as the spelling knobs have it (a copy; untouched when they are all empty). */
export function respell(body: unknown, knobs: Pick<Knobs, "linkTypeCodes" | "dropFields" | "renameFields">): unknown {
  const codes = knobs.linkTypeCodes;
  const drop = new Set(knobs.dropFields);
  const rename = knobs.renameFields;
  if (Object.keys(codes).length === 0 && drop.size === 0 && Object.keys(rename).length === 0) return body;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== "object" || value === null) return value;
    const out: Json = {};
    for (const [key, field] of Object.entries(value as Json)) {
      if (drop.has(key)) continue;
      const remapped = key === "linkType" && typeof field === "number" && Object.hasOwn(codes, String(field)) ? codes[String(field)] : field;
      out[Object.hasOwn(rename, key) ? rename[key]! : key] = visit(remapped);
    }
    return out;
  };
  return visit(body);
}

/** What is wrong with the spelling knobs of a POST /__sandbox/knobs body, or null. */
function spellingProblem(partial: Partial<Knobs>): string | null {
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
  const { linkTypeCodes, dropFields, renameFields } = partial;
  if (linkTypeCodes !== undefined && (!isRecord(linkTypeCodes) || !Object.entries(linkTypeCodes).every(([k, v]) => /^\d+$/.test(k) && Number.isInteger(v)))) {
    return 'linkTypeCodes must map codes to codes, e.g. {"4": 14}';
  }
  if (dropFields !== undefined && (!Array.isArray(dropFields) || !dropFields.every((f) => typeof f === "string"))) {
    return 'dropFields must be a list of field names, e.g. ["legalForm"]';
  }
  if (renameFields !== undefined && (!isRecord(renameFields) || !Object.values(renameFields).every((v) => typeof v === "string" && v !== ""))) {
    return 'renameFields must map field names to field names, e.g. {"tos": "links"}';
  }
  return null;
}

/** List items carry the summary fields only, and links without their details. */
function listItem(r: SandboxRelation) {
  return {
    uniqueIdentifier: r.uniqueIdentifier,
    id: r.id,
    code: r.code ?? null,
    name: r.name,
    type: r.type,
    legalForm: r.legalForm ?? null,
    companyNumber: r.companyNumber ?? null,
    vatNumber: r.vatNumber ?? null,
    status: r.status ?? null,
    tos: r.tos.map((l) => ({ linkType: l.linkType, uniqueIdentifier: l.uniqueIdentifier })),
  };
}

function intParam(url: URL, name: string, fallback: number): number | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : null;
}

function digits(value: string | null | undefined): string {
  const d = (value ?? "").replace(/\D/g, "");
  return d.length === 9 ? `0${d}` : d;
}

/** 403 for a knob request from another origin; the body is left unread and the connection closed. */
function refuseKnob(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.setHeader("Connection", "close");
  send(res, 403, "The sandbox's knobs answer to code on this machine (tests, curl), not to web pages of another origin");
  req.resume();
}

/** CORS for the API only: any page may call it, as a browser-based client of AdminPulse does. */
function setCors(res: http.ServerResponse): void {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
  res.setHeader("Access-Control-Allow-Headers", "Authorization, Accept, Content-Type");
  res.setHeader("Access-Control-Expose-Headers", "Retry-After");
  res.setHeader("Access-Control-Max-Age", "600");
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const isText = typeof body === "string";
  const payload = isText ? body : JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": isText ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

function applyFault(mode: FaultMode, res: http.ServerResponse, body: unknown): void {
  switch (mode) {
    case "hang":
      return; // the connection stays open until the client gives up or the sandbox closes
    case "cut-body": {
      const payload = Buffer.from(JSON.stringify(body));
      res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": payload.length });
      res.write(payload.subarray(0, Math.floor(payload.length / 2)));
      setTimeout(() => res.destroy(), 20);
      return;
    }
    case "malformed-json":
      return send(res, 200, JSON.stringify(body).slice(0, -7) + "<html>", { "Content-Type": "application/json" });
    case "empty-body":
      return send(res, 200, "", { "Content-Type": "application/json" });
    case "wrong-types":
      return send(res, 200, wrongTypes(body));
    case "extra-fields":
      return send(res, 200, withExtraFields(body));
    case "drop-optional":
      return send(res, 200, withoutOptional(body));
    case "huge-body":
      // Valid for the contract (unknown fields are ignored), just far larger than any answer should be.
      return send(res, 200, { ...(body as Json), padding: "x".repeat(HUGE_BODY_BYTES) });
    case "huge-stream":
      return streamHuge(res, body);
  }
}

/** A huge-body answer in 64 KB chunks, with no Content-Length to refuse it by: only counting tells. */
function streamHuge(res: http.ServerResponse, body: unknown): void {
  const head = JSON.stringify({ ...(body as Json), padding: "" }).slice(0, -2); // …,"padding":"
  res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
  const chunk = "x".repeat(65_536);
  let sent = 0;
  res.write(head);
  const more = (): void => {
    while (sent < HUGE_BODY_BYTES) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once("drain", more);
        return;
      }
    }
    res.end('"}');
  };
  res.on("close", () => {
    sent = HUGE_BODY_BYTES; // the client stopped reading: nothing more to send
  });
  more();
}

type Json = Record<string, unknown>;
const isPage = (b: unknown): b is Json & { results: Json[] } => typeof b === "object" && b !== null && Array.isArray((b as Json).results);

function wrongTypes(body: unknown): unknown {
  const b = structuredClone(body) as Json;
  if (isPage(b)) {
    b.currentPage = String(b.currentPage);
    for (const item of b.results) item.uniqueIdentifier = 12345;
  } else {
    b.name = 12345;
    b.totalShares = "many";
    b.tos = "none";
  }
  return b;
}

function withExtraFields(body: unknown): unknown {
  const add = (o: Json) => Object.assign(o, { createdOn: "2020-01-01T00:00:00", _links: { self: "/x" }, customFields: [{ k: "v" }] });
  const b = add(structuredClone(body) as Json);
  const relations = isPage(b) ? b.results : [b];
  for (const r of relations) {
    add(r);
    if (r.address && typeof r.address === "object") add(r.address as Json);
    for (const link of (r.tos as Json[] | undefined) ?? []) add(link);
  }
  return b;
}

function withoutOptional(body: unknown): unknown {
  const strip = (r: Json) => ({
    uniqueIdentifier: r.uniqueIdentifier,
    name: r.name,
    tos: ((r.tos as Json[] | undefined) ?? []).map((l) => ({ linkType: l.linkType, uniqueIdentifier: l.uniqueIdentifier })),
  });
  if (isPage(body)) return { ...body, pageSize: undefined, totalRowCount: undefined, results: body.results.map(strip) };
  return strip(body as Json);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      text += chunk;
      if (text.length > 1_000_000) req.destroy();
    });
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}
