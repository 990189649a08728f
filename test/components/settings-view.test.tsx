// The Settings view in jsdom: the key saved for the session or on the device, forgotten, the
// address validated inline, the connection test, the expiry reminder, and the view in French.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEFAULT_BASE_URL, InvalidTokenError } from "../../src/adminpulse";
import type { Language } from "../../src/i18n/language";
import { SETTINGS_STORAGE_KEY, SettingsStore, TOKEN_STORAGE_KEY } from "../../src/settings/settings";
import { type AddressChange, SettingsView, type TestConnection } from "../../src/taskpane/settings/SettingsView";
import type { SharedOriginSign } from "../../src/settings/shared-origin";
import { MemoryStorage } from "../settings/memory-storage";

const TOKEN = "ap_live_7f3b9c2e41d04a6b8e5f";
const PARTITION = "https://contoso.example/partition-42/";
const TODAY = new Date(2026, 4, 10, 9, 0); // 10 May 2026

interface Setup {
  language?: Language;
  storage?: MemoryStorage;
  store?: SettingsStore;
  testConnection?: TestConnection;
  sharedOrigin?: SharedOriginSign[];
  onAddressChanged?: (change: AddressChange) => void;
}

function setup({ language = "en", storage = new MemoryStorage(), store, testConnection, sharedOrigin, onAddressChanged }: Setup = {}) {
  const settingsStore = store ?? new SettingsStore({ storage, partitionKey: PARTITION });
  const test = jest.fn<ReturnType<TestConnection>, Parameters<TestConnection>>(testConnection ?? (async () => ({ relationCount: 0, probe: null })));
  const onClose = jest.fn();
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <SettingsView
        store={settingsStore}
        language={language}
        testConnection={test}
        onClose={onClose}
        now={() => TODAY}
        sharedOrigin={sharedOrigin}
        onAddressChanged={onAddressChanged}
      />
    </FluentProvider>,
  );
  return { user, store: settingsStore, storage, test, onClose, view };
}

function storedText(storage: MemoryStorage): string {
  return storage
    .entries()
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
}

async function saveKey(user: ReturnType<typeof userEvent.setup>, token: string, { remember }: { remember: boolean }) {
  const checkbox = screen.getByRole("checkbox", { name: "Remember on this device" });
  if ((checkbox as HTMLInputElement).checked !== remember) await user.click(checkbox);
  await user.type(screen.getByLabelText("AdminPulse API key"), token);
  await user.click(screen.getByRole("button", { name: "Save key" }));
}

describe("the API key", () => {
  it("saved without 'remember' is kept for the session only: nothing in storage contains it, and no part of it is shown", async () => {
    const { user, store, storage, view } = setup();
    const input = screen.getByLabelText("AdminPulse API key");
    expect(input).toHaveProperty("type", "password");

    await saveKey(user, TOKEN, { remember: false });

    expect(store.token()).toBe(TOKEN);
    expect(storedText(storage)).not.toContain(TOKEN);
    expect(screen.getByTestId("key-status").textContent).toBe("A key is kept for this session only: it will be asked for again after Excel restarts.");
    expect(within(screen.getByTestId("key-notice")).getByText("The key was saved.")).toBeTruthy();
    expect(screen.queryByLabelText("AdminPulse API key")).toBeNull();
    // Not the key, not its end, not in any attribute.
    expect(view.container.innerHTML).not.toContain(TOKEN);
    expect(view.container.innerHTML).not.toContain(TOKEN.slice(-4));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Replace key" }));
  });

  it("saved with 'remember' is stored under the partition key, and the view says it is on this device", async () => {
    const { user, storage } = setup();
    await saveKey(user, TOKEN, { remember: true });

    expect(JSON.parse(storage.getItem(`${PARTITION}${TOKEN_STORAGE_KEY}`)!)).toEqual({ apiBaseUrl: DEFAULT_BASE_URL, token: TOKEN });
    expect(storage.getItem(`${PARTITION}${SETTINGS_STORAGE_KEY}`)).not.toContain(TOKEN);
    expect(screen.getByTestId("key-status").textContent).toBe("A key is saved on this device.");
    expect(new SettingsStore({ storage, partitionKey: PARTITION }).token()).toBe(TOKEN);
  });

  it("is forgotten from memory and storage, and the field comes back", async () => {
    const { user, store, storage } = setup();
    await saveKey(user, TOKEN, { remember: true });
    await user.click(screen.getByRole("button", { name: "Forget key" }));

    expect(store.token()).toBeNull();
    expect(storedText(storage)).not.toContain(TOKEN);
    expect(within(screen.getByTestId("key-notice")).getByText("The key was forgotten on this device.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("AdminPulse API key"));
  });

  it("can be replaced, and a key with a space inside is refused inline", async () => {
    const { user, store } = setup();
    await saveKey(user, TOKEN, { remember: false });
    await user.click(screen.getByRole("button", { name: "Replace key" }));
    await user.type(screen.getByLabelText("AdminPulse API key"), "two words");
    await user.click(screen.getByRole("button", { name: "Save key" }));

    expect(screen.getByText(/An AdminPulse API key contains no spaces or line breaks/)).toBeTruthy();
    expect(store.token()).toBe(TOKEN);

    await user.clear(screen.getByLabelText("AdminPulse API key"));
    await user.type(screen.getByLabelText("AdminPulse API key"), "new-key{Enter}");
    expect(store.token()).toBe("new-key");
  });

  it("moves into storage when 'remember' is ticked after saving", async () => {
    const { user, storage } = setup();
    await saveKey(user, TOKEN, { remember: false });
    await user.click(screen.getByRole("checkbox", { name: "Remember on this device" }));
    expect(storage.getItem(`${PARTITION}${TOKEN_STORAGE_KEY}`)).toContain(TOKEN);
    expect(screen.getByTestId("key-status").textContent).toBe("A key is saved on this device.");
  });
});

describe("a host's suggested key (the workbench)", () => {
  it("is used until the administrator sets one, and says so without showing it", async () => {
    const store = new SettingsStore({ storage: new MemoryStorage(), defaults: { apiBaseUrl: "http://127.0.0.1:3100", token: "sandbox-demo-token" } });
    const { user, test, view } = setup({ store });
    expect(screen.getByTestId("key-status").textContent).toBe("This environment’s demo key is in use. Enter an AdminPulse key to use your own.");
    expect(screen.getByLabelText("AdminPulse address")).toHaveProperty("value", "http://127.0.0.1:3100");
    expect(screen.queryByRole("button", { name: "Forget key" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Test connection" }));
    expect(test.mock.calls[0]!.slice(0, 2)).toEqual(["http://127.0.0.1:3100", "sandbox-demo-token"]);
    expect(view.container.innerHTML).not.toContain("sandbox-demo-token");
  });
});

describe("the AdminPulse address", () => {
  it("shows why an address is refused, next to the field, and keeps the old one", async () => {
    const { user, store } = setup();
    const input = screen.getByLabelText("AdminPulse address");
    await user.clear(input);
    await user.type(input, "http://proxy.office.example");
    await user.tab();

    expect(screen.getByText(/must start with https:\/\//)).toBeTruthy();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(store.settings().apiBaseUrl).toBe(DEFAULT_BASE_URL);
  });

  it("saves a valid address without its trailing slash, and resets to AdminPulse", async () => {
    const { user, store } = setup();
    const input = screen.getByLabelText("AdminPulse address");
    await user.clear(input);
    await user.type(input, "https://proxy.office.example/adminpulse/");
    await user.tab();
    // Leaving the field saves nothing: only "Change address" does.
    expect(store.settings().apiBaseUrl).toBe(DEFAULT_BASE_URL);
    await user.click(screen.getByRole("button", { name: "Change address" }));
    expect(store.settings().apiBaseUrl).toBe("https://proxy.office.example/adminpulse");
    expect(input).toHaveProperty("value", "https://proxy.office.example/adminpulse");

    await user.click(screen.getByRole("button", { name: "Reset to AdminPulse" }));
    expect(store.settings().apiBaseUrl).toBe(DEFAULT_BASE_URL);
    expect(input).toHaveProperty("value", DEFAULT_BASE_URL);
  });
});

describe("the key follows its address", () => {
  it("changing the address forgets the key, says so, and asks for the key for the new address", async () => {
    const onAddressChanged = jest.fn();
    const storage = new MemoryStorage();
    const store = new SettingsStore({ storage, partitionKey: PARTITION });
    const { user } = setup({ store, storage, onAddressChanged });
    await saveKey(user, TOKEN, { remember: true });
    const input = screen.getByLabelText("AdminPulse address");
    await user.clear(input);
    await user.type(input, "https://attacker.example");
    expect(screen.getByText("Changing the address forgets the API key: you will enter it again for the new address.")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Change address" }));

    expect(store.token()).toBeNull();
    expect(storedText(storage)).not.toContain(TOKEN);
    expect(
      within(screen.getByTestId("key-notice")).getByText(/is now https:\/\/attacker\.example\. The key entered for the previous address was forgotten/),
    ).toBeTruthy();
    expect(screen.getByLabelText("AdminPulse API key")).toBeTruthy();
    expect(onAddressChanged).toHaveBeenCalledWith({ url: "https://attacker.example", keyForgotten: true });
  });

  it("the connection test never sends the saved key to an address typed but not applied", async () => {
    const { user, test, store } = setup();
    await saveKey(user, TOKEN, { remember: false });
    const input = screen.getByLabelText("AdminPulse address");
    await user.clear(input);
    await user.type(input, "https://attacker.example");
    await user.click(screen.getByRole("button", { name: "Test connection" }));

    expect(test).not.toHaveBeenCalled();
    expect(screen.getByText("Press “Change address” first, or put the current address back.")).toBeTruthy();
    expect(store.settings().apiBaseUrl).toBe(DEFAULT_BASE_URL);
  });

  it("an address fixed when the add-in was built is shown read-only, with nothing to change it", () => {
    const store = new SettingsStore({ storage: new MemoryStorage(), fixedApiBaseUrl: "https://proxy.office.example" });
    setup({ store });
    const input = screen.getByLabelText("AdminPulse address");
    expect(input).toHaveProperty("readOnly", true);
    expect(input).toHaveProperty("value", "https://proxy.office.example");
    expect(screen.getByText("Set by your office when the add-in was installed.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Change address" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Reset to AdminPulse" })).toBeNull();
  });

  it("warns the administrator when other pages share the add-in's storage", () => {
    setup({ sharedOrigin: ["path"] });
    expect(within(screen.getByTestId("shared-origin")).getByText("This add-in shares its web address with other pages")).toBeTruthy();
  });

  it("says nothing of that when the storage is the add-in's own", () => {
    setup();
    expect(screen.queryByTestId("shared-origin")).toBeNull();
  });
});

describe("test connection", () => {
  it("calls testConnection with the address and the saved key, shows a spinner, then the count", async () => {
    let finish: (value: { relationCount: number; probe: null }) => void = () => undefined;
    const { user, test } = setup({ testConnection: () => new Promise((resolve) => (finish = resolve)) });
    await saveKey(user, TOKEN, { remember: false });
    await user.click(screen.getByRole("button", { name: "Test connection" }));

    expect(test).toHaveBeenCalledTimes(1);
    const [url, token, signal] = test.mock.calls[0]!;
    expect([url, token]).toEqual([DEFAULT_BASE_URL, TOKEN]);
    expect(signal).toBeInstanceOf(AbortSignal);
    const status = screen.getByTestId("test-result");
    expect(status.getAttribute("role")).toBe("status");
    expect(within(status).getByText("Testing the connection…")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Test connection" })).toHaveProperty("disabled", true);

    await act(async () => finish({ relationCount: 1234, probe: null }));
    expect(within(status).getByText("The key works: AdminPulse shows 1,234 relations.")).toBeTruthy();
  });

  it("formats the count the French way", async () => {
    const { user } = setup({ language: "fr", testConnection: async () => ({ relationCount: 1234, probe: null }) });
    await user.type(screen.getByLabelText("Clé d’API AdminPulse"), TOKEN);
    await user.click(screen.getByRole("button", { name: "Tester la connexion" }));
    const count = new Intl.NumberFormat("fr-BE").format(1234);
    // Belgian French groups digits with a narrow no-break space: compare the text as shown.
    const status = screen.getByTestId("test-result");
    await within(status).findByText(/La clé fonctionne/);
    expect(status.textContent).toBe(`La clé fonctionne\u00a0: AdminPulse affiche ${count} relations.`);
    expect(count).not.toBe("1234");
  });

  it("tests the key being typed before it is saved", async () => {
    const { user, test, store } = setup();
    await user.type(screen.getByLabelText("AdminPulse API key"), TOKEN);
    await user.click(screen.getByRole("button", { name: "Test connection" }));
    expect(test.mock.calls[0]![1]).toBe(TOKEN);
    expect(store.token()).toBeNull();
  });

  it("shows the error's own message in the pane's language", async () => {
    const error = new InvalidTokenError("GET /relations answered 401", 401);
    const { user } = setup({ language: "nl", testConnection: async () => Promise.reject(error) });
    await user.type(screen.getByLabelText("AdminPulse-API-sleutel"), TOKEN);
    await user.click(screen.getByRole("button", { name: "Verbinding testen" }));
    expect(await within(screen.getByTestId("test-result")).findByText(error.userMessage.nl)).toBeTruthy();
  });

  it("shows a generic message for an error without a user message", async () => {
    const { user } = setup({ testConnection: async () => Promise.reject(new TypeError("Failed to fetch")) });
    await user.type(screen.getByLabelText("AdminPulse API key"), TOKEN);
    await user.click(screen.getByRole("button", { name: "Test connection" }));
    expect(await screen.findByText(/The connection test failed/)).toBeTruthy();
    expect(screen.queryByText(/Failed to fetch/)).toBeNull();
  });

  it("asks for a key when there is none, without calling AdminPulse", async () => {
    const { user, test } = setup();
    await user.click(screen.getByRole("button", { name: "Test connection" }));
    expect(screen.getByText("Enter the AdminPulse API key first.")).toBeTruthy();
    expect(test).not.toHaveBeenCalled();
  });

  it("does not call AdminPulse with an address that is refused", async () => {
    const { user, test } = setup();
    await saveKey(user, TOKEN, { remember: false });
    await user.clear(screen.getByLabelText("AdminPulse address"));
    await user.type(screen.getByLabelText("AdminPulse address"), "http://example.com");
    await user.click(screen.getByRole("button", { name: "Test connection" }));
    expect(test).not.toHaveBeenCalled();
    expect(screen.getByText(/must start with https:\/\//)).toBeTruthy();
  });

  it("aborts a running test when the view closes", async () => {
    const { user, test, view } = setup({ testConnection: () => new Promise(() => undefined) });
    await saveKey(user, TOKEN, { remember: false });
    await user.click(screen.getByRole("button", { name: "Test connection" }));
    view.unmount();
    expect(test.mock.calls[0]![2].aborted).toBe(true);
  });
});

describe("the key's expiry date", () => {
  const dateInput = () => screen.getByLabelText("Key expiry date");

  it("shows nothing 15 days before, a warning from 14 days before, and an error once past", () => {
    const { store } = setup();
    const reminder = screen.getByTestId("expiry-reminder");
    expect(reminder.getAttribute("aria-live")).toBe("polite");

    fireEvent.change(dateInput(), { target: { value: "2026-05-25" } });
    expect(store.settings().tokenExpiry).toBe("2026-05-25");
    expect(reminder.textContent).toBe("");

    fireEvent.change(dateInput(), { target: { value: "2026-05-24" } });
    expect(reminder.textContent).toContain("The AdminPulse key expires soon");
    expect(reminder.textContent).toContain("It expires in 14 days, on 24 May 2026. Ask your administrator for a new AdminPulse key");

    fireEvent.change(dateInput(), { target: { value: "2026-05-10" } });
    expect(reminder.textContent).toContain("It expires today");

    fireEvent.change(dateInput(), { target: { value: "2026-05-09" } });
    expect(reminder.textContent).toContain("The AdminPulse key has expired");
    expect(reminder.textContent).toContain("It expired on 9 May 2026. Ask your administrator for a new AdminPulse key");

    fireEvent.change(dateInput(), { target: { value: "" } });
    expect(store.settings().tokenExpiry).toBeNull();
    expect(reminder.textContent).toBe("");
  });
});

describe("language and automatic syncs", () => {
  it("sets the language and both switches, and Done closes", async () => {
    const { user, store, onClose } = setup();
    await user.click(screen.getByRole("radio", { name: "Nederlands" }));
    expect(store.settings().language).toBe("nl");
    await user.click(screen.getByRole("radio", { name: "Automatic (follows Office)" }));
    expect(store.settings().language).toBe("auto");

    await user.click(screen.getByRole("switch", { name: "Sync automatically when the workbook opens" }));
    expect(store.settings().autoSyncOnOpen).toBe(false);
    await user.click(screen.getByRole("switch", { name: "Sync automatically when the permanent-data sheet is activated" }));
    expect(store.settings().autoSyncOnActivate).toBe(false);

    await user.click(screen.getByRole("button", { name: "Done" }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("is in French when the pane is in French", () => {
    setup({ language: "fr" });
    expect(screen.getByRole("heading", { name: "Paramètres" })).toBeTruthy();
    expect(screen.getByLabelText("Clé d’API AdminPulse")).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Mémoriser sur cet appareil" })).toBeTruthy();
    expect(screen.getByLabelText("Adresse AdminPulse")).toBeTruthy();
    expect(screen.getByLabelText("Date d’expiration de la clé")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tester la connexion" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Automatique (suit Office)" })).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Synchroniser automatiquement à l’ouverture du classeur" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Terminé" })).toBeTruthy();
    expect(screen.queryByText("Settings")).toBeNull();
  });

  it("labels every control", () => {
    setup();
    for (const role of ["textbox", "checkbox", "radio", "switch", "button"] as const) {
      const all = screen.queryAllByRole(role);
      expect(all.length).toBeGreaterThan(0);
      expect(screen.queryAllByRole(role, { name: /\S/ })).toEqual(all);
    }
    // Password and date inputs have no implicit role: found by their labels.
    expect(screen.getByLabelText("Key expiry date")).toHaveProperty("type", "date");
    expect(screen.getByLabelText("AdminPulse API key").getAttribute("aria-describedby")).toBeTruthy();
  });
});
