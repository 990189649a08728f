// PD_SyncLog end to end: one row per sync, newest first, with the counts; a failed sync writes
// nothing and is logged with the next one; the log stops growing at its limit.

import { SYNC_LOG_LIMIT } from "../../src/workbook/log-table";
import type { SyncLogEntry } from "../../src/workbook/port";
import { ACME, PERSON_B, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { NOW_SERIAL, syncBench } from "./support";

let running: Running;
beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => running.sandbox.close());

const FAILED: SyncLogEntry = {
  when: "2026-11-27T10:15",
  enterpriseNumber: ACME.number,
  counts: null,
  startedBy: "event",
  failure: { en: "AdminPulse refused the API key.", fr: "AdminPulse a refusé la clé d’API.", nl: "AdminPulse weigerde de API-sleutel." },
};

describe("the sync log", () => {
  it("gets one row per sync, newest first, with what it changed", async () => {
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    running.sandbox.editRelation(PERSON_B, (r) => {
      r.name = "Peeters Jan-Willem";
      r.firstName = "Jan-Willem";
    });
    await bench.sync({ startedBy: "event", now: () => new Date(2026, 10, 27, 11, 0) });
    const log = bench.sim.table("PD_SyncLog")!;
    expect(log.headers).toEqual(["When", "Enterprise number", "Added", "Updated", "Removed", "Kept manual", "Conflicts", "Result"]);
    expect(log.rows).toEqual([
      [46353.45833333, "0566.988.259", 0, 2, 0, 0, 0, "Synced automatically"],
      [NOW_SERIAL, "0566.988.259", 22, 0, 0, 0, 0, "Synced"],
    ]);
    expect(bench.sim.cell(log.sheet, log.address.replace(/^.*!([A-Z]+)\d+:.*$/, "$12"))!.numberFormat).toBe("dd/mm/yyyy hh:mm");
  });

  it("writes nothing for a failed sync, and logs it with the next one, in the user's language", async () => {
    const bench = syncBench(running, "fr");
    await bench.sync({ enterpriseNumber: ACME.number, failedSyncs: [FAILED] });
    expect(bench.rows("PD_SyncLog").map((r) => r.slice(1))).toEqual([
      ["0566.988.259", 22, 0, 0, 0, 0, "Synchronisé"],
      ["0566.988.259", "", "", "", "", "", "Échec : AdminPulse a refusé la clé d’API."],
    ]);
  });

  it("keeps the newest rows only, up to its limit", async () => {
    const bench = syncBench(running, "en");
    const many = Array.from({ length: SYNC_LOG_LIMIT + 10 }, (_, i) => ({ ...FAILED, when: `2026-11-${String(1 + (i % 26)).padStart(2, "0")}T09:00` }));
    await bench.sync({ enterpriseNumber: ACME.number, failedSyncs: many });
    const rows = bench.rows("PD_SyncLog");
    expect(rows).toHaveLength(SYNC_LOG_LIMIT);
    expect(rows[0]![7]).toBe("Synced");
    await bench.sync();
    expect(bench.rows("PD_SyncLog")).toHaveLength(SYNC_LOG_LIMIT);
  });
});
