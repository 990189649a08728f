// One `fetchCompany`: the company's detail and every relation its director, shareholder and auditor
// links point to (representatives included), in as few requests and as little waiting as the API
// allows. Where each related relation comes from, first that applies:
//   1. the client's cache, when an earlier read of this session is still fresh;
//   2. a page of the relation list, when list items carry the detail fields the tables show
//      (contract.ts, LIST_ITEM_DETAIL_FIELDS) and paging the list costs fewer requests than
//      reading each relation: for a large company in a small office;
//   3. `GET /relations/{id}`.
// Requests share one pool of `concurrency` slots, the company's first, and all go through the
// client's rate limiter. Relations named by the look-up's list item (its links without details)
// are read while the company's detail is on its way; what only the detail names (permanent
// representatives) follows. Then the owners of the company's corporate shareholders and partners,
// for the UBO checks: each holding's own shareholder and partner links, as deep as AdminPulse holds
// them and at most OWNERSHIP_LEVELS levels, read the same way and within OWNER_READS_LIMIT. The
// first failure stops everything: requests in flight are aborted and nothing new starts.

import { childSignal, linkedController } from "./abort";
import { Pool } from "./concurrency";
import { KNOWN_UNUSED_LINK_TYPES } from "./contract";
import { CancelledError, NotFoundError } from "./errors";
import type { RelationCache } from "./relation-cache";
import type { Link, Page, Relation, RelationSummary } from "./types";

/** Holdings of holdings, at most this deep (rules page, SH-05: "at most 3 levels"). */
export const OWNERSHIP_LEVELS = 3;
/** Owner relations read for one company at most: a group of many holdings stays a few seconds' read. */
export const OWNER_READS_LIMIT = 60;

export type ProgressStep = "lookup" | "scan" | "company" | "related";
export interface Progress {
  step: ProgressStep;
  done: number;
  total: number | null;
}

/** How the related relations of one `fetchCompany` were obtained. */
export interface ReadReport {
  /** "list" when relation-list pages were read for them, else "details". */
  strategy: "details" | "list";
  /** The look-up was skipped: the company's id was known from an earlier fetch of this session (its detail confirmed the number). */
  lookupSkipped: boolean;
  /** Relation-list pages read for the related relations. */
  listPages: number;
  /** `GET /relations/{id}` requests for related relations (retries not counted). */
  details: number;
  /** Related relations reused from an earlier read of this session. */
  fromCache: number;
  /** Related relations taken from list items. */
  fromList: number;
  /** Relations read as owners of the company's corporate holders (UBO through holdings), however obtained. */
  owners: number;
}

export interface ReadDeps {
  cache: RelationCache;
  concurrency: number;
  getRelation(id: string, signal: AbortSignal): Promise<Relation>;
  /** One page of 400 of the plain list, with the items that carry detail fields as relations. */
  listPage(page: number, signal: AbortSignal): Promise<{ page: Page<RelationSummary>; complete: Relation[] }>;
  /** Whether reading the list for this many relations is cheaper than reading each; null: no list. */
  listPlan(needed: number): { pages: number | null } | null;
  maxPages: number;
  onProgress?: (progress: Progress) => void;
}

/** The relation ids a company's links need read, and the unknown link types met on the way. */
export function neededIds(links: readonly Link[]): { ids: Set<string>; unknownLinkTypes: Map<number, number> } {
  const ids = new Set<string>();
  const unknownLinkTypes = new Map<number, number>();
  for (const link of links) {
    if (link.role === "other") {
      if (!KNOWN_UNUSED_LINK_TYPES.has(link.linkType)) unknownLinkTypes.set(link.linkType, (unknownLinkTypes.get(link.linkType) ?? 0) + 1);
      continue;
    }
    ids.add(link.relationId);
    if (link.representativeId) ids.add(link.representativeId);
  }
  return { ids, unknownLinkTypes };
}

/** The relations a company's or holding's shareholder and partner links point to. */
function ownerLinks(relation: Relation): string[] {
  return relation.links.filter((link) => link.role === "shareholder" || link.role === "partner").map((link) => link.relationId);
}

/** A relation whose own shareholders may lead to a beneficial owner: a company (not a person). */
function isHolding(relation: Relation | undefined): relation is Relation {
  return relation !== undefined && relation.kind !== "Person" && relation.kind !== "SoleProprietor";
}

export class CompanyRead {
  readonly report: ReadReport;
  private readonly controller: AbortController;
  private readonly dispose: () => void;
  private readonly pool: Pool;
  private failure: { error: unknown } | null = null;
  private readonly tasks = new Set<Promise<unknown>>();
  /** Related id → its read (settled or not). */
  private readonly reads = new Map<string, Promise<void>>();
  private readonly found = new Map<string, Relation>();
  private readonly missing = new Set<string>();
  /** Complete list items of this read for ids it wanted, whatever the cache does. */
  private readonly listed = new Map<string, Relation>();
  /** Ids of every complete item on this read's pages (the others went to the cache only). */
  private readonly onPages = new Set<string>();
  private listRead: Promise<void> | null = null;
  private relatedDone = 0;
  private relatedShown = false;

  constructor(
    private readonly deps: ReadDeps,
    signal: AbortSignal | undefined,
    lookupSkipped: boolean,
  ) {
    ({ controller: this.controller, dispose: this.dispose } = linkedController(signal));
    this.pool = new Pool(deps.concurrency);
    this.report = { strategy: "details", lookupSkipped, listPages: 0, details: 0, fromCache: 0, fromList: 0, owners: 0 };
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * Reads the company's detail (first in the pool) and, meanwhile, the relations `earlyLinks`
   * (the look-up's list item) point to; then whatever the detail adds. Resolves once every
   * request of this read has settled.
   */
  async run(
    companyId: string,
    earlyLinks: readonly Link[],
  ): Promise<{
    company: Relation;
    related: Map<string, Relation>;
    missing: string[];
    unknownLinkTypes: Map<number, number>;
    ownersComplete: boolean;
  }> {
    try {
      this.deps.onProgress?.({ step: "company", done: 0, total: 1 });
      const companyRead = this.track(this.pool.run(() => this.withSignal((signal) => this.deps.getRelation(companyId, signal)), this.signal));
      this.start(neededIds(earlyLinks).ids);
      const company = await companyRead.catch(() => null);
      if (company && !this.relatedShown) this.deps.onProgress?.({ step: "company", done: 1, total: 1 });

      let needed = new Set<string>();
      let unknownLinkTypes = new Map<number, number>();
      if (company && !this.failure) {
        ({ ids: needed, unknownLinkTypes } = neededIds(company.links));
        this.start(needed);
        if (this.listRead) await this.listRead;
        for (const id of needed) this.readOne(id);
        this.showRelated();
      }
      await this.settle();
      if (this.failure) throw this.failure.error;
      if (!company) throw new CancelledError();
      const { ids: owners, complete: ownersComplete } = await this.readOwners(company);
      const related = new Map<string, Relation>();
      for (const id of [...needed, ...owners]) {
        const relation = this.found.get(id);
        if (relation) related.set(id, relation);
      }
      return { company, related, missing: [...needed].filter((id) => this.missing.has(id)), unknownLinkTypes, ownersComplete };
    } finally {
      this.dispose();
    }
  }

  /**
   * The owners of the company's corporate shareholders and partners, level by level: each level's
   * holdings are the legal persons the previous level's owner links point to. Ids already read
   * are not read again (a group's directors and holdings are often the same relations), and a
   * holding met twice (a cycle) is followed once. `complete` is false when the limit cut it short.
   */
  private async readOwners(company: Relation): Promise<{ ids: Set<string>; complete: boolean }> {
    const read = new Set<string>();
    const followed = new Set<string>([company.id]);
    let holdings = ownerLinks(company)
      .map((id) => this.found.get(id))
      .filter(isHolding);
    for (let level = 0; level < OWNERSHIP_LEVELS && holdings.length > 0; level++) {
      const next: Relation[] = [];
      const wanted = new Set<string>();
      for (const holding of holdings) {
        if (followed.has(holding.id) || holding.enterpriseNumbers.some((n) => company.enterpriseNumbers.includes(n))) continue;
        followed.add(holding.id);
        for (const id of ownerLinks(holding)) if (!this.found.has(id) && !this.missing.has(id)) wanted.add(id);
        next.push(holding);
      }
      const ids = [...wanted].slice(0, Math.max(0, OWNER_READS_LIMIT - read.size));
      if (ids.length < wanted.size) return { ids: this.ownersRead(read), complete: false };
      if (ids.length > 0) {
        for (const id of ids) read.add(id);
        this.start(new Set(ids));
        if (this.listRead) await this.listRead;
        for (const id of ids) this.readOne(id);
        this.showRelated();
        await this.settle();
        if (this.failure) throw this.failure.error;
      }
      holdings = next.flatMap((holding) =>
        ownerLinks(holding)
          .map((id) => this.found.get(id))
          .filter(isHolding),
      );
    }
    return { ids: this.ownersRead(read), complete: true };
  }

  /** The owner ids read that AdminPulse returned. */
  private ownersRead(read: Set<string>): Set<string> {
    const ids = new Set([...read].filter((id) => this.found.has(id)));
    this.report.owners = ids.size;
    return ids;
  }

  /** Reads these ids: through the list when that is cheaper, else one by one now. */
  private start(ids: Set<string>): void {
    if (this.failure) return;
    const wanted = [...ids].filter((id) => !this.reads.has(id) && !this.listed.has(id));
    const uncached = wanted.filter((id) => !this.deps.cache.get(id));
    if (!this.listRead && uncached.length > 0) {
      const plan = this.deps.listPlan(uncached.length);
      if (plan) {
        this.report.strategy = "list";
        this.listRead = this.track(this.readList(new Set(uncached), plan.pages)).catch(() => undefined);
      }
    }
    // While the list is being read, what it may carry waits for it; the rest is read now.
    const waiting = this.listRead ? new Set(uncached) : new Set<string>();
    for (const id of wanted) if (!waiting.has(id)) this.readOne(id);
    this.showRelated();
  }

  /**
   * Page 0, then (when the rest of the list is still cheaper than the details left) every other
   * page at once. `pages`, when known from earlier in the session, lets it skip the check.
   */
  private async readList(wanted: Set<string>, knownPages: number | null): Promise<void> {
    const take = (complete: Relation[]) => {
      for (const relation of complete) {
        this.onPages.add(relation.id);
        if (wanted.has(relation.id)) this.listed.set(relation.id, relation);
      }
    };
    const first = await this.pool.run(() => this.withSignal((signal) => this.deps.listPage(0, signal)), this.signal);
    this.report.listPages++;
    take(first.complete);
    this.deps.onProgress?.({ step: "scan", done: 1, total: first.page.pageCount });
    const pageCount = Math.min(first.page.pageCount, this.deps.maxPages);
    const left = [...wanted].filter((id) => !this.listed.has(id)).length;
    if (pageCount <= 1 || left === 0) return;
    // Known from earlier: the decision was made on it. Learned now: still worth it for what is left?
    if (knownPages === null && pageCount - 1 >= left) return;
    let done = 1;
    const outcomes = await Promise.allSettled(
      Array.from({ length: pageCount - 1 }, (_, i) =>
        this.pool.run(async () => {
          const answer = await this.withSignal((signal) => this.deps.listPage(i + 1, signal));
          this.report.listPages++;
          take(answer.complete);
          this.deps.onProgress?.({ step: "scan", done: ++done, total: pageCount });
        }, this.signal),
      ),
    );
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    if (failed) throw failed.reason;
  }

  /** One related relation, unless it is read or being read already. Callers show the progress. */
  private readOne(id: string): void {
    if (this.reads.has(id) || this.failure) return;
    const listed = this.listed.get(id);
    const cached = listed ?? this.deps.cache.get(id);
    if (cached) {
      this.found.set(id, cached);
      if (listed || this.onPages.has(id)) this.report.fromList++;
      else this.report.fromCache++;
      this.reads.set(id, Promise.resolve());
      this.relatedDone++;
      return;
    }
    const read = this.pool.run(async () => {
      try {
        this.report.details++;
        this.found.set(id, await this.withSignal((signal) => this.deps.getRelation(id, signal)));
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        this.missing.add(id);
      }
      this.relatedDone++;
      this.showRelated();
    }, this.signal);
    this.reads.set(id, this.track(read));
  }

  /** Related progress: done of those started (a cache hit is done at once). */
  private showRelated(): void {
    if (this.reads.size === 0) return;
    this.relatedShown = true;
    this.deps.onProgress?.({ step: "related", done: this.relatedDone, total: this.reads.size });
  }

  /** One request with a signal of its own (childSignal: no listener piles up on the read's). */
  private async withSignal<T>(request: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const { signal, dispose } = childSignal(this.signal);
    try {
      return await request(signal);
    } finally {
      dispose();
    }
  }

  /** Follows a task: its failure (the first of all) aborts every other one. */
  private track<T>(promise: Promise<T>): Promise<T> {
    this.tasks.add(promise);
    promise.then(
      () => this.tasks.delete(promise),
      (error: unknown) => {
        this.tasks.delete(promise);
        if (!this.failure) {
          this.failure = { error };
          this.controller.abort();
        }
      },
    );
    return promise;
  }

  private async settle(): Promise<void> {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
  }
}
