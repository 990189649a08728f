// An in-memory Web Storage for tests, with switches to make it throw like a disabled or full
// localStorage.

export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  /** Every call throws (storage disabled, sandboxed frame). */
  throwOnEverything = false;
  /** setItem throws (quota exceeded). */
  throwOnWrite = false;

  get length(): number {
    this.#check();
    return this.#items.size;
  }

  clear(): void {
    this.#check();
    this.#items.clear();
  }

  getItem(key: string): string | null {
    this.#check();
    return this.#items.get(key) ?? null;
  }

  key(index: number): string | null {
    this.#check();
    return [...this.#items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.#check();
    this.#items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.#check();
    if (this.throwOnWrite) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.#items.set(key, String(value));
  }

  /** Every key and value, bypassing the switches. */
  entries(): [string, string][] {
    return [...this.#items.entries()];
  }

  #check(): void {
    if (this.throwOnEverything) throw new DOMException("The operation is insecure.", "SecurityError");
  }

  [name: string]: unknown;
}
