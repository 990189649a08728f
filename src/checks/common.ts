// Small pieces several families share: names in messages, legal-form words, the enterprise-number
// reasons (ID-01 and REL-04), and the rows of a table by id.

import type { Language, Localized } from "../i18n/language";
import type { EnterpriseNumberProblem } from "../identifiers/enterprise-number";
import { entityFamily, legalFormAbbreviation, type LegalFormInfo } from "../permanent-data/legal-forms";
import type { Context, IdentificationField } from "./context";
import { cellTarget, rowSource } from "./context";
import { shorten } from "./messages";
import type { FindingSource, FindingTarget } from "./types";

const NO_NAME: Localized = { fr: "(sans nom)", nl: "(zonder naam)", en: "(no name)" };

/** The name a row shows (shortened if very long), or "(no name)". */
export function displayName(name: string | null, language: Language): string {
  return name === null ? NO_NAME[language] : shorten(name);
}

/** "SA" / "NV" / "SA/NV"; a form with no abbreviation by its name ("fondation privée"). */
export function formName(form: LegalFormInfo, language: Language): string {
  return legalFormAbbreviation(form, language) ?? form.name[language];
}

/** Letters whose English name starts with a vowel sound: "an SRL", "an ASBL", "a CV". */
const EN_VOWEL_LETTERS = new Set(["A", "E", "F", "H", "I", "L", "M", "N", "O", "R", "S", "X"]);

/** "une SRL" / "een BV" / "an SRL/BV", "a private foundation". */
export function formWithArticle(form: LegalFormInfo, language: Language): string {
  const name = formName(form, language);
  if (language === "fr") return `une ${name}`;
  if (language === "nl") return `een ${name}`;
  const abbreviated = legalFormAbbreviation(form, language) !== null;
  const first = name.charAt(0);
  const vowel = abbreviated ? EN_VOWEL_LETTERS.has(first.toUpperCase()) : /[aeiou]/i.test(first);
  return `${vowel ? "an" : "a"} ${name}`;
}

/** "Cette SA" / "Deze NV" / "This SA/NV". */
export function thisForm(form: LegalFormInfo, language: Language): string {
  const name = formName(form, language);
  return { fr: `Cette ${name}`, nl: `Deze ${name}`, en: `This ${name}` }[language];
}

/** Why an enterprise number is not valid, by problem of analyseEnterpriseNumber. */
export const ENTERPRISE_NUMBER_REASONS: Readonly<Record<Exclude<EnterpriseNumberProblem, "empty">, Localized>> = {
  "not-digits": {
    fr: "un numéro d'entreprise compte 10 chiffres",
    nl: "een ondernemingsnummer telt 10 cijfers",
    en: "an enterprise number has 10 digits",
  },
  "wrong-length": {
    fr: "un numéro d'entreprise compte 10 chiffres",
    nl: "een ondernemingsnummer telt 10 cijfers",
    en: "an enterprise number has 10 digits",
  },
  "first-digit": {
    fr: "un numéro d'entreprise commence par 0 ou 1",
    nl: "een ondernemingsnummer begint met 0 of 1",
    en: "an enterprise number starts with 0 or 1",
  },
  "check-digits": {
    fr: "ses deux derniers chiffres (chiffres de contrôle) ne correspondent pas aux huit premiers",
    nl: "de laatste twee cijfers (controlecijfers) kloppen niet met de eerste acht",
    en: "its last two digits (the check digits) do not match the first eight",
  },
};

/** The identification value cell of a field (row null when the table has no row for it). */
export function fieldTarget(field: IdentificationField): FindingTarget {
  return cellTarget("identification", field.row, "value");
}

/** Where a field's data comes from; a field with no row comes from wherever the company's does. */
export function fieldSource(ctx: Context, field: IdentificationField): FindingSource {
  return field.row ? rowSource(field.row) : ctx.sheetSource;
}

// ---- The entity, by family ----------------------------------------------------------------

/**
 * The entity as messages name it, by family (rules page, "Entity families"): "la société" /
 * "de vennootschap" / "the company"; "l'association", "la fondation"; a partnership by its form in
 * French and Dutch ("la SNC" / "de VOF") and "the partnership" in English; an unknown form as a
 * company. `of` gives "de la société" / "van de vennootschap" / "of the company".
 */
export function theEntity(form: LegalFormInfo | null, language: Language, of = false): string {
  const [fr, nl, en] = entityWords(form);
  const word = { fr, nl, en }[language];
  if (!of) return word;
  if (language === "fr") return word.startsWith("le ") ? `du ${word.slice(3)}` : `de ${word}`;
  return language === "nl" ? `van ${word}` : `of ${word}`;
}

function entityWords(form: LegalFormInfo | null): readonly [string, string, string] {
  switch (form === null ? "company" : entityFamily(form)) {
    case "association":
      return ["l'association", "de vereniging", "the association"];
    case "foundation":
      return ["la fondation", "de stichting", "the foundation"];
    case "foreign-branch":
      return ["la succursale", "het bijkantoor", "the branch"];
    case "partnership":
      if (form!.id === "geie") return ["le GEIE", "het EESV", "the grouping"];
      return [`la ${formName(form!, "fr")}`, `de ${formName(form!, "nl")}`, "the partnership"];
    default:
      return ["la société", "de vennootschap", "the company"];
  }
}
