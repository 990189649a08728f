// What window.workbench.configure() sets: the settings an administrator saves in the pane's
// Settings (address, key, language), written where the pane keeps them (this origin's browser
// storage; the workbench has no storage partition) by the pane's own SettingsStore, with the same
// defaults as the workbench's host. The key is remembered on the device, as "Remember on this
// device" does: the pane then reloads and reads it all when it starts, as in Excel. So the pane
// carries no hook for the workbench.

import { FIXED_API_BASE_URL } from "../src/settings/fixed-address";
import { SettingsStore, browserStorage } from "../src/settings/settings";
import type { Language } from "../src/i18n/language";
import { type WorkbenchParams, hostDefaults } from "./config";

/** What an administrator types in Settings. */
export interface ConfigureInput {
  apiBaseUrl?: string;
  token?: string;
  /** "auto" follows Office's display language. */
  language?: Language | "auto";
}

/** Saves `input` for the pane of a workbench opened with `params`; throws what the pane would refuse. */
export function saveSettings(input: ConfigureInput, params: WorkbenchParams): void {
  const store = new SettingsStore({ storage: browserStorage(), defaults: hostDefaults(params), fixedApiBaseUrl: FIXED_API_BASE_URL });
  const { token, ...rest } = input;
  store.update(rest);
  if (token !== undefined) store.setToken(token, true);
}
