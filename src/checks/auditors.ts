// AUD-02 … AUD-04: the statutory auditor's mandate and registration.

import type { Language } from "../i18n/language";
import { displayName } from "./common";
import { type AuditorRow, type Context, cellTarget, makeFinding, rowSource } from "./context";
import { count, formatDate, localized, sentences, whereToFix } from "./messages";
import type { Finding } from "./types";
import { addYears } from "./values";

const FINANCIAL_YEARS: Readonly<Record<Language, readonly [string, string]>> = {
  fr: ["exercice", "exercices"],
  nl: ["boekjaar", "boekjaren"],
  en: ["financial year", "financial years"],
};

export function auditorChecks(ctx: Context): Finding[] {
  return [...term(ctx), ...successor(ctx), ...registration(ctx)];
}

function name(a: AuditorRow, l: Language): string {
  return displayName(a.name, l);
}

/**
 * Financial years a mandate covers: the year ends (the shown financial-year end, moved by whole
 * years) from its start to before its end, the meeting that approves the last of them.
 */
export function financialYearsCovered(start: string, end: string, fiscalYearEnd: string): number {
  const from = Number(start.slice(0, 4)) - Number(fiscalYearEnd.slice(0, 4)) - 1;
  const to = Number(end.slice(0, 4)) - Number(fiscalYearEnd.slice(0, 4)) + 1;
  let n = 0;
  for (let k = from; k <= to; k++) {
    const yearEnd = addYears(fiscalYearEnd, k);
    if (yearEnd >= start && yearEnd < end) n++;
  }
  return n;
}

/** AUD-02: appointed for exactly 3 financial years, with an end date (no tacit extension). */
function term(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const a of ctx.auditors) {
    const source = rowSource(a.row);
    const target = cellTarget("auditors", a.row, "end");
    if (a.end === null) {
      findings.push(
        makeFinding(
          "AUD-02",
          "error",
          target,
          source,
          sentences(
            localized((l) =>
              ({
                fr: `Le mandat du commissaire ${name(a, l)} n'a pas de date de fin.`,
                nl: `Het mandaat van commissaris ${name(a, l)} heeft geen einddatum.`,
                en: `The mandate of statutory auditor ${name(a, l)} has no end date.`,
              })[l],
            ),
            {
              fr: "Un commissaire est nommé pour exactement 3 exercices, sans prolongation tacite.",
              nl: "Een commissaris wordt benoemd voor precies 3 boekjaren, zonder stilzwijgende verlenging.",
              en: "A statutory auditor is appointed for exactly 3 financial years, with no tacit extension.",
            },
            whereToFix("complete", source),
          ),
        ),
      );
      continue;
    }
    if (a.start === null || ctx.fiscalYearEnd === null) continue;
    const years = financialYearsCovered(a.start, a.end, ctx.fiscalYearEnd);
    if (years === 3) continue;
    const s = formatDate(a.start);
    const e = formatDate(a.end);
    findings.push(
      makeFinding(
        "AUD-02",
        "error",
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
          {
            fr: "Un commissaire est nommé pour exactement 3 exercices, renouvelables.",
            nl: "Een commissaris wordt benoemd voor precies 3 boekjaren, hernieuwbaar.",
            en: "A statutory auditor is appointed for exactly 3 financial years, renewable.",
          },
          whereToFix("fix", source),
        ),
      ),
    );
  }
  return findings;
}

/** AUD-03: a mandate that ended, or ends at the coming meeting, with no auditor after it. */
function successor(ctx: Context): Finding[] {
  const ref = ctx.referenceDate;
  const meeting = ctx.meetingDate;
  const known = [ref, meeting].filter((d): d is string => d !== null).sort();
  const threshold = known[known.length - 1];
  if (threshold === undefined) return [];
  const ending = ctx.auditors.filter((a) => a.end !== null && a.end <= threshold);
  if (ending.length === 0) return [];
  if (ctx.auditors.some((a) => a.end === null || a.end > threshold)) return [];
  return ending.map((a) => {
    const source = rowSource(a.row);
    const e = formatDate(a.end!);
    const past = ref !== null && a.end! < ref;
    const m = meeting === null ? "" : formatDate(meeting);
    return makeFinding(
      "AUD-03",
      "warning",
      cellTarget("auditors", a.row, "end"),
      source,
      sentences(
        localized((l) => {
          if (past || meeting === null) {
            return {
              fr: `Le mandat du commissaire ${name(a, l)} a pris fin le ${e} et aucun successeur n'est repris.`,
              nl: `Het mandaat van commissaris ${name(a, l)} liep af op ${e} en er is geen opvolger vermeld.`,
              en: `The mandate of statutory auditor ${name(a, l)} ended on ${e} and no successor is listed.`,
            }[l];
          }
          return {
            fr: `Le mandat du commissaire ${name(a, l)} prend fin le ${e}, au plus tard à l'assemblée générale du ${m}, et aucun successeur n'est repris.`,
            nl: `Het mandaat van commissaris ${name(a, l)} eindigt op ${e}, uiterlijk op de algemene vergadering van ${m}, en er is geen opvolger vermeld.`,
            en: `The mandate of statutory auditor ${name(a, l)} ends on ${e}, no later than the general meeting of ${m}, and no successor is listed.`,
          }[l];
        }),
        {
          fr: "L'assemblée générale doit renouveler le mandat ou nommer un nouveau commissaire : il n'y a pas de prolongation tacite.",
          nl: "De algemene vergadering moet het mandaat hernieuwen of een nieuwe commissaris benoemen: er is geen stilzwijgende verlenging.",
          en: "The general meeting must renew the mandate or appoint a new auditor: there is no tacit extension.",
        },
        whereToFix("update", source),
      ),
    );
  });
}

/** AUD-04: an auditor is registered with the IRE/IBR. */
function registration(ctx: Context): Finding[] {
  return ctx.auditors
    .filter((a) => a.ireNumber === null)
    .map((a) => {
      const source = rowSource(a.row);
      return makeFinding(
        "AUD-04",
        "warning",
        cellTarget("auditors", a.row, "ireNumber"),
        source,
        sentences(
          localized((l) =>
            ({
              fr: `Le commissaire ${name(a, l)} n'a pas de numéro IRE.`,
              nl: `Commissaris ${name(a, l)} heeft geen IBR-nummer.`,
              en: `Statutory auditor ${name(a, l)} has no IRE number.`,
            })[l],
          ),
          {
            fr: "Seul un réviseur d'entreprises inscrit à l'IRE, ou un cabinet de révision inscrit, peut être commissaire.",
            nl: "Alleen een bedrijfsrevisor die bij het IBR is ingeschreven, of een ingeschreven revisorenkantoor, kan commissaris zijn.",
            en: "Only a réviseur d'entreprises registered with the IRE/IBR, or a registered audit firm, can be statutory auditor.",
          },
          whereToFix("complete", source),
        ),
      );
    });
}
