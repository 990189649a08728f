// French typography in everything the pane shows in French: a non-breaking space (U+00A0) before
// « : ; ? ! » and inside « ». Walks every French text of src/taskpane/strings/* (texts built by
// functions included, with typical values and counts of 0, 1 and many) and every error message
// the pane shows (describeError, the settings' refusals, the sync's and AdminPulse's messages as
// the pane puts them), as displayed.

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
import { homeStrings } from "../../src/taskpane/strings/home";
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
    // Not punctuation: a cell of a sheet (Données permanentes!G14).
    if (mark === "!" && /\S/.test(before) && /[A-Z$]/.test(after)) continue;
    if (before !== NBSP && before !== NARROW_NBSP) found.push(`no non-breaking space before ${mark} in ${at(i)}`);
  }
  return found;
}

const DATE = "31 décembre 2026";
/** Counts whose forms differ: French singular (0, 1), plural, and a number with digit groups. */
const COUNTS = [[0], [1], [2], [1234]];

/** Typical values for every text built from values, by table and key. A new function needs its samples here. */
const SAMPLES: Readonly<Record<string, unknown[][]>> = {
  "home.searchNone": [["atelier"]],
  "home.searchPick": [["L'Atelier Zoë SRL"]],
  "home.stepScan": [
    [3, 12],
    [1, null],
  ],
  "home.stepRelated": [
    [3, 12],
    [1, null],
  ],
  "home.summaryTitle": [["L'Atelier Zoë SRL"]],
  "home.summaryDuration": [[1.234]],
  "home.summaryKeptEdited": COUNTS,
  "home.summaryMissing": COUNTS,
  "home.summaryUnknown": COUNTS,
  "home.summaryLeftAlone": COUNTS,
  "home.summaryColumnRestored": [["PD_Directors", "Fonction"]],
  "home.summaryColumnMissing": [["PD_Shareholders", "Droit"]],
  "home.summaryTableCreatedAgain": [["PD_Auditors", "Données permanentes!AZ1"]],
  "home.reviewChoice": [["Jean Dupont"]],
  "home.linkRelinked": [["0403.170.701"]],
  "home.confirmFirst": [["0566.988.259"]],
  "home.confirmRelinked": [["0403.170.701", "0566.988.259"]],
  "home.expirySoon": [[DATE]],
  "home.expired": [[DATE]],
  "settings.expirySoon": [
    [0, DATE],
    [1, DATE],
    [2, DATE],
    [14, DATE],
  ],
  "settings.expired": [[DATE]],
  "settings.addressChanged": [["https://proxy.cabinet.example"]],
  "settings.addressChangedKeyForgotten": [["https://proxy.cabinet.example"]],
  "settings.testSuccess": COUNTS,
  "findings.countError": COUNTS,
  "findings.countWarning": COUNTS,
  "findings.countInfo": COUNTS,
  "findings.goToCell": [["SHA-02", "Données permanentes!G14"]],
};

/** Every text of a table: its strings, and what its functions return for their samples. */
function texts(table: object, path: string): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const name = `${path}.${key}`;
    if (typeof value === "string") return [[name, value]];
    if (typeof value === "function") {
      const samples = SAMPLES[name];
      if (!samples) throw new Error(`no sample values for ${name}: add them to SAMPLES`);
      return samples.map((args): [string, string] => [
        `${name}(${args.map((a) => JSON.stringify(a)).join(", ")})`,
        String((value as (...a: unknown[]) => unknown)(...args)),
      ]);
    }
    throw new Error(`${name} is neither a text nor a function of values`);
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
  syncErrors.tableBlocked("PD_Directors", "Données permanentes", 1, "A40"),
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
  it.each(Object.entries(TABLES))("every French text of strings/%s", (name, table) => {
    const all = texts(table, name);
    expect(all.length).toBeGreaterThan(5);
    expect(all.flatMap(([key, text]) => faults(text).map((fault) => `${key}: ${fault}`))).toEqual([]);
    // Every value found its place: no placeholder left, nothing undefined.
    expect(all.filter(([, text]) => /[{}]|undefined|NaN/.test(text)).map(([key]) => key)).toEqual([]);
  });

  it("every text built from values has samples, and no sample is left over", () => {
    const functions = Object.entries(TABLES).flatMap(([table, texts]) =>
      Object.entries(texts).flatMap(([key, value]) => (typeof value === "function" ? [`${table}.${key}`] : [])),
    );
    expect(functions.sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it("texts built from values keep the rule, counts and values included", () => {
    const t = homeStrings("fr");
    expect(t.summaryTitle("L'Atelier Zoë SRL")).toBe(`Synchronisé${NBSP}: L'Atelier Zoë SRL`);
    expect(t.searchNone("atelier")).toBe(`Aucune société d’AdminPulse ne correspond à «${NBSP}atelier${NBSP}».`);
    expect(t.stepRelated(3, null)).toBe(`Lecture des administrateurs, actionnaires et commissaires${NBSP}: 3 sur${NBSP}?`);
    expect(settingsStrings("fr").testSuccess(1)).toBe(`La clé fonctionne${NBSP}: AdminPulse affiche 1 relation.`);
    expect(findingsStrings("fr").goToCell("SHA-02", "Feuil1!G14")).toBe(`SHA-02, Feuil1!G14${NBSP}: aller à la cellule`);
  });

  it("every error message the pane shows, as it shows it", () => {
    const shown = ERRORS.flatMap((error) => {
      const view = describeError(error, "fr");
      const own =
        typeof error === "object" && error !== null && "userMessage" in error
          ? [localize((error as { userMessage: Parameters<typeof localize>[0] }).userMessage, "fr")]
          : [];
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
