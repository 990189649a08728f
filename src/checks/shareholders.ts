// SH-01 … SH-05: who owns the company, as the shareholders table shows it.

import type { Language, Localized } from "../i18n/language";
import { displayName, formWithArticle } from "./common";
import { type Context, type HolderRow, cellTarget, groupPeople, makeFinding, rowSource, sourceOf } from "./context";
import { formatNumber, formatPercent, localized, quote, sentences, whereToFix } from "./messages";
import type { Finding } from "./types";
import { isNumber } from "./values";

/** ±0.01 percentage point, as a fraction. */
const TOLERANCE = 0.0001;
const EPSILON = 1e-9;

type Measure = "shares" | "votes";

export function shareholderChecks(ctx: Context): Finding[] {
  return [...totals(ctx), ...sharesTotal(ctx), ...rows(ctx), ...none(ctx), ...ubo(ctx)];
}

function name(h: HolderRow, l: Language): string {
  return displayName(h.name, l);
}

/**
 * A holding's percentage as a fraction: the cell when it holds a number; else, for shares, the
 * shares over the company's total when AdminPulse gave it. Null when unknown; NaN for junk.
 */
function fractionOf(ctx: Context, h: HolderRow, measure: Measure): number | null {
  const cell = measure === "shares" ? h.percentShares : h.percentVotes;
  if (cell !== null) return cell;
  const part = measure === "shares" ? h.shares : h.votes;
  const total = measure === "shares" ? ctx.company?.company.totalShares : ctx.company?.company.totalVotes;
  return isNumber(part) && typeof total === "number" && Number.isFinite(total) && total > 0 ? part / total : null;
}

/** SH-01: percentages total 100 % (±0.01), for shares and for votes; silent when one is unknown. */
function totals(ctx: Context): Finding[] {
  if (ctx.shareholders.length === 0) return [];
  const findings: Finding[] = [];
  for (const measure of ["shares", "votes"] as const) {
    const fractions = ctx.shareholders.map((h) => fractionOf(ctx, h, measure));
    if (!fractions.every(isNumber)) continue;
    const sum = fractions.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) <= TOLERANCE) continue;
    const source = sourceOf(
      ctx,
      ctx.shareholders.map((h) => h.row),
    );
    findings.push(
      makeFinding(
        "SH-01",
        "error",
        cellTarget("shareholders", null, measure === "shares" ? "percentShares" : "percentVotes"),
        source,
        sentences(
          localized((l) => {
            const p = formatPercent(sum, l);
            const hundred = formatPercent(1, l);
            return measure === "shares"
              ? {
                  fr: `Les pourcentages d'actions des actionnaires totalisent ${p}, et non ${hundred}.`,
                  nl: `De aandelenpercentages van de aandeelhouders komen samen op ${p}, niet op ${hundred}.`,
                  en: `The shareholders' percentages of shares add up to ${p}, not ${hundred}.`,
                }[l]
              : {
                  fr: `Les pourcentages de droits de vote des actionnaires totalisent ${p}, et non ${hundred}.`,
                  nl: `De stemrechtpercentages van de aandeelhouders komen samen op ${p}, niet op ${hundred}.`,
                  en: `The shareholders' percentages of votes add up to ${p}, not ${hundred}.`,
                }[l];
          }),
          measure === "shares"
            ? {
                fr: "Chaque action doit appartenir à un actionnaire : une participation manque ou est fausse.",
                nl: "Elk aandeel moet aan een aandeelhouder toebehoren: er ontbreekt een deelneming of er is er een fout.",
                en: "Every share must belong to a shareholder: a holding is missing or wrong.",
              }
            : {
                fr: "Chaque droit de vote doit appartenir à un actionnaire : une participation manque ou est fausse.",
                nl: "Elk stemrecht moet aan een aandeelhouder toebehoren: er ontbreekt een deelneming of er is er een fout.",
                en: "Every vote must belong to a shareholder: a holding is missing or wrong.",
              },
          whereToFix("update", source),
        ),
      ),
    );
  }
  return findings;
}

/** SH-02: the shares listed add up to the company's total shares (known only from AdminPulse). */
function sharesTotal(ctx: Context): Finding[] {
  const total = ctx.company?.company.totalShares;
  if (typeof total !== "number" || !Number.isFinite(total) || total <= 0 || ctx.shareholders.length === 0) return [];
  const shares = ctx.shareholders.map((h) => h.shares);
  if (!shares.every(isNumber)) return [];
  const sum = shares.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - total) <= EPSILON * Math.max(1, total)) return [];
  const source = sourceOf(
    ctx,
    ctx.shareholders.map((h) => h.row),
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
          return {
            fr: `Les actionnaires détiennent ${s} actions au total, mais la société compte ${t} actions (selon AdminPulse).`,
            nl: `De aandeelhouders hebben samen ${s} aandelen, maar de vennootschap telt ${t} aandelen (volgens AdminPulse).`,
            en: `The shareholders hold ${s} shares in total, but the company has ${t} shares (according to AdminPulse).`,
          }[l];
        }),
        {
          fr: "Chaque action doit figurer au registre des actions : une participation manque ou est fausse.",
          nl: "Elk aandeel moet in het aandelenregister staan: er ontbreekt een deelneming of er is er een fout.",
          en: "Every share must appear in the share register: a holding is missing or wrong.",
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

/** SH-03: zero, negative or non-numeric shares; a percentage outside 0–100; no name. */
function rows(ctx: Context): Finding[] {
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
              nl: "Elke deelneming moet haar houder vermelden.",
              en: "Every holding must name its holder.",
            },
            whereToFix("complete", source),
          ),
        ),
      );
    }
    if (h.shares !== null && Number.isNaN(h.shares)) {
      const shown = String(h.row.cells.shares ?? "");
      findings.push(
        makeFinding(
          "SH-03",
          "error",
          cellTarget("shareholders", h.row, "shares"),
          source,
          sentences(
            localized((l) =>
              ({
                fr: `Le nombre d'actions de ${name(h, l)}, ${quote(shown, l)}, n'est pas un nombre : les participations ne peuvent pas être totalisées.`,
                nl: `Het aantal aandelen van ${name(h, l)}, ${quote(shown, l)}, is geen getal: de deelnemingen kunnen niet worden opgeteld.`,
                en: `The number of shares of ${name(h, l)}, ${quote(shown, l)}, is not a number, so the holdings cannot be totalled.`,
              })[l],
            ),
            whereToFix("fix", source),
          ),
        ),
      );
    } else if (isNumber(h.shares) && h.shares <= 0) {
      const shares = h.shares;
      findings.push(
        makeFinding(
          "SH-03",
          "error",
          cellTarget("shareholders", h.row, "shares"),
          source,
          sentences(
            localized((l) =>
              ({
                fr: `${name(h, l)} détient ${formatNumber(shares, l)} actions : une participation doit être un nombre positif d'actions.`,
                nl: `${name(h, l)} heeft ${formatNumber(shares, l)} aandelen: een deelneming moet een positief aantal aandelen zijn.`,
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
                fr: `Le pourcentage ${of} de ${name(h, l)} est de ${p}, hors de 0–100 %.`,
                nl: `Het percentage ${of} van ${name(h, l)} bedraagt ${p}, buiten 0–100 %.`,
                en: `The percentage of ${of} of ${name(h, l)} is ${p}, outside 0–100%.`,
              }[l];
            }),
            {
              fr: "Un pourcentage est la participation divisée par le total de la société.",
              nl: "Een percentage is de deelneming gedeeld door het totaal van de vennootschap.",
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
function none(ctx: Context): Finding[] {
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
        localized((l) =>
          ({
            fr: `Aucun actionnaire n'est repris, alors qu'${formWithArticle(form, l)} a des actions.`,
            nl: `Er zijn geen aandeelhouders opgenomen, terwijl ${formWithArticle(form, l)} aandelen heeft.`,
            en: `No shareholders are listed, yet ${formWithArticle(form, l)} has shares.`,
          })[l],
        ),
        {
          fr: "Le registre des actions, les pourcentages et les contrôles UBO en ont besoin.",
          nl: "Het aandelenregister, de percentages en de UBO-controles hebben ze nodig.",
          en: "The share register, the percentages and the UBO checks need them.",
        },
        whereToFix("complete", source),
      ),
    ),
  ];
}

/** SH-05: a natural person above 25 % of shares or votes (their holdings together): a UBO candidate. */
function ubo(ctx: Context): Finding[] {
  const groups = groupPeople(ctx.shareholders);
  const byGroup = new Map<number, HolderRow[]>();
  ctx.shareholders.forEach((h, i) => byGroup.set(groups[i]!, [...(byGroup.get(groups[i]!) ?? []), h]));
  const findings: Finding[] = [];
  for (const holdings of byGroup.values()) {
    const first = holdings[0]!;
    if (!holdings.some((h) => h.kind === "natural") || holdings.some((h) => h.kind === "legal")) continue;
    const sumOf = (measure: Measure) =>
      holdings.reduce((sum, h) => {
        const f = fractionOf(ctx, h, measure);
        return isNumber(f) && f > 0 ? sum + f : sum;
      }, 0);
    const shares = sumOf("shares");
    const votes = sumOf("votes");
    const measure: Measure | null = shares > 0.25 + EPSILON ? "shares" : votes > 0.25 + EPSILON ? "votes" : null;
    if (measure === null) continue;
    const fraction = measure === "shares" ? shares : votes;
    findings.push(
      makeFinding(
        "SH-05",
        "info",
        cellTarget("shareholders", first.row, measure === "shares" ? "percentShares" : "percentVotes"),
        sourceOf(
          ctx,
          holdings.map((h) => h.row),
        ),
        localized((l) => {
          const p = formatPercent(fraction, l);
          const what = { shares: { fr: "des actions", nl: "de aandelen", en: "the shares" }, votes: { fr: "des droits de vote", nl: "de stemrechten", en: "the votes" } }[measure][l];
          const quarter = formatPercent(0.25, l);
          return {
            fr: `${name(first, l)} détient ${p} ${what} : une personne physique au-delà de ${quarter} est un bénéficiaire effectif (UBO) potentiel. Vérifiez que le registre UBO est à jour ; les changements doivent y être inscrits dans le mois.`,
            nl: `${name(first, l)} heeft ${p} van ${what}: een natuurlijke persoon boven ${quarter} is een mogelijke uiteindelijke begunstigde (UBO). Controleer of het UBO-register bijgewerkt is; wijzigingen moeten er binnen een maand in staan.`,
            en: `${name(first, l)} holds ${p} of ${what}: a natural person above ${quarter} is a candidate ultimate beneficial owner (UBO). Check that the UBO register is up to date; changes must be recorded within a month.`,
          }[l];
        }),
      ),
    );
  }
  return findings;
}
