// Labels by language, and the Source words of every language: a sheet written in French must
// still be read correctly after the user switches Office to Dutch.

import { foldText } from "../../i18n/fold";
import type { Language } from "../../i18n/language";
import { en } from "./en";
import { fr } from "./fr";
import { nl } from "./nl";
import { OWNERSHIP_RIGHTS, PARTNER_KINDS, type OwnershipRight, type PartnerKind, type PersonKind } from "../model";
import type { Labels } from "./types";

export type { Labels, Severity, SourceKind } from "./types";
export { SEVERITIES } from "./types";

const LABELS: Readonly<Record<Language, Labels>> = { fr, nl, en };

export function labelsFor(language: Language): Labels {
  return LABELS[language];
}

function distinct(words: string[]): string[] {
  return [...new Set(words)];
}

/** Every language's word for a manually added row ("Manuel", "Manueel", "Manual"), each once. */
export function sourceWordsAll(): string[] {
  return distinct(Object.values(LABELS).map((labels) => labels.source.manual));
}

/** Every language's word for an imported row ("AdminPulse"), each once. */
export function importedSourceWordsAll(): string[] {
  return distinct(Object.values(LABELS).map((labels) => labels.source.imported));
}

/** "Personne morale", "Rechtspersoon", "legal person"… → the person kind, in any language; null when not one of them. */
export function personKindFromWord(text: string | null | undefined): PersonKind | null {
  if (typeof text !== "string") return null;
  const folded = foldText(text);
  for (const labels of Object.values(LABELS)) {
    for (const [kind, word] of Object.entries(labels.personKinds) as [PersonKind, string][]) if (foldText(word) === folded) return kind;
  }
  return null;
}

/** True when the cell says "manual" in any language, whatever the case, accents or surrounding spaces. */
export function isManualSourceWord(text: string | null | undefined): boolean {
  if (typeof text !== "string") return false;
  const folded = foldText(text);
  return folded !== "" && sourceWordsAll().some((word) => foldText(word) === folded);
}

/** True when the cell says "AdminPulse" in any language, whatever the case, accents or surrounding spaces. */
export function isImportedSourceWord(text: string | null | undefined): boolean {
  if (typeof text !== "string") return false;
  const folded = foldText(text);
  return folded !== "" && importedSourceWordsAll().some((word) => foldText(word) === folded);
}

/** Lower case, no accents, letters and digits only, one space between words ("nue-propriété" → "nue propriete"). */
function foldWords(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Every language's words for a right or a partner's title, folded, longest first (so "beherend vennoot" wins over "vennoot"). */
const RIGHT_WORDS: readonly (readonly [string, OwnershipRight])[] = Object.values(LABELS)
  .flatMap((labels) => OWNERSHIP_RIGHTS.map((right) => [foldWords(labels.rights[right]), right] as const))
  .sort((a, b) => b[0].length - a[0].length);
const PARTNER_WORDS: readonly (readonly [string, PartnerKind])[] = Object.values(LABELS)
  .flatMap((labels) => PARTNER_KINDS.map((kind) => [foldWords(labels.partners[kind]), kind] as const))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The Right column of PD_Shareholders read back, in any language, whatever the case, accents or
 * hyphens: "usufruit", "Blote eigendom", "associé commandité (usufruit)". `right` is null when
 * the cell names no right (empty, or a partner's title alone: full ownership is then meant);
 * `partner` null when it names no partner; null for an empty cell.
 */
export function holdingRightFromWord(text: string | null | undefined): { right: OwnershipRight | null; partner: PartnerKind | null; known: boolean } | null {
  if (typeof text !== "string") return null;
  const folded = foldWords(text);
  if (folded === "") return null;
  const has = (word: string) => new RegExp(`(^| )${word}( |$)`).test(folded);
  const right = RIGHT_WORDS.find(([word]) => has(word))?.[1] ?? null;
  const partner = PARTNER_WORDS.find(([word]) => has(word))?.[1] ?? null;
  return { right, partner, known: right !== null || partner !== null };
}
