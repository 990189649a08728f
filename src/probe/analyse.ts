// From what the probe saw to the report: every wire name of contract.ts found, absent, of another
// type, or not met; for the missing ones, what was there instead. Pure: no I/O, no clock.

import {
  DEFAULT_BASE_URL,
  KNOWN_UNUSED_LINK_TYPES,
  LINK_TYPE_ROLES,
  QUERY,
  WIRE_KEYS,
  WIRE_NAMES,
  type WireName,
  type WirePlace,
  placePath,
} from "../adminpulse/contract";
import type { LinkRole } from "../adminpulse/types";
import type { FilterEvidence, Pagination } from "./evidence";
import { type CodeStats, type FieldStats, type Observations, valueKey } from "./observations";
import { type Difference, type LinkTypeReport, type NameResult, type PlaceReport, type ProbeReport, REPORT_FORMAT, REPORT_VERSION } from "./report";
import type { SampleResult } from "./sample";
import { rank } from "./suggest";
import type { Traffic } from "./traffic";
import { knownAt } from "./wire-access";

type FieldWire = Extract<WireName, { kind: "field" }>;
type LinkTypeWire = Extract<WireName, { kind: "link-type" }>;
type ValueWire = Extract<WireName, { kind: "value" }>;

const PLACES: readonly WirePlace[] = ["page", "list-item", "list-link", "relation", "address", "link"];
/** The roles the add-in reads links of. */
const USED_ROLES: ReadonlySet<LinkRole> = new Set(Object.values(LINK_TYPE_ROLES));

export interface AnalysisInput {
  sample: SampleResult;
  traffic: Pick<Traffic, "sent" | "budget" | "statuses" | "networkFailures" | "timesMs" | "answers429" | "retryAfter">;
  baseUrl: string;
  names?: readonly WireName[];
}

export function analyse({ sample, traffic, baseUrl, names = WIRE_NAMES }: AnalysisInput): ProbeReport {
  const obs = sample.observations;
  const results = names.map((wire) => nameResult(wire, sample, obs));
  const differences: Difference[] = results
    .filter((r) => r.status === "absent" || r.status === "other-type")
    .map((r) => ({ kind: r.kind, place: r.place, name: r.name, status: r.status, suggestion: r.suggestion ?? null }));
  const page = placePath("page");
  if (sample.pagination.currentPageMatches === false)
    differences.push({ kind: "pagination", place: page, name: WIRE_KEYS.currentPage, status: "inconsistent", suggestion: null });
  if (sample.pagination.pageCountConsistent === false)
    differences.push({ kind: "pagination", place: page, name: WIRE_KEYS.pageCount, status: "inconsistent", suggestion: null });
  const verdict = differences.length > 0 ? "differences" : obs.relations === 0 ? "inconclusive" : "as-expected";
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    verdict,
    differences,
    address: baseUrl === DEFAULT_BASE_URL ? "adminpulse" : "other",
    requests: { sent: traffic.sent, budget: traffic.budget, stoppedBy: sample.stoppedBy },
    sample: {
      listPages: obs.listPages,
      listItems: obs.places.get("list-item")?.seen ?? 0,
      relations: obs.relations,
      links: obs.places.get("link")?.seen ?? 0,
      detailsNotFound: sample.details.notFound,
    },
    statusCodes: [...traffic.statuses].sort(([a], [b]) => a - b).map(([status, count]) => ({ status, count })),
    networkFailures: traffic.networkFailures,
    responseTimesMs: spread(traffic.timesMs),
    rateLimit: {
      answers429: traffic.answers429,
      withRetryAfter: [...traffic.retryAfter.values()].reduce((a, b) => a + b, 0),
      retryAfterForms: [...traffic.retryAfter].map(([form, count]) => ({ form, count })),
    },
    pagination: sample.pagination,
    filter: { query: QUERY.enterpriseNumber, ...sample.filter },
    names: results,
    linkTypes: linkTypes(obs),
    places: PLACES.map((place) => placeReport(obs, place)),
    datePatterns: allDatePatterns(obs),
  };
}

function nameResult(wire: WireName, sample: SampleResult, obs: Observations): NameResult {
  const head = (place: string | null) => ({ kind: wire.kind, place, name: wire.name, tag: wire.tag, source: wire.source });
  switch (wire.kind) {
    case "path":
      return { ...head(null), ...pathStatus(wire, sample) };
    case "query":
      return { ...head(null), ...queryStatus(wire, sample.pagination, sample.filter) };
    case "field":
      return { ...head(placePath(wire.place)), ...fieldStatus(wire, obs) };
    case "link-type":
      return { ...head(placePath("link")), ...linkTypeStatus(wire, obs) };
    case "value":
      return { ...head(`${placePath(wire.place)}.${wire.field}`), ...valueStatus(wire, obs) };
  }
}

type Status = Omit<NameResult, "kind" | "name" | "tag" | "source" | "place">;

function pathStatus(wire: Extract<WireName, { kind: "path" }>, sample: SampleResult): Status {
  if (wire.source === "PATHS.relations") {
    // The first list page answered, or there would be no report.
    return { status: "found", count: sample.observations.listPages, of: sample.observations.listPages };
  }
  const { answered, notFound } = sample.details;
  const of = answered + notFound;
  return { status: answered > 0 ? "found" : of > 0 ? "absent" : "not-sampled", count: answered, of };
}

function queryStatus(wire: Extract<WireName, { kind: "query" }>, pagination: Pagination, filter: FilterEvidence): Status {
  if (wire.name === QUERY.enterpriseNumber) {
    const status = filter.behaviour === "honoured" ? "found" : filter.behaviour === "not-tested" ? "not-sampled" : "absent";
    return { status, count: filter.matching, of: filter.results, behaviour: filter.behaviour };
  }
  const honoured = wire.name === QUERY.page ? pagination.pageHonoured : pagination.pageSizeHonoured;
  const behaviour = honoured === null ? "not-tested" : honoured ? "honoured" : "ignored";
  const status = honoured === null ? "not-sampled" : honoured ? "found" : "absent";
  return { status, count: honoured ? 1 : 0, of: honoured === null ? 0 : 1, behaviour };
}

/** The links a link field is expected on: every link for the link's own fields, else the links of its roles. */
function linkCodesFor(wire: FieldWire): (code: number) => boolean {
  if (wire.source === "wireLink") return () => true;
  const roles = new Set(wire.roles ?? USED_ROLES);
  return (code) => {
    const role = LINK_TYPE_ROLES[code];
    return role !== undefined && roles.has(role);
  };
}

/** A field's statistics at its place; for detail links, over the links of the roles that carry it. */
function fieldScope(wire: FieldWire, obs: Observations): { of: number; stats: FieldStats | undefined; others: Map<string, FieldStats> } {
  const known = knownAt(wire.place);
  if (wire.place !== "link") {
    const place = obs.places.get(wire.place);
    const others = new Map([...(place?.fields ?? [])].filter(([name]) => !known.has(name)));
    return { of: place?.seen ?? 0, stats: place?.fields.get(wire.name), others };
  }
  const applies = linkCodesFor(wire);
  const codes = [...obs.codes].filter(([code]) => applies(code)).map(([, stats]) => stats);
  const merged = mergeFields(codes);
  const others = new Map([...merged].filter(([name]) => !known.has(name)));
  return { of: codes.reduce((sum, c) => sum + c.inDetails, 0), stats: merged.get(wire.name), others };
}

function fieldStatus(wire: FieldWire, obs: Observations): Status {
  const { of, stats, others } = fieldScope(wire, obs);
  const expected = wire.date ? "date" : wire.accepts.join("|");
  if (of === 0) return { status: "not-sampled", count: 0, of, expected };
  if (!stats || stats.count === 0) {
    const { ordered, suggestion } = rank(
      wire,
      [...others].map(([name, s]) => ({ name, stats: s })),
    );
    return { status: wire.presence === "always" ? "absent" : "not-seen", count: 0, of, expected, presentInstead: ordered.slice(0, 10), suggestion };
  }
  const wrongKinds = Object.entries(stats.kinds).some(([kind, n]) => kind !== "null" && (n ?? 0) > 0 && !(wire.accepts as readonly string[]).includes(kind));
  const notDates = wire.date ? stats.notDates : 0;
  return {
    status: wrongKinds || notDates > 0 ? "other-type" : "found",
    count: stats.count,
    of,
    expected,
    types: { ...stats.kinds },
    ...(wire.date ? { notDates } : {}),
    ...(stats.datePatterns.size > 0 ? { datePatterns: Object.fromEntries(stats.datePatterns) } : {}),
  };
}

/** The fields a role's links always carry (director: function and the mandate dates): what tells its links apart. */
function signature(role: LinkRole): string[] {
  return WIRE_NAMES.filter(
    (w): w is FieldWire => w.kind === "field" && w.place === "link" && w.presence === "always" && (w.roles?.includes(role) ?? false),
  ).map((w) => w.name);
}

function linkTypeStatus(wire: LinkTypeWire, obs: Observations): Status {
  const stats = obs.codes.get(wire.code);
  const count = (stats?.inLists ?? 0) + (stats?.inDetails ?? 0);
  const of = [...obs.codes.values()].reduce((sum, c) => sum + c.inLists + c.inDetails, 0);
  if (count > 0) return { status: "found", count, of, role: wire.role };
  if (of === 0) return { status: "not-sampled", count, of, role: wire.role };
  // Not met: is there a code the contract does not know whose links carry this role's fields?
  const fields = wire.role === "other" ? [] : signature(wire.role);
  const carries = (c: CodeStats) => c.inDetails > 0 && fields.every((name) => (c.fields.get(name)?.count ?? 0) * 2 >= c.inDetails);
  const unknown = [...obs.codes]
    .filter(([code, c]) => !Object.hasOwn(LINK_TYPE_ROLES, code) && !KNOWN_UNUSED_LINK_TYPES.has(code) && fields.length > 0 && carries(c))
    .sort(([, a], [, b]) => b.inDetails - a.inDetails)
    .map(([code]) => String(code));
  if (unknown.length === 0) return { status: "not-seen", count, of, role: wire.role };
  return { status: "absent", count, of, role: wire.role, presentInstead: unknown, suggestion: unknown.length === 1 ? unknown[0]! : null };
}

function valueStatus(wire: ValueWire, obs: Observations): Status {
  const values = obs.values.get(valueKey(wire.place, wire.field));
  const knownTotal = [...(values?.known.values() ?? [])].reduce((a, b) => a + b, 0);
  const other = values?.other ?? 0;
  const count = values?.known.get(wire.name) ?? 0;
  const of = knownTotal + other;
  // Values are data-dependent: one not met is a difference only when the field holds none of the contract's values at all.
  const status = count > 0 ? "found" : of === 0 ? "not-sampled" : knownTotal === 0 ? "absent" : "not-seen";
  return { status, count, of, otherValues: other };
}

function mergeFields(codes: readonly CodeStats[]): Map<string, FieldStats> {
  const merged = new Map<string, FieldStats>();
  for (const code of codes) {
    for (const [name, s] of code.fields) {
      const into = merged.get(name) ?? { count: 0, kinds: {}, notDates: 0, datePatterns: new Map<string, number>() };
      into.count += s.count;
      into.notDates += s.notDates;
      for (const [kind, n] of Object.entries(s.kinds) as Array<[keyof FieldStats["kinds"], number]>) into.kinds[kind] = (into.kinds[kind] ?? 0) + n;
      for (const [pattern, n] of s.datePatterns) into.datePatterns.set(pattern, (into.datePatterns.get(pattern) ?? 0) + n);
      merged.set(name, into);
    }
  }
  return merged;
}

function linkTypes(obs: Observations): LinkTypeReport[] {
  return [...obs.codes]
    .sort(([a], [b]) => a - b)
    .map(([code, stats]) => ({
      code,
      role: LINK_TYPE_ROLES[code] ?? (KNOWN_UNUSED_LINK_TYPES.has(code) ? "unused" : "unknown"),
      inLists: stats.inLists,
      inDetails: stats.inDetails,
      fields: [...stats.fields].map(([name, s]) => ({ name, count: s.count })).sort((a, b) => a.name.localeCompare(b.name)),
    }));
}

function placeReport(obs: Observations, place: WirePlace): PlaceReport {
  const stats = obs.places.get(place);
  const known = knownAt(place);
  const via = [...(stats?.via ?? [])].sort(([, a], [, b]) => b - a)[0]?.[0] ?? null;
  return {
    place: placePath(place),
    seen: stats?.seen ?? 0,
    via,
    unexpectedFields: [...(stats?.fields ?? [])]
      .filter(([name]) => !known.has(name))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, s]) => ({ name, count: s.count, types: { ...s.kinds }, datePatterns: Object.fromEntries(s.datePatterns) })),
    unnamedFields: stats?.unnamed ?? 0,
  };
}

function allDatePatterns(obs: Observations): Array<{ pattern: string; count: number }> {
  const totals = new Map<string, number>();
  for (const place of obs.places.values()) {
    for (const field of place.fields.values()) for (const [pattern, n] of field.datePatterns) totals.set(pattern, (totals.get(pattern) ?? 0) + n);
  }
  return [...totals].sort(([pa, a], [pb, b]) => b - a || pa.localeCompare(pb)).map(([pattern, count]) => ({ pattern, count }));
}

/** Min, median and max; null without any. */
export function spread(values: readonly number[]): { min: number; median: number; max: number } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}
