// SH-01 … SH-04: who owns the company, as the shareholders table shows it, with the ownership
// rights of the rules page ("Ownership rights"): full plus bare ownership make the share total;
// usufruct bears on shares already counted; the votes are cast by full owners and, for shares in
// usufruct, by the usufructuary unless the data gives them to the bare owner; treasury shares are
// counted in the share total and their votes suspended.

import type { Language, Localized } from "../i18n/language";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { castsVotes, type OwnershipRight } from "../permanent-data/model";
import { displayName, formWithArticle } from "./common";
import { type Context, type HolderRow, cellTarget, makeFinding, nameKey, rowSource, sourceOf } from "./context";
import { basis, codeArticle } from "./law";
import { formatNumber, formatPercent, localized, quote, sentences, whereToFix } from "./messages";
import type { Finding } from "./types";
import { isNumber } from "./values";

/** ±0.01 percentage point, as a fraction. */
const TOLERANCE = 0.0001;
/** Below this, two fractions are equal (rounding of the sheet's percentages). */
export const EPSILON = 1e-9;

export type Measure = "shares" | "votes";

/** A holding with what the rules need beyond the row: whether the company holds it itself, whether its votes count. */
export interface Holding {
  h: HolderRow;
  treasury: boolean;
  casts: boolean;
}

export function shareholderChecks(ctx: Context): Finding[] {
  const holdings = holdingsOf(ctx);
  return [...totals(ctx, holdings), ...sharesTotal(ctx, holdings), ...invalidShareholderRows(ctx), ...missingShareholders(ctx)];
}

function name(h: HolderRow, l: Language): string {
  return displayName(h.name, l);
}

export function holdingsOf(ctx: Context): Holding[] {
  const treasury = ctx.shareholders.map((h) => isTreasury(ctx, h));
  const usufructRecordsVotes = ctx.shareholders.some(
    (h) => h.right === "usufruct" && ((isNumber(h.votes) && h.votes > 0) || (isNumber(h.percentVotes) && h.percentVotes > 0)),
  );
  return ctx.shareholders.map((h, i) => ({ h, treasury: treasury[i]!, casts: castsVotes(h.right, treasury[i]!, usufructRecordsVotes) }));
}

/**
 * Shares the company holds itself: the row's AdminPulse party is the company, or (a row typed by
 * hand) it carries the company's enterprise number, or a legal person's name that is the company's.
 */
function isTreasury(ctx: Context, h: HolderRow): boolean {
  const own = ctx.company?.company.adminPulseId ?? null;
  const party = ctx.partyOf("shareholders", h.row.link);
  if (party && own !== null) return party.adminPulseId === own;
  if (h.kind === "natural") return false;
  const number = normaliseEnterpriseNumber(ctx.field("EnterpriseNumber").text);
  if (number !== null && h.number !== null) return h.number === number;
  const company = nameKey(ctx.field("CompanyName").text, "legal");
  return company !== null && h.kind === "legal" && nameKey(h.name, "legal") === company;
}

/** The votes the company's own shares carry, suspended: their recorded votes, else one per share. */
function suspendedVotes(holdings: readonly Holding[]): number {
  return holdings.filter((x) => x.treasury).reduce((sum, { h }) => sum + Math.max(0, isNumber(h.votes) ? h.votes : isNumber(h.shares) ? h.shares : 0), 0);
}

/**
 * A holding's percentage as a fraction: the cell when it holds a number; else its shares over the
 * company's total shares, or its votes over the votes that can be cast (the total less the
 * suspended votes of treasury shares), when AdminPulse gave the total. Null when unknown; NaN for junk.
 */
export function fractionOf(ctx: Context, holdings: readonly Holding[], h: HolderRow, measure: Measure): number | null {
  const cell = measure === "shares" ? h.percentShares : h.percentVotes;
  if (cell !== null) return cell;
  const part = measure === "shares" ? h.shares : h.votes;
  const recorded = measure === "shares" ? ctx.company?.company.totalShares : ctx.company?.company.totalVotes;
  if (typeof recorded !== "number" || !Number.isFinite(recorded)) return null;
  const total = measure === "shares" ? recorded : recorded - suspendedVotes(holdings);
  return isNumber(part) && total > 0 ? part / total : null;
}

/** Whether any row holds a right other than full ownership: the messages then say how the totals count. */
function splitOwnership(holdings: readonly Holding[]): boolean {
  return holdings.some(({ h }) => h.right !== "full");
}

const USUFRUCT_VOTES: Localized = {
  fr: "Le droit de vote des actions grevées d'usufruit est exercé par l'usufruitier, sauf si les statuts en disposent autrement",
  nl: "Het stemrecht van aandelen in vruchtgebruik wordt uitgeoefend door de vruchtgebruiker, tenzij de statuten anders bepalen",
  en: "The votes of shares held in usufruct are cast by the usufructuary unless the articles of association say otherwise",
};

/** The usufructuary casts the votes unless the articles say otherwise: for an SRL, art. 5:22; check the articles. */
function usufructVotesRule(ctx: Context): Localized {
  const cite = ctx.effectiveForm?.id === "srl" ? basis(codeArticle("5:22")) : null;
  return localized(
    (l) =>
      `${USUFRUCT_VOTES[l]}${cite ? cite[l] : ""}. ${{ fr: "Vérifiez les statuts.", nl: "Controleer de statuten.", en: "Check the articles of association." }[l]}`,
  );
}

/** SH-01: shares in full and bare ownership total 100 % (±0.01); the votes cast total 100 %; silent when one is unknown. */
function totals(ctx: Context, holdings: readonly Holding[]): Finding[] {
  if (holdings.length === 0) return [];
  const split = splitOwnership(holdings);
  const treasury = holdings.some((x) => x.treasury);
  const findings: Finding[] = [];
  for (const measure of ["shares", "votes"] as const) {
    const counted = holdings.filter((x) => (measure === "shares" ? x.h.right !== "usufruct" : x.casts));
    if (counted.length === 0) continue;
    const fractions = counted.map((x) => fractionOf(ctx, holdings, x.h, measure));
    if (!fractions.every(isNumber)) continue;
    const sum = fractions.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) <= TOLERANCE) continue;
    const source = sourceOf(
      ctx,
      counted.map((x) => x.h.row),
    );
    const what = localized((l) => {
      const p = formatPercent(sum, l);
      const hundred = formatPercent(1, l);
      if (measure === "shares") {
        return split
          ? {
              fr: `Les pourcentages d'actions en pleine propriété et en nue-propriété totalisent ${p}, et non ${hundred} (l'usufruit porte sur des actions déjà comptées : il n'est pas additionné).`,
              nl: `De aandelenpercentages in volle en blote eigendom bedragen samen ${p}, niet ${hundred} (het vruchtgebruik slaat op aandelen die al meetellen en wordt niet opgeteld).`,
              en: `The percentages of shares held in full and bare ownership add up to ${p}, not ${hundred} (usufruct bears on shares already counted and is not added).`,
            }[l]
          : {
              fr: `Les pourcentages d'actions des actionnaires totalisent ${p}, et non ${hundred}.`,
              nl: `De aandelenpercentages van de aandeelhouders bedragen samen ${p}, niet ${hundred}.`,
              en: `The shareholders' percentages of shares add up to ${p}, not ${hundred}.`,
            }[l];
      }
      if (split || treasury) {
        const excluded = {
          fr: [
            split ? "l'usufruitier plutôt que le nu-propriétaire" : null,
            treasury ? "sans les actions propres de la société, dont les droits de vote sont suspendus" : null,
          ],
          nl: [
            split ? "de vruchtgebruiker in plaats van de blote eigenaar" : null,
            treasury ? "zonder de eigen aandelen van de vennootschap, waarvan het stemrecht geschorst is" : null,
          ],
          en: [split ? "the usufructuary rather than the bare owner" : null, treasury ? "without the company's own shares, whose votes are suspended" : null],
        }[l]
          .filter(Boolean)
          .join("; ");
        return {
          fr: `Les pourcentages de droits de vote de ceux qui les exercent (${excluded}) totalisent ${p}, et non ${hundred}.`,
          nl: `De stemrechtpercentages van wie het stemrecht uitoefent (${excluded}) bedragen samen ${p}, niet ${hundred}.`,
          en: `The percentages of votes of those who cast them (${excluded}) add up to ${p}, not ${hundred}.`,
        }[l];
      }
      return {
        fr: `Les pourcentages de droits de vote des actionnaires totalisent ${p}, et non ${hundred}.`,
        nl: `De stemrechtpercentages van de aandeelhouders bedragen samen ${p}, niet ${hundred}.`,
        en: `The shareholders' percentages of votes add up to ${p}, not ${hundred}.`,
      }[l];
    });
    findings.push(
      makeFinding(
        "SH-01",
        "error",
        cellTarget("shareholders", null, measure === "shares" ? "percentShares" : "percentVotes"),
        source,
        sentences(
          what,
          measure === "votes" && split ? usufructVotesRule(ctx) : { fr: "", nl: "", en: "" },
          measure === "shares"
            ? {
                fr: "Chaque action doit appartenir à un actionnaire : une participation manque ou est fausse.",
                nl: "Elk aandeel moet aan een aandeelhouder toebehoren: er ontbreekt aandelenbezit of er is een fout.",
                en: "Every share must belong to a shareholder: a holding is missing or wrong.",
              }
            : {
                fr: "Chaque droit de vote doit appartenir à un actionnaire, et n'être compté qu'une fois : une participation manque ou est fausse.",
                nl: "Elk stemrecht moet aan een aandeelhouder toebehoren en één keer meetellen: er ontbreekt aandelenbezit of er is een fout.",
                en: "Every vote must belong to a shareholder and be counted once: a holding is missing or wrong.",
              },
          whereToFix("update", source),
        ),
      ),
    );
  }
  return findings;
}

/** SH-02: the shares in full and bare ownership add up to the company's total shares (known only from AdminPulse). */
function sharesTotal(ctx: Context, holdings: readonly Holding[]): Finding[] {
  const total = ctx.company?.company.totalShares;
  const counted = holdings.filter((x) => x.h.right !== "usufruct");
  if (typeof total !== "number" || !Number.isFinite(total) || total <= 0 || counted.length === 0) return [];
  const shares = counted.map((x) => x.h.shares);
  if (!shares.every(isNumber)) return [];
  const sum = shares.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - total) <= EPSILON * Math.max(1, total)) return [];
  const split = splitOwnership(holdings);
  const source = sourceOf(
    ctx,
    counted.map((x) => x.h.row),
  );
  return [
    makeFinding(
      "SH-02",
      "warning",
      cellTarget("shareholders", null, "shares"),
      source,
      sentences(
        localized((l) => {
          const s = formatNumber(sum, l);
          const t = formatNumber(total, l);
          return split
            ? {
                fr: `Les actionnaires détiennent ${s} actions en pleine propriété et en nue-propriété, mais la société compte ${t} actions (selon AdminPulse).`,
                nl: `De aandeelhouders hebben samen ${s} aandelen in volle en blote eigendom, maar de vennootschap telt ${t} aandelen (volgens AdminPulse).`,
                en: `The shareholders hold ${s} shares in full and bare ownership, but the company has ${t} shares (according to AdminPulse).`,
              }[l]
            : {
                fr: `Les actionnaires détiennent ${s} actions au total, mais la société compte ${t} actions (selon AdminPulse).`,
                nl: `De aandeelhouders hebben samen ${s} aandelen, maar de vennootschap telt ${t} aandelen (volgens AdminPulse).`,
                en: `The shareholders hold ${s} shares in total, but the company has ${t} shares (according to AdminPulse).`,
              }[l];
        }),
        {
          fr: "Chaque action doit figurer au registre des actions : vérifiez le registre ; une participation manque ou est fausse.",
          nl: "Elk aandeel moet in het aandelenregister staan: controleer het register; er ontbreekt aandelenbezit of er is een fout.",
          en: "Every share must appear in the share register: check the register; a holding is missing or wrong.",
        },
        whereToFix("update", source),
      ),
    ),
  ];
}

const PERCENT_OF: Readonly<Record<Measure, Localized>> = {
  shares: { fr: "d'actions", nl: "aandelen", en: "shares" },
  votes: { fr: "de droits de vote", nl: "stemrechten", en: "votes" },
};

/** SH-03: negative or non-numeric shares; zero shares held in plain full ownership; a percentage outside 0–100; no name. */
function invalidShareholderRows(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const h of ctx.shareholders) {
    const source = rowSource(h.row);
    if (h.name === null) {
      findings.push(
        makeFinding(
          "SH-03",
          "error",
          cellTarget("shareholders", h.row, "name"),
          source,
          sentences(
            {
              fr: "Une ligne d'actionnaire n'a pas de nom.",
              nl: "Een aandeelhoudersrij heeft geen naam.",
              en: "A shareholder row has no name.",
            },
            {
              fr: "Chaque participation doit nommer son titulaire.",
              nl: "Bij elk aandelenbezit moet de houder vermeld staan.",
              en: "Every holding must name its holder.",
            },
            whereToFix("complete", source),
          ),
        ),
      );
    }
    // A row recording usufruct, bare ownership or a partner may carry no shares of its own; a
    // holding in full ownership with none is no holding.
    const zeroAllowed = h.right !== "full" || h.partner !== null;
    if (h.shares !== null && Number.isNaN(h.shares)) {
      const shown = String(h.row.cells.shares ?? "");
      findings.push(
        makeFinding(
          "SH-03",
          "error",
          cellTarget("shareholders", h.row, "shares"),
          source,
          sentences(
            localized(
              (l) =>
                ({
                  fr: `Le nombre d'actions de ${name(h, l)}, ${quote(shown, l)}, n'est pas un nombre : les participations ne peuvent pas être totalisées.`,
                  nl: `Het aantal aandelen van ${name(h, l)}, ${quote(shown, l)}, is geen getal: het aandelenbezit kan niet worden opgeteld.`,
                  en: `The number of shares of ${name(h, l)}, ${quote(shown, l)}, is not a number, so the holdings cannot be totalled.`,
                })[l],
            ),
            whereToFix("fix", source),
          ),
        ),
      );
    } else if (isNumber(h.shares) && (h.shares < 0 || (h.shares === 0 && !zeroAllowed))) {
      const shares = h.shares;
      findings.push(
        makeFinding(
          "SH-03",
          "error",
          cellTarget("shareholders", h.row, "shares"),
          source,
          sentences(
            localized(
              (l) =>
                ({
                  fr: `${name(h, l)} détient ${formatNumber(shares, l)} actions : une participation doit être un nombre positif d'actions.`,
                  nl: `${name(h, l)} heeft ${formatNumber(shares, l)} aandelen: aandelenbezit moet een positief aantal aandelen zijn.`,
                  en: `${name(h, l)} holds ${formatNumber(shares, l)} shares: a holding must be a positive number of shares.`,
                })[l],
            ),
            whereToFix("fix", source),
          ),
        ),
      );
    }
    for (const measure of ["shares", "votes"] as const) {
      const column = measure === "shares" ? "percentShares" : "percentVotes";
      const value = measure === "shares" ? h.percentShares : h.percentVotes;
      if (value === null) continue;
      const junk = Number.isNaN(value);
      if (!junk && value >= -EPSILON && value <= 1 + EPSILON) continue;
      const shown = junk ? String(h.row.cells[column] ?? "") : "";
      findings.push(
        makeFinding(
          "SH-03",
          "error",
          cellTarget("shareholders", h.row, column),
          source,
          sentences(
            localized((l) => {
              const of = PERCENT_OF[measure][l];
              if (junk) {
                return {
                  fr: `Le pourcentage ${of} de ${name(h, l)}, ${quote(shown, l)}, n'est pas un nombre.`,
                  nl: `Het percentage ${of} van ${name(h, l)}, ${quote(shown, l)}, is geen getal.`,
                  en: `The percentage of ${of} of ${name(h, l)}, ${quote(shown, l)}, is not a number.`,
                }[l];
              }
              const p = formatPercent(value, l);
              return {
                fr: `Le pourcentage ${of} de ${name(h, l)} est de ${p}, hors de 0–100\u00a0%.`,
                nl: `Het percentage ${of} van ${name(h, l)} bedraagt ${p}, buiten 0–100\u00a0%.`,
                en: `The percentage of ${of} of ${name(h, l)} is ${p}, outside 0–100%.`,
              }[l];
            }),
            {
              fr: "Un pourcentage est la participation divisée par le total de la société.",
              nl: "Een percentage is het aandelenbezit gedeeld door het totaal van de vennootschap.",
              en: "A percentage is the holding divided by the company's total.",
            },
            whereToFix("fix", source),
          ),
        ),
      );
    }
  }
  return findings;
}

/** SH-04: a company with shares (SRL, SA, SC) and no shareholders listed. */
function missingShareholders(ctx: Context): Finding[] {
  const form = ctx.effectiveForm;
  if (ctx.soleProprietor !== false || !form?.hasShares || ctx.shareholders.length > 0) return [];
  const source = ctx.sheetSource;
  return [
    makeFinding(
      "SH-04",
      "warning",
      cellTarget("shareholders", null, null),
      source,
      sentences(
        localized(
          (l) =>
            ({
              fr: `Aucun actionnaire n'est repris, alors qu'${formWithArticle(form, l)} est une société à actions.`,
              nl: `Er zijn geen aandeelhouders opgenomen, terwijl ${formWithArticle(form, l)} een vennootschap met aandelen is.`,
              en: `No shareholders are listed, yet ${formWithArticle(form, l)} is a company with shares.`,
            })[l],
        ),
        {
          fr: "Le registre des actions, les pourcentages et les contrôles UBO en ont besoin : reprenez les actionnaires du registre des actions.",
          nl: "Het aandelenregister, de percentages en de UBO-controles hebben ze nodig: neem de aandeelhouders uit het aandelenregister over.",
          en: "The share register, the percentages and the UBO checks need them: take the shareholders from the share register.",
        },
        whereToFix("complete", source),
      ),
    ),
  ];
}

/** " en usufruit" / " in vruchtgebruik" / " in usufruct": a right other than full ownership, after what it bears on. */
export const RIGHT_WORDS: Readonly<Record<Exclude<OwnershipRight, "full">, Localized>> = {
  usufruct: { fr: " en usufruit", nl: " in vruchtgebruik", en: " in usufruct" },
  bare: { fr: " en nue-propriété", nl: " in blote eigendom", en: " in bare ownership" },
};
