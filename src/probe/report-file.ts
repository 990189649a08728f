// The report file: never written over an existing file. The name is checked before any request
// (nobody waits for a probe whose report cannot be saved), and the file is created exclusively,
// so a file that appeared meanwhile is not replaced either.

import * as fs from "node:fs/promises";
import { outPathProblem } from "../cli/output-file";

/** The file exists: refused, as sync-file refuses an existing --out without --force (exit 2). */
export class ReportExistsError extends Error {}

/** Why the report cannot be written at `outPath`, or null. */
export function checkReportPath(outPath: string): Promise<string | null> {
  return outPathProblem(outPath, { replace: false, exists: "the probe never overwrites a file: choose another name" });
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
