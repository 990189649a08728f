// Strict null objects (option `strictNullObjects`). Microsoft documents only that an
// *OrNullObject result's isNullObject is known after context.sync(); nothing promises that its
// methods work before. In strict mode, anything but load() on such a proxy before a sync resolved
// it (a method, a navigation property, a property write, set()) fails the next sync with
// InvalidOperation naming the call, even when the item exists: the strictest host Excel could be.

import { simError } from "./errors";
import type { SimObject } from "./object";

/** Allowed before the sync: what office.js documents for unresolved null objects. */
const ALLOWED = new Set(["constructor", "load", "toJSON", "isNullObject", "context"]);

let ownUse = 0;

/** Runs the simulator's own use of proxies (load paths, commands at sync time): never refused. */
export function bySimulator<T>(fn: () => T): T {
  ownUse += 1;
  try {
    return fn();
  } finally {
    ownUse -= 1;
  }
}

/** Makes every method and navigation property of `obj` refuse, until a sync resolved it. */
export function guardUntilResolved(obj: SimObject<unknown>): void {
  const scalars = new Set(obj._scalarNames());
  const pending = (): boolean => obj._isNull === undefined && ownUse === 0;
  const refuse = (call: string): void => {
    const where = `${obj._className}.${call}`;
    obj.context._enqueue(where, [], () => {
      throw simError(
        "InvalidOperation",
        `Strict null objects: ${where} was used on an *OrNullObject result before a context.sync() told whether it exists. Sync first, then use it only if !isNullObject.`,
        where,
      );
    });
  };
  const seen = new Set<string>();
  for (let proto: object | null = Object.getPrototypeOf(obj); proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (seen.has(name) || name.startsWith("_") || ALLOWED.has(name)) continue;
      seen.add(name);
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (d === undefined) continue;
      if (typeof d.value === "function") {
        const method = d.value as (...args: unknown[]) => unknown;
        Object.defineProperty(obj, name, {
          configurable: true,
          writable: true,
          value(this: unknown, ...args: unknown[]) {
            if (pending()) refuse(`${name}()`);
            return method.apply(this, args);
          },
        });
      } else if (d.get !== undefined || d.set !== undefined) {
        const { get, set } = d;
        // Reading a scalar before a sync already throws PropertyNotLoaded; a navigation property is a use.
        const navigation = !scalars.has(name);
        Object.defineProperty(obj, name, {
          configurable: true,
          get:
            get &&
            function (this: unknown) {
              if (navigation && pending()) refuse(name);
              return get.call(this);
            },
          set:
            set &&
            function (this: unknown, value: unknown) {
              if (pending()) refuse(`${name} = …`);
              set.call(this, value);
            },
        });
      }
    }
  }
}
