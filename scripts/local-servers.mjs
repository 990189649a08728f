// Shared by `npm start` (start.mjs) and `npm run workbench` (workbench.mjs): children started from
// this repo's node_modules with the running Node, without a shell, so that they can be stopped by
// process id on every platform; the AdminPulse sandbox; the workbench's dev server.
//
// Ctrl-C (SIGINT), SIGTERM and SIGHUP stop every child (and what it started) once, then exit.

import { spawn, spawnSync } from "node:child_process";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const require = createRequire(join(ROOT, "package.json"));

export const SANDBOX_PORT = 3100;
/** The workbench's own port: not the add-in's https dev server (3000), so both can run. */
export const WORKBENCH_PORT = 3001;
const SANDBOX_READY = /listening on (\S+)/;
export const READY_TIMEOUT_MS = 180_000;

const isWindows = process.platform === "win32";

/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set();
let stopping = false;
let prefix = "[start]";

export function setLogPrefix(name) {
  prefix = `[${name}]`;
}

export function log(message) {
  console.log(`${prefix} ${message}`);
}

export function isStopping() {
  return stopping;
}

export function resolveOptional(request) {
  try {
    return require.resolve(request);
  } catch {
    return undefined;
  }
}

/** Prefixes each line a child prints, and calls onLine for each. */
function pipeLines(stream, linePrefix, target, onLine) {
  let buffer = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline).replace(/\r$/, "");
      buffer = buffer.slice(newline + 1);
      target.write(`${linePrefix} ${line}\n`);
      onLine?.(line);
    }
  });
  stream.on("end", () => {
    if (buffer) target.write(`${linePrefix} ${buffer}\n`);
  });
}

/**
 * Starts `node <script> ...args` as a child. On POSIX it gets its own process group, so that
 * Ctrl-C reaches only this script, which then stops each child (and what it started) once.
 */
export function startChild(name, script, args, onLine) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    detached: !isWindows,
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "1" },
  });
  children.add(child);
  const linePrefix = `[${name}]`;
  pipeLines(child.stdout, linePrefix, process.stdout, onLine);
  pipeLines(child.stderr, linePrefix, process.stderr, onLine);
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

/** Runs once, after the children stopped and before the process exits. */
export function setBeforeExit(callback) {
  beforeExit = callback;
}

export async function stop(code = 0) {
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

/** Starts the AdminPulse sandbox (sandbox/cli.ts); resolves with its base URL once it listens. */
export function startSandbox(port = SANDBOX_PORT) {
  const tsx = require.resolve("tsx/cli");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox did not say it was listening within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    const child = startChild("sandbox", tsx, ["sandbox/cli.ts", "--port", String(port)], (line) => {
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

/** Resolves when `url` answers 200 (any certificate); a dev server answers once it compiled. */
export function waitForPage(url) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const get = url.startsWith("https:") ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (stopping) return;
      const req = get(url, { rejectUnauthorized: false, timeout: 60_000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on("error", retry);
      req.on("timeout", () => req.destroy());
    };
    const retry = () => {
      if (Date.now() > deadline) reject(new Error(`${url} did not answer within ${READY_TIMEOUT_MS / 1000} s`));
      else setTimeout(attempt, 1_000);
    };
    attempt();
  });
}

export function webpackCli() {
  return join(dirname(require.resolve("webpack-cli/package.json")), "bin", "cli.js");
}

/**
 * The workbench: the sandbox, then webpack's dev server over plain http on localhost (no
 * certificate for a local page), told the sandbox's address (`--env workbenchApi=`), which the
 * page suggests to the pane with the sandbox's demo key. Resolves once the page answers.
 */
export async function startWorkbench({ port = WORKBENCH_PORT, sandboxPort = SANDBOX_PORT } = {}) {
  const sandboxUrl = await startSandbox(sandboxPort);
  startChild("workbench", webpackCli(), ["serve", "--mode", "development", "--env", "http", "--env", `workbenchApi=${sandboxUrl}`, "--port", String(port)]);
  const pageUrl = `http://localhost:${port}/workbench.html`;
  log(`AdminPulse sandbox on ${sandboxUrl}; building the workbench (the first build takes a while)...`);
  await waitForPage(pageUrl);
  return { pageUrl, sandboxUrl };
}

/** The box printed once everything runs. */
export function banner(lines) {
  const rule = "─".repeat(72);
  console.log(["", rule, ...lines.map((l) => (l ? `  ${l}` : "")), "", "  Press Ctrl-C to stop.", rule, ""].join("\n"));
}

/** Parses `--name value` / `--name=value` port options; exits with a message on a bad value. */
export function portOption(args, name, fallback) {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const raw = args[i].includes("=") ? args[i].slice(args[i].indexOf("=") + 1) : args[i + 1];
  const port = Number(raw);
  if (raw === undefined || !Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`--${name} needs a port number (0-65535), got ${raw === undefined ? "nothing" : `"${raw}"`}`);
    process.exit(2);
  }
  return port;
}
