// Peak memory of the process while something runs: rss and V8 heap in use, sampled every few
// milliseconds (the sandbox runs in the same process, so its share is in the figures too).

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

export interface Peak {
  rssMb: number;
  heapMb: number;
}

/** Runs `work` after a full garbage collection; its wall time does not include the collection. */
export async function withPeakMemory<T>(work: () => Promise<T>, everyMs = 5): Promise<{ result: T; peak: Peak; wallMs: number }> {
  gc();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  try {
    const started = performance.now();
    const result = await work();
    const wallMs = performance.now() - started;
    sample();
    return { result, peak: { rssMb: rss / 2 ** 20, heapMb: heap / 2 ** 20 }, wallMs };
  } finally {
    clearInterval(timer);
  }
}
