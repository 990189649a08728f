// Duplicate relations across the central list, manual and imported rows together: the same
// enterprise number, the same national register number, or the same name once normalised (case,
// accents, punctuation, spacing, word order; legal-form abbreviations in company names) at the
// same postal code, unless valid numbers show them to be different. Each duplicate points at the
// earlier row it matches, and says how.

import { foldWords } from "../i18n/fold";
import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { normaliseNationalNumber } from "../identifiers/national-number";
import { stripLegalFormSuffix } from "./legal-forms";

export interface RelationKey {
  name: string | null;
  enterpriseNumber: string | null;
  nationalNumber: string | null;
  postalCode: string | null;
  /** true for a company, false for a person, null when unknown: legal-form words are ignored in company names only. */
  legal?: boolean | null;
}

export type DuplicateReason = "enterprise-number" | "national-number" | "name-and-postal-code";

export interface Duplicate {
  /** Position of the duplicate in the list given. */
  index: number;
  /** Position of the earlier row it matches (the earliest, when it matches several). */
  of: number;
  /** How it matches that row. */
  reason: DuplicateReason;
}

/** "DUBOIS Jean-Marie", "Jean Marie Dubois" and "dubois, jean-marie" give the same key. */
export function normaliseName(name: string, legal: boolean | null = null): string {
  const plain = foldWords(legal === false ? name : stripLegalFormSuffix(name));
  return plain.split(" ").filter(Boolean).sort().join(" ");
}

export function findDuplicates(rows: readonly RelationKey[]): Duplicate[] {
  const keys = rows.map((r) => {
    const postalCode = (r.postalCode ?? "").replace(/\D/g, "");
    const name = r.name ? normaliseName(r.name, r.legal ?? null) : "";
    return {
      enterpriseNumber: validDigits(normaliseEnterpriseNumber(r.enterpriseNumber), 10),
      nationalNumber: validDigits(normaliseNationalNumber(r.nationalNumber), 11),
      // Without a postal code a name alone says too little: "Jan Peeters" is many people.
      name: name && postalCode ? `${name}|${postalCode}` : null,
    };
  });
  // Two rows whose valid numbers differ are two different people or companies, whatever their names.
  const differ = (i: number, j: number) =>
    (keys[i]!.enterpriseNumber !== null && keys[j]!.enterpriseNumber !== null && keys[i]!.enterpriseNumber !== keys[j]!.enterpriseNumber) ||
    (keys[i]!.nationalNumber !== null && keys[j]!.nationalNumber !== null && keys[i]!.nationalNumber !== keys[j]!.nationalNumber);

  const byEnterpriseNumber = new Map<string, number>();
  const byNationalNumber = new Map<string, number>();
  const byName = new Map<string, number[]>();
  const duplicates: Duplicate[] = [];

  keys.forEach((key, index) => {
    const matches: Duplicate[] = [];
    const en = key.enterpriseNumber === null ? undefined : byEnterpriseNumber.get(key.enterpriseNumber);
    if (en !== undefined) matches.push({ index, of: en, reason: "enterprise-number" });
    const nn = key.nationalNumber === null ? undefined : byNationalNumber.get(key.nationalNumber);
    if (nn !== undefined) matches.push({ index, of: nn, reason: "national-number" });
    const sameName = key.name === null ? undefined : byName.get(key.name)?.find((j) => !differ(index, j));
    if (sameName !== undefined) matches.push({ index, of: sameName, reason: "name-and-postal-code" });
    const earliest = matches.sort((a, b) => a.of - b.of)[0];
    if (earliest) duplicates.push(earliest);

    if (key.enterpriseNumber !== null && !byEnterpriseNumber.has(key.enterpriseNumber)) byEnterpriseNumber.set(key.enterpriseNumber, index);
    if (key.nationalNumber !== null && !byNationalNumber.has(key.nationalNumber)) byNationalNumber.set(key.nationalNumber, index);
    if (key.name !== null) byName.set(key.name, [...(byName.get(key.name) ?? []), index]);
  });
  return duplicates;
}

/** The postal code of a one-line address as the relations table writes it ("…, 5000 Namur"). */
export function postalCodeFromAddress(line: string | null): string | null {
  return /(?:^|,)\s*(\d{4,5})\b/.exec(line ?? "")?.[1] ?? null;
}

function validDigits(value: string | null, length: number): string | null {
  return value && value.length === length && /^\d+$/.test(value) ? value : null;
}
