// From the AdminPulse client's types to the permanent-data model. Tolerant by design: a missing
// field becomes null, a link to a relation AdminPulse did not return is skipped and reported,
// an unknown link type is counted; nothing here throws on odd data.

import type { CompanyData } from "../adminpulse/client";
import type { Link, Relation } from "../adminpulse/types";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { normaliseNationalNumber } from "../identifiers/national-number";
import { recogniseLegalForm } from "./legal-forms";
import type { AuditorMandate, DirectorMandate, Holding, Party, PermanentData, PostalAddress } from "./model";
import { canonicalRole } from "./roles";

export function mapCompany(data: Pick<CompanyData, "company" | "related" | "missing" | "unknownLinkTypes">): PermanentData {
  const { company, related } = data;
  const soleProprietor = company.kind === "SoleProprietor";
  const totalShares = positiveOrNull(company.totalShares);
  const totalVotes = positiveOrNull(company.totalVotingRights);

  const parties = new Map<string, Party>();
  const missing = new Set(data.missing);
  const party = (id: string | null): string | null => {
    if (!id) return null;
    const relation = related.get(id);
    if (!relation) {
      missing.add(id);
      return null;
    }
    if (!parties.has(id)) parties.set(id, toParty(relation));
    return id;
  };

  const linkIds = new LinkIds();
  const directors: DirectorMandate[] = [];
  const shareholders: Holding[] = [];
  const auditors: AuditorMandate[] = [];
  let ignoredForSoleProprietor = 0;

  for (const link of company.links) {
    if (link.role === "other") continue;
    if (soleProprietor && (link.role === "director" || link.role === "shareholder")) {
      ignoredForSoleProprietor++;
      continue;
    }
    const partyId = party(link.relationId);
    if (!partyId) continue;
    switch (link.role) {
      case "director":
        directors.push({
          link: linkIds.next("director", partyId),
          partyId,
          role: canonicalRole(link.roleText, "director"),
          roleText: blankToNull(link.roleText),
          start: link.startDate,
          end: link.endDate,
          representativeId: party(link.representativeId),
        });
        break;
      case "shareholder":
        shareholders.push(toHolding(link, partyId, linkIds.next("shareholder", partyId), totalShares, totalVotes));
        break;
      case "auditor":
        auditors.push({
          link: linkIds.next("auditor", partyId),
          partyId,
          start: link.startDate,
          end: link.endDate,
          ireNumber: blankToNull(link.ireNumber),
          representativeId: party(link.representativeId),
        });
        break;
    }
  }

  return {
    company: {
      adminPulseId: company.id,
      soleProprietor,
      name: company.name.trim(),
      enterpriseNumber: normaliseEnterpriseNumber(company.enterpriseNumber) ?? blankToNull(company.enterpriseNumber),
      legalForm: soleProprietor ? null : recogniseLegalForm(company.legalForm),
      address: toAddress(company),
      fiscalYearEnd: company.fiscalYearEnd,
      generalMeetingDate: company.generalMeetingDate,
      language: blankToNull(company.language)?.toUpperCase() ?? null,
      totalShares,
      totalVotes,
    },
    parties: [...parties.values()],
    directors,
    shareholders,
    auditors,
    diagnostics: {
      unknownLinkTypes: Object.fromEntries(data.unknownLinkTypes),
      missingParties: [...missing],
      ignoredForSoleProprietor,
    },
  };
}

/** `director:<id>`, then `director:<id>#2` for a second mandate of the same person. */
class LinkIds {
  private readonly used = new Map<string, number>();
  next(role: string, partyId: string): string {
    const base = `${role}:${partyId}`;
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }
}

function toHolding(link: Link, partyId: string, id: string, totalShares: number | null, totalVotes: number | null): Holding {
  return {
    link: id,
    partyId,
    shares: link.shares,
    votes: link.votingRights,
    percentShares: percent(link.shares, totalShares),
    percentVotes: percent(link.votingRights, totalVotes),
    underOption: link.underOption ?? false,
  };
}

function toParty(r: Relation): Party {
  const natural = r.kind === "Person" || r.kind === "SoleProprietor" || (r.kind === "Unknown" && Boolean(r.firstName || r.lastName || r.nationalNumber));
  const personalName = [r.firstName, r.lastName].map((s) => s?.trim()).filter(Boolean).join(" ");
  return {
    adminPulseId: r.id,
    kind: natural ? "natural" : "legal",
    name: r.name.trim() || personalName,
    firstName: blankToNull(r.firstName),
    lastName: blankToNull(r.lastName),
    enterpriseNumber: normaliseEnterpriseNumber(r.enterpriseNumber) ?? blankToNull(r.enterpriseNumber),
    nationalNumber: normaliseNationalNumber(r.nationalNumber) ?? blankToNull(r.nationalNumber),
    address: toAddress(r),
  };
}

function toAddress(r: Pick<Relation, "address"> | Partial<Pick<Relation, "address">>): PostalAddress {
  const a = r.address;
  return {
    street: blankToNull(a?.street),
    number: blankToNull(a?.number),
    box: blankToNull(a?.box),
    postalCode: blankToNull(a?.postalCode),
    city: blankToNull(a?.city),
    country: blankToNull(a?.country)?.toUpperCase() ?? null,
  };
}

function percent(part: number | null, total: number | null): number | null {
  if (part === null || total === null || total <= 0) return null;
  return (part / total) * 100;
}

function positiveOrNull(n: number | null): number | null {
  return n !== null && Number.isFinite(n) && n > 0 ? n : null;
}

function blankToNull(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}
