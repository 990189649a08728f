// The administrator's settings: pure TypeScript, no React, no Office.
//
// Non-secret settings persist per device in the browser storage of the add-in's origin, under a
// key prefixed with Office's partition key when Office partitions storage (Microsoft's guidance:
// `localStorage.setItem(partitionKey + key, value)`). Only the values an administrator set are
// stored; everything else follows the defaults (AdminPulse's address, or the host's suggestion in
// the workbench). Anything unreadable falls back to its default, field by field, and storage that
// throws (disabled, quota) only means that nothing is remembered: the store keeps working in memory.
//
// The API key is not a setting: it never enters the Settings object nor the settings' stored
// JSON. It is kept in memory, in a private field, and in storage under its own key only when the
// administrator asked to remember it on this device. Nothing here logs, and no error is built
// from the key.
//
// A key belongs to the address it was entered for, and is stored with it: changing the address
// forgets the key, and a key found with another address than the current one is never used. So a
// person at an unlocked PC who types another address gets no key sent there; they must know the
// key. The host's suggested key (the workbench's demo key) likewise goes only to the host's
// suggested address. An office may fix the address when it builds the add-in
// (FIXED_API_BASE_URL): then no stored or typed address counts.

import { z } from "zod";
import { DEFAULT_BASE_URL } from "../adminpulse/contract";
import { LANGUAGES, type Language } from "../i18n/language";
import { SettingsValidationError, checkApiBaseUrl, checkExpiry, checkToken, isCalendarDate } from "./validation";

/** What a host embeds for a first start (the workbench: the sandbox's address and demo key), before anything is saved. */
export interface HostDefaults {
  apiBaseUrl?: string;
  token?: string;
}

export { EXPIRY_WARNING_DAYS, expiryReminder, type ExpiryReminder, type ExpiryState } from "./expiry";
export {
  SettingsValidationError,
  checkApiBaseUrl,
  checkExpiry,
  checkToken,
  type Checked,
  type SettingsField,
  type SettingsValidationReason,
} from "./validation";

export interface Settings {
  /** The AdminPulse API's address, without trailing slash. */
  apiBaseUrl: string;
  /** "auto" follows Office's display language. */
  language: Language | "auto";
  autoSyncOnOpen: boolean;
  autoSyncOnActivate: boolean;
  /** The API key's expiry date as the administrator typed it (yyyy-MM-dd), or null. */
  tokenExpiry: string | null;
  /** Keep the key in this device's storage (true) or for this session only (false). */
  rememberToken: boolean;
}

/** Where the key that `token()` answers comes from. */
export type TokenSource =
  /** Set by the administrator and kept in this device's storage. */
  | "device"
  /** Set by the administrator and kept in memory only (not asked to remember, or storage failed). */
  | "session"
  /** None set: the host's suggested key (the workbench's demo key). */
  | "host"
  | "none";

export type SettingsListener = (settings: Settings) => void;

export interface SettingsStoreOptions {
  /** localStorage; null where it is unavailable or throws on access. */
  storage: Storage | null;
  /** Office.context.partitionKey: prefixes every storage key when defined. */
  partitionKey?: string;
  /** What the host suggests before an administrator set anything. */
  defaults?: HostDefaults;
  /** The address the office fixed at build time (`--env apiBaseUrl=`): the only one used. */
  fixedApiBaseUrl?: string | null;
}

export const SETTINGS_STORAGE_KEY = "adminpulse.settings";
export const TOKEN_STORAGE_KEY = "adminpulse.token";
const STORED_VERSION = 1;

/** The storage keys the store uses, prefixed with the partition key when there is one. */
export function storageKeys(partitionKey?: string): { settings: string; token: string } {
  const prefix = partitionKey ?? "";
  return { settings: `${prefix}${SETTINGS_STORAGE_KEY}`, token: `${prefix}${TOKEN_STORAGE_KEY}` };
}

/** `globalThis.localStorage`, or null where there is none or touching it throws (storage disabled, sandboxed frame). */
export function browserStorage(): Storage | null {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export function defaultSettings(defaults?: HostDefaults, fixedApiBaseUrl?: string | null): Settings {
  const suggested = [fixedApiBaseUrl, defaults?.apiBaseUrl].flatMap((url) => {
    const checked = typeof url === "string" ? checkApiBaseUrl(url) : null;
    return checked?.ok ? [checked.value] : [];
  });
  return {
    apiBaseUrl: suggested[0] ?? DEFAULT_BASE_URL,
    language: "auto",
    autoSyncOnOpen: true,
    autoSyncOnActivate: true,
    tokenExpiry: null,
    rememberToken: false,
  };
}

// One schema per field, so that a bad field costs only itself. A stored address that the current
// rules refuse (an older, laxer version; a hand edit) is dropped like any other bad value.
const fieldSchemas = {
  apiBaseUrl: z
    .string()
    .refine((value) => checkApiBaseUrl(value).ok)
    .transform((value) => {
      const checked = checkApiBaseUrl(value);
      return checked.ok ? checked.value : value;
    }),
  language: z.enum(["auto", ...LANGUAGES]),
  autoSyncOnOpen: z.boolean(),
  autoSyncOnActivate: z.boolean(),
  tokenExpiry: z.string().refine(isCalendarDate).nullable(),
  rememberToken: z.boolean(),
} satisfies { [K in keyof Settings]: z.ZodType<Settings[K], unknown> };

type Overrides = Partial<Settings>;

const storedSchema = z.object({
  apiBaseUrl: fieldSchemas.apiBaseUrl.optional().catch(undefined),
  language: fieldSchemas.language.optional().catch(undefined),
  autoSyncOnOpen: fieldSchemas.autoSyncOnOpen.optional().catch(undefined),
  autoSyncOnActivate: fieldSchemas.autoSyncOnActivate.optional().catch(undefined),
  tokenExpiry: fieldSchemas.tokenExpiry.optional().catch(undefined),
  rememberToken: fieldSchemas.rememberToken.optional().catch(undefined),
} satisfies { [K in keyof Settings]: unknown });

/** A key as stored: with the address it belongs to. */
interface StoredToken {
  apiBaseUrl: string;
  token: string;
}

const storedTokenSchema = z.object({ apiBaseUrl: z.string(), token: z.string() });

/**
 * The stored key, or null. An older version stored the bare key; it was used with the address in
 * force then, so it stays bound to that one.
 */
function readStoredToken(raw: string | null, legacyAddress: string): StoredToken | null {
  if (raw === null) return null;
  let json: unknown = null;
  try {
    json = JSON.parse(raw);
  } catch {
    // The bare key of an older version.
  }
  const parsed = storedTokenSchema.safeParse(json);
  const candidate = parsed.success ? parsed.data : typeof json === "object" && json !== null ? null : { apiBaseUrl: legacyAddress, token: raw };
  if (!candidate) return null;
  const token = checkToken(candidate.token);
  const address = checkApiBaseUrl(candidate.apiBaseUrl);
  return token.ok && address.ok ? { apiBaseUrl: address.value, token: token.value } : null;
}

function readOverrides(raw: string | null): Overrides {
  if (raw === null) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return {};
  const overrides: Overrides = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value !== undefined) (overrides as Record<string, unknown>)[key] = value;
  }
  return overrides;
}

export class SettingsStore {
  readonly #storage: Storage | null;
  readonly #keys: { settings: string; token: string };
  readonly #defaults: Settings;
  readonly #hostToken: string | null;
  readonly #fixed: boolean;
  readonly #listeners = new Set<SettingsListener>();
  /** The values an administrator set; the rest follows the defaults. */
  #overrides: Overrides;
  #current: Settings;
  /** The key the administrator set (never the host's), with the address it was set for. */
  #token: StoredToken | null = null;
  /** Whether #token is, as far as we know, in storage. */
  #tokenStored = false;

  constructor(options: SettingsStoreOptions) {
    this.#storage = options.storage;
    this.#keys = storageKeys(options.partitionKey);
    const fixed = options.fixedApiBaseUrl ? checkApiBaseUrl(options.fixedApiBaseUrl) : null;
    this.#fixed = fixed?.ok === true;
    this.#defaults = defaultSettings(options.defaults, fixed?.ok ? fixed.value : null);
    const hostToken = options.defaults?.token === undefined ? null : checkToken(options.defaults.token);
    // The host's key goes to the host's own address only (token() checks the address in force).
    const hostAddress = checkApiBaseUrl(options.defaults?.apiBaseUrl ?? "");
    this.#hostToken = hostToken?.ok && hostAddress.ok && hostAddress.value === this.#defaults.apiBaseUrl ? hostToken.value : null;

    this.#overrides = readOverrides(this.#read(this.#keys.settings));
    if (this.#fixed) delete this.#overrides.apiBaseUrl;
    this.#current = Object.freeze({ ...this.#defaults, ...this.#overrides });
    const stored = this.#read(this.#keys.token);
    const storedToken = readStoredToken(stored, this.#current.apiBaseUrl);
    if (storedToken && storedToken.apiBaseUrl === this.#current.apiBaseUrl && this.#overrides.rememberToken !== false) {
      this.#token = storedToken;
      this.#tokenStored = true;
      // Settings lost or from an older shape, but a key is remembered: it was asked for.
      if (this.#overrides.rememberToken === undefined) this.#overrides.rememberToken = true;
      this.#current = Object.freeze({ ...this.#defaults, ...this.#overrides });
      // An older version's bare key is stored again with its address.
      if (stored !== JSON.stringify(storedToken)) this.#placeToken();
    } else if (stored !== null) {
      // Unreadable, kept against the settings' "don't remember", or entered for another address
      // than the one in force (changed by hand, or by the office's build): out of storage.
      this.#remove(this.#keys.token);
    }
  }

  /** The current settings; the same object until something changes. */
  settings(): Settings {
    return this.#current;
  }

  /** The defaults in force (the host's suggestions included). */
  defaults(): Settings {
    return { ...this.#defaults };
  }

  /** Whether the office fixed the address when it built the add-in: Settings shows it read-only. */
  addressFixed(): boolean {
    return this.#fixed;
  }

  /**
   * Applies a change and returns the settings. Throws SettingsValidationError (with FR/NL/EN
   * messages) for an address or expiry date it cannot accept, and then changes nothing. A new
   * address forgets the administrator's key: it was entered for the old one.
   */
  update(partial: Partial<Settings>): Settings {
    const next: Overrides = { ...this.#overrides };
    for (const [key, value] of Object.entries(partial) as [keyof Settings, unknown][]) {
      if (value === undefined || !(key in fieldSchemas)) continue;
      if (key === "apiBaseUrl") {
        const checked = checkApiBaseUrl(String(value));
        if (!checked.ok) throw checked.error;
        if (this.#fixed && checked.value !== this.#defaults.apiBaseUrl) throw new SettingsValidationError("apiBaseUrl", "url-fixed");
        next.apiBaseUrl = checked.value;
      } else if (key === "tokenExpiry") {
        const checked = checkExpiry(value === null ? null : String(value));
        if (!checked.ok) throw checked.error;
        next.tokenExpiry = checked.value;
      } else {
        const parsed = fieldSchemas[key].safeParse(value);
        if (!parsed.success) throw new TypeError(`invalid setting: ${key}`);
        (next as Record<string, unknown>)[key] = parsed.data;
      }
    }
    const merged: Settings = { ...this.#defaults, ...next };
    if (sameSettings(merged, this.#current) && sameKeys(next, this.#overrides)) return this.#current;

    const rememberChanged = merged.rememberToken !== this.#current.rememberToken;
    const addressChanged = merged.apiBaseUrl !== this.#current.apiBaseUrl;
    this.#overrides = next;
    this.#current = Object.freeze(merged);
    if (addressChanged && this.#token !== null) {
      this.#token = null;
      this.#tokenStored = false;
      this.#remove(this.#keys.token);
    } else if (rememberChanged) this.#placeToken();
    this.#persist();
    this.#notify();
    return this.#current;
  }

  /**
   * The key to call AdminPulse with, for the current address only: the administrator's, else the
   * host's suggestion (at the host's address), else null.
   */
  token(): string | null {
    if (this.#token !== null && this.#token.apiBaseUrl === this.#current.apiBaseUrl) return this.#token.token;
    return this.#hostToken !== null && this.#current.apiBaseUrl === this.#defaults.apiBaseUrl ? this.#hostToken : null;
  }

  tokenSource(): TokenSource {
    if (this.#token !== null) return this.#tokenStored ? "device" : "session";
    return this.token() !== null ? "host" : "none";
  }

  /**
   * Sets the key (trimmed) and whether to remember it on this device. Throws
   * SettingsValidationError when it is empty or contains whitespace. When storage refuses it, the
   * key is still kept for the session: `tokenSource()` then answers "session".
   */
  setToken(token: string, remember: boolean): void {
    const checked = checkToken(token);
    if (!checked.ok) throw checked.error;
    this.#token = { apiBaseUrl: this.#current.apiBaseUrl, token: checked.value };
    this.#tokenStored = false;
    this.#overrides = { ...this.#overrides, rememberToken: remember };
    this.#current = Object.freeze({ ...this.#defaults, ...this.#overrides });
    this.#placeToken();
    this.#persist();
    this.#notify();
  }

  /** Removes the administrator's key from memory and from storage. */
  forgetToken(): void {
    this.#token = null;
    this.#tokenStored = false;
    this.#remove(this.#keys.token);
    this.#notify();
  }

  /** Called after every change of the settings or the key; returns the unsubscribe function. */
  subscribe(listener: SettingsListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** The key in storage when it is to be remembered, out of storage otherwise. */
  #placeToken(): void {
    if (this.#token !== null && this.#current.rememberToken) {
      this.#tokenStored = this.#write(this.#keys.token, JSON.stringify(this.#token));
    } else {
      this.#remove(this.#keys.token);
      this.#tokenStored = false;
    }
  }

  #persist(): void {
    this.#write(this.#keys.settings, JSON.stringify({ version: STORED_VERSION, ...this.#overrides }));
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener(this.#current);
  }

  #read(key: string): string | null {
    try {
      return this.#storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #write(key: string, value: string): boolean {
    if (!this.#storage) return false;
    try {
      this.#storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  }

  #remove(key: string): void {
    try {
      this.#storage?.removeItem(key);
    } catch {
      // Storage that throws holds nothing we could remove.
    }
  }
}

function sameSettings(a: Settings, b: Settings): boolean {
  return (Object.keys(fieldSchemas) as (keyof Settings)[]).every((key) => a[key] === b[key]);
}

function sameKeys(a: Overrides, b: Overrides): boolean {
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i] && a[key as keyof Settings] === b[key as keyof Settings]);
}
