// The shape of one language's labels. Every table's column keys and every identification key
// come from tables.ts, so a key added there and missing here is a compile error.

import type { CanonicalRole, OwnershipRight, PartnerKind, PersonKind } from "../model";
import type { ColumnKey, IdentificationKey, TableId } from "../tables";

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type SourceKind = "imported" | "manual";

export interface Labels {
  /** Name of the sheet the tables are created on (at most 31 characters, no []:*?/\). */
  sheetName: string;
  /** Section titles, one per table ("Identification", "Directors"…, "Sync log"). */
  sections: Readonly<Record<TableId, string>>;
  /** Column headers of every table, by column key. */
  headers: { readonly [T in TableId]: Readonly<Record<ColumnKey<T>, string>> };
  /** Field names of the identification table's rows. */
  identification: Readonly<Record<IdentificationKey, string>>;
  /** What the Source column shows: "AdminPulse" or the word for manual. */
  source: Readonly<Record<SourceKind, string>>;
  personKinds: Readonly<Record<PersonKind, string>>;
  /** The word before a box number in a one-line address ("bte", "bus", "box"). */
  boxWord: string;
  severities: Readonly<Record<Severity, string>>;
  /**
   * Header of the checks' column in an imported table, where Excel has no notes (before ExcelApi
   * 1.18). Distinctive on purpose: a column someone added ("Check", "Controle") stays theirs.
   */
  checkColumn: string;
  /** The role words of the rules page (from roles.ts, not repeated here). */
  roles: Readonly<Record<CanonicalRole, string>>;
  /** The Right column of PD_Shareholders: "pleine propriété" / "volle eigendom" / "full ownership"… */
  rights: Readonly<Record<OwnershipRight, string>>;
  /** The Right column for a partner of an SNC/SComm, and his role word in PD_Relations: "associé", "associé commandité"… */
  partners: Readonly<Record<PartnerKind, string>>;
}
