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

/** Canonical roles of the rules page ("Role words, FR / NL / EN"). */
export const CANONICAL_ROLES = [
  "director",
  "managing-director",
  "manager",
  "chair",
  "daily-manager",
  "permanent-representative",
  "statutory-auditor",
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

export interface Holding {
  link: string;
  partyId: string;
  shares: number | null;
  votes: number | null;
  /** shares / company total shares × 100, null when either is unknown or the total is 0. */
  percentShares: number | null;
  percentVotes: number | null;
  underOption: boolean;
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
}

export interface PermanentData {
  company: CompanyIdentity;
  /** Every party the roles point to, representatives included, each once. */
  parties: Party[];
  directors: DirectorMandate[];
  shareholders: Holding[];
  auditors: AuditorMandate[];
  diagnostics: MappingDiagnostics;
}
