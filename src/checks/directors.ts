// DIR-01 … DIR-08, DIR-11, DIR-12: who runs the entity, as the directors table shows it.
//
// Rules page, "Reference date, mandates and history": composition, terms and "at least one
// director" judge the mandates in force on the reference date (context.ts, inForceOn). A mandate
// that ended before the financial year began is history: listed, never a finding of any rule here.
// One that ended during the year stays listed (the meeting votes every director's discharge) and
// is never "to remove": no finding either.
//
// Roles come from the role cell in any language (roles.ts, roleWordFromText); for an imported row
// whose cell still shows the role the import wrote, AdminPulse's own words refine it (its
// "Administrateur unique" or "Liquidateur" is shown as the nearest canonical word until the model
// holds those roles).
//
// Severities (rules page): an error only where the data certainly breaches the law; a warning,
// saying what to verify, where it depends on facts the data does not hold (the articles, the
// number of members or shareholders over time); an info for reminders.

import type { Language, Localized } from "../i18n/language";
import { plural } from "../i18n/plural";
import { labelsFor } from "../permanent-data/labels";
import { entityFamily, type LegalFormInfo } from "../permanent-data/legal-forms";
import type { PersonKind } from "../permanent-data/model";
import { type RoleId, directorRoleFromText, managementWording, normaliseRoleText, roleWordFromText } from "../permanent-data/roles";
import { displayName, formName, formWithArticle, thisForm } from "./common";
import {
  type Context,
  type DirectorRow,
  type PersonRow,
  cellTarget,
  endedBeforeYear,
  groupPeople,
  inForceOn,
  makeFinding,
  nameKey,
  rowSource,
  sourceOf,
  validNumber,
} from "./context";
import { basis, codeArticle } from "./law";
import { count, DIRECTOR_WORDS, formatDate, list, localized, quote, SHAREHOLDER_WORDS, sentences, whereToFix } from "./messages";
import type { Finding, FindingSource, FindingTarget } from "./types";
import { addDays, addYears } from "./values";

// ---- Mandates ------------------------------------------------------------------------------

/** A row of the directors table with its role read and its standing on the reference date. */
interface Mandate {
  d: DirectorRow;
  /** The role of the rules page the row names; null for a blank or unknown role. */
  role: RoleId | null;
  inForce: boolean;
}

/** Roles that run the entity (a blank or unknown role in the directors table counts as one). */
const RUNS: ReadonlySet<RoleId | null> = new Set<RoleId | null>([
  null,
  "director",
  "managing-director",
  "chair",
  "manager",
  "sole-director",
  "general-partner",
]);

function runs(m: Mandate): boolean {
  return RUNS.has(m.role);
}

/** The row's role: its cell, refined by AdminPulse's words while the cell shows what the import wrote. */
function roleOf(ctx: Context, d: DirectorRow): RoleId | null {
  const own = roleWordFromText(d.roleText);
  if (d.row.link === null || !ctx.company) return own;
  const mandate = ctx.company.directors.find((m) => m && m.link === d.row.link);
  if (!mandate || mandate.role !== d.role) return own;
  return directorRoleFromText(mandate.roleText) ?? own;
}

/** "en liquidation", "in vereffening", "in liquidation" in the company's name or legal form. */
const LIQUIDATION_WORDS = /\b(en liquidation|in vereffening|in liquidation)\b/;

/** Members of a dual board (conseil de surveillance / de direction, art. 7:104): DIR-04 does not apply. */
const DUAL_BOARD_WORDS = /\b(surveillance|toezicht|supervisory|conseil de direction|directieraad|management board)\b/;

interface View {
  ctx: Context;
  /** The rows that are not history, with their roles. */
  mandates: Mandate[];
  /** The entity family of the legal form shown (a pre-2019 form: that of the form it became); null when unknown. */
  family: string | null;
  /** The legal form that applies (a pre-2019 form: the one it was converted into). */
  form: LegalFormInfo | null;
  /** A liquidator is in force, or the name or legal form says the company is in liquidation. */
  liquidation: boolean;
  liquidatorInForce: boolean;
}

function viewOf(ctx: Context): View {
  const mandates = ctx.directors.filter((d) => !endedBeforeYear(d, ctx)).map((d) => ({ d, role: roleOf(ctx, d), inForce: inForceOn(d, ctx.referenceDate) }));
  const form = ctx.effectiveForm;
  const family = form ? ((entityFamily(form) as string | undefined) ?? null) : null;
  const liquidatorInForce = mandates.some((m) => m.role === "liquidator" && m.inForce);
  const words = [ctx.field("CompanyName").text, ctx.field("LegalForm").text].some((t) => t !== null && LIQUIDATION_WORDS.test(normaliseRoleText(t)));
  return { ctx, mandates, family, form, liquidation: liquidatorInForce || words, liquidatorInForce };
}

/** Distinct people among the rows. */
function distinctCount(rows: readonly PersonRow[]): number {
  return new Set(groupPeople(rows)).size;
}

/** Distinct people running the entity on the reference date. */
function boardInForce(v: View): Mandate[] {
  return v.mandates.filter((m) => m.inForce && runs(m));
}

export function directorChecks(ctx: Context): Finding[] {
  const v = viewOf(ctx);
  return [
    ...atLeastOne(v),
    ...representatives(v),
    ...saBoard(v),
    ...saMandates(v),
    ...renewals(v),
    ...associationBoard(v),
    ...wording(v),
    ...consistency(v),
    ...ownNameAndRepresentative(v),
  ];
}

// ---- Words ---------------------------------------------------------------------------------

/** A finding (makeFinding applies French typography: a non-breaking space before « : ; ? ! » and inside « »). */
function finding(id: Finding["id"], severity: Finding["severity"], target: FindingTarget | null, source: FindingSource, message: Localized): Finding {
  return makeFinding(id, severity, target, source, message);
}

function name(d: DirectorRow, l: Language): string {
  return displayName(d.name, l);
}

type Noun = "director" | "sole-director" | "manager" | "liquidator";

/** What a row is called: a liquidator; a manager in a partnership; a director elsewhere. */
function nounOf(v: View, m: Mandate): Noun {
  if (m.role === "liquidator") return "liquidator";
  return v.family === "partnership" ? "manager" : "director";
}

const NOUNS: Readonly<Record<Noun, { fr: readonly [string, string, string]; nl: string; en: string }>> = {
  // French: "L'administrateur X", "de l'administrateur X", "administrateur" (after "est").
  director: { fr: ["L'administrateur", "de l'administrateur", "administrateur"], nl: "bestuurder", en: "director" },
  "sole-director": { fr: ["L'administrateur unique", "de l'administrateur unique", "administrateur unique"], nl: "enige bestuurder", en: "sole director" },
  manager: { fr: ["Le gérant", "du gérant", "gérant"], nl: "zaakvoerder", en: "manager" },
  liquidator: { fr: ["Le liquidateur", "du liquidateur", "liquidateur"], nl: "vereffenaar", en: "liquidator" },
};

/** "L'administrateur X" / "Bestuurder X" / "Director X". */
function titled(noun: Noun, d: DirectorRow, l: Language): string {
  const n = NOUNS[noun];
  return { fr: `${n.fr[0]} ${name(d, l)}`, nl: `${cap(n.nl)} ${name(d, l)}`, en: `${cap(n.en)} ${name(d, l)}` }[l];
}

/** "de l'administrateur X" / "van bestuurder X" / "of director X". */
function of(noun: Noun, d: DirectorRow, l: Language): string {
  const n = NOUNS[noun];
  return { fr: `${n.fr[1]} ${name(d, l)}`, nl: `van ${n.nl} ${name(d, l)}`, en: `of ${n.en} ${name(d, l)}` }[l];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** " au 31/12/2025" / " op 31/12/2025" / " on 31/12/2025"; empty without a reference date. */
function onDate(ctx: Context, l: Language): string {
  if (ctx.referenceDate === null) return "";
  const ref = formatDate(ctx.referenceDate);
  return { fr: ` au ${ref}`, nl: ` op ${ref}`, en: ` on ${ref}` }[l];
}

// ---- DIR-01 --------------------------------------------------------------------------------

/** The article that says who runs the form, where the law is the reason. */
function managementBasis(form: LegalFormInfo | null): Localized {
  switch (form?.id) {
    case "srl":
      return basis(codeArticle("5:70"));
    case "sc":
      return basis(codeArticle("6:56"));
    case "sa":
      return basis(codeArticle("7:85 §1"), codeArticle("7:101"));
    case "asbl":
      return basis(codeArticle("9:5"));
    default:
      return { fr: "", nl: "", en: "" };
  }
}

/**
 * DIR-01: at least one director in force on the reference date (a manager in a partnership; a
 * liquidator, or failing one a director, for a company in liquidation). A partnership with no named
 * manager is legal (the partners manage): a warning. Not for sole proprietors or foreign branches.
 */
function atLeastOne(v: View): Finding[] {
  const { ctx } = v;
  if (ctx.soleProprietor !== false || v.family === "foreign-branch") return [];
  const candidates = v.mandates.filter((m) => runs(m) || m.role === "liquidator");
  if (candidates.some((m) => m.inForce)) return [];
  const listed = ctx.directors.some((d) => RUNS.has(roleOf(ctx, d)) || roleOf(ctx, d) === "liquidator");
  const source = sourceOf(
    ctx,
    ctx.directors.map((d) => d.row),
  );
  const target = cellTarget("directors", null, null);
  const fix = whereToFix(listed ? "update" : "complete", source);
  const partnership = v.family === "partnership";
  const severity = partnership ? "warning" : "error";
  const what = localized((l) => {
    const on = onDate(ctx, l);
    if (v.liquidation) {
      return {
        fr: `Aucun liquidateur ni administrateur n'est en fonction${on}.`,
        nl: `Er is geen vereffenaar of bestuurder in functie${on}.`,
        en: `No liquidator or director is in office${on}.`,
      }[l];
    }
    if (partnership && v.form) {
      const f = formName(v.form, l);
      return listed
        ? {
            fr: `Aucun gérant de cette ${f} n'est en fonction${on}.`,
            nl: `Geen enkele zaakvoerder van deze ${f} is in functie${on}.`,
            en: `No manager of the partnership is in office${on}.`,
          }[l]
        : {
            fr: `Aucun gérant n'est repris pour cette ${f}.`,
            nl: `Er is geen zaakvoerder opgenomen voor deze ${f}.`,
            en: "No manager is listed for the partnership.",
          }[l];
    }
    if (v.family === "association" || v.family === "foundation") {
      const association = v.family === "association";
      const of = association
        ? { fr: "de l'association", nl: "van de vereniging", en: "of the association" }
        : { fr: "de la fondation", nl: "van de stichting", en: "of the foundation" };
      const forIt = association
        ? { fr: "pour l'association", nl: "voor de vereniging", en: "for the association" }
        : { fr: "pour la fondation", nl: "voor de stichting", en: "for the foundation" };
      return listed
        ? {
            fr: `Aucun administrateur ${of.fr} n'est en fonction${on}.`,
            nl: `Geen enkele bestuurder ${of.nl} is in functie${on}.`,
            en: `No director ${of.en} is in office${on}.`,
          }[l]
        : {
            fr: `Aucun administrateur n'est repris ${forIt.fr}.`,
            nl: `Er is geen bestuurder opgenomen ${forIt.nl}.`,
            en: `No director is listed ${forIt.en}.`,
          }[l];
    }
    return listed
      ? { fr: `Aucun administrateur n'est en fonction${on}.`, nl: `Geen enkele bestuurder is in functie${on}.`, en: `No director is in office${on}.` }[l]
      : { fr: "Aucun administrateur n'est repris.", nl: "Er is geen bestuurder opgenomen.", en: "No director is listed." }[l];
  });
  const why = whyOne(v);
  return [finding("DIR-01", severity, target, source, sentences(what, why, fix))];
}

function whyOne(v: View): Localized {
  if (v.liquidation) {
    return {
      fr: "Une société en liquidation est représentée par son ou ses liquidateurs ; tant qu'aucun n'est nommé, par ses administrateurs.",
      nl: "Een vennootschap in vereffening wordt vertegenwoordigd door haar vereffenaar(s); zolang er geen benoemd is, door haar bestuurders.",
      en: "A company in liquidation is represented by its liquidator(s); until one is appointed, by its directors.",
    };
  }
  if (v.family === "partnership") {
    const general = v.form?.id === "scomm";
    return localized(
      (l) =>
        ({
          fr: `Sans gérant désigné, ce sont ${general ? "les associés commandités" : "les associés"} qui gèrent ; si un gérant a été nommé, il manque dans les données. Vérifiez la convention de société.`,
          nl: `Zonder aangestelde zaakvoerder besturen ${general ? "de beherende vennoten" : "de vennoten"} samen; als er een zaakvoerder benoemd is, ontbreekt hij in de gegevens. Controleer de vennootschapsovereenkomst.`,
          en: `Without a named manager the ${general ? "general partners" : "partners"} manage it; if a manager was appointed, it is missing from the data. Check the partnership agreement.`,
        })[l],
    );
  }
  const b = managementBasis(v.form);
  if (v.family === "association" || v.family === "foundation") {
    const association = v.family === "association";
    return localized(
      (l) =>
        ({
          fr: `${association ? "Une association" : "Une fondation"} est administrée et représentée par son organe d'administration, qui doit compter des administrateurs en fonction${b.fr}.`,
          nl: `${association ? "Een vereniging" : "Een stichting"} wordt bestuurd en vertegenwoordigd door haar bestuursorgaan, dat bestuurders in functie moet tellen${b.nl}.`,
          en: `${association ? "An association" : "A foundation"} is run and represented by its board (organe d'administration, bestuursorgaan), which must have directors in office${b.en}.`,
        })[l],
    );
  }
  if (v.family === "company") {
    return localized(
      (l) =>
        ({
          fr: `Une société est administrée et représentée par au moins un administrateur${b.fr}.`,
          nl: `Een vennootschap wordt bestuurd en vertegenwoordigd door minstens één bestuurder${b.nl}.`,
          en: `A company is run and represented by at least one director${b.en}.`,
        })[l],
    );
  }
  return {
    fr: "Une société ou une association est administrée et représentée par au moins un administrateur.",
    nl: "Een vennootschap of vereniging wordt bestuurd en vertegenwoordigd door minstens één bestuurder.",
    en: "A company or association is run and represented by at least one director.",
  };
}

// ---- DIR-02, DIR-03, DIR-12 (art. 2:55) ----------------------------------------------------

const ART_2_55 = codeArticle("2:55");

/** Several names in one cell: "A; B", "A et B", "A / B"… */
function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:;|\n|\s\/\s|\s&\s|\s\+\s|\set\s|\sen\s|\sand\s)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** The AdminPulse mandate behind an imported row. */
function mandateOf(ctx: Context, d: DirectorRow) {
  if (d.row.link === null || !ctx.company) return undefined;
  return ctx.company.directors.find((m) => m && m.link === d.row.link);
}

/** The kind of a permanent representative named in a cell: from the relations table, else AdminPulse. */
function representativeKind(ctx: Context, d: DirectorRow, representative: string): PersonKind | null {
  const relation = ctx.relationByName(representative);
  if (relation?.kind) return relation.kind;
  const key = nameKey(representative, null);
  const company = ctx.company;
  const mandate = mandateOf(ctx, d);
  const party = company && mandate?.representativeId ? company.parties.find((p) => p && p.adminPulseId === mandate.representativeId) : undefined;
  if (party && nameKey(party.name, null) === key) return party.kind;
  return null;
}

/** Rows art. 2:55 applies to: not the representatives' own rows, not liquidators. */
function underArticle255(m: Mandate): boolean {
  return m.role !== "permanent-representative" && m.role !== "liquidator";
}

/** DIR-02 (legal-person director: exactly one permanent representative) and DIR-03 (a natural person). */
function representatives(v: View): Finding[] {
  const { ctx } = v;
  const findings: Finding[] = [];
  for (const m of v.mandates) {
    if (!underArticle255(m)) continue;
    const d = m.d;
    const noun = nounOf(v, m);
    const source = rowSource(d.row);
    const target = cellTarget("directors", d.row, "representative");
    const names = d.representative === null ? [] : splitNames(d.representative);
    const asNoun = localized((l) => ({ fr: NOUNS[noun].fr[2], nl: NOUNS[noun].nl, en: NOUNS[noun].en })[l]);
    if (d.kind === "legal" && names.length === 0) {
      findings.push(
        finding(
          "DIR-02",
          "error",
          target,
          source,
          sentences(
            localized(
              (l) =>
                ({
                  fr: `${titled(noun, d, l)} est une personne morale mais n'a pas de représentant permanent.`,
                  nl: `${titled(noun, d, l)} is een rechtspersoon maar heeft geen vaste vertegenwoordiger.`,
                  en: `${titled(noun, d, l)} is a legal person but has no permanent representative.`,
                })[l],
            ),
            localized(
              (l) =>
                ({
                  fr: `Une personne morale qui est ${asNoun.fr} doit désigner une personne physique comme représentant permanent${basis(ART_2_55).fr}.`,
                  nl: `Een rechtspersoon die ${asNoun.nl} is, moet een natuurlijke persoon als vaste vertegenwoordiger aanduiden${basis(ART_2_55).nl}.`,
                  en: `A legal person that is a ${asNoun.en} must appoint one natural person as its permanent representative${basis(ART_2_55).en}.`,
                })[l],
            ),
            whereToFix("complete", source),
          ),
        ),
      );
    } else if (d.kind === "legal" && names.length > 1) {
      findings.push(
        finding(
          "DIR-02",
          "error",
          target,
          source,
          sentences(
            localized(
              (l) =>
                ({
                  fr: `${titled(noun, d, l)} a plus d'un représentant permanent (${list(names, l)}).`,
                  nl: `${titled(noun, d, l)} heeft meer dan één vaste vertegenwoordiger (${list(names, l)}).`,
                  en: `${titled(noun, d, l)} has more than one permanent representative (${list(names, l)}).`,
                })[l],
            ),
            localized(
              (l) =>
                ({
                  fr: `Une personne morale qui est ${asNoun.fr} en désigne un seul${basis(ART_2_55).fr}.`,
                  nl: `Een rechtspersoon die ${asNoun.nl} is, duidt er precies één aan${basis(ART_2_55).nl}.`,
                  en: `A legal person that is a ${asNoun.en} appoints exactly one${basis(ART_2_55).en}.`,
                })[l],
            ),
            whereToFix("fix", source),
          ),
        ),
      );
    }
    for (const representative of names) {
      if (representativeKind(ctx, d, representative) !== "legal") continue;
      findings.push(
        finding(
          "DIR-03",
          "error",
          target,
          source,
          sentences(
            localized(
              (l) =>
                ({
                  fr: `Le représentant permanent ${of(noun, d, l)}, ${representative}, n'est pas une personne physique.`,
                  nl: `De vaste vertegenwoordiger ${of(noun, d, l)}, ${representative}, is geen natuurlijke persoon.`,
                  en: `The permanent representative ${of(noun, d, l)}, ${representative}, is not a natural person.`,
                })[l],
            ),
            localized(
              (l) =>
                ({
                  fr: `Un représentant permanent doit être une personne physique${basis(ART_2_55).fr}.`,
                  nl: `Een vaste vertegenwoordiger moet een natuurlijke persoon zijn${basis(ART_2_55).nl}.`,
                  en: `A permanent representative must be a natural person${basis(ART_2_55).en}.`,
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

/**
 * DIR-12: a permanent representative of a legal-person director who also sits on the same board in
 * their own name, over overlapping periods (art. 2:55). The same person: AdminPulse's party, else
 * the same name (a warning: a namesake is possible).
 */
function ownNameAndRepresentative(v: View): Finding[] {
  const { ctx } = v;
  const findings: Finding[] = [];
  const own = v.mandates.filter((m) => runs(m) && m.d.kind !== "legal");
  for (const m of v.mandates) {
    const d = m.d;
    if (d.kind !== "legal" || !runs(m) || d.representative === null) continue;
    const names = splitNames(d.representative);
    const representativeId = mandateOf(ctx, d)?.representativeId ?? null;
    for (const representative of names) {
      const key = nameKey(representative, "natural");
      const same = own.find((o) => {
        if (o.d === d || !overlap(o.d, d)) return false;
        const partyId = mandateOf(ctx, o.d)?.partyId ?? null;
        if (representativeId !== null && partyId !== null) return partyId === representativeId;
        return key !== null && nameKey(o.d.name, "natural") === key;
      });
      if (!same) continue;
      const noun = nounOf(v, m);
      const source = sourceOf(ctx, [d.row, same.d.row]);
      findings.push(
        finding(
          "DIR-12",
          "warning",
          cellTarget("directors", d.row, "representative"),
          source,
          sentences(
            localized(
              (l) =>
                ({
                  fr: `${representative} est ${NOUNS[noun].fr[2]} en son nom propre et aussi représentant permanent ${of(noun, d, l)}.`,
                  nl: `${representative} is ${NOUNS[noun].nl} in eigen naam en ook vaste vertegenwoordiger ${of(noun, d, l)}.`,
                  en: `${representative} is a ${NOUNS[noun].en} in their own name and also the permanent representative ${of(noun, d, l)}.`,
                })[l],
            ),
            localized(
              (l) =>
                ({
                  fr: `Un représentant permanent ne peut siéger dans le même organe à la fois en son nom propre et comme représentant${basis(ART_2_55).fr}.`,
                  nl: `Een vaste vertegenwoordiger kan niet tegelijk in eigen naam en als vertegenwoordiger in hetzelfde orgaan zetelen${basis(ART_2_55).nl}.`,
                  en: `A permanent representative may not sit on the same board both in their own name and as a representative${basis(ART_2_55).en}.`,
                })[l],
            ),
            {
              fr: "Vérifiez qu'il s'agit bien de la même personne ; si oui, l'un des deux mandats doit prendre fin ou un autre représentant être désigné.",
              nl: "Controleer of het om dezelfde persoon gaat; zo ja, moet een van beide mandaten eindigen of een andere vertegenwoordiger worden aangeduid.",
              en: "Check that it is the same person; if so, one of the two mandates must end or another representative be appointed.",
            },
            whereToFix("update", source),
          ),
        ),
      );
    }
  }
  return findings;
}

// ---- DIR-04, DIR-05: the SA ----------------------------------------------------------------

/** The enterprise number the identification table shows (treasury shares are the company's own). */
function ownNumber(ctx: Context): string | null {
  return validNumber(ctx.field("EnterpriseNumber").value)?.digits ?? null;
}

/** Shareholders the sheet shows, each person once, the company itself (treasury shares) left out. */
function shareholderCount(ctx: Context): number {
  const own = ownNumber(ctx);
  return distinctCount(ctx.shareholders.filter((h) => own === null || h.number !== own));
}

/** A sole director (art. 7:101): by its role word, the only director in force, or a former SCA's. */
function soleDirectors(v: View): Set<Mandate> {
  const board = boardInForce(v);
  if (board.some((m) => m.role === "sole-director")) return new Set(board.filter((m) => m.role === "sole-director"));
  if (distinctCount(board.map((m) => m.d)) === 1) return new Set(board);
  return new Set();
}

const ART_7_85_1 = codeArticle("7:85 §1");

/**
 * DIR-04 (warning): an SA's board of fewer than 3 directors in force. Never for a sole director
 * (art. 7:101; one director in force is taken as one), a dual board, or a company in liquidation
 * with a liquidator in force. 2 directors are allowed when the SA was founded by 2 or has at most 2
 * shareholders, until the ordinary meeting after a third is recorded (art. 7:85 §1): silent when
 * the sheet shows at most 2 shareholders; else a warning saying what to verify.
 */
function saBoard(v: View): Finding[] {
  const { ctx, form } = v;
  if (form?.id !== "sa" || v.liquidatorInForce) return [];
  if (v.mandates.some((m) => m.d.roleText !== null && DUAL_BOARD_WORDS.test(normaliseRoleText(m.d.roleText)))) return [];
  const board = boardInForce(v);
  if (board.some((m) => m.role === "sole-director")) return [];
  const directors = distinctCount(board.map((m) => m.d));
  const shareholders = shareholderCount(ctx);
  if (directors !== 2 || shareholders <= 2) return [];
  const source = sourceOf(
    ctx,
    board.map((m) => m.d.row),
  );
  return [
    finding(
      "DIR-04",
      "warning",
      cellTarget("directors", null, null),
      source,
      sentences(
        localized((l) => {
          const n = count(directors, DIRECTOR_WORDS, l);
          const s = count(shareholders, SHAREHOLDER_WORDS, l);
          const on = onDate(ctx, l);
          return {
            fr: `${thisForm(form, l)} compte ${n} en fonction${on}, et la feuille montre ${s}.`,
            nl: `${thisForm(form, l)} telt ${n} in functie${on}, en het blad toont ${s}.`,
            en: `${thisForm(form, l)} has ${n} in office${on}, and the sheet shows ${s}.`,
          }[l];
        }),
        localized(
          (l) =>
            ({
              fr: `Un conseil d'administration compte au moins 3 administrateurs ; 2 suffisent lorsque la SA a été constituée par 2 fondateurs ou n'a pas plus de 2 actionnaires, jusqu'à l'assemblée générale ordinaire qui suit la constatation d'un troisième actionnaire${basis(ART_7_85_1).fr}.`,
              nl: `Een raad van bestuur telt minstens 3 bestuurders; 2 volstaan wanneer de NV door 2 oprichters is opgericht of niet meer dan 2 aandeelhouders heeft, tot de gewone algemene vergadering die volgt op de vaststelling van een derde aandeelhouder${basis(ART_7_85_1).nl}.`,
              en: `A board has at least 3 directors; 2 are enough when the SA was founded by 2 founders or has no more than 2 shareholders, until the ordinary general meeting that follows the recording of a third shareholder${basis(ART_7_85_1).en}.`,
            })[l],
        ),
        {
          fr: "Vérifiez dans le registre des actions depuis quand la SA compte plus de 2 actionnaires : au plus tard à l'assemblée générale ordinaire qui suit, un troisième administrateur doit être nommé.",
          nl: "Controleer in het aandelenregister sinds wanneer de NV meer dan 2 aandeelhouders telt: uiterlijk op de gewone algemene vergadering die daarop volgt, moet een derde bestuurder worden benoemd.",
          en: "Check in the share register since when the SA has had more than 2 shareholders: a third director must be appointed at the latest at the ordinary general meeting that follows.",
        },
        whereToFix("update", source),
      ),
    ),
  ];
}

const ART_7_85 = codeArticle("7:85");
const ART_7_101 = codeArticle("7:101");

/**
 * DIR-05: an SA board director's mandate lasts at most 6 years and has an end (warning, art. 7:85);
 * for a sole director, whom the articles may appoint for longer, an info: check the articles.
 * Mandates in force on the reference date or starting after it.
 */
function saMandates(v: View): Finding[] {
  const { ctx, form } = v;
  if (form?.id !== "sa") return [];
  const sole = soleDirectors(v);
  const findings: Finding[] = [];
  for (const m of v.mandates) {
    const d = m.d;
    if (!runs(m)) continue;
    if (d.end !== null && ctx.referenceDate !== null && d.end < ctx.referenceDate) continue;
    const tooLong = d.end !== null && d.start !== null && d.start <= d.end && d.end > addYears(d.start, 6);
    if (d.end !== null && !tooLong) continue;
    const source = rowSource(d.row);
    const target = cellTarget("directors", d.row, "end");
    const noun: Noun = sole.has(m) ? "sole-director" : "director";
    const what = localized((l) => {
      if (d.end === null) {
        return {
          fr: `Le mandat ${of(noun, d, l)} n'a pas de date de fin.`,
          nl: `Het mandaat ${of(noun, d, l)} heeft geen einddatum.`,
          en: `The mandate ${of(noun, d, l)} has no end date.`,
        }[l];
      }
      const s = formatDate(d.start!);
      const e = formatDate(d.end);
      return {
        fr: `Le mandat ${of(noun, d, l)} court du ${s} au ${e}, soit plus de 6 ans.`,
        nl: `Het mandaat ${of(noun, d, l)} loopt van ${s} tot ${e}, meer dan 6 jaar.`,
        en: `The mandate ${of(noun, d, l)} runs from ${s} to ${e}, more than 6 years.`,
      }[l];
    });
    if (sole.has(m)) {
      findings.push(
        finding(
          "DIR-05",
          "info",
          target,
          source,
          sentences(
            what,
            localized(
              (l) =>
                ({
                  fr: `Un administrateur unique peut être nommé dans les statuts, pour la durée qu'ils fixent${basis(ART_7_101).fr} ; le plafond de 6 ans vaut pour les membres d'un conseil d'administration${basis(ART_7_85).fr}.`,
                  nl: `Een enige bestuurder kan in de statuten benoemd worden, voor de duur die ze bepalen${basis(ART_7_101).nl}; de grens van 6 jaar geldt voor de leden van een raad van bestuur${basis(ART_7_85).nl}.`,
                  en: `A sole director may be appointed in the articles of association, for the term they set${basis(ART_7_101).en}; the 6-year limit applies to the members of a board${basis(ART_7_85).en}.`,
                })[l],
            ),
            { fr: "Vérifiez les statuts.", nl: "Controleer de statuten.", en: "Check the articles of association." },
          ),
        ),
      );
      continue;
    }
    findings.push(
      finding(
        "DIR-05",
        "warning",
        target,
        source,
        sentences(
          what,
          localized(
            (l) =>
              ({
                fr: `Dans ${formWithArticle(form, l)}, un administrateur est nommé pour 6 ans au plus, renouvelables${basis(ART_7_85).fr}.`,
                nl: `In ${formWithArticle(form, l)} wordt een bestuurder benoemd voor hoogstens 6 jaar, hernieuwbaar${basis(ART_7_85).nl}.`,
                en: `In ${formWithArticle(form, l)} a director is appointed for at most 6 years, renewable${basis(ART_7_85).en}.`,
              })[l],
          ),
          d.end === null
            ? {
                fr: "Vérifiez la décision de nomination et enregistrez la date de fin.",
                nl: "Controleer het benoemingsbesluit en vul de einddatum in.",
                en: "Check the appointment decision and record the end date.",
              }
            : {
                fr: "Vérifiez la décision de nomination et corrigez les dates.",
                nl: "Controleer het benoemingsbesluit en corrigeer de datums.",
                en: "Check the appointment decision and correct the dates.",
              },
          whereToFix(d.end === null ? "complete" : "fix", source),
        ),
      ),
    );
  }
  return findings;
}

// ---- DIR-06 --------------------------------------------------------------------------------

/**
 * DIR-06 (info): a mandate in force on the reference date that ends at or before the next general
 * meeting, with no renewal recorded: its renewal or a successor belongs on that meeting's agenda.
 * Never advice to remove anyone. Silent without a meeting date, and for foundations (no meeting).
 */
function renewals(v: View): Finding[] {
  const { ctx } = v;
  const meeting = ctx.meetingDate;
  if (meeting === null || ctx.referenceDate === null || v.family === "foundation") return [];
  const groups = groupPeople(v.mandates.map((m) => m.d));
  const findings: Finding[] = [];
  v.mandates.forEach((m, i) => {
    const d = m.d;
    if (!runs(m) || !m.inForce || d.end === null || d.end > meeting) return;
    const end = d.end;
    const renewed = v.mandates.some(
      (o, j) =>
        j !== i &&
        groups[j] === groups[i] &&
        runs(o) &&
        o.d.start !== null &&
        o.d.start <= addDays(end, 1) &&
        o.d.start >= (d.start ?? o.d.start) &&
        (o.d.end === null || o.d.end > end),
    );
    if (renewed) return;
    const noun = nounOf(v, m);
    const source = rowSource(d.row);
    const e = formatDate(end);
    const g = formatDate(meeting);
    findings.push(
      finding(
        "DIR-06",
        "info",
        cellTarget("directors", d.row, "end"),
        source,
        sentences(
          localized(
            (l) =>
              ({
                fr: `Le mandat ${of(noun, d, l)} prend fin le ${e}, au plus tard à la prochaine assemblée générale (${g}).`,
                nl: `Het mandaat ${of(noun, d, l)} eindigt op ${e}, uiterlijk op de volgende algemene vergadering (${g}).`,
                en: `The mandate ${of(noun, d, l)} ends on ${e}, at or before the next general meeting (${g}).`,
              })[l],
          ),
          {
            fr: "Son renouvellement ou la nomination d'un successeur est à inscrire à l'ordre du jour de cette assemblée.",
            nl: "De hernieuwing of de benoeming van een opvolger hoort op de agenda van die vergadering.",
            en: "Its renewal or the appointment of a successor belongs on that meeting's agenda.",
          },
          source === "manual"
            ? {
                fr: "Une fois la décision prise, mettez le mandat à jour dans la feuille (ajouté à la main).",
                nl: "Werk het mandaat na de beslissing bij in het blad (manueel toegevoegd).",
                en: "Once decided, update the mandate in the sheet (added by hand).",
              }
            : {
                fr: "Une fois la décision prise, mettez le mandat à jour dans AdminPulse, puis synchronisez à nouveau.",
                nl: "Werk het mandaat na de beslissing bij in AdminPulse en synchroniseer daarna opnieuw.",
                en: "Once decided, update the mandate in AdminPulse, then sync again.",
              },
        ),
      ),
    );
  });
  return findings;
}

// ---- DIR-07: associations and foundations --------------------------------------------------

/**
 * DIR-07: an ASBL has at least 3 directors in force (art. 9:5): 1 is an error, 2 a warning (allowed
 * while it has fewer than 3 members); a foundation fewer than 3: a warning (art. 11:6, to confirm).
 * Not for an AISBL (per its articles), nor with none at all (DIR-01's), nor with a liquidator in force.
 */
function associationBoard(v: View): Finding[] {
  const { ctx, form } = v;
  if (!form || v.liquidatorInForce) return [];
  const asbl = form.id === "asbl";
  const foundation = form.id === "private-foundation" || form.id === "public-foundation";
  if (!asbl && !foundation) return [];
  const board = boardInForce(v);
  const n = distinctCount(board.map((m) => m.d));
  if (n === 0 || n >= 3) return [];
  const severity = asbl && n === 1 ? "error" : "warning";
  const source = sourceOf(
    ctx,
    board.map((m) => m.d.row),
  );
  const what = localized((l) => {
    const on = onDate(ctx, l);
    const c = count(n, DIRECTOR_WORDS, l);
    const subject = asbl
      ? { fr: "L'association", nl: "De vereniging", en: "The association" }
      : { fr: "La fondation", nl: "De stichting", en: "The foundation" };
    return {
      fr: plural("fr", n, {
        one: () => `${subject.fr} n'a qu'un administrateur en fonction${on}.`,
        other: () => `${subject.fr} n'a que ${c} en fonction${on}.`,
      }),
      nl: `${subject.nl} heeft maar ${c} in functie${on}.`,
      en: `${subject.en} has only ${c} in office${on}.`,
    }[l];
  });
  const rule = asbl
    ? localized(
        (l) =>
          ({
            fr: `L'organe d'administration d'une ASBL compte au moins 3 administrateurs, ou 2 lorsqu'elle a moins de 3 membres${basis(codeArticle("9:5")).fr}.`,
            nl: `Het bestuursorgaan van een VZW telt minstens 3 bestuurders, of 2 wanneer ze minder dan 3 leden heeft${basis(codeArticle("9:5")).nl}.`,
            en: `The board (organe d'administration, bestuursorgaan) of an ASBL/VZW has at least 3 directors, or 2 when it has fewer than 3 members${basis(codeArticle("9:5")).en}.`,
          })[l],
      )
    : localized(
        (l) =>
          ({
            fr: `L'organe d'administration d'une fondation compte en principe au moins 3 administrateurs${basis(codeArticle("11:6")).fr}.`,
            nl: `Het bestuursorgaan van een stichting telt in principe minstens 3 bestuurders${basis(codeArticle("11:6")).nl}.`,
            en: `A foundation's board (organe d'administration, bestuursorgaan) normally has at least 3 directors${basis(codeArticle("11:6")).en}.`,
          })[l],
      );
  const verify: Localized | null =
    severity === "error"
      ? null
      : asbl
        ? {
            fr: "Vérifiez que l'association compte moins de 3 membres (registre des membres) ; sinon, un troisième administrateur doit être nommé.",
            nl: "Controleer of de vereniging minder dan 3 leden telt (ledenregister); zo niet, moet een derde bestuurder worden benoemd.",
            en: "Check that the association has fewer than 3 members (register of members); if not, a third director must be appointed.",
          }
        : {
            fr: "Vérifiez les statuts et la composition de l'organe d'administration.",
            nl: "Controleer de statuten en de samenstelling van het bestuursorgaan.",
            en: "Check the articles of association and the board's composition.",
          };
  return [
    finding(
      "DIR-07",
      severity,
      cellTarget("directors", null, null),
      source,
      verify === null ? sentences(what, rule, whereToFix("update", source)) : sentences(what, rule, verify, whereToFix("update", source)),
    ),
  ];
}

// ---- DIR-08 --------------------------------------------------------------------------------

/** Pre-2019 forms were converted by law on 1 January 2024 at the latest. */
const CONVERSION_DATE = "2024-01-01";

/**
 * DIR-08: gérant/zaakvoerder only in a partnership (SNC, SComm, société simple); administrateur /
 * bestuurder elsewhere. On a pre-2019 form the old word fitted: silent for a year that ended before
 * the conversion date; after it, the point is that the company is now of the new form.
 */
function wording(v: View): Finding[] {
  const { ctx } = v;
  const shown = ctx.legalForm;
  const form = v.form;
  if (!shown || !form) return [];
  const converted = shown.preCsa && shown.id !== form.id;
  if (converted && (ctx.referenceDate === null || ctx.referenceDate < CONVERSION_DATE)) return [];
  const expected = v.family === "partnership" ? "manager" : "director";
  const findings: Finding[] = [];
  for (const m of v.mandates) {
    const d = m.d;
    const used = managementWording(d.roleText);
    if (used === null || used === expected) continue;
    const source = rowSource(d.row);
    const word = d.roleText ?? "";
    findings.push(
      finding(
        "DIR-08",
        "warning",
        cellTarget("directors", d.row, "role"),
        source,
        sentences(
          localized((l) => {
            const q = quote(word, l);
            if (converted) {
              const old = formName(shown, l);
              const now = formWithArticle(form, l);
              const right =
                expected === "director"
                  ? {
                      fr: "où le terme est « administrateur » ; « gérant » ne s'emploie plus que dans une SNC, une SComm ou une société simple",
                      nl: "waar het woord ‘bestuurder’ is; ‘zaakvoerder’ wordt alleen nog gebruikt in een VOF, CommV of maatschap",
                      en: "where the word is “director” (administrateur, bestuurder); “manager” (gérant, zaakvoerder) is now used only in an SNC/VOF, SComm/CommV or simple partnership",
                    }
                  : {
                      fr: "où ceux qui la gèrent sont des « gérants », pas des « administrateurs »",
                      nl: "waar wie ze bestuurt ‘zaakvoerder’ is, geen ‘bestuurder’",
                      en: "where the people who run it are “managers” (gérants, zaakvoerders), not “directors” (administrateurs, bestuurders)",
                    };
              return {
                fr: `${name(d, l)} figure comme ${q} : cette ${old} est désormais ${now} (conversion de plein droit, au plus tard le 1er janvier 2024), ${right.fr}.`,
                nl: `${name(d, l)} staat vermeld als ${q}: deze ${old} is nu ${now} (omzetting van rechtswege, uiterlijk op 1 januari 2024), ${right.nl}.`,
                en: `${name(d, l)} is listed as ${q}: this ${old} is now ${now} (converted by law on 1 January 2024 at the latest), ${right.en}.`,
              }[l];
            }
            const a = formWithArticle(form, l);
            if (used === "manager") {
              return {
                fr: `${name(d, l)} figure comme ${q}, ce qui ne convient pas à ${a} : depuis le Code de 2019, « gérant » ne s'emploie que dans une SNC, une SComm ou une société simple ; ici, le terme est « administrateur ».`,
                nl: `${name(d, l)} staat vermeld als ${q}, wat niet past bij ${a}: sinds het Wetboek van 2019 wordt ‘zaakvoerder’ alleen gebruikt in een VOF, CommV of maatschap; hier is het ‘bestuurder’.`,
                en: `${name(d, l)} is listed as ${q}, which does not fit ${a}: since the 2019 Code, “manager” (gérant, zaakvoerder) is used only in an SNC/VOF, SComm/CommV or simple partnership; here the word is “director” (administrateur, bestuurder).`,
              }[l];
            }
            return {
              fr: `${name(d, l)} figure comme ${q}, ce qui ne convient pas à ${a} : ceux qui la gèrent sont des « gérants », pas des « administrateurs ».`,
              nl: `${name(d, l)} staat vermeld als ${q}, wat niet past bij ${a}: wie ze bestuurt, is ‘zaakvoerder’, geen ‘bestuurder’.`,
              en: `${name(d, l)} is listed as ${q}, which does not fit ${a}: the people who run it are “managers” (gérants, zaakvoerders), not “directors” (administrateurs, bestuurders).`,
            }[l];
          }),
          whereToFix("fix", source),
        ),
      ),
    );
  }
  return findings;
}

// ---- DIR-11 --------------------------------------------------------------------------------

/** DIR-11: start after end; the same person twice in the same role with overlapping periods (history aside). */
function consistency(v: View): Finding[] {
  const { ctx } = v;
  const findings: Finding[] = [];
  const rows = v.mandates.map((m) => m.d);
  for (const d of rows) {
    if (d.start === null || d.end === null || d.start <= d.end) continue;
    const source = rowSource(d.row);
    const s = formatDate(d.start);
    const e = formatDate(d.end);
    findings.push(
      finding(
        "DIR-11",
        "warning",
        cellTarget("directors", d.row, "start"),
        source,
        sentences(
          localized(
            (l) =>
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

  const groups = groupPeople(rows);
  const roleKey = (d: DirectorRow) => d.role ?? (d.roleText === null ? "" : `text:${normaliseRoleText(d.roleText)}`);
  const flagged = new Set<number>();
  rows.forEach((d, i) => {
    if (d.name === null && d.number === null) return;
    for (let j = 0; j < i; j++) {
      const other = rows[j]!;
      if (groups[j] !== groups[i] || roleKey(other) !== roleKey(d) || !overlap(other, d) || flagged.has(i)) continue;
      flagged.add(i);
      const source = sourceOf(ctx, [other.row, d.row]);
      findings.push(
        finding(
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
