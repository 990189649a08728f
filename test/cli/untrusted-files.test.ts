// `npm run sync-file -- --in client.xlsx`: offices run it over workbooks their clients sent, so
// each hostile file must end in a clear message with nothing written, or sync, within bounded
// memory and time. Each run happens in a process of its own (measured-sync-file.ts), with a heap
// limit, so that its peak memory can be read and a run that needs too much crashes the test.

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { createExcelSimulator } from "../../simulator";
import { importXlsx } from "../../simulator/xlsx";
import { XLSX_LIMITS, type XlsxRefusal, XlsxRefusedError } from "../../simulator/xlsx-guard";
import { EXIT_OK, EXIT_USAGE, syncFileMain } from "../../src/cli/sync-file";
import { ACME, TOKEN, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { bombSheet, entityBombSheet, entry, honestXlsx, ledgerSheet, noise, sheetXml, sparseXfdSheet, withParts, withSheet1, zipOf } from "./hostile-xlsx";

const ENV_VAR = "UNTRUSTED_FILES_TEST_KEY";
const REPO = resolve(__dirname, "../..");
const MEASURED = join(__dirname, "measured-sync-file.ts");
/**
 * Guards, not benchmarks, with room for a loaded CI machine (a refusal measured 110-280 MB, the
 * bombs 2.2 GB before the guard): well under the 1 GB the issue allows, far from what they were.
 */
const HEAP_LIMIT_MB = 768;
const REFUSED_PEAK_MB = 400;
const SYNCED_PEAK_MB = 600;
const MAX_MS = 20_000;
const GB = 2 ** 30;

let running: Running;
let dir: string;
/** A workbook with the permanent data of ACME, as a first sync writes it. */
let permanentData: Buffer;
let honest: Uint8Array;

beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
  dir = mkdtempSync(join(tmpdir(), "untrusted-"));
  const quiet = { write: () => true };
  const code = await syncFileMain(["--api-base-url", running.url, "--token-env", ENV_VAR, "--enterprise-number", ACME.number, "--out", join(dir, "pd.xlsx")], {
    env: { [ENV_VAR]: TOKEN },
    stdout: quiet,
    stderr: quiet,
  });
  expect(code).toBe(EXIT_OK);
  permanentData = readFileSync(join(dir, "pd.xlsx"));
  honest = await honestXlsx();
});
afterAll(async () => {
  await running.sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Measured {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  peakRssMb: number;
  files: string[];
}

/** Runs sync-file over the bytes as --in, in a child process, and reports what it did and cost. */
async function measured(name: string, bytes: Uint8Array): Promise<Measured> {
  const run = mkdtempSync(join(dir, `${name}-`));
  const input = join(run, "in.xlsx");
  writeFileSync(input, bytes);
  const argv = ["--api-base-url", running.url, "--token-env", ENV_VAR, "--enterprise-number", ACME.number, "--in", input, "--out", join(run, "out.xlsx")];
  // Asynchronous: the sandbox answers from this process while the child runs.
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [`--max-old-space-size=${HEAP_LIMIT_MB}`, "--import", "tsx", MEASURED, ...argv],
      { cwd: REPO, env: { ...process.env, [ENV_VAR]: TOKEN }, timeout: 60_000 },
      (_error, out, err) => done({ stdout: out, stderr: err }),
    );
  });
  let result: Omit<Measured, "files">;
  try {
    result = JSON.parse(stdout);
  } catch {
    throw new Error(`the sync-file process ended without a result (out of memory?): ${stderr.slice(-2000)}`);
  }
  return { ...result, files: readdirSync(run).sort() };
}

function expectRefused(result: Measured, message: RegExp): void {
  expect(result.stderr).toMatch(/^sync-file: --in \S+in\.xlsx was refused: /);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/\. Nothing was written\.\n$/);
  expect(result.code).toBe(EXIT_USAGE);
  expect(result.stdout).toBe("");
  expect(result.files).toEqual(["in.xlsx"]);
  expect(result.peakRssMb).toBeLessThan(REFUSED_PEAK_MB);
  expect(result.ms).toBeLessThan(MAX_MS);
}

function expectSynced(result: Measured): void {
  expect(result.stderr).toBe("");
  expect(result.code).toBe(EXIT_OK);
  expect(result.stdout).toMatch(/Written to \S+out\.xlsx/);
  expect(result.files).toEqual(["in.xlsx", "out.xlsx"]);
  expect(result.peakRssMb).toBeLessThan(SYNCED_PEAK_MB);
  expect(result.ms).toBeLessThan(MAX_MS);
}

describe("sync-file --in with a client's file, in a process of its own", () => {
  it("random bytes: not a zip archive", async () => {
    expectRefused(
      await measured("noise", noise(64 * 1024)),
      /it is not an \.xlsx workbook \(not a zip archive\); open it in Excel and save it as an Excel Workbook/,
    );
  }, 60_000);

  it("a workbook cut short: damaged or incomplete", async () => {
    expectRefused(await measured("truncated", permanentData.subarray(0, permanentData.length >> 1)), /it is damaged or incomplete/);
  }, 60_000);

  it("a zip bomb (2 MB inflating to 2 GB): refused from the sizes its zip declares", async () => {
    const bomb = await withSheet1(honest, bombSheet(2 * GB));
    expect(bomb.length).toBeLessThan(3 * 2 ** 20);
    expectRefused(
      await measured("bomb", bomb),
      /xl\/worksheets\/sheet1\.xml is compressed \d+ to 1 \(a real workbook: under 100 to 1\), as zip bombs are; do not open it/,
    );
  }, 60_000);

  it("a zip bomb whose zip declares 4 KB: refused as soon as it inflates past them", async () => {
    const liar = await withSheet1(honest, bombSheet(2 * GB, 4096));
    expectRefused(await measured("liar", liar), /xl\/worksheets\/sheet1\.xml unzips to more than the 4 KB its zip declares for it/);
  }, 60_000);

  it("an XML entity bomb (billion laughs): refused for its DOCTYPE", async () => {
    expectRefused(
      await measured("entities", await withSheet1(honest, entityBombSheet())),
      /xl\/worksheets\/sheet1\.xml declares a DOCTYPE or entities, which Excel never writes/,
    );
  }, 60_000);

  it("one cell in column XFD on each of 400 rows (was 1.6 GB): syncs, the cells kept", async () => {
    const sparse = await withSheet1(honest, sparseXfdSheet(400));
    expect(sparse.length).toBeLessThan(10_000);
    const result = await measured("sparse", sparse);
    expectSynced(result);
    const sim = createExcelSimulator({ state: await importXlsx(readFileSync(join(result.stdout.match(/Written to (\S+)/)![1]!))) });
    expect(sim.cell("Sheet1", "XFD400").value).toBe(399);
  }, 60_000);

  it("a small workbook the simulator exported: syncs", async () => {
    expectSynced(await measured("honest", honest));
  }, 60_000);

  it("a ledger of 10,000 rows beside the permanent data: syncs", async () => {
    expectSynced(await measured("ledger-10k", await withSheet1(permanentData, ledgerSheet(10_000))));
  }, 60_000);

  it("a ledger of 12,000 rows: refused, saying that sync-file reads at most 100,000 cells and what to do", async () => {
    expectRefused(
      await measured("ledger-12k", await withSheet1(permanentData, ledgerSheet(12_000))),
      /its sheets hold more than 100,000 cells .*; sync-file holds the whole workbook in memory, so keep ledgers and other large data in another workbook, or sync this one in Excel with the add-in/,
    );
  }, 60_000);

  it("a ledger of 300,000 rows (110 MB of XML): refused, saying why", async () => {
    expectRefused(
      await measured("ledger-300k", await withSheet1(permanentData, ledgerSheet(300_000))),
      /xl\/worksheets\/sheet1\.xml unzips to 1\d\d MB, more than the 32 MB sync-file reads in one part; sync-file holds the whole workbook in memory/,
    );
  }, 60_000);
});

describe("a file larger than any workbook's permanent data", () => {
  it("is refused before it is read", async () => {
    const input = join(dir, "huge.xlsx");
    writeFileSync(input, "");
    truncateSync(input, XLSX_LIMITS.maxTotalBytes + 1); // sparse: no disk, no memory
    let stderr = "";
    const code = await syncFileMain(["--api-base-url", running.url, "--token-env", ENV_VAR, "--in", input, "--out", join(dir, "huge-out.xlsx")], {
      env: { [ENV_VAR]: TOKEN },
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
    });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toMatch(/was refused: the file is 49 MB, more than the 48 MB/);
    expect(readdirSync(dir)).not.toContain("huge-out.xlsx");
  });
});

describe("what the package check refuses, and what it lets through", () => {
  async function refusal(bytes: Uint8Array): Promise<{ reason: XlsxRefusal; message: string }> {
    const error = await importXlsx(bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(XlsxRefusedError);
    return { reason: (error as XlsxRefusedError).reason, message: (error as Error).message };
  }

  it("a zip without a workbook part, and one of more parts than a workbook has", async () => {
    const zip = await JSZip.loadAsync(honest);
    zip.remove("xl/workbook.xml");
    expect(await refusal(await zip.generateAsync({ type: "uint8array" }))).toEqual({
      reason: "no-workbook",
      message: expect.stringMatching(/no xl\/workbook\.xml/),
    });
    const many = zipOf(Array.from({ length: XLSX_LIMITS.maxParts + 1 }, (_, i) => entry(`xl/media/image${i}.png`, "x")));
    expect(await refusal(many)).toEqual({ reason: "too-many-parts", message: expect.stringMatching(/it has 2001 parts, more than the 2000/) });
  });

  it("an Excel 97-2003 or password-protected file: says so", async () => {
    const compoundFile = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(4096)]);
    expect(await refusal(compoundFile)).toEqual({
      reason: "not-a-zip",
      message: expect.stringMatching(/Excel 97-2003 workbook \(\.xls\) or one protected by a password/),
    });
  });

  it("a few bytes that would make exceljs build millions of objects: merged areas, tables, names, columns", async () => {
    const oneCell = '<row r="1"><c r="A1"><v>1</v></c></row>';
    const merged = sheetXml(oneCell).replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    const columns = sheetXml(oneCell).replace("<sheetData>", '<cols><col min="1" max="100000000" width="9"/></cols><sheetData>');
    const workbook = (await JSZip.loadAsync(honest).then((z) => z.file("xl/workbook.xml")!.async("string"))).replace(
      "</sheets>",
      '</sheets><definedNames><definedName name="Everything">Sheet1!$A$1:$XFD$1048576</definedName></definedNames>',
    );
    const table =
      '<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="T" ref="A1:XFD1048576"/>';
    for (const bytes of [
      await withSheet1(honest, merged),
      await withSheet1(honest, columns),
      await withParts(honest, [entry("xl/workbook.xml", workbook)]),
      await withParts(honest, [entry("xl/tables/table1.xml", table)]),
    ]) {
      const started = performance.now();
      expect((await refusal(bytes)).reason).toBe("too-many-cells");
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it("data validations on whole columns are skipped, not expanded to a million cells each", async () => {
    const validations = Array.from(
      { length: 10 },
      (_, c) => `<dataValidation type="list" sqref="${"ABCDEFGHIJ"[c]}2:${"ABCDEFGHIJ"[c]}1048576"><formula1>"a,b"</formula1></dataValidation>`,
    ).join("");
    const xml = sheetXml('<row r="1"><c r="A1"><v>7</v></c></row>').replace(
      "</sheetData>",
      `</sheetData><dataValidations count="10">${validations}</dataValidations>`,
    );
    const started = performance.now();
    const sim = createExcelSimulator({ state: await importXlsx(await withSheet1(honest, xml)) });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(sim.cell("Sheet1", "A1").value).toBe(7);
  });
});
