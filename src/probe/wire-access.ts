// Reading raw AdminPulse JSON by the contract's names, with one allowance: when the field that
// holds a nested place (a page's results, a relation's links or address) is missing, the one field
// that can only be it is used instead and named. A single renamed container would otherwise hide
// everything below it, and the report could say nothing about the links of a relation whose `tos`
// is now called `links`.

import { WIRE_NAMES, WIRE_PLACES, type WirePlace } from "../adminpulse/contract";

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The contract's field names at each place. A list item and a relation share theirs: a list may carry detail fields. */
export const KNOWN_NAMES: ReadonlyMap<WirePlace, ReadonlySet<string>> = (() => {
  const names = new Map<WirePlace, Set<string>>();
  for (const wire of WIRE_NAMES) {
    if (wire.kind !== "field") continue;
    const set = names.get(wire.place) ?? new Set<string>();
    set.add(wire.name);
    names.set(wire.place, set);
  }
  const item = names.get("list-item") ?? new Set<string>();
  const relation = names.get("relation") ?? new Set<string>();
  const both = new Set([...item, ...relation]);
  names.set("list-item", both);
  names.set("relation", both);
  return names;
})();

export function knownAt(place: WirePlace): ReadonlySet<string> {
  return KNOWN_NAMES.get(place) ?? new Set();
}

export interface Child {
  /** The array (for a place of many) or the object; null when the parent holds none. */
  value: unknown;
  /** The field it was found under when the contract's field is missing; null when found by its contract name. */
  via: string | null;
}

/** Where `place` sits in `parent` (an object of its parent place), or null when nothing can be it. */
export function childOf(parent: Json, place: WirePlace): Child | null {
  const nesting = WIRE_PLACES[place];
  if (!nesting) return null;
  if (Object.hasOwn(parent, nesting.field)) return { value: parent[nesting.field], via: null };
  const parentNames = knownAt(nesting.parent);
  const childNames = knownAt(place);
  const fits = (value: unknown) => (nesting.many ? Array.isArray(value) && value.every(isObject) : isObject(value));
  const candidates = Object.keys(parent).filter((key) => !parentNames.has(key) && fits(parent[key]));
  // Objects that carry a name the contract expects inside the place are the likelier ones.
  const carriesChildName = (key: string) => {
    const sample = nesting.many ? (parent[key] as unknown[])[0] : parent[key];
    return isObject(sample) && Object.keys(sample).some((name) => childNames.has(name));
  };
  const likely = candidates.filter(carriesChildName);
  const chosen = candidates.length === 1 ? candidates[0] : likely.length === 1 ? likely[0] : undefined;
  return chosen === undefined ? null : { value: parent[chosen], via: chosen };
}

/** The objects of a place of many (items of a page, links of a relation); an empty list when there are none. */
export function childrenOf(parent: Json, place: WirePlace): { items: Json[]; via: string | null } {
  const child = childOf(parent, place);
  if (!child || !Array.isArray(child.value)) return { items: [], via: child?.via ?? null };
  return { items: child.value.filter(isObject), via: child.via };
}

export function text(object: Json, key: string): string | null {
  const value = object[key];
  return typeof value === "string" && value !== "" ? value : null;
}

export function whole(object: Json, key: string): number | null {
  const value = object[key];
  return typeof value === "number" && Number.isInteger(value) ? value : null;
}
