// DIR-01 … DIR-08, DIR-11: who runs the company, as the directors table shows it.

import type { Language, Localized } from "../i18n/language";
import { labelsFor } from "../permanent-data/labels";
import type { CanonicalRole, PersonKind } from "../permanent-data/model";
import { managementWording, normaliseRoleText } from "../permanent-data/roles";
import { displayName, formWithArticle, thisForm } from "./common";
import { type Context, type DirectorRow, type PersonRow, cellTarget, groupPeople, makeFinding, nameKey, rowSource, sourceOf } from "./context";
import { count, DIRECTOR_WORDS, formatDate, list, localized, quote, SHAREHOLDER_WORDS, sentences, whereToFix } from "./messages";
import type { Finding } from "./types";
import { addYears } from "./values";

/** Roles that sit on the board (a blank or unknown role in the directors table counts as one). */
const BOARD_ROLES: ReadonlySet<CanonicalRole | null> = new Set<CanonicalRole | null>([null, "director", "managing-director", "chair", "manager"]);

export function isBoardMember(d: DirectorRow): boolean {
  return BOARD_ROLES.has(d.role);
}

/** Mandate running on the date (unknown dates do not exclude it; no date: every mandate runs). */
export function isActive(d: { start: string | null; end: string | null }, date: string | null): boolean {
  if (date === null) return true;
  return (d.start === null || d.start <= date) && (d.end === null || d.end >= date);
}

/** Distinct people among the rows. */
function distinctCount(rows: readonly PersonRow[]): number {
  return new Set(groupPeople(rows)).size;
}

export function directorChecks(ctx: Context): Finding[] {
  return [
    ...atLeastOne(ctx),
    ...representatives(ctx),
    ...saBoard(ctx),
    ...saMandates(ctx),
    ...ended(ctx),
    ...associationBoard(ctx),
    ...wording(ctx),
    ...consistency(ctx),
  ];
}

function name(d: DirectorRow, l: Language): string {
  return displayName(d.name, l);
}

const MUST_HAVE_ONE: Localized = {
  fr: "Toute société ou association doit avoir au moins un administrateur en fonction, qui la représente et signe ses comptes annuels.",
  nl: "Elke vennootschap of vereniging moet minstens één bestuurder in functie hebben, die haar vertegenwoordigt en de jaarrekening ondertekent.",
  en: "Every company or association must have at least one director in office, who represents it and signs its annual accounts.",
};

/** DIR-01: at least one director whose mandate runs on the reference date (not for sole proprietors). */
function atLeastOne(ctx: Context): Finding[] {
  if (ctx.soleProprietor !== false) return [];
  const board = ctx.directors.filter(isBoardMember);
  if (board.some((d) => isActive(d, ctx.referenceDate))) return [];
  const source = sourceOf(
    ctx,
    ctx.directors.map((d) => d.row),
  );
  const target = cellTarget("directors", null, null);
  if (board.length === 0) {
    return [
      makeFinding(
        "DIR-01",
        "error",
        target,
        source,
        sentences(
          { fr: "Aucun administrateur n'est repris.", nl: "Er is geen bestuurder opgenomen.", en: "No director is listed." },
          MUST_HAVE_ONE,
          whereToFix("complete", source),
        ),
      ),
    ];
  }
  const ref = formatDate(ctx.referenceDate ?? "");
  return [
    makeFinding(
      "DIR-01",
      "error",
      target,
      source,
      sentences(
        {
          fr: `Aucun administrateur n'a de mandat en cours au ${ref}.`,
          nl: `Geen enkele bestuurder heeft een lopend mandaat op ${ref}.`,
          en: `No director has a mandate running on ${ref}.`,
        },
        MUST_HAVE_ONE,
        whereToFix("update", source),
      ),
    ),
  ];
}

/** Several names in one cell: "A; B", "A et B", "A / B"… */
function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:;|\n|\s\/\s|\s&\s|\s\+\s|\set\s|\sen\s|\sand\s)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** The kind of a permanent representative named in a cell: from the relations table, else AdminPulse. */
function representativeKind(ctx: Context, d: DirectorRow, representative: string): PersonKind | null {
  const relation = ctx.relationByName(representative);
  if (relation?.kind) return relation.kind;
  const key = nameKey(representative, null);
  const company = ctx.company;
  if (company && d.row.link !== null) {
    const mandate = company.directors.find((m) => m && m.link === d.row.link);
    const party = mandate?.representativeId ? company.parties.find((p) => p && p.adminPulseId === mandate.representativeId) : undefined;
    if (party && nameKey(party.name, null) === key) return party.kind;
  }
  return null;
}

/** DIR-02 (legal-person director: exactly one permanent representative) and DIR-03 (a natural person). */
function representatives(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const d of ctx.directors) {
    if (d.role === "permanent-representative") continue;
    const source = rowSource(d.row);
    const target = cellTarget("directors", d.row, "representative");
    const names = d.representative === null ? [] : splitNames(d.representative);
    if (d.kind === "legal" && names.length === 0) {
      findings.push(
        makeFinding(
          "DIR-02",
          "error",
          target,
          source,
          sentences(
            localized((l) =>
              ({
                fr: `L'administrateur ${name(d, l)} est une personne morale mais n'a pas de représentant permanent.`,
                nl: `Bestuurder ${name(d, l)} is een rechtspersoon maar heeft geen vaste vertegenwoordiger.`,
                en: `Director ${name(d, l)} is a legal person but has no permanent representative.`,
              })[l],
            ),
            {
              fr: "Une personne morale administrateur doit désigner une personne physique qui agit pour elle.",
              nl: "Een rechtspersoon die bestuurder is, moet een natuurlijke persoon aanwijzen die voor haar optreedt.",
              en: "A legal person that is a director must appoint one natural person to act for it.",
            },
            whereToFix("complete", source),
          ),
        ),
      );
    } else if (d.kind === "legal" && names.length > 1) {
      findings.push(
        makeFinding(
          "DIR-02",
          "error",
          target,
          source,
          sentences(
            localized((l) =>
              ({
                fr: `L'administrateur ${name(d, l)} a plus d'un représentant permanent (${list(names, l)}).`,
                nl: `Bestuurder ${name(d, l)} heeft meer dan één vaste vertegenwoordiger (${list(names, l)}).`,
                en: `Director ${name(d, l)} has more than one permanent representative (${list(names, l)}).`,
              })[l],
            ),
            {
              fr: "Une personne morale administrateur en désigne un seul.",
              nl: "Een rechtspersoon die bestuurder is, wijst er precies één aan.",
              en: "A legal person that is a director appoints exactly one.",
            },
            whereToFix("fix", source),
          ),
        ),
      );
    }
    for (const representative of names) {
      if (representativeKind(ctx, d, representative) !== "legal") continue;
      findings.push(
        makeFinding(
          "DIR-03",
          "warning",
          target,
          source,
          sentences(
            localized((l) =>
              ({
                fr: `Le représentant permanent de l'administrateur ${name(d, l)}, ${representative}, n'est pas une personne physique.`,
                nl: `De vaste vertegenwoordiger van bestuurder ${name(d, l)}, ${representative}, is geen natuurlijke persoon.`,
                en: `The permanent representative of director ${name(d, l)}, ${representative}, is not a natural person.`,
              })[l],
            ),
            {
              fr: "Un représentant permanent doit être une personne physique.",
              nl: "Een vaste vertegenwoordiger moet een natuurlijke persoon zijn.",
              en: "A permanent representative must be a natural person.",
            },
            whereToFix("fix", source),
          ),
        ),
      );
    }
  }
  return findings;
}

/** DIR-04: an SA's board has 3 directors, or 2 while it has fewer than 3 shareholders; 1 is a sole director. */
function saBoard(ctx: Context): Finding[] {
  const form = ctx.effectiveForm;
  if (form?.id !== "sa") return [];
  const board = ctx.directors.filter((d) => isBoardMember(d) && isActive(d, ctx.referenceDate));
  const directors = distinctCount(board);
  const shareholders = distinctCount(ctx.shareholders);
  if (directors !== 2 || shareholders < 3) return [];
  const source = sourceOf(
    ctx,
    board.map((d) => d.row),
  );
  return [
    makeFinding(
      "DIR-04",
      "error",
      cellTarget("directors", null, null),
      source,
      sentences(
        localized((l) => {
          const n = count(directors, DIRECTOR_WORDS, l);
          const m = count(shareholders, SHAREHOLDER_WORDS, l);
          return {
            fr: `${thisForm(form, l)} a un conseil de ${n} pour ${m}.`,
            nl: `${thisForm(form, l)} heeft een raad van bestuur van ${n} en ${m}.`,
            en: `${thisForm(form, l)} has a board of ${n} and ${m}.`,
          }[l];
        }),
        {
          fr: "Un conseil d'administration compte au moins 3 administrateurs ; 2 suffisent tant que la SA a moins de 3 actionnaires (un administrateur unique est aussi possible).",
          nl: "Een raad van bestuur telt minstens 3 bestuurders; 2 volstaan zolang de NV minder dan 3 aandeelhouders heeft (een enige bestuurder kan ook).",
          en: "A board needs at least 3 directors; 2 are enough only while the SA has fewer than 3 shareholders (a sole director is also possible).",
        },
        whereToFix("update", source),
      ),
    ),
  ];
}

/** DIR-05: an SA director's mandate lasts at most 6 years and has an end date (mandates still running). */
function saMandates(ctx: Context): Finding[] {
  const form = ctx.effectiveForm;
  if (form?.id !== "sa") return [];
  const findings: Finding[] = [];
  for (const d of ctx.directors) {
    if (!isBoardMember(d)) continue;
    if (d.end !== null && ctx.referenceDate !== null && d.end < ctx.referenceDate) continue;
    const source = rowSource(d.row);
    const target = cellTarget("directors", d.row, "end");
    if (d.end === null) {
      findings.push(
        makeFinding(
          "DIR-05",
          "warning",
          target,
          source,
          sentences(
            localized((l) =>
              ({
                fr: `Le mandat de l'administrateur ${name(d, l)} n'a pas de date de fin.`,
                nl: `Het mandaat van bestuurder ${name(d, l)} heeft geen einddatum.`,
                en: `The mandate of director ${name(d, l)} has no end date.`,
              })[l],
            ),
            localized((l) =>
              ({
                fr: `Dans ${formWithArticle(form, l)}, le mandat d'administrateur dure 6 ans au plus (renouvelable) : il doit avoir une date de fin.`,
                nl: `In ${formWithArticle(form, l)} duurt een bestuursmandaat hoogstens 6 jaar (hernieuwbaar): het moet een einddatum hebben.`,
                en: `In ${formWithArticle(form, l)} a director's mandate lasts at most 6 years (renewable), so it must have an end date.`,
              })[l],
            ),
            whereToFix("complete", source),
          ),
        ),
      );
    } else if (d.start !== null && d.start <= d.end && d.end > addYears(d.start, 6)) {
      const s = formatDate(d.start);
      const e = formatDate(d.end);
      findings.push(
        makeFinding(
          "DIR-05",
          "warning",
          target,
          source,
          sentences(
            localized((l) =>
              ({
                fr: `Le mandat de l'administrateur ${name(d, l)} court du ${s} au ${e}, soit plus de 6 ans.`,
                nl: `Het mandaat van bestuurder ${name(d, l)} loopt van ${s} tot ${e}, meer dan 6 jaar.`,
                en: `The mandate of director ${name(d, l)} runs from ${s} to ${e}, more than 6 years.`,
              })[l],
            ),
            localized((l) =>
              ({
                fr: `Dans ${formWithArticle(form, l)}, le mandat d'administrateur dure 6 ans au plus (renouvelable).`,
                nl: `In ${formWithArticle(form, l)} duurt een bestuursmandaat hoogstens 6 jaar (hernieuwbaar).`,
                en: `In ${formWithArticle(form, l)} a director's mandate lasts at most 6 years (renewable).`,
              })[l],
            ),
            whereToFix("fix", source),
          ),
        ),
      );
    }
  }
  return findings;
}

/** DIR-06: a mandate that ended before the reference date, still listed. */
function ended(ctx: Context): Finding[] {
  const ref = ctx.referenceDate;
  if (ref === null) return [];
  return ctx.directors
    .filter((d) => d.end !== null && d.end < ref)
    .map((d) => {
      const source = rowSource(d.row);
      const e = formatDate(d.end!);
      const r = formatDate(ref);
      return makeFinding(
        "DIR-06",
        "warning",
        cellTarget("directors", d.row, "end"),
        source,
        sentences(
          localized((l) =>
            ({
              fr: `Le mandat de l'administrateur ${name(d, l)} a pris fin le ${e}, avant le ${r}, mais l'administrateur est toujours repris.`,
              nl: `Het mandaat van bestuurder ${name(d, l)} liep af op ${e}, vóór ${r}, maar de bestuurder staat nog vermeld.`,
              en: `The mandate of director ${name(d, l)} ended on ${e}, before ${r}, but the director is still listed.`,
            })[l],
          ),
          {
            fr: "Sans renouvellement, il ne peut plus agir pour la société : enregistrez le renouvellement ou retirez l'administrateur.",
            nl: "Zonder hernieuwing kan de bestuurder niet meer voor de vennootschap optreden: registreer de hernieuwing of verwijder de bestuurder.",
            en: "Without a renewal the director can no longer act for the company: record the renewal, or remove the director.",
          },
          whereToFix("update", source),
        ),
      );
    });
}

/** DIR-07: an ASBL needs 3 directors (2 with only 2 members); a foundation 3 (to confirm: warning). */
function associationBoard(ctx: Context): Finding[] {
  const form = ctx.effectiveForm;
  if (!form || !["asbl", "private-foundation", "public-foundation"].includes(form.id) || form.minimumDirectors === null) return [];
  const board = ctx.directors.filter((d) => isBoardMember(d) && isActive(d, ctx.referenceDate));
  const n = distinctCount(board);
  // None at all is DIR-01's error.
  if (n === 0 || n >= form.minimumDirectors) return [];
  const asbl = form.id === "asbl";
  // An ASBL with only 2 members may have 2 directors: with 2, the members (not in the data) decide.
  const severity = form.minimumDirectorsToConfirm || (asbl && n === 2) ? "warning" : "error";
  const source = sourceOf(
    ctx,
    board.map((d) => d.row),
  );
  const ref = ctx.referenceDate === null ? null : formatDate(ctx.referenceDate);
  return [
    makeFinding(
      "DIR-07",
      severity,
      cellTarget("directors", null, null),
      source,
      sentences(
        localized((l) => {
          const c = count(n, DIRECTOR_WORDS, l);
          const on = ref === null ? "" : { fr: ` au ${ref}`, nl: ` op ${ref}`, en: ` on ${ref}` }[l];
          return {
            fr: `${thisForm(form, l)} n'a que ${c} en fonction${on}.`,
            nl: `${thisForm(form, l)} heeft maar ${c} in functie${on}.`,
            en: `${thisForm(form, l)} has only ${c} in office${on}.`,
          }[l];
        }),
        asbl
          ? {
              fr: "Une ASBL doit avoir au moins 3 administrateurs (2 si elle ne compte que 2 membres).",
              nl: "Een VZW moet minstens 3 bestuurders hebben (2 als ze maar 2 leden telt).",
              en: "An ASBL/VZW needs at least 3 directors (2 if it has only 2 members).",
            }
          : {
              fr: "Le conseil d'administration d'une fondation devrait compter au moins 3 membres.",
              nl: "De raad van bestuur van een stichting hoort minstens 3 leden te tellen.",
              en: "A foundation's board of directors should have at least 3 members.",
            },
        whereToFix("update", source),
      ),
    ),
  ];
}

/** DIR-08: gérant/zaakvoerder only in an SNC or SComm; administrateur/bestuurder elsewhere. */
function wording(ctx: Context): Finding[] {
  const form = ctx.legalForm;
  if (!form) return [];
  const findings: Finding[] = [];
  for (const d of ctx.directors) {
    const used = managementWording(d.roleText);
    if (used === null || used === form.management) continue;
    const source = rowSource(d.row);
    const shown = d.roleText ?? "";
    findings.push(
      makeFinding(
        "DIR-08",
        "warning",
        cellTarget("directors", d.row, "role"),
        source,
        sentences(
          localized((l) => {
            const a = formWithArticle(form, l);
            if (used === "manager") {
              return {
                fr: `${name(d, l)} porte le titre ${quote(shown, l)}, qui ne convient pas à ${a} : depuis le Code de 2019, « gérant » ne s'emploie que dans une SNC ou une SComm ; ici, le terme est « administrateur ».`,
                nl: `${name(d, l)} heeft de titel ${quote(shown, l)}, die niet past bij ${a}: sinds het Wetboek van 2019 wordt ‘zaakvoerder’ alleen gebruikt in een VOF of CommV; hier is het ‘bestuurder’.`,
                en: `${name(d, l)} has the title ${quote(shown, l)}, which does not fit ${a}: since the 2019 Code, “manager” (gérant, zaakvoerder) is used only in an SNC/VOF or SComm/CommV; here the word is “director” (administrateur, bestuurder).`,
              }[l];
            }
            return {
              fr: `${name(d, l)} porte le titre ${quote(shown, l)}, qui ne convient pas à ${a} : ceux qui la gèrent sont des « gérants », pas des « administrateurs ».`,
              nl: `${name(d, l)} heeft de titel ${quote(shown, l)}, die niet past bij ${a}: wie ze bestuurt, is ‘zaakvoerder’, geen ‘bestuurder’.`,
              en: `${name(d, l)} has the title ${quote(shown, l)}, which does not fit ${a}: the people who run it are “managers” (gérants, zaakvoerders), not “directors” (administrateurs, bestuurders).`,
            }[l];
          }),
          whereToFix("fix", source),
        ),
      ),
    );
  }
  return findings;
}

/** DIR-11: start after end; the same person twice in the same role with overlapping periods. */
function consistency(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const d of ctx.directors) {
    if (d.start === null || d.end === null || d.start <= d.end) continue;
    const source = rowSource(d.row);
    const s = formatDate(d.start);
    const e = formatDate(d.end);
    findings.push(
      makeFinding(
        "DIR-11",
        "warning",
        cellTarget("directors", d.row, "start"),
        source,
        sentences(
          localized((l) =>
            ({
              fr: `Le mandat de ${name(d, l)} commence le ${s}, après sa fin le ${e}.`,
              nl: `Het mandaat van ${name(d, l)} begint op ${s}, na het einde op ${e}.`,
              en: `The mandate of ${name(d, l)} starts on ${s}, after it ends on ${e}.`,
            })[l],
          ),
          { fr: "L'une des deux dates est fausse.", nl: "Een van beide datums is fout.", en: "One of the two dates is wrong." },
          whereToFix("fix", source),
        ),
      ),
    );
  }

  const groups = groupPeople(ctx.directors);
  const roleKey = (d: DirectorRow) => d.role ?? (d.roleText === null ? "" : `text:${normaliseRoleText(d.roleText)}`);
  const flagged = new Set<number>();
  ctx.directors.forEach((d, i) => {
    if (d.name === null && d.number === null) return;
    for (let j = 0; j < i; j++) {
      const other = ctx.directors[j]!;
      if (groups[j] !== groups[i] || roleKey(other) !== roleKey(d) || !overlap(other, d) || flagged.has(i)) continue;
      flagged.add(i);
      const source = sourceOf(ctx, [other.row, d.row]);
      findings.push(
        makeFinding(
          "DIR-11",
          "warning",
          cellTarget("directors", d.row, "start"),
          source,
          sentences(
            localized((l) => {
              const role = d.role !== null ? labelsFor(l).roles[d.role] : quote(d.roleText ?? "", l);
              return {
                fr: `${name(d, l)} figure deux fois comme ${role} avec des périodes qui se chevauchent.`,
                nl: `${name(d, l)} staat twee keer vermeld als ${role} met overlappende periodes.`,
                en: `${name(d, l)} is listed twice as ${role} with overlapping periods.`,
              }[l];
            }),
            {
              fr: "Chaque mandat ne doit figurer qu'une fois : supprimez le doublon ou corrigez les dates.",
              nl: "Elk mandaat hoort één keer te staan: verwijder het dubbel of corrigeer de datums.",
              en: "Each mandate should appear once: remove the duplicate or correct the dates.",
            },
            whereToFix("fix", source),
          ),
        ),
      );
    }
  });
  return findings;
}

/** Periods overlap by more than a day (a renewal starting the day the old mandate ends does not). */
function overlap(a: DirectorRow, b: DirectorRow): boolean {
  const startsBeforeEnd = (x: DirectorRow, y: DirectorRow) => x.start === null || y.end === null || x.start < y.end;
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}
