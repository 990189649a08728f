// French typography in everything the pane shows in French: a non-breaking space (U+00A0) before
// « : ; ? ! » and inside « ». Walks every French text of src/taskpane/strings/* (plural forms and
// texts built by functions included) and every error message the pane shows (describeError, the
// settings' refusals, the sync's and AdminPulse's messages as the pane puts them), as displayed.

import {
  BadRequestError,
  CancelledError,
  InvalidTokenError,
  NotFoundError,
  RateLimitedError,
  UnavailableError,
  UnexpectedResponseError,
} from "../../src/adminpulse";
import { frenchTypography as fromChecks } from "../../src/checks/messages";
import { NBSP, frenchTexts, frenchTypography, localize, typeset } from "../../src/i18n/typography";
import { SettingsValidationError, type SettingsField, type SettingsValidationReason } from "../../src/settings/settings";
import { syncErrors } from "../../src/sync/errors";
import { describeError, paneErrors } from "../../src/taskpane/pane-errors";
import { findingsStrings } from "../../src/taskpane/strings/findings";
import { fill, homeStrings } from "../../src/taskpane/strings/home";
import { settingsStrings } from "../../src/taskpane/strings/settings";
import { stringsFor } from "../../src/taskpane/strings/shell";

/** Belgian French groups digits with a narrow no-break space; it counts as non-breaking too. */
const NARROW_NBSP = "\u202f";

/** Where `text` breaks the rule, each with a little context. */
function faults(text: string): string[] {
  const found: string[] = [];
  const at = (i: number) => JSON.stringify(text.slice(Math.max(0, i - 12), i + 12));
  for (const match of text.matchAll(/[:;?!«»]/g)) {
    const i = match.index;
    const mark = match[0];
    const before = text[i - 1] ?? "";
    const after = text[i + 1] ?? "";
    if (mark === "«") {
      if (after !== NBSP) found.push(`no non-breaking space after « in ${at(i)}`);
      continue;
    }
    // Not punctuation: an address (https://), a time (10:30).
    if (mark === ":" && text.startsWith("//", i + 1)) continue;
    if (mark === ":" && /\d/.test(before) && /\d/.test(after)) continue;
    if (before !== NBSP && before !== NARROW_NBSP) found.push(`no non-breaking space before ${mark} in ${at(i)}`);
  }
  return found;
}

/** Every text of a table: strings, nested plural forms, and what its functions return for typical values. */
function texts(table: object, path = ""): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const name = path ? `${path}.${key}` : key;
    if (typeof value === "string") return [[name, value]];
    if (typeof value === "function") {
      const samples: unknown[][] = value.length >= 2 ? [[0, "31 décembre 2026"], [1, "31 décembre 2026"], [14, "31 décembre 2026"]] : [["https://proxy.cabinet.example"]];
      return samples.map((args, i): [string, string] => [`${name}#${i}`, String((value as (...a: unknown[]) => unknown)(...args))]);
    }
    if (typeof value === "object" && value !== null) return texts(value, name);
    return [];
  });
}

const TABLES = {
  shell: stringsFor("fr"),
  home: homeStrings("fr"),
  settings: settingsStrings("fr"),
  findings: findingsStrings("fr"),
};

const SETTINGS_REFUSALS = {
  "url-empty": "apiBaseUrl",
  "url-invalid": "apiBaseUrl",
  "url-not-https": "apiBaseUrl",
  "url-credentials": "apiBaseUrl",
  "url-query": "apiBaseUrl",
  "url-fixed": "apiBaseUrl",
  "url-not-applied": "apiBaseUrl",
  "token-empty": "token",
  "token-whitespace": "token",
  "expiry-invalid": "tokenExpiry",
} satisfies Record<SettingsValidationReason, SettingsField>;

/** Every kind of failure the pane can show, with the values a message may carry. */
const ERRORS: unknown[] = [
  new InvalidTokenError("401", 401),
  new NotFoundError("404", "0566.988.259"),
  new NotFoundError("404"),
  new BadRequestError("400", 400),
  new RateLimitedError("429", 60_000),
  new UnavailableError("503", "server-error", 503),
  new UnavailableError("network", "network"),
  new UnavailableError("timeout", "timeout"),
  new UnexpectedResponseError("shape", 200, "shape"),
  new UnexpectedResponseError("too-large", 200, "too-large"),
  new UnexpectedResponseError("redirected", 302, "redirected"),
  new CancelledError(),
  paneErrors.noKey(),
  syncErrors.noEnterpriseNumber(),
  syncErrors.invalidEnterpriseNumber("0566.988.258"),
  syncErrors.linkedToAnotherCompany("0566.988.259", "0403.170.701"),
  syncErrors.busy(),
  syncErrors.protectedSheet("Données permanentes"),
  syncErrors.tableBlocked("PD_Directors", "Données permanentes", 3, "A40"),
  syncErrors.tableOverlap(),
  syncErrors.linkMisdirected("name-elsewhere"),
  syncErrors.linkMisdirected("very-hidden"),
  syncErrors.linkNotConfirmed("0566.988.259", null),
  syncErrors.linkNotConfirmed("0566.988.259", "0403.170.701"),
  syncErrors.cellEditMode(),
  syncErrors.excel("InvalidOperation"),
  new Error("anything else"),
  ...Object.entries(SETTINGS_REFUSALS).map(([reason, field]) => new SettingsValidationError(field, reason as SettingsValidationReason)),
];

describe("French typography in the pane", () => {
  it.each(Object.entries(TABLES))("every French text of strings/%s", (_name, table) => {
    const all = texts(table);
    expect(all.length).toBeGreaterThan(5);
    expect(all.flatMap(([key, text]) => faults(text).map((fault) => `${key}: ${fault}`))).toEqual([]);
  });

  it("texts filled with values keep the rule, and the values are left as they are", () => {
    const t = homeStrings("fr");
    expect(fill(t.summaryTitle, { company: "Quoi ? SRL" })).toBe(`Synchronisé${NBSP}: Quoi ? SRL`);
    expect(fill(t.searchNone, { query: "atelier" })).toBe(`Aucune société d’AdminPulse ne correspond à «${NBSP}atelier${NBSP}».`);
  });

  it("every error message the pane shows, as it shows it", () => {
    const shown = ERRORS.flatMap((error) => {
      const view = describeError(error, "fr");
      const own = typeof error === "object" && error !== null && "userMessage" in error ? [localize((error as { userMessage: Parameters<typeof localize>[0] }).userMessage, "fr")] : [];
      return [view.title, view.message, ...own];
    });
    expect(shown.flatMap((text) => faults(text).map((fault) => `${text.slice(0, 40)}…: ${fault}`))).toEqual([]);
    // Dutch and English are left alone.
    expect(describeError(paneErrors.noKey(), "nl").message).toBe(paneErrors.noKey().userMessage.nl);
  });

  it("one rule, shared with the checks' messages", () => {
    expect(fromChecks).toBe(frenchTypography);
    expect(frenchTypography("Durée : 2 s ; « ok » ? oui !")).toBe(`Durée${NBSP}: 2 s${NBSP}; «${NBSP}ok${NBSP}»${NBSP}? oui${NBSP}!`);
    expect(typeset("Note : x", "en")).toBe("Note : x");
    expect(frenchTexts({ a: "a : b", f: (x: string) => `${x} ?`, p: { one: "« x »" } }).f("y")).toBe(`y${NBSP}?`);
  });
});
