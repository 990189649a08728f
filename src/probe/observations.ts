// What the probe saw in AdminPulse's answers, kept as names, JSON kinds, counts and date patterns.
// Values are looked at here and nowhere kept: an answer goes in, only its shape stays.

import { type JsonKind, type WirePlace, WIRE_KEYS, WIRE_NAMES, isContractDate } from "../adminpulse/contract";
import { datePattern } from "./date-pattern";
import { isReportableName } from "./field-names";
import { type Json, childOf, childrenOf, isObject, whole } from "./wire-access";

export type Kind = JsonKind | "null";

export interface FieldStats {
  /** Objects that carried the field. */
  count: number;
  kinds: Partial<Record<Kind, number>>;
  /** Texts the contract's schemas would not read as a date (they matter for date fields only). */
  notDates: number;
  datePatterns: Map<string, number>;
}

export interface PlaceStats {
  /** Objects of this place met. */
  seen: number;
  fields: Map<string, FieldStats>;
  /** Keys shaped like data (ids, numbers, text with spaces), counted and never named. */
  unnamed: number;
  /** Fields the place was found under when the contract's own was missing, with how often. */
  via: Map<string, number>;
}

export interface CodeStats {
  /** Links of this type in list items. */
  inLists: number;
  /** Links of this type in relation details, whose fields are below. */
  inDetails: number;
  fields: Map<string, FieldStats>;
}

export interface ValueStats {
  /** The contract's values met, by value. */
  known: Map<string, number>;
  /** Other values met: counted, never kept (they may be free text). */
  other: number;
}

/** `place field`: the fields whose values the contract names, with those values. */
const VALUE_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const fields = new Map<string, Set<string>>();
  for (const wire of WIRE_NAMES) {
    if (wire.kind !== "value") continue;
    const key = valueKey(wire.place, wire.field);
    fields.set(key, (fields.get(key) ?? new Set()).add(wire.name));
  }
  return fields;
})();

export function valueKey(place: WirePlace, field: string): string {
  return `${place} ${field}`;
}

export class Observations {
  readonly places = new Map<WirePlace, PlaceStats>();
  readonly codes = new Map<number, CodeStats>();
  /** Links whose type is not a whole number: counted only. */
  oddCodes = 0;
  readonly values = new Map<string, ValueStats>();
  /** List answers that were JSON objects (the filtered one included). */
  listPages = 0;
  relations = 0;

  /** A list answer: its envelope, its items and their links. */
  page(body: unknown): void {
    if (!isObject(body)) return;
    this.listPages++;
    this.record("page", body);
    const { items, via } = childrenOf(body, "list-item");
    this.noteVia("list-item", via);
    for (const item of items) {
      this.record("list-item", item);
      const links = childrenOf(item, "list-link");
      this.noteVia("list-link", links.via);
      for (const link of links.items) {
        this.record("list-link", link);
        const code = whole(link, WIRE_KEYS.linkType);
        if (code === null) this.oddCodes++;
        else this.code(code).inLists++;
      }
    }
  }

  /** A relation's detail: its fields, address and links. */
  relation(body: unknown): void {
    if (!isObject(body)) return;
    this.relations++;
    this.record("relation", body);
    const address = childOf(body, "address");
    if (address && isObject(address.value)) {
      this.noteVia("address", address.via);
      this.record("address", address.value);
    }
    const links = childrenOf(body, "link");
    this.noteVia("link", links.via);
    for (const link of links.items) {
      this.record("link", link);
      const code = whole(link, WIRE_KEYS.linkType);
      if (code === null) {
        this.oddCodes++;
        continue;
      }
      const stats = this.code(code);
      stats.inDetails++;
      recordFields(stats.fields, link);
    }
  }

  private record(place: WirePlace, object: Json): void {
    const stats = this.place(place);
    stats.seen++;
    stats.unnamed += recordFields(stats.fields, object);
    for (const [field, value] of Object.entries(object)) {
      const known = VALUE_FIELDS.get(valueKey(place, field));
      if (!known || value === null || value === undefined) continue;
      const values = this.values.get(valueKey(place, field)) ?? { known: new Map(), other: 0 };
      this.values.set(valueKey(place, field), values);
      if (typeof value === "string" && known.has(value)) values.known.set(value, (values.known.get(value) ?? 0) + 1);
      else values.other++;
    }
  }

  private noteVia(place: WirePlace, via: string | null): void {
    if (via === null) return;
    const stats = this.place(place);
    // A name chosen by shape is a field name like any other: named only when shaped like one.
    const name = isReportableName(via) ? via : "";
    if (name) stats.via.set(name, (stats.via.get(name) ?? 0) + 1);
  }

  place(place: WirePlace): PlaceStats {
    let stats = this.places.get(place);
    if (!stats) {
      stats = { seen: 0, fields: new Map(), unnamed: 0, via: new Map() };
      this.places.set(place, stats);
    }
    return stats;
  }

  private code(code: number): CodeStats {
    let stats = this.codes.get(code);
    if (!stats) {
      stats = { inLists: 0, inDetails: 0, fields: new Map() };
      this.codes.set(code, stats);
    }
    return stats;
  }
}

/** Adds an object's fields to `fields`; returns how many keys were not reportable names. */
function recordFields(fields: Map<string, FieldStats>, object: Json): number {
  let unnamed = 0;
  for (const [key, value] of Object.entries(object)) {
    if (!isReportableName(key)) {
      unnamed++;
      continue;
    }
    let stats = fields.get(key);
    if (!stats) {
      stats = { count: 0, kinds: {}, notDates: 0, datePatterns: new Map() };
      fields.set(key, stats);
    }
    stats.count++;
    const kind = kindOf(value);
    stats.kinds[kind] = (stats.kinds[kind] ?? 0) + 1;
    if (typeof value === "string") {
      if (!isContractDate(value)) stats.notDates++;
      const pattern = datePattern(value);
      if (pattern) stats.datePatterns.set(pattern, (stats.datePatterns.get(pattern) ?? 0) + 1);
    }
  }
  return unnamed;
}

export function kindOf(value: unknown): Kind {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" ? type : "object";
}
