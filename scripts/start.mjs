#!/usr/bin/env node
// `npm start`: run the add-in locally.
//
// - Windows and macOS with office-addin-debugging installed: start the AdminPulse sandbox, then
//   `office-addin-debugging start`, which starts the dev server (`npm run dev-server`) and
//   sideloads manifest.xml into desktop Excel. Ctrl-C stops the sandbox and runs
//   `office-addin-debugging stop` (dev server, sideloading).
// - Elsewhere (Linux, where Excel does not run, or without office-addin-debugging), and with
//   `npm start -- --browser`: start the sandbox and the webpack dev server, and print the page to
//   open in a browser. This is where the workbench (the task pane next to a simulated workbook)
//   will be served, and the URL printed below will become the workbench's.
//   Ctrl-C stops both.
//
// Children are started from this repo's node_modules with the running Node, without a shell, so
// that they can be stopped by process id on every platform.

import { spawn, spawnSync } from "node:child_process";
import { get } from "node:https";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "package.json"));

const SANDBOX_PORT = 3100;
const DEV_SERVER_PORT = 3000;
const DEV_SERVER_URL = `https://localhost:${DEV_SERVER_PORT}`;
const PAGE_URL = `${DEV_SERVER_URL}/taskpane.html`;
const SANDBOX_READY = /listening on (\S+)/;
const READY_TIMEOUT_MS = 180_000;

const isWindows = process.platform === "win32";
const forceBrowser = process.argv.includes("--browser");

/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set();
let stopping = false;

function log(message) {
  console.log(`[start] ${message}`);
}

function resolveOptional(request) {
  try {
    return require.resolve(request);
  } catch {
    return undefined;
  }
}

/** Prefixes each line a child prints, and calls onLine for each. */
function pipeLines(stream, prefix, target, onLine) {
  let buffer = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline).replace(/\r$/, "");
      buffer = buffer.slice(newline + 1);
      target.write(`${prefix} ${line}\n`);
      onLine?.(line);
    }
  });
  stream.on("end", () => {
    if (buffer) target.write(`${prefix} ${buffer}\n`);
  });
}

/**
 * Starts `node <script> ...args` as a child. On POSIX it gets its own process group, so that
 * Ctrl-C reaches only this script, which then stops each child (and what it started) once.
 */
function startChild(name, script, args, onLine) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    detached: !isWindows,
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "1" },
  });
  children.add(child);
  const prefix = `[${name}]`;
  pipeLines(child.stdout, prefix, process.stdout, onLine);
  pipeLines(child.stderr, prefix, process.stderr, onLine);
  // "close", not "exit": the child's last output has been printed by then.
  child.on("close", (code, signal) => {
    children.delete(child);
    if (!stopping) {
      log(`${name} exited (${signal ?? `code ${code}`}); stopping.`);
      void stop(code || 1);
    }
  });
  return child;
}

/** Stops a child and everything it started, by its process id. */
function terminate(child) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    if (isWindows) spawnSync("taskkill", ["/pid", String(child.pid), "/t", "/f"], { stdio: "ignore" });
    else process.kill(-child.pid, "SIGTERM"); // the child's own process group
  } catch {
    // already gone
  }
}

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        if (!isWindows && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      resolve();
    }, ms);
    child.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** @type {(() => void) | undefined} */
let beforeExit;

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const running = [...children];
  running.forEach(terminate);
  await Promise.all(running.map((c) => waitForExit(c, 5_000)));
  beforeExit?.();
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (!stopping) log("stopping...");
    void stop(0);
  });
}

function startSandbox() {
  const tsx = require.resolve("tsx/cli");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the sandbox did not say it was listening within ${READY_TIMEOUT_MS / 1000} s`)),
      READY_TIMEOUT_MS,
    );
    const child = startChild("sandbox", tsx, ["sandbox/cli.ts", "--port", String(SANDBOX_PORT)], (line) => {
      const m = SANDBOX_READY.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("close", () => {
      clearTimeout(timer);
      reject(new Error("the sandbox exited before listening"));
    });
  });
}

/** Resolves when the dev server answers the task pane page (any certificate). */
function waitForDevServer() {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (stopping) return;
      const req = get(PAGE_URL, { rejectUnauthorized: false, timeout: 5_000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on("error", retry);
      req.on("timeout", () => req.destroy());
    };
    const retry = () => {
      if (Date.now() > deadline) reject(new Error(`${PAGE_URL} did not answer within ${READY_TIMEOUT_MS / 1000} s`));
      else setTimeout(attempt, 1_000);
    };
    attempt();
  });
}

async function startInBrowser(reason) {
  log(reason);
  const sandboxUrl = await startSandbox();
  const webpackCli = join(dirname(require.resolve("webpack-cli/package.json")), "bin", "cli.js");
  startChild("dev-server", webpackCli, ["serve", "--mode", "development"]);
  await waitForDevServer();
  const rule = "─".repeat(72);
  console.log(
    [
      "",
      rule,
      "  AdminPulse Permanent Data is running (outside Excel).",
      "",
      `  Open in a browser:   ${PAGE_URL}`,
      "                       (accept the certificate warning if the browser shows one)",
      `  AdminPulse sandbox:  ${sandboxUrl}`,
      "",
      "  Press Ctrl-C to stop.",
      rule,
      "",
    ].join("\n"),
  );
}

async function startInExcel(debuggingCli) {
  const sandboxUrl = await startSandbox();
  log(`AdminPulse sandbox on ${sandboxUrl}; starting Excel with the add-in...`);
  const manifest = "manifest.xml";
  beforeExit = () => {
    log("office-addin-debugging stop (dev server, sideloading)...");
    spawnSync(process.execPath, [debuggingCli, "stop", manifest, "desktop"], { cwd: ROOT, stdio: "inherit" });
  };
  const result = spawnSync(
    process.execPath,
    [
      debuggingCli,
      "start",
      manifest,
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      String(DEV_SERVER_PORT),
    ],
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
  if (forceBrowser) await startInBrowser("--browser: serving the add-in for a browser.");
  else if (!desktopExcel) await startInBrowser(`Excel does not run on ${process.platform}: serving the add-in for a browser.`);
  else if (!debuggingCli) await startInBrowser("office-addin-debugging is not installed: serving the add-in for a browser.");
  else await startInExcel(debuggingCli);
}

main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : error}`);
  void stop(1);
});
