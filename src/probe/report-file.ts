// The report file: never written over an existing file. The name is checked before any request
// (nobody waits for a probe whose report cannot be saved), and the file is created exclusively,
// so a file that appeared meanwhile is not replaced either.

import * as fs from "node:fs/promises";
import * as path from "node:path";

/** The file exists: refused, as sync-file refuses an existing --out without --force (exit 2). */
export class ReportExistsError extends Error {}

/** Why the report cannot be written at `outPath`, or null. */
export async function checkReportPath(outPath: string): Promise<string | null> {
  const dir = path.dirname(outPath);
  try {
    if (!(await fs.stat(dir)).isDirectory()) return `the folder of --out is not a folder: ${dir}`;
  } catch {
    return `the folder of --out does not exist: ${dir}`;
  }
  const existing = await fs.stat(outPath).catch(() => null);
  if (existing?.isDirectory()) return `--out ${outPath} is a folder`;
  if (existing) return `--out ${outPath} already exists; the probe never overwrites a file: choose another name`;
  return null;
}

/** Creates `outPath` with `text`; ReportExistsError when the name is taken. A failed write leaves no file. */
export async function writeReport(outPath: string, text: string): Promise<void> {
  let file: fs.FileHandle;
  try {
    file = await fs.open(outPath, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new ReportExistsError(`--out ${outPath} already exists; the probe never overwrites a file: choose another name`);
    }
    throw error;
  }
  try {
    await file.writeFile(text, "utf8");
    await file.close();
  } catch (error) {
    await file.close().catch(() => undefined);
    await fs.rm(outPath, { force: true });
    throw error;
  }
}
