// The 2,000-shareholder cooperative from the demo seed, read while the client runs at its limit.
// Sandbox and client share a shortened window (480 calls per 2 s instead of per minute) so the
// test stays quick; the arithmetic is the same.

import { RateLimitedError } from "../../src/adminpulse";
import { SEED_COMPANIES } from "../../sandbox/seed";
import { startSandbox } from "../support/sandbox";

const WINDOW = { calls: 480, windowMs: 2000 };

it("reads the cooperative with 2,000 shareholders without a single 429", async () => {
  const env = await startSandbox({ knobs: { rateLimit: { ...WINDOW, retryAfter: true } } });
  try {
    const client = env.client({ token: "sandbox-demo-token", rateLimit: WINDOW, concurrency: 16 });
    const started = Date.now();
    const data = await client.fetchCompany(SEED_COMPANIES.coop2000);
    const elapsed = Date.now() - started;
    expect(data.company.links.filter((l) => l.role === "shareholder")).toHaveLength(2000);
    expect(data.related.size).toBeGreaterThanOrEqual(2000);
    expect(data.missing).toEqual([]);
    expect(env.sandbox.stats.rateLimited).toBe(0);
    expect(client.requestCount).toBe(env.sandbox.stats.requests);
    // At 480 per window, ~2,000 requests cannot take less than 4 full windows.
    expect(elapsed).toBeGreaterThanOrEqual(4 * WINDOW.windowMs);
  } finally {
    await env.sandbox.close();
  }
}, 60_000);

it("control: the same read without the client's limiter is refused by the sandbox", async () => {
  const env = await startSandbox({ knobs: { rateLimit: { ...WINDOW, retryAfter: true } } });
  try {
    const client = env.client({ token: "sandbox-demo-token", rateLimit: { calls: 100_000, windowMs: 2000 }, retry: { maxRetries: 0 } });
    await expect(client.fetchCompany(SEED_COMPANIES.coop2000)).rejects.toBeInstanceOf(RateLimitedError);
    expect(env.sandbox.stats.rateLimited).toBeGreaterThan(0);
  } finally {
    await env.sandbox.close();
  }
}, 60_000);
