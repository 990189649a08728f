// AUD-02 … AUD-05: the statutory auditor's term, successor and registration, and whether the
// company needs one.
//
// The term (AUD-02, art. 3:61). A statutory auditor is appointed for a renewable term of 3
// financial years. Appointed at a general meeting (usually the ordinary meeting that approves year
// Y0), the auditor audits the three financial years that end after the appointment (Y1, Y2, Y3),
// and the term legally ends at the ordinary general meeting that approves Y3, held within 6 months
// after Y3's end. Offices record that end in two ways, both accepted: the date of that meeting
// (after Y3's end, before Y4's), or Y3's end date. So the count is: the year ends (the financial-
// year end the context knows, moved by whole years) strictly after the recorded start and on or
// before the recorded end. Both ways give 3; a start recorded on Y0's own end date does not count
// Y0. The years are counted on the current year-end day, 12 months each, so a long first financial
// year (up to 24 months) or a changed year end makes a legal term count 4: 4 is a warning that says
// so; 5 or more is an error (no such year explains it: the term shown breaches art. 3:61). Fewer
// than 3: warning, since the auditor may have resigned or been dismissed before the end (or the
// date is mistyped): the message says to verify. No end date: warning (the record is incomplete,
// the end is to be checked and recorded).
//
// In force and history (rules page, "Reference date, mandates and history"; the shared helpers
// inForceOn, financialYearStart and endedBeforeYear of context.ts). The financial year is the 12
// months that end on the reference date (the financial-year end shown, else today). A mandate is
// in force when it started on or before the reference date and has no end or ends on or after it
// (inclusive: a term recorded as ending on the year end is in force at that year end). A mandate
// that ended before the financial year began is history: no finding at all. One exception for
// auditors: a term recorded as ending on the previous year end legally ran until the meeting held
// during this year, so it counts as ended during the year. A mandate that ended during the year
// (before the reference date) gets at most AUD-03 as an info, when no auditor follows it; AUD-02
// and AUD-04 judge only mandates in force on the reference date or starting after it (and dates
// in the wrong order, whenever they are).
//
// AUD-03 (warning): a mandate in force on the reference date that ends by the next general meeting
// (or ended since the reference date), with no auditor whose mandate runs past it.
//
// AUD-05 (warning, companies only: entityFamily "company"; associations and foundations have other
// criteria, arts. 1:28 and 1:30, out of scope). The size figures are rows an accountant types in
// the identification table (PD_Identification, rows added by hand), found by their Field label,
// compared without case, accents, punctuation or anything in brackets ("Omzet (excl. btw)"):
//   average FTE:          ETP moyen, effectif moyen, effectif moyen (ETP), nombre moyen de
//                         travailleurs, gemiddeld aantal VTE, gemiddeld personeelsbestand,
//                         gemiddeld aantal werknemers, average FTE, FTE, average staff, average
//                         number of employees, average workforce
//   turnover:             chiffre d'affaires, omzet, jaaromzet, turnover, revenue
//   balance-sheet total:  total du bilan, total bilantaire, balanstotaal, balance-sheet total,
//                         balance sheet total, total assets
// Values are read as Belgian accountants type them: numbers, "11.250.000", "11 250 000",
// "11250000,00", "11.250.000,50", "€ 6.000.000", "6.000.000 EUR", "52,3". Art. 1:24: a company is
// not small when it exceeds more than one of 50 FTE, €11,250,000 turnover and €6,000,000 balance-
// sheet total (financial years beginning on or after 1 January 2024; before: €9,000,000 and
// €4,500,000). When at least two figures exceed their limit and no auditor is in force on the
// reference date, the warning cites arts. 1:24 and 3:72 and says what to verify (two consecutive
// years, the first year on its own figures, consolidated figures for linked companies, listed
// companies never small). Silent without enough figures to tell.

import { foldWords } from "../i18n/fold";
import type { Language, Localized } from "../i18n/language";
import { entityFamily } from "../permanent-data/legal-forms";
import type { CalendarDate } from "../permanent-data/model";
import { displayName } from "./common";
import {
  type AuditorRow,
  type Context,
  type MandateDates,
  cellTarget,
  endedBeforeYear,
  financialYearStart,
  inForceOn,
  makeFinding,
  rowSource,
} from "./context";
import { basis, codeArticle } from "./law";
import { count, formatDate, formatNumber, list, localized, sentences, whereToFix } from "./messages";
import type { CheckRow, Finding } from "./types";
import { addYears, isNumber, parseNumber, text } from "./values";

const NBSP = "\u00a0";

const FINANCIAL_YEARS: Readonly<Record<Language, readonly [string, string]>> = {
  fr: ["exercice", "exercices"],
  nl: ["boekjaar", "boekjaren"],
  en: ["financial year", "financial years"],
};

const TERM = codeArticle("3:61");
const SMALL = codeArticle("1:24");
const EXEMPT = codeArticle("3:72");

export function auditorChecks(ctx: Context): Finding[] {
  return [...irregularTerms(ctx), ...successor(ctx), ...registration(ctx), ...required(ctx)];
}

function name(a: AuditorRow, l: Language): string {
  return displayName(a.name, l);
}

// ---- Terms and history ---------------------------------------------------------------------

/**
 * Financial years a mandate covers: the year ends (the shown financial-year end, moved by whole
 * years) strictly after its start and on or before its end, so that an end recorded as the meeting
 * that approves the last year, or as that year's end date, both count that year (module header).
 */
export function financialYearsCovered(start: string, end: string, fiscalYearEnd: string): number {
  const from = Number(start.slice(0, 4)) - Number(fiscalYearEnd.slice(0, 4)) - 1;
  const to = Number(end.slice(0, 4)) - Number(fiscalYearEnd.slice(0, 4)) + 1;
  let n = 0;
  for (let k = from; k <= to; k++) {
    const yearEnd = addYears(fiscalYearEnd, k);
    if (yearEnd > start && yearEnd <= end) n++;
  }
  return n;
}

type Standing = "history" | "ended" | "current";

/**
 * History: ended before the financial year began (endedBeforeYear), except a term recorded on the
 * previous year end, which ran until the meeting held during this year: ended during it. Ended:
 * before the reference date. Current: in force on the reference date, or starting after it. With
 * no reference date, every mandate is current.
 */
export function auditorStanding(a: MandateDates, ctx: Pick<Context, "referenceDate">): Standing {
  const ref = ctx.referenceDate;
  if (ref === null || a.end === null || a.end >= ref) return "current";
  if (endedBeforeYear(a, ctx) && a.end !== addYears(ref, -1)) return "history";
  return "ended";
}

const TERM_RULE: Localized = localized(
  (l) =>
    ({
      fr: `Un commissaire est nommé pour un terme renouvelable de 3 exercices, sans prolongation tacite${basis(TERM).fr}.`,
      nl: `Een commissaris wordt benoemd voor een hernieuwbare termijn van 3 boekjaren, zonder stilzwijgende verlenging${basis(TERM).nl}.`,
      en: `A statutory auditor is appointed for a renewable term of 3 financial years, with no tacit extension${basis(TERM).en}.`,
    })[l],
);

const TERM_END: Localized = {
  fr: `Le mandat prend fin à l'assemblée générale ordinaire qui approuve le troisième exercice${NBSP}; la date de cette assemblée et celle de la fin de ce troisième exercice sont toutes deux acceptées.`,
  nl: "Het mandaat eindigt op de gewone algemene vergadering die het derde boekjaar goedkeurt; de datum van die vergadering en de einddatum van dat derde boekjaar worden allebei aanvaard.",
  en: "The term ends at the ordinary general meeting that approves the third financial year; that meeting's date and the third year's end date are both accepted.",
};

/** AUD-02: appointed for 3 financial years, with an end date (no tacit extension). */
function irregularTerms(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const a of ctx.auditors) {
    const source = rowSource(a.row);
    const target = cellTarget("auditors", a.row, "end");
    // Dates in the wrong order are wrong whenever they are: not history, not a term to count.
    const misordered = a.start !== null && a.end !== null && a.start > a.end;
    if (!misordered && auditorStanding(a, ctx) !== "current") continue;
    if (a.end === null) {
      findings.push(
        makeFinding(
          "AUD-02",
          "warning",
          target,
          source,
          sentences(
            localized(
              (l) =>
                ({
                  fr: `Le mandat du commissaire ${name(a, l)} n'a pas de date de fin.`,
                  nl: `Het mandaat van commissaris ${name(a, l)} heeft geen einddatum.`,
                  en: `The mandate of statutory auditor ${name(a, l)} has no end date.`,
                })[l],
            ),
            TERM_RULE,
            {
              fr: "Vérifiez la décision de nomination et enregistrez la fin du terme (l'assemblée générale ordinaire qui approuve le troisième exercice, ou la fin de cet exercice).",
              nl: "Controleer het benoemingsbesluit en registreer het einde van de termijn (de gewone algemene vergadering die het derde boekjaar goedkeurt, of het einde van dat boekjaar).",
              en: "Check the appointment decision and record the end of the term (the ordinary general meeting that approves the third financial year, or that year's end).",
            },
            whereToFix("complete", source),
          ),
        ),
      );
      continue;
    }
    if (misordered) {
      findings.push(
        makeFinding(
          "AUD-02",
          "warning",
          target,
          source,
          sentences(
            localized((l) => {
              const s = formatDate(a.start!);
              const e = formatDate(a.end!);
              return {
                fr: `Le mandat du commissaire ${name(a, l)} se termine (le ${e}) avant de commencer (le ${s}).`,
                nl: `Het mandaat van commissaris ${name(a, l)} eindigt (op ${e}) voor het begint (op ${s}).`,
                en: `The mandate of statutory auditor ${name(a, l)} ends (on ${e}) before it starts (on ${s}).`,
              }[l];
            }),
            {
              fr: "Vérifiez les dates dans la décision de nomination.",
              nl: "Controleer de data in het benoemingsbesluit.",
              en: "Check the dates in the appointment decision.",
            },
            whereToFix("fix", source),
          ),
        ),
      );
      continue;
    }
    if (a.start === null || ctx.fiscalYearEnd === null) continue;
    const years = financialYearsCovered(a.start, a.end, ctx.fiscalYearEnd);
    if (years === 3) continue;
    const longer = years > 3;
    // One year end more is what a long first financial year or a changed year end gives.
    const certain = years > 4;
    const s = formatDate(a.start);
    const e = formatDate(a.end);
    findings.push(
      makeFinding(
        "AUD-02",
        certain ? "error" : "warning",
        target,
        source,
        sentences(
          localized((l) => {
            const n = count(years, FINANCIAL_YEARS, l);
            return {
              fr: `Le mandat du commissaire ${name(a, l)} (du ${s} au ${e}) couvre ${n}.`,
              nl: `Het mandaat van commissaris ${name(a, l)} (van ${s} tot ${e}) beslaat ${n}.`,
              en: `The mandate of statutory auditor ${name(a, l)} (${s} to ${e}) covers ${n}.`,
            }[l];
          }),
          TERM_RULE,
          TERM_END,
          certain
            ? whereToFix("fix", source)
            : longer
              ? sentences(
                  {
                    fr: `Si le premier exercice a duré plus de 12 mois, ou si la date de clôture a changé, le terme peut tout de même couvrir 3 exercices${NBSP}: vérifiez la décision de nomination et les exercices, et corrigez la date si elle est erronée.`,
                    nl: "Duurde het eerste boekjaar langer dan 12 maanden, of werd de afsluitdatum gewijzigd, dan kan de termijn toch 3 boekjaren beslaan: controleer het benoemingsbesluit en de boekjaren, en corrigeer de datum als ze fout is.",
                    en: "If the first financial year lasted more than 12 months, or the year end changed, the term may still cover 3 financial years: check the appointment decision and the financial years, and correct the date if it is wrong.",
                  },
                  whereToFix("fix", source),
                )
              : sentences(
                  {
                    fr: `Un terme plus court est possible si le commissaire a démissionné ou a été révoqué${NBSP}: vérifiez-le, et corrigez la date si elle est erronée.`,
                    nl: "Een kortere termijn is mogelijk als de commissaris ontslag nam of werd ontslagen: controleer dat, en corrigeer de datum als ze fout is.",
                    en: "A shorter term is possible if the auditor resigned or was dismissed: check this, and correct the date if it is wrong.",
                  },
                  whereToFix("fix", source),
                ),
        ),
      ),
    );
  }
  return findings;
}

/** The end was recorded as a financial-year end (the second way of recording a term). */
function onYearEnd(end: CalendarDate, fiscalYearEnd: CalendarDate | null): boolean {
  return fiscalYearEnd !== null && end.slice(5) === fiscalYearEnd.slice(5);
}

const NO_TACIT_EXTENSION: Localized = localized(
  (l) =>
    ({
      fr: `Vérifiez si l'assemblée générale a renouvelé le mandat ou nommé un autre commissaire, ou si la société n'en a plus besoin parce qu'elle est petite${basis(SMALL, EXEMPT).fr}${NBSP}: il n'y a pas de prolongation tacite${basis(TERM).fr}.`,
      nl: `Controleer of de algemene vergadering het mandaat hernieuwde of een andere commissaris benoemde, dan wel of de vennootschap er geen meer nodig heeft omdat ze klein is${basis(SMALL, EXEMPT).nl}: er is geen stilzwijgende verlenging${basis(TERM).nl}.`,
      en: `Check whether the general meeting renewed the mandate or appointed another auditor, or whether the company no longer needs one because it is small${basis(SMALL, EXEMPT).en}: there is no tacit extension${basis(TERM).en}.`,
    })[l],
);

/**
 * AUD-03: a mandate in force on the reference date that ends by the coming meeting (warning), or
 * one that ended during the year (info), with no auditor after it.
 */
function successor(ctx: Context): Finding[] {
  const ref = ctx.referenceDate;
  const meeting = ctx.meetingDate;
  const known = [ref, meeting].filter((d): d is string => d !== null).sort();
  const threshold = known[known.length - 1];
  if (threshold === undefined) return [];
  if (ctx.auditors.some((a) => a.end === null || a.end > threshold)) return [];
  const ending = ctx.auditors.filter((a) => a.end !== null && auditorStanding(a, ctx) !== "history");
  return ending.map((a) => {
    const source = rowSource(a.row);
    const end = a.end!;
    const e = formatDate(end);
    const during = auditorStanding(a, ctx) === "ended";
    const m = meeting === null ? null : formatDate(meeting);
    const atMeeting = meeting !== null && meeting >= end;
    // Recorded on its last year end: the term runs until the meeting that approves that year.
    const untilMeeting = atMeeting && meeting !== end && onYearEnd(end, ctx.fiscalYearEnd);
    const effectiveEnd = untilMeeting ? meeting! : end;
    const ended = during || (ctx.today !== null && effectiveEnd < ctx.today);
    return makeFinding(
      "AUD-03",
      during ? "info" : "warning",
      cellTarget("auditors", a.row, "end"),
      source,
      sentences(
        localized((l) => {
          const n = name(a, l);
          if (during && ref !== null && end === addYears(ref, -1)) {
            return {
              fr: `Le mandat du commissaire ${n}, enregistré jusqu'au ${e} (fin de son dernier exercice), a pris fin à l'assemblée générale tenue pendant l'exercice, et aucun successeur n'est repris.`,
              nl: `Het mandaat van commissaris ${n}, geregistreerd tot ${e} (einde van zijn laatste boekjaar), liep af op de algemene vergadering die tijdens het boekjaar werd gehouden, en er is geen opvolger vermeld.`,
              en: `The mandate of statutory auditor ${n}, recorded until ${e} (the end of its last financial year), ended at the general meeting held during the financial year, and no successor is listed.`,
            }[l];
          }
          if (during) {
            return {
              fr: `Le mandat du commissaire ${n} a pris fin le ${e}, pendant l'exercice, et aucun successeur n'est repris.`,
              nl: `Het mandaat van commissaris ${n} liep af op ${e}, tijdens het boekjaar, en er is geen opvolger vermeld.`,
              en: `The mandate of statutory auditor ${n} ended on ${e}, during the financial year, and no successor is listed.`,
            }[l];
          }
          if (untilMeeting) {
            return ended
              ? {
                  fr: `Le mandat du commissaire ${n}, enregistré jusqu'au ${e} (fin de son dernier exercice), a pris fin à l'assemblée générale du ${m}, et aucun successeur n'est repris.`,
                  nl: `Het mandaat van commissaris ${n}, geregistreerd tot ${e} (einde van zijn laatste boekjaar), liep af op de algemene vergadering van ${m}, en er is geen opvolger vermeld.`,
                  en: `The mandate of statutory auditor ${n}, recorded until ${e} (the end of its last financial year), ended at the general meeting of ${m}, and no successor is listed.`,
                }[l]
              : {
                  fr: `Le mandat du commissaire ${n}, enregistré jusqu'au ${e} (fin de son dernier exercice), prend fin à l'assemblée générale du ${m}, et aucun successeur n'est repris.`,
                  nl: `Het mandaat van commissaris ${n}, geregistreerd tot ${e} (einde van zijn laatste boekjaar), eindigt op de algemene vergadering van ${m}, en er is geen opvolger vermeld.`,
                  en: `The mandate of statutory auditor ${n}, recorded until ${e} (the end of its last financial year), ends at the general meeting of ${m}, and no successor is listed.`,
                }[l];
          }
          if (ended) {
            return {
              fr: `Le mandat du commissaire ${n} a pris fin le ${e} et aucun successeur n'est repris.`,
              nl: `Het mandaat van commissaris ${n} liep af op ${e} en er is geen opvolger vermeld.`,
              en: `The mandate of statutory auditor ${n} ended on ${e} and no successor is listed.`,
            }[l];
          }
          if (atMeeting) {
            return {
              fr: `Le mandat du commissaire ${n} prend fin le ${e}, au plus tard à l'assemblée générale du ${m}, et aucun successeur n'est repris.`,
              nl: `Het mandaat van commissaris ${n} eindigt op ${e}, uiterlijk op de algemene vergadering van ${m}, en er is geen opvolger vermeld.`,
              en: `The mandate of statutory auditor ${n} ends on ${e}, no later than the general meeting of ${m}, and no successor is listed.`,
            }[l];
          }
          return {
            fr: `Le mandat du commissaire ${n} prend fin le ${e} et aucun successeur n'est repris.`,
            nl: `Het mandaat van commissaris ${n} eindigt op ${e} en er is geen opvolger vermeld.`,
            en: `The mandate of statutory auditor ${n} ends on ${e} and no successor is listed.`,
          }[l];
        }),
        NO_TACIT_EXTENSION,
        whereToFix("update", source),
      ),
    );
  });
}

/** AUD-04: an auditor in force (or to come) is registered with the IRE/IBR. */
function registration(ctx: Context): Finding[] {
  return ctx.auditors
    .filter((a) => a.ireNumber === null && auditorStanding(a, ctx) === "current")
    .map((a) => {
      const source = rowSource(a.row);
      return makeFinding(
        "AUD-04",
        "warning",
        cellTarget("auditors", a.row, "ireNumber"),
        source,
        sentences(
          localized(
            (l) =>
              ({
                fr: `Le commissaire ${name(a, l)} n'a pas de numéro IRE.`,
                nl: `Commissaris ${name(a, l)} heeft geen IBR-nummer.`,
                en: `Statutory auditor ${name(a, l)} has no IRE/IBR number.`,
              })[l],
          ),
          {
            fr: "Seul un réviseur d'entreprises inscrit à l'IRE, ou un cabinet de révision inscrit, peut être commissaire.",
            nl: "Alleen een bedrijfsrevisor die bij het IBR is ingeschreven, of een ingeschreven revisorenkantoor, kan commissaris zijn.",
            en: "Only a réviseur d'entreprises registered with the IRE/IBR, or a registered audit firm, can be statutory auditor.",
          },
          {
            fr: "Recherchez son numéro dans le registre public de l'IRE.",
            nl: "Zoek het nummer op in het openbaar register van het IBR.",
            en: "Look up its number in the IRE/IBR public register.",
          },
          whereToFix("complete", source),
        ),
      );
    });
}

// ---- AUD-05: is an auditor required? -------------------------------------------------------

export type SizeFigure = "fte" | "turnover" | "balanceSheetTotal";

const SIZE_FIGURES: readonly SizeFigure[] = ["fte", "turnover", "balanceSheetTotal"];

/** Field labels accepted for each figure (module header), folded. */
const SIZE_LABELS: Readonly<Record<SizeFigure, readonly string[]>> = {
  fte: [
    "ETP moyen",
    "effectif moyen",
    "nombre moyen de travailleurs",
    "gemiddeld aantal VTE",
    "gemiddeld personeelsbestand",
    "gemiddeld aantal werknemers",
    "average FTE",
    "FTE",
    "average staff",
    "average number of employees",
    "average workforce",
  ],
  turnover: ["chiffre d'affaires", "omzet", "jaaromzet", "turnover", "revenue"],
  balanceSheetTotal: ["total du bilan", "total bilantaire", "balanstotaal", "balance-sheet total", "balance sheet total", "total assets"],
};

/** A size figure's label as compared: folded words, without anything in brackets ("Omzet (excl. btw)"). */
function fold(s: string): string {
  return foldWords(s.replace(/\([^)]*\)|\[[^\]]*\]/g, " "));
}

const FIGURE_BY_LABEL: ReadonlyMap<string, SizeFigure> = new Map(
  SIZE_FIGURES.flatMap((figure) => SIZE_LABELS[figure].map((label) => [fold(label), figure] as const)),
);

/** The size figure a Field label names, if any. */
export function sizeFigureOf(label: string | null): SizeFigure | null {
  return label === null ? null : (FIGURE_BY_LABEL.get(fold(label)) ?? null);
}

/**
 * A number as Belgian accountants type it: "11.250.000", "11 250 000", "11250000,00",
 * "11.250.000,50", "€ 6.000.000", "6.000.000 EUR", "52,3"; an Excel number as it is. Null when
 * empty or not a number.
 */
export function parseAmount(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  let t = value.replace(/€|euros?|eur/gi, "").replace(/[\s\u00a0\u202f']/g, "");
  if (t === "") return null;
  // Both separators: the last one is the decimal separator ("11.250.000,50", "11,250,000.50").
  const decimalAt = Math.max(t.lastIndexOf(","), t.lastIndexOf("."));
  if (t.includes(",") && t.includes(".")) {
    const decimal = t.charAt(decimalAt);
    const thousands = decimal === "," ? "." : ",";
    const whole = t.slice(0, decimalAt);
    const fraction = t.slice(decimalAt + 1);
    const grouped = new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})*$`);
    if (!grouped.test(whole) || !/^\d+$/.test(fraction)) return null;
    t = `${whole.split(thousands).join("")}.${fraction}`;
  }
  const n = parseNumber(t);
  return isNumber(n) ? n : null;
}

export interface SizeFigures {
  fte: number | null;
  turnover: number | null;
  balanceSheetTotal: number | null;
}

/** The size figures of the identification rows added by hand (the first with a usable value wins). */
export function sizeFigures(rows: readonly CheckRow[]): SizeFigures {
  const out: SizeFigures = { fte: null, turnover: null, balanceSheetTotal: null };
  for (const row of rows) {
    if (row.link !== null) continue;
    const figure = sizeFigureOf(text(row.cells.field));
    if (figure === null || out[figure] !== null) continue;
    const n = parseAmount(row.cells.value);
    if (n !== null && n >= 0) out[figure] = n;
  }
  return out;
}

interface Limits {
  fte: number;
  turnover: number;
  balanceSheetTotal: number;
}

/** Art. 1:24 §1 for financial years beginning on or after 1 January 2024; before, the former amounts. */
export function smallCompanyLimits(yearStart: CalendarDate): Limits {
  return yearStart >= "2024-01-01"
    ? { fte: 50, turnover: 11_250_000, balanceSheetTotal: 6_000_000 }
    : { fte: 50, turnover: 9_000_000, balanceSheetTotal: 4_500_000 };
}

const FIGURE_NAMES: Readonly<Record<SizeFigure, Localized>> = {
  fte: { fr: "ETP moyen", nl: "gemiddeld aantal VTE", en: "average FTE" },
  turnover: { fr: "chiffre d'affaires", nl: "omzet", en: "turnover" },
  balanceSheetTotal: { fr: "total du bilan", nl: "balanstotaal", en: "balance-sheet total" },
};

function shown(figure: SizeFigure, n: number, l: Language): string {
  const number = formatNumber(n, l);
  if (figure === "fte") return number;
  return { fr: `${number}${NBSP}€`, nl: `€${NBSP}${number}`, en: `€${number}` }[l];
}

/** AUD-05: the size figures make a company not small, and no auditor is in force. */
function required(ctx: Context): Finding[] {
  const form = ctx.effectiveForm ?? ctx.legalForm;
  if (form === null || ctx.soleProprietor === true || entityFamily(form) !== "company") return [];
  const ref = ctx.referenceDate;
  const yearStart = financialYearStart(ctx);
  if (ref === null || yearStart === null) return [];
  const figures = sizeFigures(ctx.identification);
  const limits = smallCompanyLimits(yearStart);
  const exceeded = SIZE_FIGURES.filter((f) => {
    const n = figures[f];
    return n !== null && n > limits[f];
  });
  if (exceeded.length < 2) return [];
  if (ctx.auditors.some((a) => inForceOn(a, ref))) return [];
  const shownRef = formatDate(ref);
  const source = ctx.sheetSource;
  return [
    makeFinding(
      "AUD-05",
      "warning",
      cellTarget("auditors", null, null),
      source,
      sentences(
        localized((l) => {
          const limit = { fr: "limite", nl: "grens", en: "limit" }[l];
          const items = list(
            exceeded.map((f) => `${FIGURE_NAMES[f][l]} ${shown(f, figures[f]!, l)} (${limit} ${shown(f, limits[f], l)})`),
            l,
          );
          const k = exceeded.length;
          return {
            fr: `Les chiffres de taille de la feuille dépassent ${k} des 3 critères d'une petite société${NBSP}: ${items}${NBSP}; aucun commissaire n'est en fonction au ${shownRef}.`,
            nl: `De omvangcijfers in het blad overschrijden ${k} van de 3 criteria van een kleine vennootschap: ${items}; er is geen commissaris in functie op ${shownRef}.`,
            en: `The size figures in the sheet exceed ${k} of the 3 criteria of a small company: ${items}; no statutory auditor is in force on ${shownRef}.`,
          }[l];
        }),
        localized(
          (l) =>
            ({
              fr: `Une société qui dépasse plus d'un critère n'est pas petite et n'est pas dispensée de nommer un commissaire${basis(SMALL, EXEMPT).fr}.`,
              nl: `Een vennootschap die meer dan één criterium overschrijdt, is niet klein en is niet vrijgesteld van de benoeming van een commissaris${basis(SMALL, EXEMPT).nl}.`,
              en: `A company that exceeds more than one criterion is not small and is not exempt from appointing a statutory auditor${basis(SMALL, EXEMPT).en}.`,
            })[l],
        ),
        {
          fr: `À vérifier${NBSP}: les critères ne comptent que s'ils sont dépassés deux exercices consécutifs (le premier exercice est jugé sur ses propres chiffres)${NBSP}; une société liée à d'autres est jugée sur les chiffres consolidés${NBSP}; une société cotée n'est jamais petite.`,
          nl: "Te controleren: de criteria tellen pas als ze twee opeenvolgende boekjaren worden overschreden (het eerste boekjaar wordt op zijn eigen cijfers beoordeeld); een vennootschap die met andere verbonden is, wordt op geconsolideerde cijfers beoordeeld; een genoteerde vennootschap is nooit klein.",
          en: "To verify: the criteria count only when exceeded in two consecutive financial years (the first financial year is judged on its own figures); a company linked to others is judged on consolidated figures; a listed company is never small.",
        },
        {
          fr: "Si un commissaire est requis, l'assemblée générale le nomme.",
          nl: "Is een commissaris vereist, dan benoemt de algemene vergadering er een.",
          en: "If an auditor is required, the general meeting appoints one.",
        },
        whereToFix("complete", source),
      ),
    ),
  ];
}
