// One probe of AdminPulse's answers against the contract: a bounded sample, then the report. No
// Node, no file: the command line (cli.ts) and the task pane's Test connection both run it.

import { RATE_LIMIT } from "../adminpulse/contract";
import type { AdminPulseError } from "../adminpulse/errors";
import { HttpTransport, type RetryPolicy } from "../adminpulse/http";
import { RateLimiter } from "../adminpulse/rate-limiter";
import { analyse } from "./analyse";
import type { ProbeReport } from "./report";
import { sample } from "./sample";
import { Traffic } from "./traffic";

export interface ProbeOptions {
  baseUrl: string;
  token: string;
  /** Requests at most; sampling stops there. */
  maxRequests: number;
  fetch?: typeof fetch;
  /** Transport settings for tests (shorter retries). */
  transport?: { retry?: Partial<RetryPolicy>; timeoutMs?: number };
  /** The clock response times are measured with (tests: a fixed one). */
  now?: () => number;
  signal?: AbortSignal;
}

export interface ProbeOutcome {
  report: ProbeReport;
  /** Why sampling stopped early (an AdminPulse error after the first page), or null. */
  stopError: AdminPulseError | null;
}

/** Throws the AdminPulse error of the first list page, when that fails: then there is nothing to report. */
export async function probeAdminPulse(options: ProbeOptions): Promise<ProbeOutcome> {
  const stop = new AbortController();
  const abort = () => stop.abort();
  options.signal?.addEventListener("abort", abort, { once: true });
  if (options.signal?.aborted) stop.abort();
  try {
    const baseFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const traffic = new Traffic(options.maxRequests, baseFetch, abort, options.now);
    const transport = new HttpTransport({
      baseUrl: options.baseUrl,
      token: options.token,
      limiter: new RateLimiter(RATE_LIMIT),
      fetch: traffic.fetch,
      retry: options.transport?.retry,
      timeoutMs: options.transport?.timeoutMs,
    });
    const result = await sample(transport, traffic, stop.signal);
    return { report: analyse({ sample: result, traffic, baseUrl: options.baseUrl }), stopError: result.stopError ?? null };
  } finally {
    options.signal?.removeEventListener("abort", abort);
  }
}
