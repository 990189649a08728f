// Texts of the findings list (what the extended checks found in the permanent data), in the
// product's three languages. A text without values is a string; a text with values is a function
// of them, typed: a missing translation, or one that takes other values, is a compile error.
// Counts go through `plural` (the language's plural rules, the number as the language writes it).

import type { Language } from "../../i18n/language";
import { plural } from "../../i18n/plural";
import { frenchTexts } from "../../i18n/typography";

const en = {
  title: "Checks",
  runChecks: "Run checks",
  noFindings: "No findings: the permanent data passes every check.",
  groupError: "Errors",
  groupWarning: "Warnings",
  groupInfo: "Notes",
  countError: (count: number): string => plural("en", count, { one: (n) => `${n} error`, other: (n) => `${n} errors` }),
  countWarning: (count: number): string => plural("en", count, { one: (n) => `${n} warning`, other: (n) => `${n} warnings` }),
  countInfo: (count: number): string => plural("en", count, { one: (n) => `${n} note`, other: (n) => `${n} notes` }),
  goToCell: (id: string, address: string): string => `${id}, ${address}: go to the cell`,
};

export type FindingsStrings = Readonly<typeof en>;

const fr: FindingsStrings = {
  title: "Contrôles",
  runChecks: "Lancer les contrôles",
  noFindings: "Aucun constat : les données permanentes satisfont à tous les contrôles.",
  groupError: "Erreurs",
  groupWarning: "Avertissements",
  groupInfo: "Remarques",
  countError: (count) => plural("fr", count, { one: (n) => `${n} erreur`, other: (n) => `${n} erreurs` }),
  countWarning: (count) => plural("fr", count, { one: (n) => `${n} avertissement`, other: (n) => `${n} avertissements` }),
  countInfo: (count) => plural("fr", count, { one: (n) => `${n} remarque`, other: (n) => `${n} remarques` }),
  goToCell: (id, address) => `${id}, ${address} : aller à la cellule`,
};

const nl: FindingsStrings = {
  title: "Controles",
  runChecks: "Controles uitvoeren",
  noFindings: "Geen bevindingen: de permanente gegevens doorstaan alle controles.",
  groupError: "Fouten",
  groupWarning: "Waarschuwingen",
  groupInfo: "Opmerkingen",
  countError: (count) => plural("nl", count, { one: (n) => `${n} fout`, other: (n) => `${n} fouten` }),
  countWarning: (count) => plural("nl", count, { one: (n) => `${n} waarschuwing`, other: (n) => `${n} waarschuwingen` }),
  countInfo: (count) => plural("nl", count, { one: (n) => `${n} opmerking`, other: (n) => `${n} opmerkingen` }),
  goToCell: (id, address) => `${id}, ${address}: naar de cel gaan`,
};

const FINDINGS: Readonly<Record<Language, FindingsStrings>> = { en, fr: frenchTexts(fr), nl };

export function findingsStrings(language: Language): FindingsStrings {
  return FINDINGS[language];
}
