// Every name of the AdminPulse API this add-in relies on, in one module: paths, query names,
// field names, link-type codes and the direction of links. Most of them are [ASSUMED] in
// ../shared/adminpulse-api.md; calibrating against a live account should change this file only.
// The schemas are tolerant: unknown fields are ignored, missing optional fields become null,
// unknown link types are kept as role "other" (skipped later and counted). A field that is
// present with the wrong type is a schema error: silently emptying it would hide API drift.

import { z } from "zod";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import type { Address, Link, LinkRole, OwnershipRight, Page, Relation, RelationKind, RelationSummary } from "./types";

/** [DOC] */
export const DEFAULT_BASE_URL = "https://api.adminpulse.be";

/** [DOC] 480 calls per minute per key. */
export const RATE_LIMIT = { calls: 480, windowMs: 60_000 } as const;

/** [SEEN] */
export const PATHS = {
  relations: "/relations",
  relation: (uniqueIdentifier: string) => `/relations/${encodeURIComponent(uniqueIdentifier)}`,
} as const;

/** [SEEN] page is 0-based; pageSize at most 400. The enterprise-number filter is [SEEN] in use, [ASSUMED] to work. */
export const QUERY = {
  page: "page",
  pageSize: "pageSize",
  enterpriseNumber: "vatNumber",
} as const;
export const MAX_PAGE_SIZE = 400;

/** The filter value integrations send: the 10 digits, no "BE" [SEEN]. */
export function enterpriseNumberFilterValue(normalised: string): string {
  return normalised;
}

/**
 * [SEEN for 1–8] Link-type codes the add-in uses. Links are read as going from the company (in
 * its `tos`) to the related relation [ASSUMED direction]; other codes map to "other".
 */
export const LINK_TYPE_ROLES: Readonly<Record<number, LinkRole>> = {
  /** [SEEN] Beneficiary: the company's registered ultimate beneficial owners (UBO checks). */
  2: "beneficiary",
  4: "director",
  /** [SEEN] Partner of an SNC/SComm (associé / vennoot): shown with the shareholders. */
  5: "partner",
  6: "shareholder",
  7: "auditor",
  /** [SEEN] Control by other means: a beneficial owner whatever the shares (UBO checks). */
  8: "control",
};
/** Codes known to exist and deliberately unused (contact, trustee). */
export const KNOWN_UNUSED_LINK_TYPES: ReadonlySet<number> = new Set([1, 3]);

/**
 * [DOC that they exist; name and values ASSUMED] `ownershipRights` on a shareholder link.
 * Absent or null is full ownership. Values are compared without case, spaces or underscores
 * ("Full ownership", "BARE_OWNERSHIP"); any other value is kept as text, read as full ownership
 * and counted in the mapping's diagnostics.
 */
export const OWNERSHIP_RIGHTS_FIELD = "ownershipRights";
export const OWNERSHIP_RIGHT_VALUES: Readonly<Record<string, OwnershipRight>> = {
  FullOwnership: "full",
  Usufruct: "usufruct",
  BareOwnership: "bare",
};

const OWNERSHIP_RIGHT_KEYS: ReadonlyMap<string, OwnershipRight> = new Map(
  Object.entries(OWNERSHIP_RIGHT_VALUES).map(([wire, right]) => [wire.toLowerCase(), right]),
);

/** The right a wire value names; null with the text kept when it names none (and for a blank value: full ownership, no text). */
export function ownershipRightOf(value: string | null): { right: OwnershipRight | null; unknown: string | null } {
  const text = value?.trim() ?? "";
  if (text === "") return { right: null, unknown: null };
  const right = OWNERSHIP_RIGHT_KEYS.get(text.replace(/[\s_-]+/g, "").toLowerCase());
  return right ? { right, unknown: null } : { right: null, unknown: text };
}

const RELATION_KINDS: Readonly<Record<string, RelationKind>> = {
  Company: "Company",
  SoleProprietor: "SoleProprietor",
  Person: "Person",
};

// --- wire schemas ---------------------------------------------------------------------------

function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? null);
}

/** ISO 8601 `yyyy-MM-dd`, optionally followed by a time [SEEN]; the calendar date is kept as written. */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const isoDate = z.string().regex(ISO_DATE, "expected an ISO 8601 date");

/** Whether the schemas read this text as a date (the probe counts the ones they would refuse). */
export function isContractDate(value: string): boolean {
  return ISO_DATE.test(value);
}

function datePart(value: string | null): string | null {
  return value === null ? null : (ISO_DATE.exec(value)?.[1] ?? null);
}
function timePart(value: string | null): string | null {
  if (value === null) return null;
  const match = ISO_DATE.exec(value);
  if (!match?.[2]) return null;
  // A bare midnight is how a date without a time is often serialised: not a meeting time.
  return match[2] === "00" && match[3] === "00" ? null : `${match[2]}:${match[3]}`;
}

const wireLink = z.object({
  linkType: z.number().int(),
  uniqueIdentifier: z.string().min(1),
});

/** The fields of the links the add-in uses; only parsed for those roles, so an unknown link's odd fields never fail a sync. */
const wireLinkDetail = z.object({
  startDate: optional(isoDate),
  endDate: optional(isoDate),
  function: optional(z.string()),
  representativeUniqueIdentifier: optional(z.string()),
  shares: optional(z.number()),
  votingRights: optional(z.number()),
  underOption: optional(z.boolean()),
  // Tolerant: an enumeration serialised as a number is kept as text (unknown, counted), not a schema error.
  [OWNERSHIP_RIGHTS_FIELD]: optional(z.union([z.string(), z.number()]).transform(String)),
  ireNumber: optional(z.string()),
  comment: optional(z.string()),
});

const wireLinks = optional(z.array(z.unknown())).transform((value, ctx): Link[] => {
  const links: Link[] = [];
  (value ?? []).forEach((raw, index) => {
    const base = wireLink.safeParse(raw);
    if (!base.success) {
      for (const issue of base.error.issues) ctx.addIssue({ ...issue, path: [index, ...issue.path] } as never);
      return;
    }
    const role = LINK_TYPE_ROLES[base.data.linkType] ?? "other";
    const detail = role === "other" ? undefined : wireLinkDetail.safeParse(raw);
    if (detail && !detail.success) {
      for (const issue of detail.error.issues) ctx.addIssue({ ...issue, path: [index, ...issue.path] } as never);
      return;
    }
    const d = detail?.data;
    const right = ownershipRightOf(d?.[OWNERSHIP_RIGHTS_FIELD] ?? null);
    links.push({
      role,
      linkType: base.data.linkType,
      relationId: base.data.uniqueIdentifier,
      startDate: datePart(d?.startDate ?? null),
      endDate: datePart(d?.endDate ?? null),
      roleText: d?.function ?? null,
      representativeId: d?.representativeUniqueIdentifier ?? null,
      shares: d?.shares ?? null,
      votingRights: d?.votingRights ?? null,
      underOption: d?.underOption ?? null,
      ownershipRight: right.right,
      ownershipRightText: right.unknown,
      ireNumber: d?.ireNumber ?? null,
      comment: d?.comment ?? null,
    });
  });
  return links;
});

const idLike = z.union([z.string(), z.number()]).transform(String);

const wireSummaryShape = {
  uniqueIdentifier: z.string().min(1),
  id: optional(idLike),
  code: optional(z.string()),
  name: optional(z.string()),
  type: optional(z.string()),
  legalForm: optional(z.string()),
  companyNumber: optional(z.string()),
  vatNumber: optional(z.string()),
  status: optional(z.string()),
  tos: wireLinks,
};

const wireAddress = z.object({
  street: optional(z.string()),
  number: optional(z.union([z.string(), z.number()]).transform(String)),
  box: optional(z.string()),
  postalCode: optional(z.union([z.string(), z.number()]).transform(String)),
  city: optional(z.string()),
  country: optional(z.string()),
});

type WireSummary = z.output<z.ZodObject<typeof wireSummaryShape>>;

function toSummary(w: WireSummary): RelationSummary {
  // The two can differ (a VAT-unit member, a typing error): a look-up matches on either.
  const numbers = [normaliseEnterpriseNumber(w.companyNumber), normaliseEnterpriseNumber(w.vatNumber)].filter((n): n is string => n !== null);
  const enterpriseNumber = numbers[0] ?? null;
  return {
    id: w.uniqueIdentifier,
    numericId: w.id,
    code: w.code,
    name: w.name ?? "",
    kind: (w.type && RELATION_KINDS[w.type]) || "Unknown",
    legalForm: w.legalForm,
    enterpriseNumber,
    enterpriseNumbers: [...new Set(numbers)],
    vatNumber: w.vatNumber,
    status: w.status,
    links: w.tos,
  };
}

export const relationSummarySchema = z.object(wireSummaryShape).transform(toSummary);

const EMPTY_ADDRESS: Address = { street: null, number: null, box: null, postalCode: null, city: null, country: null };

/** The fields a relation's detail carries beyond the list item's. */
const wireDetailShape = {
  nationalNumber: optional(z.string()),
  firstName: optional(z.string()),
  lastName: optional(z.string()),
  language: optional(z.string()),
  address: optional(wireAddress),
  fiscalYearEnd: optional(isoDate),
  nextGeneralMeeting: optional(isoDate),
  totalShares: optional(z.number()),
  totalVotingRights: optional(z.number()),
};

export const relationSchema = z.object({ ...wireSummaryShape, ...wireDetailShape }).transform((w): Relation => ({
  ...toSummary(w),
  nationalNumber: w.nationalNumber,
  firstName: w.firstName,
  lastName: w.lastName,
  language: w.language,
  address: w.address ?? EMPTY_ADDRESS,
  fiscalYearEnd: datePart(w.fiscalYearEnd),
  generalMeetingDate: datePart(w.nextGeneralMeeting),
  generalMeetingTime: timePart(w.nextGeneralMeeting),
  totalShares: w.totalShares,
  totalVotingRights: w.totalVotingRights,
}));

/**
 * [ASSUMED absent] The detail fields the permanent data reads from a related relation that the
 * list items of ../shared/adminpulse-api.md do not carry: the address (every party's row in
 * PD_Relations, duplicates by postal code, "registered abroad"), the national number (the
 * identifier of a natural person in every table) and the first and last names. A list item that
 * carries all four (even as null) can stand in for the detail; one without them cannot, and the
 * relation is read with `GET /relations/{id}`. Per the contract the list never carries them, so
 * the client reads details; a live account whose list does carry them is used as it is.
 */
export const LIST_ITEM_DETAIL_FIELDS = ["address", "nationalNumber", "firstName", "lastName"] as const;

/** The relation a list item describes in full, or null when the item lacks detail fields (or they do not parse). */
export function relationFromListItem(raw: unknown): Relation | null {
  if (typeof raw !== "object" || raw === null) return null;
  if (!LIST_ITEM_DETAIL_FIELDS.every((field) => Object.prototype.hasOwnProperty.call(raw, field))) return null;
  const parsed = relationSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** [SEEN] `{ results, currentPage, pageCount, pageSize, totalRowCount }` */
const pageEnvelopeSchema = z.object({
  results: z.array(z.unknown()),
  currentPage: z.number().int().min(0),
  pageCount: z.number().int().min(0),
  pageSize: optional(z.number().int()),
  totalRowCount: optional(z.number().int()),
});

/**
 * A list page, each item parsed once: as a relation in full when it carries the detail fields,
 * else as a summary. Issues carry their path in the answer (`results.3.name`).
 */
export function parseRelationPage(
  body: unknown,
): { success: true; page: Page<RelationSummary>; complete: Relation[] } | { success: false; issues: z.core.$ZodIssue[] } {
  const envelope = pageEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { success: false, issues: envelope.error.issues };
  const items: RelationSummary[] = [];
  const complete: Relation[] = [];
  const issues: z.core.$ZodIssue[] = [];
  envelope.data.results.forEach((raw, index) => {
    const full = relationFromListItem(raw);
    if (full) {
      items.push(full);
      complete.push(full);
      return;
    }
    const summary = relationSummarySchema.safeParse(raw);
    if (summary.success) items.push(summary.data);
    else issues.push(...summary.error.issues.map((issue) => ({ ...issue, path: ["results", index, ...issue.path] })));
  });
  if (issues.length > 0) return { success: false, issues };
  const w = envelope.data;
  return {
    success: true,
    page: { items, page: w.currentPage, pageCount: w.pageCount, pageSize: w.pageSize ?? items.length, totalCount: w.totalRowCount ?? items.length },
    complete,
  };
}

/** [SEEN] Keep requesting the next page while `currentPage < pageCount - 1`. */
export function hasNextPage(page: Page<unknown>): boolean {
  return page.page < page.pageCount - 1;
}

// --- every wire name above, as data ------------------------------------------------------------
// The contract probe (src/probe/) checks a live account against this list. Field names are taken
// from the schemas' own shapes, so a field renamed in a schema is renamed here too; the notes
// tables are typed by those shapes, so the compiler refuses a note for a field that no longer
// exists, or a field without its note.

/** How sure ../shared/adminpulse-api.md is of a name: documented, seen in integrations, or assumed. */
export type WireTag = "DOC" | "SEEN" | "ASSUMED";

/** The JSON kinds a field may hold; null is always accepted (every field is optional to the schemas). */
export type JsonKind = "string" | "number" | "boolean" | "object" | "array";

/** Where a field sits: a list answer (`page`), its items and their links, a relation's detail, its address and links. */
export type WirePlace = "page" | "list-item" | "list-link" | "relation" | "address" | "link";

/** A key of a schema shape, checked by the compiler: renaming the schema's key makes this line fail, here. */
function shapeKey<T extends object>(_shape: T, key: keyof T & string): string {
  return key;
}

/**
 * The fields the add-in's structure hangs on: the probe reads their values to choose its sample
 * and to check paging, never to report them.
 */
export const WIRE_KEYS = {
  results: shapeKey(pageEnvelopeSchema.shape, "results"),
  currentPage: shapeKey(pageEnvelopeSchema.shape, "currentPage"),
  pageCount: shapeKey(pageEnvelopeSchema.shape, "pageCount"),
  pageSize: shapeKey(pageEnvelopeSchema.shape, "pageSize"),
  totalRowCount: shapeKey(pageEnvelopeSchema.shape, "totalRowCount"),
  id: shapeKey(wireSummaryShape, "uniqueIdentifier"),
  type: shapeKey(wireSummaryShape, "type"),
  enterpriseNumbers: [shapeKey(wireSummaryShape, "companyNumber"), shapeKey(wireSummaryShape, "vatNumber")],
  links: shapeKey(wireSummaryShape, "tos"),
  address: shapeKey(wireDetailShape, "address"),
  linkType: shapeKey(wireLink.shape, "linkType"),
  linkTarget: shapeKey(wireLink.shape, "uniqueIdentifier"),
  representative: shapeKey(wireLinkDetail.shape, "representativeUniqueIdentifier"),
} as const;

/** How places nest: the field of the parent place that holds each (`many`: an array of them). */
export const WIRE_PLACES: Readonly<Record<WirePlace, { parent: WirePlace; field: string; many: boolean } | null>> = {
  page: null,
  "list-item": { parent: "page", field: WIRE_KEYS.results, many: true },
  "list-link": { parent: "list-item", field: WIRE_KEYS.links, many: true },
  relation: null,
  address: { parent: "relation", field: WIRE_KEYS.address, many: false },
  link: { parent: "relation", field: WIRE_KEYS.links, many: true },
};

/** A place as a path in the JSON: `page.results[]`, `relation.tos[]`. */
export function placePath(place: WirePlace): string {
  const nesting = WIRE_PLACES[place];
  return nesting ? `${placePath(nesting.parent)}.${nesting.field}${nesting.many ? "[]" : ""}` : place;
}

export interface FieldNote {
  tag: WireTag;
  accepts: readonly JsonKind[];
  /** A text the schemas read as an ISO 8601 date. */
  date?: true;
  /**
   * "always": the contract shows it in every answer of its place (null when empty), so its
   * absence is a difference; "when-set": it may be left out when it has no value.
   */
  presence: "always" | "when-set";
  /** Link fields: the roles on whose links the add-in reads it (absent: every role it uses). */
  roles?: readonly LinkRole[];
}

const note = (tag: WireTag, accepts: readonly JsonKind[], more: Partial<Omit<FieldNote, "tag" | "accepts">> = {}): FieldNote => ({
  tag,
  accepts,
  presence: "always",
  ...more,
});
const TEXT = ["string"] as const;
const NUMBER = ["number"] as const;
const TEXT_OR_NUMBER = ["string", "number"] as const;

const PAGE_NOTES = {
  results: note("SEEN", ["array"]),
  currentPage: note("SEEN", NUMBER),
  pageCount: note("SEEN", NUMBER),
  pageSize: note("SEEN", NUMBER),
  totalRowCount: note("SEEN", NUMBER),
} satisfies Record<keyof typeof pageEnvelopeSchema.shape, FieldNote>;

const SUMMARY_NOTES = {
  uniqueIdentifier: note("SEEN", TEXT),
  id: note("ASSUMED", TEXT_OR_NUMBER),
  code: note("SEEN", TEXT),
  name: note("SEEN", TEXT),
  type: note("ASSUMED", TEXT),
  legalForm: note("SEEN", TEXT),
  companyNumber: note("ASSUMED", TEXT),
  vatNumber: note("ASSUMED", TEXT),
  status: note("ASSUMED", TEXT),
  tos: note("SEEN", ["array"]),
} satisfies Record<keyof typeof wireSummaryShape, FieldNote>;

const DETAIL_NOTES = {
  nationalNumber: note("ASSUMED", TEXT),
  firstName: note("ASSUMED", TEXT),
  lastName: note("ASSUMED", TEXT),
  language: note("ASSUMED", TEXT),
  address: note("ASSUMED", ["object"]),
  fiscalYearEnd: note("ASSUMED", TEXT, { date: true }),
  nextGeneralMeeting: note("ASSUMED", TEXT, { date: true }),
  totalShares: note("ASSUMED", NUMBER),
  totalVotingRights: note("ASSUMED", NUMBER),
} satisfies Record<keyof typeof wireDetailShape, FieldNote>;

const ADDRESS_NOTES = {
  street: note("ASSUMED", TEXT),
  number: note("ASSUMED", TEXT_OR_NUMBER),
  box: note("ASSUMED", TEXT),
  postalCode: note("ASSUMED", TEXT_OR_NUMBER),
  city: note("ASSUMED", TEXT),
  country: note("ASSUMED", TEXT),
} satisfies Record<keyof typeof wireAddress.shape, FieldNote>;

const LINK_NOTES = {
  linkType: note("SEEN", NUMBER),
  uniqueIdentifier: note("SEEN", TEXT),
} satisfies Record<keyof typeof wireLink.shape, FieldNote>;

const MANDATES: readonly LinkRole[] = ["director", "auditor"];
const LINK_DETAIL_NOTES = {
  startDate: note("ASSUMED", TEXT, { date: true, roles: MANDATES }),
  endDate: note("ASSUMED", TEXT, { date: true, roles: MANDATES }),
  function: note("ASSUMED", TEXT, { roles: ["director"] }),
  representativeUniqueIdentifier: note("ASSUMED", TEXT, { presence: "when-set", roles: MANDATES }),
  shares: note("ASSUMED", NUMBER, { roles: ["shareholder"] }),
  votingRights: note("ASSUMED", NUMBER, { roles: ["shareholder"] }),
  underOption: note("ASSUMED", ["boolean"], { roles: ["shareholder"] }),
  // Absent or null means full ownership (see OWNERSHIP_RIGHTS_FIELD).
  [OWNERSHIP_RIGHTS_FIELD]: note("ASSUMED", TEXT_OR_NUMBER, { presence: "when-set", roles: ["shareholder", "partner"] }),
  ireNumber: note("ASSUMED", TEXT, { roles: ["auditor"] }),
  comment: note("ASSUMED", TEXT, { presence: "when-set" }),
} satisfies Record<keyof typeof wireLinkDetail.shape, FieldNote>;

export type WireName =
  | { kind: "path"; name: string; tag: WireTag; source: string }
  | { kind: "query"; name: string; tag: WireTag; source: string }
  | ({ kind: "field"; name: string; place: WirePlace; source: string } & FieldNote)
  | { kind: "link-type"; name: string; code: number; role: LinkRole; tag: WireTag; source: string }
  | { kind: "value"; name: string; place: WirePlace; field: string; tag: WireTag; source: string };

function fields<K extends string>(place: WirePlace, source: string, shape: Record<K, unknown>, notes: Record<K, FieldNote>): WireName[] {
  return (Object.keys(shape) as K[]).map((name) => ({ kind: "field", name, place, source, ...notes[name] }));
}

/**
 * Every name of the AdminPulse API this add-in relies on, with its tag and the declaration of
 * this module that spells it (`source`): what to edit when a live account spells it otherwise.
 */
export const WIRE_NAMES: readonly WireName[] = [
  { kind: "path", name: PATHS.relations, tag: "SEEN", source: "PATHS.relations" },
  { kind: "path", name: PATHS.relation("_").replace(/_$/, "{uniqueIdentifier}"), tag: "SEEN", source: "PATHS.relation" },
  { kind: "query", name: QUERY.page, tag: "SEEN", source: "QUERY.page" },
  { kind: "query", name: QUERY.pageSize, tag: "SEEN", source: "QUERY.pageSize" },
  // The name is seen in use; that the server filters on it is assumed.
  { kind: "query", name: QUERY.enterpriseNumber, tag: "ASSUMED", source: "QUERY.enterpriseNumber" },
  ...fields("page", "pageEnvelopeSchema", pageEnvelopeSchema.shape, PAGE_NOTES),
  ...fields("list-item", "wireSummaryShape", wireSummaryShape, SUMMARY_NOTES),
  ...fields("list-link", "wireLink", wireLink.shape, LINK_NOTES),
  ...fields("relation", "wireSummaryShape", wireSummaryShape, SUMMARY_NOTES),
  ...fields("relation", "wireDetailShape", wireDetailShape, DETAIL_NOTES),
  ...fields("address", "wireAddress", wireAddress.shape, ADDRESS_NOTES),
  ...fields("link", "wireLink", wireLink.shape, LINK_NOTES),
  ...fields("link", "wireLinkDetail", wireLinkDetail.shape, LINK_DETAIL_NOTES),
  ...Object.entries(LINK_TYPE_ROLES).map(([code, role]): WireName => ({
    kind: "link-type",
    name: code,
    code: Number(code),
    role,
    tag: "SEEN",
    source: "LINK_TYPE_ROLES",
  })),
  ...[...KNOWN_UNUSED_LINK_TYPES].map((code): WireName => ({
    kind: "link-type",
    name: String(code),
    code,
    role: "other",
    tag: "SEEN",
    source: "KNOWN_UNUSED_LINK_TYPES",
  })),
  ...Object.keys(RELATION_KINDS).map((name): WireName => ({ kind: "value", name, place: "relation", field: "type", tag: "DOC", source: "RELATION_KINDS" })),
  ...Object.keys(OWNERSHIP_RIGHT_VALUES).map((name): WireName => ({
    kind: "value",
    name,
    place: "link",
    field: OWNERSHIP_RIGHTS_FIELD,
    tag: "ASSUMED",
    source: "OWNERSHIP_RIGHT_VALUES",
  })),
];
