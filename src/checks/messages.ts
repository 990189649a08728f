// The building blocks of the checks' messages: where to fix (AdminPulse for imported data, the
// sheet for manual rows), and values written the way each language writes them. Every message is
// "what is wrong. Why it matters. Where to fix it."

import type { Language, Localized } from "../i18n/language";
import { plural } from "../i18n/plural";
import type { FindingSource } from "./types";

/** Builds a Localized from one function of the language. */
export function localized(make: (language: Language) => string): Localized {
  return { fr: make("fr"), nl: make("nl"), en: make("en") };
}

/** The parts, one sentence each, joined by a space in every language. */
export function sentences(...parts: Localized[]): Localized {
  return localized((l) =>
    parts
      .map((p) => p[l])
      .filter((s) => s !== "")
      .join(" "),
  );
}

/** What to do about it: correct a value, fill in what is missing, or bring a list up to date. */
export type FixKind = "fix" | "complete" | "update";

const WHERE: Readonly<Record<FixKind, Readonly<Record<FindingSource, Localized>>>> = {
  fix: {
    imported: {
      fr: "À corriger dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Te corrigeren in AdminPulse, daarna opnieuw synchroniseren.",
      en: "Fix it in AdminPulse, then sync again.",
    },
    manual: {
      fr: "À corriger dans la feuille (ajouté à la main).",
      nl: "Te corrigeren in het blad (manueel toegevoegd).",
      en: "Fix it in the sheet (added by hand).",
    },
    mixed: {
      fr: "Lignes importées : à corriger dans AdminPulse, puis synchroniser à nouveau ; lignes ajoutées à la main : dans la feuille.",
      nl: "Geïmporteerde rijen: te corrigeren in AdminPulse, daarna opnieuw synchroniseren; manueel toegevoegde rijen: in het blad.",
      en: "Fix imported rows in AdminPulse, then sync again; fix rows added by hand in the sheet.",
    },
  },
  complete: {
    imported: {
      fr: "À compléter dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Aan te vullen in AdminPulse, daarna opnieuw synchroniseren.",
      en: "Add it in AdminPulse, then sync again.",
    },
    manual: {
      fr: "À compléter dans la feuille (ajouté à la main).",
      nl: "Aan te vullen in het blad (manueel toegevoegd).",
      en: "Add it in the sheet (added by hand).",
    },
    mixed: {
      fr: "Lignes importées : à compléter dans AdminPulse, puis synchroniser à nouveau ; lignes ajoutées à la main : dans la feuille.",
      nl: "Geïmporteerde rijen: aan te vullen in AdminPulse, daarna opnieuw synchroniseren; manueel toegevoegde rijen: in het blad.",
      en: "Complete imported rows in AdminPulse, then sync again; complete rows added by hand in the sheet.",
    },
  },
  update: {
    imported: {
      fr: "À mettre à jour dans AdminPulse, puis synchroniser à nouveau.",
      nl: "Bij te werken in AdminPulse, daarna opnieuw synchroniseren.",
      en: "Update it in AdminPulse, then sync again.",
    },
    manual: {
      fr: "À mettre à jour dans la feuille (lignes ajoutées à la main).",
      nl: "Bij te werken in het blad (manueel toegevoegde rijen).",
      en: "Update it in the sheet (rows added by hand).",
    },
    mixed: {
      fr: "Lignes importées : à mettre à jour dans AdminPulse, puis synchroniser à nouveau ; lignes ajoutées à la main : dans la feuille.",
      nl: "Geïmporteerde rijen: bij te werken in AdminPulse, daarna opnieuw synchroniseren; manueel toegevoegde rijen: in het blad.",
      en: "Update imported rows in AdminPulse, then sync again; update rows added by hand in the sheet.",
    },
  },
};

export function whereToFix(kind: FixKind, source: FindingSource): Localized {
  return WHERE[kind][source];
}

// ---- Values in running text ---------------------------------------------------------------

/** `dd/mm/yyyy`, as the sheet shows dates, in every language. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

const NBSP = "\u00a0";
const THOUSANDS: Readonly<Record<Language, string>> = { fr: NBSP, nl: ".", en: "," };
const DECIMAL: Readonly<Record<Language, string>> = { fr: ",", nl: ",", en: "." };

/** 1000 → "1 000" / "1.000" / "1,000"; at most 2 decimals, trailing zeros dropped. */
export function formatNumber(n: number, language: Language): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 100) / 100;
  const negative = rounded < 0;
  const [whole = "0", fraction] = Math.abs(rounded)
    .toFixed(2)
    .replace(/\.?0+$/, "")
    .split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[language]);
  return `${negative ? "-" : ""}${grouped}${fraction ? DECIMAL[language] + fraction : ""}`;
}

/** A fraction as a percentage: 0.9 → "90 %" (fr, nl) / "90%" (en). */
export function formatPercent(fraction: number, language: Language): string {
  const number = formatNumber(fraction * 100, language);
  return language === "en" ? `${number}%` : `${number}${NBSP}%`;
}

/**
 * French typography (issue 15): a non-breaking space before « : ; ? ! » and inside « ». Applied to
 * every finding's French message (context.ts, makeFinding), so that no module can forget it. Shared
 * with the task pane: src/i18n/typography.ts.
 */
export { frenchTypography } from "../i18n/typography";

/** Values quoted in messages stay short: a note is read in a tooltip, not a document. */
const MAX_QUOTED = 100;

/** At most MAX_QUOTED characters of a value, cut with "…". */
export function shorten(value: string): string {
  return value.length <= MAX_QUOTED ? value : `${value.slice(0, MAX_QUOTED - 1)}…`;
}

/** Text quoted the way the language quotes: « x », ‘x’, “x” (long values shortened). */
export function quote(raw: string, language: Language): string {
  const value = shorten(raw);
  if (language === "fr") return `«${NBSP}${value}${NBSP}»`;
  if (language === "nl") return `‘${value}’`;
  return `“${value}”`;
}

/** "a, b and c" / "a, b et c" / "a, b en c". */
export function list(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join("");
  const and = { fr: "et", nl: "en", en: "and" }[language];
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** "1 director" / "2 directors" in each language, by the language's plural rules ("0 administrateur"). */
export function count(n: number, words: Readonly<Record<Language, readonly [string, string]>>, language: Language): string {
  const [one, many] = words[language];
  return plural(language, n, { one: (c) => `${c} ${one}`, other: (c) => `${c} ${many}` });
}

export const DIRECTOR_WORDS: Readonly<Record<Language, readonly [string, string]>> = {
  fr: ["administrateur", "administrateurs"],
  nl: ["bestuurder", "bestuurders"],
  en: ["director", "directors"],
};

export const SHAREHOLDER_WORDS: Readonly<Record<Language, readonly [string, string]>> = {
  fr: ["actionnaire", "actionnaires"],
  nl: ["aandeelhouder", "aandeelhouders"],
  en: ["shareholder", "shareholders"],
};
