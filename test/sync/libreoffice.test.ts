// A synced workbook opens outside our own reader: LibreOffice converts it to PDF. Skipped where
// LibreOffice is not installed.

import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { SANDBOX_DEMO_TOKEN, SEED_COMPANIES } from "../../sandbox/seed";
import { createExcelSimulator } from "../../simulator";
import { exportXlsx } from "../../simulator/xlsx";
import { sync } from "../../src/sync/sync";
import { excelWorkbook } from "../../src/workbook/port";
import { type Running, startSandbox } from "../support/sandbox";

const office = ["libreoffice", "soffice"].find((command) => {
  try {
    execFileSync("which", [command], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});
const describeWithOffice = office === undefined ? describe.skip : describe;

describeWithOffice("a synced workbook in LibreOffice", () => {
  let running: Running;
  let dir: string;

  beforeAll(async () => {
    running = await startSandbox(); // the demo seed
  });
  afterAll(async () => {
    await running.sandbox.close();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sync-libreoffice-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["saBoard", SEED_COMPANIES.saBoard],
    ["auditorFirm", SEED_COMPANIES.auditorFirm],
  ])(
    "converts %s to PDF",
    async (name, enterpriseNumber) => {
      const sim = createExcelSimulator();
      const summary = await sync({
        workbook: excelWorkbook(sim.run),
        client: running.client({ token: SANDBOX_DEMO_TOKEN }),
        language: "fr",
        startedBy: "person",
        enterpriseNumber,
      });
      expect(summary.added).toBeGreaterThan(0);
      const file = join(dir, `${name}.xlsx`);
      writeFileSync(file, await exportXlsx(sim));

      // A profile of its own: two LibreOffice runs sharing one wait for each other or fail.
      const profile = pathToFileURL(join(dir, "profile")).href;
      await new Promise<void>((resolve, reject) => {
        execFile(
          office!,
          ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", "pdf", "--outdir", dir, file],
          { timeout: 55_000 },
          (error) => (error ? reject(error) : resolve()),
        );
      });
      const pdf = join(dir, `${name}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 4).toString("latin1")).toBe("%PDF");
    },
    60_000,
  );
});
