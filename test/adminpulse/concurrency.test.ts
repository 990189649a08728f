import { CancelledError } from "../../src/adminpulse";
import { Pool, mapConcurrent } from "../../src/adminpulse/concurrency";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("mapConcurrent", () => {
  it("keeps results in order with at most `limit` in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapConcurrent([30, 10, 20, 5, 15], 2, async (ms, i) => {
      peak = Math.max(peak, ++inFlight);
      await tick(ms);
      inFlight--;
      return i * 10;
    });
    expect(out).toEqual([0, 10, 20, 30, 40]);
    expect(peak).toBe(2);
  });

  it("after the first failure starts nothing more, aborts the running tasks, and rethrows that failure", async () => {
    const started: number[] = [];
    let sawAbort = false;
    const boom = new Error("boom");
    const run = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (_x, i, signal) => {
      started.push(i);
      if (i === 1) throw boom;
      await tick(30);
      sawAbort ||= signal.aborted;
      return i;
    });
    await expect(run).rejects.toBe(boom);
    expect(started).toEqual([0, 1]);
    expect(sawAbort).toBe(true);
  });

  it("an aborted outer signal gives CancelledError", async () => {
    const controller = new AbortController();
    const run = mapConcurrent(
      [1, 2, 3],
      1,
      async (x) => {
        if (x === 1) controller.abort();
        await tick(5);
        return x;
      },
      controller.signal,
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });
});

describe("Pool", () => {
  it("runs tasks added over time, at most `limit` at once, first come first served", async () => {
    const pool = new Pool(2);
    const started: string[] = [];
    let inFlight = 0;
    let peak = 0;
    const task = (name: string, ms: number) =>
      pool.run(async () => {
        started.push(name);
        peak = Math.max(peak, ++inFlight);
        await tick(ms);
        inFlight--;
        return name;
      });
    const first = [task("a", 20), task("b", 5), task("c", 5)];
    await tick(1);
    const later = task("d", 1);
    expect(await Promise.all([...first, later])).toEqual(["a", "b", "c", "d"]);
    expect(started).toEqual(["a", "b", "c", "d"]);
    expect(peak).toBe(2);
  });

  it("a task queued when its signal aborts never starts, and frees nothing it did not hold", async () => {
    const pool = new Pool(1);
    const controller = new AbortController();
    let ran = false;
    const holding = pool.run(() => tick(10));
    const queued = pool.run(async () => {
      ran = true;
    }, controller.signal);
    controller.abort();
    await expect(queued).rejects.toBeInstanceOf(CancelledError);
    await holding;
    expect(ran).toBe(false);
    // The pool still has its one slot: two more tasks run one after the other.
    let inFlight = 0;
    let peak = 0;
    const one = () =>
      pool.run(async () => {
        peak = Math.max(peak, ++inFlight);
        await tick(2);
        inFlight--;
      });
    await Promise.all([one(), one()]);
    expect(peak).toBe(1);
  });
});
