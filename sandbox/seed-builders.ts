// Helpers that build the sandbox seed: a seeded PRNG, deterministic identifiers, and a builder that
// creates relations in the exact shape of sandbox/model.ts and the links between them.

import type { RelationType, SandboxAddress, SandboxLink, SandboxRelation } from "./model";
import { LINK } from "./model";

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("Rng.pick: empty list");
    return item;
  }
}

/**
 * Kinds of relation get their own range of identifiers, so that adding a person does not shift the
 * identifiers of the client companies.
 */
export type IdRange = "client" | "company" | "person" | "generated";

const RANGE: Record<IdRange, { group: number; idBase: number }> = {
  client: { group: 1, idBase: 10_000 },
  company: { group: 2, idBase: 20_000 },
  person: { group: 3, idBase: 30_000 },
  generated: { group: 4, idBase: 100_000 },
};

/** `00000000-0000-4000-8000-<group><11 digits>`: the shape of a version-4, variant-1 UUID. */
export function seedUuid(range: IdRange, n: number): string {
  return `00000000-0000-4000-8000-${RANGE[range].group}${String(n).padStart(11, "0")}`;
}

export function addr(street: string, number: string, postalCode: string, city: string, box: string | null = null, country = "BE"): SandboxAddress {
  return { street, number, box, postalCode, city, country };
}

export interface CompanyInput {
  name: string;
  legalForm: string | null;
  companyNumber: string;
  language: string;
  address: SandboxAddress;
  fiscalYearEnd?: string | null;
  nextGeneralMeeting?: string | null;
  totalShares?: number | null;
  totalVotingRights?: number | null;
}

export interface PersonInput {
  firstName: string;
  lastName: string;
  nationalNumber: string | null;
  language: string;
  address: SandboxAddress;
  /** Defaults to "Firstname Lastname", the seed's convention. */
  name?: string;
}

export interface SoleProprietorInput extends PersonInput {
  companyNumber: string;
  fiscalYearEnd?: string | null;
}

export interface DirectorOptions {
  start: string | null;
  end?: string | null;
  function: string;
  /** For a legal-person director: its permanent representative (a Person). */
  representative?: SandboxRelation;
  comment?: string;
}

/** Normalised "same person" key: name tokens (accents and case folded, sorted) + street, number, postal code. */
export function personKey(name: string, address: SandboxAddress | null | undefined): string {
  const fold = (s: string | null | undefined) =>
    (s ?? "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  const tokens = fold(name).split(" ").filter(Boolean).sort().join(" ");
  return [tokens, fold(address?.street), fold(address?.number), fold(address?.postalCode)].join("|");
}

export class SeedBuilder {
  readonly relations: SandboxRelation[] = [];
  private readonly counters: Record<IdRange, number> = { client: 0, company: 0, person: 0, generated: 0 };
  private clientCode = 0;
  private relationCode = 0;
  private personCode = 0;
  private readonly companyNumbers = new Set<string>();
  private readonly nationalNumbers = new Set<string>();
  private readonly personKeys = new Set<string>();

  private newIds(range: IdRange): { uniqueIdentifier: string; id: string } {
    const n = ++this.counters[range];
    return { uniqueIdentifier: seedUuid(range, n), id: String(RANGE[range].idBase + n) };
  }

  private claimCompanyNumber(companyNumber: string): void {
    if (!/^\d{10}$/.test(companyNumber)) throw new Error(`seed: enterprise number "${companyNumber}" is not 10 digits`);
    if (this.companyNumbers.has(companyNumber)) throw new Error(`seed: enterprise number ${companyNumber} used twice`);
    this.companyNumbers.add(companyNumber);
  }

  hasNationalNumber(nn: string): boolean {
    return this.nationalNumbers.has(nn);
  }

  hasPersonKey(name: string, address: SandboxAddress): boolean {
    return this.personKeys.has(personKey(name, address));
  }

  private claimPerson(name: string, nn: string | null, address: SandboxAddress, allowSameNameAndAddress: boolean): void {
    if (nn !== null) {
      if (this.nationalNumbers.has(nn)) throw new Error(`seed: national number ${nn} used twice`);
      this.nationalNumbers.add(nn);
    }
    const key = personKey(name, address);
    if (this.personKeys.has(key) && !allowSameNameAndAddress) throw new Error(`seed: person "${name}" duplicated`);
    this.personKeys.add(key);
  }

  private blank(ids: { uniqueIdentifier: string; id: string }, code: string, name: string, type: RelationType, status: string): SandboxRelation {
    return {
      uniqueIdentifier: ids.uniqueIdentifier,
      id: ids.id,
      code,
      name,
      type,
      legalForm: null,
      companyNumber: null,
      vatNumber: null,
      nationalNumber: null,
      firstName: null,
      lastName: null,
      language: null,
      status,
      address: null,
      fiscalYearEnd: null,
      nextGeneralMeeting: null,
      totalShares: null,
      totalVotingRights: null,
      tos: [],
    };
  }

  private company(range: "client" | "company", input: CompanyInput, status: string): SandboxRelation {
    this.claimCompanyNumber(input.companyNumber);
    const code = range === "client" ? `CLI${String(++this.clientCode).padStart(4, "0")}` : `REL${String(++this.relationCode).padStart(4, "0")}`;
    const r = this.blank(this.newIds(range), code, input.name, "Company", status);
    r.legalForm = input.legalForm;
    r.companyNumber = input.companyNumber;
    r.vatNumber = `BE${input.companyNumber}`;
    r.language = input.language;
    r.address = input.address;
    r.fiscalYearEnd = input.fiscalYearEnd ?? null;
    r.nextGeneralMeeting = input.nextGeneralMeeting ?? null;
    r.totalShares = input.totalShares ?? null;
    r.totalVotingRights = input.totalVotingRights ?? null;
    this.relations.push(r);
    return r;
  }

  /** A client company (status "Customer", code CLInnnn). */
  client(input: CompanyInput): SandboxRelation {
    return this.company("client", input, "Customer");
  }

  /** A company that is not a client (corporate director, holding, audit firm): status "Contact". */
  otherCompany(input: CompanyInput): SandboxRelation {
    return this.company("company", input, "Contact");
  }

  /** A client that is a natural-person enterprise: no directors, no shareholders, no legal form. */
  soleProprietor(input: SoleProprietorInput): SandboxRelation {
    this.claimCompanyNumber(input.companyNumber);
    const name = input.name ?? `${input.firstName} ${input.lastName}`;
    this.claimPerson(name, input.nationalNumber, input.address, false);
    const r = this.blank(this.newIds("client"), `CLI${String(++this.clientCode).padStart(4, "0")}`, name, "SoleProprietor", "Customer");
    r.companyNumber = input.companyNumber;
    r.vatNumber = `BE${input.companyNumber}`;
    r.nationalNumber = input.nationalNumber;
    r.firstName = input.firstName;
    r.lastName = input.lastName;
    r.language = input.language;
    r.address = input.address;
    r.fiscalYearEnd = input.fiscalYearEnd ?? null;
    this.relations.push(r);
    return r;
  }

  /** A natural person (status "Contact", code PERnnnn). */
  person(input: PersonInput, opts: { generated?: boolean; allowSameNameAndAddress?: boolean } = {}): SandboxRelation {
    const name = input.name ?? `${input.firstName} ${input.lastName}`;
    this.claimPerson(name, input.nationalNumber, input.address, opts.allowSameNameAndAddress ?? false);
    const r = this.blank(this.newIds(opts.generated ? "generated" : "person"), `PER${String(++this.personCode).padStart(4, "0")}`, name, "Person", "Contact");
    r.nationalNumber = input.nationalNumber;
    r.firstName = input.firstName;
    r.lastName = input.lastName;
    r.language = input.language;
    r.address = input.address;
    this.relations.push(r);
    return r;
  }

  link(from: SandboxRelation, link: SandboxLink): void {
    from.tos.push(link);
  }

  director(from: SandboxRelation, to: SandboxRelation, o: DirectorOptions): void {
    const link: SandboxLink = {
      linkType: LINK.director,
      uniqueIdentifier: to.uniqueIdentifier,
      startDate: o.start,
      endDate: o.end ?? null,
      function: o.function,
    };
    if (o.representative) link.representativeUniqueIdentifier = o.representative.uniqueIdentifier;
    if (o.comment) link.comment = o.comment;
    from.tos.push(link);
  }

  shareholder(from: SandboxRelation, to: SandboxRelation, shares: number, votingRights = shares, comment?: string): void {
    const link: SandboxLink = {
      linkType: LINK.shareholder,
      uniqueIdentifier: to.uniqueIdentifier,
      shares,
      votingRights,
      underOption: false,
    };
    if (comment) link.comment = comment;
    from.tos.push(link);
  }

  auditor(from: SandboxRelation, to: SandboxRelation, start: string, end: string, ireNumber: string, representative?: SandboxRelation): void {
    const link: SandboxLink = { linkType: LINK.auditor, uniqueIdentifier: to.uniqueIdentifier, startDate: start, endDate: end, ireNumber };
    if (representative) link.representativeUniqueIdentifier = representative.uniqueIdentifier;
    from.tos.push(link);
  }

  /**
   * Registers a client's beneficial owners (link type 2) as an office that keeps them current
   * does: in an association or foundation, its natural-person directors in office; in a company,
   * every natural person holding more than a quarter of its shares directly (holders through
   * holding companies are registered by hand where the seed builds them). Anyone already
   * registered stays once.
   */
  registerBeneficialOwners(company: SandboxRelation): void {
    const byId = new Map(this.relations.map((r) => [r.uniqueIdentifier, r]));
    const natural = (id: string) => byId.get(id)?.type === "Person";
    const owners = new Set<string>();
    if (/\b(a?i?sbl|i?vzw|fondation|stichting|foundation)\b/i.test(company.legalForm ?? "")) {
      for (const l of company.tos) if (l.linkType === LINK.director && !l.endDate && natural(l.uniqueIdentifier)) owners.add(l.uniqueIdentifier);
    } else {
      const holdings = company.tos.filter((l) => l.linkType === LINK.shareholder || l.linkType === LINK.partner);
      const total = company.totalShares ?? holdings.filter((l) => l.ownershipRights !== "Usufruct").reduce((sum, l) => sum + (l.shares ?? 0), 0);
      const held = new Map<string, number>();
      for (const l of holdings) held.set(l.uniqueIdentifier, (held.get(l.uniqueIdentifier) ?? 0) + (l.shares ?? 0));
      for (const [id, shares] of held) if (total > 0 && shares / total > 0.25 && natural(id)) owners.add(id);
    }
    const registered = new Set(company.tos.filter((l) => l.linkType === LINK.beneficiary).map((l) => l.uniqueIdentifier));
    for (const id of owners) if (!registered.has(id)) company.tos.push({ linkType: LINK.beneficiary, uniqueIdentifier: id });
  }

  /** Any other link type (contact 1, beneficiary 2, partner 5, or an unknown code). */
  other(from: SandboxRelation, linkType: number, to: SandboxRelation, comment?: string): void {
    const link: SandboxLink = { linkType, uniqueIdentifier: to.uniqueIdentifier };
    if (comment) link.comment = comment;
    from.tos.push(link);
  }
}
