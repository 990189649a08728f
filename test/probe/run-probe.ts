// Runs the probe's command line in-process, with its output captured, fast retries and a clock
// that makes every response take 1 ms (so that reports are the same from run to run).

import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { type ProbeIo, probeMain } from "../../src/probe/cli";
import type { ProbeReport } from "../../src/probe/report";
import { FAST_RETRY } from "../support/sandbox";

export const ENV_VAR = "PROBE_TEST_KEY";

export interface ProbeRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The report this run wrote to --out, if any. */
  report: ProbeReport | null;
  /** The report's text as written. */
  json: string;
}

/** A clock that advances 1 ms at every reading: requests are sequential, so each takes 1 ms. */
export function steppingClock(): () => number {
  let t = 0;
  return () => ++t;
}

export async function runProbe(argv: string[], options: { token?: string | null; cwd: string; fetch?: typeof fetch } & Partial<ProbeIo>): Promise<ProbeRun> {
  const outIndex = argv.indexOf("--out");
  const outPath = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  const resolved = outPath === undefined ? null : isAbsolute(outPath) ? outPath : join(options.cwd, outPath);
  // A file that was there before is not the probe's report (it refuses to write over one).
  const existedBefore = resolved !== null && existsSync(resolved);
  let stdout = "";
  let stderr = "";
  const { token, ...io } = options;
  const code = await probeMain(argv, {
    env: token === null || token === undefined ? {} : { [ENV_VAR]: token },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    transport: { retry: FAST_RETRY },
    now: steppingClock(),
    ...io,
  });
  const json = resolved && !existedBefore && existsSync(resolved) ? readFileSync(resolved, "utf8") : "";
  return { code, stdout, stderr, report: json ? (JSON.parse(json) as ProbeReport) : null, json };
}
