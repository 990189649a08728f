// SH-05 and UBO-01 … UBO-03: the company's ultimate beneficial owners (law of 18 September 2017,
// art. 4, 27°), as far as the data shows them, compared with the beneficiaries AdminPulse registers.
//
// Companies: a natural person holding more than 25 % of the shares or of the votes, directly (the
// shareholders table) or through holding companies (their owners as AdminPulse holds them, at most
// three levels: a holding the person controls, by a majority of its votes, passes its whole stake;
// otherwise the percentages multiply), and anyone AdminPulse links as controlling the company by
// other means. Usufructuary and bare owner are both assessed, each on the shares his right bears
// on; votes count for whoever casts them. Nobody qualifying, the senior managing official is
// registered. Associations and foundations have no 25 % test: their directors (and the persons
// representing them, the daily managers, founders and beneficiaries) are their beneficial owners.
//
// One finding per person: UBO-01 when AdminPulse does not register a beneficial owner as a
// beneficiary, else SH-05 (a reminder). Without AdminPulse's data ("Run checks" without a sync)
// only the direct holdings are known and nobody's registration: SH-05 alone.

import type { Localized } from "../i18n/language";
import { entityFamily } from "../permanent-data/legal-forms";
import { type OwnershipRight, type Party, castsVotes } from "../permanent-data/model";
import { displayName, theEntity } from "./common";
import { type Context, type DirectorRow, type HolderRow, type PersonRow, cellTarget, groupPeople, inForceOn, makeFinding, nameKey, sourceOf } from "./context";
import { UBO_LAW } from "./law";
import { formatPercent, list, localized } from "./messages";
import { EPSILON, type Holding, type Measure, RIGHT_WORDS, fractionOf, holdingsOf } from "./shareholders";
import type { Finding } from "./types";
import { isNumber } from "./values";

const QUARTER = 0.25;
/** Rules page, SH-05: "at most 3 levels" of holdings below the company. */
const MAX_LEVELS = 3;
/** The share total is known when the full and bare ownership shown add up to 100 % within this. */
const COMPLETE = 0.0001;

/** Somebody who may be a beneficial owner, with what makes him one. */
interface Candidate {
  name: string | null;
  partyIds: Set<string>;
  numbers: Set<string>;
  /** Rows of the shareholders table that are his own holdings. */
  rows: HolderRow[];
  shares: number;
  votes: number;
  rights: Set<OwnershipRight>;
  /** The first holding row his indirect stake goes through, and the holdings' names on that path. */
  via: { row: HolderRow; names: string[] } | null;
  /** AdminPulse links him as controlling the company by other means. */
  control: boolean;
}

export function uboChecks(ctx: Context): Finding[] {
  if (ctx.soleProprietor === true) return [];
  const family = ctx.effectiveForm ? entityFamily(ctx.effectiveForm) : null;
  if (family === "association" || family === "foundation") return associationOwners(ctx, family);
  return companyOwners(ctx);
}

// ---- Companies -------------------------------------------------------------------------------

function companyOwners(ctx: Context): Finding[] {
  const holdings = holdingsOf(ctx);
  const { candidates, determined } = candidatesOf(ctx, holdings);
  const owners = candidates.filter((c) => c.control || c.shares > QUARTER + EPSILON || c.votes > QUARTER + EPSILON);
  const ownership = ctx.company?.beneficialOwnership ?? null;
  const findings = owners.map((c) => ownerFinding(ctx, c, ownership ? isRegistered(ctx, c) : null));
  if (!ownership || !determined) return findings;
  const seniors = owners.length === 0 ? seniorOfficials(ctx) : [];
  if (owners.length === 0) findings.push(nobodyQualifies(ctx, seniors));
  for (const id of ownership.registered) {
    const party = partyById(ctx, id);
    if (!party) continue;
    const same = (c: Pick<Candidate, "name" | "partyIds" | "numbers">) => samePerson(party, c);
    if (owners.some(same) || seniors.some((d) => samePerson(party, { name: d.name, partyIds: partyIdsOf(ctx, d), numbers: numbersOf(d) }))) continue;
    findings.push(noLongerQualifies(ctx, party, owners.length === 0));
  }
  return findings;
}

/**
 * Everyone the shareholders table and AdminPulse's holdings of holdings lead to, with their direct
 * and indirect stakes added up; and whether that is all there is to know: the share total shown is
 * complete, no holding of more than 25 % hides owners AdminPulse does not hold, and the read of the
 * holdings was not cut short.
 */
function candidatesOf(ctx: Context, holdings: readonly Holding[]): { candidates: Candidate[]; determined: boolean } {
  const candidates: Candidate[] = [];
  const find = (name: string | null, partyIds: readonly string[], numbers: readonly string[]): Candidate => {
    const key = nameKey(name, "natural");
    const found = candidates.find(
      (c) =>
        partyIds.some((id) => c.partyIds.has(id)) ||
        numbers.some((n) => c.numbers.has(n)) ||
        (key !== null && nameKey(c.name, "natural") === key && (numbers.length === 0 || c.numbers.size === 0)),
    );
    const candidate = found ?? { name, partyIds: new Set(), numbers: new Set(), rows: [], shares: 0, votes: 0, rights: new Set(), via: null, control: false };
    if (!found) candidates.push(candidate);
    for (const id of partyIds) candidate.partyIds.add(id);
    for (const n of numbers) candidate.numbers.add(n);
    return candidate;
  };

  const ownership = ctx.company?.beneficialOwnership ?? null;
  let determined = ownership?.complete ?? false;
  const fraction = (x: Holding, measure: Measure): number => {
    if (measure === "votes" && !x.casts) return 0;
    const f = fractionOf(ctx, holdings, x.h, measure);
    return isNumber(f) && f > 0 ? f : 0;
  };

  // Direct: the shareholders table, a person's rows together.
  const groups = groupPeople(ctx.shareholders);
  const byGroup = new Map<number, Holding[]>();
  holdings.forEach((x, i) => byGroup.set(groups[i]!, [...(byGroup.get(groups[i]!) ?? []), x]));
  for (const group of byGroup.values()) {
    if (group.some((x) => x.treasury) || !group.some((x) => x.h.kind === "natural") || group.some((x) => x.h.kind === "legal")) continue;
    const first = group[0]!.h;
    const c = find(
      first.name,
      group.flatMap((x) => partyIdsOf(ctx, x.h)),
      group.flatMap((x) => numbersOf(x.h)),
    );
    c.rows.push(...group.map((x) => x.h));
    c.shares += group.reduce((sum, x) => sum + fraction(x, "shares"), 0);
    c.votes += group.reduce((sum, x) => sum + fraction(x, "votes"), 0);
    for (const x of group) c.rights.add(x.h.right);
  }

  // Through holdings: each legal-person row whose owners AdminPulse holds.
  for (const x of holdings) {
    if (x.h.kind !== "legal" || x.treasury) continue;
    const stake = { shares: fraction(x, "shares"), votes: fraction(x, "votes") };
    const party = ctx.partyOf("shareholders", x.h.row.link);
    const owners = party && ownership ? ownership.owners[party.adminPulseId] : undefined;
    if (!party || !owners || owners.length === 0) {
      if (Math.max(stake.shares, stake.votes) > QUARTER + EPSILON) determined = false;
      continue;
    }
    const walk = (holdingId: string, through: { shares: number; votes: number }, names: string[], level: number, seen: ReadonlySet<string>) => {
      const held = ownership!.owners[holdingId] ?? [];
      const usufructRecordsVotes = held.some((o) => o.right === "usufruct" && (o.votes ?? 0) > 0);
      for (const o of held) {
        if (o.treasury) continue;
        const owner = partyById(ctx, o.partyId);
        if (!owner) continue;
        const part = { shares: (o.percentShares ?? 0) / 100, votes: castsVotes(o.right, o.treasury, usufructRecordsVotes) ? (o.percentVotes ?? 0) / 100 : 0 };
        // Control of the holding: a majority of its votes (of its shares when no votes are recorded).
        const controls = (o.percentVotes ?? o.percentShares ?? 0) > 50 + EPSILON;
        const passed = controls ? through : { shares: part.shares * through.shares, votes: part.votes * through.votes };
        if (owner.kind === "natural") {
          const c = find(owner.name, [owner.adminPulseId], owner.nationalNumber ? [owner.nationalNumber] : []);
          c.shares += passed.shares;
          c.votes += passed.votes;
          c.rights.add(o.right);
          c.via ??= { row: x.h, names };
          continue;
        }
        const deeper = ownership!.owners[owner.adminPulseId];
        if (level < MAX_LEVELS && deeper && deeper.length > 0 && !seen.has(owner.adminPulseId)) {
          walk(owner.adminPulseId, passed, [...names, owner.name], level + 1, new Set([...seen, owner.adminPulseId]));
        } else if (Math.max(passed.shares, passed.votes) > QUARTER + EPSILON) {
          determined = false;
        }
      }
    };
    walk(party.adminPulseId, stake, [party.name], 1, new Set([party.adminPulseId]));
  }

  // Control by other means.
  for (const id of ownership?.control ?? []) {
    const party = partyById(ctx, id);
    if (party) find(party.name, [party.adminPulseId], party.nationalNumber ? [party.nationalNumber] : []).control = true;
  }

  const counted = holdings.filter((x) => x.h.right !== "usufruct").map((x) => fractionOf(ctx, holdings, x.h, "shares"));
  const total = counted.every(isNumber) ? counted.reduce((a, b) => a + b, 0) : Number.NaN;
  if (!(Math.abs(total - 1) <= COMPLETE)) determined = false;
  return { candidates, determined };
}

/** SH-05, or UBO-01 when AdminPulse registers no such beneficiary. `registered` null: not known (no sync). */
function ownerFinding(ctx: Context, c: Candidate, registered: boolean | null): Finding {
  const measure: Measure = c.shares > QUARTER + EPSILON || (c.votes <= QUARTER + EPSILON && c.shares >= c.votes) ? "shares" : "votes";
  const fraction = measure === "shares" ? c.shares : c.votes;
  const row = c.rows[0] ?? c.via?.row ?? null;
  const target = row ? cellTarget("shareholders", row.row, measure === "shares" ? "percentShares" : "percentVotes") : null;
  const source = sourceOf(
    ctx,
    [...c.rows, ...(c.via ? [c.via.row] : [])].map((h) => h.row),
  );
  const qualifies = localized((l) => {
    const who = displayName(c.name, l);
    if (fraction <= QUARTER + EPSILON) {
      return {
        fr: `${who} contrôle ${theEntity(ctx.effectiveForm, l)} par d'autres moyens selon AdminPulse : il est bénéficiaire effectif quelle que soit sa participation (${UBO_LAW.fr}).`,
        nl: `${who} heeft volgens AdminPulse op een andere manier zeggenschap over ${theEntity(ctx.effectiveForm, l)}: een uiteindelijke begunstigde, ongeacht het aandelenbezit (${UBO_LAW.nl}).`,
        en: `${who} controls ${theEntity(ctx.effectiveForm, l)} by other means according to AdminPulse: a beneficial owner whatever the holding (${UBO_LAW.en}).`,
      }[l];
    }
    const p = formatPercent(fraction, l);
    const what = {
      shares: { fr: "des actions", nl: "de aandelen", en: "the shares" },
      votes: { fr: "des droits de vote", nl: "de stemrechten", en: "the votes" },
    }[measure][l];
    const only = c.rights.size === 1 ? [...c.rights][0]! : "full";
    const right = measure === "shares" && only !== "full" ? RIGHT_WORDS[only][l] : "";
    const through = c.via ? throughWords(c.via.names, c.rows.length > 0)[l] : "";
    const quarter = formatPercent(QUARTER, l);
    return {
      fr: `${who} détient ${p} ${what}${right}${through} : une personne physique au-delà de ${quarter}, directement ou via des sociétés, est bénéficiaire effectif (UBO ; ${UBO_LAW.fr}).`,
      nl: `${who} heeft ${p} van ${what}${right}${through}: een natuurlijke persoon boven ${quarter}, rechtstreeks of via vennootschappen, is uiteindelijke begunstigde (UBO; ${UBO_LAW.nl}).`,
      en: `${who} holds ${p} of ${what}${right}${through}: a natural person above ${quarter}, directly or through companies, is an ultimate beneficial owner (UBO; ${UBO_LAW.en}).`,
    }[l];
  });
  if (registered === false) {
    return makeFinding(
      "UBO-01",
      "warning",
      target,
      source,
      localized((l) => `${qualifies[l]} ${NOT_REGISTERED[l]}`),
    );
  }
  const reminder: Localized =
    registered === true
      ? {
          fr: "AdminPulse l'enregistre comme bénéficiaire ; vérifiez que le registre UBO le mentionne aussi (changements dans le mois).",
          nl: "AdminPulse registreert die persoon als begunstigde; controleer of het UBO-register dat ook doet (wijzigingen binnen een maand).",
          en: "AdminPulse registers this person as a beneficiary; check that the UBO register does too (changes within a month).",
        }
      : {
          fr: "Vérifiez que le registre UBO est à jour ; les changements doivent y être inscrits dans le mois.",
          nl: "Controleer of het UBO-register bijgewerkt is; wijzigingen moeten er binnen een maand in staan.",
          en: "Check that the UBO register is up to date; changes must be recorded within a month.",
        };
  return makeFinding(
    "SH-05",
    "info",
    target,
    source,
    localized((l) => `${qualifies[l]} ${reminder[l]}`),
  );
}

/**
 * " through Holding NV (held through Invest SA)": the company's own shareholder first, the holdings
 * above it after; "partly" when the person also holds shares directly.
 */
function throughWords(names: readonly string[], partly: boolean): Localized {
  const [first = "", ...above] = names;
  return localized((l) => {
    const lead = partly ? { fr: ", en partie via ", nl: ", deels via ", en: ", partly through " }[l] : { fr: " via ", nl: " via ", en: " through " }[l];
    const held =
      above.length > 0
        ? { fr: ` (détenue via ${list(above, l)})`, nl: ` (aangehouden via ${list(above, l)})`, en: ` (held through ${list(above, l)})` }[l]
        : "";
    return `${lead}${first}${held}`;
  });
}

const NOT_REGISTERED: Localized = {
  fr: "AdminPulse ne l'enregistre pas comme bénéficiaire (lien « Bénéficiaire ») : vérifiez le registre UBO (changements dans le mois), puis ajoutez le lien dans AdminPulse.",
  nl: "AdminPulse registreert die persoon niet als begunstigde (koppeling ‘Begunstigde’): controleer het UBO-register (wijzigingen binnen een maand) en voeg de koppeling toe in AdminPulse.",
  en: "AdminPulse does not register this person as a beneficiary (a “Beneficiary” link): check the UBO register (changes within a month), then add the link in AdminPulse.",
};

/** UBO-03: nobody holds more than 25 % or controls by other means: the senior managing official is registered. */
function nobodyQualifies(ctx: Context, seniors: readonly DirectorRow[]): Finding {
  return makeFinding(
    "UBO-03",
    "info",
    null,
    sourceOf(
      ctx,
      ctx.shareholders.map((h) => h.row),
    ),
    localized((l) => {
      const quarter = formatPercent(QUARTER, l);
      const names =
        seniors.length > 0
          ? list(
              seniors.map((d) => displayName(personName(d), l)),
              l,
            )
          : null;
      const who = names
        ? { fr: `, ici ${names}`, nl: `, hier ${names}`, en: `, here ${names}` }[l]
        : {
            fr: " (l'administrateur délégué ou le délégué à la gestion journalière, à défaut les administrateurs)",
            nl: " (de gedelegeerd bestuurder of de dagelijks bestuurder, anders de bestuurders)",
            en: " (the managing director or the daily manager, else the directors)",
          }[l];
      return {
        fr: `Personne ne détient plus de ${quarter} des actions ou des droits de vote, directement ou via les sociétés qu'AdminPulse connaît, et aucun contrôle par d'autres moyens n'est enregistré. C'est alors le dirigeant principal qui est inscrit au registre UBO${who} (${UBO_LAW.fr}). Vérifiez le registre.`,
        nl: `Niemand heeft meer dan ${quarter} van de aandelen of stemrechten, rechtstreeks of via de vennootschappen die AdminPulse kent, en er is geen zeggenschap op een andere manier geregistreerd. Dan wordt de hoogste leidinggevende in het UBO-register ingeschreven${who} (${UBO_LAW.nl}). Controleer het register.`,
        en: `Nobody holds more than ${quarter} of the shares or votes, directly or through the companies AdminPulse holds, and no control by other means is recorded. The senior managing official is then the one in the UBO register${who} (${UBO_LAW.en}). Check the register.`,
      }[l];
    }),
  );
}

/** UBO-02: a registered beneficiary whom the data no longer shows as one. */
function noLongerQualifies(ctx: Context, party: Party, nobody: boolean): Finding {
  const row = rowOf(ctx, party);
  return makeFinding(
    "UBO-02",
    "warning",
    row ? cellTarget(row.table, row.row, "name") : null,
    sourceOf(ctx, row ? [row.row] : []),
    localized((l) => {
      const who = displayName(party.name, l);
      const quarter = formatPercent(QUARTER, l);
      const senior = nobody
        ? { fr: ", et n'est pas le dirigeant principal", nl: ", en is niet de hoogste leidinggevende", en: ", and is not the senior managing official" }[l]
        : "";
      return {
        fr: `AdminPulse enregistre ${who} comme bénéficiaire, mais cette personne ne détient pas plus de ${quarter} des actions ou des droits de vote, directement ou via les sociétés qu'AdminPulse connaît${senior}. Vérifiez : un contrôle par d'autres moyens reste possible (${UBO_LAW.fr}) ; sinon, mettez à jour le registre UBO dans le mois, puis le lien dans AdminPulse.`,
        nl: `AdminPulse registreert ${who} als begunstigde, maar die persoon heeft niet meer dan ${quarter} van de aandelen of stemrechten, rechtstreeks of via de vennootschappen die AdminPulse kent${senior}. Controleer: zeggenschap op een andere manier blijft mogelijk (${UBO_LAW.nl}); zo niet, werk het UBO-register binnen een maand bij, en daarna de koppeling in AdminPulse.`,
        en: `AdminPulse registers ${who} as a beneficiary, but this person holds no more than ${quarter} of the shares or votes, directly or through the companies AdminPulse holds${senior}. Verify: control by other means is possible (${UBO_LAW.en}); otherwise update the UBO register within a month, then the link in AdminPulse.`,
      }[l];
    }),
  );
}

/** The managing directors and daily managers in force, else every director in force: the senior managing officials. */
function seniorOfficials(ctx: Context): DirectorRow[] {
  const date = ctx.today ?? ctx.referenceDate;
  const inForce = ctx.directors.filter((d) => inForceOn(d, date) && d.role !== "statutory-auditor");
  const managing = inForce.filter((d) => d.role === "managing-director" || d.role === "daily-manager");
  return managing.length > 0 ? managing : inForce.filter((d) => d.role !== "permanent-representative");
}

// ---- Associations and foundations ----------------------------------------------------------

/**
 * UBO-01 for an association or foundation: each director in force (a legal person: its permanent
 * representative) is a beneficial owner; warn when AdminPulse does not register him. Registered
 * beneficiaries who are not directors may be founders or beneficiaries the data does not hold: no
 * UBO-02. Nothing without AdminPulse's data.
 */
function associationOwners(ctx: Context, family: "association" | "foundation"): Finding[] {
  if (!ctx.company) return [];
  const date = ctx.today ?? ctx.referenceDate;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const d of ctx.directors) {
    if (!inForceOn(d, date) || d.role === "statutory-auditor") continue;
    const name = personName(d);
    const key = nameKey(name, "natural");
    if (name === null || key === null || seen.has(key)) continue;
    seen.add(key);
    const person = { name, partyIds: d.kind === "natural" ? partyIdsOf(ctx, d) : [], numbers: d.kind === "natural" ? numbersOf(d) : [] };
    if (isRegistered(ctx, person)) continue;
    findings.push(
      makeFinding(
        "UBO-01",
        "warning",
        cellTarget("directors", d.row, d.kind === "legal" ? "representative" : "name"),
        sourceOf(ctx, [d.row]),
        localized((l) => {
          const who = displayName(name, l);
          const role =
            family === "foundation"
              ? {
                  fr: "dans une fondation, les administrateurs, les personnes qui la représentent, les délégués à la gestion journalière, les fondateurs et les bénéficiaires sont ses bénéficiaires effectifs",
                  nl: "in een stichting zijn de bestuurders, de personen die haar vertegenwoordigen, de dagelijks bestuurders, de stichters en de begunstigden haar uiteindelijke begunstigden",
                  en: "in a foundation the directors, the persons representing it, the daily managers, the founders and the beneficiaries are its beneficial owners",
                }[l]
              : {
                  fr: "dans une association, les administrateurs, les personnes qui la représentent et les délégués à la gestion journalière sont ses bénéficiaires effectifs",
                  nl: "in een vereniging zijn de bestuurders, de personen die haar vertegenwoordigen en de dagelijks bestuurders haar uiteindelijke begunstigden",
                  en: "in an association the directors, the persons representing it and the daily managers are its beneficial owners",
                }[l];
          return {
            fr: `${who} siège à l'organe d'administration : ${role} (${UBO_LAW.fr}). ${NOT_REGISTERED.fr}`,
            nl: `${who} zetelt in het bestuursorgaan: ${role} (${UBO_LAW.nl}). ${NOT_REGISTERED.nl}`,
            en: `${who} sits on the board: ${role} (${UBO_LAW.en}). ${NOT_REGISTERED.en}`,
          }[l];
        }),
      ),
    );
  }
  return findings;
}

// ---- People --------------------------------------------------------------------------------

/** The natural person a director row stands for: the director, or a legal person's permanent representative. */
function personName(d: DirectorRow): string | null {
  return d.kind === "legal" ? d.representative : d.name;
}

function partyIdsOf(ctx: Context, row: PersonRow): string[] {
  const party = ctx.partyOf(row.table, row.row.link);
  return party ? [party.adminPulseId] : [];
}

function numbersOf(row: PersonRow): string[] {
  return row.number !== null && row.kind === "natural" ? [row.number] : [];
}

function partyById(ctx: Context, id: string): Party | null {
  const data = ctx.company;
  if (!data) return null;
  return data.parties.find((p) => p.adminPulseId === id) ?? data.beneficialOwnership.parties.find((p) => p.adminPulseId === id) ?? null;
}

/** The same person: the same AdminPulse relation, national number, or (neither known on one side) name. */
function samePerson(
  party: Party,
  c: { name: string | null; partyIds: ReadonlySet<string> | readonly string[]; numbers: ReadonlySet<string> | readonly string[] },
): boolean {
  const ids = [...c.partyIds];
  const numbers = [...c.numbers];
  if (ids.includes(party.adminPulseId)) return true;
  if (party.nationalNumber && numbers.includes(party.nationalNumber)) return true;
  if (party.nationalNumber && numbers.length > 0) return false;
  const key = nameKey(party.name, "natural");
  return key !== null && key === nameKey(c.name, "natural");
}

function isRegistered(
  ctx: Context,
  c: { name: string | null; partyIds: ReadonlySet<string> | readonly string[]; numbers: ReadonlySet<string> | readonly string[] },
): boolean {
  const registered = ctx.company?.beneficialOwnership.registered ?? [];
  return registered.some((id) => {
    const party = partyById(ctx, id);
    return party !== null && samePerson(party, c);
  });
}

/** The party's row in the directors or shareholders table, for a finding to point at. */
function rowOf(ctx: Context, party: Party): PersonRow | null {
  for (const row of [...ctx.shareholders, ...ctx.directors]) {
    if (ctx.partyOf(row.table, row.row.link)?.adminPulseId === party.adminPulseId) return row;
  }
  return null;
}
