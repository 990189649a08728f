// Builders for the checks' tests: a clean company as AdminPulse would give it, its rows as the
// sheet shows them, and small edits (a field's value, a row turned manual, a row added by hand).

import { enterpriseNumber, nationalNumber } from "../../sandbox/belgian-ids";
import { type CheckId, type CheckInput, type CheckRow, type Finding, checkInputFromData, runChecks } from "../../src/checks";
import type { Language } from "../../src/i18n/language";
import type { CellValue } from "../../src/permanent-data/merge";
import type { DirectorMandate, Holding, Party, PermanentData, PostalAddress } from "../../src/permanent-data/model";
import type { IdentificationKey } from "../../src/permanent-data/tables";

export const TODAY = "2026-03-01";

export const NN = {
  claire: nationalNumber(1978, 4, 12, 124),
  thomas: nationalNumber(2002, 9, 3, 47),
  jan: nationalNumber(1962, 11, 11, 61),
  marc: nationalNumber(1968, 2, 2, 81),
  anne: nationalNumber(1983, 6, 22, 302),
} as const;

export const EN = {
  company: "0566988259",
  holding: enterpriseNumber("04031707"),
  management: enterpriseNumber("06894471"),
} as const;

export const ADDRESS: PostalAddress = { street: "Rue de Fer", number: "24", box: null, postalCode: "5000", city: "Namur", country: "BE" };

export function person(id: string, name: string, nationalNumber: string | null, address: PostalAddress = ADDRESS): Party {
  const [firstName = null, ...rest] = name.split(" ");
  return { adminPulseId: id, kind: "natural", name, firstName, lastName: rest.join(" ") || null, enterpriseNumber: null, nationalNumber, address };
}

export function company(id: string, name: string, enterpriseNumber: string | null, address: PostalAddress = ADDRESS): Party {
  return { adminPulseId: id, kind: "legal", name, firstName: null, lastName: null, enterpriseNumber, nationalNumber: null, address };
}

export function director(partyId: string, partial: Partial<DirectorMandate> = {}): DirectorMandate {
  return { link: `director:${partyId}`, partyId, role: "director", roleText: null, start: "2019-03-01", end: null, representativeId: null, ...partial };
}

export function holding(partyId: string, shares: number, total: number, partial: Partial<Holding> = {}): Holding {
  return {
    link: `shareholder:${partyId}`,
    partyId,
    shares,
    votes: shares,
    percentShares: (shares / total) * 100,
    percentVotes: (shares / total) * 100,
    underOption: false,
    right: "full",
    partner: null,
    treasury: false,
    ...partial,
  };
}

/** L'Atelier du Test SRL: complete identity, one director, two shareholders (60 / 40), both registered as beneficiaries, no auditor. */
export function cleanSrl(): PermanentData {
  return {
    company: {
      adminPulseId: "c1",
      soleProprietor: false,
      name: "L'Atelier du Test SRL",
      enterpriseNumber: EN.company,
      legalForm: { raw: "SRL", code: "610", preCsa: false },
      address: ADDRESS,
      fiscalYearEnd: "2025-12-31",
      generalMeetingDate: "2026-06-09",
      language: "FR",
      totalShares: 100,
      totalVotes: 100,
    },
    parties: [person("p1", "Claire Fontaine", NN.claire), person("p2", "Thomas Fontaine", NN.thomas)],
    directors: [director("p1")],
    shareholders: [holding("p1", 60, 100), holding("p2", 40, 100)],
    auditors: [],
    beneficialOwnership: { registered: ["p1", "p2"], control: [], owners: {}, complete: true, parties: [] },
    diagnostics: { unknownLinkTypes: {}, missingParties: [], ignoredForSoleProprietor: 0 },
  };
}

/**
 * An estate plan: Claire kept the usufruct of her 60 shares and gave their bare ownership to her
 * children Thomas and Lou (30 each); Jan holds 40 in full ownership. Usufruct bears on shares
 * already counted; the usufructuary casts their votes.
 */
export function estatePlan(): PermanentData {
  const data = cleanSrl();
  data.parties.push(person("p3", "Lou Fontaine", null), person("p4", "Jan Peeters", NN.jan));
  data.shareholders = [
    holding("p1", 60, 100, { right: "usufruct" }),
    holding("p2", 30, 100, { right: "bare", percentVotes: null }),
    holding("p3", 30, 100, { right: "bare", percentVotes: null }),
    holding("p4", 40, 100),
  ];
  return data;
}

/** An SA with a board of 3 (mandates 2023 → 2029), 2 shareholders and a statutory auditor. */
export function cleanSa(): PermanentData {
  const data = cleanSrl();
  data.company.name = "Brasserie du Test SA";
  data.company.legalForm = { raw: "SA", code: "014", preCsa: false };
  data.parties.push(person("p3", "Jan Janssens", NN.jan), person("p4", "Marc Wouters", NN.marc), company("a1", "Réviseurs Test SRL", EN.holding));
  const mandate = { start: "2023-05-16", end: "2029-05-15" };
  data.directors = [director("p1", mandate), director("p3", mandate), director("p4", mandate)];
  data.auditors = [{ link: "auditor:a1", partyId: "a1", start: "2024-06-11", end: "2027-06-08", ireNumber: "B00123", representativeId: null }];
  return data;
}

/** A mutable copy of the rows, to edit like a user would. */
export type Input = Omit<CheckInput, "identification" | "directors" | "shareholders" | "auditors" | "relations"> & {
  identification: MutableRow[];
  directors: MutableRow[];
  shareholders: MutableRow[];
  auditors: MutableRow[];
  relations: MutableRow[];
};
export interface MutableRow {
  index: number;
  link: string | null;
  cells: Record<string, CellValue>;
}

export function inputOf(data: PermanentData, options: { today?: string } = {}): Input {
  return structuredClone(checkInputFromData(data, { today: options.today ?? TODAY })) as Input;
}

export function fieldRow(input: Input, key: IdentificationKey): MutableRow {
  const row = input.identification.find((r) => r.cells.key === key);
  if (!row) throw new Error(`no identification row ${key}`);
  return row;
}

export function setField(input: Input, key: IdentificationKey, value: CellValue): Input {
  fieldRow(input, key).cells.value = value;
  return input;
}

/** A row typed by hand, appended to the table. */
export function addManual(rows: MutableRow[], cells: Record<string, CellValue>): MutableRow {
  const row = { index: rows.length, link: null, cells };
  rows.push(row);
  return row;
}

export function findings(input: Input | CheckInput): Finding[] {
  return runChecks(input as CheckInput);
}

export function only(list: readonly Finding[], id: CheckId): Finding[] {
  return list.filter((f) => f.id === id);
}

export function ids(list: readonly Finding[]): CheckId[] {
  return list.map((f) => f.id);
}

/** The one finding of that id; fails when there is none or more than one. */
export function one(input: Input | CheckInput, id: CheckId): Finding {
  const found = only(findings(input), id);
  expect(found.map((f) => f.message.en)).toHaveLength(1);
  return found[0]!;
}

/** FR and NL are there, and neither is the English text nor each other. */
export function expectLocalized(f: Finding): void {
  const langs: Language[] = ["fr", "nl", "en"];
  for (const l of langs) expect(f.message[l].trim()).not.toBe("");
  expect(f.message.fr).not.toBe(f.message.en);
  expect(f.message.nl).not.toBe(f.message.en);
  expect(f.message.fr).not.toBe(f.message.nl);
}

export function rowOf(rows: readonly CheckRow[], link: string): CheckRow {
  const row = rows.find((r) => r.link === link);
  if (!row) throw new Error(`no row ${link}`);
  return row;
}
