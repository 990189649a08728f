// The administrator's settings store: persistence per device under the partition key, tolerance
// of damaged or throwing storage, validation, and the API key kept out of storage unless asked.

import { DEFAULT_BASE_URL } from "../../src/adminpulse";
import {
  SETTINGS_STORAGE_KEY,
  SettingsStore,
  SettingsValidationError,
  TOKEN_STORAGE_KEY,
  checkApiBaseUrl,
  checkToken,
  defaultSettings,
  expiryReminder,
  storageKeys,
  type Settings,
} from "../../src/settings/settings";
import { MemoryStorage } from "./memory-storage";

const TOKEN = "ap_live_7f3b9c2e41d04a6b8e5f";
const PARTITION = "https://contoso.example/partition-42/";

function everyStoredText(storage: MemoryStorage): string {
  return storage
    .entries()
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("defaults", () => {
  it("are AdminPulse's address, automatic language, both automatic syncs, no expiry, key not remembered", () => {
    const store = new SettingsStore({ storage: new MemoryStorage() });
    expect(store.settings()).toEqual<Settings>({
      apiBaseUrl: DEFAULT_BASE_URL,
      language: "auto",
      autoSyncOnOpen: true,
      autoSyncOnActivate: true,
      tokenExpiry: null,
      rememberToken: false,
    });
    expect(store.token()).toBeNull();
    expect(store.tokenSource()).toBe("none");
  });

  it("take the host's suggested address and key (the workbench), until the administrator sets their own", () => {
    const store = new SettingsStore({
      storage: new MemoryStorage(),
      defaults: { apiBaseUrl: "http://127.0.0.1:3100/", token: "sandbox-demo-token" },
    });
    expect(store.settings().apiBaseUrl).toBe("http://127.0.0.1:3100");
    expect(store.token()).toBe("sandbox-demo-token");
    expect(store.tokenSource()).toBe("host");

    store.setToken(TOKEN, false);
    expect(store.token()).toBe(TOKEN);
    store.forgetToken();
    expect(store.token()).toBe("sandbox-demo-token");
  });

  it("ignore a host address that the rules refuse", () => {
    expect(defaultSettings({ apiBaseUrl: "http://proxy.example" }).apiBaseUrl).toBe(DEFAULT_BASE_URL);
  });
});

describe("persistence", () => {
  it("stores settings under the partition key's prefix and reads them back on the next start", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage, partitionKey: PARTITION });
    store.update({ language: "nl", autoSyncOnOpen: false, tokenExpiry: "2026-12-31" });

    expect(storage.entries().map(([key]) => key)).toEqual([`${PARTITION}${SETTINGS_STORAGE_KEY}`]);
    const again = new SettingsStore({ storage, partitionKey: PARTITION });
    expect(again.settings()).toMatchObject({ language: "nl", autoSyncOnOpen: false, autoSyncOnActivate: true, tokenExpiry: "2026-12-31" });
  });

  it("uses the plain key where Office does not partition storage, and another partition sees nothing", () => {
    const storage = new MemoryStorage();
    new SettingsStore({ storage }).update({ language: "fr" });
    expect(storage.getItem(SETTINGS_STORAGE_KEY)).not.toBeNull();
    expect(new SettingsStore({ storage, partitionKey: PARTITION }).settings().language).toBe("auto");
    expect(storageKeys(PARTITION)).toEqual({ settings: `${PARTITION}adminpulse.settings`, token: `${PARTITION}adminpulse.token` });
  });

  it("stores only what was set, so a default that changes later still applies", () => {
    const storage = new MemoryStorage();
    new SettingsStore({ storage }).update({ language: "en" });
    const stored = JSON.parse(storage.getItem(SETTINGS_STORAGE_KEY)!) as Record<string, unknown>;
    expect(stored).toEqual({ version: 1, language: "en" });
    const elsewhere = new SettingsStore({ storage, defaults: { apiBaseUrl: "http://localhost:3100" } });
    expect(elsewhere.settings().apiBaseUrl).toBe("http://localhost:3100");
  });

  it.each([
    ["not JSON", "{language: fr"],
    ["JSON null", "null"],
    ["an array", "[1,2]"],
    ["a string", '"fr"'],
  ])("falls back to the defaults when the stored settings are %s", (_what, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_STORAGE_KEY, raw);
    expect(new SettingsStore({ storage }).settings()).toEqual(defaultSettings());
  });

  it("keeps the good fields of a damaged or older record and drops the rest, field by field", () => {
    const storage = new MemoryStorage();
    storage.setItem(
      SETTINGS_STORAGE_KEY,
      JSON.stringify({
        version: 0,
        language: "de",
        autoSyncOnOpen: "yes",
        autoSyncOnActivate: false,
        apiBaseUrl: "http://proxy.example",
        tokenExpiry: "2026-02-30",
        baseUrl: "https://old.example",
      }),
    );
    const store = new SettingsStore({ storage });
    expect(store.settings()).toEqual({ ...defaultSettings(), autoSyncOnActivate: false });
  });

  it("works in memory when storage throws on every call", () => {
    const storage = new MemoryStorage();
    storage.throwOnEverything = true;
    const store = new SettingsStore({ storage, partitionKey: PARTITION });
    expect(store.settings()).toEqual(defaultSettings());
    expect(store.update({ language: "fr" }).language).toBe("fr");
    store.setToken(TOKEN, true);
    expect(store.token()).toBe(TOKEN);
    expect(store.tokenSource()).toBe("session");
    expect(() => store.forgetToken()).not.toThrow();
    expect(store.token()).toBeNull();
  });

  it("keeps the key for the session when storage is full", () => {
    const storage = new MemoryStorage();
    storage.throwOnWrite = true;
    const store = new SettingsStore({ storage });
    store.setToken(TOKEN, true);
    expect(store.settings().rememberToken).toBe(true);
    expect(store.tokenSource()).toBe("session");
    expect(everyStoredText(storage)).not.toContain(TOKEN);
  });

  it("works without storage at all", () => {
    const store = new SettingsStore({ storage: null });
    store.update({ autoSyncOnOpen: false });
    store.setToken(TOKEN, true);
    expect(store.settings().autoSyncOnOpen).toBe(false);
    expect(store.token()).toBe(TOKEN);
  });
});

describe("the API key", () => {
  it("stays out of storage when not remembered: no stored value contains it", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage, partitionKey: PARTITION });
    store.update({ language: "fr", tokenExpiry: "2027-01-15" });
    store.setToken(`  ${TOKEN}\n`, false);

    expect(store.token()).toBe(TOKEN);
    expect(store.tokenSource()).toBe("session");
    expect(storage.entries().length).toBeGreaterThan(0);
    expect(everyStoredText(storage)).not.toContain(TOKEN);
    expect(JSON.stringify(store.settings())).not.toContain(TOKEN);
    expect(new SettingsStore({ storage, partitionKey: PARTITION }).token()).toBeNull();
  });

  it("is stored under its own partitioned key when remembered, never in the settings record", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage, partitionKey: PARTITION });
    store.setToken(TOKEN, true);

    expect(JSON.parse(storage.getItem(`${PARTITION}${TOKEN_STORAGE_KEY}`)!)).toEqual({ apiBaseUrl: DEFAULT_BASE_URL, token: TOKEN });
    expect(storage.getItem(`${PARTITION}${SETTINGS_STORAGE_KEY}`)).not.toContain(TOKEN);
    expect(store.tokenSource()).toBe("device");
    const again = new SettingsStore({ storage, partitionKey: PARTITION });
    expect(again.token()).toBe(TOKEN);
    expect(again.settings().rememberToken).toBe(true);
    expect(again.tokenSource()).toBe("device");
  });

  it("forget removes it from memory and from storage", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage, partitionKey: PARTITION });
    store.setToken(TOKEN, true);
    store.forgetToken();

    expect(store.token()).toBeNull();
    expect(store.tokenSource()).toBe("none");
    expect(everyStoredText(storage)).not.toContain(TOKEN);
    expect(new SettingsStore({ storage, partitionKey: PARTITION }).token()).toBeNull();
  });

  it("moves in and out of storage when 'remember' is switched", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage });
    store.setToken(TOKEN, false);
    store.update({ rememberToken: true });
    expect(storage.getItem(TOKEN_STORAGE_KEY)).toContain(TOKEN);
    store.update({ rememberToken: false });
    expect(everyStoredText(storage)).not.toContain(TOKEN);
    expect(store.token()).toBe(TOKEN);
  });

  it("replacing a remembered key with a session key removes the old one from storage", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage });
    store.setToken(TOKEN, true);
    store.setToken("another-key", false);
    expect(everyStoredText(storage)).not.toContain(TOKEN);
    expect(everyStoredText(storage)).not.toContain("another-key");
  });

  it("a key left in storage against the settings' 'don't remember' is removed at start", () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ rememberToken: false }));
    storage.setItem(TOKEN_STORAGE_KEY, TOKEN);
    const store = new SettingsStore({ storage });
    expect(everyStoredText(storage)).not.toContain(TOKEN);
    expect(store.token()).toBeNull();
  });

  it("a remembered key survives settings lost to damage", () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_STORAGE_KEY, "garbage");
    storage.setItem(TOKEN_STORAGE_KEY, TOKEN);
    const store = new SettingsStore({ storage });
    expect(store.token()).toBe(TOKEN);
    expect(store.settings().rememberToken).toBe(true);
  });

  it.each([
    ["empty", "", "token-empty"],
    ["only spaces", "   \t ", "token-empty"],
    ["a space inside", "ap_live 7f3b", "token-whitespace"],
    ["a line break inside", "ap_live\n7f3b", "token-whitespace"],
  ])("is refused when %s, with a message in three languages that does not contain it", (_what, raw, reason) => {
    const store = new SettingsStore({ storage: new MemoryStorage() });
    const error = caught(() => store.setToken(raw, true));
    expect(error).toBeInstanceOf(SettingsValidationError);
    const validation = error as SettingsValidationError;
    expect(validation).toMatchObject({ field: "token", reason });
    for (const text of [validation.message, validation.userMessage.fr, validation.userMessage.nl, validation.userMessage.en]) {
      expect(text.length).toBeGreaterThan(0);
      if (raw.trim()) expect(text).not.toContain(raw.trim().split(/\s/)[0]);
    }
    expect(store.token()).toBeNull();
  });

  it("never appears in the store's own serialisation", () => {
    const store = new SettingsStore({ storage: new MemoryStorage() });
    store.setToken(TOKEN, false);
    expect(JSON.stringify(store)).not.toContain(TOKEN);
    expect(Object.values(store).join(" ")).not.toContain(TOKEN);
  });

  it("an older version's bare key stays bound to the address in force then, and is stored again with it", () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ apiBaseUrl: "https://proxy.office.example", rememberToken: true }));
    storage.setItem(TOKEN_STORAGE_KEY, TOKEN);
    const store = new SettingsStore({ storage });
    expect(store.token()).toBe(TOKEN);
    expect(JSON.parse(storage.getItem(TOKEN_STORAGE_KEY)!)).toEqual({ apiBaseUrl: "https://proxy.office.example", token: TOKEN });
  });

  it("checkToken trims", () => {
    expect(checkToken("  abc  ")).toEqual({ ok: true, value: "abc" });
  });
});

describe("the key follows its address", () => {
  const OTHER = "https://attacker.example";

  it("changing the address forgets the key, in memory and in storage, and tells the listeners", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage, partitionKey: PARTITION });
    store.setToken(TOKEN, true);
    const seen: (string | null)[] = [];
    store.subscribe(() => seen.push(store.token()));

    store.update({ apiBaseUrl: OTHER });

    expect(store.token()).toBeNull();
    expect(store.tokenSource()).toBe("none");
    expect(everyStoredText(storage)).not.toContain(TOKEN);
    expect(seen).toEqual([null]);
    // Going back does not bring it back: it must be entered again.
    store.update({ apiBaseUrl: DEFAULT_BASE_URL });
    expect(store.token()).toBeNull();
  });

  it("a key entered for the new address is bound to it", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage });
    store.update({ apiBaseUrl: "https://proxy.office.example/" });
    store.setToken(TOKEN, true);
    expect(JSON.parse(storage.getItem(TOKEN_STORAGE_KEY)!)).toEqual({ apiBaseUrl: "https://proxy.office.example", token: TOKEN });
    expect(new SettingsStore({ storage }).token()).toBe(TOKEN);
  });

  it("a stored key found with another address than the one in force is dropped at start (address changed by hand)", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage });
    store.setToken(TOKEN, true);
    storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ apiBaseUrl: OTHER, rememberToken: true }));

    const again = new SettingsStore({ storage });
    expect(again.settings().apiBaseUrl).toBe(OTHER);
    expect(again.token()).toBeNull();
    expect(everyStoredText(storage)).not.toContain(TOKEN);
  });

  it("the host's key goes only to the host's address (the workbench's ?api=)", () => {
    const store = new SettingsStore({ storage: new MemoryStorage(), defaults: { apiBaseUrl: "http://127.0.0.1:3100", token: "sandbox-demo-token" } });
    store.update({ apiBaseUrl: OTHER });
    expect(store.token()).toBeNull();
    expect(store.tokenSource()).toBe("none");
  });

  it("a remembered key is not sent to an address the host suggests later (?api= on the next start)", () => {
    const storage = new MemoryStorage();
    new SettingsStore({ storage, defaults: { apiBaseUrl: "http://127.0.0.1:3100" } }).setToken(TOKEN, true);
    const next = new SettingsStore({ storage, defaults: { apiBaseUrl: "http://127.0.0.1:4444" } });
    expect(next.settings().apiBaseUrl).toBe("http://127.0.0.1:4444");
    expect(next.token()).toBeNull();
  });

  it("an address fixed at build time wins over any stored one and cannot be changed", () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ apiBaseUrl: OTHER }));
    const store = new SettingsStore({ storage, fixedApiBaseUrl: "https://proxy.office.example/" });
    expect(store.addressFixed()).toBe(true);
    expect(store.settings().apiBaseUrl).toBe("https://proxy.office.example");
    expect(caught(() => store.update({ apiBaseUrl: OTHER }))).toMatchObject({ field: "apiBaseUrl", reason: "url-fixed" });
    expect(store.settings().apiBaseUrl).toBe("https://proxy.office.example");
    store.setToken(TOKEN, false);
    expect(store.update({ apiBaseUrl: "https://proxy.office.example" }).apiBaseUrl).toBe("https://proxy.office.example");
    expect(store.token()).toBe(TOKEN);
    expect(new SettingsStore({ storage: null }).addressFixed()).toBe(false);
  });
});

describe("the AdminPulse address", () => {
  it.each([
    ["https://api.adminpulse.be", "https://api.adminpulse.be"],
    ["https://api.adminpulse.be/", "https://api.adminpulse.be"],
    ["  https://proxy.office.example/adminpulse///  ", "https://proxy.office.example/adminpulse"],
    ["HTTPS://API.AdminPulse.be", "https://api.adminpulse.be"],
    ["https://proxy.example:8443/ap/", "https://proxy.example:8443/ap"],
    ["http://127.0.0.1:3100", "http://127.0.0.1:3100"],
    ["http://localhost:3100/", "http://localhost:3100"],
    ["http://[::1]:3100", "http://[::1]:3100"],
  ])("accepts %s as %s", (raw, expected) => {
    expect(checkApiBaseUrl(raw)).toEqual({ ok: true, value: expected });
    expect(new SettingsStore({ storage: null }).update({ apiBaseUrl: raw }).apiBaseUrl).toBe(expected);
  });

  it.each([
    ["", "url-empty"],
    ["   ", "url-empty"],
    ["api.adminpulse.be", "url-invalid"],
    ["/relations", "url-invalid"],
    ["http://api.adminpulse.be", "url-not-https"],
    ["http://192.168.1.10:3100", "url-not-https"],
    ["http://localhost.example.com", "url-not-https"],
    ["ftp://api.adminpulse.be", "url-not-https"],
    ["javascript:alert(1)", "url-not-https"],
    ["https://user:secret@api.adminpulse.be", "url-credentials"],
    ["https://api.adminpulse.be%2f@attacker.example", "url-credentials"],
    ["https://api.adminpulse.be/?x=1", "url-query"],
    ["https://api.adminpulse.be/#top", "url-query"],
  ])("refuses %j (%s) with a message in three languages and changes nothing", (raw, reason) => {
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage });
    const listener = jest.fn();
    store.subscribe(listener);
    const error = caught(() => store.update({ apiBaseUrl: raw, language: "fr" }));
    expect(error).toBeInstanceOf(SettingsValidationError);
    expect(error).toMatchObject({ field: "apiBaseUrl", reason });
    const { userMessage } = error as SettingsValidationError;
    expect(new Set([userMessage.fr, userMessage.nl, userMessage.en]).size).toBe(3);
    expect(store.settings()).toEqual(defaultSettings());
    expect(storage.entries()).toEqual([]);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe("update and subscribe", () => {
  it("notifies listeners with the new settings, and not after unsubscribing", () => {
    const store = new SettingsStore({ storage: new MemoryStorage() });
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    const next = store.update({ autoSyncOnActivate: false });
    expect(listener).toHaveBeenCalledWith(next);
    store.setToken(TOKEN, false);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(listener.mock.calls)).not.toContain(TOKEN);
    unsubscribe();
    store.update({ autoSyncOnActivate: true });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("returns the same object when nothing changed", () => {
    const store = new SettingsStore({ storage: new MemoryStorage() });
    const first = store.update({ language: "nl" });
    expect(store.update({ language: "nl" })).toBe(first);
    expect(store.settings()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("accepts a clear expiry date and refuses an impossible one", () => {
    const store = new SettingsStore({ storage: new MemoryStorage() });
    expect(store.update({ tokenExpiry: "2028-02-29" }).tokenExpiry).toBe("2028-02-29");
    expect(store.update({ tokenExpiry: null }).tokenExpiry).toBeNull();
    expect(caught(() => store.update({ tokenExpiry: "2027-02-29" }))).toMatchObject({ field: "tokenExpiry", reason: "expiry-invalid" });
    expect(caught(() => store.update({ tokenExpiry: "31/12/2026" }))).toBeInstanceOf(SettingsValidationError);
  });
});

describe("expiryReminder", () => {
  const today = new Date(2026, 4, 10, 15, 30); // 10 May 2026, afternoon, local time

  it.each([
    [null, "none", null],
    ["not a date", "none", null],
    ["2026-06-30", "ok", 51],
    ["2026-05-25", "ok", 15],
    ["2026-05-24", "soon", 14],
    ["2026-05-11", "soon", 1],
    ["2026-05-10", "soon", 0],
    ["2026-05-09", "expired", -1],
    ["2025-12-31", "expired", -130],
  ])("expiry %s → %s (%s days left)", (expiry, state, daysLeft) => {
    expect(expiryReminder(expiry, today)).toEqual({ state, daysLeft });
  });

  it("counts calendar days whatever the time of day", () => {
    expect(expiryReminder("2026-05-24", new Date(2026, 4, 10, 0, 0))).toEqual({ state: "soon", daysLeft: 14 });
    expect(expiryReminder("2026-05-24", new Date(2026, 4, 10, 23, 59))).toEqual({ state: "soon", daysLeft: 14 });
    // Across the change to summer time (29 March 2026 in Belgium).
    expect(expiryReminder("2026-04-05", new Date(2026, 2, 22, 12))).toEqual({ state: "soon", daysLeft: 14 });
  });
});
