// Where the task pane runs: inside Excel, in another Office application, or in a plain browser
// (office.js not loaded, or loaded outside Office). Also the display language and whether
// Office uses a dark theme. The only place of the task pane that asks Office.js about this;
// components receive the result as props.

import { languageFromTag, type Language } from "../i18n/language";

export type HostKind = "checking" | "excel" | "other-host" | "outside";

export interface Environment {
  readonly host: HostKind;
  readonly language: Language;
  readonly dark: boolean;
}

/** How long to wait for Office.onReady before concluding that Office is not there. */
const READY_TIMEOUT_MS = 10_000;

function browserLanguage(): Language {
  return languageFromTag(typeof navigator === "undefined" ? undefined : navigator.language);
}

/** What is known before Office answers: the browser's language, host unknown yet. */
export function initialEnvironment(): Environment {
  return { host: "checking", language: browserLanguage(), dark: false };
}

/** `#rrggbb` → relative luminance 0..1, or undefined if not a colour. */
function luminance(color: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function officeIsDark(): boolean {
  try {
    const l = luminance(Office.context?.officeTheme?.bodyBackgroundColor);
    return l !== undefined && l < 0.4;
  } catch {
    return false; // officeTheme is not available in every host
  }
}

function officeLanguage(): Language {
  try {
    return languageFromTag(Office.context?.displayLanguage || browserLanguage());
  } catch {
    return browserLanguage();
  }
}

/** Waits for Office (if present) and reports where the task pane runs. Never rejects. */
export async function detectEnvironment(): Promise<Environment> {
  const outside: Environment = { host: "outside", language: browserLanguage(), dark: false };
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return outside;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const info = await Promise.race([
      Office.onReady(),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), READY_TIMEOUT_MS);
      }),
    ]);
    if (!info || !info.host) return outside;
    return {
      host: info.host === Office.HostType.Excel ? "excel" : "other-host",
      language: officeLanguage(),
      dark: officeIsDark(),
    };
  } catch {
    return outside;
  } finally {
    clearTimeout(timer);
  }
}
