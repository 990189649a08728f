#!/usr/bin/env node
// `npm run workbench -- [--port 3001] [--sandbox-port 3100]`: the workbench (../workbench/): the
// real task pane beside a simulated workbook, at http://localhost:<port>/workbench.html, against
// the AdminPulse sandbox on loopback, preconfigured with its demo key. No network needed.
// `--sandbox-port 0` picks a free port. Ctrl-C stops the sandbox and the dev server.

import { banner, log, portOption, SANDBOX_PORT, setLogPrefix, startWorkbench, stop, WORKBENCH_PORT } from "./local-servers.mjs";

setLogPrefix("workbench");
const args = process.argv.slice(2);

if (args.includes("--help") || args.includes("-h")) {
  console.log(`npm run workbench -- [--port N] [--sandbox-port M]
  --port N            the workbench page's port on localhost (default ${WORKBENCH_PORT}; plain http)
  --sandbox-port M    the AdminPulse sandbox's port on 127.0.0.1 (default ${SANDBOX_PORT}; 0 picks a free one)`);
  process.exit(0);
}
const unknown = args.filter((a, i) => a.startsWith("-") && !/^--(port|sandbox-port)(=|$)/.test(a) && !/^--(port|sandbox-port)$/.test(args[i - 1] ?? ""));
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(" ")}; see npm run workbench -- --help`);
  process.exit(2);
}

try {
  const { pageUrl, sandboxUrl } = await startWorkbench({
    port: portOption(args, "port", WORKBENCH_PORT),
    sandboxPort: portOption(args, "sandbox-port", SANDBOX_PORT),
  });
  banner([
    "AdminPulse workbench: the task pane beside a simulated workbook.",
    "",
    `Open in a browser:   ${pageUrl}`,
    `AdminPulse sandbox:  ${sandboxUrl}  (key sandbox-demo-token, preconfigured)`,
  ]);
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  await stop(1);
}
