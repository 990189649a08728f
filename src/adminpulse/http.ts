// The only code that speaks HTTP. One GET, with: bearer auth, the shared rate limiter, a timeout
// covering headers and body, retries with back-off on 429 (Retry-After honoured), 5xx and network
// failures, cancellation, and a typed error for everything else. The key is held in a private
// field and only ever written into the Authorization header.
//
// Redirects are never followed: the request would go to an address nobody configured (with the
// key on a same-origin hop; fetch drops it across origins) and the answer would be taken for
// AdminPulse's. fetch is asked for `redirect: "manual"` rather than "error"
// because a browser then reports the redirect as such (an "opaqueredirect" answer; Node gives the
// 3xx itself), where "error" looks exactly like a network failure and would be retried. It
// fails at once as UnexpectedResponseError "redirected", whose message points at the address in
// Settings. (A redirect without CORS headers, or answering the preflight, still reaches a browser
// as a network failure: it cannot tell, and neither can we; nothing is followed either way.)

import { linkedController, sleep, throwIfAborted } from "./abort";
import { ADDRESS_PROBLEMS, parseApiBaseUrl } from "./address";
import {
  AdminPulseError,
  BadRequestError,
  CancelledError,
  InvalidTokenError,
  NotFoundError,
  RateLimitedError,
  UnavailableError,
  CrossOriginRefusedError,
  UnexpectedResponseError,
} from "./errors";
import type { RateLimiter } from "./rate-limiter";

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails as rate limited. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };
export const DEFAULT_TIMEOUT_MS = 20_000;
/**
 * The largest answer read. The largest the contract allows (a page of 400 relations, a company
 * with 2,000 links) is well under 1 MB; anything far beyond is a wrong address (a download, a web
 * page) or a server gone wrong, and reading it whole would freeze the task pane.
 */
export const MAX_RESPONSE_BYTES = 5_000_000;

export interface TransportOptions {
  baseUrl: string;
  token: string;
  limiter: RateLimiter;
  fetch?: typeof fetch;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** For deterministic jitter in tests. */
  random?: () => number;
  /** Answers larger than this are refused unread (MAX_RESPONSE_BYTES). */
  maxResponseBytes?: number;
}

export type Query = Record<string, string | number | undefined>;

export class HttpTransport {
  readonly #token: string;
  /** A key that cannot travel in an HTTP header (pasted with a line break, say) is refused before any request. */
  readonly #tokenUsable: boolean;
  private readonly base: string;
  private readonly limiter: RateLimiter;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;
  private readonly random: () => number;
  private readonly maxResponseBytes: number;
  /** HTTP requests sent, retries included. */
  requestCount = 0;

  constructor(options: TransportOptions) {
    this.base = checkBaseUrl(options.baseUrl);
    this.#token = options.token.trim();
    this.#tokenUsable = /^[\x21-\x7E]+$/.test(this.#token);
    this.limiter = options.limiter;
    // Bound so that `this` inside fetch is the global, as browsers require.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.random = options.random ?? Math.random;
    this.maxResponseBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  }

  url(path: string, query: Query = {}): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const search = params.toString();
    return `${this.base}${path}${search ? `?${search}` : ""}`;
  }

  async getJson(path: string, query: Query = {}, signal?: AbortSignal): Promise<unknown> {
    const url = this.url(path, query);
    if (!this.#tokenUsable) throw new InvalidTokenError("the API key is empty or contains characters a key cannot have", null);
    for (let attempt = 0; ; attempt++) {
      throwIfAborted(signal);
      const outcome = await this.attempt(url, path, signal);
      if (outcome.ok) return outcome.body;
      const { error, retryAfterMs } = outcome;
      if (attempt >= this.retry.maxRetries) throw error;
      if (retryAfterMs !== null && retryAfterMs > this.retry.maxRetryAfterMs) throw error;
      const backoff = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** attempt) * (0.5 + this.random() / 2);
      // Retry-After: 0 (or a date in the past) still gets the back-off: hammering helps no one.
      const delay = Math.max(retryAfterMs ?? 0, backoff);
      if (error instanceof RateLimitedError) this.limiter.blockUntil(Date.now() + delay);
      await sleep(delay, signal);
    }
  }

  /**
   * Whether, from a web page, AdminPulse's address answers a request that reads nothing: sent
   * without the key, to the API's base address, as "no-cors" (its opaque answer is never read).
   * It does when only the browser's cross-origin check stopped the real request.
   */
  private async answersOnlyWithoutCors(signal: AbortSignal | undefined): Promise<boolean> {
    if (pageOrigin() === null || new URL(this.base).origin === pageOrigin()) return false;
    try {
      await this.fetchImpl(this.base, { method: "GET", mode: "no-cors", credentials: "omit", signal });
      return true;
    } catch {
      return false;
    }
  }

  /** One request. Returns a retryable failure, or throws a final one. */
  private async attempt(
    url: string,
    path: string,
    signal: AbortSignal | undefined,
  ): Promise<{ ok: true; body: unknown } | { ok: false; error: AdminPulseError; retryAfterMs: number | null }> {
    const release = await this.limiter.acquire(signal);
    const timeout = new AbortController();
    const { signal: requestSignal, dispose } = anySignal(signal, timeout.signal);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      timeout.abort();
    }, this.timeoutMs);
    const where = `GET ${path}`;
    try {
      this.requestCount++;
      const response = await this.fetchImpl(url, {
        method: "GET",
        headers: { Authorization: `Bearer ${this.#token}`, Accept: "application/json" },
        redirect: "manual",
        signal: requestSignal,
      });
      const status = response.status;
      if (response.type === "opaqueredirect" || REDIRECTS.has(status)) {
        await response.body?.cancel().catch(() => undefined);
        throw new UnexpectedResponseError(`${where} answered a redirect${status ? ` (${status})` : ""}, not followed`, status || null, "redirected");
      }
      if (status >= 200 && status < 300) {
        const text = await readText(response, this.maxResponseBytes, where);
        return { ok: true, body: parseJson(text, where, status) };
      }
      // Free the connection; the body of an error is undocumented and not needed.
      await response.body?.cancel().catch(() => undefined);
      if (status === 401 || status === 403) throw new InvalidTokenError(`${where} answered ${status}`, status);
      if (status === 404) throw new NotFoundError(`${where} answered 404`);
      if (status === 429) {
        const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"));
        return { ok: false, error: new RateLimitedError(`${where} answered 429 (rate limited)`, retryAfterMs), retryAfterMs };
      }
      if (status >= 500) {
        return { ok: false, error: new UnavailableError(`${where} answered ${status}`, "server-error", status), retryAfterMs: null };
      }
      if (status >= 400) throw new BadRequestError(`${where} answered ${status}`, status);
      throw new UnexpectedResponseError(`${where} answered an unexpected status ${status}`, status);
    } catch (error) {
      if (error instanceof AdminPulseError) throw error;
      if (signal?.aborted) throw new CancelledError();
      if (timedOut) {
        return { ok: false, error: new UnavailableError(`${where} timed out after ${this.timeoutMs} ms`, "timeout"), retryAfterMs: null };
      }
      // In a browser, no answer may mean AdminPulse refused the add-in's origin (CORS): then a
      // request that reads nothing (no-cors, no key) still gets an answer. Waiting would not help.
      // Within this request's own time limit (its timer still runs): a probe that hangs is no answer.
      if (await this.answersOnlyWithoutCors(requestSignal))
        throw new CrossOriginRefusedError(`${where} failed: the address answers, but not to this origin (CORS)`, pageOrigin()!);
      // Only the error's name and code: a fetch error's message can quote request headers.
      return { ok: false, error: new UnavailableError(`${where} failed: ${networkErrorName(error)}`, "network"), retryAfterMs: null };
    } finally {
      clearTimeout(timer);
      dispose();
      release();
    }
  }
}

/** The origin of the page the client runs in (the task pane's), or null outside a browser. */
function pageOrigin(): string | null {
  const page = globalThis as { document?: unknown; location?: { origin?: unknown } };
  const origin = page.document ? page.location?.origin : undefined;
  return typeof origin === "string" && origin !== "null" ? origin : null;
}

/** Statuses that send the client elsewhere (300 and 304 are not answered to a plain GET like ours). */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function networkErrorName(error: unknown): string {
  const name = error instanceof Error ? error.name : "error";
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" && /^[A-Z_]+$/.test(cause.code) ? ` (${cause.code})` : "";
  return `${name}${code}`;
}

/** Aborts when either aborts. AbortSignal.any where the host has it (it holds no listener on a long-lived parent). */
function anySignal(parent: AbortSignal | undefined, own: AbortSignal): { signal: AbortSignal; dispose: () => void } {
  if (!parent) return { signal: own, dispose: () => undefined };
  if (typeof AbortSignal.any === "function") return { signal: AbortSignal.any([parent, own]), dispose: () => undefined };
  const { controller, dispose } = linkedController(parent, own);
  return { signal: controller.signal, dispose };
}

/**
 * The body as text, read chunk by chunk and dropped as soon as it passes `max` bytes (a declared
 * Content-Length over it is refused before reading). Not retried: the same request would bring
 * the same answer.
 */
async function readText(response: Response, max: number, where: string): Promise<string> {
  const tooLarge = () => new UnexpectedResponseError(`${where} answered more than ${max} bytes`, response.status, "too-large");
  const declared = Number(response.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) {
    const text = await response.text();
    if (new TextEncoder().encode(text).length > max) throw tooLarge();
    return text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function parseJson(text: string, where: string, status: number): unknown {
  if (text.trim() === "") throw new UnexpectedResponseError(`${where} answered an empty body`, status);
  try {
    return JSON.parse(text);
  } catch {
    throw new UnexpectedResponseError(`${where} answered a body that is not JSON`, status);
  }
}

/** Retry-After as delta-seconds or as an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === "") return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The address as the transport uses it; throws (English, no secret in it) when it breaks the one rule (address.ts). */
export function checkBaseUrl(raw: string): string {
  const parsed = parseApiBaseUrl(raw);
  if (!parsed.ok) throw new TypeError(ADDRESS_PROBLEMS[parsed.problem]);
  return parsed.value;
}
