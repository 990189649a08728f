// `npm run probe-adminpulse`: checks a live AdminPulse account against the names this add-in relies
// on (src/adminpulse/contract.ts), with a small bounded sample, and writes a report an office can
// send to the developers: names, counts and formats, no data of its clients. Node only; nothing in
// the add-in imports it. Arguments, the key and the output file are handled as sync-file does.

import { CONNECTION_OPTIONS, type CommandIo, type ParsedCommand, argumentProblem, runCommand, connectionArgs, tokenFromEnv } from "../cli/options";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_BASE_URL, RATE_LIMIT } from "../adminpulse/contract";
import { isAdminPulseError } from "../adminpulse/errors";
import type { RetryPolicy } from "../adminpulse/http";
import type { Language } from "../i18n/language";
import { ReportExistsError, checkReportPath, writeReport } from "./report-file";
import { probeAdminPulse } from "./run";
import { formatSummary } from "./summary";

/** AdminPulse answers as the add-in expects. */
export const EXIT_AS_EXPECTED = 0;
/** AdminPulse answers otherwise somewhere: the report says where. */
export const EXIT_DIFFERENCES = 1;
/** A usage problem (arguments, the key's variable, --out exists): nothing was sent. */
export const EXIT_USAGE = 2;
/** The probe could not complete: no connection, key refused, AdminPulse failing, nothing to compare, or the report could not be saved. */
export const EXIT_FAILED = 3;

export const DEFAULT_MAX_REQUESTS = 40;

export const USAGE = `Usage: npm run probe-adminpulse -- --token-env VAR [options]

Checks that AdminPulse answers with the names this add-in relies on, from a small sample (the
first list pages, the enterprise-number filter, a few companies and the relations they link to),
and reports what differs. The report holds field names, counts and formats: no client data.

  --token-env VAR         name of the environment variable holding the AdminPulse API key
  --api-base-url URL      AdminPulse address (default ${DEFAULT_BASE_URL})
  --out FILE              write the JSON report there (never over an existing file)
  --max-requests N        at most N requests, retries included (default ${DEFAULT_MAX_REQUESTS}, at most ${RATE_LIMIT.calls})
  --language fr|nl|en     language of the summary (default en)
  -h, --help              this text

Exit codes: 0 AdminPulse answers as expected, 1 differences found (see the report),
2 usage error (nothing sent), 3 the probe could not complete (connection, key, AdminPulse).
The API key is read only from the environment, never from the command line.`;

export interface ProbeArgs {
  tokenEnv: string;
  apiBaseUrl: string;
  out: string | null;
  maxRequests: number;
  language: Language;
}

export type ParsedProbeArgs = ParsedCommand<ProbeArgs>;

export interface ProbeIo extends CommandIo {
  /** Transport settings for tests (shorter retries). */
  transport?: { retry?: Partial<RetryPolicy>; timeoutMs?: number };
  /** The clock response times are measured with (tests: a fixed one). */
  now?: () => number;
}

export function parseProbeArgs(argv: readonly string[]): ParsedProbeArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        ...CONNECTION_OPTIONS,
        out: { type: "string" },
        "max-requests": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { kind: "usage-error", message: argumentProblem(error, "--out report.json") };
  }
  if (values.help) return { kind: "help" };
  const connection = connectionArgs(values);
  if ("problem" in connection) return { kind: "usage-error", message: connection.problem };
  const rawMax = values["max-requests"]?.trim() ?? String(DEFAULT_MAX_REQUESTS);
  const maxRequests = /^\d+$/.test(rawMax) ? Number(rawMax) : NaN;
  // Within one minute's rate limit: the probe must never be what makes AdminPulse answer 429.
  if (!(maxRequests >= 1 && maxRequests <= RATE_LIMIT.calls))
    return { kind: "usage-error", message: `--max-requests must be a whole number from 1 to ${RATE_LIMIT.calls}` };
  return { kind: "run", args: { ...connection, out: values.out?.trim() || null, maxRequests } };
}

/** Parses, runs and reports; returns the exit code. */
export function probeMain(argv: readonly string[], io: ProbeIo): Promise<number> {
  return runCommand("probe-adminpulse", parseProbeArgs(argv), USAGE, io, (args) => runProbe(args, io));
}

export async function runProbe(args: ProbeArgs, io: ProbeIo): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`probe-adminpulse: ${message}\n`);
    return EXIT_USAGE;
  };
  const key = tokenFromEnv(io.env, args.tokenEnv);
  if ("problem" in key) return usage(key.problem);
  const token = key.token;
  const outPath = args.out ? path.resolve(io.cwd ?? process.cwd(), args.out) : null;
  if (outPath) {
    const problem = await checkReportPath(outPath);
    if (problem) return usage(problem);
  }

  let result;
  try {
    result = await probeAdminPulse({ baseUrl: args.apiBaseUrl, token, maxRequests: args.maxRequests, fetch: io.fetch, transport: io.transport, now: io.now });
  } catch (error) {
    // The first list page failed: nothing to report. The error's own message says what to do.
    if (isAdminPulseError(error)) io.stderr.write(`${error.userMessage[args.language]}\n`);
    else io.stderr.write(`probe-adminpulse: the probe failed unexpectedly (${error instanceof Error ? error.name : typeof error}). Nothing was written.\n`);
    return EXIT_FAILED;
  }
  const { report } = result;

  let written = false;
  let writeProblem: string | null = null;
  if (outPath) {
    try {
      await writeReport(outPath, `${JSON.stringify(report, null, 2)}\n`);
      written = true;
    } catch (error) {
      if (error instanceof ReportExistsError) {
        io.stderr.write(`probe-adminpulse: ${error.message}\n`);
        return EXIT_USAGE;
      }
      writeProblem = `cannot write --out ${outPath}: ${(error as NodeJS.ErrnoException).code ?? "failed"}`;
    }
  }
  io.stdout.write(
    formatSummary(report, {
      language: args.language,
      baseUrl: args.apiBaseUrl,
      outPath: written ? outPath : null,
      stopMessage: result.stopError?.userMessage[args.language] ?? null,
    }),
  );
  if (writeProblem) {
    io.stderr.write(`probe-adminpulse: ${writeProblem}\n`);
    return EXIT_FAILED;
  }
  if (result.stopError) return EXIT_FAILED;
  return report.verdict === "as-expected" ? EXIT_AS_EXPECTED : report.verdict === "differences" ? EXIT_DIFFERENCES : EXIT_FAILED;
}
