import { CancelledError, RateLimiter } from "../../src/adminpulse";

describe("RateLimiter", () => {
  it("lets at most `calls` start in any window, first come first served", async () => {
    const limiter = new RateLimiter({ calls: 3, windowMs: 200, marginMs: 0 });
    const starts: { index: number; at: number }[] = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        limiter.acquire().then((release) => {
          starts.push({ index, at: Date.now() - t0 });
          release();
        }),
      ),
    );
    expect(starts.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (let i = 3; i < starts.length; i++) {
      expect(starts[i]!.at - starts[i - 3]!.at).toBeGreaterThanOrEqual(199);
    }
    expect(starts[7]!.at).toBeGreaterThanOrEqual(400);
  });

  it("counts the window from when the answer arrived, not from when the call left", async () => {
    const limiter = new RateLimiter({ calls: 2, windowMs: 100, marginMs: 0 });
    const first = await limiter.acquire();
    const second = await limiter.acquire();
    let thirdAt = 0;
    const t0 = Date.now();
    const third = limiter.acquire().then((release) => {
      thirdAt = Date.now() - t0;
      release();
    });
    // Both calls are still in flight after 150 ms: the third must still wait.
    await new Promise((r) => setTimeout(r, 150));
    expect(thirdAt).toBe(0);
    first();
    first(); // releasing twice changes nothing
    await third;
    expect(thirdAt).toBeGreaterThanOrEqual(150 + 99);
    second();
  });

  it("holds everyone while the server asked to wait", async () => {
    const limiter = new RateLimiter({ calls: 100, windowMs: 1000 });
    limiter.blockUntil(Date.now() + 150);
    const t0 = Date.now();
    (await limiter.acquire())();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it("a cancelled waiter leaves and does not hold up the next one", async () => {
    const limiter = new RateLimiter({ calls: 1, windowMs: 150, marginMs: 0 });
    (await limiter.acquire())();
    const controller = new AbortController();
    const cancelled = limiter.acquire(controller.signal);
    const next = limiter.acquire();
    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
    const t0 = Date.now();
    await next;
    expect(Date.now() - t0).toBeLessThan(200);
  });

  it("a waiter cancelled while every slot is in flight leaves at once", async () => {
    const limiter = new RateLimiter({ calls: 1, windowMs: 50 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expect(waiting).rejects.toBeInstanceOf(CancelledError);
  });

  it("a waiter queued behind another leaves as soon as it is cancelled", async () => {
    const limiter = new RateLimiter({ calls: 1, windowMs: 2000, marginMs: 0 });
    const first = await limiter.acquire();
    const second = limiter.acquire();
    const controller = new AbortController();
    const third = limiter.acquire(controller.signal);
    const t0 = Date.now();
    setTimeout(() => controller.abort(), 10);
    await expect(third).rejects.toBeInstanceOf(CancelledError);
    expect(Date.now() - t0).toBeLessThan(500);
    first();
    (await second)();
  }, 10_000);

  it("a slot handed back unused does not count against the window", async () => {
    const limiter = new RateLimiter({ calls: 1, windowMs: 5000, marginMs: 0 });
    (await limiter.acquire())(false);
    const t0 = Date.now();
    (await limiter.acquire())();
    expect(Date.now() - t0).toBeLessThan(100);
  });

  it("refuses a nonsensical limit", () => {
    expect(() => new RateLimiter({ calls: 0, windowMs: 1000 })).toThrow(RangeError);
  });
});
