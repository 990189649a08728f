// `npm run sync-file`: one sync from the command line, through the same sync code as the task
// pane, with the Excel simulator standing in for Excel and .xlsx files on either side. Node only:
// nothing in the add-in imports this, so it never reaches the webpack bundle.
//
// The input file is only read; the result goes to a temporary file next to --out and takes its
// name only once the sync succeeded, so a failed sync leaves no file behind.

import { randomBytes } from "node:crypto";
import { constants as fsConstants } from "node:fs";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { createExcelSimulator } from "../../simulator";
import { createExcelSimulatorFromXlsx, exportXlsx } from "../../simulator/xlsx";
import { AdminPulseClient, type ClientOptions } from "../adminpulse";
import { DEFAULT_BASE_URL } from "../adminpulse/contract";
import { isAdminPulseError } from "../adminpulse/errors";
import { checkBaseUrl } from "../adminpulse/http";
import { LANGUAGES, type Language } from "../i18n/language";
import { formatEnterpriseNumber } from "../identifiers/enterprise-number";
import { TABLES } from "../permanent-data/tables";
import { SyncError } from "../sync/errors";
import { type SyncSummary, excelWorkbook, sync } from "../sync/sync";

export const EXIT_OK = 0;
export const EXIT_SYNC_FAILED = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage: npm run sync-file -- --token-env VAR --out result.xlsx [options]

Syncs one company's AdminPulse permanent data into an .xlsx workbook, with the same code as the
Excel add-in. The input workbook is never changed; the result is written to a new file.

  --enterprise-number N   the company, e.g. 0123.456.749 (optional when --in is already linked)
  --in FILE               an existing workbook to sync (its manual rows and edits are kept)
  --out FILE              where to write the result (required; never the same file as --in)
  --force                 overwrite --out if it exists
  --token-env VAR         name of the environment variable holding the AdminPulse API key
  --api-base-url URL      AdminPulse address (default ${DEFAULT_BASE_URL})
  --language fr|nl|en     language of headers and messages (default en)
  --auto                  automatic sync: edited rows in conflict are left alone (default: manual)
  -h, --help              this text

Exit codes: 0 synced, 1 the sync failed (nothing written), 2 usage error.
The API key is read only from the environment, never from the command line.`;

export interface SyncFileArgs {
  enterpriseNumber: string | null;
  apiBaseUrl: string;
  tokenEnv: string;
  in: string | null;
  out: string;
  language: Language;
  auto: boolean;
  force: boolean;
}

export type ParsedArgs = { kind: "run"; args: SyncFileArgs } | { kind: "help" } | { kind: "usage-error"; message: string };

export interface Output {
  write(text: string): unknown;
}

export interface SyncFileIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  fetch?: typeof fetch;
  /** Relative paths are resolved against this (default process.cwd()). */
  cwd?: string;
  /** Passed to the AdminPulse client, e.g. shorter retries in tests. */
  client?: Omit<ClientOptions, "token" | "baseUrl" | "fetch">;
}

export function parseSyncFileArgs(argv: readonly string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        "enterprise-number": { type: "string" },
        "api-base-url": { type: "string" },
        "token-env": { type: "string" },
        in: { type: "string" },
        out: { type: "string" },
        language: { type: "string" },
        auto: { type: "boolean" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { kind: "usage-error", message: argumentProblem(error) };
  }
  if (values.help) return { kind: "help" };

  const tokenEnv = values["token-env"]?.trim();
  if (!tokenEnv) return { kind: "usage-error", message: "--token-env VAR is required: the name of the environment variable holding the AdminPulse API key" };
  const out = values.out?.trim();
  if (!out) return { kind: "usage-error", message: "--out FILE is required" };
  const language = (values.language ?? "en").trim().toLowerCase();
  if (!(LANGUAGES as readonly string[]).includes(language)) {
    return { kind: "usage-error", message: `--language must be one of ${LANGUAGES.join(", ")}` };
  }
  const apiBaseUrl = values["api-base-url"]?.trim() || DEFAULT_BASE_URL;
  try {
    checkBaseUrl(apiBaseUrl);
  } catch (error) {
    return { kind: "usage-error", message: `--api-base-url: ${(error as Error).message}` };
  }
  const enterpriseNumber = values["enterprise-number"]?.trim() || null;
  const input = values.in?.trim() || null;
  if (!enterpriseNumber && !input) {
    return { kind: "usage-error", message: "--enterprise-number is required unless --in names a workbook already linked to a company" };
  }
  return {
    kind: "run",
    args: {
      enterpriseNumber,
      apiBaseUrl,
      tokenEnv,
      in: input,
      out,
      language: language as Language,
      auto: values.auto ?? false,
      force: values.force ?? false,
    },
  };
}

/** Parses, runs and reports; returns the exit code. */
export async function syncFileMain(argv: readonly string[], io: SyncFileIo): Promise<number> {
  const parsed = parseSyncFileArgs(argv);
  if (parsed.kind === "help") {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (parsed.kind === "usage-error") {
    io.stderr.write(`sync-file: ${parsed.message}\nRun with --help for usage.\n`);
    return EXIT_USAGE;
  }
  return runSyncFile(parsed.args, io);
}

/** A problem with what was asked, found before anything is written: exit code 2. */
class UsageError extends Error {}
/** The result could not be saved (disk full, no permission…): exit code 1. */
class OutputError extends Error {}

/** Sync errors that mean the arguments were wrong rather than the sync failing. */
const USAGE_KINDS: ReadonlySet<string> = new Set(["no-enterprise-number", "invalid-enterprise-number", "linked-to-another-company"]);

export async function runSyncFile(args: SyncFileArgs, io: SyncFileIo): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`sync-file: ${message}\n`);
    return EXIT_USAGE;
  };

  const token = io.env[args.tokenEnv]?.trim();
  if (!token) return usage(`the environment variable ${args.tokenEnv} is not set or empty; put the AdminPulse API key in it`);

  const cwd = io.cwd ?? process.cwd();
  const inPath = args.in ? path.resolve(cwd, args.in) : null;
  const outPath = path.resolve(cwd, args.out);

  let inBytes: Uint8Array | null = null;
  if (inPath) {
    try {
      inBytes = new Uint8Array(await fs.readFile(inPath));
    } catch (error) {
      return usage(`cannot read --in ${inPath}: ${describeFsError(error)}`);
    }
  }
  const outCheck = await checkOutPath(inPath, outPath, args.force);
  if (outCheck) return usage(outCheck);

  try {
    const sim = inBytes ? await openWorkbook(inBytes, inPath!) : createExcelSimulator();
    const client = new AdminPulseClient({ ...io.client, token, baseUrl: args.apiBaseUrl, fetch: io.fetch });
    const summary = await sync({
      workbook: excelWorkbook(sim.run),
      client,
      language: args.language,
      mode: args.auto ? "automatic" : "manual",
      enterpriseNumber: args.enterpriseNumber ?? undefined,
    });
    const bytes = await exportXlsx(sim);
    await writeNewFile(outPath, bytes, args.force);
    io.stdout.write(formatSummary(summary, outPath));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    if (error instanceof OutputError) {
      io.stderr.write(`sync-file: ${error.message}\n`);
      return EXIT_SYNC_FAILED;
    }
    if (error instanceof SyncError) {
      io.stderr.write(`${error.userMessage[args.language]}\n`);
      return USAGE_KINDS.has(error.kind) ? EXIT_USAGE : EXIT_SYNC_FAILED;
    }
    if (isAdminPulseError(error)) {
      io.stderr.write(`${error.userMessage[args.language]}\n`);
      return EXIT_SYNC_FAILED;
    }
    // Anything else: no details, which could quote a request and with it the key. Nothing was written.
    io.stderr.write(`sync-file: the sync failed unexpectedly (${errorName(error)}). Nothing was written.\n`);
    return EXIT_SYNC_FAILED;
  }
}

async function openWorkbook(bytes: Uint8Array, inPath: string) {
  try {
    return await createExcelSimulatorFromXlsx(bytes);
  } catch {
    throw new UsageError(`--in ${inPath} is not an .xlsx workbook that can be read`);
  }
}

/** Why --out cannot be used, or null. Checked before syncing so nobody waits for a sync that cannot be saved. */
async function checkOutPath(inPath: string | null, outPath: string, force: boolean): Promise<string | null> {
  if (inPath && (await samePath(inPath, outPath))) return `--out must not be the input file (${inPath}): the input is never overwritten; choose another name`;
  const dir = path.dirname(outPath);
  try {
    if (!(await fs.stat(dir)).isDirectory()) return `the folder of --out is not a folder: ${dir}`;
  } catch {
    return `the folder of --out does not exist: ${dir}`;
  }
  const existing = await fs.stat(outPath).catch(() => null);
  if (existing?.isDirectory()) return `--out ${outPath} is a folder`;
  if (existing && !force) return `--out ${outPath} already exists; add --force to overwrite it`;
  return null;
}

/** Same file, also through symbolic or hard links. */
async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  if (sa && sb && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  const real = async (p: string) => path.join(await fs.realpath(path.dirname(p)).catch(() => path.dirname(p)), path.basename(p));
  return (await real(a)) === (await real(b));
}

/**
 * Writes a temporary file next to the target, then gives it the target's name: a crash or a full
 * disk never leaves a half-written workbook under --out. Without --force the final step is a hard
 * link, which fails if the name was taken meanwhile, instead of a rename, which would replace it.
 */
async function writeNewFile(outPath: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const tmp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const cannotWrite = (error: unknown) => new OutputError(`cannot write --out ${outPath}: ${describeFsError(error)}. Nothing was written.`);
  try {
    await fs.writeFile(tmp, bytes, { flag: "wx" });
    if (force) {
      await fs.rename(tmp, outPath);
      return;
    }
    try {
      await fs.link(tmp, outPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UsageError(`--out ${outPath} already exists; add --force to overwrite it`);
      // File systems without hard links: an exclusive copy still never replaces a file.
      await fs.copyFile(tmp, outPath, fsConstants.COPYFILE_EXCL);
    }
  } catch (error) {
    throw error instanceof UsageError ? error : cannotWrite(error);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

export function formatSummary(summary: SyncSummary, outPath: string): string {
  const unknown = Object.entries(summary.unknownLinkTypes);
  const rows: Array<[string, string]> = [
    ["Company", summary.companyName],
    ["Enterprise number", formatEnterpriseNumber(summary.enterpriseNumber)],
    ["Mode", summary.mode],
    ["Added", String(summary.added)],
    ["Updated", String(summary.updated)],
    ["Removed", String(summary.removed)],
    ["Kept manual", String(summary.keptManual)],
    ["Kept edited", String(summary.keptEdited)],
    ["Conflicts", String(summary.conflicts.length)],
    ["Duplicates", String(summary.duplicates)],
    ["Missing relations", String(summary.missingRelations)],
    ["Unknown link types", unknown.length ? unknown.map(([code, n]) => `${code} (${n}×)`).join(", ") : "none"],
    ["Duration", `${(summary.durationMs / 1000).toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`);
  for (const conflict of summary.conflicts) {
    const columns = conflict.cells.map((c) => c.column).join(", ");
    lines.push(`  conflict in ${TABLES[conflict.table].name}, ${conflict.link} (${columns}): ${OUTCOMES[conflict.outcome]}`);
  }
  lines.push(`Written to ${outPath}`);
  return `${lines.join("\n")}\n`;
}

const OUTCOMES: Record<SyncSummary["conflicts"][number]["outcome"], string> = {
  "left-alone": "your edit was kept, AdminPulse's value not taken",
  "took-adminpulse": "AdminPulse's values taken",
  "made-manual": "made a manual row",
};

/** parseArgs's complaint, without echoing a stray value: it may be a key pasted on the command line. */
function argumentProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return "unexpected argument: every value follows its option (e.g. --out result.xlsx)";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && /'--token'/.test(message ?? "")) {
    return "there is no --token option: the API key is read only from the environment; use --token-env VAR";
  }
  return (message ?? "invalid arguments").split("\n")[0]!;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known: Record<string, string> = { ENOENT: "no such file or folder", EISDIR: "it is a folder", EACCES: "permission denied", EPERM: "not permitted", ENOSPC: "the disk is full", EROFS: "read-only file system" };
  return (code && known[code]) ?? code ?? "failed";
}
