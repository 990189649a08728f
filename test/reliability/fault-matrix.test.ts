// The fault matrix: every way AdminPulse (or the road to it) can fail, one row each, against a real
// sandbox on loopback. Whatever happens, the sync ends in a typed error whose message says, in
// French, Dutch and English, what to do, and the workbook (synced once, a row typed by hand) is
// exactly as it was: nothing written, not even the log.

import net from "node:net";
import {
  AdminPulseError,
  BadRequestError,
  InvalidTokenError,
  RateLimitedError,
  UnavailableError,
  UnexpectedResponseError,
  type ClientOptions,
} from "../../src/adminpulse";
import { HUGE_BODY_BYTES, type Knobs } from "../../sandbox/server";
import { MAX_RESPONSE_BYTES } from "../../src/adminpulse/http";
import { EXPIRED, NO_PERMISSION, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { expectActionableMessage, failure, lived } from "./support";

let running: Running;
beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => running.sandbox.close());
beforeEach(() => running.sandbox.reset());

/** A loopback port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Row {
  name: string;
  knobs?: Partial<Knobs>;
  client?: () => Promise<Partial<ClientOptions>>;
  error: new (...args: never[]) => AdminPulseError;
  /** What else the error says: its reason, status, and the gist of its English message. */
  details: Record<string, unknown>;
  message: RegExp;
  /** Requests the sandbox saw (retries included), when the row is about retrying or not. */
  requests?: number;
}

const forever = 1_000_000;
const MATRIX: Row[] = [
  {
    name: "400 Bad Request",
    knobs: { forced: { status: 400, count: forever } },
    error: BadRequestError,
    details: { status: 400 },
    message: /rejected the request as invalid/,
    requests: 1,
  },
  {
    name: "401, an expired key",
    client: async () => ({ token: EXPIRED }),
    error: InvalidTokenError,
    details: { status: 401 },
    message: /refused the API key/,
    requests: 1,
  },
  {
    name: "401, a key without the Read relations permission",
    client: async () => ({ token: NO_PERMISSION }),
    error: InvalidTokenError,
    details: { status: 401 },
    message: /refused the API key/,
    requests: 1,
  },
  {
    name: "403 Forbidden",
    knobs: { forced: { status: 403, count: forever } },
    error: InvalidTokenError,
    details: { status: 403 },
    message: /refused the API key/,
    requests: 1,
  },
  // The look-up's list answering 404 means a wrong address (a proxy path), not a missing relation.
  {
    name: "404 on the look-up itself",
    knobs: { forced: { status: 404, count: forever } },
    error: BadRequestError,
    details: { status: 404 },
    message: /AdminPulse address in Settings/,
    requests: 1,
  },
  {
    name: "429 with a Retry-After longer than the client waits (120 s): fails at once",
    knobs: { forced: { status: 429, count: forever, retryAfter: "120" } },
    error: RateLimitedError,
    details: { retryAfterMs: 120_000 },
    message: /limiting requests/,
    requests: 1,
  },
  {
    name: "429 with Retry-After: 0, beyond the retry budget",
    knobs: { forced: { status: 429, count: forever, retryAfter: "0" } },
    error: RateLimitedError,
    details: { retryAfterMs: 0 },
    message: /limiting requests/,
    requests: 5,
  },
  {
    name: "429 without Retry-After, beyond the retry budget",
    knobs: { forced: { status: 429, count: forever } },
    error: RateLimitedError,
    details: { retryAfterMs: null },
    message: /limiting requests/,
    requests: 5,
  },
  {
    name: "429 from the per-key rate limit itself, without Retry-After",
    knobs: { rateLimit: { calls: 1, windowMs: 60_000, retryAfter: false } },
    error: RateLimitedError,
    details: { retryAfterMs: null },
    message: /limiting requests/,
  },
  {
    name: "500 Internal Server Error",
    knobs: { forced: { status: 500, count: forever } },
    error: UnavailableError,
    details: { reason: "server-error", status: 500 },
    message: /cannot be reached/,
    requests: 5,
  },
  {
    name: "502 Bad Gateway",
    knobs: { forced: { status: 502, count: forever } },
    error: UnavailableError,
    details: { reason: "server-error", status: 502 },
    message: /cannot be reached/,
    requests: 5,
  },
  {
    name: "503 Service Unavailable",
    knobs: { forced: { status: 503, count: forever, retryAfter: "0" } },
    error: UnavailableError,
    details: { reason: "server-error", status: 503 },
    message: /cannot be reached/,
    requests: 5,
  },
  {
    name: "a timeout: the server accepts and never answers",
    knobs: { fault: { mode: "hang", count: forever } },
    client: async () => ({ timeoutMs: 150 }),
    error: UnavailableError,
    details: { reason: "timeout", status: null },
    message: /did not answer in time/,
    requests: 5,
  },
  {
    name: "connection refused: nothing listens at the address",
    client: async () => ({ baseUrl: `http://127.0.0.1:${await closedPort()}` }),
    error: UnavailableError,
    details: { reason: "network", status: null },
    message: /cannot be reached/,
  },
  {
    name: "a response cut mid-body",
    knobs: { fault: { mode: "cut-body", count: forever } },
    error: UnavailableError,
    details: { reason: "network" },
    message: /cannot be reached/,
    requests: 5,
  },
  {
    name: "malformed JSON",
    knobs: { fault: { mode: "malformed-json", count: forever } },
    error: UnexpectedResponseError,
    details: { status: 200 },
    message: /does not recognise/,
    requests: 1,
  },
  {
    name: "JSON with fields of the wrong type",
    knobs: { fault: { mode: "wrong-types", count: forever } },
    error: UnexpectedResponseError,
    details: { status: 200 },
    message: /does not recognise/,
    requests: 1,
  },
  {
    name: "an empty body",
    knobs: { fault: { mode: "empty-body", count: forever } },
    error: UnexpectedResponseError,
    details: { status: 200 },
    message: /does not recognise/,
    requests: 1,
  },
  // Over the client's cap (5 MB), an answer is refused unread, and not asked for again.
  {
    name: "a huge body (valid JSON padded to 8 MB, its length declared)",
    knobs: { fault: { mode: "huge-body", count: forever } },
    error: UnexpectedResponseError,
    details: { status: 200, reason: "too-large" },
    message: /far larger than any it should.*AdminPulse address in Settings/,
    requests: 1,
  },
  {
    name: "a huge body streamed without a length",
    knobs: { fault: { mode: "huge-stream", count: forever } },
    error: UnexpectedResponseError,
    details: { status: 200, reason: "too-large" },
    message: /far larger than any it should/,
    requests: 1,
  },
];

describe("the fault matrix: a clear message, and the workbook unchanged", () => {
  test.each(MATRIX)("$name", async (row) => {
    const bench = await lived(running);
    const before = bench.sim.snapshot();
    const clientOptions = row.client ? await row.client() : {};
    if (row.knobs) running.sandbox.setKnobs(row.knobs);
    running.sandbox.stats = { requests: 0, list: 0, detail: 0, rateLimited: 0, preflights: 0 };
    bench.sim.resetCounters();

    const started = Date.now();
    const error = await failure(bench.sync({ clientOptions }));

    expect(error).toBeInstanceOf(row.error);
    expect(error).toMatchObject(row.details);
    const message = expectActionableMessage(error);
    expect(message.en).toMatch(row.message);
    if (row.requests !== undefined) expect(running.sandbox.stats.requests).toBe(row.requests);
    expect(Date.now() - started).toBeLessThan(5_000); // fast retries, short timeout: no row may hang
    // Nothing written: the read was the only round trip, and every cell, name and format is as before.
    expect(bench.sim.syncCount).toBe(1);
    expect(bench.sim.snapshot()).toEqual(before);
  });

  test("the sandbox's huge answers are over the client's cap, so the rows above test it", () => {
    expect(HUGE_BODY_BYTES).toBeGreaterThan(MAX_RESPONSE_BYTES);
  });

  test("a key that cannot travel in a header never reaches AdminPulse", async () => {
    const bench = await lived(running);
    const before = bench.sim.snapshot();
    running.sandbox.stats = { requests: 0, list: 0, detail: 0, rateLimited: 0, preflights: 0 };
    const error = await failure(bench.sync({ clientOptions: { token: "line\nbreak" } }));
    expect(error).toBeInstanceOf(InvalidTokenError);
    expectActionableMessage(error);
    expect(running.sandbox.stats.requests).toBe(0);
    expect(bench.sim.snapshot()).toEqual(before);
  });
});
