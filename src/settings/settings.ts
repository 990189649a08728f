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

import { z } from "zod";
import { DEFAULT_BASE_URL } from "../adminpulse/contract";
import { LANGUAGES, type Language } from "../i18n/language";
import type { HostDefaults } from "../taskpane/host";
import { checkApiBaseUrl, checkExpiry, checkToken, isCalendarDate } from "./validation";

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

export function defaultSettings(defaults?: HostDefaults): Settings {
  const suggested = defaults?.apiBaseUrl === undefined ? null : checkApiBaseUrl(defaults.apiBaseUrl);
  return {
    apiBaseUrl: suggested?.ok ? suggested.value : DEFAULT_BASE_URL,
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
  apiBaseUrl: z.string().refine((value) => checkApiBaseUrl(value).ok).transform((value) => {
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
  readonly #listeners = new Set<SettingsListener>();
  /** The values an administrator set; the rest follows the defaults. */
  #overrides: Overrides;
  #current: Settings;
  /** The key the administrator set (never the host's). */
  #token: string | null = null;
  /** Whether #token is, as far as we know, in storage. */
  #tokenStored = false;

  constructor(options: SettingsStoreOptions) {
    this.#storage = options.storage;
    this.#keys = storageKeys(options.partitionKey);
    this.#defaults = defaultSettings(options.defaults);
    const hostToken = options.defaults?.token === undefined ? null : checkToken(options.defaults.token);
    this.#hostToken = hostToken?.ok ? hostToken.value : null;

    this.#overrides = readOverrides(this.#read(this.#keys.settings));
    const stored = this.#read(this.#keys.token);
    const storedToken = stored === null ? null : checkToken(stored);
    if (storedToken?.ok && this.#overrides.rememberToken !== false) {
      this.#token = storedToken.value;
      this.#tokenStored = true;
      // Settings lost or from an older shape, but a key is remembered: it was asked for.
      if (this.#overrides.rememberToken === undefined) this.#overrides.rememberToken = true;
    } else if (stored !== null) {
      // Unreadable, or kept against the settings' "don't remember": out of storage.
      this.#remove(this.#keys.token);
    }
    this.#current = Object.freeze({ ...this.#defaults, ...this.#overrides });
  }

  /** The current settings; the same object until something changes. */
  settings(): Settings {
    return this.#current;
  }

  /** The defaults in force (the host's suggestions included). */
  defaults(): Settings {
    return { ...this.#defaults };
  }

  /**
   * Applies a change and returns the settings. Throws SettingsValidationError (with FR/NL/EN
   * messages) for an address or expiry date it cannot accept, and then changes nothing.
   */
  update(partial: Partial<Settings>): Settings {
    const next: Overrides = { ...this.#overrides };
    for (const [key, value] of Object.entries(partial) as [keyof Settings, unknown][]) {
      if (value === undefined || !(key in fieldSchemas)) continue;
      if (key === "apiBaseUrl") {
        const checked = checkApiBaseUrl(String(value));
        if (!checked.ok) throw checked.error;
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
    this.#overrides = next;
    this.#current = Object.freeze(merged);
    if (rememberChanged) this.#placeToken();
    this.#persist();
    this.#notify();
    return this.#current;
  }

  /** The key to call AdminPulse with: the administrator's, else the host's suggestion, else null. */
  token(): string | null {
    return this.#token ?? this.#hostToken;
  }

  tokenSource(): TokenSource {
    if (this.#token !== null) return this.#tokenStored ? "device" : "session";
    return this.#hostToken !== null ? "host" : "none";
  }

  /**
   * Sets the key (trimmed) and whether to remember it on this device. Throws
   * SettingsValidationError when it is empty or contains whitespace. When storage refuses it, the
   * key is still kept for the session: `tokenSource()` then answers "session".
   */
  setToken(token: string, remember: boolean): void {
    const checked = checkToken(token);
    if (!checked.ok) throw checked.error;
    this.#token = checked.value;
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
      this.#tokenStored = this.#write(this.#keys.token, this.#token);
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
