// End to end, syncs that fail: whatever goes wrong before the write (an expired key, AdminPulse
// down, a malformed answer, a wrong number, a cancel, a protected sheet), the user gets a message
// in their language and the workbook stays exactly as it was, manual rows included.

import { AdminPulseError, CancelledError, InvalidTokenError, NotFoundError, UnavailableError, UnexpectedResponseError } from "../../src/adminpulse";
import { SyncError } from "../../src/sync/errors";
import { SyncRunner } from "../../src/sync/sync";
import { excelWorkbook } from "../../src/workbook/port";
import { delayingForCellEdit } from "../../src/workbook/excel-run";
import { ACME, EXPIRED, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { type Bench, syncBench } from "./support";

let running: Running;
beforeEach(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterEach(() => running.sandbox.close());

/** A workbook synced once, with a manual row and a user's edit of an imported cell. */
async function lived(): Promise<Bench> {
  const bench = syncBench(running, "fr");
  await bench.sync({ enterpriseNumber: ACME.number });
  await bench.sim.editCell("Données permanentes", "F4", "Martin Claire");
  await bench.sim.editCell("Données permanentes", "I2", "gérante");
  running.sandbox.editRelation(ACME.id, (r) => {
    r.name = "L'Atelier Zoë & Fils SRL";
  });
  return bench;
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof Error)) throw new Error("the sync should have failed");
  return outcome;
}

describe("a sync that fails leaves the workbook exactly as it was", () => {
  it("an expired key: the message says to ask the administrator for a new key", async () => {
    const bench = await lived();
    const before = bench.sim.snapshot();
    bench.sim.resetCounters();
    const error = await failure(bench.sync({ clientOptions: { token: EXPIRED } }));
    expect(error).toBeInstanceOf(InvalidTokenError);
    expect((error as AdminPulseError).userMessage.fr).toMatch(/administrat/i);
    expect(bench.sim.snapshot()).toEqual(before);
    expect(bench.sim.syncCount).toBe(1); // the read only
  });

  it("AdminPulse answering 500 every time", async () => {
    const bench = await lived();
    const before = bench.sim.snapshot();
    running.sandbox.setKnobs({ forced: { status: 500, count: 1000 } });
    const error = await failure(bench.sync());
    expect(error).toBeInstanceOf(UnavailableError);
    expect(bench.sim.snapshot()).toEqual(before);
  });

  it("a 500 that passes is retried and the sync completes", async () => {
    const bench = await lived();
    running.sandbox.setKnobs({ forced: { status: 500, count: 1 } });
    const summary = await bench.sync();
    expect(summary).toMatchObject({ updated: 1, keptManual: 1 });
    expect(bench.sim.table("PD_Identification")!.rows[0]![2]).toBe("L'Atelier Zoë & Fils SRL");
  });

  it.each(["malformed-json", "wrong-types", "empty-body", "cut-body"] as const)("an answer damaged as %s", async (mode) => {
    const bench = await lived();
    const before = bench.sim.snapshot();
    running.sandbox.setKnobs({ fault: { mode, count: 1000 } });
    const error = await failure(bench.sync());
    expect(error).toBeInstanceOf(AdminPulseError);
    expect([UnexpectedResponseError, UnavailableError].some((kind) => error instanceof kind)).toBe(true);
    expect(bench.sim.snapshot()).toEqual(before);
  });

  it("a number AdminPulse does not know, typed for a new workbook", async () => {
    const bench = syncBench(running, "fr");
    const before = bench.sim.snapshot();
    const error = await failure(bench.sync({ enterpriseNumber: "0202.239.951" }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as AdminPulseError).userMessage.fr).toContain("0202.239.951");
    expect(bench.sim.snapshot()).toEqual(before);
  });

  it("a number with wrong check digits that AdminPulse does not know either: a typo, says the message", async () => {
    const bench = syncBench(running, "fr");
    const before = bench.sim.snapshot();
    const error = await failure(bench.sync({ enterpriseNumber: "0566.988.258" }));
    expect((error as SyncError).kind).toBe("invalid-enterprise-number");
    expect((error as SyncError).userMessage.fr).toContain("0566.988.258");
    expect(bench.sim.snapshot()).toEqual(before);
  });

  it("a number that cannot be an enterprise number never reaches AdminPulse", async () => {
    const bench = syncBench(running, "fr");
    const requests = running.sandbox.stats.requests;
    const error = await failure(bench.sync({ enterpriseNumber: "0566.988" }));
    expect((error as SyncError).kind).toBe("invalid-enterprise-number");
    expect(running.sandbox.stats.requests).toBe(requests);
  });

  it("another company's number typed for a linked workbook: refused, nothing fetched or written", async () => {
    const bench = await lived();
    const before = bench.sim.snapshot();
    const requests = running.sandbox.stats.requests;
    const error = await failure(bench.sync({ enterpriseNumber: "0403.170.701" }));
    expect((error as SyncError).kind).toBe("linked-to-another-company");
    expect((error as SyncError).userMessage.fr).toContain("0566.988.259");
    expect(running.sandbox.stats.requests).toBe(requests);
    expect(bench.sim.snapshot()).toEqual(before);
  });

  it("the workbook's own number typed again is fine", async () => {
    const bench = await lived();
    await expect(bench.sync({ enterpriseNumber: "BE 0566 988 259" })).resolves.toMatchObject({ updated: 1 });
  });

  it("a new workbook with no number says how to link it", async () => {
    const bench = syncBench(running, "nl");
    const before = bench.sim.snapshot();
    const error = await failure(bench.sync());
    expect((error as SyncError).kind).toBe("no-enterprise-number");
    expect((error as SyncError).userMessage.nl).toMatch(/ondernemingsnummer/);
    expect(bench.sim.snapshot()).toEqual(before);
  });

  it("a cancel while the relations are being fetched", async () => {
    const bench = await lived();
    const before = bench.sim.snapshot();
    running.sandbox.setKnobs({ latencyMs: 30 });
    const controller = new AbortController();
    const steps: string[] = [];
    const error = await failure(
      bench.sync({
        signal: controller.signal,
        onProgress: (p) => {
          steps.push(p.step);
          if (p.step === "related") controller.abort();
        },
      }),
    );
    expect(error).toBeInstanceOf(CancelledError);
    expect(steps).not.toContain("writing");
    expect(bench.sim.snapshot()).toEqual(before);
  });

  it("a protected sheet: nothing is written and the message says how to unprotect it", async () => {
    const bench = await lived();
    await bench.sim.run(async (context) => {
      context.workbook.worksheets.getItem("Données permanentes").protection.protect();
      await context.sync();
    });
    const before = bench.sim.snapshot();
    const error = await failure(bench.sync());
    expect((error as SyncError).kind).toBe("protected-sheet");
    expect((error as SyncError).userMessage.fr).toContain("Données permanentes");
    expect(bench.sim.snapshot()).toEqual(before);
  });

  it("Excel failing the write itself: the whole write is dropped, and the next sync completes", async () => {
    const bench = await lived();
    const before = bench.sim.snapshot();
    bench.sim.resetCounters();
    bench.sim.failAt = { sync: 2 };
    const error = await failure(bench.sync());
    expect((error as SyncError).kind).toBe("excel");
    expect(bench.sim.snapshot()).toEqual(before);
    bench.sim.failAt = undefined;
    const summary = await bench.sync();
    expect(summary).toMatchObject({ updated: 1, keptManual: 1 });
    expect(bench.rows("PD_Directors").map((r) => r[0])).toEqual(["Dubois Zoë", "Holding Dubois SA", "Martin Claire"]);
  });
});

describe("a cell being edited in Excel", () => {
  it("through the add-in's Excel.run (delayForCellEdit), the sync waits for the edit to end, then completes", async () => {
    const bench = await lived();
    bench.sim.beginCellEdit();
    let done = false;
    const syncing = bench.sync({ workbook: excelWorkbook(delayingForCellEdit(bench.sim.run)) }).finally(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
    await bench.sim.editCell("Données permanentes", "F5", "Typed while the sync waited");
    bench.sim.endCellEdit();
    await expect(syncing).resolves.toMatchObject({ updated: 1, keptManual: 2 });
  });

  it("in an Excel that does not wait (below ExcelApi 1.11 the option is ignored), the message says to finish the edit", async () => {
    const bench = await lived();
    const before = bench.sim.snapshot();
    bench.sim.beginCellEdit();
    const error = await failure(bench.sync()); // the bench's run passes no option
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).kind).toBe("excel");
    expect((error as SyncError).userMessage.fr).toContain("Terminez la saisie");
    expect(bench.sim.snapshot()).toEqual(before);
    bench.sim.endCellEdit();
    await expect(bench.sync()).resolves.toMatchObject({ updated: 1 });
  });
});

describe("one sync at a time", () => {
  it("a second sync while the first runs is refused, and the first completes", async () => {
    const bench = await lived();
    running.sandbox.setKnobs({ latencyMs: 20 });
    const runner = new SyncRunner();
    const first = runner.run(() => bench.sync());
    const second = await failure(runner.run(() => bench.sync()));
    expect((second as SyncError).kind).toBe("busy");
    await expect(first).resolves.toMatchObject({ updated: 1 });
    expect(runner.busy).toBe(false);
  });
});
