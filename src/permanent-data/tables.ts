// The workbook's permanent-data tables: fixed, language-independent names and column keys, in
// the order of the design's "Workbook layout". Headers shown to users come from labels/.

export const TABLES = {
  identification: { name: "PD_Identification", columns: ["key", "field", "value", "source"] },
  directors: {
    name: "PD_Directors",
    columns: ["name", "kind", "identifier", "role", "start", "end", "representative", "source", "link"],
  },
  shareholders: {
    name: "PD_Shareholders",
    columns: ["name", "kind", "identifier", "right", "shares", "votes", "percentShares", "percentVotes", "source", "link"],
  },
  auditors: { name: "PD_Auditors", columns: ["name", "kind", "identifier", "ireNumber", "start", "end", "source", "link"] },
  relations: {
    name: "PD_Relations",
    columns: ["name", "kind", "enterpriseNumber", "nationalNumber", "address", "roles", "source", "adminPulseId", "duplicateOf"],
  },
  checks: { name: "PD_Checks", columns: ["severity", "check", "message", "where"] },
  syncLog: {
    name: "PD_SyncLog",
    columns: ["when", "enterpriseNumber", "added", "updated", "removed", "keptManual", "conflicts", "result"],
  },
} as const;

export type TableId = keyof typeof TABLES;
export type ColumnKey<T extends TableId> = (typeof TABLES)[T]["columns"][number];

/** Keys of the identification table, in order. */
export const IDENTIFICATION_KEYS = [
  "CompanyName",
  "EnterpriseNumber",
  "LegalForm",
  "Street",
  "Number",
  "Box",
  "PostalCode",
  "City",
  "Country",
  "FiscalYearEnd",
  "GeneralMeetingDate",
  "Language",
  "AdminPulseId",
  "LastSync",
] as const;
export type IdentificationKey = (typeof IDENTIFICATION_KEYS)[number];

/** Workbook name of the enterprise-number cell: typing a number there and syncing links a new file. */
export const ENTERPRISE_NUMBER_NAME = "PD_EnterpriseNumber";
