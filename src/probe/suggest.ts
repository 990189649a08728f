// Which field met in an answer is likely the one the contract expects under another name. A
// candidate must hold what the expected field holds (a date-like text for a date, an array for
// links…); among those, shared words in the names decide (nextGeneralMeeting ~ generalMeetingDate).
// A candidate is suggested when its name shares a word, or when it is the only one that fits.

import type { FieldNote } from "../adminpulse/contract";
import { nameWords } from "./field-names";
import type { FieldStats } from "./observations";

export interface Candidate {
  name: string;
  stats: FieldStats;
}

/** Whether what a field held fits the expected field: true, false, or null when it only ever held null. */
export function fits(expected: Pick<FieldNote, "accepts" | "date">, stats: FieldStats): boolean | null {
  const kinds = Object.entries(stats.kinds)
    .filter(([kind, count]) => kind !== "null" && (count ?? 0) > 0)
    .map(([kind]) => kind);
  if (kinds.length === 0) return null;
  const texts = stats.kinds.string ?? 0;
  const dateLike = [...stats.datePatterns.values()].reduce((a, b) => a + b, 0);
  // A date field's new name holds date-like texts; any other field's new name does not (mostly).
  if (expected.date) return kinds.every((kind) => kind === "string") && dateLike > 0;
  if (texts > 0 && dateLike * 2 > texts) return false;
  return kinds.every((kind) => (expected.accepts as readonly string[]).includes(kind));
}

/** Shared words over all words of both names, 0 to 1. */
export function similarity(a: string, b: string): number {
  const wa = new Set(nameWords(a));
  const wb = new Set(nameWords(b));
  const shared = [...wa].filter((word) => wb.has(word)).length;
  const all = new Set([...wa, ...wb]).size;
  return all === 0 ? 0 : shared / all;
}

/** The candidates, likeliest first, and the one to suggest (or null). */
export function rank(
  expected: Pick<FieldNote, "accepts" | "date"> & { name: string },
  candidates: readonly Candidate[],
): { ordered: string[]; suggestion: string | null } {
  const scored = candidates.map((candidate) => {
    const fit = fits(expected, candidate.stats);
    const like = similarity(expected.name, candidate.name);
    // Fitting kinds first, then names that share words, then the more frequent.
    const score = (fit === true ? 2 : fit === null ? 1 : 0) * 10 + like * 5;
    return { name: candidate.name, fit, like, score, count: candidate.stats.count };
  });
  scored.sort((a, b) => b.score - a.score || b.count - a.count || a.name.localeCompare(b.name));
  const fitting = scored.filter((c) => c.fit === true);
  const best = fitting[0];
  const suggestion = best && (best.like > 0 || fitting.length === 1) && !(fitting[1] && fitting[1].like === best.like) ? best.name : null;
  return { ordered: scored.map((c) => c.name), suggestion };
}
