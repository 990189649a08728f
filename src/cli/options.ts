// The options every command-line tool that talks to AdminPulse shares: where the key is (only ever
// an environment variable's name), which address, which language; and parseArgs's complaints,
// said without echoing a value, since a stray value may be a key pasted on the command line.

import { DEFAULT_BASE_URL } from "../adminpulse/contract";
import { checkBaseUrl } from "../adminpulse/http";
import { LANGUAGES, type Language } from "../i18n/language";
import type { Output } from "./output-file";

/** The parseArgs declarations of the shared options. */
/** What a command's arguments come to: a run with its arguments, the help, or what is wrong with them. */
export type ParsedCommand<A> = { kind: "run"; args: A } | { kind: "help" } | { kind: "usage-error"; message: string };

/** What a command reads and writes besides its files: the environment (the key), its output, HTTP, the folder. */
export interface CommandIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  fetch?: typeof fetch;
  /** Relative paths are resolved against this (default process.cwd()). */
  cwd?: string;
}

/** Exit codes both commands share: help printed (0), arguments refused (2). */
export const EXIT_HELP = 0;
export const EXIT_USAGE = 2;

/** Parsed arguments to an exit code: the help, the usage error (with where to read more), or the run. */
export async function runCommand<A>(
  command: string,
  parsed: ParsedCommand<A>,
  usage: string,
  io: CommandIo,
  run: (args: A) => Promise<number>,
): Promise<number> {
  if (parsed.kind === "help") {
    io.stdout.write(`${usage}\n`);
    return EXIT_HELP;
  }
  if (parsed.kind === "usage-error") {
    io.stderr.write(`${command}: ${parsed.message}\nRun with --help for usage.\n`);
    return EXIT_USAGE;
  }
  return run(parsed.args);
}

export const CONNECTION_OPTIONS = {
  "token-env": { type: "string" },
  "api-base-url": { type: "string" },
  language: { type: "string" },
} as const;

export interface ConnectionArgs {
  tokenEnv: string;
  apiBaseUrl: string;
  language: Language;
}

/** The shared options checked (the pane's one address rule included), or what is wrong with them. */
export function connectionArgs(values: { "token-env"?: string; "api-base-url"?: string; language?: string }): ConnectionArgs | { problem: string } {
  const tokenEnv = values["token-env"]?.trim();
  if (!tokenEnv) return { problem: "--token-env VAR is required: the name of the environment variable holding the AdminPulse API key" };
  const language = (values.language ?? "en").trim().toLowerCase();
  if (!(LANGUAGES as readonly string[]).includes(language)) return { problem: `--language must be one of ${LANGUAGES.join(", ")}` };
  try {
    return { tokenEnv, language: language as Language, apiBaseUrl: checkBaseUrl(values["api-base-url"]?.trim() || DEFAULT_BASE_URL) };
  } catch (error) {
    return { problem: `--api-base-url: ${(error as Error).message}` };
  }
}

/** The key from the environment, or what to say when it is not there. */
export function tokenFromEnv(env: Readonly<Record<string, string | undefined>>, tokenEnv: string): { token: string } | { problem: string } {
  const token = env[tokenEnv]?.trim();
  return token ? { token } : { problem: `the environment variable ${tokenEnv} is not set or empty; put the AdminPulse API key in it` };
}

/** parseArgs's complaint, without echoing a stray value. `example` shows an option with its value. */
export function argumentProblem(error: unknown, example: string): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `unexpected argument: every value follows its option (e.g. ${example})`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && /'--token'/.test(message ?? "")) {
    return "there is no --token option: the API key is read only from the environment; use --token-env VAR";
  }
  return (message ?? "invalid arguments").split("\n")[0]!;
}
