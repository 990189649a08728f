// What the list answers say about paging and the enterprise-number filter. Ids and numbers are
// compared here and never leave: the results are booleans and counts.

import { WIRE_KEYS } from "../adminpulse/contract";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { type Json, childrenOf, isObject, text, whole } from "./wire-access";

export interface Pagination {
  pageSizeRequested: number;
  /** The envelope's own page size, when it has one. */
  pageSizeAnswered: number | null;
  itemsOnFirstPage: number;
  /** Page 0 held at most the page size asked for, and all of it unless it is the only page. */
  pageSizeHonoured: boolean | null;
  /** Page 1 held other relations than page 0 (null: there is only one page). */
  pageHonoured: boolean | null;
  /** The envelopes' current page is the page asked for. */
  currentPageMatches: boolean | null;
  /** pageCount = ceil(totalRowCount / pageSize). */
  pageCountConsistent: boolean | null;
}

export type FilterBehaviour = "honoured" | "ignored" | "finds-nothing" | "not-tested";

export interface FilterEvidence {
  behaviour: FilterBehaviour;
  /** Relations in the filtered answer, and how many of them carry the number asked for. */
  results: number;
  matching: number;
}

export const FILTER_NOT_TESTED: FilterEvidence = { behaviour: "not-tested", results: 0, matching: 0 };

export function itemsOf(page: unknown): Json[] {
  return isObject(page) ? childrenOf(page, "list-item").items : [];
}

/** Whether the list goes on after this page, by its envelope or, without one, by a full page. */
export function hasMorePages(page: unknown, pageSize: number): boolean {
  if (!isObject(page)) return false;
  const pageCount = whole(page, WIRE_KEYS.pageCount);
  return pageCount !== null ? pageCount > 1 : itemsOf(page).length >= pageSize;
}

/** Evidence from page 0, page 1 (null: one page only) and a later page (null: not read). */
export function paginationEvidence(
  requested: number,
  first: unknown,
  second: unknown | null,
  later: { page: number; body: unknown } | null = null,
): Pagination {
  const envelope = isObject(first) ? first : {};
  const items = itemsOf(first);
  const answered = whole(envelope, WIRE_KEYS.pageSize);
  const pageCount = whole(envelope, WIRE_KEYS.pageCount);
  const total = whole(envelope, WIRE_KEYS.totalRowCount);
  return {
    pageSizeRequested: requested,
    pageSizeAnswered: answered,
    itemsOnFirstPage: items.length,
    pageSizeHonoured: pageSizeHonoured(requested, answered, items.length, pageCount, total),
    pageHonoured: second === null ? null : pageHonoured(items, itemsOf(second)),
    currentPageMatches: currentPageMatches(envelope, second, later),
    pageCountConsistent:
      pageCount === null || total === null ? null : pageCount === Math.ceil(total / (answered || requested)) || (total === 0 && pageCount <= 1),
  };
}

function pageSizeHonoured(requested: number, answered: number | null, items: number, pageCount: number | null, total: number | null): boolean | null {
  if (items > requested || (answered !== null && answered !== requested)) return false;
  if (items === requested) return true;
  // A short first page is right only when it is the whole list.
  if (pageCount !== null && pageCount > 1) return false;
  return total !== null ? total === items : null;
}

function pageHonoured(first: Json[], second: Json[]): boolean | null {
  const ids = (items: Json[]) => items.map((item) => text(item, WIRE_KEYS.id)).filter((id): id is string => id !== null);
  const seen = new Set(ids(first));
  const next = ids(second);
  if (next.length === 0) return null;
  return next.every((id) => !seen.has(id));
}

function currentPageMatches(first: Json, second: unknown | null, later: { page: number; body: unknown } | null): boolean | null {
  const current = whole(first, WIRE_KEYS.currentPage);
  if (current === null) return null;
  const answered = (body: unknown, page: number) => {
    const value = isObject(body) ? whole(body, WIRE_KEYS.currentPage) : null;
    return value === null || value === page;
  };
  return current === 0 && (second === null || answered(second, 1)) && (later === null || answered(later.body, later.page));
}

/** The 10-digit enterprise numbers a list item carries (company number, VAT number). */
export function enterpriseNumbersOf(item: Json): string[] {
  const numbers = WIRE_KEYS.enterpriseNumbers.map((key) => normaliseEnterpriseNumber(text(item, key)));
  return [...new Set(numbers.filter((n): n is string => n !== null && /^\d{10}$/.test(n)))];
}

/** Whether the answer to a filtered look-up holds only the relations that carry the number. */
export function filterEvidence(body: unknown, wanted: string): FilterEvidence {
  const items = itemsOf(body);
  const matching = items.filter((item) => enterpriseNumbersOf(item).includes(wanted)).length;
  const behaviour: FilterBehaviour = items.length === 0 ? "finds-nothing" : matching === items.length ? "honoured" : "ignored";
  return { behaviour, results: items.length, matching };
}
