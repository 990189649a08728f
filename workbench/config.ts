// What the workbench is preconfigured with: the sandbox's address (from the page's `?api=`, else
// the one webpack was given, else the sandbox's default) and its demo key; the simulated Office
// display language (from `?lang=`, else the browser's); the simulated Excel's ExcelApi version
// (`?excel=1.17` plays an Excel without notes; default: the simulator's).

import type { HostDefaults } from "../src/settings/settings";

/** The sandbox's key with the *Read relations* permission (not a secret: it opens only the sandbox). */
export const DEMO_TOKEN = "sandbox-demo-token";

/** The sandbox's default address, when the build was given none. */
export const DEFAULT_API_BASE_URL = "http://127.0.0.1:3100";

/** What the workbench's host suggests to the pane before an administrator set anything. */
export function hostDefaults(params: WorkbenchParams): HostDefaults {
  return Object.freeze({ apiBaseUrl: params.apiBaseUrl, token: DEMO_TOKEN });
}

/** Display languages the language selector offers (any BCP-47 tag works in `?lang=`). */
export const DISPLAY_LANGUAGES: readonly { tag: string; label: string }[] = [
  { tag: "en-US", label: "English (en-US)" },
  { tag: "fr-BE", label: "Français (fr-BE)" },
  { tag: "nl-BE", label: "Nederlands (nl-BE)" },
  { tag: "fr-FR", label: "Français (fr-FR)" },
  { tag: "nl-NL", label: "Nederlands (nl-NL)" },
  { tag: "de-DE", label: "Deutsch (de-DE)" },
];

function builtInApiBaseUrl(): string {
  try {
    return __WORKBENCH_CONFIG__.apiBaseUrl || DEFAULT_API_BASE_URL;
  } catch {
    return DEFAULT_API_BASE_URL; // not built by webpack.config.js
  }
}

function param(search: string, name: string): string | undefined {
  const value = new URLSearchParams(search).get(name);
  return value === null || value.trim() === "" ? undefined : value.trim();
}

export interface WorkbenchParams {
  readonly apiBaseUrl: string;
  readonly displayLanguage: string;
  /** The ExcelApi version the simulated Excel supports, when not the simulator's default. */
  readonly excelApi?: string;
}

/** The workbench's settings for a page with this query string (`?api=…&lang=…`). */
export function workbenchParams(search: string, browserLanguage: string | undefined): WorkbenchParams {
  const excelApi = param(search, "excel");
  return {
    apiBaseUrl: param(search, "api") ?? builtInApiBaseUrl(),
    displayLanguage: param(search, "lang") ?? (browserLanguage || "en-US"),
    ...(excelApi && /^1\.\d{1,2}$/.test(excelApi) ? { excelApi } : {}),
  };
}
