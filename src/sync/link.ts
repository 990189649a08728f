// Which company a workbook is linked to, and whether that link can be trusted without asking a
// person. A workbook may come from anyone (a client, a colleague, a template), and a sync writes
// the company's directors with their national numbers into it: a workbook must never pull a
// company it was not linked to by someone at this office.
//
// The rules:
// - The number is the one PD_Identification shows. The workbook name PD_EnterpriseNumber must
//   point at that very cell (every sync puts it there); a name pointing anywhere else, or an
//   identification table on a very hidden sheet (only code can put it there), links nothing.
// - The state sheet records the number of the last sync. The link is "linked" only when the cell
//   agrees with it; a different number typed in the cell is a relink, and a workbook without a
//   record (new, or synced by an older version) is linked for the first time. Both need a person.
// - On top of that, the device remembers the links a person confirmed (session.ts): automatic
//   syncs run only for those.

import { normaliseEnterpriseNumber } from "../identifiers/enterprise-number";
import type { SheetContents } from "../workbook/port";

export type WorkbookLink =
  /** No number in the identification table (or no table). */
  | { kind: "none" }
  /** The name points at the number cell, and the number is the one the last sync recorded. */
  | { kind: "linked"; enterpriseNumber: string }
  /** A number, but no sync recorded one: a first sync (or one by an older version of the add-in). */
  | { kind: "first"; enterpriseNumber: string }
  /** The number differs from the one the last sync recorded: someone typed another company's. */
  | { kind: "relinked"; enterpriseNumber: string; previous: string }
  /** The link is not where the add-in put it: treated as not linked. */
  | { kind: "misdirected"; reason: "name-elsewhere" | "very-hidden"; enterpriseNumber: string | null };

export function workbookLink(state: SheetContents): WorkbookLink {
  const shown = state.enterpriseNumber === null ? null : normaliseEnterpriseNumber(state.enterpriseNumber);
  const number = shown && /^\d{10}$/.test(shown) ? shown : null;
  if (state.identificationVeryHidden) return { kind: "misdirected", reason: "very-hidden", enterpriseNumber: number };
  if (state.enterpriseNumberName === "elsewhere") return { kind: "misdirected", reason: "name-elsewhere", enterpriseNumber: number };
  if (state.enterpriseNumber === null) return { kind: "none" };
  // A number that is not 10 digits is for the sync to refuse with its own message.
  const enterpriseNumber = number ?? state.enterpriseNumber;
  const recorded = state.snapshot.enterpriseNumber ?? null;
  if (recorded === null) return { kind: "first", enterpriseNumber };
  if (recorded !== enterpriseNumber) return { kind: "relinked", enterpriseNumber, previous: recorded };
  return { kind: "linked", enterpriseNumber };
}
