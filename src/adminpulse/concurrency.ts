// Runs async work over a list with at most `limit` tasks in flight. The first failure stops the
// rest: tasks not yet started never start and running ones see their signal abort.

import { linkedController, throwIfAborted } from "./abort";
import { CancelledError } from "./errors";

export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number, signal: AbortSignal) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  throwIfAborted(signal);
  const { controller, dispose } = linkedController(signal);
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | null = null;

  const worker = async () => {
    while (failure === null && !controller.signal.aborted && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]!, index, controller.signal);
      } catch (error) {
        failure ??= { error };
        controller.abort();
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(Math.floor(limit) || 1, items.length)) }, worker));
  } finally {
    dispose();
  }
  if (signal?.aborted) throw new CancelledError();
  if (failure) throw (failure as { error: unknown }).error;
  return results;
}

/**
 * At most `limit` tasks at once for work that arrives over time (mapConcurrent needs the whole
 * list up front). First come, first served: a task queued first starts first.
 */
export class Pool {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = Math.max(1, Math.floor(limit) || 1);
  }

  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    throwIfAborted(signal);
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over
    try {
      throwIfAborted(signal);
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
