// Duplicate relations across the central list, manual and imported rows together: the same
// enterprise number, the same national register number, or the same name once normalised (case,
// accents, punctuation, spacing, word order, legal-form abbreviations ignored) at the same postal
// code. Duplicates chain (B like A by number, C like B by name): every row of a group points at
// the group's first row.

import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import { normaliseNationalNumber } from "../identifiers/national-number";
import { stripLegalFormSuffix } from "./legal-forms";

export interface RelationKey {
  name: string | null;
  enterpriseNumber: string | null;
  nationalNumber: string | null;
  postalCode: string | null;
}

export type DuplicateReason = "enterprise-number" | "national-number" | "name-and-postal-code";

export interface Duplicate {
  /** Position of the duplicate in the list given. */
  index: number;
  /** Position of the row it duplicates: the first row of its group. */
  of: number;
  reason: DuplicateReason;
}

/** "DUBOIS Jean-Marie", "Jean Marie Dubois" and "dubois, jean-marie" give the same key. */
export function normaliseName(name: string): string {
  const plain = stripLegalFormSuffix(name)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return plain.split(" ").filter(Boolean).sort().join(" ");
}

export function findDuplicates(rows: readonly RelationKey[]): Duplicate[] {
  const parent = rows.map((_, i) => i);
  const reasonOf = new Map<number, DuplicateReason>();
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number, reason: DuplicateReason) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb) return;
    const [first, later] = ra < rb ? [ra, rb] : [rb, ra];
    parent[later] = first;
    // The reason a row is a duplicate: the first way it was found to match.
    const duplicate = Math.max(a, b);
    if (!reasonOf.has(duplicate)) reasonOf.set(duplicate, reason);
    if (!reasonOf.has(later)) reasonOf.set(later, reason);
  };

  const byKey = (kind: DuplicateReason, keyOf: (row: RelationKey) => string | null) => {
    const firstSeen = new Map<string, number>();
    rows.forEach((row, index) => {
      const key = keyOf(row);
      if (!key) return;
      const first = firstSeen.get(key);
      if (first === undefined) firstSeen.set(key, index);
      else join(first, index, kind);
    });
  };

  byKey("enterprise-number", (r) => validDigits(normaliseEnterpriseNumber(r.enterpriseNumber), 10));
  byKey("national-number", (r) => validDigits(normaliseNationalNumber(r.nationalNumber), 11));
  byKey("name-and-postal-code", (r) => {
    const name = r.name ? normaliseName(r.name) : "";
    return name ? `${name}|${(r.postalCode ?? "").replace(/\D/g, "")}` : null;
  });

  const duplicates: Duplicate[] = [];
  rows.forEach((_, index) => {
    const of = root(index);
    if (of !== index) duplicates.push({ index, of, reason: reasonOf.get(index) ?? "name-and-postal-code" });
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
