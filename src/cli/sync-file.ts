// `npm run sync-file`: one sync from the command line, through the same sync code as the task
// pane, with the Excel simulator standing in for Excel and .xlsx files on either side. Node only:
// nothing in the add-in imports this, so it never reaches the webpack bundle.
//
// The input file is only read; the result goes to a temporary file next to --out and takes its
// name only once the sync succeeded, so a failed sync leaves no file behind.

import { CONNECTION_OPTIONS, type CommandIo, type ParsedCommand, argumentProblem, runCommand, connectionArgs, tokenFromEnv } from "./options";
import { outPathProblem } from "./output-file";
import { randomBytes } from "node:crypto";
import { constants as fsConstants } from "node:fs";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { createExcelSimulator } from "../../simulator";
import { createExcelSimulatorFromXlsx, exportXlsx } from "../../simulator/xlsx";
import { XLSX_LIMITS, XlsxRefusedError } from "../../simulator/xlsx-guard";
import { AdminPulseClient, type ClientOptions } from "../adminpulse";
import { DEFAULT_BASE_URL } from "../adminpulse/contract";
import { isAdminPulseError } from "../adminpulse/errors";
import type { Language } from "../i18n/language";
import { formatEnterpriseNumber } from "../identifiers/enterprise-number";
import { TABLES } from "../permanent-data/tables";
import { SyncError } from "../sync/errors";
import { type WorkbookLink, workbookLink } from "../sync/link";
import { type SyncSummary, sync } from "../sync/sync";
import { excelWorkbook } from "../workbook/port";
import { terminalSafe } from "./terminal-text";

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
  --auto                  an automatic sync: edited rows in conflict are left alone (default: a person's sync)
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

export type ParsedArgs = ParsedCommand<SyncFileArgs>;

export interface SyncFileIo extends CommandIo {
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
        ...CONNECTION_OPTIONS,
        "enterprise-number": { type: "string" },
        in: { type: "string" },
        out: { type: "string" },
        auto: { type: "boolean" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { kind: "usage-error", message: argumentProblem(error, "--out result.xlsx") };
  }
  if (values.help) return { kind: "help" };

  const connection = connectionArgs(values);
  if ("problem" in connection) return { kind: "usage-error", message: connection.problem };
  const out = values.out?.trim();
  if (!out) return { kind: "usage-error", message: "--out FILE is required" };
  const enterpriseNumber = values["enterprise-number"]?.trim() || null;
  const input = values.in?.trim() || null;
  if (!enterpriseNumber && !input) {
    return { kind: "usage-error", message: "--enterprise-number is required unless --in names a workbook already linked to a company" };
  }
  return {
    kind: "run",
    args: {
      ...connection,
      enterpriseNumber,
      in: input,
      out,
      auto: values.auto ?? false,
      force: values.force ?? false,
    },
  };
}

/** Parses, runs and reports; returns the exit code. */
export function syncFileMain(argv: readonly string[], io: SyncFileIo): Promise<number> {
  return runCommand("sync-file", parseSyncFileArgs(argv), USAGE, io, (args) => runSyncFile(args, io));
}

/** A problem with what was asked, found before anything is written: exit code 2. */
class UsageError extends Error {}
/** The result could not be saved (disk full, no permission…): exit code 1. */
class OutputError extends Error {}

/** Why a workbook's own link is not followed without --enterprise-number (sync/link.ts), or null. */
function linkRefusal(link: WorkbookLink): string | null {
  switch (link.kind) {
    case "linked":
    case "none":
      return null;
    case "misdirected":
      return link.reason === "very-hidden"
        ? "its PD_Identification table is on a very hidden sheet, which only a program can do"
        : "its name PD_EnterpriseNumber does not point at the enterprise-number cell of PD_Identification";
    case "first":
      return `no sync of this workbook recorded the number ${formatEnterpriseNumber(link.enterpriseNumber)} it shows (a new workbook, or one synced by an older version)`;
    case "relinked":
      return `its enterprise number changed from ${formatEnterpriseNumber(link.previous)} to ${formatEnterpriseNumber(link.enterpriseNumber)} since its last sync`;
  }
}

/** Sync errors that mean the arguments were wrong rather than the sync failing. */
const USAGE_KINDS: ReadonlySet<string> = new Set([
  "no-enterprise-number",
  "invalid-enterprise-number",
  "linked-to-another-company",
  "link-misdirected",
  "link-not-confirmed",
]);

export async function runSyncFile(args: SyncFileArgs, io: SyncFileIo): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`sync-file: ${message}\n`);
    return EXIT_USAGE;
  };

  const key = tokenFromEnv(io.env, args.tokenEnv);
  if ("problem" in key) return usage(key.problem);
  const token = key.token;

  const cwd = io.cwd ?? process.cwd();
  const inPath = args.in ? path.resolve(cwd, args.in) : null;
  const outPath = path.resolve(cwd, args.out);

  let inBytes: Uint8Array | null = null;
  if (inPath) {
    try {
      // A zip is never larger than what it holds: a file over the unzipped limit is refused unread.
      const { size } = await fs.stat(inPath);
      if (size > XLSX_LIMITS.maxTotalBytes) {
        return usage(
          `--in ${inPath} was refused: the file is ${Math.ceil(size / 1024 / 1024)} MB, more than the ${XLSX_LIMITS.maxTotalBytes / 1024 / 1024} MB a workbook's permanent data needs. Nothing was written.`,
        );
      }
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
    const workbook = excelWorkbook(sim.run);
    // A client's workbook is untrusted: without --enterprise-number, only a link the add-in made
    // and recorded is followed (sync/link.ts), never a name re-pointed at another company's number.
    if (!args.enterpriseNumber) {
      const refusal = linkRefusal(workbookLink(await workbook.read()));
      if (refusal)
        throw new UsageError(`--in ${inPath}: ${refusal}; nothing was written. If this workbook is the client's, pass --enterprise-number explicitly.`);
    }
    const summary = await sync({
      workbook,
      client,
      language: args.language,
      startedBy: args.auto ? "event" : "person",
      enterpriseNumber: args.enterpriseNumber ?? undefined,
      acceptLink: args.enterpriseNumber ? undefined : (link) => link.kind === "linked",
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

/** Client files are untrusted: simulator/xlsx-guard.ts refuses, before exceljs reads them, the ones that could exhaust memory. */
async function openWorkbook(bytes: Uint8Array, inPath: string) {
  try {
    return await createExcelSimulatorFromXlsx(bytes);
  } catch (error) {
    if (error instanceof XlsxRefusedError) throw new UsageError(`--in ${inPath} was refused: ${error.message}. Nothing was written.`);
    throw new UsageError(`--in ${inPath} is not an .xlsx workbook that can be read`);
  }
}

/** Why --out cannot be used, or null. Checked before syncing so nobody waits for a sync that cannot be saved. */
async function checkOutPath(inPath: string | null, outPath: string, force: boolean): Promise<string | null> {
  if (inPath && (await samePath(inPath, outPath))) return `--out must not be the input file (${inPath}): the input is never overwritten; choose another name`;
  return outPathProblem(outPath, { replace: force, exists: "add --force to overwrite it" });
}

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
 *
 * The workbook holds a client's data: only its owner may read it (0600). The mode is given when
 * the file is created, so it is never readable by others even for a moment; that mode passes
 * through the umask, which can only take bits away (a umask of 0200 would leave 0400), so an
 * explicit chmod makes it exactly 0600. Rename and link keep the file, and so its mode, also over
 * an existing file with --force; copyFile gives the copy the source's mode.
 */
async function writeNewFile(outPath: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const tmp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const cannotWrite = (error: unknown) => new OutputError(`cannot write --out ${outPath}: ${describeFsError(error)}. Nothing was written.`);
  try {
    const file = await fs.open(tmp, "wx", 0o600);
    try {
      await file.chmod(0o600);
      await file.writeFile(bytes);
    } finally {
      await file.close();
    }
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
    ["Mode", summary.startedBy === "event" ? "automatic" : "manual"],
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
  // Names, link types and links come from AdminPulse, where anyone may type escape sequences.
  const lines = rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${terminalSafe(value)}`);
  for (const conflict of summary.conflicts) {
    const columns = conflict.cells.map((c) => c.column).join(", ");
    lines.push(`  conflict in ${TABLES[conflict.table].name}, ${terminalSafe(conflict.link)} (${terminalSafe(columns)}): ${OUTCOMES[conflict.outcome]}`);
  }
  lines.push(`Written to ${outPath}`);
  return `${lines.join("\n")}\n`;
}

const OUTCOMES: Record<SyncSummary["conflicts"][number]["outcome"], string> = {
  "left-alone": "your edit was kept, AdminPulse's value not taken",
  "took-adminpulse": "AdminPulse's values taken",
  "kept-mine": "your values kept, the row still linked to AdminPulse",
  "made-manual": "made a manual row",
};

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known: Record<string, string> = {
    ENOENT: "no such file or folder",
    EISDIR: "it is a folder",
    EACCES: "permission denied",
    EPERM: "not permitted",
    ENOSPC: "the disk is full",
    EROFS: "read-only file system",
  };
  return (code && known[code]) ?? code ?? "failed";
}
