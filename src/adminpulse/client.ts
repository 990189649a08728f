// The AdminPulse client: look a company up by enterprise number, read it in full, and read every
// relation its director, shareholder and auditor links point to (each once, a few at a time,
// within the rate limit). See ../shared/adminpulse-api.md; wire names live in contract.ts.

import { z } from "zod";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { mapConcurrent } from "./concurrency";
import {
  DEFAULT_BASE_URL,
  KNOWN_UNUSED_LINK_TYPES,
  MAX_PAGE_SIZE,
  PATHS,
  QUERY,
  RATE_LIMIT,
  enterpriseNumberFilterValue,
  hasNextPage,
  relationPageSchema,
  relationSchema,
} from "./contract";
import { NotFoundError, UnexpectedResponseError } from "./errors";
import { HttpTransport, type Query, type RetryPolicy } from "./http";
import { RateLimiter } from "./rate-limiter";
import type { Page, Relation, RelationSummary } from "./types";

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
  /** Requests in flight at once when reading linked relations. */
  concurrency?: number;
  /** Upper bound on pages read when the server ignores the enterprise-number filter. */
  maxScanPages?: number;
  random?: () => number;
}

export type ProgressStep = "lookup" | "scan" | "company" | "related";
export interface Progress {
  step: ProgressStep;
  done: number;
  total: number | null;
}
export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export interface CompanyData {
  company: Relation;
  /** Every relation the company's director, shareholder and auditor links point to, representatives included. */
  related: ReadonlyMap<string, Relation>;
  /** Linked ids AdminPulse answered 404 for: a link to a relation that no longer exists. */
  missing: string[];
  /** Link-type codes the add-in does not know, with how often each occurred. */
  unknownLinkTypes: ReadonlyMap<number, number>;
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
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 8) || 1);
    this.maxScanPages = Math.max(1, Math.floor(options.maxScanPages ?? 250) || 1);
  }

  /** HTTP requests this client has sent, retries included. */
  get requestCount(): number {
    return this.http.requestCount;
  }

  async listRelations(page: number, pageSize = MAX_PAGE_SIZE, options: CallOptions = {}, filter: Query = {}): Promise<Page<RelationSummary>> {
    const query = { ...filter, [QUERY.page]: page, [QUERY.pageSize]: Math.min(pageSize, MAX_PAGE_SIZE) };
    const body = await this.http.getJson(PATHS.relations, query, options.signal);
    return validate(relationPageSchema, body, `GET ${PATHS.relations}`);
  }

  async getRelation(uniqueIdentifier: string, options: CallOptions = {}): Promise<Relation> {
    const path = PATHS.relation(uniqueIdentifier);
    const body = await this.http.getJson(path, {}, options.signal);
    return validate(relationSchema, body, `GET ${path}`);
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

  /** Everything the permanent data needs about one company. */
  async fetchCompany(enterpriseNumber: string, options: CallOptions = {}): Promise<CompanyData> {
    const summary = await this.findCompany(enterpriseNumber, options);
    options.onProgress?.({ step: "company", done: 0, total: 1 });
    const company = await this.getRelation(summary.id, options);
    options.onProgress?.({ step: "company", done: 1, total: 1 });

    const unknownLinkTypes = new Map<number, number>();
    const ids = new Set<string>();
    for (const link of company.links) {
      if (link.role === "other") {
        if (!KNOWN_UNUSED_LINK_TYPES.has(link.linkType)) {
          unknownLinkTypes.set(link.linkType, (unknownLinkTypes.get(link.linkType) ?? 0) + 1);
        }
        continue;
      }
      ids.add(link.relationId);
      if (link.representativeId) ids.add(link.representativeId);
    }
    const { related, missing } = await this.getRelations([...ids], options);
    return { company, related, missing, unknownLinkTypes };
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
      const page = await this.listRelations(pageNumber, MAX_PAGE_SIZE, options, filter);
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
      const page = await this.listRelations(pageNumber, MAX_PAGE_SIZE, options);
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
  // Paths and zod's wording only: values may be personal data and stay out of messages.
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  throw new UnexpectedResponseError(`${where} answered an unexpected shape: ${issues}`, 200);
}
