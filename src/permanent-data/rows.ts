// What the sheet shows for a company's permanent data: one row per identification field,
// mandate, holding and party, cells keyed by the column keys of tables.ts, in the chosen
// language. Dates stay calendar-date strings and percentages fractions (0.6 = 60 %); the
// workbook layer turns them into typed Excel cells.

import type { Language } from "../i18n/language";
import { formatEnterpriseNumber } from "../identifiers/enterprise-number";
import { formatNationalNumber } from "../identifiers/national-number";
import { labelsFor } from "./labels";
import { legalFormLabel } from "./legal-forms";
import type { ImportedRow } from "./merge";
import { CANONICAL_ROLES, type CanonicalRole, type Holding, type PartnerKind, type Party, type PermanentData, type PostalAddress } from "./model";
import type { Labels } from "./labels";
import { IDENTIFICATION_KEYS, type IdentificationKey, type TableId } from "./tables";

export type ImportTable = Exclude<TableId, "checks" | "syncLog">;

/** The tables of AdminPulse's data, in the sheet's order. */
export const IMPORT_TABLES: readonly ImportTable[] = ["identification", "directors", "shareholders", "auditors", "relations"];

/**
 * Per table, the columns an import owns and the merge compares. The others are the add-in's
 * bookkeeping (source, link, duplicate of, the localised field name) and are rewritten on every
 * sync, or the user's own.
 */
export const IMPORTED_COLUMNS = {
  identification: ["value"],
  directors: ["name", "kind", "identifier", "role", "start", "end", "representative"],
  shareholders: ["name", "kind", "identifier", "right", "shares", "votes", "percentShares", "percentVotes"],
  auditors: ["name", "kind", "identifier", "ireNumber", "start", "end"],
  relations: ["name", "kind", "enterpriseNumber", "nationalNumber", "address", "roles"],
} as const satisfies Record<ImportTable, readonly string[]>;

/**
 * Columns that say which row it is rather than what AdminPulse says of it: an identification row's
 * key and field name. On an imported row they follow from its link; on a manual row they are what
 * the accountant typed (a field "Chiffre d'affaires" with its value). The merge compares neither.
 */
export const IDENTITY_COLUMNS: Readonly<Partial<Record<ImportTable, readonly string[]>>> = { identification: ["key", "field"] };

/** Identification keys that come from AdminPulse (LastSync is written by the sync itself). */
export const IMPORTED_IDENTIFICATION_KEYS = IDENTIFICATION_KEYS.filter((key): key is Exclude<IdentificationKey, "LastSync"> => key !== "LastSync");

/** Excel's limit on the text of a cell: longer text makes the whole write fail. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text longer than a cell holds, cut to fit and marked with "…". Done here, on the model's rows,
 * rather than when writing, so that the snapshot holds what the sheet shows and the next sync does
 * not take the cut for an edit. (Without it, a single over-long name from AdminPulse made every
 * sync of the company fail with Excel's InvalidArgument.)
 */
export function fitCell(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
}

export function toTableRows(data: PermanentData, language: Language): Record<ImportTable, ImportedRow[]> {
  const rows = tableRows(data, language);
  const fit = (list: ImportedRow[]) =>
    list.map((row) => ({
      ...row,
      cells: Object.fromEntries(Object.entries(row.cells).map(([key, value]) => [key, typeof value === "string" ? fitCell(value) : value])),
    }));
  return {
    identification: fit(rows.identification),
    directors: fit(rows.directors),
    shareholders: fit(rows.shareholders),
    auditors: fit(rows.auditors),
    relations: fit(rows.relations),
  };
}

function tableRows(data: PermanentData, language: Language): Record<ImportTable, ImportedRow[]> {
  const labels = labelsFor(language);
  const parties = new Map(data.parties.map((p) => [p.adminPulseId, p]));
  const partyCells = (id: string) => {
    const p = parties.get(id);
    return {
      name: p?.name ?? "",
      kind: p ? labels.personKinds[p.kind] : "",
      identifier: p ? identifierOf(p) : "",
    };
  };
  const nameOf = (id: string | null) => (id ? (parties.get(id)?.name ?? "") : "");
  const c = data.company;

  const identification: Record<(typeof IMPORTED_IDENTIFICATION_KEYS)[number], string | null> = {
    CompanyName: c.name,
    EnterpriseNumber: c.enterpriseNumber ? formatEnterpriseNumber(c.enterpriseNumber) : null,
    LegalForm: c.legalForm ? legalFormLabel(c.legalForm, language) : null,
    Street: c.address.street,
    Number: c.address.number,
    Box: c.address.box,
    PostalCode: c.address.postalCode,
    City: c.address.city,
    Country: c.address.country,
    FiscalYearEnd: c.fiscalYearEnd,
    GeneralMeetingDate: c.generalMeetingDate,
    Language: c.language,
    AdminPulseId: c.adminPulseId,
  };

  const roles = new Map<string, RoleKey[]>();
  const addRole = (id: string | null, role: RoleKey) => {
    if (!id) return;
    const list = roles.get(id) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(id, list);
  };
  for (const d of data.directors) {
    addRole(d.partyId, d.role);
    addRole(d.representativeId, "permanent-representative");
  }
  for (const h of data.shareholders) addRole(h.partyId, h.partner ? PARTNER_ROLE[h.partner] : "shareholder");
  for (const a of data.auditors) {
    addRole(a.partyId, "statutory-auditor");
    addRole(a.representativeId, "permanent-representative");
  }

  return {
    identification: IMPORTED_IDENTIFICATION_KEYS.map((key) => ({
      link: key,
      cells: { key, field: labels.identification[key], value: identification[key] ?? "" },
    })),
    directors: data.directors.map((d) => ({
      link: d.link,
      cells: {
        ...partyCells(d.partyId),
        role: labels.roles[d.role],
        start: d.start ?? "",
        end: d.end ?? "",
        representative: nameOf(d.representativeId),
      },
    })),
    shareholders: data.shareholders.map((h) => ({
      link: h.link,
      cells: {
        ...partyCells(h.partyId),
        right: rightText(h, labels),
        shares: h.shares,
        votes: h.votes,
        percentShares: fraction(h.percentShares),
        percentVotes: fraction(h.percentVotes),
      },
    })),
    auditors: data.auditors.map((a) => ({
      link: a.link,
      cells: { ...partyCells(a.partyId), ireNumber: a.ireNumber ?? "", start: a.start ?? "", end: a.end ?? "" },
    })),
    relations: data.parties.map((p) => ({
      link: p.adminPulseId,
      cells: {
        name: p.name,
        kind: labels.personKinds[p.kind],
        enterpriseNumber: p.enterpriseNumber ? formatEnterpriseNumber(p.enterpriseNumber) : "",
        nationalNumber: p.nationalNumber ? formatNationalNumber(p.nationalNumber) : "",
        address: oneLineAddress(p.address, labels.boxWord),
        // In the rules page's order, not AdminPulse's: a new mandate must not reshuffle the words.
        roles: [...(roles.get(p.adminPulseId) ?? [])]
          .sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b))
          .map((r) => roleWord(r, labels))
          .join(", "),
      },
    })),
  };
}

/** A role in PD_Relations' Roles column: a canonical role, or a partner of an SNC/SComm. */
type RoleKey = CanonicalRole | `partner:${Exclude<PartnerKind, "general">}`;
/**
 * A general partner is a canonical role (a director link can name him too): one word for him, not
 * "associé commandité, associé commandité" when he is both.
 */
const PARTNER_ROLE: Readonly<Record<PartnerKind, RoleKey>> = { partner: "partner:partner", general: "general-partner", limited: "partner:limited" };
/** The rules page's order (the general partner among the canonical roles), the other partners after shareholders. */
const ROLE_ORDER: readonly RoleKey[] = [...CANONICAL_ROLES, "partner:limited", "partner:partner"];

function roleWord(role: RoleKey, labels: Labels): string {
  return role.startsWith("partner:") ? labels.partners[role.slice("partner:".length) as PartnerKind] : labels.roles[role as CanonicalRole];
}

/**
 * The Right column: the ownership right ("usufruit"); for a partner of an SNC/SComm his title
 * ("associé commandité"), with the right after it when it is not full ownership.
 */
export function rightText(h: Pick<Holding, "right" | "partner">, labels: Labels): string {
  const right = labels.rights[h.right] ?? labels.rights.full;
  if (!h.partner) return right;
  const title = labels.partners[h.partner] ?? labels.partners.partner;
  return h.right === "full" || !labels.rights[h.right] ? title : `${title} (${right})`;
}

/** A legal person by its enterprise number, a natural person by the national number AdminPulse holds. */
function identifierOf(p: Party): string {
  if (p.kind === "legal") return p.enterpriseNumber ? formatEnterpriseNumber(p.enterpriseNumber) : "";
  return p.nationalNumber ? formatNationalNumber(p.nationalNumber) : "";
}

/** "Rue de la Station 12 bte B, 5000 Namur" (the country only when it is not Belgium). */
export function oneLineAddress(a: PostalAddress, boxWord: string): string {
  const street = [a.street, a.number, a.box ? `${boxWord} ${a.box}` : null].filter(Boolean).join(" ");
  const city = [a.postalCode, a.city].filter(Boolean).join(" ");
  const country = a.country && a.country !== "BE" ? a.country : null;
  return [street, city, country].filter(Boolean).join(", ");
}

/** 60 (percent) → 0.6, without the float noise of the division showing up as a "change". */
function fraction(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 1e8) / 1e10;
}
