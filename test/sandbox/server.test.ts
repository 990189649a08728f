// The sandbox itself, spoken to with plain fetch as any client would: it must follow the contract,
// or the client tests prove nothing. And who may call it: the API any page (CORS), the knobs only
// code on this machine, everything only when addressed by a loopback name (DNS rebinding).

import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { ACME, EXPIRED, FILLERS, TOKEN, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";

let env: Running;
beforeAll(async () => {
  env = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => env.sandbox.close());
beforeEach(() => env.sandbox.reset());

const get = (p: string, token: string | null = TOKEN) => fetch(`${env.url}${p}`, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });

describe("contract", () => {
  it("needs a bearer key, answers 401 otherwise without echoing it", async () => {
    expect((await get("/relations", null)).status).toBe(401);
    const expired = await get("/relations", EXPIRED);
    expect(expired.status).toBe(401);
    expect(await expired.text()).not.toContain(EXPIRED);
    expect((await get("/relations", TOKEN)).status).toBe(200);
  });

  it("pages with page (0-based) and pageSize up to 400", async () => {
    const total = FILLERS + 8;
    const first = await (await get("/relations?page=0&pageSize=400")).json();
    expect(first).toMatchObject({ currentPage: 0, pageCount: 2, pageSize: 400, totalRowCount: total });
    expect(first.results).toHaveLength(400);
    const last = await (await get("/relations?page=1&pageSize=400")).json();
    expect(last.results).toHaveLength(total - 400);
    expect((await (await get("/relations?page=9&pageSize=400")).json()).results).toEqual([]);
    expect((await get("/relations?pageSize=401")).status).toBe(400);
    expect((await get("/relations?page=-1")).status).toBe(400);
  });

  it("list items are summaries; the detail has everything", async () => {
    const list = await (await get(`/relations?vatNumber=${ACME.number}`)).json();
    expect(list.results).toHaveLength(1);
    expect(list.results[0].tos[0]).toEqual({ linkType: 4, uniqueIdentifier: expect.any(String) });
    expect(list.results[0].address).toBeUndefined();
    const detail = await (await get(`/relations/${ACME.id}`)).json();
    expect(detail).toMatchObject({ uniqueIdentifier: ACME.id, totalShares: 1000, address: { city: "Namur" } });
    expect(detail.tos[0]).toHaveProperty("function", "Administrateur délégué");
    expect((await get("/relations/nope")).status).toBe(404);
    expect((await get("/relations/%E0%A4%A")).status).toBe(404);
  });

  it("filters on vatNumber, or ignores it when told to", async () => {
    expect((await (await get(`/relations?vatNumber=BE${ACME.number}`)).json()).totalRowCount).toBe(1);
    expect((await (await get("/relations?vatNumber=")).json()).totalRowCount).toBe(FILLERS + 8);
    env.sandbox.setKnobs({ ignoreFilter: true });
    expect((await (await get(`/relations?vatNumber=${ACME.number}`)).json()).totalRowCount).toBe(FILLERS + 8);
  });

  it("answers CORS preflights for browser use", async () => {
    const res = await fetch(`${env.url}/relations`, {
      method: "OPTIONS",
      headers: { Origin: "https://localhost:3000", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    expect(res.headers.get("access-control-expose-headers")).toMatch(/Retry-After/);
    expect(env.sandbox.stats).toMatchObject({ preflights: 1, requests: 0 });
  });

  it("limits calls per key in a sliding window, with or without Retry-After", async () => {
    env.sandbox.setKnobs({ rateLimit: { calls: 3, windowMs: 5000, retryAfter: true } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get("/relations?pageSize=1")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await get("/relations?pageSize=1");
    expect(limited.headers.get("retry-after")).toMatch(/^[1-5]$/);
    env.sandbox.setKnobs({ rateLimit: { calls: 3, windowMs: 5000, retryAfter: false } });
    expect((await get("/relations?pageSize=1")).headers.get("retry-after")).toBeNull();
    expect(env.sandbox.stats.rateLimited).toBe(3);
  });
});

describe("knobs over HTTP", () => {
  it("forces a status for the next N calls, counts requests, resets", async () => {
    const set = await fetch(`${env.url}/__sandbox/knobs`, {
      method: "POST",
      body: JSON.stringify({ forced: { status: 503, count: 2 }, latencyMs: 5 }),
    });
    expect(set.status).toBe(200);
    expect([(await get("/relations")).status, (await get("/relations")).status, (await get("/relations")).status]).toEqual([503, 503, 200]);
    expect(await (await fetch(`${env.url}/__sandbox/stats`)).json()).toMatchObject({ requests: 3, list: 3 });
    await fetch(`${env.url}/__sandbox/reset`, { method: "POST" });
    expect(await (await fetch(`${env.url}/__sandbox/stats`)).json()).toMatchObject({ requests: 0 });
    expect(await (await fetch(`${env.url}/__sandbox/knobs`)).json()).toMatchObject({ latencyMs: 0, forced: null });
  });

  it("merges a partial rate limit into the current one", async () => {
    await fetch(`${env.url}/__sandbox/knobs`, { method: "POST", body: JSON.stringify({ rateLimit: { calls: 1 } }) });
    expect(env.sandbox.getKnobs().rateLimit).toEqual({ calls: 1, windowMs: 60_000, retryAfter: true });
    expect([(await get("/relations")).status, (await get("/relations")).status]).toEqual([200, 429]);
  });

  it("edits a relation as AdminPulse users would, and reset undoes it", async () => {
    const res = await fetch(`${env.url}/__sandbox/relations/${ACME.id}`, { method: "POST", body: JSON.stringify({ name: "Renamed SRL" }) });
    expect(res.status).toBe(200);
    expect((await (await get(`/relations/${ACME.id}`)).json()).name).toBe("Renamed SRL");
    env.sandbox.editRelation(ACME.id, (r) => (r.totalShares = 5));
    expect((await (await get(`/relations/${ACME.id}`)).json()).totalShares).toBe(5);
    env.sandbox.reset();
    expect((await (await get(`/relations/${ACME.id}`)).json()).name).toBe("L'Atelier Zoë SRL");
    expect((await fetch(`${env.url}/__sandbox/relations/nope`, { method: "POST", body: "{}" })).status).toBe(404);
  });

  it("rejects an unknown fault mode", async () => {
    const res = await fetch(`${env.url}/__sandbox/knobs`, { method: "POST", body: JSON.stringify({ fault: { mode: "explode", count: 1 } }) });
    expect(res.status).toBe(400);
  });
});

describe("npm run sandbox", () => {
  it("starts on the port asked for, bound to loopback, and serves the demo seed", async () => {
    const root = path.resolve(__dirname, "../..");
    const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "sandbox/cli.ts", "--port", "0"], { cwd: root });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on("exit", (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)));
      });
      const res = await fetch(`${url}/relations?pageSize=1`, { headers: { Authorization: "Bearer sandbox-demo-token" } });
      expect(res.status).toBe(200);
      expect((await res.json()).totalRowCount).toBeGreaterThan(2000);
    } finally {
      child.kill("SIGTERM");
    }
  }, 30_000);
});

describe("who may call the sandbox", () => {
  // node:http, so that Host, Origin and Sec-Fetch-Site are sent exactly as a browser would send them.
  function raw(p: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
    const { port } = new URL(env.url);
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path: p, method: options.method ?? "GET", headers: options.headers ?? {} }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end(options.body);
    });
  }
  const port = () => new URL(env.url).port;
  const auth = { Authorization: `Bearer ${TOKEN}` };

  it.each(["127.0.0.1", "localhost", "[::1]", "LOCALHOST"])("answers a request addressed to %s on its port", async (name) => {
    expect((await raw("/relations?pageSize=1", { headers: { ...auth, Host: `${name}:${port()}` } })).status).toBe(200);
    expect((await raw("/__sandbox/stats", { headers: { Host: `${name}:${port()}` } })).status).toBe(200);
  });

  it.each([
    ["a name that resolves to loopback (DNS rebinding)", () => `rebind.attacker.example:${port()}`],
    ["another port", () => "127.0.0.1:1"],
    ["no port", () => "localhost"],
    ["another loopback address", () => `127.0.0.2:${port()}`],
  ])("refuses a request addressed to %s, API and knobs alike, with 421", async (_name, host) => {
    const before = env.sandbox.stats.requests;
    const api = await raw("/relations?pageSize=1", { headers: { ...auth, Host: host() } });
    expect(api.status).toBe(421);
    expect(api.body).not.toContain("relations");
    const knob = await raw("/__sandbox/knobs", { method: "POST", headers: { Host: host(), "Content-Type": "application/json" }, body: '{"latencyMs":5000}' });
    expect(knob.status).toBe(421);
    expect(env.sandbox.getKnobs().latencyMs).toBe(0);
    expect(env.sandbox.stats.requests).toBe(before);
  });

  it("lets any page call the API (CORS *), preflight included", async () => {
    const preflight = await raw("/relations", {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe("*");
    const res = await raw("/relations?pageSize=1", { headers: { ...auth, Origin: "https://elsewhere.example", "Sec-Fetch-Site": "cross-site" } });
    expect(res.status).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
  });

  it.each([
    [
      "a simple POST (text/plain) from another origin",
      { Origin: "https://attacker.example", "Content-Type": "text/plain;charset=UTF-8", "Sec-Fetch-Site": "cross-site" },
    ],
    ["a POST from a page on another loopback port", { Origin: "http://127.0.0.1:1", "Content-Type": "text/plain", "Sec-Fetch-Site": "same-site" }],
    ["a POST from an opaque origin", { Origin: "null", "Content-Type": "text/plain" }],
    ["a POST from another site without Origin", { "Sec-Fetch-Site": "cross-site", "Content-Type": "text/plain" }],
  ])("refuses %s with 403, before the knob is touched and without CORS headers", async (_name, headers) => {
    for (const p of ["/__sandbox/knobs", "/__sandbox/reset", `/__sandbox/relations/${ACME.id}`]) {
      const res = await raw(p, { method: "POST", headers, body: '{"latencyMs":5000,"name":"Hijacked"}' });
      expect(res.status).toBe(403);
      expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    }
    expect(env.sandbox.getKnobs().latencyMs).toBe(0);
    expect((await (await get(`/relations/${ACME.id}`)).json()).name).toBe("L'Atelier Zoë SRL");
  });

  it("answers no preflight for the knobs, and no page of another origin can read them", async () => {
    const preflight = await raw("/__sandbox/knobs", {
      method: "OPTIONS",
      headers: { Origin: "https://attacker.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    const stats = await raw("/__sandbox/stats", { headers: { Origin: "https://attacker.example" } });
    expect(stats.status).toBe(403);
  });

  it("lets code on this machine and the sandbox's own origin use the knobs, without CORS headers", async () => {
    const own = await raw("/__sandbox/knobs", {
      method: "POST",
      headers: { Origin: `http://localhost:${port()}`, "Sec-Fetch-Site": "same-origin" },
      body: '{"latencyMs":1}',
    });
    expect(own.status).toBe(200);
    expect(own.headers["access-control-allow-origin"]).toBeUndefined();
    expect(env.sandbox.getKnobs().latencyMs).toBe(1);
    const curl = await raw("/__sandbox/knobs", { method: "POST", body: '{"latencyMs":2}' });
    expect(curl.status).toBe(200);
    expect(env.sandbox.getKnobs().latencyMs).toBe(2);
  });
});
