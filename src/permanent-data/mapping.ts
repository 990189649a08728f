// From the AdminPulse client's types to the permanent-data model. Tolerant by design: a missing
// field becomes null, a link to a relation AdminPulse did not return is skipped and reported,
// an unknown link type is counted; nothing here throws on odd data.

import { foldWords } from "../i18n/fold";
import type { CompanyData } from "../adminpulse/client";
import type { Link, Relation } from "../adminpulse/types";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { normaliseNationalNumber } from "../identifiers/national-number";
import { recogniseLegalForm } from "./legal-forms";
import {
  type AuditorMandate,
  type BeneficialOwnership,
  type DirectorMandate,
  type Holding,
  type OwnershipRight,
  type Party,
  type PartnerKind,
  type PermanentData,
  type PostalAddress,
  castsVotes,
} from "./model";
import { canonicalRole } from "./roles";
import { textOf } from "./cell-text";

export function mapCompany(data: Pick<CompanyData, "company" | "related" | "missing" | "unknownLinkTypes" | "ownersComplete">): PermanentData {
  const { company, related } = data;
  const soleProprietor = company.kind === "SoleProprietor";
  const totalShares = positiveOrNull(company.totalShares);
  const totalVotes = positiveOrNull(company.totalVotingRights);

  const parties = new Map<string, Party>();
  const missing = new Set(data.missing);
  const party = (id: string | null): string | null => {
    if (!id) return null;
    // Treasury shares: the company's link to itself, whether or not the read returned it as related.
    const relation = related.get(id) ?? (id === company.id ? company : undefined);
    if (!relation) {
      missing.add(id);
      return null;
    }
    if (!parties.has(id)) parties.set(id, toParty(relation));
    return id;
  };

  const linkIds = new LinkIds(company.links);
  const directors: DirectorMandate[] = [];
  const shareholders: Holding[] = [];
  const auditors: AuditorMandate[] = [];
  let ignoredForSoleProprietor = 0;
  const unknownOwnershipRights: Record<string, number> = {};
  const registered: string[] = [];
  const control: string[] = [];

  for (const link of company.links) {
    if (link.role === "other") continue;
    if (link.role === "beneficiary" || link.role === "control") {
      // Not a role on the sheet: kept for the UBO checks, whatever relation AdminPulse returned.
      if (!soleProprietor) (link.role === "beneficiary" ? registered : control).push(link.relationId);
      continue;
    }
    if (soleProprietor && (link.role === "director" || link.role === "shareholder" || link.role === "partner")) {
      ignoredForSoleProprietor++;
      continue;
    }
    const partyId = party(link.relationId);
    if (!partyId) continue;
    switch (link.role) {
      case "director":
        directors.push({
          link: linkIds.of(link),
          partyId,
          role: canonicalRole(link.roleText, "director"),
          roleText: textOf(link.roleText),
          start: link.startDate,
          end: link.endDate,
          representativeId: party(link.representativeId),
        });
        break;
      case "shareholder":
      case "partner": {
        if (link.ownershipRightText) unknownOwnershipRights[link.ownershipRightText] = (unknownOwnershipRights[link.ownershipRightText] ?? 0) + 1;
        const treasury = partyId === company.id || isSameCompany(related.get(partyId), company);
        shareholders.push(toHolding(link, partyId, linkIds.of(link), totalShares, treasury));
        break;
      }
      case "auditor":
        auditors.push({
          link: linkIds.of(link),
          partyId,
          start: link.startDate,
          end: link.endDate,
          ireNumber: textOf(link.ireNumber),
          representativeId: party(link.representativeId),
        });
        break;
    }
  }

  percentVotes(shareholders, totalVotes);
  const beneficialOwnership = ownershipOf(data, shareholders, parties, { registered, control });

  return {
    company: {
      adminPulseId: company.id,
      soleProprietor,
      name: company.name.trim(),
      enterpriseNumber: normaliseEnterpriseNumber(company.enterpriseNumber) ?? textOf(company.enterpriseNumber),
      legalForm: soleProprietor ? null : recogniseLegalForm(company.legalForm),
      address: toAddress(company),
      fiscalYearEnd: company.fiscalYearEnd,
      generalMeetingDate: company.generalMeetingDate,
      language: textOf(company.language)?.toUpperCase() ?? null,
      totalShares,
      totalVotes,
    },
    parties: [...parties.values()],
    directors,
    shareholders,
    auditors,
    beneficialOwnership,
    diagnostics: {
      unknownLinkTypes: Object.fromEntries(data.unknownLinkTypes),
      missingParties: [...missing],
      ignoredForSoleProprietor,
      ...(Object.keys(unknownOwnershipRights).length > 0 ? { unknownOwnershipRights } : {}),
    },
  };
}

/**
 * The beneficial-ownership data: the registered beneficiaries and controllers (their parties kept
 * aside when no table names them), and each corporate holder's own holdings, followed through the
 * holdings AdminPulse returned (company-read.ts reads them, at most three levels), each once.
 */
function ownershipOf(
  data: Pick<CompanyData, "company" | "related" | "ownersComplete">,
  shareholders: readonly Holding[],
  parties: ReadonlyMap<string, Party>,
  links: { registered: string[]; control: string[] },
): BeneficialOwnership {
  const aside = new Map<string, Party>();
  const known = (id: string): boolean => {
    if (parties.has(id) || aside.has(id)) return true;
    const relation = data.related.get(id);
    if (relation) aside.set(id, toParty(relation));
    return relation !== undefined;
  };
  const registered = [...new Set(links.registered)].filter(known);
  const control = [...new Set(links.control)].filter(known);
  const owners: Record<string, Holding[]> = {};
  const companyNumbers = new Set(data.company.enterpriseNumbers);
  let holders = shareholders.map((h) => h.partyId);
  while (holders.length > 0) {
    const next: string[] = [];
    for (const id of holders) {
      const holder = data.related.get(id);
      if (!holder || toParty(holder).kind !== "legal" || Object.hasOwn(owners, id)) continue;
      if (id === data.company.id || holder.enterpriseNumbers.some((n) => companyNumbers.has(n))) continue;
      const holderLinks = holder.links.filter((l) => (l.role === "shareholder" || l.role === "partner") && known(l.relationId));
      const linkIds = new LinkIds(holderLinks);
      const totalShares = positiveOrNull(holder.totalShares) ?? sumOrNull(holderLinks.filter((l) => l.ownershipRight !== "usufruct").map((l) => l.shares));
      const held = holderLinks.map((l) => toHolding(l, l.relationId, linkIds.of(l), totalShares, l.relationId === id));
      percentVotes(
        held,
        positiveOrNull(holder.totalVotingRights) ?? sumOrNull(holderLinks.filter((l) => l.ownershipRight !== "bare").map((l) => l.votingRights)),
      );
      owners[id] = held;
      next.push(...held.map((h) => h.partyId));
    }
    holders = next;
  }
  return { registered, control, owners, complete: data.ownersComplete ?? true, parties: [...aside.values()] };
}

/** The sum when every part is known and it is positive, else null. */
function sumOrNull(parts: readonly (number | null)[]): number | null {
  if (parts.length === 0 || parts.some((p) => p === null || !Number.isFinite(p))) return null;
  return positiveOrNull(parts.reduce<number>((a, b) => a + (b ?? 0), 0));
}

/**
 * The id of an imported row, stable across syncs whatever order AdminPulse lists links in:
 * `director:<relation id>` for a person's only link of that kind; with several, each is told apart
 * by its start date (`director:<id>@2015-01-01`), and identical ones by a counter (`#2`).
 */
class LinkIds {
  private readonly ids = new Map<Link, string>();
  constructor(links: readonly Link[]) {
    const groups = new Map<string, Link[]>();
    for (const link of links) {
      const base = `${link.role}:${link.relationId}`;
      groups.set(base, [...(groups.get(base) ?? []), link]);
    }
    for (const [base, group] of groups) {
      if (group.length === 1) {
        this.ids.set(group[0]!, base);
        continue;
      }
      const used = new Map<string, number>();
      for (const link of group) {
        const dated = `${base}@${link.startDate ?? ""}`;
        const n = (used.get(dated) ?? 0) + 1;
        used.set(dated, n);
        this.ids.set(link, n === 1 ? dated : `${dated}#${n}`);
      }
    }
  }
  of(link: Link): string {
    return this.ids.get(link)!;
  }
}

function toHolding(link: Link, partyId: string, id: string, totalShares: number | null, treasury: boolean): Holding {
  const right: OwnershipRight = link.ownershipRight ?? "full";
  return {
    link: id,
    partyId,
    shares: link.shares,
    votes: link.votingRights,
    // Usufruct too: its percentage is that of the shares it bears on (shown beside, not added).
    percentShares: percent(link.shares, totalShares),
    percentVotes: null, // below, once every holding is known
    underOption: link.underOption ?? false,
    right,
    partner: link.role === "partner" ? partnerKind(link) : null,
    treasury,
  };
}

/**
 * Percentages of votes: of the votes that can be cast, the company's total less the votes its
 * treasury shares carry (suspended: the link's votes when recorded, else one per share); only for
 * the holdings whose votes count (castsVotes), so the column adds up to 100 %.
 */
function percentVotes(holdings: Holding[], totalVotes: number | null): void {
  const usufructRecordsVotes = holdings.some((h) => h.right === "usufruct" && (h.votes ?? 0) > 0);
  const suspended = holdings.filter((h) => h.treasury).reduce((sum, h) => sum + Math.max(0, h.votes ?? h.shares ?? 0), 0);
  const castable = totalVotes === null ? null : totalVotes - suspended;
  for (const h of holdings) {
    h.percentVotes = castsVotes(h.right, h.treasury, usufructRecordsVotes) ? percent(h.votes, castable) : null;
  }
}

/**
 * [ASSUMED] AdminPulse tells a general from a limited partner of an SComm only in the link's words
 * (its function, else its comment): "associé commandité", "beherend vennoot", "general partner";
 * "associé commanditaire", "stille vennoot", "limited partner". Otherwise a partner.
 */
function partnerKind(link: Link): PartnerKind {
  for (const words of [link.roleText, link.comment]) {
    const text = foldWords(words ?? "");
    if (text === "") continue;
    if (/\b(commanditaires?|stille? vennoot|stille vennoten|limited partners?|silent partners?)\b/.test(text)) return "limited";
    if (/\b(commandites?|beherende? vennoot|beherende vennoten|general partners?|unlimited partners?)\b/.test(text)) return "general";
  }
  return "partner";
}

/** A party that is the company itself under another record: the same enterprise number. */
function isSameCompany(party: Relation | undefined, company: Relation): boolean {
  if (!party || party.kind === "Person") return false;
  const own = new Set(company.enterpriseNumbers);
  return party.enterpriseNumbers.some((n) => own.has(n));
}

function toParty(r: Relation): Party {
  // An unknown type is a legal person only when it carries what companies carry.
  const natural = r.kind === "Person" || r.kind === "SoleProprietor" || (r.kind === "Unknown" && !(r.enterpriseNumber || r.legalForm));
  const personalName = [r.firstName, r.lastName]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(" ");
  return {
    adminPulseId: r.id,
    kind: natural ? "natural" : "legal",
    name: r.name.trim() || personalName,
    firstName: textOf(r.firstName),
    lastName: textOf(r.lastName),
    enterpriseNumber: registeredInBelgium(r) ? (normaliseEnterpriseNumber(r.enterpriseNumber) ?? textOf(r.enterpriseNumber)) : textOf(r.enterpriseNumber),
    nationalNumber: normaliseNationalNumber(r.nationalNumber) ?? textOf(r.nationalNumber),
    address: toAddress(r),
  };
}

/** A party registered abroad keeps its number as written: a French SIREN is not a Belgian number missing its 0. */
function registeredInBelgium(r: Relation): boolean {
  const country = r.address.country?.trim().toUpperCase();
  return !country || country === "BE" || country === "BELGIQUE" || country === "BELGIË" || country === "BELGIUM";
}

function toAddress(r: Pick<Relation, "address"> | Partial<Pick<Relation, "address">>): PostalAddress {
  const a = r.address;
  return {
    street: textOf(a?.street),
    number: textOf(a?.number),
    box: textOf(a?.box),
    postalCode: textOf(a?.postalCode),
    city: textOf(a?.city),
    country: textOf(a?.country)?.toUpperCase() ?? null,
  };
}

function percent(part: number | null, total: number | null): number | null {
  if (part === null || total === null || total <= 0) return null;
  return (part / total) * 100;
}

function positiveOrNull(n: number | null): number | null {
  return n !== null && Number.isFinite(n) && n > 0 ? n : null;
}
