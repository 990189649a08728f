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
