// npm run bench [-- --latency 80 --quick --full --no-pane --repeat 5 --runs 7 --sizes 5,25,200,2000 --out FILE]
//
// The real AdminPulse client against the sandbox on loopback (with `--latency` ms on every answer
// and AdminPulse's 480 calls a minute), and the real sync (`sync()` with `excelWorkbook` over the
// Excel simulator), for companies with 5, 25, 200 and 2,000 related relations; beside it, a naive
// add-in (one request at a time, one row per Excel round trip). Then the task pane's production
// bundle and its time to first render in Chromium. Prints a table; writes bench/results/latest.json.
//
// Scenarios per company:
//   naive      concurrency 1, no cache, every detail; each row written with its own context.sync
//   sync       the add-in's sync, a fresh client (cold cache), into a new workbook
//   re-sync    the same client and workbook again at once (the cache; skipped for 2,000 unless --full:
//              the first read takes four minutes, longer than the cache keeps what it read first)
//   list+      the add-in's sync against an AdminPulse whose relation list carries the detail fields
//              (the contract says it does not; test/adminpulse/list-with-details.ts adds them)
// Below 2,000 relations every run is repeated (--repeat, 5) and the table shows the median wall time
// (the range is in the JSON); 2,000 runs once, its time set by the rate limit. A warm-up run of
// each kind comes first and is not reported. --quick skips the naive run for 2,000 (five minutes).

import { cpus, loadavg, platform, release, totalmem, type as osType } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createExcelSimulator } from "../simulator";
import { Sandbox, type Stats } from "../sandbox/server";
import { SANDBOX_DEMO_TOKEN } from "../sandbox/seed";
import { AdminPulseClient, type ClientOptions, type ReadReport } from "../src/adminpulse";
import { sync } from "../src/sync/sync";
import { excelWorkbook } from "../src/workbook/port";
import { listWithDetailsFetch } from "../sandbox/list-with-details";
import { withPeakMemory, type Peak } from "./memory";
import { naiveSync } from "./naive";
import { measurePane, type PaneFigures } from "./pane";
import { type BenchCompany, benchSeed, relatedCount } from "./seed";

type Scenario = "naive" | "sync" | "re-sync" | "list+";

interface Result {
  size: number;
  company: string;
  scenario: Scenario;
  requests: number;
  sandbox: Pick<Stats, "requests" | "list" | "detail" | "rateLimited">;
  contextSyncs: number;
  /** The median of the runs (the run shown is that one). */
  wallMs: number;
  /** Every run's wall time, in order. */
  wallMsRuns: number[];
  /** The highest of the runs. */
  peak: Peak;
  reads: ReadReport | null;
  /** naive ÷ this, for the same company (null for the naive run itself, or without one). */
  vsNaive: { time: number; requests: number; contextSyncs: number } | null;
}

interface Args {
  latency: number;
  quick: boolean;
  full: boolean;
  pane: boolean;
  runs: number;
  repeat: number;
  sizes: number[];
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    latency: 80,
    quick: false,
    full: false,
    pane: true,
    runs: 7,
    repeat: 5,
    sizes: [5, 25, 200, 2000],
    out: join(__dirname, "results", "latest.json"),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--latency") args.latency = Number(value());
    else if (a === "--quick") args.quick = true;
    else if (a === "--full") args.full = true;
    else if (a === "--no-pane") args.pane = false;
    else if (a === "--runs") args.runs = Number(value());
    else if (a === "--repeat") args.repeat = Number(value());
    else if (a === "--sizes") args.sizes = value().split(",").map(Number);
    else if (a === "--out") args.out = resolve(value());
    else if (a === "--help" || a === "-h") {
      console.log(
        "npm run bench -- [--latency MS (80)] [--quick] [--full] [--no-pane] [--repeat N (5), runs below 2,000 relations] [--runs N (7), pane loads] [--sizes 5,25,200,2000] [--out FILE]",
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!(args.latency >= 0) || !(args.runs >= 1) || !(args.repeat >= 1)) throw new Error("--latency, --runs and --repeat must be numbers");
  return args;
}

const log = (text: string) => process.stderr.write(`${text}\n`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const loadBefore = loadavg();
  const { seed, companies } = benchSeed();
  const sandbox = new Sandbox({ seed, knobs: { latencyMs: args.latency } });
  const url = await sandbox.listen(0);
  log(`sandbox ${url}: ${seed.relations.length} relations, ${args.latency} ms a request, ${sandbox.getKnobs().rateLimit.calls} calls a minute`);

  const results: Result[] = [];
  try {
    // Warm-up, not reported: the first run of any code path pays for compiling it.
    const small = companies[0]!;
    await runNaive(sandbox, url, small, true);
    await runSync(sandbox, small, "sync", new AdminPulseClient(clientOptions(url)), createExcelSimulator(), { quiet: true });
    await runSync(
      sandbox,
      small,
      "list+",
      new AdminPulseClient(clientOptions(url, { fetch: listWithDetailsFetch(seed), relatedStrategy: "list" })),
      createExcelSimulator(),
      { quiet: true },
    );
    for (const company of companies.filter((c) => args.sizes.includes(c.size))) {
      if (relatedCount(seed, company.enterpriseNumber) !== company.size) throw new Error(`${company.name} does not have ${company.size} related relations`);
      const times = company.size >= 2000 ? 1 : args.repeat;
      const runs: Record<Scenario, Result[]> = { naive: [], sync: [], "re-sync": [], "list+": [] };
      for (let i = 0; i < times; i++) {
        if (!(company.size === 2000 && args.quick)) runs.naive.push(await runNaive(sandbox, url, company));
        const client = new AdminPulseClient(clientOptions(url));
        const sim = createExcelSimulator();
        runs.sync.push(await runSync(sandbox, company, "sync", client, sim));
        if (company.size < 2000 || args.full) runs["re-sync"].push(await runSync(sandbox, company, "re-sync", client, sim, { keepWindow: true }));
        runs["list+"].push(
          await runSync(sandbox, company, "list+", new AdminPulseClient(clientOptions(url, { fetch: listWithDetailsFetch(seed) })), createExcelSimulator()),
        );
      }
      const naive = median(runs.naive);
      if (naive) results.push(naive);
      const mine = (["sync", "re-sync", "list+"] as const).map((scenario) => median(runs[scenario])).filter((r): r is Result => r !== null);
      for (const r of mine) {
        if (naive) {
          r.vsNaive = {
            time: naive.wallMs / r.wallMs,
            requests: naive.requests / Math.max(1, r.requests),
            contextSyncs: naive.contextSyncs / Math.max(1, r.contextSyncs),
          };
        }
        results.push(r);
      }
    }
  } finally {
    await sandbox.close();
  }

  let pane: PaneFigures | null = null;
  if (args.pane) {
    log("task pane: production build, then first render in Chromium");
    pane = await measurePane(args.runs);
  }

  const report = {
    when: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      os: `${osType()} ${release()} (${platform()})`,
      loadAverage: { before: loadBefore.map(round2), after: loadavg().map(round2) },
    },
    settings: {
      latencyMs: args.latency,
      rateLimit: "480 calls / 60 s (sandbox and client)",
      quick: args.quick,
      full: args.full,
      repeat: args.repeat,
      clientConcurrency: "default",
    },
    benchSeconds: Math.round((Date.now() - started) / 1000),
    results,
    pane,
    targets: targets(results, pane),
  };
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(report, null, 2) + "\n");
  console.log(table(results));
  if (pane) console.log(paneTable(pane));
  console.log(targetTable(report.targets));
  console.log(
    `\n${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGb} GB, Node ${report.machine.node}, ${report.machine.os}; load ${report.machine.loadAverage.before.join(" ")} → ${report.machine.loadAverage.after.join(" ")}`,
  );
  console.log(`${report.benchSeconds} s in all; written to ${args.out}`);
}

/** The run with the median wall time, carrying every run's time and the highest peak. */
function median(runs: Result[]): Result | null {
  if (runs.length === 0) return null;
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    ...middle,
    wallMsRuns: runs.map((r) => Math.round(r.wallMs)),
    peak: { rssMb: Math.max(...runs.map((r) => r.peak.rssMb)), heapMb: Math.max(...runs.map((r) => r.peak.heapMb)) },
  };
}

function clientOptions(url: string, extra: Partial<ClientOptions> = {}): ClientOptions {
  return { token: SANDBOX_DEMO_TOKEN, baseUrl: url, ...extra };
}

function statsNow(sandbox: Sandbox): Result["sandbox"] {
  const { requests, list, detail, rateLimited } = sandbox.stats;
  return { requests, list, detail, rateLimited };
}

function diff(after: Result["sandbox"], before: Result["sandbox"]): Result["sandbox"] {
  return {
    requests: after.requests - before.requests,
    list: after.list - before.list,
    detail: after.detail - before.detail,
    rateLimited: after.rateLimited - before.rateLimited,
  };
}

async function runNaive(sandbox: Sandbox, url: string, company: BenchCompany, quiet = false): Promise<Result> {
  sandbox.reset();
  if (!quiet) log(`${company.size} naive…`);
  const client = new AdminPulseClient(clientOptions(url, { concurrency: 1, cacheFreshMs: 0, relatedStrategy: "details" }));
  const sim = createExcelSimulator();
  const { peak, wallMs } = await withPeakMemory(() => naiveSync({ client, run: sim.run, enterpriseNumber: company.enterpriseNumber, language: "fr" }));
  return {
    size: company.size,
    company: company.name,
    scenario: "naive",
    requests: client.requestCount,
    sandbox: statsNow(sandbox),
    contextSyncs: sim.syncCount,
    wallMs,
    wallMsRuns: [wallMs],
    peak,
    reads: null,
    vsNaive: null,
  };
}

async function runSync(
  sandbox: Sandbox,
  company: BenchCompany,
  scenario: Scenario,
  client: AdminPulseClient,
  sim: ReturnType<typeof createExcelSimulator>,
  options: { keepWindow?: boolean; quiet?: boolean } = {},
): Promise<Result> {
  // A fresh client starts with an empty rate window: so does the sandbox. A re-sync keeps both.
  if (!options.keepWindow) sandbox.reset();
  if (!options.quiet) log(`${company.size} ${scenario}…`);
  const before = statsNow(sandbox);
  const requestsBefore = client.requestCount;
  sim.resetCounters();
  let reads: ReadReport | null = null;
  let lastShown = 0;
  const t0 = performance.now();
  const {
    result: summary,
    peak,
    wallMs,
  } = await withPeakMemory(() =>
    sync({
      workbook: excelWorkbook(sim.run),
      client: {
        fetchCompany: async (number, callOptions) => {
          const data = await client.fetchCompany(number, callOptions);
          reads = data.reads ?? null;
          return data;
        },
      },
      language: "fr",
      startedBy: "person",
      enterpriseNumber: company.enterpriseNumber,
      onProgress: (p) => {
        if (p.step === "related" && p.total && p.total >= 400 && p.done - lastShown >= 400) {
          lastShown = p.done;
          log(`  ${p.done}/${p.total} relations, ${Math.round((performance.now() - t0) / 1000)} s`);
        }
      },
    }),
  );
  if (summary.missingRelations > 0) throw new Error(`${company.name}: ${summary.missingRelations} relations missing`);
  return {
    size: company.size,
    company: company.name,
    scenario,
    requests: client.requestCount - requestsBefore,
    sandbox: diff(statsNow(sandbox), before),
    contextSyncs: sim.syncCount,
    wallMs,
    wallMsRuns: [wallMs],
    peak,
    reads,
    vsNaive: null,
  };
}

function targets(results: Result[], pane: PaneFigures | null) {
  const find = (size: number, scenario: Scenario) => results.find((r) => r.size === size && r.scenario === scenario);
  const s25 = find(25, "sync");
  const cold2000 = find(2000, "sync");
  const list2000 = find(2000, "list+");
  const normal = results.filter((r) => r.scenario !== "naive");
  return {
    "25 relations, sync under 0.6 s": s25 ? { value: `${(s25.wallMs / 1000).toFixed(2)} s`, met: s25.wallMs < 600 } : null,
    "25 relations, ≥3× faster than naive": s25?.vsNaive ? { value: `${s25.vsNaive.time.toFixed(1)}×`, met: s25.vsNaive.time >= 3 } : null,
    "2,000 relations, never a 429":
      cold2000 || list2000
        ? {
            value: `${[cold2000, list2000, find(2000, "naive")].reduce((n, r) => n + (r?.sandbox.rateLimited ?? 0), 0)} × 429`,
            met: [cold2000, list2000].every((r) => !r || r.sandbox.rateLimited === 0),
          }
        : null,
    "2,000 relations, ≥10× fewer requests than relations (contract list: no detail fields)": cold2000
      ? { value: `${cold2000.requests} requests (${(2000 / cold2000.requests).toFixed(2)}×)`, met: 2000 / cold2000.requests >= 10 }
      : null,
    "2,000 relations, ≥10× fewer requests than relations (list carrying the detail fields)": list2000
      ? { value: `${list2000.requests} requests (${(2000 / list2000.requests).toFixed(0)}×)`, met: 2000 / list2000.requests >= 10 }
      : null,
    "at most 2 context.sync per normal sync": normal.length
      ? { value: `max ${Math.max(...normal.map((r) => r.contextSyncs))}`, met: normal.every((r) => r.contextSyncs <= 2) }
      : null,
    "pane JS < 250 KB gzip, first screen": pane
      ? { value: `${(pane.firstScreenGzipBytes / 1024).toFixed(1)} KB`, met: pane.firstScreenGzipBytes < 250 * 1024 }
      : null,
  };
}

// --- printing -----------------------------------------------------------------------------------

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function seconds(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(2)} s`;
}

function grid(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [line(header), `|${widths.map((w, i) => (i < 2 ? ":" : "-") + "-".repeat(w) + (i < 2 ? "-" : ":")).join("|")}|`, ...rows.map(line)].join("\n");
}

function table(results: Result[]): string {
  const header = [
    "relations",
    "run",
    "HTTP requests",
    "list / detail",
    "429",
    "context.sync",
    "wall time (median)",
    "peak rss / heap MB",
    "naive ÷ this (time, requests, syncs)",
  ];
  const rows = results.map((r) => [
    String(r.size),
    r.scenario,
    String(r.requests),
    `${r.sandbox.list} / ${r.sandbox.detail}`,
    String(r.sandbox.rateLimited),
    String(r.contextSyncs),
    seconds(r.wallMs),
    `${r.peak.rssMb.toFixed(0)} / ${r.peak.heapMb.toFixed(0)}`,
    r.vsNaive ? `${r.vsNaive.time.toFixed(1)}×, ${r.vsNaive.requests.toFixed(1)}×, ${r.vsNaive.contextSyncs.toFixed(0)}×` : "",
  ]);
  return `\n${grid(header, rows)}`;
}

function paneTable(pane: PaneFigures): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const median = (values: number[] | null) => (values && values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! : null);
  const heading = median(pane.firstHeadingMs);
  const fcp = median(pane.firstContentfulPaintMs);
  const rows = [
    ["first screen (taskpane.html's scripts)", kb(pane.firstScreenBytes), kb(pane.firstScreenGzipBytes)],
    ...pane.later.map((f) => [`later: ${f.file}`, kb(f.bytes), kb(f.gzipBytes)]),
  ];
  const render =
    heading === null
      ? "no Chromium: first render not measured"
      : `first heading on screen: median ${heading.toFixed(0)} ms (${pane.firstHeadingMs!.length} runs, ${Math.min(...pane.firstHeadingMs!).toFixed(0)}–${Math.max(...pane.firstHeadingMs!).toFixed(0)} ms); first contentful paint: median ${fcp?.toFixed(0) ?? "?"} ms`;
  return `\n${grid(
    ["task pane JavaScript", "", "raw", "gzip"],
    rows.map((r) => [r[0]!, "", r[1]!, r[2]!]),
  )}\n${render}`;
}

function targetTable(t: ReturnType<typeof targets>): string {
  const rows = Object.entries(t).map(([name, v]) => [name, "", v ? v.value : "not measured", v ? (v.met ? "met" : "NOT met") : ""]);
  return `\n${grid(["target", "", "measured", ""], rows)}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
