// The AdminPulse client: look a company up by enterprise number, read it in full, and read every
// relation its director, shareholder and auditor links point to (each once, several at a time,
// within the rate limit, reusing what this session read a moment ago; company-read.ts says how).
// See ../shared/adminpulse-api.md; wire names live in contract.ts.

import { z } from "zod";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { CompanyRead, type Progress, type ReadReport } from "./company-read";
import { mapConcurrent } from "./concurrency";
import {
  DEFAULT_BASE_URL,
  MAX_PAGE_SIZE,
  PATHS,
  QUERY,
  RATE_LIMIT,
  enterpriseNumberFilterValue,
  hasNextPage,
  parseRelationPage,
  relationSchema,
} from "./contract";
import { BadRequestError, NotFoundError, UnexpectedResponseError } from "./errors";
import { HttpTransport, type Query, type RetryPolicy } from "./http";
import { RateLimiter } from "./rate-limiter";
import { RelationCache } from "./relation-cache";
import type { Page, Relation, RelationSummary } from "./types";

export type { Progress, ProgressStep, ReadReport } from "./company-read";

/**
 * How `fetchCompany` reads the related relations. "auto" (the default) reads each relation's
 * detail, unless list items carry the detail fields and paging the whole list costs fewer
 * requests; "details" never pages the list for them; "list" pages it whenever its items carry the
 * detail fields, whatever the cost (for tests and measurements).
 */
export type RelatedStrategy = "auto" | "details" | "list";

/** Below this many relations to read, and with the list's length unknown, details are read without probing the list. */
export const LIST_PROBE_MIN = 12;

export interface ClientOptions {
  token: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Defaults to AdminPulse's 480 calls per minute. */
  rateLimit?: { calls: number; windowMs: number };
  /** Share one limiter between clients that use the same key. */
  limiter?: RateLimiter;
  /** Requests in flight at once when reading a company and its linked relations (default 16; the rate limiter still keeps to 480 a minute). */
  concurrency?: number;
  /** How long a related relation read earlier in the session is reused (default 2 minutes; 0: never). */
  cacheFreshMs?: number;
  relatedStrategy?: RelatedStrategy;
  /** The clock of the cache (tests). */
  now?: () => number;
  /** Upper bound on pages read when the server ignores the enterprise-number filter. */
  maxScanPages?: number;
  random?: () => number;
}

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export interface CompanyData {
  company: Relation;
  /**
   * Every relation the company's links point to (directors and their representatives, shareholders,
   * partners, auditors, registered beneficiaries), and the owners of its corporate holders.
   */
  related: ReadonlyMap<string, Relation>;
  /** Linked ids AdminPulse answered 404 for: a link to a relation that no longer exists. */
  missing: string[];
  /** Link-type codes the add-in does not know, with how often each occurred. */
  unknownLinkTypes: ReadonlyMap<number, number>;
  /** Where the related relations came from (cache, list, details): for measurements and tests. */
  reads?: ReadReport;
  /**
   * Whether the owners of the company's corporate holders were read as deep as AdminPulse holds
   * them (within three levels); false when the read limit cut them short. Absent: true.
   */
  ownersComplete?: boolean;
}

export class AdminPulseClient {
  private readonly http: HttpTransport;
  private readonly concurrency: number;
  private readonly maxScanPages: number;
  /** Learned on the first look-up whose answer held non-matching relations. */
  private filterIgnored = false;
  /** When the filter is ignored: enterprise number → relation, from the pages read so far this session. */
  private readonly index = new Map<string, RelationSummary>();
  private scan: { nextPage: number; done: boolean } = { nextPage: 0, done: false };
  private readonly cache: RelationCache;
  private readonly strategy: RelatedStrategy;
  /** Enterprise number → the company's id, from a fetch of this session; its detail confirms it before use. */
  private readonly companyIds = new Map<string, { id: string; at: number }>();
  /** Learned from list answers: whether their items carry the detail fields (null: no list read yet). */
  private listCarriesDetail: boolean | null = null;
  /** Relations in the plain list, learned from any unfiltered page. */
  private listTotal: number | null = null;

  constructor(options: ClientOptions) {
    const limit = options.rateLimit ?? RATE_LIMIT;
    this.http = new HttpTransport({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      token: options.token,
      limiter: options.limiter ?? new RateLimiter(limit),
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      random: options.random,
    });
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 16) || 1);
    this.maxScanPages = Math.max(1, Math.floor(options.maxScanPages ?? 250) || 1);
    this.cache = new RelationCache({ freshForMs: options.cacheFreshMs, now: options.now });
    this.strategy = options.relatedStrategy ?? "auto";
  }

  /** Forgets every relation read so far (the next sync reads everything again). */
  clearCache(): void {
    this.cache.clear();
    this.companyIds.clear();
  }

  /** HTTP requests this client has sent, retries included. */
  get requestCount(): number {
    return this.http.requestCount;
  }

  async listRelations(page: number, pageSize = MAX_PAGE_SIZE, options: CallOptions = {}, filter: Query = {}): Promise<Page<RelationSummary>> {
    return (await this.readPage(page, pageSize, options.signal, filter)).page;
  }

  /** The detail, always from AdminPulse (and kept for later reads of the same relation). */
  async getRelation(uniqueIdentifier: string, options: CallOptions = {}): Promise<Relation> {
    const path = PATHS.relation(uniqueIdentifier);
    const body = await this.http.getJson(path, {}, options.signal);
    const relation = validate(relationSchema, body, `GET ${path}`);
    this.cache.set(relation);
    return relation;
  }

  /**
   * One list page, and the items on it that carry the detail fields, as relations (kept in the
   * cache). Teaches the client whether list items carry them, and how long the plain list is.
   */
  private async readPage(
    page: number,
    pageSize: number,
    signal: AbortSignal | undefined,
    filter: Query = {},
  ): Promise<{ page: Page<RelationSummary>; complete: Relation[] }> {
    const query = { ...filter, [QUERY.page]: page, [QUERY.pageSize]: Math.min(pageSize, MAX_PAGE_SIZE) };
    const body = await this.http.getJson(PATHS.relations, query, signal).catch((error: unknown) => {
      // The list itself always exists: a 404 here means the address does not lead to AdminPulse's
      // API (a wrong proxy path), not that a relation is gone. Say so, and point at the address.
      if (error instanceof NotFoundError) throw new BadRequestError(`GET ${PATHS.relations} answered 404: the address is not AdminPulse's API`, 404);
      throw error;
    });
    const parsed = parseRelationPage(body);
    if (!parsed.success) throw shapeError(parsed.issues, `GET ${PATHS.relations}`);
    const { page: answer, complete } = parsed;
    if (answer.items.length > 0) this.listCarriesDetail = complete.length > 0;
    for (const relation of complete) this.cache.set(relation);
    const filtered = Object.values(filter).some((value) => value !== undefined && value !== "");
    if (!filtered) this.listTotal = answer.totalCount;
    return { page: answer, complete };
  }

  /** Whether the key works, and how many relations it can see. */
  async testConnection(options: CallOptions = {}): Promise<{ relationCount: number }> {
    const page = await this.listRelations(0, 1, options);
    return { relationCount: page.totalCount };
  }

  /** The company (or sole proprietor) with this enterprise number; NotFoundError when there is none. */
  async findCompany(enterpriseNumber: string, options: CallOptions = {}): Promise<RelationSummary> {
    const wanted = normaliseEnterpriseNumber(enterpriseNumber);
    if (!wanted || !/^\d{10}$/.test(wanted)) {
      throw new NotFoundError(`not an enterprise number: ${enterpriseNumber}`, enterpriseNumber);
    }
    options.onProgress?.({ step: "lookup", done: 0, total: 1 });
    const found = this.filterIgnored ? await this.findInScan(wanted, options) : await this.findFiltered(wanted, options);
    if (!found) throw new NotFoundError(`no relation with enterprise number ${wanted}`, wanted);
    options.onProgress?.({ step: "lookup", done: 1, total: 1 });
    return found;
  }

  /**
   * Everything the permanent data needs about one company: always its own detail, fresh; the
   * relations its links point to from this session's cache when fresh, else from the list or
   * their details, whichever costs fewer requests (company-read.ts).
   */
  async fetchCompany(enterpriseNumber: string, options: CallOptions = {}): Promise<CompanyData> {
    const wanted = normaliseEnterpriseNumber(enterpriseNumber);
    this.cache.prune();
    const known = wanted ? this.companyIds.get(wanted) : undefined;
    if (wanted && known && this.cache.now() - known.at < this.cache.freshForMs) {
      // Known from a fetch a moment ago: its detail, read anyway, confirms the number (no look-up).
      const data = await this.readCompany(known.id, [], true, options).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (data && data.company.enterpriseNumbers.includes(wanted)) return this.remember(wanted, data);
      this.companyIds.delete(wanted);
    }
    const summary = await this.findCompany(enterpriseNumber, options);
    const data = await this.readCompany(summary.id, summary.links, false, options);
    return wanted ? this.remember(wanted, data) : data;
  }

  private remember(wanted: string, data: CompanyData): CompanyData {
    if (this.cache.enabled) this.companyIds.set(wanted, { id: data.company.id, at: this.cache.now() });
    return data;
  }

  private async readCompany(id: string, earlyLinks: RelationSummary["links"], lookupSkipped: boolean, options: CallOptions): Promise<CompanyData> {
    const read = new CompanyRead(
      {
        cache: this.cache,
        concurrency: this.concurrency,
        getRelation: (relationId, signal) => this.getRelation(relationId, { signal }),
        listPage: (page, signal) => this.readPage(page, MAX_PAGE_SIZE, signal),
        listPlan: (needed) => this.listPlan(needed),
        maxPages: this.maxScanPages,
        onProgress: options.onProgress,
      },
      options.signal,
      lookupSkipped,
    );
    const result = await read.run(id, earlyLinks);
    return { ...result, reads: read.report };
  }

  /**
   * Whether to page through the list for this many relations rather than read each: only when
   * list items carry the detail fields, and then when the list's pages are fewer than the
   * relations (its length known from earlier in the session), or, its length unknown, for more
   * than LIST_PROBE_MIN relations: page 0 then tells the length, and the rest is read only if it
   * is still cheaper. `pages` is null when the length is not known yet.
   */
  private listPlan(needed: number): { pages: number | null } | null {
    if (this.strategy === "details" || this.listCarriesDetail !== true) return null;
    const pages = this.listTotal === null ? null : Math.max(1, Math.ceil(this.listTotal / MAX_PAGE_SIZE));
    if (this.strategy === "list") return { pages };
    if (pages === null) return needed > LIST_PROBE_MIN ? { pages } : null;
    return pages < needed && pages <= this.maxScanPages ? { pages } : null;
  }

  /** Reads each distinct relation once, `concurrency` at a time; 404s are collected, not fatal. */
  async getRelations(ids: readonly string[], options: CallOptions = {}): Promise<{ related: Map<string, Relation>; missing: string[] }> {
    const unique = [...new Set(ids)];
    const related = new Map<string, Relation>();
    const missing: string[] = [];
    let done = 0;
    options.onProgress?.({ step: "related", done, total: unique.length });
    await mapConcurrent(
      unique,
      this.concurrency,
      async (id, _index, signal) => {
        try {
          related.set(id, await this.getRelation(id, { signal }));
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
          missing.push(id);
        }
        options.onProgress?.({ step: "related", done: ++done, total: unique.length });
      },
      options.signal,
    );
    return { related, missing };
  }

  /** Look-up through the enterprise-number filter, keeping only results that really match. */
  private async findFiltered(wanted: string, options: CallOptions): Promise<RelationSummary | null> {
    const filter = { [QUERY.enterpriseNumber]: enterpriseNumberFilterValue(wanted) };
    // Our own page counter and a cap: a server that ignores `page` must not keep us looping.
    for (let pageNumber = 0; pageNumber < this.maxScanPages; pageNumber++) {
      const { page } = await this.readPage(pageNumber, MAX_PAGE_SIZE, options.signal, filter);
      const matches = page.items.filter((item) => item.enterpriseNumbers.includes(wanted));
      const last = !hasNextPage(page) || pageNumber + 1 >= page.pageCount;
      if (matches.length < page.items.length) {
        // The server ignored the filter: what we got is the plain list. Keep it and switch to scanning.
        this.filterIgnored = true;
        this.indexPage(page);
        this.scan = { nextPage: pageNumber + 1, done: last };
        return bestMatch(matches) ?? (await this.findInScan(wanted, options));
      }
      const best = bestMatch(matches);
      if (best || last) return best;
    }
    throw tooManyPages(this.maxScanPages);
  }

  /** Look-up in the number → relation index, reading further pages of the list as needed. */
  private async findInScan(wanted: string, options: CallOptions): Promise<RelationSummary | null> {
    const known = this.index.get(wanted);
    if (known) return known;
    if (this.scan.done) {
      // The company may have been created since the list was read: read it once more.
      this.index.clear();
      this.scan = { nextPage: 0, done: false };
    }
    while (!this.scan.done) {
      if (this.scan.nextPage >= this.maxScanPages) {
        // Start over next time rather than answer "not found" for every number from now on.
        this.index.clear();
        this.scan = { nextPage: 0, done: false };
        throw tooManyPages(this.maxScanPages);
      }
      const pageNumber = this.scan.nextPage;
      const { page } = await this.readPage(pageNumber, MAX_PAGE_SIZE, options.signal);
      this.indexPage(page);
      this.scan = { nextPage: pageNumber + 1, done: !hasNextPage(page) || pageNumber + 1 >= page.pageCount };
      options.onProgress?.({ step: "scan", done: pageNumber + 1, total: page.pageCount });
      const found = this.index.get(wanted);
      if (found) return found;
    }
    return null;
  }

  private indexPage(page: Page<RelationSummary>): void {
    for (const item of page.items) {
      for (const number of item.enterpriseNumbers) {
        const current = this.index.get(number);
        this.index.set(number, bestMatch(current ? [current, item] : [item])!);
      }
    }
  }
}

/** A company or sole proprietor is preferred over a person record that carries the same number. */
function bestMatch(matches: RelationSummary[]): RelationSummary | null {
  return matches.find((m) => m.kind === "Company" || m.kind === "SoleProprietor") ?? matches[0] ?? null;
}

function tooManyPages(pages: number): UnexpectedResponseError {
  return new UnexpectedResponseError(`look-up by enterprise number gave up after ${pages} pages: the server ignores the filter and the list is longer`, null);
}

function validate<T>(schema: z.ZodType<T>, body: unknown, where: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw shapeError(result.error.issues, where);
}

function shapeError(issues: readonly z.core.$ZodIssue[], where: string): UnexpectedResponseError {
  // Paths and zod's wording only: values may be personal data and stay out of messages.
  const text = issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  return new UnexpectedResponseError(`${where} answered an unexpected shape: ${text}`, 200);
}
