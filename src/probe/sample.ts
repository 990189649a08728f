// The probe's requests, one at a time and within the budget, through the add-in's own transport
// (rate limit, retries, timeouts and the key handling of http.ts apply), reading raw JSON: the
// first two list pages and the last (lists are ordered by name or by creation, and the first pages
// of an office can hold nothing but persons), the list filtered by the enterprise number of a
// relation found there, a few companies whose links cover the most link types, and as many of the
// relations their links point to as the budget leaves room for. Each answer is handed to
// Observations and to the evidence checks, then dropped.

import { LINK_TYPE_ROLES, KNOWN_UNUSED_LINK_TYPES, PATHS, QUERY, WIRE_KEYS, enterpriseNumberFilterValue } from "../adminpulse/contract";
import { type AdminPulseError, type AdminPulseErrorKind, BadRequestError, CancelledError, NotFoundError, isAdminPulseError } from "../adminpulse/errors";
import type { HttpTransport, Query } from "../adminpulse/http";
import {
  FILTER_NOT_TESTED,
  type FilterEvidence,
  type Pagination,
  enterpriseNumbersOf,
  filterEvidence,
  hasMorePages,
  itemsOf,
  paginationEvidence,
} from "./evidence";
import { Observations } from "./observations";
import type { Traffic } from "./traffic";
import { type Json, childrenOf, isObject, text, whole } from "./wire-access";

/** Not a page size AdminPulse or the sandbox uses by default, so that honouring it shows. */
export const PROBE_PAGE_SIZE = 60;
/** Company details read: enough to meet the usual link types, few enough to leave room for the related relations. */
export const MAX_COMPANIES = 6;
/** At most this many related relations per link type (and representatives in all), as the budget allows. */
export const RELATED_PER_TYPE = 10;

export interface SampleResult {
  observations: Observations;
  pagination: Pagination;
  filter: FilterEvidence;
  details: { answered: number; notFound: number };
  /** Why sampling stopped before its plan was done: the budget, or the kind of AdminPulse error. */
  stoppedBy: "budget" | AdminPulseErrorKind | null;
  /** The error that stopped it (for its message to the user; the report keeps its kind only). */
  stopError: AdminPulseError | null;
}

class BudgetReached extends Error {}

/**
 * Reads the sample. The first list page must succeed: its error is thrown (the probe has nothing
 * to report). Any later error stops the sampling and is reported with what was read until then.
 */
export async function sample(transport: HttpTransport, traffic: Traffic, signal: AbortSignal, pageSize = PROBE_PAGE_SIZE): Promise<SampleResult> {
  const observations = new Observations();
  const details = { answered: 0, notFound: 0 };
  const get = async (path: string, query: Query = {}): Promise<unknown> => {
    if (!traffic.hasRoom) throw new BudgetReached();
    try {
      return await transport.getJson(path, query, signal);
    } catch (error) {
      if (error instanceof CancelledError && traffic.budgetReached) throw new BudgetReached();
      throw error;
    }
  };
  const detail = async (id: string): Promise<Json | null> => {
    try {
      const body = await get(PATHS.relation(id));
      details.answered++;
      observations.relation(body);
      return isObject(body) ? body : null;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      details.notFound++;
      return null;
    }
  };
  const list = (page: number, filter: Query = {}) =>
    get(PATHS.relations, { ...filter, [QUERY.page]: page, [QUERY.pageSize]: pageSize }).catch((error: unknown) => {
      // As in client.ts: the list always exists, so a 404 means the address is not AdminPulse's API.
      if (error instanceof NotFoundError) throw new BadRequestError(`GET ${PATHS.relations} answered 404: the address is not AdminPulse's API`, 404);
      throw error;
    });

  const first = await list(0);
  observations.page(first);
  let second: unknown | null = null;
  let last: { page: number; body: unknown } | null = null;
  let filter = FILTER_NOT_TESTED;
  let stoppedBy: SampleResult["stoppedBy"] = null;
  let stopError: AdminPulseError | null = null;
  try {
    if (hasMorePages(first, pageSize)) {
      second = await list(1);
      observations.page(second);
    }
    const pageCount = isObject(first) ? whole(first, WIRE_KEYS.pageCount) : null;
    if (pageCount !== null && pageCount > 2) {
      last = { page: pageCount - 1, body: await list(pageCount - 1) };
      observations.page(last.body);
    }
    const items = [...itemsOf(first), ...itemsOf(second), ...itemsOf(last?.body)];
    const wanted = items.map(enterpriseNumbersOf).find((numbers) => numbers.length > 0)?.[0];
    if (wanted) {
      const filtered = await list(0, { [QUERY.enterpriseNumber]: enterpriseNumberFilterValue(wanted) });
      observations.page(filtered);
      filter = filterEvidence(filtered, wanted);
    }
    const read = new Set<string>();
    const companies: Json[] = [];
    for (const id of chooseCompanies(items, MAX_COMPANIES)) {
      read.add(id);
      const company = await detail(id);
      if (company) companies.push(company);
    }
    // The related relations fill what is left of the budget: running out here is the plan's end, not a cut.
    for (const id of chooseRelated(companies, read)) {
      if (!traffic.hasRoom) break;
      read.add(id);
      try {
        await detail(id);
      } catch (error) {
        if (error instanceof BudgetReached) break;
        throw error;
      }
    }
  } catch (error) {
    if (error instanceof BudgetReached) stoppedBy = "budget";
    else if (isAdminPulseError(error)) {
      stoppedBy = error.kind;
      stopError = error;
    } else throw error;
  }
  return { observations, pagination: paginationEvidence(pageSize, first, second, last), filter, details, stoppedBy, stopError };
}

/** Link-type codes of a list item or relation (its links by the contract's name, or the one field that can only be them). */
function codesOf(relation: Json, place: "list-link" | "link"): number[] {
  return childrenOf(relation, place)
    .items.map((link) => whole(link, WIRE_KEYS.linkType))
    .filter((code): code is number => code !== null);
}

/**
 * Up to `max` list items with links, each chosen for the link types it adds to those chosen
 * before (the smaller of equals: a cooperative's 2,000 links add nothing but size); without any
 * item that shows links, the first items.
 */
export function chooseCompanies(items: readonly Json[], max: number): string[] {
  const candidates = items
    .map((item) => ({ id: text(item, WIRE_KEYS.id), codes: codesOf(item, "list-link") }))
    .filter((c): c is { id: string; codes: number[] } => c.id !== null);
  const withLinks = candidates.filter((c) => c.codes.length > 0);
  if (withLinks.length === 0) return [...new Set(candidates.map((c) => c.id))].slice(0, max);
  const covered = new Set<number>();
  const chosen: string[] = [];
  const left = [...withLinks];
  while (chosen.length < max && left.length > 0) {
    const gain = (c: { codes: number[] }) => new Set(c.codes.filter((code) => !covered.has(code))).size;
    let best = 0;
    for (let i = 1; i < left.length; i++) {
      const [a, b] = [left[i]!, left[best]!];
      if (gain(a) > gain(b) || (gain(a) === gain(b) && a.codes.length < b.codes.length)) best = i;
    }
    const [pick] = left.splice(best, 1);
    if (chosen.includes(pick!.id)) continue;
    chosen.push(pick!.id);
    for (const code of pick!.codes) covered.add(code);
  }
  return chosen;
}

/**
 * The relations the companies' links point to, in the order to read them: in turns across the
 * link types (the ones the add-in uses first, then unknown ones; contacts and trustees, unused,
 * are skipped) and the permanent representatives, so that a small budget still sees each; at
 * most `perType` of each.
 */
export function chooseRelated(companies: readonly Json[], read: ReadonlySet<string>, perType = RELATED_PER_TYPE): string[] {
  const byCode = new Map<number, string[]>();
  const representatives: string[] = [];
  for (const company of companies) {
    for (const link of childrenOf(company, "link").items) {
      const code = whole(link, WIRE_KEYS.linkType);
      const target = text(link, WIRE_KEYS.linkTarget);
      if (code === null || target === null || KNOWN_UNUSED_LINK_TYPES.has(code)) continue;
      byCode.set(code, [...(byCode.get(code) ?? []), target]);
      const representative = text(link, WIRE_KEYS.representative);
      if (representative !== null) representatives.push(representative);
    }
  }
  const used = (code: number) => (Object.hasOwn(LINK_TYPE_ROLES, code) ? 0 : 1);
  const queues = [...byCode.entries()].sort(([a], [b]) => used(a) - used(b) || a - b).map(([, ids]) => ids);
  queues.push(representatives);
  const chosen: string[] = [];
  const taken = new Set(read);
  for (let round = 0; round < perType; round++) {
    for (const queue of queues) {
      const next = queue.find((id) => !taken.has(id));
      if (next === undefined) continue;
      taken.add(next);
      chosen.push(next);
    }
  }
  return chosen;
}
