// GA-01 … GA-04: the general meeting and the filing deadline, by entity family (rules page,
// "Entity families"). Not for sole proprietors, who hold no general meeting (silent while it is
// unknown whether the company is one), nor for a branch of a foreign company (no general meeting
// of its own in Belgium). A form that is not recognised is judged as a company (ID-03 reports it).
//
// Legal bases cited: art. 3:1 §1 (a company's accounts go to the general meeting within 6 months),
// art. 3:10 (a company files with the National Bank within 30 days after approval, at the latest 7
// months after the year end), art. 3:47 (associations: large ones file with the National Bank,
// small ones at the registry of the enterprise court), art. 3:51 (foundations: the same; §1, the
// board and its 6 months). Not cited, because the article number is not certain here: the general
// meeting of an association approving the accounts (Book 9), and the rule that a partnership files
// only when an unlimited partner is a limited-liability company. The 7-month cap is certain for
// companies (art. 3:10); for associations and foundations it is applied as the rules page does.

import type { Localized } from "../i18n/language";
import { entityFamily, type EntityFamily } from "../permanent-data/legal-forms";
import { fieldSource, fieldTarget, theEntity } from "./common";
import { type Context, makeFinding, sourceOf } from "./context";
import { basis, codeArticle } from "./law";
import { formatDate, localized, quote, sentences, whereToFix } from "./messages";
import type { CheckRow, Finding, FindingSource, Severity } from "./types";
import { addDays, addMonths, minDate } from "./values";

const NBSP = "\u00a0";

/** The family the meeting rules judge; an unrecognised form as a company. */
function familyOf(ctx: Context): EntityFamily {
  return ctx.effectiveForm ? entityFamily(ctx.effectiveForm) : "company";
}

/** Why the meeting date matters, by family (foundations and branches have no GA-01). */
function whyTheDate(ctx: Context, family: EntityFamily): Localized {
  if (family === "partnership") {
    return localized((l) => {
      const it = theEntity(ctx.effectiveForm, l);
      return {
        fr: `Pour ${it}, le Code n'impose pas d'assemblée générale${NBSP}: les associés approuvent les comptes annuels comme le prévoit leur convention. Vérifiez la convention de société${NBSP}: si elle prévoit une assemblée, enregistrez sa date.`,
        nl: `Voor ${it} legt het Wetboek geen algemene vergadering op: de vennoten keuren de jaarrekening goed zoals hun overeenkomst bepaalt. Controleer de vennootschapsovereenkomst: voorziet die een vergadering, registreer dan de datum ervan.`,
        en: `The Code imposes no general meeting on ${it}: the partners approve the annual accounts as their agreement says. Check the partnership agreement: if it provides a meeting, record its date.`,
      }[l];
    });
  }
  if (family === "association") {
    return {
      fr: "L'assemblée générale de l'association approuve les comptes annuels dans les 6 mois après la clôture de l'exercice, et le délai de dépôt dépend de sa date.",
      nl: "De algemene vergadering van de vereniging keurt de jaarrekening goed binnen 6 maanden na het einde van het boekjaar, en de termijn voor neerlegging hangt van die datum af.",
      en: "The association's general meeting approves the annual accounts within 6 months after the financial-year end, and the filing deadline depends on its date.",
    };
  }
  const b = basis(codeArticle("3:1 §1"));
  return localized(
    (l) =>
      ({
        fr: `Les comptes annuels doivent être soumis à l'assemblée générale dans les 6 mois après la clôture de l'exercice${b.fr}, et le délai de dépôt dépend de sa date.`,
        nl: `De jaarrekening moet binnen 6 maanden na het einde van het boekjaar aan de algemene vergadering worden voorgelegd${b.nl}, en de termijn voor neerlegging hangt van die datum af.`,
        en: `The annual accounts must be submitted to the general meeting within 6 months after the financial-year end${b.en}, and the filing deadline depends on its date.`,
      })[l],
  );
}

export function meetingChecks(ctx: Context): Finding[] {
  if (!ctx.hasIdentification || ctx.soleProprietor !== false) return [];
  const family = familyOf(ctx);
  if (family === "foreign-branch") return [];
  const findings: Finding[] = [];
  const meeting = ctx.field("GeneralMeetingDate");
  const meetingTarget = fieldTarget(meeting);
  const meetingSource = fieldSource(ctx, meeting);
  const fye = ctx.fiscalYearEnd;
  const date = ctx.meetingDate;

  // GA-01: present (and a date). Companies and associations: an error; partnerships: a warning (no
  // meeting imposed); foundations: none (the board approves the accounts).
  if (family !== "foundation") {
    const severity: Severity = family === "partnership" ? "warning" : "error";
    if (meeting.text === null) {
      findings.push(
        makeFinding(
          "GA-01",
          severity,
          meetingTarget,
          meetingSource,
          sentences(
            localized(
              (l) =>
                ({
                  fr: `La date de l'assemblée générale ${theEntity(ctx.effectiveForm, l, true)} manque.`,
                  nl: `De datum van de algemene vergadering ${theEntity(ctx.effectiveForm, l, true)} ontbreekt.`,
                  en: `The date of the general meeting ${theEntity(ctx.effectiveForm, l, true)} is missing.`,
                })[l],
            ),
            whyTheDate(ctx, family),
            whereToFix("complete", meetingSource),
          ),
        ),
      );
    } else if (date === null) {
      const shown = meeting.text;
      findings.push(
        makeFinding(
          "GA-01",
          severity,
          meetingTarget,
          meetingSource,
          sentences(
            localized(
              (l) =>
                ({
                  fr: `La date de l'assemblée générale ${quote(shown, l)} n'est pas une date.`,
                  nl: `De datum van de algemene vergadering ${quote(shown, l)} is geen datum.`,
                  en: `The general meeting date ${quote(shown, l)} is not a date.`,
                })[l],
            ),
            whyTheDate(ctx, family),
            whereToFix("fix", meetingSource),
          ),
        ),
      );
    }
  }

  if (fye !== null && date !== null) {
    const m = formatDate(date);
    const f = formatDate(fye);
    const bothSource = sourceOf(ctx, rowsOf(meeting.row, ctx.field("FiscalYearEnd").row));
    // GA-02: not before the year end (every family: nobody approves the accounts of a year not ended).
    if (date < fye) {
      findings.push(
        makeFinding(
          "GA-02",
          "error",
          meetingTarget,
          bothSource,
          sentences(
            {
              fr: `L'assemblée générale (${m}) précède la clôture de l'exercice (${f}).`,
              nl: `De algemene vergadering (${m}) valt vóór het einde van het boekjaar (${f}).`,
              en: `The general meeting (${m}) is before the financial-year end (${f}).`,
            },
            {
              fr: "Une assemblée ne peut approuver les comptes d'un exercice qui n'est pas encore clôturé.",
              nl: "Een vergadering kan de jaarrekening van een boekjaar dat nog niet is afgesloten niet goedkeuren.",
              en: "A meeting cannot approve the accounts of a year that has not ended yet.",
            },
            whereToFix("fix", bothSource),
          ),
        ),
      );
    }
    // GA-03: within 6 months of the year end.
    const limit = addMonths(fye, 6);
    if (date > limit) {
      findings.push(
        makeFinding(
          "GA-03",
          "warning",
          meetingTarget,
          bothSource,
          sentences(
            family === "foundation"
              ? {
                  fr: `La date enregistrée comme assemblée générale (${m}) est plus de 6 mois après la clôture de l'exercice (${f}).`,
                  nl: `De datum die als algemene vergadering geregistreerd is (${m}), valt meer dan 6 maanden na het einde van het boekjaar (${f}).`,
                  en: `The date recorded as the general meeting (${m}) is more than 6 months after the financial-year end (${f}).`,
                }
              : {
                  fr: `L'assemblée générale (${m}) a lieu plus de 6 mois après la clôture de l'exercice (${f}).`,
                  nl: `De algemene vergadering (${m}) valt meer dan 6 maanden na het einde van het boekjaar (${f}).`,
                  en: `The general meeting (${m}) is more than 6 months after the financial-year end (${f}).`,
                },
            sixMonths(ctx, family, formatDate(limit)),
            whereToFix("fix", bothSource),
          ),
        ),
      );
    }
  }

  findings.push(...filingDeadline(ctx, family));
  return findings;
}

/** GA-03's rule and what to verify, by family. */
function sixMonths(ctx: Context, family: EntityFamily, by: string): Localized {
  const check: Localized = {
    fr: `Vérifiez la date${NBSP}: si elle est exacte, l'approbation est tardive.`,
    nl: "Controleer de datum: klopt die, dan is de goedkeuring laattijdig.",
    en: "Check the date: if it is right, the approval is late.",
  };
  if (family === "partnership") {
    return localized((l) => {
      const it = theEntity(ctx.effectiveForm, l);
      return {
        fr: `Pour ${it}, le Code n'impose pas d'assemblée générale${NBSP}: les associés approuvent les comptes annuels comme le prévoit leur convention. Vérifiez la date et ce que prévoit la convention de société.`,
        nl: `Voor ${it} legt het Wetboek geen algemene vergadering op: de vennoten keuren de jaarrekening goed zoals hun overeenkomst bepaalt. Controleer de datum en wat de vennootschapsovereenkomst bepaalt.`,
        en: `The Code imposes no general meeting on ${it}: the partners approve the annual accounts as their agreement says. Check the date and what the partnership agreement provides.`,
      }[l];
    });
  }
  if (family === "foundation") {
    const b = basis(codeArticle("3:51 §1"));
    return sentences(
      localized(
        (l) =>
          ({
            fr: `Une fondation n'a pas d'assemblée générale${NBSP}: son organe d'administration établit et approuve les comptes annuels dans les 6 mois, au plus tard le ${by}${b.fr}.`,
            nl: `Een stichting heeft geen algemene vergadering: haar bestuursorgaan stelt de jaarrekening op en keurt ze goed binnen 6 maanden, uiterlijk op ${by}${b.nl}.`,
            en: `A foundation has no general meeting: its board draws up and approves the annual accounts within 6 months, by ${by}${b.en}.`,
          })[l],
      ),
      check,
    );
  }
  if (family === "association") {
    return sentences(
      {
        fr: `L'assemblée générale de l'association approuve les comptes annuels dans les 6 mois, au plus tard le ${by}.`,
        nl: `De algemene vergadering van de vereniging keurt de jaarrekening goed binnen 6 maanden, uiterlijk op ${by}.`,
        en: `The association's general meeting approves the annual accounts within 6 months, by ${by}.`,
      },
      check,
    );
  }
  const b = basis(codeArticle("3:1 §1"));
  return sentences(
    localized(
      (l) =>
        ({
          fr: `Les comptes annuels doivent être soumis à l'assemblée générale dans les 6 mois, au plus tard le ${by}${b.fr}.`,
          nl: `De jaarrekening moet binnen 6 maanden aan de algemene vergadering worden voorgelegd, uiterlijk op ${by}${b.nl}.`,
          en: `The annual accounts must be submitted to the general meeting within 6 months, by ${by}${b.en}.`,
        })[l],
    ),
    check,
  );
}

const DATES_WRONG: Readonly<Record<FindingSource, Localized>> = {
  imported: {
    fr: "Si les dates sont fausses, corrigez-les dans AdminPulse, puis synchronisez à nouveau.",
    nl: "Kloppen de datums niet, corrigeer ze dan in AdminPulse en synchroniseer opnieuw.",
    en: "If the dates are wrong, fix them in AdminPulse, then sync again.",
  },
  manual: {
    fr: "Si les dates sont fausses, corrigez-les dans la feuille (ajoutées à la main).",
    nl: "Kloppen de datums niet, corrigeer ze dan in het blad (manueel toegevoegd).",
    en: "If the dates are wrong, fix them in the sheet (added by hand).",
  },
  mixed: {
    fr: "Si les dates sont fausses, corrigez-les dans AdminPulse (lignes importées) ou dans la feuille (lignes ajoutées à la main).",
    nl: "Kloppen de datums niet, corrigeer ze dan in AdminPulse (geïmporteerde rijen) of in het blad (manueel toegevoegde rijen).",
    en: "If the dates are wrong, fix them in AdminPulse (imported rows) or in the sheet (rows added by hand).",
  },
};

/** "If the annual accounts for the financial year ended … are not filed yet," in each language. */
function ifNotFiled(f: string): Localized {
  return {
    fr: `Si les comptes annuels de l'exercice clôturé le ${f} ne sont pas encore déposés,`,
    nl: `Als de jaarrekening over het boekjaar afgesloten op ${f} nog niet is neergelegd,`,
    en: `If the annual accounts for the financial year ended ${f} are not filed yet,`,
  };
}

/** The National Bank's late-filing surcharges (its own words: tariefverhoging, majoration tarifaire). */
const SURCHARGES: Localized = {
  fr: "les majorations tarifaires de la Banque nationale pour dépôt tardif s'appliquent à partir du 9e mois après la clôture de l'exercice",
  nl: "de Nationale Bank past vanaf de 9e maand na het einde van het boekjaar een tariefverhoging voor laattijdige neerlegging toe",
  en: "the National Bank's late-filing surcharges apply from the 9th month after the financial-year end",
};

/** The filing sentence: where the family files, by when (info) or that it is past (warning). */
function filingSentence(ctx: Context, family: EntityFamily, f: string, d: string, passed: boolean): Localized {
  const lead = ifNotFiled(f);
  if (family === "association" || family === "foundation") {
    const noun = family === "association" ? { fr: "association", nl: "vereniging", en: "association" } : { fr: "fondation", nl: "stichting", en: "foundation" };
    const approval =
      family === "association"
        ? { fr: "après l'assemblée générale", nl: "na de algemene vergadering", en: "after the general meeting" }
        : { fr: "après leur approbation par l'organe d'administration", nl: "na de goedkeuring door het bestuursorgaan", en: "after the board approves them" };
    const b = basis(codeArticle(family === "association" ? "3:47" : "3:51"));
    return localized((l) => {
      const it = theEntity(ctx.effectiveForm, l);
      const where = {
        fr: `à la Banque nationale si c'est une grande ${noun.fr}, au greffe du tribunal de l'entreprise si c'est une petite${b.fr}. La feuille n'indique pas sa taille${NBSP}: vérifiez-la.`,
        nl: `bij de Nationale Bank als het een grote ${noun.nl} is, op de griffie van de ondernemingsrechtbank als het een kleine is${b.nl}. Het blad toont de omvang niet: controleer die.`,
        en: `with the National Bank if it is a large ${noun.en}, at the registry of the enterprise court if it is a small one${b.en}. The sheet does not show its size: check it.`,
      }[l];
      if (passed) {
        return {
          fr: `${lead.fr} le délai de dépôt (${d}) est dépassé${NBSP}: ${it} doit les déposer sans tarder, ${where}`,
          nl: `${lead.nl} is de termijn voor neerlegging (${d}) verstreken: ${it} moet ze onverwijld neerleggen, ${where}`,
          en: `${lead.en} the filing deadline (${d}) has passed: ${it} must file them without delay, ${where}`,
        }[l];
      }
      return {
        fr: `${lead.fr} ${it} doit les déposer au plus tard le ${d} (dans les 30 jours ${approval.fr}, et au plus tard 7 mois après la clôture de l'exercice)${NBSP}: ${where}`,
        nl: `${lead.nl} moet ${it} ze uiterlijk op ${d} neerleggen (binnen 30 dagen ${approval.nl}, en uiterlijk 7 maanden na het einde van het boekjaar): ${where}`,
        en: `${lead.en} ${it} must file them by ${d} (within 30 days ${approval.en}, and at the latest 7 months after the financial-year end): ${where}`,
      }[l];
    });
  }
  if (family === "partnership") {
    return localized((l) => {
      const it = theEntity(ctx.effectiveForm, l);
      const of = theEntity(ctx.effectiveForm, l, true);
      const condition = {
        fr: `Si un associé indéfiniment responsable ${of} est une société à responsabilité limitée (SA, SRL ou SC, ou leur équivalent étranger), ${it} doit déposer ses comptes annuels à la Banque nationale${NBSP}; sinon, aucun dépôt n'est requis. Vérifiez qui sont ses associés.`,
        nl: `Als een onbeperkt aansprakelijke vennoot ${of} een vennootschap met beperkte aansprakelijkheid is (een NV, BV of CV, of een buitenlands equivalent), moet ${it} de jaarrekening bij de Nationale Bank neerleggen; anders is geen neerlegging vereist. Controleer wie de vennoten zijn.`,
        en: `If an unlimited partner ${of} is a limited-liability company (an SA, SRL or SC, or a foreign equivalent), ${it} must file its annual accounts with the National Bank; otherwise no filing is required. Check who its partners are.`,
      }[l];
      const tail = passed
        ? {
            fr: `Si un dépôt est requis et que les comptes annuels de l'exercice clôturé le ${f} ne sont pas encore déposés, le délai (${d}) est dépassé${NBSP}: déposez-les sans tarder${NBSP}; ${SURCHARGES.fr}.`,
            nl: `Is neerlegging vereist en is de jaarrekening over het boekjaar afgesloten op ${f} nog niet neergelegd, dan is de termijn (${d}) verstreken: leg ze onverwijld neer; ${SURCHARGES.nl}.`,
            en: `If it must and the annual accounts for the financial year ended ${f} are not filed yet, the deadline (${d}) has passed: file them without delay; ${SURCHARGES.en}.`,
          }[l]
        : {
            fr: `Si un dépôt est requis et que les comptes annuels de l'exercice clôturé le ${f} ne sont pas encore déposés, le délai est le ${d}${NBSP}: dans les 30 jours après leur approbation, et au plus tard 7 mois après la clôture de l'exercice.`,
            nl: `Is neerlegging vereist en is de jaarrekening over het boekjaar afgesloten op ${f} nog niet neergelegd, dan is de termijn ${d}: binnen 30 dagen na de goedkeuring, en uiterlijk 7 maanden na het einde van het boekjaar.`,
            en: `If it must and the annual accounts for the financial year ended ${f} are not filed yet, the deadline is ${d}: within 30 days after their approval, and at the latest 7 months after the financial-year end.`,
          }[l];
      return `${condition} ${tail}`;
    });
  }
  const b = basis(codeArticle("3:10"));
  return localized((l) =>
    passed
      ? {
          fr: `${lead.fr} le délai de dépôt à la Banque nationale (${d}) est dépassé${NBSP}: déposez-les sans tarder${NBSP}; ${SURCHARGES.fr}${b.fr}.`,
          nl: `${lead.nl} is de termijn om ze bij de Nationale Bank neer te leggen (${d}) verstreken: leg ze onverwijld neer; ${SURCHARGES.nl}${b.nl}.`,
          en: `${lead.en} the deadline for filing them with the National Bank (${d}) has passed: file them without delay; ${SURCHARGES.en}${b.en}.`,
        }[l]
      : {
          fr: `${lead.fr} ils doivent l'être à la Banque nationale au plus tard le ${d}${NBSP}: dans les 30 jours après l'assemblée générale, et au plus tard 7 mois après la clôture de l'exercice${b.fr}.`,
          nl: `${lead.nl} moet ze uiterlijk op ${d} bij de Nationale Bank worden neergelegd: binnen 30 dagen na de algemene vergadering, en uiterlijk 7 maanden na het einde van het boekjaar${b.nl}.`,
          en: `${lead.en} they must be filed with the National Bank by ${d}: within 30 days after the general meeting, and at the latest 7 months after the financial-year end${b.en}.`,
        }[l],
  );
}

/**
 * GA-04: min(meeting + 30 days, year end + 7 months), at the place the family files, stated
 * conditionally (the add-in cannot know whether the accounts were filed). Info; a warning once today
 * is past it. A recorded meeting already past (before today) means AdminPulse's next general meeting
 * is out of date: that is the finding (a warning), with the filing sentence as a condition.
 */
function filingDeadline(ctx: Context, family: EntityFamily): Finding[] {
  const fye = ctx.fiscalYearEnd;
  if (fye === null) return [];
  // A partnership files only when an unlimited partner is a limited-liability company (rules page,
  // "Entity families"): when the sheet shows its partners and every unlimited one (all but those
  // titled limited partners) is a natural person, there is no deadline to state.
  const unlimited = ctx.shareholders.filter((h) => h.partner !== "limited");
  if (family === "partnership" && unlimited.length > 0 && unlimited.every((h) => h.kind === "natural")) return [];
  // A meeting before the year end is GA-02's error, not a date to count from.
  const meeting = ctx.meetingDate !== null && ctx.meetingDate >= fye ? ctx.meetingDate : null;
  const deadline = minDate(meeting === null ? null : addDays(meeting, 30), addMonths(fye, 7))!;
  const d = formatDate(deadline);
  const f = formatDate(fye);
  const meetingField = ctx.field("GeneralMeetingDate");
  const fyeField = ctx.field("FiscalYearEnd");
  const passed = ctx.today !== null && ctx.today > deadline;
  const filing = filingSentence(ctx, family, f, d, passed);

  const recorded = ctx.meetingDate;
  if (recorded !== null && ctx.today !== null && recorded < ctx.today) {
    const source = fieldSource(ctx, meetingField);
    const m = formatDate(recorded);
    const stale: Localized =
      source === "imported"
        ? {
            fr: `La prochaine assemblée générale dans AdminPulse (${m}) est déjà passée${NBSP}: cette date n'est plus à jour.`,
            nl: `De volgende algemene vergadering in AdminPulse (${m}) ligt al in het verleden: die datum is niet meer actueel.`,
            en: `AdminPulse's next general meeting (${m}) is already past: it is out of date.`,
          }
        : {
            fr: `La prochaine assemblée générale dans la feuille (${m}) est déjà passée${NBSP}: cette date n'est plus à jour.`,
            nl: `De volgende algemene vergadering in het blad (${m}) ligt al in het verleden: die datum is niet meer actueel.`,
            en: `The next general meeting in the sheet (${m}) is already past: it is out of date.`,
          };
    return [
      makeFinding(
        "GA-04",
        "warning",
        fieldTarget(meetingField),
        source,
        sentences(
          stale,
          filing,
          {
            fr: "Enregistrez la date de la prochaine assemblée générale.",
            nl: "Registreer de datum van de volgende algemene vergadering.",
            en: "Record the date of the next general meeting.",
          },
          whereToFix("update", source),
        ),
      ),
    ];
  }

  const target = fieldTarget(meeting !== null ? meetingField : fyeField);
  const source = sourceOf(ctx, rowsOf(fyeField.row, meeting !== null ? meetingField.row : null));
  if (passed) return [makeFinding("GA-04", "warning", target, source, sentences(filing, DATES_WRONG[source]))];
  return [makeFinding("GA-04", "info", target, source, filing)];
}

function rowsOf(...rows: (CheckRow | null)[]): CheckRow[] {
  return rows.filter((r): r is CheckRow => r !== null);
}
