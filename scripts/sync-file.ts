// `npm run sync-file -- --help`: the command-line sync. The logic lives in src/cli/sync-file.ts,
// where tests call it directly; this only wires it to the process.

import { syncFileMain } from "../src/cli/sync-file";

// `npm run` starts scripts in the package root; INIT_CWD is where the user typed the command, which
// is what relative --in and --out paths mean. Run any other way, the working directory is.
const viaNpm = process.env.npm_lifecycle_event === "sync-file" && process.env.INIT_CWD;
const cwd = viaNpm || process.cwd();

syncFileMain(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr, cwd }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    // syncFileMain reports its own failures; this is a last resort that prints nothing it was given.
    process.stderr.write("sync-file: unexpected failure\n");
    process.exitCode = 1;
  },
);
