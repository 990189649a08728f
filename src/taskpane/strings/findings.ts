// Texts of the findings list (what the extended checks found in the permanent data), in the
// product's three languages. Every language has every key: a missing translation is a compile
// error. Counts have a singular and a plural form, chosen by `plural` with the language's rules.

import type { Language } from "../../i18n/language";
import { frenchTexts } from "../../i18n/typography";
import { formatNumber } from "../format";
import { fill } from "./home";

/** A text with a count, `{count}` in it: "1 error", "2 errors". */
export interface Plural {
  readonly one: string;
  readonly other: string;
}

const en = {
  title: "Checks",
  runChecks: "Run checks",
  noFindings: "No findings: the permanent data passes every check.",
  groupError: "Errors",
  groupWarning: "Warnings",
  groupInfo: "Notes",
  countError: { one: "{count} error", other: "{count} errors" },
  countWarning: { one: "{count} warning", other: "{count} warnings" },
  countInfo: { one: "{count} note", other: "{count} notes" },
  goToCell: "{id}, {address}: go to the cell",
} satisfies Record<string, string | Plural>;

export type FindingsStrings = { readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : Plural };

const fr: FindingsStrings = {
  title: "Contrôles",
  runChecks: "Lancer les contrôles",
  noFindings: "Aucun constat : les données permanentes satisfont à tous les contrôles.",
  groupError: "Erreurs",
  groupWarning: "Avertissements",
  groupInfo: "Remarques",
  countError: { one: "{count} erreur", other: "{count} erreurs" },
  countWarning: { one: "{count} avertissement", other: "{count} avertissements" },
  countInfo: { one: "{count} remarque", other: "{count} remarques" },
  goToCell: "{id}, {address} : aller à la cellule",
};

const nl: FindingsStrings = {
  title: "Controles",
  runChecks: "Controles uitvoeren",
  noFindings: "Geen bevindingen: de permanente gegevens doorstaan alle controles.",
  groupError: "Fouten",
  groupWarning: "Waarschuwingen",
  groupInfo: "Opmerkingen",
  countError: { one: "{count} fout", other: "{count} fouten" },
  countWarning: { one: "{count} waarschuwing", other: "{count} waarschuwingen" },
  countInfo: { one: "{count} opmerking", other: "{count} opmerkingen" },
  goToCell: "{id}, {address}: naar de cel gaan",
};

const FINDINGS: Readonly<Record<Language, FindingsStrings>> = { en, fr: frenchTexts(fr), nl };

export function findingsStrings(language: Language): FindingsStrings {
  return FINDINGS[language];
}

/**
 * The form for `count` by the language's plural rules, `{count}` filled with the number as the
 * language writes it. French takes the singular for 0 and 1 ("0 erreur"), Dutch and English
 * only for 1 ("0 fouten", "0 errors").
 */
export function plural(forms: Plural, count: number, language: Language): string {
  const form = new Intl.PluralRules(language).select(count) === "one" ? forms.one : forms.other;
  return fill(form, { count: formatNumber(count, language) });
}
