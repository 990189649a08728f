// Redirects are never followed (src/adminpulse/http.ts): against a real loopback server that
// answers every request with a redirect, to a second loopback server that records what reaches
// it, the call fails at once as "redirected" (not retried), the second server receives nothing,
// and the pane sends the user to the address in Settings.

import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { AdminPulseClient, UnexpectedResponseError } from "../../src/adminpulse";
import { HttpTransport } from "../../src/adminpulse/http";
import { RateLimiter } from "../../src/adminpulse/rate-limiter";
import { describeError } from "../../src/taskpane/pane-errors";

interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
}

interface Recorder {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

async function listen(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Recorder> {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const TOKEN = "redirect-test-key-5f1c";
const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 20 };

let elsewhere: Recorder;
let redirecting: Recorder;
/** What the redirecting server answers: the status, and where it sends the client. */
let redirect: { status: number; to: () => string };

beforeAll(async () => {
  elsewhere = await listen((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ uniqueIdentifier: "x", name: "Not AdminPulse", tos: [] }));
  });
  redirecting = await listen((_req, res) => {
    res.writeHead(redirect.status, { Location: redirect.to(), "Content-Type": "text/plain" }).end("moved");
  });
});
afterAll(async () => {
  await redirecting.close();
  await elsewhere.close();
});
beforeEach(() => {
  elsewhere.requests.length = 0;
  redirecting.requests.length = 0;
  redirect = { status: 302, to: () => `${elsewhere.url}/relations/x` };
});

const transport = () =>
  new HttpTransport({ baseUrl: redirecting.url, token: TOKEN, limiter: new RateLimiter({ calls: 100, windowMs: 1000 }), retry: FAST_RETRY });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe("a redirect from the AdminPulse address", () => {
  it.each([301, 302, 303, 307, 308])("%s to another origin: refused once, as redirected; the other server receives nothing", async (status) => {
    redirect.status = status;
    const t = transport();
    const error = await failure(t.getJson("/relations/x"));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ reason: "redirected", status });
    expect(t.requestCount).toBe(1);
    expect(redirecting.requests).toEqual([{ method: "GET", url: "/relations/x", authorization: `Bearer ${TOKEN}` }]);
    expect(elsewhere.requests).toEqual([]);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it("to the same origin: not followed either, so the key goes nowhere else", async () => {
    redirect.to = () => `${redirecting.url}/elsewhere`;
    const error = await failure(transport().getJson("/relations/x"));
    expect(error).toMatchObject({ reason: "redirected", status: 302 });
    expect(redirecting.requests.map((r) => r.url)).toEqual(["/relations/x"]);
  });

  it("stops a client's sync at the first request", async () => {
    const client = new AdminPulseClient({ token: TOKEN, baseUrl: redirecting.url, retry: FAST_RETRY });
    const error = await failure(client.testConnection());
    expect(error).toMatchObject({ reason: "redirected" });
    expect(redirecting.requests).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
  });

  it("says, in each language, to check the address in Settings, and the pane offers Settings", () => {
    const error = new UnexpectedResponseError("GET /relations answered a redirect (302), not followed", 302, "redirected");
    expect(error.userMessage.en).toMatch(/^The AdminPulse address sent the request on to another address.*Check the AdminPulse address in Settings/);
    expect(error.userMessage.fr).toMatch(/Vérifiez l’adresse AdminPulse dans les Paramètres/);
    expect(error.userMessage.nl).toMatch(/Controleer het AdminPulse-adres bij Instellingen/);
    expect(describeError(error, "nl")).toMatchObject({ action: "settings", message: error.userMessage.nl });
  });

  it("has its row in the README's Troubleshooting table", () => {
    const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8");
    const troubleshooting = readme.split("## Troubleshooting")[1]!.split("\n## ")[0]!;
    expect(troubleshooting).toContain("| *The AdminPulse address sent the request on to another address* |");
  });
});
