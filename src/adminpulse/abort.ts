// Cancellation helpers. AbortSignal.any is too new for some Office hosts (older Safari on Mac),
// so signals are linked by hand.

import { CancelledError } from "./errors";

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** Resolves after `ms`, or rejects with CancelledError as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** A controller that also aborts when any parent signal aborts; `dispose` detaches it. */
export function linkedController(...parents: (AbortSignal | undefined)[]): { controller: AbortController; dispose: () => void } {
  const controller = new AbortController();
  const detach: (() => void)[] = [];
  for (const parent of parents) {
    if (!parent) continue;
    if (parent.aborted) {
      controller.abort(parent.reason);
      continue;
    }
    const onAbort = () => controller.abort(parent.reason);
    parent.addEventListener("abort", onAbort, { once: true });
    detach.push(() => parent.removeEventListener("abort", onAbort));
  }
  return { controller, dispose: () => detach.forEach((d) => d()) };
}

/**
 * A signal of its own that aborts with `parent`. Where the host has AbortSignal.any, the parent
 * gets no event listener, so many tasks under one parent do not pile listeners on it (Node warns
 * above ten); elsewhere it is linked by hand and `dispose` detaches it.
 */
export function childSignal(parent: AbortSignal): { signal: AbortSignal; dispose: () => void } {
  if (typeof AbortSignal.any === "function") return { signal: AbortSignal.any([parent]), dispose: () => undefined };
  const { controller, dispose } = linkedController(parent);
  return { signal: controller.signal, dispose };
}
