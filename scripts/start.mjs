#!/usr/bin/env node
// `npm start`: run the add-in locally.
//
// - Windows and macOS with office-addin-debugging installed: start the AdminPulse sandbox, then
//   `office-addin-debugging start`, which starts the dev server (`npm run dev-server`) and
//   sideloads manifest.xml into desktop Excel. Ctrl-C stops the sandbox and runs
//   `office-addin-debugging stop` (dev server, sideloading).
// - Elsewhere (Linux, where Excel does not run, or without office-addin-debugging), and with
//   `npm start -- --browser`: start the workbench (`npm run workbench`, ../workbench/): the sandbox
//   and a plain-http dev server, and print the page to open in a browser, where the task pane runs
//   beside a simulated workbook against the sandbox. `--port N` and `--sandbox-port M` as for
//   `npm run workbench`. Ctrl-C stops both.
//
// Children are started from this repo's node_modules with the running Node, without a shell, so
// that they can be stopped by process id on every platform (local-servers.mjs).

import { spawnSync } from "node:child_process";
import {
  banner,
  log,
  portOption,
  resolveOptional,
  ROOT,
  SANDBOX_PORT,
  setBeforeExit,
  startSandbox,
  startWorkbench,
  stop,
  WORKBENCH_PORT,
} from "./local-servers.mjs";

const DEV_SERVER_PORT = 3000;
const DEV_SERVER_URL = `https://localhost:${DEV_SERVER_PORT}`;

const args = process.argv.slice(2);
const forceBrowser = args.includes("--browser");

async function startInBrowser(reason) {
  log(reason);
  const { pageUrl, sandboxUrl } = await startWorkbench({
    port: portOption(args, "port", WORKBENCH_PORT),
    sandboxPort: portOption(args, "sandbox-port", SANDBOX_PORT),
  });
  banner([
    "AdminPulse Permanent Data is running (outside Excel), in the workbench:",
    "the task pane beside a simulated workbook.",
    "",
    `Open in a browser:   ${pageUrl}`,
    `AdminPulse sandbox:  ${sandboxUrl}  (key sandbox-demo-token, preconfigured)`,
  ]);
}

async function startInExcel(debuggingCli) {
  const sandboxUrl = await startSandbox();
  log(`AdminPulse sandbox on ${sandboxUrl}; starting Excel with the add-in...`);
  const manifest = "manifest.xml";
  setBeforeExit(() => {
    log("office-addin-debugging stop (dev server, sideloading)...");
    spawnSync(process.execPath, [debuggingCli, "stop", manifest, "desktop"], { cwd: ROOT, stdio: "inherit" });
  });
  const result = spawnSync(
    process.execPath,
    [debuggingCli, "start", manifest, "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", String(DEV_SERVER_PORT)],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (result.status !== 0) {
    log(`office-addin-debugging start failed (${result.error?.message ?? `code ${result.status}`}).`);
    await stop(result.status || 1);
    return;
  }
  log(`Excel has the add-in on its Home tab. The dev server serves ${DEV_SERVER_URL}; Ctrl-C stops everything.`);
}

async function main() {
  const debuggingCli = resolveOptional("office-addin-debugging/lib/cli.js");
  const desktopExcel = process.platform === "win32" || process.platform === "darwin";
  if (forceBrowser) await startInBrowser("--browser: serving the add-in in the workbench.");
  else if (!desktopExcel) await startInBrowser(`Excel does not run on ${process.platform}: serving the add-in in the workbench.`);
  else if (!debuggingCli) await startInBrowser("office-addin-debugging is not installed: serving the add-in in the workbench.");
  else await startInExcel(debuggingCli);
}

main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : error}`);
  void stop(1);
});
