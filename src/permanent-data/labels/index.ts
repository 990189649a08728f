// Labels by language, and the Source words of every language: a sheet written in French must
// still be read correctly after the user switches Office to Dutch.

import type { Language } from "../../i18n/language";
import { en } from "./en";
import { fr } from "./fr";
import { nl } from "./nl";
import type { PersonKind } from "../model";
import type { Labels } from "./types";

export type { Labels, Severity, SourceKind } from "./types";
export { SEVERITIES } from "./types";

const LABELS: Readonly<Record<Language, Labels>> = { fr, nl, en };

export function labelsFor(language: Language): Labels {
  return LABELS[language];
}

/** Lower case, no accents, trimmed, inner spaces collapsed. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
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
  const folded = fold(text);
  for (const labels of Object.values(LABELS)) {
    for (const [kind, word] of Object.entries(labels.personKinds) as [PersonKind, string][]) if (fold(word) === folded) return kind;
  }
  return null;
}

/** True when the cell says "manual" in any language, whatever the case, accents or surrounding spaces. */
export function isManualSourceWord(text: string | null | undefined): boolean {
  if (typeof text !== "string") return false;
  const folded = fold(text);
  return folded !== "" && sourceWordsAll().some((word) => fold(word) === folded);
}

/** True when the cell says "AdminPulse" in any language, whatever the case, accents or surrounding spaces. */
export function isImportedSourceWord(text: string | null | undefined): boolean {
  if (typeof text !== "string") return false;
  const folded = fold(text);
  return folded !== "" && importedSourceWordsAll().some((word) => fold(word) === folded);
}
