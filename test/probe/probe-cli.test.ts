// `npm run probe-adminpulse` against the sandbox: as it is (every name found, exit 0), and with each
// knob that makes it answer as the real API plausibly could (exit 1, the report names exactly what
// differs and suggests the new name). Then the command line's edges: usage, the report file, a
// refused key, no connection, 429s, the request budget, an AdminPulse failing midway.

import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Knobs } from "../../sandbox/server";
import { SANDBOX_DEMO_TOKEN, SANDBOX_EXPIRED_TOKEN } from "../../sandbox/seed";
import { EXIT_AS_EXPECTED, EXIT_DIFFERENCES, EXIT_FAILED, EXIT_USAGE, USAGE, parseProbeArgs } from "../../src/probe/cli";
import type { Difference } from "../../src/probe/report";
import { type Running, startSandbox } from "../support/sandbox";
import { ENV_VAR, runProbe } from "./run-probe";

const REPO = resolve(__dirname, "../..");

let running: Running;
let dir: string;

beforeAll(async () => {
  // The demo seed: companies with every link type, a cooperative of 2,000, persons between them.
  running = await startSandbox();
});
afterAll(() => running.sandbox.close());
beforeEach(() => {
  running.sandbox.reset();
  dir = mkdtempSync(join(tmpdir(), "probe-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const base = () => ["--api-base-url", running.url, "--token-env", ENV_VAR];
const probe = (argv: string[] = [], token: string | null = SANDBOX_DEMO_TOKEN) => runProbe([...base(), "--out", "report.json", ...argv], { token, cwd: dir });

describe("against the sandbox as it is", () => {
  it("finds every name, reports nothing to change, exits 0", async () => {
    const run = await probe();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(EXIT_AS_EXPECTED);
    expect(run.stdout).toContain("AdminPulse answers as this add-in expects.");
    expect(run.stdout).toContain(`Report written to ${join(dir, "report.json")}`);
    const report = run.report!;
    expect(report).toMatchObject({ format: "adminpulse-contract-probe", version: 1, verdict: "as-expected", differences: [], address: "other" });
    // Every field the contract expects always, at every place the sample reached, is there with its type.
    const always = report.names.filter(
      (n) => n.kind === "field" && !["relation.tos[].representativeUniqueIdentifier", "relation.tos[].ownershipRights"].includes(`${n.place}.${n.name}`),
    );
    expect(always.filter((n) => n.status !== "found").map((n) => `${n.place}.${n.name}: ${n.status}`)).toEqual([]);
    expect(report.names.filter((n) => n.kind === "path" || n.kind === "query").map((n) => [n.name, n.status])).toEqual([
      ["/relations", "found"],
      ["/relations/{uniqueIdentifier}", "found"],
      ["page", "found"],
      ["pageSize", "found"],
      ["vatNumber", "found"],
    ]);
    const linkTypes = Object.fromEntries(report.names.filter((n) => n.kind === "link-type").map((n) => [n.name, n.status]));
    expect(linkTypes).toMatchObject({ 2: "found", 4: "found", 5: "found", 6: "found", 7: "found" });
    expect(report.linkTypes.find((t) => t.code === 99)).toMatchObject({ role: "unknown" });
    expect(report.linkTypes.find((t) => t.code === 4)!.fields.map((f) => f.name)).toEqual(expect.arrayContaining(["function", "startDate", "endDate"]));
    expect(report.pagination).toEqual({
      pageSizeRequested: 60,
      pageSizeAnswered: 60,
      itemsOnFirstPage: 60,
      pageSizeHonoured: true,
      pageHonoured: true,
      currentPageMatches: true,
      pageCountConsistent: true,
    });
    expect(report.filter).toEqual({ query: "vatNumber", behaviour: "honoured", results: 1, matching: 1 });
    expect(report.statusCodes).toEqual([{ status: 200, count: report.requests.sent }]);
    expect(report.rateLimit).toEqual({ answers429: 0, withRetryAfter: 0, retryAfterForms: [] });
    expect(report.responseTimesMs).toEqual({ min: 1, median: 1, max: 1 });
    expect(report.datePatterns.map((d) => d.pattern)).toEqual(expect.arrayContaining(["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss"]));
    expect(report.places.every((p) => p.unexpectedFields.length === 0 && p.unnamedFields === 0 && p.via === null)).toBe(true);
    // Bounded, and what the report counts is what the sandbox served.
    expect(report.requests).toEqual({ sent: running.sandbox.stats.requests, budget: 40, stoppedBy: null });
    expect(report.requests.sent).toBeLessThanOrEqual(40);
    expect(report.sample.relations).toBeGreaterThanOrEqual(10);
  });

  it("prints its summary in French and Dutch", async () => {
    const fr = await probe(["--language", "fr"]);
    expect(fr.stdout).toContain("AdminPulse répond comme ce complément l’attend.");
    expect(fr.stdout).toContain("Rapport écrit dans");
    rmSync(join(dir, "report.json"));
    const nl = await probe(["--language", "nl"]);
    expect(nl.stdout).toContain("AdminPulse antwoordt zoals deze invoegtoepassing verwacht.");
    expect(nl.stdout).toContain("Rapport geschreven naar");
  });
});

describe("against a sandbox that spells the contract otherwise", () => {
  const field = (place: string, name: string, suggestion: string | null): Difference => ({ kind: "field", place, name, status: "absent", suggestion });
  it.each<[string, Partial<Knobs>, Difference[]]>([
    ["a renamed date field", { renameFields: { nextGeneralMeeting: "generalMeetingDate" } }, [field("relation", "nextGeneralMeeting", "generalMeetingDate")]],
    ["renamed links", { renameFields: { tos: "links" } }, [field("page.results[]", "tos", "links"), field("relation", "tos", "links")]],
    ["a renamed link field", { renameFields: { function: "role" } }, [field("relation.tos[]", "function", "role")]],
    ["a renamed address field", { renameFields: { postalCode: "zipCode" } }, [field("relation.address", "postalCode", "zipCode")]],
    ["a dropped field", { dropFields: ["legalForm"] }, [field("page.results[]", "legalForm", null), field("relation", "legalForm", null)]],
    ["a dropped envelope field", { dropFields: ["totalRowCount"] }, [field("page", "totalRowCount", null)]],
    [
      "other link-type codes",
      { linkTypeCodes: { 4: 14, 7: 17 } },
      [
        { kind: "link-type", place: "relation.tos[]", name: "4", status: "absent", suggestion: "14" },
        { kind: "link-type", place: "relation.tos[]", name: "7", status: "absent", suggestion: "17" },
      ],
    ],
    ["an ignored filter", { ignoreFilter: true }, [{ kind: "query", place: null, name: "vatNumber", status: "absent", suggestion: null }]],
  ])("%s: names exactly what differs, exits 1", async (_what, knobs, expected) => {
    running.sandbox.setKnobs(knobs);
    const run = await probe();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(EXIT_DIFFERENCES);
    expect(run.report!.verdict).toBe("differences");
    expect(run.report!.differences).toEqual(expected);
    expect(run.stdout).toContain(`AdminPulse answers differently from what this add-in expects, in ${expected.length} place`);
    for (const difference of expected) if (difference.suggestion) expect(run.stdout).toContain(`probably now ${difference.suggestion}`);
  });

  it("shows the renamed field's type and date format, and where in contract.ts the name is", async () => {
    running.sandbox.setKnobs({ renameFields: { nextGeneralMeeting: "generalMeetingDate" } });
    const { report, stdout } = await probe();
    expect(report!.names.find((n) => n.place === "relation" && n.name === "nextGeneralMeeting")).toMatchObject({
      status: "absent",
      tag: "ASSUMED",
      source: "wireDetailShape",
      expected: "date",
      count: 0,
      presentInstead: ["generalMeetingDate"],
      suggestion: "generalMeetingDate",
    });
    const place = report!.places.find((p) => p.place === "relation")!;
    expect(place.unexpectedFields).toEqual([
      {
        name: "generalMeetingDate",
        count: report!.sample.relations,
        types: expect.objectContaining({ string: expect.any(Number) }),
        datePatterns: expect.any(Object),
      },
    ]);
    expect(Object.keys(place.unexpectedFields[0]!.datePatterns).every((p) => p.startsWith("yyyy-MM-dd"))).toBe(true);
    expect(stdout).toMatch(
      /relation\.nextGeneralMeeting \[ASSUMED\] absent .*generalMeetingDate.*probably now generalMeetingDate \(contract\.ts: wireDetailShape\)/,
    );
  });

  it("still reads the links through a renamed container, and says so", async () => {
    running.sandbox.setKnobs({ renameFields: { tos: "links" } });
    const { report, stdout } = await probe();
    expect(report!.places.find((p) => p.place === "relation.tos[]")).toMatchObject({ via: "links" });
    expect(report!.names.find((n) => n.place === "relation.tos[]" && n.name === "function")).toMatchObject({ status: "found" });
    expect(stdout).toContain("relation.tos[] was read through links");
  });
});

describe("the command line", () => {
  it("--help prints usage and exits 0; usage problems exit 2 without sending anything", async () => {
    const help = await runProbe(["--help"], { cwd: dir });
    expect(help).toMatchObject({ code: EXIT_AS_EXPECTED, stdout: `${USAGE}\n`, stderr: "" });
    const problem = (argv: string[]) => {
      const parsed = parseProbeArgs(argv);
      return parsed.kind === "usage-error" ? parsed.message : `not refused: ${parsed.kind}`;
    };
    expect(problem([])).toMatch(/--token-env/);
    expect(problem(["--token-env", "K", "--max-requests", "0"])).toMatch(/--max-requests must be a whole number from 1 to 480/);
    expect(problem(["--token-env", "K", "--max-requests", "481"])).toMatch(/--max-requests/);
    expect(problem(["--token-env", "K", "--max-requests", "ten"])).toMatch(/--max-requests/);
    expect(problem(["--token-env", "K", "--language", "de"])).toMatch(/fr, nl, en/);
    expect(problem(["--token-env", "K", "--api-base-url", "http://adminpulse.example"])).toMatch(/https:\/\//);
    const token = problem(["--token-env", "K", "--token", "secret-on-the-command-line"]);
    expect(token).toMatch(/--token-env/);
    expect(token).not.toContain("secret-on-the-command-line");
    expect(problem(["--token-env", "K", "secret-as-positional"])).not.toContain("secret-as-positional");
    expect(parseProbeArgs(["--token-env", "K"])).toEqual({
      kind: "run",
      args: { tokenEnv: "K", apiBaseUrl: "https://api.adminpulse.be", out: null, maxRequests: 40, language: "en" },
    });

    const unset = await probe([], null);
    expect(unset.code).toBe(EXIT_USAGE);
    expect(unset.stderr).toMatch(new RegExp(`${ENV_VAR} is not set`));
    expect(running.sandbox.stats.requests).toBe(0);
  });

  it("never writes over an existing file: refused before any request, exit 2, the file untouched", async () => {
    writeFileSync(join(dir, "report.json"), "mine");
    const run = await probe();
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toMatch(/already exists; the probe never overwrites a file/);
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe("mine");
    expect(running.sandbox.stats.requests).toBe(0);
    const missingFolder = await runProbe([...base(), "--out", "nowhere/report.json"], { token: SANDBOX_DEMO_TOKEN, cwd: dir });
    expect(missingFolder.code).toBe(EXIT_USAGE);
    expect(missingFolder.stderr).toMatch(/folder of --out does not exist/);
  });

  it("without --out prints the summary only", async () => {
    const run = await runProbe(base(), { token: SANDBOX_DEMO_TOKEN, cwd: dir });
    expect(run.code).toBe(EXIT_AS_EXPECTED);
    expect(run.stdout).toContain("Add --out report.json to save the report.");
  });

  it("a refused key: the add-in's message, exit 3, no report, the key nowhere", async () => {
    const run = await probe([], SANDBOX_EXPIRED_TOKEN);
    expect(run.code).toBe(EXIT_FAILED);
    expect(run.stderr).toContain("AdminPulse refused the API key");
    expect(existsSync(join(dir, "report.json"))).toBe(false);
    expect(run.stdout + run.stderr).not.toContain(SANDBOX_EXPIRED_TOKEN);
  });

  it("an address that is not AdminPulse's API (the list answers 404): says so, exit 3", async () => {
    const notFound: typeof fetch = () => Promise.resolve(new Response("Not found", { status: 404 }));
    const run = await runProbe([...base(), "--out", "report.json"], { token: SANDBOX_DEMO_TOKEN, cwd: dir, fetch: notFound });
    expect(run.code).toBe(EXIT_FAILED);
    expect(run.stderr).toContain("AdminPulse rejected the request as invalid");
    expect(existsSync(join(dir, "report.json"))).toBe(false);
  });

  it("no connection: exit 3, no report", async () => {
    const closed = await startSandbox();
    const url = closed.url;
    await closed.sandbox.close();
    const run = await runProbe(["--api-base-url", url, "--token-env", ENV_VAR, "--out", "report.json"], { token: SANDBOX_DEMO_TOKEN, cwd: dir });
    expect(run.code).toBe(EXIT_FAILED);
    expect(run.stderr).toContain("AdminPulse cannot be reached");
    expect(existsSync(join(dir, "report.json"))).toBe(false);
  });

  it.each([
    ["with", "0", 1],
    ["without", null, 0],
  ])("reports 429 answers %s Retry-After", async (_with, retryAfter, withHeader) => {
    running.sandbox.setKnobs({ forced: { status: 429, count: 2, retryAfter } });
    const { code, report } = await probe();
    expect(code).toBe(EXIT_AS_EXPECTED);
    expect(report!.rateLimit).toEqual({ answers429: 2, withRetryAfter: 2 * withHeader, retryAfterForms: withHeader ? [{ form: "seconds", count: 2 }] : [] });
    expect(report!.statusCodes).toEqual([
      { status: 200, count: report!.requests.sent - 2 },
      { status: 429, count: 2 },
    ]);
  });

  it("keeps to --max-requests, retries included, and says when the plan was cut short", async () => {
    running.sandbox.setKnobs({ forced: { status: 503, count: 1 } });
    const run = await probe(["--max-requests", "6"]);
    expect(running.sandbox.stats.requests).toBe(6);
    expect(run.report!.requests).toEqual({ sent: 6, budget: 6, stoppedBy: "budget" });
    expect(run.stdout).toContain("The request limit (--max-requests) was reached");
    expect(run.code).toBe(EXIT_AS_EXPECTED);
    // One request: the first page only, no relation to compare.
    rmSync(join(dir, "report.json"));
    const one = await probe(["--max-requests", "1"]);
    expect(running.sandbox.stats.requests).toBe(7);
    expect(one.report!.verdict).toBe("inconclusive");
    expect(one.code).toBe(EXIT_FAILED);
    expect(one.stdout).toContain("Nothing to compare");
  });

  it("AdminPulse failing midway: the report of what was read, and exit 3", async () => {
    let calls = 0;
    const failingAfterFour: typeof fetch = (input, init) => (++calls > 4 ? Promise.resolve(new Response("down", { status: 503 })) : fetch(input, init));
    const run = await runProbe([...base(), "--out", "report.json"], { token: SANDBOX_DEMO_TOKEN, cwd: dir, fetch: failingAfterFour });
    expect(run.code).toBe(EXIT_FAILED);
    expect(run.report!.requests.stoppedBy).toBe("unavailable");
    expect(run.report!.statusCodes).toContainEqual({ status: 503, count: 5 });
    expect(run.stdout).toContain("The probe stopped early");
    expect(run.stdout).toContain("AdminPulse cannot be reached or answered with an error");
  });

  it("runs as `npm run probe-adminpulse`", async () => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(
        npm,
        ["run", "-s", "probe-adminpulse", "--", ...base(), "--out", join(dir, "spawned.json")],
        { cwd: REPO, env: { ...process.env, [ENV_VAR]: SANDBOX_DEMO_TOKEN }, timeout: 60_000 },
        (error, stdout, stderr) => done({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("AdminPulse answers as this add-in expects.");
    expect(JSON.parse(readFileSync(join(dir, "spawned.json"), "utf8"))).toMatchObject({ verdict: "as-expected" });
  }, 90_000);
});
