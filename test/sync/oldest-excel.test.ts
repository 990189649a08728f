// The manifest's minimum ExcelApi is the oldest Excel the add-in is offered in: a sync, a re-sync
// and Run checks must all work there (without notes, which come with 1.18), and the minimum must
// not be lower than what they need.

import { readFileSync } from "node:fs";
import path from "node:path";
import { runChecksOnly } from "../../src/sync/run-checks";
import { excelWorkbook } from "../../src/workbook/port";
import { ACME, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { syncBench } from "./support";

const MANIFEST = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
const MIN_EXCEL_API = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(MANIFEST)![1]!;

let running: Running;
beforeEach(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterEach(() => running.sandbox.close());

/**
 * A first sync, a re-sync that adds a row, and Run checks, in an Excel of that version; then a file
 * synced in an Excel with notes, synced in this one: its tables take in the checks' column
 * (Table.resize, ExcelApi 1.13; rows themselves are inserted and deleted, which older Excels have).
 */
async function everyWrite(version: string): Promise<void> {
  const bench = syncBench(running, "en", { requirementSets: { ExcelApi: version } }, { notes: false });
  await bench.sync({ enterpriseNumber: ACME.number });
  running.sandbox.editRelation(ACME.id, (r) => {
    r.tos.push({ linkType: 4, uniqueIdentifier: r.tos[0]!.uniqueIdentifier, startDate: "2026-01-01", endDate: null, function: "Administrateur" });
  });
  await bench.sync();
  await runChecksOnly(excelWorkbook(bench.sim.run, { notes: false }), { language: "en", today: "2026-11-27" });

  const modern = syncBench(running, "en");
  await modern.sync({ enterpriseNumber: ACME.number });
  const old = syncBench(running, "en", { requirementSets: { ExcelApi: version }, state: modern.sim.state() }, { notes: false });
  await old.sync();
  expect(old.sim.table("PD_Directors")!.headers.at(-1)).toBe("Check findings");
}

describe("the oldest Excel the manifest admits", () => {
  it(`ExcelApi ${MIN_EXCEL_API}: sync, re-sync and Run checks work`, async () => {
    await expect(everyWrite(MIN_EXCEL_API)).resolves.toBeUndefined();
  });

  it("one version below, they do not: the minimum is not lower than it must be", async () => {
    const [major, minor] = MIN_EXCEL_API.split(".").map(Number) as [number, number];
    expect(minor).toBeGreaterThan(0);
    await expect(everyWrite(`${major}.${minor - 1}`)).rejects.toMatchObject({ kind: "excel" });
  });
});
