// `npm run probe-adminpulse -- --help`: the AdminPulse contract probe. The logic lives in
// src/probe/ (cli.ts for the command line), where tests call it directly; this only wires it to
// the process.

import { probeMain } from "../src/probe/cli";

// `npm run` starts scripts in the package root; INIT_CWD is where the user typed the command, which
// is what a relative --out means. Run any other way, the working directory is.
const viaNpm = process.env.npm_lifecycle_event === "probe-adminpulse" && process.env.INIT_CWD;
const cwd = viaNpm || process.cwd();

probeMain(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr, cwd }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    // probeMain reports its own failures; this is a last resort that prints nothing it was given.
    process.stderr.write("probe-adminpulse: unexpected failure\n");
    process.exitCode = 3;
  },
);
