// The companies a person at this device confirmed a workbook link to, in the pane (link.ts says
// why): automatic syncs run only for these. Kept in the add-in's browser storage like the
// settings (partitioned where Office partitions it), as 10-digit enterprise numbers only: public
// identifiers of companies, nothing about people. Storage that throws or is missing only means
// that every automatic sync waits for a person again.

import { storageKeys } from "./settings";

export const CONFIRMED_LINKS_STORAGE_KEY = "adminpulse.confirmedLinks";
/** Far more client companies than an office keeps; the oldest confirmations go first. */
const MAX_LINKS = 5_000;

export class ConfirmedLinks {
  readonly #storage: Storage | null;
  readonly #key: string;
  #numbers: string[];

  constructor(options: { storage: Storage | null; partitionKey?: string }) {
    this.#storage = options.storage;
    this.#key = `${options.partitionKey ?? ""}${CONFIRMED_LINKS_STORAGE_KEY}`;
    this.#numbers = this.#read();
  }

  has(enterpriseNumber: string): boolean {
    return this.#numbers.includes(enterpriseNumber);
  }

  /** Remembers a link a person confirmed (the most recent last). */
  add(enterpriseNumber: string): void {
    if (!/^\d{10}$/.test(enterpriseNumber)) return;
    this.#numbers = [...this.#numbers.filter((n) => n !== enterpriseNumber), enterpriseNumber].slice(-MAX_LINKS);
    try {
      this.#storage?.setItem(this.#key, JSON.stringify(this.#numbers));
    } catch {
      // Kept for this session only.
    }
  }

  #read(): string[] {
    try {
      const parsed: unknown = JSON.parse(this.#storage?.getItem(this.#key) ?? "[]");
      return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === "string" && /^\d{10}$/.test(n)).slice(-MAX_LINKS) : [];
    } catch {
      return [];
    }
  }
}

/** The storage keys this add-in writes, for telling its own entries from other pages'. */
export function ownStorageKeys(partitionKey?: string): string[] {
  const keys = storageKeys(partitionKey);
  return [keys.settings, keys.token, `${partitionKey ?? ""}${CONFIRMED_LINKS_STORAGE_KEY}`];
}
