// Shared helpers for the simulator tests.

export interface ErrorLike {
  name: string;
  code: string;
  message: string;
  debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  traceMessages?: string[];
}

/** Awaits a promise that must reject with an OfficeExtension.Error-like error of `code`. */
export async function rejectsWith(promise: Promise<unknown>, code: string): Promise<ErrorLike> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  if (caught === undefined) throw new Error(`expected a rejection with ${code}, got success`);
  const e = caught as ErrorLike;
  expect(e.code).toBe(code);
  expect(e.name).toBe("RichApi.Error");
  expect(e.debugInfo.code).toBe(code);
  expect(typeof e.message).toBe("string");
  return e;
}

/** Runs `fn` and returns the error it throws synchronously. */
export function throwsWith(fn: () => unknown, code: string): ErrorLike {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  if (caught === undefined) throw new Error(`expected ${code} to be thrown`);
  const e = caught as ErrorLike;
  expect(e.code).toBe(code);
  return e;
}
