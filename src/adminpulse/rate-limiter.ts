// Client-side limiter: AdminPulse allows 480 calls per minute per key, and the client should never
// learn that from a 429. A call holds its slot while it is in flight and for one window after its
// answer arrived. The server counted the call somewhere between our send and that answer, so two
// calls that this limiter spaces a window apart are a window apart on the server's clock too,
// whatever the network did in between. Waiters are served first come, first served.

import { sleep, throwIfAborted } from "./abort";
import { CancelledError } from "./errors";

export interface RateLimitOptions {
  calls: number;
  windowMs: number;
  /** Extra spacing on the window for servers that count in coarse ticks; default 50 ms. */
  marginMs?: number;
  now?: () => number;
}

/**
 * Call when the answer has arrived (or the attempt failed); `used = false` hands back a slot that
 * never sent anything. Calling it twice is harmless.
 */
export type Release = (used?: boolean) => void;

export class RateLimiter {
  private readonly calls: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  /** When the answers of finished calls arrived, oldest first. */
  private readonly finished: number[] = [];
  private inFlight = 0;
  private blockedUntil = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private wake: (() => void) | null = null;

  constructor(options: RateLimitOptions) {
    if (!(options.calls >= 1) || !(options.windowMs > 0)) throw new RangeError("rate limit needs calls >= 1 and windowMs > 0");
    this.calls = Math.floor(options.calls);
    this.windowMs = options.windowMs + (options.marginMs ?? 50);
    this.now = options.now ?? (() => Date.now());
  }

  /** Waits for a slot; rejects with CancelledError as soon as the signal aborts, even while queued behind others. */
  acquire(signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    let gaveUp = false;
    const turn = this.tail.then(() => (gaveUp ? null : this.take(signal)));
    this.tail = turn.then(
      () => undefined,
      () => undefined,
    );
    return new Promise<Release>((resolve, reject) => {
      const onAbort = () => {
        gaveUp = true;
        reject(new CancelledError());
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      turn.then(
        (release) => {
          signal?.removeEventListener("abort", onAbort);
          if (release && gaveUp) release(false);
          else if (release) resolve(release);
        },
        (error: unknown) => {
          signal?.removeEventListener("abort", onAbort);
          reject(error);
        },
      );
    });
  }

  /** The server said to wait (Retry-After): hold every caller until then. */
  blockUntil(timestamp: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, timestamp);
  }

  private async take(signal?: AbortSignal): Promise<Release> {
    for (;;) {
      throwIfAborted(signal);
      const now = this.now();
      while (this.finished.length > 0 && this.finished[0]! <= now - this.windowMs) this.finished.shift();
      const free = this.inFlight + this.finished.length < this.calls;
      if (free && this.blockedUntil <= now) {
        this.inFlight++;
        let released = false;
        return (used = true) => {
          if (released) return;
          released = true;
          this.inFlight--;
          if (used) this.finished.push(this.now());
          this.wake?.();
        };
      }
      if (!free && this.finished.length === 0) {
        // Every slot is in flight: wait for an answer to arrive.
        await new Promise<void>((resolve, reject) => {
          const onAbort = () => reject(new CancelledError());
          this.wake = () => {
            this.wake = null;
            signal?.removeEventListener("abort", onAbort);
            resolve();
          };
          signal?.addEventListener("abort", onAbort, { once: true });
        });
        continue;
      }
      const until = Math.max(this.blockedUntil, free ? 0 : this.finished[0]! + this.windowMs);
      await sleep(until - now, signal);
    }
  }
}
