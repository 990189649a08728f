// REL-01 … REL-04: the people and companies behind the roles.

import type { Language, Localized } from "../i18n/language";
import { analyseEnterpriseNumber, normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { analyseNationalNumber, normaliseNationalNumber } from "../identifiers/national-number";
import { type DuplicateReason, findDuplicates } from "../permanent-data/duplicates";
import type { PersonKind } from "../permanent-data/model";
import { displayName, ENTERPRISE_NUMBER_REASONS } from "./common";
import {
  type Context,
  type PersonRow,
  type RelationRow,
  cellTarget,
  isBelgium,
  makeFinding,
  nameKey,
  nationalNumberText,
  rowSource,
  sourceOf,
} from "./context";
import { localized, quote, sentences, whereToFix } from "./messages";
import type { CheckTable, Finding, FindingSource } from "./types";
import { isBlank, text } from "./values";

export function relationChecks(ctx: Context): Finding[] {
  return [...duplicates(ctx), ...addedByHand(ctx), ...nationalNumbers(ctx), ...enterpriseNumbers(ctx)];
}

const REASONS: Readonly<Record<DuplicateReason, Localized>> = {
  "enterprise-number": { fr: "même numéro d'entreprise", nl: "zelfde ondernemingsnummer", en: "same enterprise number" },
  "national-number": { fr: "même numéro de registre national", nl: "zelfde rijksregisternummer", en: "same national register number" },
  "name-and-postal-code": { fr: "même nom et même code postal", nl: "zelfde naam en postcode", en: "same name and postal code" },
};

function sameWhat(kind: PersonKind | null): Localized {
  if (kind === "natural") return { fr: "la même personne", nl: "dezelfde persoon", en: "the same person" };
  if (kind === "legal") return { fr: "la même société", nl: "dezelfde vennootschap", en: "the same company" };
  return { fr: "la même relation", nl: "dezelfde relatie", en: "the same relation" };
}

const MERGE: Readonly<Record<"imported" | "manual", Localized>> = {
  imported: {
    fr: "À fusionner dans AdminPulse, puis synchroniser à nouveau.",
    nl: "Samen te voegen in AdminPulse, daarna opnieuw synchroniseren.",
    en: "Merge them in AdminPulse, then sync again.",
  },
  manual: {
    fr: "Copie ajoutée à la main\u00a0: à supprimer de la feuille si c'est la même, sinon à corriger.",
    nl: "Manueel toegevoegde kopie: uit het blad te verwijderen als het dezelfde is, anders te corrigeren.",
    en: "The copy added by hand: remove it from the sheet if it is the same, otherwise correct it.",
  },
};

/** REL-01: the same enterprise number, national number, or normalised name at the same postal code. */
function duplicates(ctx: Context): Finding[] {
  const rows = ctx.relations;
  const found = findDuplicates(
    rows.map((r) => ({
      name: r.name,
      enterpriseNumber: text(r.enterpriseNumber),
      nationalNumber: text(r.nationalNumber),
      postalCode: r.postalCode,
      legal: r.kind === null ? null : r.kind === "legal",
    })),
  );
  return found.map((d) => {
    const dup = rows[d.index]!;
    const of = rows[d.of]!;
    const source = sourceOf(ctx, [of.row, dup.row]);
    return makeFinding(
      "REL-01",
      "warning",
      cellTarget("relations", dup.row, "name"),
      source,
      sentences(
        localized((l) => {
          const same = sameWhat(dup.kind ?? of.kind)[l];
          const a = displayName(dup.name, l);
          const b = displayName(of.name, l);
          const why = REASONS[d.reason][l];
          return {
            fr: `${a} semble être ${same} que ${b} (${why}).`,
            nl: `${a} lijkt ${same} te zijn als ${b} (${why}).`,
            en: `${a} appears to be ${same} as ${b} (${why}).`,
          }[l];
        }),
        {
          fr: "Une relation en double répartit les fonctions et les données d'une même personne sur deux fiches.",
          nl: "Een dubbele relatie verdeelt de functies en gegevens van één persoon over twee fiches.",
          en: "A duplicate relation splits one person's roles and data over two records.",
        },
        MERGE[source === "imported" ? "imported" : "manual"],
      ),
    );
  });
}

const ADDED_BY_HAND: Readonly<Record<CheckTable, (name: string, l: Language) => string>> = {
  identification: () => "",
  relations: (n, l) =>
    ({
      fr: `La relation ${n} a été ajoutée à la main et ne figure pas dans AdminPulse\u00a0: ajoutez-la dans AdminPulse pour que les autres dossiers du bureau la voient, ou gardez-la ici si c'est voulu.`,
      nl: `De relatie ${n} werd manueel toegevoegd en staat niet in AdminPulse: voeg ze daar toe zodat de andere dossiers van het kantoor ze zien, of behoud ze hier als dat zo bedoeld is.`,
      en: `The relation ${n} was added by hand and is not in AdminPulse: add it there so that the office's other files see it, or keep it here if that is intended.`,
    })[l],
  directors: (n, l) =>
    ({
      fr: `L'administrateur ${n} a été ajouté à la main et ne figure pas dans AdminPulse\u00a0: ajoutez ce mandat dans AdminPulse pour que les autres dossiers du bureau le voient, ou gardez-le ici si c'est voulu.`,
      nl: `Bestuurder ${n} werd manueel toegevoegd en staat niet in AdminPulse: voeg het mandaat daar toe zodat de andere dossiers van het kantoor het zien, of behoud het hier als dat zo bedoeld is.`,
      en: `The director ${n} was added by hand and is not in AdminPulse: add the mandate there so that the office's other files see it, or keep it here if that is intended.`,
    })[l],
  shareholders: (n, l) =>
    ({
      fr: `L'actionnaire ${n} a été ajouté à la main et ne figure pas dans AdminPulse\u00a0: ajoutez cette participation dans AdminPulse pour que les autres dossiers du bureau la voient, ou gardez-la ici si c'est voulu.`,
      nl: `Aandeelhouder ${n} werd manueel toegevoegd en staat niet in AdminPulse: voeg het aandelenbezit daar toe zodat de andere dossiers van het kantoor het zien, of behoud het hier als dat zo bedoeld is.`,
      en: `The shareholder ${n} was added by hand and is not in AdminPulse: add the holding there so that the office's other files see it, or keep it here if that is intended.`,
    })[l],
  auditors: (n, l) =>
    ({
      fr: `Le commissaire ${n} a été ajouté à la main et ne figure pas dans AdminPulse\u00a0: ajoutez ce mandat dans AdminPulse pour que les autres dossiers du bureau le voient, ou gardez-le ici si c'est voulu.`,
      nl: `Commissaris ${n} werd manueel toegevoegd en staat niet in AdminPulse: voeg het mandaat daar toe zodat de andere dossiers van het kantoor het zien, of behoud het hier als dat zo bedoeld is.`,
      en: `The statutory auditor ${n} was added by hand and is not in AdminPulse: add the mandate there so that the office's other files see it, or keep it here if that is intended.`,
    })[l],
};

/**
 * REL-02: rows added by hand (no AdminPulse link) in the relations, directors, shareholders and
 * auditors tables. A manual relation that is an AdminPulse party (same valid number, or same name)
 * is not reported: REL-01 reports it as a duplicate when it is one.
 */
function addedByHand(ctx: Context): Finding[] {
  const known = new Set<string>();
  for (const r of ctx.relations) {
    if (r.row.link === null) continue;
    if (r.number !== null) known.add(`#${r.number}`);
    const key = nameKey(r.name, r.kind);
    if (key !== null) known.add(key);
  }
  for (const p of ctx.company?.parties ?? []) {
    if (!p || typeof p !== "object") continue;
    for (const n of [p.enterpriseNumber, p.nationalNumber]) if (typeof n === "string" && n !== "") known.add(`#${n}`);
    const key = typeof p.name === "string" ? nameKey(p.name, p.kind ?? null) : null;
    if (key !== null) known.add(key);
  }
  const inAdminPulse = (r: RelationRow) => (r.number !== null && known.has(`#${r.number}`)) || known.has(nameKey(r.name, r.kind) ?? "\u0000");

  const tables: [CheckTable, readonly PersonRow[]][] = [
    ["directors", ctx.directors],
    ["shareholders", ctx.shareholders],
    ["auditors", ctx.auditors],
    ["relations", ctx.relations.filter((r) => !inAdminPulse(r))],
  ];
  return tables.flatMap(([table, rows]) =>
    rows
      .filter((p) => p.row.link === null)
      .map((p) =>
        makeFinding(
          "REL-02",
          "info",
          cellTarget(table, p.row, "name"),
          "manual",
          localized((l) => ADDED_BY_HAND[table](displayName(p.name, l), l)),
        ),
      ),
  );
}

interface NumberCandidate {
  person: PersonRow;
  table: CheckTable;
  column: string;
  value: string | number;
}

/** Identifier cells of the role tables and number cells of the relations table, relations first. */
function candidates(ctx: Context, kind: PersonKind): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  const column = kind === "natural" ? "nationalNumber" : "enterpriseNumber";
  for (const r of ctx.relations) {
    const value = kind === "natural" ? r.nationalNumber : r.enterpriseNumber;
    // The relations table names its number columns: a number there is read as what the column says.
    if ((r.kind === kind || r.kind === null) && usable(value)) out.push({ person: r, table: "relations", column, value });
  }
  for (const [table, rows] of [
    ["directors", ctx.directors],
    ["shareholders", ctx.shareholders],
    ["auditors", ctx.auditors],
  ] as const) {
    for (const p of rows) if (p.kind === kind && usable(p.identifier)) out.push({ person: p, table, column: "identifier", value: p.identifier });
  }
  return out;
}

function usable(value: unknown): value is string | number {
  return (typeof value === "string" || typeof value === "number") && !isBlank(value);
}

const WRONG_NUMBER_HARMS: Localized = {
  fr: "Un numéro erroné confond les personnes et est refusé par les registres officiels comme le registre UBO.",
  nl: "Een fout nummer verwart personen en wordt geweigerd door officiële registers zoals het UBO-register.",
  en: "A wrong number mixes up people and is refused by official registers such as the UBO register.",
};

/** What to verify about the number of a person whose address is abroad. */
function foreignPerson(name: string, l: Language): string {
  return {
    fr: `L'adresse de ${name} est à l'étranger\u00a0: un numéro d'identification étranger n'a pas à réussir ce contrôle belge\u00a0; s'il s'agit d'un numéro de registre national ou bis belge, vérifiez-le sur une pièce d'identité.`,
    nl: `Het adres van ${name} ligt in het buitenland: een buitenlands identificatienummer hoeft deze Belgische controle niet te doorstaan; is het een Belgisch rijksregister- of bisnummer, controleer het dan aan de hand van een identiteitsdocument.`,
    en: `The address of ${name} is abroad: a foreign identification number need not pass this Belgian check; if it is a Belgian national register or bis number, check it against an identity document.`,
  }[l];
}

/**
 * REL-03: a national register number that fails its check digits (each number once; never quoted:
 * personal data). An error for a person with a Belgian address (or none known); a warning for a
 * person whose address is abroad, who may hold a foreign identification number instead.
 */
function nationalNumbers(ctx: Context): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const c of candidates(ctx, "natural")) {
    const key = normaliseNationalNumber(c.value) ?? String(c.value).trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const analysis = analyseNationalNumber(nationalNumberText(c.value));
    if (analysis.valid) continue;
    const source: FindingSource = rowSource(c.person.row);
    const problem = analysis.problem;
    const foreign = abroad(ctx, c);
    findings.push(
      makeFinding(
        "REL-03",
        foreign ? "warning" : "error",
        cellTarget(c.table, c.person.row, c.column),
        source,
        sentences(
          localized((l) => {
            const n = displayName(c.person.name, l);
            if (problem === "check-digits") {
              return {
                fr: `Le numéro de registre national de ${n} a des chiffres de contrôle erronés.`,
                nl: `Het rijksregisternummer van ${n} heeft foute controlecijfers.`,
                en: `The national register number of ${n} fails its check digits.`,
              }[l];
            }
            if (problem === "birth-date") {
              return {
                fr: `Le numéro de registre national de ${n} ne contient pas de date de naissance possible.`,
                nl: `Het rijksregisternummer van ${n} bevat geen mogelijke geboortedatum.`,
                en: `The national register number of ${n} does not hold a possible birth date.`,
              }[l];
            }
            return {
              fr: `Le numéro de registre national de ${n} ne compte pas 11 chiffres.`,
              nl: `Het rijksregisternummer van ${n} telt geen 11 cijfers.`,
              en: `The national register number of ${n} does not have 11 digits.`,
            }[l];
          }),
          foreign ? localized((l) => foreignPerson(displayName(c.person.name, l), l)) : WRONG_NUMBER_HARMS,
          whereToFix("fix", source),
        ),
      ),
    );
  }
  return findings;
}

/**
 * The party's address (AdminPulse's country, else the relations table's one-line address) is
 * abroad: a foreign number is not a Belgian enterprise number to check, nor surely a Belgian
 * national register number.
 */
function abroad(ctx: Context, c: NumberCandidate): boolean {
  const party = ctx.partyOf(c.table, c.person.row.link);
  if (party) return !isBelgium(party.address?.country ?? null);
  if (c.table === "relations") return (c.person as RelationRow).foreign;
  return ctx.relationByName(c.person.name)?.foreign ?? false;
}

/** REL-04: a legal person's Belgian enterprise number that fails its check digits (each number once). */
function enterpriseNumbers(ctx: Context): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const c of candidates(ctx, "legal")) {
    if (abroad(ctx, c)) continue;
    const key = normaliseEnterpriseNumber(c.value) ?? String(c.value).trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const analysis = analyseEnterpriseNumber(c.value);
    if (analysis.problem === null || analysis.problem === "empty") continue;
    const reason = ENTERPRISE_NUMBER_REASONS[analysis.problem];
    const source: FindingSource = rowSource(c.person.row);
    const shown = String(c.value).trim();
    findings.push(
      makeFinding(
        "REL-04",
        "error",
        cellTarget(c.table, c.person.row, c.column),
        source,
        sentences(
          localized((l) => {
            const n = displayName(c.person.name, l);
            return {
              fr: `Le numéro d'entreprise ${quote(shown, l)} de ${n} n'est pas valable\u00a0: ${reason.fr}.`,
              nl: `Het ondernemingsnummer ${quote(shown, l)} van ${n} is ongeldig: ${reason.nl}.`,
              en: `The enterprise number ${quote(shown, l)} of ${n} is not valid: ${reason.en}.`,
            }[l];
          }),
          {
            fr: "Un tel numéro ne renvoie à aucune société, et les dépôts qui le mentionnent sont refusés.",
            nl: "Zo'n nummer verwijst naar geen enkele vennootschap, en neerleggingen die het vermelden worden geweigerd.",
            en: "Such a number points to no company, and filings that give it are refused.",
          },
          whereToFix("fix", source),
        ),
      ),
    );
  }
  return findings;
}
