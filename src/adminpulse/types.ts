// The client's own view of AdminPulse data. These names are ours and stable; the wire names
// they come from (many of them [ASSUMED]) live only in contract.ts.

export type RelationKind = "Company" | "SoleProprietor" | "Person" | "Unknown";

/**
 * What the add-in does with a link; "other" covers known-but-unused and unknown codes.
 * "beneficiary" (registered UBO) and "control" (control by other means) feed the UBO checks only.
 */
export type LinkRole = "director" | "shareholder" | "partner" | "auditor" | "beneficiary" | "control" | "other";

/** A shareholder's right over the shares of a link: full ownership, usufruct or bare ownership. */
export type OwnershipRight = "full" | "usufruct" | "bare";

export interface Address {
  street: string | null;
  number: string | null;
  box: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
}

/** A calendar date `yyyy-MM-dd` as AdminPulse wrote it: never converted through a time zone. */
export type CalendarDate = string;

export interface Link {
  role: LinkRole;
  /** The raw link-type code, kept for diagnostics. */
  linkType: number;
  /** uniqueIdentifier of the related relation. */
  relationId: string;
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
  /** Free role text such as "Administrateur délégué". */
  roleText: string | null;
  /** For a legal-person director: its permanent representative (a natural person). */
  representativeId: string | null;
  shares: number | null;
  votingRights: number | null;
  underOption: boolean | null;
  /**
   * The ownership right of a shareholder or partner link, when AdminPulse gives one it knows;
   * null when absent (full ownership) or unrecognised (see ownershipRightText).
   */
  ownershipRight?: OwnershipRight | null;
  /** An ownership-right value the contract does not know, kept as written (read as full ownership, counted). */
  ownershipRightText?: string | null;
  ireNumber: string | null;
  comment: string | null;
}

/** A relation as the list endpoint shows it. */
export interface RelationSummary {
  id: string;
  numericId: string | null;
  code: string | null;
  name: string;
  kind: RelationKind;
  legalForm: string | null;
  /** Digits only, 10 digits when it looks like a Belgian enterprise number; otherwise as given. */
  enterpriseNumber: string | null;
  /** Every enterprise number the relation carries (company number and VAT number, normalised, distinct). */
  enterpriseNumbers: string[];
  vatNumber: string | null;
  status: string | null;
  links: Link[];
}

/** A relation in full, as the detail endpoint shows it. */
export interface Relation extends RelationSummary {
  nationalNumber: string | null;
  firstName: string | null;
  lastName: string | null;
  language: string | null;
  address: Address;
  fiscalYearEnd: CalendarDate | null;
  generalMeetingDate: CalendarDate | null;
  /** `HH:mm` when AdminPulse gave a time with the meeting date. */
  generalMeetingTime: string | null;
  totalShares: number | null;
  totalVotingRights: number | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  pageSize: number;
  totalCount: number;
}
