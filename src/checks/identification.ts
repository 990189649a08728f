// ID-01 … ID-05: the company's identity as the identification table shows it.

const NBSP = "\u00a0";

import { analyseEnterpriseNumber } from "../identifiers/enterprise-number";
import { normaliseBelgianPostalCode } from "../identifiers/postal-code";
import type { Localized } from "../i18n/language";
import { legalFormById, type LegalFormInfo } from "../permanent-data/legal-forms";
import type { IdentificationKey } from "../permanent-data/tables";
import { ENTERPRISE_NUMBER_REASONS, fieldSource, fieldTarget, formName, formWithArticle } from "./common";
import { type Context, isBelgium, isSoleProprietorWord, makeFinding, sourceOf } from "./context";
import { basis, codeArticle } from "./law";
import { list, localized, quote, sentences, whereToFix } from "./messages";
import type { CheckRow, Finding } from "./types";

export function identificationChecks(ctx: Context): Finding[] {
  if (!ctx.hasIdentification) return [];
  return [...enterpriseNumber(ctx), ...legalForm(ctx), ...postalCode(ctx), ...address(ctx)];
}

/** ID-01 (present, 10 digits, 0 or 1, mod 97) and ID-02 (an establishment-unit number). */
function enterpriseNumber(ctx: Context): Finding[] {
  const field = ctx.field("EnterpriseNumber");
  const target = fieldTarget(field);
  const source = fieldSource(ctx, field);
  const raw = typeof field.value === "string" || typeof field.value === "number" ? field.value : null;
  const analysis = analyseEnterpriseNumber(raw);

  if (analysis.problem === "empty") {
    return [
      makeFinding(
        "ID-01",
        "error",
        target,
        source,
        sentences(
          {
            fr: "Le numéro d'entreprise manque\u00a0: sans lui, la société ne peut être ni identifiée ni liée à AdminPulse, et aucun dépôt n'est possible.",
            nl: "Het ondernemingsnummer ontbreekt: zonder dat nummer kan de vennootschap niet worden geïdentificeerd of aan AdminPulse gekoppeld, en is geen neerlegging mogelijk.",
            en: "The enterprise number is missing: without it the company cannot be identified or linked to AdminPulse, and nothing can be filed.",
          },
          whereToFix("complete", source),
        ),
      ),
    ];
  }

  const shown = field.text ?? "";
  const findings: Finding[] = [];
  const digits = analysis.normalised;
  const establishmentUnit = digits !== null && /^[2-8]\d{9}$/.test(digits);
  const problem = establishmentUnit ? "first-digit" : analysis.problem;
  if (problem !== null) {
    const reason = ENTERPRISE_NUMBER_REASONS[problem];
    findings.push(
      makeFinding(
        "ID-01",
        "error",
        target,
        source,
        sentences(
          localized(
            (l) =>
              ({
                fr: `Le numéro d'entreprise ${quote(shown, l)} n'est pas valable\u00a0: ${reason.fr}.`,
                nl: `Het ondernemingsnummer ${quote(shown, l)} is ongeldig: ${reason.nl}.`,
                en: `The enterprise number ${quote(shown, l)} is not valid: ${reason.en}.`,
              })[l],
          ),
          {
            fr: "Les dépôts et le lien avec AdminPulse exigent le numéro exact de la société.",
            nl: "Neerleggingen en de koppeling met AdminPulse vereisen het juiste nummer van de vennootschap.",
            en: "Filings and the link with AdminPulse need the company's exact number.",
          },
          whereToFix("fix", source),
        ),
      ),
    );
  }
  if (establishmentUnit) {
    const first = digits.charAt(0);
    findings.push(
      makeFinding(
        "ID-02",
        "warning",
        target,
        source,
        sentences(
          localized(
            (l) =>
              ({
                fr: `Le numéro ${quote(shown, l)} commence par ${first}\u00a0: c'est le numéro d'une unité d'établissement, pas celui de la société.`,
                nl: `Het nummer ${quote(shown, l)} begint met ${first}: dat is het nummer van een vestigingseenheid, niet van de vennootschap.`,
                en: `The number ${quote(shown, l)} starts with ${first}: it is the number of an establishment unit, not of the company.`,
              })[l],
          ),
          {
            fr: "Les dépôts, le numéro de TVA et AdminPulse utilisent le numéro de la société, qui commence par 0 ou 1.",
            nl: "Neerleggingen, het btw-nummer en AdminPulse gebruiken het nummer van de vennootschap, dat met 0 of 1 begint.",
            en: "Filings, the VAT number and AdminPulse use the company's own number, which starts with 0 or 1.",
          },
          whereToFix("fix", source),
        ),
      ),
    );
  }
  return findings;
}

const FORM_MATTERS = {
  fr: "Les contrôles des administrateurs, des actionnaires et de l'assemblée générale en dépendent.",
  nl: "De controles van bestuurders, aandeelhouders en algemene vergadering hangen ervan af.",
  en: "The checks on directors, shareholders and the general meeting depend on it.",
};

/** ID-03: legal form present and known (error); a pre-2019 form (warning). Sole proprietors have none. */
function legalForm(ctx: Context): Finding[] {
  if (ctx.soleProprietor !== false) return [];
  const field = ctx.field("LegalForm");
  const target = fieldTarget(field);
  const source = fieldSource(ctx, field);
  if (field.text === null) {
    return [
      makeFinding(
        "ID-03",
        "error",
        target,
        source,
        sentences(
          { fr: "La forme juridique manque.", nl: "De rechtsvorm ontbreekt.", en: "The legal form is missing." },
          FORM_MATTERS,
          whereToFix("complete", source),
        ),
      ),
    ];
  }
  const form = ctx.legalForm;
  if (form === null) {
    if (isSoleProprietorWord(field.text)) return [];
    const shown = field.text;
    return [
      makeFinding(
        "ID-03",
        "error",
        target,
        source,
        sentences(
          localized(
            (l) =>
              ({
                fr: `${quote(shown, l)} n'est pas une forme juridique belge connue.`,
                nl: `${quote(shown, l)} is geen gekende Belgische rechtsvorm.`,
                en: `${quote(shown, l)} is not a known Belgian legal form.`,
              })[l],
          ),
          FORM_MATTERS,
          whereToFix("fix", source),
        ),
      ),
    ];
  }
  if (form.preCsa && form.successor) {
    // The transitional rules took effect on 1 January 2024 at the latest: silent for a financial
    // year that ended before (the reference date: the year end shown, else today).
    if (ctx.referenceDate !== null && ctx.referenceDate < CONVERSION_DATE) return [];
    const successor = legalFormById(form.successor);
    return [
      makeFinding(
        "ID-03",
        "warning",
        target,
        source,
        sentences(
          localized((l) => {
            const old = formName(form, l).replace(/\s*\(before 2019\)$/, "");
            return {
              fr: `La forme juridique ${old} n'existe plus depuis le Code des sociétés et des associations de 2019.`,
              nl: `De rechtsvorm ${old} bestaat niet meer sinds het Wetboek van vennootschappen en verenigingen van 2019.`,
              en: `The legal form ${old} no longer exists under the 2019 Code of Companies and Associations.`,
            }[l];
          }),
          conversion(form, successor),
          form.id === "scrl" || form.id === "agricultural" ? CHECK_WHICH : form.id === "professional-union" ? CHECK_WHETHER : CHECK_FORM,
          whereToFix("fix", source),
        ),
      ),
    ];
  }
  return [];
}

/** 1 January 2024: the forms abolished by the 2019 Code are converted by law on that date at the latest. */
const CONVERSION_DATE = "2024-01-01";

/**
 * The law that converted them. Its transitional articles are not cited by number: not certain here.
 */
const INTRODUCING_LAW: Localized = {
  fr: "loi du 23 mars 2019 introduisant le Code des sociétés et des associations",
  nl: "wet van 23 maart 2019 tot invoering van het Wetboek van vennootschappen en verenigingen",
  en: "law of 23 March 2019 introducing the Code of Companies and Associations",
};

const CHECK_FORM: Localized = {
  fr: "Vérifiez la forme inscrite à la Banque-Carrefour des Entreprises et enregistrez la forme actuelle.",
  nl: "Controleer de rechtsvorm in de Kruispuntbank van Ondernemingen en registreer de huidige rechtsvorm.",
  en: "Check the form in the Crossroads Bank for Enterprises and record the current one.",
};

const CHECK_WHICH: Localized = {
  fr: "Vérifiez laquelle dans les statuts et à la Banque-Carrefour des Entreprises, et enregistrez la forme actuelle.",
  nl: "Controleer welke in de statuten en in de Kruispuntbank van Ondernemingen, en registreer de huidige rechtsvorm.",
  en: "Check which in the articles of association and the Crossroads Bank for Enterprises, and record the current form.",
};

const CHECK_WHETHER: Localized = {
  fr: "Vérifiez-le dans les statuts et à la Banque-Carrefour des Entreprises, et enregistrez la forme actuelle.",
  nl: "Controleer dat in de statuten en in de Kruispuntbank van Ondernemingen, en registreer de huidige rechtsvorm.",
  en: "Check it in the articles of association and the Crossroads Bank for Enterprises, and record the current form.",
};

/** What a pre-2019 form became (rules page, "Entity families": the conversions of 1 January 2024). */
function conversion(form: LegalFormInfo, successor: LegalFormInfo): Localized {
  const law = basis(INTRODUCING_LAW);
  return localized((l) => {
    const now = formWithArticle(successor, l);
    const b = law[l];
    switch (form.id) {
      case "scrl": {
        const srl = formWithArticle(legalFormById("srl"), l);
        const sc = formWithArticle(legalFormById("sc"), l);
        const old = formWithArticle(form, l);
        const def = basis(codeArticle("6:1"))[l];
        return {
          fr: `${capitalise(old)} qui ne répondait pas à la définition de la coopérative${def} est devenue de plein droit ${srl} le 1er janvier 2024${b}${NBSP}; celle qui y répondait est ${sc} depuis que le Code lui est applicable.`,
          nl: `${capitalise(old)} die niet aan de definitie van de coöperatie voldeed${def}, werd op 1 januari 2024 van rechtswege ${srl}${b}; een die er wel aan voldeed, is ${sc} sinds het Wetboek erop van toepassing is.`,
          en: `${capitalise(old)} that did not meet the definition of a cooperative${def} became ${srl} by law on 1 January 2024${b}; one that met it has been ${sc} since the Code applied to it.`,
        }[l];
      }
      case "sca":
        return {
          fr: `Depuis le 1er janvier 2024 au plus tard, la société est de plein droit ${now} à administrateur unique${b}.`,
          nl: `Uiterlijk sinds 1 januari 2024 is de vennootschap van rechtswege ${now} met een enige bestuurder${b}.`,
          en: `Since 1 January 2024 at the latest, the company is ${now} with a sole director by law${b}.`,
        }[l];
      case "agricultural": {
        const scomm = formWithArticle(legalFormById("scomm"), l);
        return {
          fr: `Depuis le 1er janvier 2024 au plus tard, la société est de plein droit ${now}, ou ${scomm} si elle avait des associés commanditaires${b}.`,
          nl: `Uiterlijk sinds 1 januari 2024 is de vennootschap van rechtswege ${now}, of ${scomm} als ze stille vennoten had${b}.`,
          en: `Since 1 January 2024 at the latest, the company is ${now} by law, or ${scomm} if it had silent partners${b}.`,
        }[l];
      }
      case "gie":
        return {
          fr: `Depuis le 1er janvier 2024 au plus tard, le groupement est de plein droit ${now}${b}.`,
          nl: `Uiterlijk sinds 1 januari 2024 is het samenwerkingsverband van rechtswege ${now}${b}.`,
          en: `Since 1 January 2024 at the latest, the grouping is ${now} by law${b}.`,
        }[l];
      case "professional-union":
        // "Likely" on the rules page: said as probable, the warning asks to check.
        return {
          fr: `L'union professionnelle est probablement devenue ${now}.`,
          nl: `De beroepsvereniging is waarschijnlijk ${now} geworden.`,
          en: `The professional union has probably become ${now}.`,
        }[l];
      default:
        return {
          fr: `Depuis le 1er janvier 2024 au plus tard, la société est de plein droit ${now}${b}.`,
          nl: `Uiterlijk sinds 1 januari 2024 is de vennootschap van rechtswege ${now}${b}.`,
          en: `Since 1 January 2024 at the latest, the company is ${now} by law${b}.`,
        }[l];
    }
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** ID-04: a Belgian postal code is 4 digits in 1000–9992 (an empty one is ID-05's). */
function postalCode(ctx: Context): Finding[] {
  if (!isBelgium(ctx.field("Country").text)) return [];
  const field = ctx.field("PostalCode");
  if (field.text === null) return [];
  const raw = typeof field.value === "string" || typeof field.value === "number" ? field.value : null;
  if (normaliseBelgianPostalCode(raw) !== null) return [];
  const source = fieldSource(ctx, field);
  const shown = field.text;
  return [
    makeFinding(
      "ID-04",
      "error",
      fieldTarget(field),
      source,
      sentences(
        localized(
          (l) =>
            ({
              fr: `Le code postal ${quote(shown, l)} n'est pas un code postal belge (4 chiffres, de 1000 à 9992).`,
              nl: `De postcode ${quote(shown, l)} is geen Belgische postcode (4 cijfers, van 1000 tot 9992).`,
              en: `The postal code ${quote(shown, l)} is not a Belgian postal code (4 digits, from 1000 to 9992).`,
            })[l],
        ),
        {
          fr: "Le courrier et les documents officiels exigent l'adresse exacte du siège.",
          nl: "Post en officiële documenten vereisen het juiste adres van de zetel.",
          en: "Mail and official documents need the exact address of the registered office.",
        },
        whereToFix("fix", source),
      ),
    ),
  ];
}

const ADDRESS_PARTS: readonly [IdentificationKey, { fr: string; nl: string; en: string }][] = [
  ["Street", { fr: "rue", nl: "straat", en: "street" }],
  ["Number", { fr: "numéro", nl: "nummer", en: "number" }],
  ["PostalCode", { fr: "code postal", nl: "postcode", en: "postal code" }],
  ["City", { fr: "localité", nl: "gemeente", en: "municipality" }],
];

/** ID-05: street, number, postal code or municipality missing (one finding, at the first gap). */
function address(ctx: Context): Finding[] {
  const missing = ADDRESS_PARTS.filter(([key]) => ctx.field(key).text === null);
  if (missing.length === 0) return [];
  const fields = missing.map(([key]) => ctx.field(key));
  const rows = fields.map((f) => f.row).filter((r): r is CheckRow => r !== null);
  const source = sourceOf(ctx, rows);
  return [
    makeFinding(
      "ID-05",
      "warning",
      fieldTarget(fields.find((f) => f.row !== null) ?? fields[0]!),
      source,
      sentences(
        localized((l) => {
          const parts = list(
            missing.map(([, word]) => word[l]),
            l,
          );
          return {
            fr: `L'adresse de la société est incomplète (manque\u00a0: ${parts}).`,
            nl: `Het adres van de vennootschap is onvolledig (ontbreekt: ${parts}).`,
            en: `The company's address is incomplete (missing: ${parts}).`,
          }[l];
        }),
        {
          fr: "Les documents officiels et les dépôts exigent l'adresse complète du siège.",
          nl: "Officiële documenten en neerleggingen vereisen het volledige adres van de zetel.",
          en: "Official documents and filings need the full address of the registered office.",
        },
        whereToFix("complete", source),
      ),
    ),
  ];
}
