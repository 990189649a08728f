// Counts in the product's languages: the form (singular or plural) chosen by the language's plural
// rules (Intl.PluralRules), the number written as the language writes it (Intl.NumberFormat).
// French takes the singular for 0 and 1 ("0 erreur", "1 lien"), Dutch and English only for 1
// ("0 fouten", "1 fout"; "0 errors", "1 error").

import type { Language } from "./language";

/** The locale each language formats dates and numbers in: Belgian French and Dutch, British English. */
export const LOCALES: Readonly<Record<Language, string>> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB" };

/**
 * A text with a count, in its two forms. Each form receives the number as the language writes it
 * ("1 200" in French, "1.200" in Dutch, "1,200" in English) and puts it where the sentence needs it.
 */
export interface PluralForms {
  readonly one: (count: string) => string;
  readonly other: (count: string) => string;
}

const rules = new Map<Language, Intl.PluralRules>();
const integers = new Map<Language, Intl.NumberFormat>();

function cached<T>(cache: Map<Language, T>, language: Language, make: (locale: string) => T): T {
  let value = cache.get(language);
  if (value === undefined) {
    value = make(LOCALES[language]);
    cache.set(language, value);
  }
  return value;
}

/** A count as `language` writes it: 1234 → "1 234" (fr, narrow no-break space), "1.234" (nl), "1,234" (en). */
export function formatCount(language: Language, count: number): string {
  return cached(integers, language, (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(count);
}

/**
 * The form of `forms` that `count` takes in `language`, with the count written in it:
 * `plural("en", 1, { one: (n) => `${n} error`, other: (n) => `${n} errors` })` → "1 error".
 * Categories other than "one" ("many": "1 000 000 de…" in French) take the plural form.
 */
export function plural(language: Language, count: number, forms: PluralForms): string {
  const form = cached(rules, language, (locale) => new Intl.PluralRules(locale)).select(count) === "one" ? forms.one : forms.other;
  return form(formatCount(language, count));
}
