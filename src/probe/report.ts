// The probe's report, as written to --out and sent by an office to the developers. It holds the
// contract's own names, field names met in the answers (only those shaped like property names),
// JSON kinds, counts, date patterns, status codes and link-type codes: no value read from
// AdminPulse, so no name, number, address, date, id or free text of anyone.

import type { AdminPulseErrorKind } from "../adminpulse/errors";
import type { WireName, WireTag } from "../adminpulse/contract";
import type { LinkRole } from "../adminpulse/types";
import type { FilterBehaviour, Pagination } from "./evidence";
import type { Kind } from "./observations";
import type { RetryAfterForm } from "./traffic";

export const REPORT_FORMAT = "adminpulse-contract-probe";
export const REPORT_VERSION = 1;

/**
 * found: met as the contract spells it (for a query: the server acted on it); absent: not met
 * where the contract expects it (for a query: ignored); other-type: met with a JSON kind, or a
 * date format, the add-in does not read; not-seen: not met, but the contract allows that (a
 * field left out when empty, a link type no relation of the sample had); not-sampled: its place
 * was never met, so nothing can be said.
 */
export type NameStatus = "found" | "absent" | "other-type" | "not-seen" | "not-sampled";

export type Kinds = Partial<Record<Kind, number>>;

export interface NameResult {
  kind: WireName["kind"];
  /** Where it sits, as a path in the JSON (`relation.tos[]`); null for paths and queries. */
  place: string | null;
  name: string;
  tag: WireTag;
  /** The declaration of src/adminpulse/contract.ts that spells it. */
  source: string;
  status: NameStatus;
  /** Times met. */
  count: number;
  /** Times it could have been met: its place's objects (for link fields, the links of the roles that carry it), or the requests. */
  of: number;
  /** Fields: the JSON kinds the add-in reads (`date`: an ISO 8601 text). */
  expected?: string;
  /** Fields: the JSON kinds met. */
  types?: Kinds;
  /** Date fields: texts met that the add-in would not read as a date. */
  notDates?: number;
  /** Date patterns met, with how often. */
  datePatterns?: Record<string, number>;
  /** Absent or not seen: the fields the contract does not name that were met at the same place, likeliest first. */
  presentInstead?: string[];
  /** The likeliest new name (a field name, or a link-type code), or null. */
  suggestion?: string | null;
  /** Queries: what the server did with it. */
  behaviour?: FilterBehaviour;
  /** Link types: the role the add-in gives the code. */
  role?: LinkRole;
  /** Values: other values met in the same field (counted, never shown: they may be free text). */
  otherValues?: number;
}

export interface Difference {
  kind: NameResult["kind"] | "pagination";
  place: string | null;
  name: string;
  status: NameStatus | "inconsistent";
  suggestion: string | null;
}

export interface PlaceReport {
  place: string;
  /** Objects of this place met. */
  seen: number;
  /** The field it was read through when the contract's own was missing. */
  via: string | null;
  /** Fields met that the contract does not name. */
  unexpectedFields: Array<{ name: string; count: number; types: Kinds; datePatterns: Record<string, number> }>;
  /** Keys shaped like data rather than names (ids, numbers, text with spaces): counted, never named. */
  unnamedFields: number;
}

export interface LinkTypeReport {
  code: number;
  role: LinkRole | "unused" | "unknown";
  inLists: number;
  inDetails: number;
  /** The fields met on links of this type in relation details, with how often. */
  fields: Array<{ name: string; count: number }>;
}

export interface ProbeReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  /** inconclusive: no difference, but no relation could be read to compare. */
  verdict: "as-expected" | "differences" | "inconclusive";
  differences: Difference[];
  /** Whether the probe spoke to AdminPulse's own address or to another (a proxy, the sandbox); the address itself stays out. */
  address: "adminpulse" | "other";
  requests: { sent: number; budget: number; stoppedBy: "budget" | AdminPulseErrorKind | null };
  sample: { listPages: number; listItems: number; relations: number; links: number; detailsNotFound: number };
  statusCodes: Array<{ status: number; count: number }>;
  networkFailures: number;
  responseTimesMs: { min: number; median: number; max: number } | null;
  rateLimit: { answers429: number; withRetryAfter: number; retryAfterForms: Array<{ form: RetryAfterForm; count: number }> };
  pagination: Pagination;
  filter: { query: string; behaviour: FilterBehaviour; results: number; matching: number };
  names: NameResult[];
  linkTypes: LinkTypeReport[];
  places: PlaceReport[];
  datePatterns: Array<{ pattern: string; count: number }>;
}
