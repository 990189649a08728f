// GA-01 … GA-04: the general meeting and the filing deadline. Not for sole proprietors, who hold
// no general meeting; silent while it is unknown whether the company is one.

import type { Localized } from "../i18n/language";
import { fieldSource, fieldTarget } from "./common";
import { type Context, makeFinding, sourceOf } from "./context";
import { formatDate, localized, quote, sentences, whereToFix } from "./messages";
import type { CheckRow, Finding, FindingSource } from "./types";
import { addDays, addMonths, minDate } from "./values";

/** Forms whose partners answer for the debts without limit: they do not file annual accounts with the National Bank as a rule. */
const NO_FILING_FORMS = new Set(["snc", "scomm", "simple-partnership"]);

const SIX_MONTHS: Localized = {
  fr: "L'assemblée doit approuver les comptes annuels dans les 6 mois après la clôture de l'exercice, et le délai de dépôt dépend de sa date.",
  nl: "De vergadering moet de jaarrekening binnen 6 maanden na het einde van het boekjaar goedkeuren, en de termijn voor neerlegging hangt van die datum af.",
  en: "The meeting must approve the annual accounts within 6 months after the financial-year end, and the filing deadline depends on its date.",
};

export function meetingChecks(ctx: Context): Finding[] {
  if (!ctx.hasIdentification || ctx.soleProprietor !== false) return [];
  const findings: Finding[] = [];
  const meeting = ctx.field("GeneralMeetingDate");
  const meetingTarget = fieldTarget(meeting);
  const meetingSource = fieldSource(ctx, meeting);
  const fye = ctx.fiscalYearEnd;
  const date = ctx.meetingDate;

  // GA-01: present (and a date).
  if (meeting.text === null) {
    findings.push(
      makeFinding(
        "GA-01",
        "error",
        meetingTarget,
        meetingSource,
        sentences(
          {
            fr: "La date de l'assemblée générale manque.",
            nl: "De datum van de algemene vergadering ontbreekt.",
            en: "The date of the general meeting is missing.",
          },
          SIX_MONTHS,
          whereToFix("complete", meetingSource),
        ),
      ),
    );
  } else if (date === null) {
    const shown = meeting.text;
    findings.push(
      makeFinding(
        "GA-01",
        "error",
        meetingTarget,
        meetingSource,
        sentences(
          localized((l) =>
            ({
              fr: `La date de l'assemblée générale ${quote(shown, l)} n'est pas une date.`,
              nl: `De datum van de algemene vergadering ${quote(shown, l)} is geen datum.`,
              en: `The general meeting date ${quote(shown, l)} is not a date.`,
            })[l],
          ),
          SIX_MONTHS,
          whereToFix("fix", meetingSource),
        ),
      ),
    );
  }

  if (fye !== null && date !== null) {
    const m = formatDate(date);
    const f = formatDate(fye);
    const bothSource = sourceOf(ctx, rowsOf(meeting.row, ctx.field("FiscalYearEnd").row));
    // GA-02: not before the year end.
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
      const by = formatDate(limit);
      findings.push(
        makeFinding(
          "GA-03",
          "warning",
          meetingTarget,
          bothSource,
          sentences(
            {
              fr: `L'assemblée générale (${m}) a lieu plus de 6 mois après la clôture de l'exercice (${f}).`,
              nl: `De algemene vergadering (${m}) valt meer dan 6 maanden na het einde van het boekjaar (${f}).`,
              en: `The general meeting (${m}) is more than 6 months after the financial-year end (${f}).`,
            },
            {
              fr: `Les comptes annuels doivent être approuvés dans les 6 mois, au plus tard le ${by}.`,
              nl: `De jaarrekening moet binnen 6 maanden worden goedgekeurd, uiterlijk op ${by}.`,
              en: `The annual accounts must be approved within 6 months, by ${by}.`,
            },
            whereToFix("fix", bothSource),
          ),
        ),
      );
    }
  }

  findings.push(...filingDeadline(ctx));
  return findings;
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

/** GA-04: min(meeting + 30 days, year end + 7 months); info, a warning once today is past it. */
function filingDeadline(ctx: Context): Finding[] {
  const fye = ctx.fiscalYearEnd;
  if (fye === null) return [];
  if (ctx.effectiveForm && NO_FILING_FORMS.has(ctx.effectiveForm.id)) return [];
  // A meeting before the year end is GA-02's error, not a date to count from.
  const meeting = ctx.meetingDate !== null && ctx.meetingDate >= fye ? ctx.meetingDate : null;
  const deadline = minDate(meeting === null ? null : addDays(meeting, 30), addMonths(fye, 7))!;
  const d = formatDate(deadline);
  const meetingField = ctx.field("GeneralMeetingDate");
  const fyeField = ctx.field("FiscalYearEnd");
  const target = fieldTarget(meeting !== null ? meetingField : fyeField);
  const source = sourceOf(ctx, rowsOf(fyeField.row, meeting !== null ? meetingField.row : null));
  if (ctx.today !== null && ctx.today > deadline) {
    return [
      makeFinding(
        "GA-04",
        "warning",
        target,
        source,
        sentences(
          {
            fr: `Le délai de dépôt des comptes annuels à la Banque nationale (${d}) est dépassé : déposez-les au plus vite, car les majorations pour dépôt tardif commencent le 9e mois après la clôture de l'exercice.`,
            nl: `De termijn om de jaarrekening bij de Nationale Bank neer te leggen (${d}) is verstreken: leg ze zo snel mogelijk neer, want de toeslagen voor laattijdige neerlegging beginnen in de 9e maand na het einde van het boekjaar.`,
            en: `The deadline for filing the annual accounts with the National Bank (${d}) has passed: file them as soon as possible, since late-filing surcharges start in the 9th month after the financial-year end.`,
          },
          DATES_WRONG[source],
        ),
      ),
    ];
  }
  return [
    makeFinding("GA-04", "info", target, source, {
      fr: `Les comptes annuels doivent être déposés à la Banque nationale au plus tard le ${d} : dans les 30 jours après l'assemblée générale, et au plus tard 7 mois après la clôture de l'exercice.`,
      nl: `De jaarrekening moet uiterlijk op ${d} bij de Nationale Bank worden neergelegd: binnen 30 dagen na de algemene vergadering, en uiterlijk 7 maanden na het einde van het boekjaar.`,
      en: `The annual accounts must be filed with the National Bank by ${d}: within 30 days after the general meeting, and at the latest 7 months after the financial-year end.`,
    }),
  ];
}

function rowsOf(...rows: (CheckRow | null)[]): CheckRow[] {
  return rows.filter((r): r is CheckRow => r !== null);
}
