// How the client fails, against the sandbox's knobs: every failure is typed, carries a message in
// three languages, is retried only when retrying can help, and never contains the key.

import {
  AdminPulseError,
  BadRequestError,
  CancelledError,
  InvalidTokenError,
  NotFoundError,
  RateLimitedError,
  UnavailableError,
  UnexpectedResponseError,
} from "../../src/adminpulse";
import { ACME, EXPIRED, NO_PERMISSION, TOKEN, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";

let env: Running;
beforeAll(async () => {
  env = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => env.sandbox.close());
beforeEach(() => env.sandbox.reset());

async function failure(promise: Promise<unknown>): Promise<AdminPulseError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdminPulseError);
  const e = error as AdminPulseError;
  for (const text of [e.message, e.stack ?? "", JSON.stringify(e), e.userMessage.en, e.userMessage.fr, e.userMessage.nl]) {
    expect(text).not.toContain(TOKEN);
  }
  for (const language of ["en", "fr", "nl"] as const) expect(e.userMessage[language].length).toBeGreaterThan(20);
  return e;
}

describe("keys", () => {
  it.each([
    ["expired", EXPIRED, 1],
    ["without the Read relations permission", NO_PERMISSION, 1],
    ["unknown", "not-a-key", 1],
    ["empty", "", 0],
    ["pasted with a line break in it", `${TOKEN.slice(0, 8)}\r\n${TOKEN.slice(8)}\r\n`, 0],
  ])("a key that is %s gives InvalidTokenError at once, not retried", async (_what, token, requests) => {
    const e = await failure(env.client({ token }).findCompany(ACME.number));
    expect(e).toBeInstanceOf(InvalidTokenError);
    expect(e.userMessage.en).toMatch(/new AdminPulse key/);
    expect(e.userMessage.fr).toMatch(/nouvelle clé AdminPulse/);
    expect(e.userMessage.nl).toMatch(/nieuwe AdminPulse-sleutel/);
    expect(env.sandbox.stats.requests).toBe(requests);
    for (const text of [e.message, e.stack ?? "", JSON.stringify(e)]) {
      expect(text).not.toContain(TOKEN.slice(0, 8));
      expect(text).not.toContain(TOKEN.slice(8));
    }
  });

  it("surrounding spaces of a pasted key are ignored", async () => {
    await expect(env.client({ token: `  ${TOKEN}\n` }).getRelation(ACME.id)).resolves.toMatchObject({ id: ACME.id });
  });

  it("a 403 is treated like a 401", async () => {
    env.sandbox.setKnobs({ forced: { status: 403, count: 1 } });
    const e = await failure(env.client().findCompany(ACME.number));
    expect(e).toBeInstanceOf(InvalidTokenError);
    expect(e.status).toBe(403);
  });
});

describe("status codes", () => {
  it("404 on a detail is NotFoundError", async () => {
    const e = await failure(env.client().getRelation("no-such-relation"));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(env.sandbox.stats.requests).toBe(1);
  });

  it("400 is BadRequestError, not retried", async () => {
    env.sandbox.setKnobs({ forced: { status: 400, count: 5 } });
    expect(await failure(env.client().getRelation(ACME.id))).toBeInstanceOf(BadRequestError);
    expect(env.sandbox.stats.requests).toBe(1);
  });

  it("500 then success: retried, and the answer comes through", async () => {
    env.sandbox.setKnobs({ forced: { status: 500, count: 1 } });
    await expect(env.client().getRelation(ACME.id)).resolves.toMatchObject({ id: ACME.id });
    expect(env.sandbox.stats.requests).toBe(2);
  });

  it.each([500, 502, 503])("%i that persists is UnavailableError after the retry budget", async (status) => {
    env.sandbox.setKnobs({ forced: { status, count: 50 } });
    const e = await failure(env.client({ retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2 } }).getRelation(ACME.id));
    expect(e).toBeInstanceOf(UnavailableError);
    expect(e).toMatchObject({ reason: "server-error", status });
    expect(env.sandbox.stats.requests).toBe(3);
  });
});

describe("429", () => {
  it("honours Retry-After, then succeeds", async () => {
    env.sandbox.setKnobs({ forced: { status: 429, count: 1, retryAfter: "1" } });
    const started = Date.now();
    await expect(env.client().getRelation(ACME.id)).resolves.toMatchObject({ id: ACME.id });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(env.sandbox.stats.requests).toBe(2);
  });

  it("honours Retry-After given as an HTTP date", async () => {
    env.sandbox.setKnobs({ forced: { status: 429, count: 1, retryAfter: new Date(Date.now() + 1500).toUTCString() } });
    const started = Date.now();
    await env.client().getRelation(ACME.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  // With random() = 0 the back-off is half of base × 2^attempt: 50 ms, then 100 ms.
  const slowBackoff = { retry: { baseDelayMs: 100, maxDelayMs: 1000 }, random: () => 0 };

  it("without Retry-After backs off on its own, then succeeds", async () => {
    env.sandbox.setKnobs({ forced: { status: 429, count: 2 } });
    const started = Date.now();
    await expect(env.client(slowBackoff).getRelation(ACME.id)).resolves.toMatchObject({ id: ACME.id });
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
    expect(env.sandbox.stats.requests).toBe(3);
  });

  it("Retry-After: 0 still gets the back-off", async () => {
    env.sandbox.setKnobs({ forced: { status: 429, count: 2, retryAfter: "0" } });
    const started = Date.now();
    await env.client(slowBackoff).getRelation(ACME.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
  });

  it("beyond the retry budget is RateLimitedError", async () => {
    env.sandbox.setKnobs({ forced: { status: 429, count: 50 } });
    const e = await failure(env.client({ retry: { maxRetries: 3 } }).getRelation(ACME.id));
    expect(e).toBeInstanceOf(RateLimitedError);
    expect(e.userMessage.en).toMatch(/Wait a minute/);
    expect(env.sandbox.stats.requests).toBe(4);
  });

  it("with a Retry-After longer than the client will wait, fails at once", async () => {
    env.sandbox.setKnobs({ forced: { status: 429, count: 1, retryAfter: "3600" } });
    const e = await failure(env.client().getRelation(ACME.id));
    expect(e).toBeInstanceOf(RateLimitedError);
    expect((e as RateLimitedError).retryAfterMs).toBe(3_600_000);
    expect(env.sandbox.stats.requests).toBe(1);
  });
});

describe("network and timeouts", () => {
  it("a server that does not answer in time is UnavailableError (timeout), retried first", async () => {
    env.sandbox.setKnobs({ fault: { mode: "hang", count: 10 } });
    const e = await failure(env.client({ timeoutMs: 150, retry: { maxRetries: 1, baseDelayMs: 1 } }).getRelation(ACME.id));
    expect(e).toMatchObject({ kind: "unavailable", reason: "timeout" });
    expect(e.userMessage.en).toMatch(/did not answer in time/);
    expect(env.sandbox.stats.requests).toBe(2);
  });

  it("one slow answer is retried and the second attempt succeeds", async () => {
    env.sandbox.setKnobs({ fault: { mode: "hang", count: 1 } });
    await expect(env.client({ timeoutMs: 150 }).getRelation(ACME.id)).resolves.toMatchObject({ id: ACME.id });
  });

  it("a refused connection is UnavailableError (network)", async () => {
    const closed = await startSandbox({ seed: fixtureSeed() });
    const url = closed.url;
    await closed.sandbox.close();
    const e = await failure(env.client({ baseUrl: url, retry: { maxRetries: 1, baseDelayMs: 1 } }).getRelation(ACME.id));
    expect(e).toMatchObject({ kind: "unavailable", reason: "network", status: null });
  });

  it("a body cut in the middle is retried; if it keeps happening, UnavailableError", async () => {
    env.sandbox.setKnobs({ fault: { mode: "cut-body", count: 1 } });
    await expect(env.client().getRelation(ACME.id)).resolves.toMatchObject({ id: ACME.id });
    env.sandbox.setKnobs({ fault: { mode: "cut-body", count: 10 } });
    const e = await failure(env.client({ retry: { maxRetries: 1, baseDelayMs: 1 } }).getRelation(ACME.id));
    expect(e).toMatchObject({ kind: "unavailable", reason: "network" });
  });
});

describe("schema drift", () => {
  it("extra fields everywhere change nothing", async () => {
    const plain = await env.client().fetchCompany(ACME.number);
    env.sandbox.setKnobs({ fault: { mode: "extra-fields", count: 100 } });
    const drifted = await env.client().fetchCompany(ACME.number);
    expect(drifted.company).toEqual(plain.company);
    expect([...drifted.related.entries()]).toEqual(expect.arrayContaining([...plain.related.entries()]));
  });

  it("missing optional fields become empty values", async () => {
    env.sandbox.setKnobs({ fault: { mode: "drop-optional", count: 2 } });
    const client = env.client();
    const page = await client.listRelations(0, 10);
    expect(page).toMatchObject({ pageSize: 10, totalCount: 10 });
    expect(page.items[0]).toMatchObject({ id: ACME.id, legalForm: null, enterpriseNumber: null, kind: "Unknown" });
    const company = await client.getRelation(ACME.id);
    expect(company).toMatchObject({ name: "L'Atelier Zoë SRL", fiscalYearEnd: null, generalMeetingDate: null, totalShares: null });
    expect(company.address).toEqual({ street: null, number: null, box: null, postalCode: null, city: null, country: null });
    expect(company.links.find((l) => l.role === "director")).toMatchObject({ startDate: null, roleText: null });
  });

  it.each(["wrong-types", "malformed-json", "empty-body"] as const)("%s is UnexpectedResponseError, not retried", async (mode) => {
    env.sandbox.setKnobs({ fault: { mode, count: 10 } });
    const client = env.client();
    const e = await failure(client.getRelation(ACME.id));
    expect(e).toBeInstanceOf(UnexpectedResponseError);
    expect(e.userMessage.nl).toMatch(/niets geïmporteerd/);
    expect(env.sandbox.stats.requests).toBe(1);
    expect(await failure(client.listRelations(0))).toBeInstanceOf(UnexpectedResponseError);
  });

  it("names the fields that drifted, without their values", async () => {
    env.sandbox.setKnobs({ fault: { mode: "wrong-types", count: 1 } });
    const e = await failure(env.client().getRelation(ACME.id));
    expect(e.message).toMatch(/name/);
    expect(e.message).not.toContain("12345");
  });
});

describe("cancellation", () => {
  it("stops mid-way: CancelledError, and no request starts after the abort", async () => {
    env.sandbox.setKnobs({ latencyMs: 40 });
    const controller = new AbortController();
    const client = env.client({ concurrency: 2 });
    const promise = client.fetchCompany(ACME.number, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.step === "related" && p.done === 1) controller.abort();
      },
    });
    const e = await failure(promise);
    expect(e).toBeInstanceOf(CancelledError);
    const sent = client.requestCount;
    expect(sent).toBeLessThan(7);
    await new Promise((r) => setTimeout(r, 150));
    expect(client.requestCount).toBe(sent);
  });

  it("an already aborted signal sends nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await failure(env.client().fetchCompany(ACME.number, { signal: controller.signal }))).toBeInstanceOf(CancelledError);
    expect(env.sandbox.stats.requests).toBe(0);
  });

  it("cancels a back-off wait at once", async () => {
    env.sandbox.setKnobs({ forced: { status: 429, count: 1, retryAfter: "30" } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    expect(await failure(env.client().getRelation(ACME.id, { signal: controller.signal }))).toBeInstanceOf(CancelledError);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
