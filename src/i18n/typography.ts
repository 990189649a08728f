// Typography of the product's languages, shared by every text users read: the checks' messages
// (checks/context.ts applies it to every finding) and the task pane (its string tables and the
// error messages it shows). Only French has rules here: a non-breaking space (U+00A0) before
// « : ; ? ! » and inside « ». Texts are written with ordinary spaces; these functions put the
// non-breaking ones in, so that no text can forget them.

import type { Language, Localized } from "./language";

export const NBSP = "\u00a0";

/** French typography: a non-breaking space before « : ; ? ! » and inside « ». */
export function frenchTypography(text: string): string {
  return text
    .replace(/ ([:;?!])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

/** A text as `language` sets it. */
export function typeset(text: string, language: Language): string {
  return language === "fr" ? frenchTypography(text) : text;
}

/** A text for users, in `language`, set as that language sets it. */
export function localize(text: Localized, language: Language): string {
  return typeset(text[language], language);
}

/**
 * A table of French texts with French typography: every string, the strings of nested objects
 * (plural forms) and what every function returns (texts built from values).
 */
export function frenchTexts<T extends object>(texts: T): T {
  return Object.fromEntries(Object.entries(texts).map(([key, value]) => [key, frenchValue(value)])) as T;
}

function frenchValue(value: unknown): unknown {
  if (typeof value === "string") return frenchTypography(value);
  if (typeof value === "function") return (...args: unknown[]) => frenchValue((value as (...a: unknown[]) => unknown)(...args));
  if (typeof value === "object" && value !== null) return frenchTexts(value);
  return value;
}
