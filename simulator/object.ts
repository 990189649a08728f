// Proxy objects: the base class every simulated Excel object extends.
//
// A proxy holds a resolver (how to find its target in the workbook at sync time), the values
// loaded by the last sync that loaded them, and whether it turned out to be a null object.
// Reading a property that was neither loaded (and synced) nor set locally throws
// PropertyNotLoaded, like office.js; setting a property or calling a method only queues a
// command on the request context.

import { propertyNotLoaded, simError } from "./errors";
import type { Exec, SimContext } from "./context";
import { bySimulator, guardUntilResolved } from "./strict-null";

/** A property reader; declared as a method so that SimObject<Specific> is a SimObject<unknown>. */
export type Getter<T> = { read(target: T, ex: Exec): unknown }["read"];

export interface LoadSpec {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadSpec>;
  items?: LoadSpec;
  top?: number;
  skip?: number;
}

export function emptySpec(all = false): LoadSpec {
  return { all, scalars: new Set(), navs: new Map() };
}

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number };

function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const parts = Array.isArray(value) ? value : value.split(",");
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

export function jsonLength(value: unknown): number {
  if (value === undefined) return 0;
  return JSON.stringify(value)?.length ?? 0;
}

export abstract class SimObject<T = unknown> {
  abstract readonly _className: string;
  readonly context: SimContext;
  /** Values loaded by a sync or set locally, by property name. */
  _loaded: Record<string, unknown> = {};
  /** undefined until a sync told whether the object exists. */
  _isNull: boolean | undefined;
  /** Stable reference to the target once resolved (entity id, or sheet id and rectangle). */
  _bound: unknown;
  private readonly _fresh: (ex: Exec) => T | null;
  private readonly _navCache = new Map<string, SimObject<unknown>>();

  constructor(context: SimContext, resolver: (ex: Exec) => T | null) {
    this.context = context;
    this._fresh = resolver;
  }

  /** Readable scalar properties. */
  protected _scalars(): Record<string, Getter<T>> {
    return {};
  }

  /** Names of the readable scalar properties. */
  _scalarNames(): string[] {
    return Object.keys(this._scalars());
  }

  /** Navigation properties (proxies reachable from this one) that `load` paths may go through. */
  protected _navNames(): string[] {
    return [];
  }

  /** Properties left out of a parameterless load. */
  protected _excludedFromLoadAll(): string[] {
    return [];
  }

  /** Turns a resolved target into a reference that survives later syncs (undefined: do not bind). */
  protected _toRef(_target: T): unknown {
    return undefined;
  }

  /** Finds the target of a bound reference in the current state (undefined: it is gone). */
  protected _fromRef(_ex: Exec, _ref: unknown): T | undefined {
    return undefined;
  }

  _resolve(ex: Exec): T | null {
    if (this._bound !== undefined) {
      const target = this._fromRef(ex, this._bound);
      if (target === undefined) throw simError("ItemNotFound", `The ${this._className} no longer exists.`, this._className);
      return target;
    }
    const target = this._fresh(ex);
    if (target !== null) {
      const ref = this._toRef(target);
      if (ref !== undefined) ex.bind(this, ref);
    }
    return target;
  }

  /** Resolves for a write: writing through a null object fails the sync with ItemNotFound. */
  _resolveForWrite(ex: Exec, what: string): T {
    const target = this._resolve(ex);
    if (target === null) {
      throw simError("ItemNotFound", `Cannot ${what}: the ${this._className} is a null object.`, `${this._className}.${what}`);
    }
    return target;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject", this._className);
    return this._isNull;
  }

  protected _read<V>(name: string): V {
    if (Object.prototype.hasOwnProperty.call(this._loaded, name)) return this._loaded[name] as V;
    if (this._isNull === true) return undefined as V;
    throw propertyNotLoaded(name, this._className);
  }

  /** Queues a property write; the local value is what office.js keeps until the next load. */
  protected _write(name: string, value: unknown, apply: (target: T, ex: Exec) => void): void {
    this._loaded[name] = value;
    this.context._enqueue(`${this._className}.${name} = …`, [value], (ex) => {
      apply(this._resolveForWrite(ex, `set ${name}`), ex);
    });
  }

  /** Queues a method call that changes the workbook. */
  protected _call(method: string, args: unknown[], apply: (target: T, ex: Exec) => void): void {
    this.context._enqueue(`${this._className}.${method}()`, args, (ex) => {
      apply(this._resolveForWrite(ex, method), ex);
    });
  }

  /** Queues the implicit instantiation office.js does for *OrNullObject results. */
  _instantiate(): void {
    this.context._enqueue(`${this._className}.instantiate`, [], (ex) => {
      let isNull: boolean;
      try {
        isNull = this._resolve(ex) === null;
      } catch {
        isNull = true;
      }
      ex.after(() => {
        this._isNull = isNull;
      });
    });
    if (this.context._core.strictNullObjects) guardUntilResolved(this);
  }

  protected _nav<N extends SimObject<unknown>>(name: string, make: () => N): N {
    let obj = this._navCache.get(name);
    if (obj === undefined) {
      obj = make();
      this._navCache.set(name, obj);
    }
    return obj as N;
  }

  private _navByName(name: string): SimObject<unknown> | undefined {
    if (!this._navNames().includes(name)) return undefined;
    // A load path through a navigation property is a load, which strict null objects allow.
    return bySimulator(() => (this as unknown as Record<string, SimObject<unknown>>)[name]);
  }

  /** Adds a load path ("values", "format/fill/color", "items/name") to a spec. */
  _addPath(spec: LoadSpec, segments: string[]): void {
    const [head, ...rest] = segments;
    if (head === undefined || head === "" || head === "isNullObject") return;
    const nav = this._navByName(head);
    if (nav !== undefined) {
      let sub = spec.navs.get(head);
      if (sub === undefined) {
        sub = emptySpec();
        spec.navs.set(head, sub);
      }
      if (rest.length === 0) sub.all = true;
      else nav._addPath(sub, rest);
      return;
    }
    spec.scalars.add(head);
  }

  _parseLoad(option?: LoadOption): LoadSpec {
    if (option === undefined || option === null) return emptySpec(true);
    const spec = emptySpec();
    let select: string[];
    let expand: string[] = [];
    if (typeof option === "string" || Array.isArray(option)) {
      select = listOf(option);
    } else {
      select = listOf(option.select);
      expand = listOf(option.expand);
      if (option.top !== undefined) spec.top = option.top;
      if (option.skip !== undefined) spec.skip = option.skip;
      if (select.length === 0 && expand.length === 0) spec.all = true;
    }
    for (const path of select) this._addPath(spec, path.split("/"));
    for (const path of expand) {
      this._addPath(spec, path.split("/"));
      const first = path.split("/")[0] ?? "";
      const sub = spec.navs.get(first);
      if (sub !== undefined && path.split("/").length === 1) sub.all = true;
    }
    return spec;
  }

  /** Computes, inside a sync, what a load brings back; returns what to apply once it committed. */
  _computeLoad(ex: Exec, spec: LoadSpec): () => void {
    const target = this._resolve(ex);
    let values: Record<string, unknown> | null = null;
    if (target !== null) {
      const getters = this._scalars();
      const names = spec.all ? [...Object.keys(getters).filter((n) => !this._excludedFromLoadAll().includes(n)), ...spec.scalars] : [...spec.scalars];
      values = {};
      for (const name of names) {
        const getter = getters[name];
        if (getter === undefined) {
          throw simError("InvalidArgument", `The property '${name}' does not exist on ${this._className}.`, `${this._className}.load`);
        }
        values[name] = getter(target, ex);
      }
      ex.responseBytes += jsonLength(values);
    }
    const appliers: (() => void)[] = [];
    for (const [name, sub] of spec.navs) {
      const nav = this._navByName(name);
      if (nav !== undefined) appliers.push(nav._computeLoad(ex, sub));
    }
    return () => {
      this._isNull = target === null;
      if (values !== null) Object.assign(this._loaded, values);
      for (const apply of appliers) apply();
    };
  }

  load(option?: LoadOption): this {
    const spec = this._parseLoad(option);
    this.context._enqueue(`${this._className}.load`, [option ?? null], (ex) => {
      ex.after(this._computeLoad(ex, spec));
    });
    return this;
  }

  /** Sets several properties at once, recursing into navigation properties (like office.js `set`). */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const nav = this._navByName(key);
      if (nav !== undefined && value !== null && typeof value === "object" && !Array.isArray(value)) {
        nav.set(value as Record<string, unknown>);
      } else {
        (this as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._loaded };
  }
}

/** A collection proxy: own scalar properties (count) plus items loaded as bound proxies. */
export abstract class SimCollection<T, I extends SimObject<unknown>> extends SimObject<T> {
  private _protoItem: I | undefined;

  /** References (ids) of the items, in order. */
  protected abstract _itemRefs(target: T, ex: Exec): unknown[];

  /** A proxy for an item; `ref` undefined for the prototype used to parse load paths. */
  protected abstract _makeItem(ref: unknown): I;

  get items(): I[] {
    return this._read<I[]>("items");
  }

  private _proto(): I {
    if (this._protoItem === undefined) this._protoItem = this._makeItem(undefined);
    return this._protoItem;
  }

  override _addPath(spec: LoadSpec, segments: string[]): void {
    const [head, ...rest] = segments;
    if (head === undefined || head === "") return;
    const own = Object.keys(this._scalars());
    if (head === "items") {
      spec.items ??= emptySpec();
      if (rest.length === 0) spec.items.all = true;
      else this._proto()._addPath(spec.items, rest);
      return;
    }
    if (own.includes(head) || head === "isNullObject") {
      super._addPath(spec, segments);
      return;
    }
    spec.items ??= emptySpec();
    this._proto()._addPath(spec.items, segments);
  }

  override _parseLoad(option?: LoadOption): LoadSpec {
    const spec = super._parseLoad(option);
    if (spec.all) {
      spec.items ??= emptySpec(true);
      spec.items.all = true;
    }
    if (spec.items === undefined) spec.items = emptySpec(true);
    if (spec.items.scalars.size === 0 && spec.items.navs.size === 0) spec.items.all = true;
    return spec;
  }

  override _computeLoad(ex: Exec, spec: LoadSpec): () => void {
    const ownSpec: LoadSpec = { all: spec.all, scalars: spec.scalars, navs: spec.navs };
    const own = super._computeLoad(ex, ownSpec);
    const target = this._resolve(ex);
    if (target === null) return own;
    let refs = this._itemRefs(target, ex);
    if (spec.skip !== undefined) refs = refs.slice(spec.skip);
    if (spec.top !== undefined) refs = refs.slice(0, spec.top);
    const itemSpec = spec.items ?? emptySpec(true);
    const items = refs.map((ref) => this._makeItem(ref));
    const appliers = items.map((item) => item._computeLoad(ex, itemSpec));
    return () => {
      own();
      for (const apply of appliers) apply();
      this._loaded.items = items;
    };
  }
}

/** OfficeExtension.ClientResult: value readable after the sync that computed it. */
export class SimClientResult<V> {
  private _value: V | undefined;
  private _done = false;

  get value(): V {
    if (!this._done) throw simError("ValueNotLoaded");
    return this._value as V;
  }

  _set(value: V): void {
    this._value = value;
    this._done = true;
  }
}
