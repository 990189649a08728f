// Relations read earlier in the session, reused while they are fresh. One cache per client (so
// per key and address). A sync always reads the company itself again; only the relations its
// links point to come from here, so a second sync right after the first costs a request or two
// instead of one per director, shareholder and auditor. What it trades: an edit in AdminPulse to a
// related person (their address, say) shows in the workbook once the entry is older than the
// freshness window, 2 minutes by default; edits to the company itself and to its links (mandates,
// shares) show at once.

import type { Relation } from "./types";

export interface RelationCacheOptions {
  /** How long an entry is reused after it was read; 0 turns the cache off. */
  freshForMs?: number;
  /** Oldest entries go first above this many. */
  maxEntries?: number;
  now?: () => number;
}

export const DEFAULT_CACHE_FRESH_MS = 2 * 60_000;
const DEFAULT_MAX_ENTRIES = 20_000;

export class RelationCache {
  private readonly entries = new Map<string, { relation: Relation; at: number }>();
  readonly freshForMs: number;
  private readonly maxEntries: number;
  readonly now: () => number;

  constructor(options: RelationCacheOptions = {}) {
    const fresh = options.freshForMs ?? DEFAULT_CACHE_FRESH_MS;
    this.freshForMs = Number.isFinite(fresh) && fresh > 0 ? fresh : 0;
    this.maxEntries = Math.max(1, Math.floor(options.maxEntries ?? DEFAULT_MAX_ENTRIES) || 1);
    this.now = options.now ?? (() => Date.now());
  }

  get enabled(): boolean {
    return this.freshForMs > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The relation when it was read less than the freshness window ago. */
  get(id: string): Relation | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.at < this.freshForMs) return entry.relation;
    this.entries.delete(id);
    return undefined;
  }

  set(relation: Relation, at = this.now()): void {
    if (!this.enabled) return;
    // Re-inserted so that the map's order stays oldest first.
    this.entries.delete(relation.id);
    this.entries.set(relation.id, { relation, at });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Drops what is no longer fresh. */
  prune(): void {
    const limit = this.now() - this.freshForMs;
    for (const [id, entry] of this.entries) {
      if (entry.at <= limit) this.entries.delete(id);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
