// A company's permanent data, as the add-in understands it: pure data, no Office, no fetch.
// Dates are calendar dates `yyyy-MM-dd` (strings), never Date objects: a general meeting on
// 9 June stays on 9 June whatever the time zone of the machine.

export type CalendarDate = string;

export interface PostalAddress {
  street: string | null;
  number: string | null;
  box: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO 3166 alpha-2 as AdminPulse gives it ("BE"), or null. */
  country: string | null;
}

/**
 * Canonical roles of the rules page ("Role words, FR / NL / EN"), in its order: the roles a director,
 * auditor or shareholder link can hold. Partners of an SNC/SComm are holdings (`Holding.partner`),
 * and an association's members have no link, so those words stay in roles.ts only.
 */
export const CANONICAL_ROLES = [
  "director",
  "managing-director",
  "manager",
  "chair",
  "daily-manager",
  "permanent-representative",
  "statutory-auditor",
  "liquidator",
  "general-partner",
  "sole-director",
  "shareholder",
] as const;
export type CanonicalRole = (typeof CANONICAL_ROLES)[number];

export interface LegalForm {
  /** As AdminPulse wrote it ("SRL", "BV", "BVBA", "société anonyme"). */
  raw: string;
  /** KBO/BCE code ("610", "014"…) when recognised, else null. */
  code: string | null;
  /** A form abolished by the 2019 Code (SPRL/BVBA, SCRL/CVBA…), converted by law. */
  preCsa: boolean;
}

export interface CompanyIdentity {
  adminPulseId: string | null;
  /** A sole proprietor (natural-person enterprise) has no directors or shareholders. */
  soleProprietor: boolean;
  name: string;
  /** Normalised digits (10 for a valid-looking number), or the text as given when it has no digits. */
  enterpriseNumber: string | null;
  legalForm: LegalForm | null;
  address: PostalAddress;
  fiscalYearEnd: CalendarDate | null;
  generalMeetingDate: CalendarDate | null;
  /** Language code as AdminPulse gives it, upper case ("FR", "NL", "DE", "EN"), or null. */
  language: string | null;
  totalShares: number | null;
  totalVotes: number | null;
}

export type PersonKind = "natural" | "legal";

/** Somebody a role points to: a person or a company. */
export interface Party {
  /** AdminPulse uniqueIdentifier. */
  adminPulseId: string;
  kind: PersonKind;
  name: string;
  firstName: string | null;
  lastName: string | null;
  enterpriseNumber: string | null;
  nationalNumber: string | null;
  address: PostalAddress;
}

export interface DirectorMandate {
  /** Stable id of the imported row: `director:<relation id>` (plus `#2`, `#3` for further mandates). */
  link: string;
  partyId: string;
  role: CanonicalRole;
  /** The role words as AdminPulse wrote them, if any. */
  roleText: string | null;
  start: CalendarDate | null;
  end: CalendarDate | null;
  /** For a legal-person director: its permanent representative (a party id). */
  representativeId: string | null;
}

/**
 * A holder's right over shares (rules page, "Ownership rights"): full ownership (the default),
 * usufruct or bare ownership. Full plus bare ownership make the share total; usufruct is a right
 * over shares already counted.
 */
export const OWNERSHIP_RIGHTS = ["full", "usufruct", "bare"] as const;
export type OwnershipRight = (typeof OWNERSHIP_RIGHTS)[number];

/**
 * A partner of an SNC/SComm (link type 5): a partner, or for an SComm a general partner
 * (associé commandité / beherend vennoot) or a limited one (associé commanditaire / stille vennoot)
 * where AdminPulse says which.
 */
export const PARTNER_KINDS = ["partner", "general", "limited"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface Holding {
  link: string;
  partyId: string;
  shares: number | null;
  /** The voting rights as AdminPulse records them on the link. */
  votes: number | null;
  /** shares / company total shares × 100 (usufruct: of the shares it bears on), null when either is unknown or the total is 0. */
  percentShares: number | null;
  /**
   * votes / the votes that can be cast × 100 (the company's total less the suspended votes of its
   * treasury shares); null when unknown, and for a holding whose votes are not its own to cast
   * (see `castsVotes`): treasury shares, a bare owner whose votes go to the usufructuary.
   */
  percentVotes: number | null;
  underOption: boolean;
  /** Full ownership unless AdminPulse records usufruct or bare ownership. */
  right: OwnershipRight;
  /** For a partner of an SNC/SComm (link type 5); null for a shareholder. */
  partner: PartnerKind | null;
  /** Shares the company holds itself (the link points at the company): counted in the share total, votes suspended. */
  treasury: boolean;
}

/**
 * Whether a holding's votes count in the vote total (rules page, "Ownership rights"): full
 * ownership always; the usufructuary's by default; the bare owner's only when the data says the
 * votes are his (no usufruct holding of the company records votes); treasury shares never (their
 * votes are suspended). So each vote is counted once.
 */
export function castsVotes(right: OwnershipRight, treasury: boolean, usufructRecordsVotes: boolean): boolean {
  if (treasury) return false;
  return right !== "bare" || !usufructRecordsVotes;
}

export interface AuditorMandate {
  link: string;
  partyId: string;
  start: CalendarDate | null;
  end: CalendarDate | null;
  ireNumber: string | null;
  /** For an audit firm: the réviseur who represents it, when AdminPulse names one. */
  representativeId: string | null;
}

export interface MappingDiagnostics {
  /** Link-type code → how often it was met and skipped. */
  unknownLinkTypes: Record<number, number>;
  /** Ids a link pointed to that AdminPulse did not return. */
  missingParties: string[];
  /** Links not used because the company is a sole proprietor. */
  ignoredForSoleProprietor: number;
  /** Ownership-right values AdminPulse gave that the contract does not know (read as full ownership) → how often. */
  unknownOwnershipRights?: Record<string, number>;
}

/**
 * What the UBO checks compare (rules page, SH-05 and UBO-01…03): who AdminPulse registers as the
 * company's beneficial owners, and who owns its corporate holders. None of it is shown in a table.
 */
export interface BeneficialOwnership {
  /** Parties AdminPulse registers as the company's beneficiaries (link type 2). */
  registered: string[];
  /** Parties AdminPulse links to the company as controlling it by other means (link type 8). */
  control: string[];
  /**
   * A corporate holder's own shareholders and partners, by the holder's party id, as far as
   * AdminPulse holds them (at most three levels below the company), with their percentages of
   * that holder computed as for the company's own.
   */
  owners: Record<string, Holding[]>;
  /** False when the read stopped before the last level (too many holdings to read in one sync). */
  complete: boolean;
  /** Parties met only here (owners of holdings, beneficiaries in no table), each once. */
  parties: Party[];
}

export interface PermanentData {
  company: CompanyIdentity;
  /** Every party the roles point to, representatives included, each once. */
  parties: Party[];
  directors: DirectorMandate[];
  shareholders: Holding[];
  auditors: AuditorMandate[];
  beneficialOwnership: BeneficialOwnership;
  diagnostics: MappingDiagnostics;
}
