// The records the sandbox serves, shaped exactly like the JSON of ../shared/adminpulse-api.md.
// The sandbox spells field names out literally (it does not import the client's contract module)
// so that a misspelt name in the client shows up as a failing test instead of agreeing with itself.

export type RelationType = "Company" | "SoleProprietor" | "Person";

export interface SandboxAddress {
  street?: string | null;
  number?: string | null;
  box?: string | null;
  postalCode?: string | null;
  city?: string | null;
  country?: string | null;
}

/** One entry of `tos`: a link from this relation to another one. */
export interface SandboxLink {
  linkType: number;
  uniqueIdentifier: string;
  startDate?: string | null;
  endDate?: string | null;
  function?: string | null;
  representativeUniqueIdentifier?: string | null;
  shares?: number | null;
  votingRights?: number | null;
  underOption?: boolean | null;
  /** [ASSUMED name] "FullOwnership" (also when absent), "Usufruct" or "BareOwnership". */
  ownershipRights?: string | null;
  ireNumber?: string | null;
  comment?: string | null;
}

/** A relation in full, as `GET /relations/{uniqueIdentifier}` answers it. */
export interface SandboxRelation {
  uniqueIdentifier: string;
  id: string;
  code?: string | null;
  name: string;
  type: RelationType;
  legalForm?: string | null;
  companyNumber?: string | null;
  vatNumber?: string | null;
  nationalNumber?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  language?: string | null;
  status?: string | null;
  address?: SandboxAddress | null;
  fiscalYearEnd?: string | null;
  nextGeneralMeeting?: string | null;
  totalShares?: number | null;
  totalVotingRights?: number | null;
  tos: SandboxLink[];
}

export interface SandboxToken {
  token: string;
  /** valid: full access; expired: 401; no-permission: 401 (AdminPulse answers 401 for a missing permission). */
  kind: "valid" | "expired" | "no-permission";
  description: string;
}

export interface SandboxSeed {
  tokens: SandboxToken[];
  relations: SandboxRelation[];
}

/** Link-type codes as the contract's table lists them. */
export const LINK = {
  contact: 1,
  beneficiary: 2,
  trustee: 3,
  director: 4,
  partner: 5,
  shareholder: 6,
  auditor: 7,
  controlByOtherMeans: 8,
} as const;
