// One sync-file run in a process of its own, for untrusted-files.test.ts: prints the exit code,
// what was written to stdout and stderr, the time taken and the process's peak memory (resident
// set, the operating system's figure, so exceljs's buffers count as well as the JavaScript heap).

import { syncFileMain } from "../../src/cli/sync-file";
import { FAST_RETRY } from "../support/sandbox";

const started = performance.now();
let stdout = "";
let stderr = "";
syncFileMain(process.argv.slice(2), {
  env: process.env,
  stdout: { write: (text: string) => (stdout += text) },
  stderr: { write: (text: string) => (stderr += text) },
  client: { retry: FAST_RETRY },
}).then((code) => {
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ code, stdout, stderr, ms: Math.round(performance.now() - started), peakRssMb }));
});
