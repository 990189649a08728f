// What the command-line tools share about their output: the streams they write to, and the one
// check of an --out path, made before any request so that nobody waits for work that cannot be saved.

import * as fs from "node:fs/promises";
import * as path from "node:path";

export interface Output {
  write(text: string): unknown;
}

/**
 * Why --out cannot be used, or null: its folder is missing or not a folder, it is a folder, or the
 * file exists and may not be replaced (`exists` says what to do instead).
 */
export async function outPathProblem(outPath: string, options: { replace: boolean; exists: string }): Promise<string | null> {
  const dir = path.dirname(outPath);
  try {
    if (!(await fs.stat(dir)).isDirectory()) return `the folder of --out is not a folder: ${dir}`;
  } catch {
    return `the folder of --out does not exist: ${dir}`;
  }
  const existing = await fs.stat(outPath).catch(() => null);
  if (existing?.isDirectory()) return `--out ${outPath} is a folder`;
  if (existing && !options.replace) return `--out ${outPath} already exists; ${options.exists}`;
  return null;
}
