// ID-01 … ID-05: the company's identity as the identification table shows it.

import { analyseEnterpriseNumber } from "../identifiers/enterprise-number";
import { normaliseBelgianPostalCode } from "../identifiers/postal-code";
import { legalFormById } from "../permanent-data/legal-forms";
import type { IdentificationKey } from "../permanent-data/tables";
import { ENTERPRISE_NUMBER_REASONS, fieldSource, fieldTarget, formName } from "./common";
import { type Context, isBelgium, isSoleProprietorWord, makeFinding, sourceOf } from "./context";
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
            fr: "Le numéro d'entreprise manque : sans lui, la société ne peut être ni identifiée ni liée à AdminPulse, et aucun dépôt n'est possible.",
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
          localized((l) =>
            ({
              fr: `Le numéro d'entreprise ${quote(shown, l)} n'est pas valable : ${reason.fr}.`,
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
          localized((l) =>
            ({
              fr: `Le numéro ${quote(shown, l)} commence par ${first} : c'est le numéro d'une unité d'établissement, pas celui de la société.`,
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
        sentences({ fr: "La forme juridique manque.", nl: "De rechtsvorm ontbreekt.", en: "The legal form is missing." }, FORM_MATTERS, whereToFix("complete", source)),
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
          localized((l) =>
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
    const successor = legalFormById(form.successor);
    return [
      makeFinding(
        "ID-03",
        "warning",
        target,
        source,
        sentences(
          localized((l) => {
            const old = formName(form, l);
            const now = formName(successor, l);
            return {
              fr: `La forme juridique ${old} date d'avant le Code des sociétés et des associations de 2019 : la société a été convertie de plein droit en ${now}, et sa forme juridique doit l'indiquer.`,
              nl: `De rechtsvorm ${old} dateert van vóór het Wetboek van vennootschappen en verenigingen van 2019: de vennootschap werd van rechtswege omgezet in een ${now}, en haar rechtsvorm moet dat vermelden.`,
              en: `The legal form ${old} dates from before the 2019 Code of Companies and Associations: the company has been converted by law into an ${now}, and its legal form should say so.`,
            }[l];
          }),
          whereToFix("fix", source),
        ),
      ),
    ];
  }
  return [];
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
        localized((l) =>
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
            fr: `L'adresse de la société est incomplète (manque : ${parts}).`,
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
