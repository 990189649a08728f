// Finding a client company by name, for the task pane's "search AdminPulse" field. The API has
// no name filter (../shared/adminpulse-api.md), so the relation list is read once, 400 a page,
// and searched here; the list is kept for a few minutes so that typing more letters costs nothing.

import { foldWords } from "../i18n/fold";
import type { AdminPulseClient, CallOptions } from "./client";
import { MAX_PAGE_SIZE, hasNextPage } from "./contract";
import type { RelationSummary } from "./types";

export interface CompanyMatch {
  id: string;
  name: string;
  /** 10 digits, or null when AdminPulse has none. */
  enterpriseNumber: string | null;
  legalForm: string | null;
}

export interface CompanySearchOptions {
  /** How long the list read stays good. */
  freshForMs?: number;
  /** Upper bound on pages read (a server that ignores `page` must not keep us looping). */
  maxPages?: number;
  now?: () => number;
}

export class CompanySearch {
  private list: { items: CompanyMatch[]; at: number } | null = null;
  private loading: Promise<CompanyMatch[]> | null = null;
  /** Bumped by clear(), so that a read in flight then keeps nothing. */
  private generation = 0;
  private readonly freshForMs: number;
  private readonly maxPages: number;
  private readonly now: () => number;

  constructor(
    private readonly client: Pick<AdminPulseClient, "listRelations">,
    options: CompanySearchOptions = {},
  ) {
    this.freshForMs = options.freshForMs ?? 5 * 60_000;
    this.maxPages = options.maxPages ?? 250;
    this.now = options.now ?? Date.now;
  }

  /** Companies and sole proprietors whose name holds every word typed (accents and case ignored), best first. */
  async search(text: string, options: CallOptions & { limit?: number } = {}): Promise<CompanyMatch[]> {
    const words = foldWords(text).split(" ").filter(Boolean);
    if (words.length === 0) return [];
    const items = await this.companies(options);
    const scored = items
      .map((item) => ({ item, folded: foldWords(item.name) }))
      .filter(({ folded }) => words.every((w) => folded.includes(w)))
      .map(({ item, folded }) => ({ item, score: (folded.startsWith(words[0]!) ? 0 : 1) + folded.length / 1000 }));
    scored.sort((a, b) => a.score - b.score || a.item.name.localeCompare(b.item.name));
    return scored.slice(0, options.limit ?? 10).map((s) => s.item);
  }

  /** Forgets the list (the key went): nothing read so far, or still arriving, is kept. */
  clear(): void {
    this.generation++;
    this.list = null;
    this.loading = null;
  }

  private async companies(options: CallOptions): Promise<CompanyMatch[]> {
    if (this.list && this.now() - this.list.at < this.freshForMs) return this.list.items;
    // Searches typed while the list loads share one read.
    this.loading ??= this.readAll(options).finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async readAll(options: CallOptions): Promise<CompanyMatch[]> {
    const generation = this.generation;
    const items: CompanyMatch[] = [];
    for (let page = 0; page < this.maxPages; page++) {
      const answer = await this.client.listRelations(page, MAX_PAGE_SIZE, options);
      items.push(...answer.items.filter(isCompany).map(toMatch));
      options.onProgress?.({ step: "scan", done: page + 1, total: answer.pageCount });
      if (!hasNextPage(answer) || page + 1 >= answer.pageCount || answer.items.length === 0) break;
    }
    if (generation === this.generation) this.list = { items, at: this.now() };
    return items;
  }
}

function isCompany(item: RelationSummary): boolean {
  return item.kind === "Company" || item.kind === "SoleProprietor";
}

function toMatch(item: RelationSummary): CompanyMatch {
  return { id: item.id, name: item.name, enterpriseNumber: item.enterpriseNumber, legalForm: item.legalForm };
}
