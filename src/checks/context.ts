// The input read once for every rule: the identification fields by key, the legal form the sheet
// names, whether the company is a sole proprietor, the reference date, and each table's rows
// parsed (people's kinds, dates, numbers). Tolerant of anything: a cell that is not what its
// column expects is read as empty or as junk, never thrown on.

import { foldWords } from "../i18n/fold";
import { LANGUAGES } from "../i18n/language";
import { analyseEnterpriseNumber } from "../identifiers/enterprise-number";
import { analyseNationalNumber, normaliseNationalNumber } from "../identifiers/national-number";
import { normaliseName, postalCodeFromAddress } from "../permanent-data/duplicates";
import { holdingRightFromWord, labelsFor, personKindFromWord } from "../permanent-data/labels";
import { identifyLegalForm, legalFormById, type LegalFormInfo } from "../permanent-data/legal-forms";
import type { CalendarDate, CanonicalRole, OwnershipRight, PartnerKind, Party, PermanentData, PersonKind } from "../permanent-data/model";
import { roleFromText } from "../permanent-data/roles";
import { IDENTIFICATION_KEYS, type IdentificationKey } from "../permanent-data/tables";
import type { CellValue } from "../permanent-data/merge";
import type { CheckConflict, CheckInput, CheckRow, CheckTable, Finding, FindingSource, FindingTarget } from "./types";
import { frenchTypography } from "./messages";
import { addDays, addYears, isBlank, parseDate, parseFraction, parseNumber, text } from "./values";

export interface PersonRow {
  table: CheckTable;
  row: CheckRow;
  name: string | null;
  kind: PersonKind | null;
  /** The identifier cell as it is (national number of a natural person, enterprise number of a legal one). */
  identifier: unknown;
  /** Valid national number (11 digits) or valid enterprise/establishment number (10 digits) of the identifier, if any. */
  number: string | null;
}

export interface DirectorRow extends PersonRow {
  role: CanonicalRole | null;
  roleText: string | null;
  start: CalendarDate | null;
  end: CalendarDate | null;
  representative: string | null;
}

export interface HolderRow extends PersonRow {
  /** null: empty; NaN: not a number. */
  shares: number | null;
  votes: number | null;
  /** Fractions (0.6 = 60 %); null: empty; NaN: not a number. */
  percentShares: number | null;
  percentVotes: number | null;
  /** The Right column read in any language; full ownership when it names no right (or is absent). */
  right: OwnershipRight;
  /** The Right column names a right or a partner's title (an empty cell records none). */
  rightRecorded: boolean;
  /** A partner of an SNC/SComm, by the title the Right column gives. */
  partner: PartnerKind | null;
}

export interface AuditorRow extends PersonRow {
  ireNumber: string | null;
  start: CalendarDate | null;
  end: CalendarDate | null;
}

export interface RelationRow extends PersonRow {
  enterpriseNumber: unknown;
  nationalNumber: unknown;
  address: string | null;
  postalCode: string | null;
  /** The one-line address ends with a country other than Belgium. */
  foreign: boolean;
}

export interface IdentificationField {
  row: CheckRow | null;
  value: unknown;
  text: string | null;
}

export interface Context {
  company: PermanentData | null;
  conflicts: readonly CheckConflict[];
  today: CalendarDate | null;
  /** The financial-year end shown when it is a date, else today (rules page). */
  referenceDate: CalendarDate | null;
  /** False when the sheet has no identification rows at all (no table): identification rules stay silent. */
  hasIdentification: boolean;
  field(key: IdentificationKey): IdentificationField;
  fiscalYearEnd: CalendarDate | null;
  meetingDate: CalendarDate | null;
  /** The legal form the sheet names, when recognised. */
  legalForm: LegalFormInfo | null;
  /** For a pre-2019 form, the form it was converted into by law; else legalForm. */
  effectiveForm: LegalFormInfo | null;
  /** True / false when known; null when nothing tells (no legal form, no directors or shareholders, no AdminPulse data). */
  soleProprietor: boolean | null;
  /** Where the company's data comes from, for findings about rows that are not there. */
  sheetSource: "imported" | "manual";
  identification: readonly CheckRow[];
  directors: readonly DirectorRow[];
  shareholders: readonly HolderRow[];
  auditors: readonly AuditorRow[];
  relations: readonly RelationRow[];
  /** The relations table's row for a name (the first, names compared like duplicates are). */
  relationByName(name: string | null): RelationRow | null;
  /** The AdminPulse party behind an imported row, when the sync fetched the company. */
  partyOf(table: CheckTable, link: string | null): Party | null;
}

// ---- Rows ----------------------------------------------------------------------------------

function sanitiseRows(rows: unknown): CheckRow[] {
  if (!Array.isArray(rows)) return [];
  const out: CheckRow[] = [];
  rows.forEach((raw: unknown, position) => {
    if (raw === null || typeof raw !== "object") return;
    const r = raw as Partial<CheckRow>;
    const index = typeof r.index === "number" && Number.isSafeInteger(r.index) ? r.index : position;
    const link = typeof r.link === "string" && r.link.trim() !== "" ? r.link : null;
    out.push({ index, link, cells: sanitiseCells(r.cells) });
  });
  return out;
}

/**
 * Cells as Excel can hold them: text, finite numbers, booleans; anything else (NaN, objects,
 * undefined) is an empty cell.
 */
function sanitiseCells(cells: unknown): Readonly<Record<string, CellValue>> {
  const out: Record<string, CellValue> = {};
  if (cells === null || typeof cells !== "object") return out;
  for (const [key, value] of Object.entries(cells)) {
    const clean = typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value)) ? value : null;
    Object.defineProperty(out, key, { value: clean, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function rowSource(row: CheckRow): "imported" | "manual" {
  return row.link === null ? "manual" : "imported";
}

/** Source of a finding about these rows; with no rows, where the company's data comes from. */
export function sourceOf(ctx: Pick<Context, "sheetSource">, rows: readonly CheckRow[]): FindingSource {
  const kinds = new Set(rows.map(rowSource));
  if (kinds.size === 0) return ctx.sheetSource;
  if (kinds.size === 2) return "mixed";
  return kinds.has("manual") ? "manual" : "imported";
}

export function cellTarget(table: CheckTable, row: CheckRow | null, column: string | null): FindingTarget {
  return { table, row: row ? row.index : null, column };
}

export function makeFinding(
  id: Finding["id"],
  severity: Finding["severity"],
  target: FindingTarget | null,
  source: FindingSource,
  message: Finding["message"],
): Finding {
  return { id, severity, message: { ...message, fr: frenchTypography(message.fr) }, target, source };
}

// ---- People --------------------------------------------------------------------------------

/** A valid national number or a valid 10-digit enterprise / establishment number; null otherwise. */
export function validNumber(value: unknown): { kind: PersonKind; digits: string } | null {
  const raw = typeof value === "string" || typeof value === "number" ? value : null;
  if (raw === null) return null;
  const nn = analyseNationalNumber(nationalNumberText(raw));
  if (nn.valid && nn.normalised) return { kind: "natural", digits: nn.normalised };
  const en = analyseEnterpriseNumber(raw);
  if (en.problem === null && en.normalised) return { kind: "legal", digits: en.normalised };
  return null;
}

/**
 * A national number as analyseNationalNumber should see it. A cell Excel keeps as a number has lost
 * the leading 0 of people born in 2000–2009; normaliseNationalNumber restores it for a number, but
 * analyseNationalNumber turns its input into text first and so does not (reported upstream).
 */
export function nationalNumberText(value: string | number): string | number {
  return typeof value === "number" ? (normaliseNationalNumber(value) ?? value) : value;
}

/** "Jean-Marie Dubois" and "DUBOIS Jean Marie" alike; null without a name. */
export function nameKey(name: string | null, kind: PersonKind | null): string | null {
  if (name === null) return null;
  const key = normaliseName(name, kind === null ? null : kind === "legal");
  return key === "" ? null : key;
}

/**
 * Groups rows that are the same person: the same valid number, or the same name unless both carry
 * valid numbers that differ. Returns a group id per row (the position of the group's first row).
 */
export function groupPeople(rows: readonly Pick<PersonRow, "name" | "kind" | "number">[]): number[] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byNumber = new Map<string, number>();
  const byName = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.number !== null) {
      const first = byNumber.get(r.number);
      if (first === undefined) byNumber.set(r.number, i);
      else union(first, i);
    }
    const key = nameKey(r.name, r.kind);
    if (key !== null) {
      const same = byName.get(key) ?? [];
      const match = same.find((j) => rows[j]!.number === null || r.number === null || rows[j]!.number === r.number);
      if (match !== undefined) union(match, i);
      byName.set(key, [...same, i]);
    }
  });
  return rows.map((_, i) => find(i));
}

/** The foreign country a one-line address ends with ("…, 59000 Lille, FR"); null for Belgium or none. */
export function foreignCountry(address: string | null): string | null {
  if (address === null) return null;
  const segments = address
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length < 2) return null;
  const last = segments[segments.length - 1]!;
  if (/\d/.test(last)) return null;
  return isBelgium(last) ? null : last;
}

export function isBelgium(country: string | null): boolean {
  if (country === null) return true;
  return ["", "be", "bel", "belgie", "belgique", "belgium", "belgien"].includes(foldWords(country));
}

// ---- Mandates and the reference date -------------------------------------------------------
// Rules page, "Reference date, mandates and history": every family judges mandates (directors,
// auditors) the same way. The financial year is the 12 months that end on the reference date.

/** A mandate's dates, as any table holds them. */
export interface MandateDates {
  start: CalendarDate | null;
  end: CalendarDate | null;
}

/**
 * In force on the date: started on or before it (or no start) and no end or ending on or after it
 * (inclusive: a term recorded as ending on the year end is in force at that year end). No date:
 * every mandate is in force.
 */
export function inForceOn(m: MandateDates, date: CalendarDate | null): boolean {
  if (date === null) return true;
  return (m.start === null || m.start <= date) && (m.end === null || m.end >= date);
}

/** The first day of the financial year that ends on the reference date; null without one. */
export function financialYearStart(ctx: Pick<Context, "referenceDate">): CalendarDate | null {
  return ctx.referenceDate === null ? null : addDays(addYears(ctx.referenceDate, -1), 1);
}

/**
 * History: a mandate that ended before the financial year began. Listed, never a finding. (A
 * mandate whose start is after its end is not history: its dates are wrong.)
 */
export function endedBeforeYear(m: MandateDates, ctx: Pick<Context, "referenceDate">): boolean {
  const yearStart = financialYearStart(ctx);
  if (yearStart === null || m.end === null || m.end >= yearStart) return false;
  return m.start === null || m.start <= m.end;
}

/** Ended during the financial year, before the reference date: still listed, never "to remove". */
export function endedDuringYear(m: MandateDates, ctx: Pick<Context, "referenceDate">): boolean {
  const ref = ctx.referenceDate;
  return ref !== null && m.end !== null && m.end < ref && !endedBeforeYear(m, ctx);
}

// ---- Sole proprietors ----------------------------------------------------------------------

/** What a legal-form cell may say for a natural-person enterprise, in the three languages. */
const SOLE_PROPRIETOR_WORDS = [
  "entreprise individuelle",
  "entreprise personne physique",
  "personne physique",
  "eenmanszaak",
  "onderneming natuurlijk persoon",
  "natuurlijk persoon",
  "natuurlijke persoon",
  "sole proprietor",
  "sole proprietorship",
  "sole trader",
];

export function isSoleProprietorWord(value: string | null): boolean {
  return value !== null && SOLE_PROPRIETOR_WORDS.includes(foldWords(value));
}

// ---- The context ---------------------------------------------------------------------------

const FIELD_NAMES: ReadonlyMap<string, IdentificationKey> = new Map(
  LANGUAGES.flatMap((l) => IDENTIFICATION_KEYS.map((key) => [foldWords(labelsFor(l).identification[key]), key] as const)).reverse(),
);

/** The identification key of a row: its key cell, or its field name in any language. */
function identificationKeyOf(row: CheckRow): IdentificationKey | null {
  const key = text(row.cells.key);
  if (key !== null && (IDENTIFICATION_KEYS as readonly string[]).includes(key)) return key as IdentificationKey;
  if (row.link !== null && (IDENTIFICATION_KEYS as readonly string[]).includes(row.link)) return row.link as IdentificationKey;
  const field = text(row.cells.field);
  return field === null ? null : (FIELD_NAMES.get(foldWords(field)) ?? null);
}

export function buildContext(input: CheckInput): Context {
  const safe = (input ?? {}) as Partial<CheckInput>;
  const company = isPermanentData(safe.company) ? safe.company : null;
  const identification = sanitiseRows(safe.identification);
  const conflicts = Array.isArray(safe.conflicts) ? safe.conflicts.filter(isConflict) : [];

  const fields = new Map<IdentificationKey, CheckRow>();
  for (const row of identification) {
    const key = identificationKeyOf(row);
    if (key === null || key === "LastSync") continue;
    const existing = fields.get(key);
    // The first row with a value wins; an empty first row only until a filled one comes.
    if (!existing || (isBlank(existing.cells.value) && !isBlank(row.cells.value))) fields.set(key, row);
  }
  const field = (key: IdentificationKey): IdentificationField => {
    const row = fields.get(key) ?? null;
    const value = row?.cells.value ?? null;
    return { row, value, text: text(value) };
  };

  const today = parseDate(safe.today);
  const fiscalYearEnd = parseDate(field("FiscalYearEnd").value);
  const meetingDate = parseDate(field("GeneralMeetingDate").value);
  const legalFormText = field("LegalForm").text;
  const legalForm = legalFormText === null ? null : identifyLegalForm(legalFormText);
  const effectiveForm = legalForm && legalForm.preCsa && legalForm.successor ? legalFormById(legalForm.successor) : legalForm;

  const parties = (company?.parties ?? []).filter(isParty);
  const partiesById = new Map(parties.map((p) => [p.adminPulseId, p]));
  const partyIdByLink = new Map<string, string>();
  if (company) {
    const links: [CheckTable, readonly unknown[]][] = [
      ["directors", company.directors],
      ["shareholders", company.shareholders],
      ["auditors", company.auditors],
    ];
    for (const [table, list] of links) {
      for (const item of list) {
        const m = item as { link?: unknown; partyId?: unknown } | null;
        if (m && typeof m.link === "string" && typeof m.partyId === "string") partyIdByLink.set(`${table}:${m.link}`, m.partyId);
      }
    }
    for (const p of parties) partyIdByLink.set(`relations:${p.adminPulseId}`, p.adminPulseId);
  }
  const partyOf = (table: CheckTable, link: string | null): Party | null => {
    if (link === null) return null;
    const id = partyIdByLink.get(`${table}:${link}`);
    return id === undefined ? null : (partiesById.get(id) ?? null);
  };

  const kindWords = new Map<string, PersonKind | null>();
  const kindWord = (value: unknown): PersonKind | null => {
    const word = text(value);
    if (word === null) return null;
    if (!kindWords.has(word)) kindWords.set(word, personKindFromWord(word));
    return kindWords.get(word) ?? null;
  };

  // Relations first: the other tables borrow their kinds and countries.
  const relations: RelationRow[] = sanitiseRows(safe.relations).map((row) => {
    const c = row.cells;
    const name = text(c.name);
    const en = validNumber(c.enterpriseNumber);
    const nn = validNumber(c.nationalNumber);
    const kind = kindWord(c.kind) ?? partyOf("relations", row.link)?.kind ?? (nn?.kind === "natural" ? "natural" : en?.kind === "legal" ? "legal" : null);
    const address = text(c.address);
    const party = partyOf("relations", row.link);
    const foreign = party ? !isBelgium(party.address?.country ?? null) : foreignCountry(address) !== null;
    const number = kind === "natural" ? (nn?.kind === "natural" ? nn.digits : null) : en?.kind === "legal" ? en.digits : null;
    return {
      table: "relations",
      row,
      name,
      kind,
      identifier: kind === "natural" ? c.nationalNumber : c.enterpriseNumber,
      number,
      enterpriseNumber: c.enterpriseNumber,
      nationalNumber: c.nationalNumber,
      address,
      postalCode: postalCodeFromAddress(address),
      foreign,
    };
  });
  // Built on first use: keys of unknown kind strip legal-form words, which is slow on thousands of rows.
  let byName: Map<string, RelationRow> | null = null;
  const relationByName = (name: string | null): RelationRow | null => {
    const key = nameKey(name, null);
    if (key === null) return null;
    if (byName === null) {
      byName = new Map();
      for (const r of relations) {
        const k = nameKey(r.name, null);
        if (k !== null && !byName.has(k)) byName.set(k, r);
      }
    }
    return byName.get(key) ?? null;
  };
  const relationKindByName = (name: string | null): PersonKind | null => relationByName(name)?.kind ?? null;

  const person = (table: CheckTable, row: CheckRow): PersonRow => {
    const c = row.cells;
    const name = text(c.name);
    const shape = validNumber(c.identifier);
    const kind = kindWord(c.kind) ?? partyOf(table, row.link)?.kind ?? shape?.kind ?? relationKindByName(name);
    return { table, row, name, kind, identifier: c.identifier, number: shape && shape.kind === kind ? shape.digits : null };
  };

  const directors: DirectorRow[] = sanitiseRows(safe.directors).map((row) => {
    const roleText = text(row.cells.role);
    return {
      ...person("directors", row),
      role: roleFromText(roleText),
      roleText,
      start: parseDate(row.cells.start),
      end: parseDate(row.cells.end),
      representative: text(row.cells.representative),
    };
  });
  const shareholders: HolderRow[] = sanitiseRows(safe.shareholders).map((row) => ({
    ...person("shareholders", row),
    shares: parseNumber(row.cells.shares),
    votes: parseNumber(row.cells.votes),
    percentShares: parseFraction(row.cells.percentShares),
    percentVotes: parseFraction(row.cells.percentVotes),
    ...holderRight(row.cells.right),
  }));
  const auditors: AuditorRow[] = sanitiseRows(safe.auditors).map((row) => ({
    ...person("auditors", row),
    ireNumber: text(row.cells.ireNumber),
    start: parseDate(row.cells.start),
    end: parseDate(row.cells.end),
  }));

  let soleProprietor: boolean | null;
  if (company) soleProprietor = company.company.soleProprietor === true;
  else if (isSoleProprietorWord(legalFormText)) soleProprietor = true;
  else if (legalFormText !== null) soleProprietor = false;
  else soleProprietor = directors.length > 0 || shareholders.length > 0 ? false : null;

  const anyImported = [
    identification,
    directors.map((d) => d.row),
    shareholders.map((h) => h.row),
    auditors.map((a) => a.row),
    relations.map((r) => r.row),
  ].some((rows) => rows.some((r) => r.link !== null));

  return {
    company,
    conflicts,
    today,
    referenceDate: fiscalYearEnd ?? today,
    hasIdentification: identification.length > 0,
    field,
    fiscalYearEnd,
    meetingDate,
    legalForm,
    effectiveForm,
    soleProprietor,
    sheetSource: company !== null || anyImported ? "imported" : "manual",
    identification,
    directors,
    shareholders,
    auditors,
    relations,
    relationByName,
    partyOf,
  };
}

/** The Right column of a holding (rules page, "Ownership rights"). */
function holderRight(cell: unknown): Pick<HolderRow, "right" | "rightRecorded" | "partner"> {
  const read = holdingRightFromWord(text(cell));
  return { right: read?.right ?? "full", rightRecorded: read?.known ?? false, partner: read?.partner ?? null };
}

function isPermanentData(value: unknown): value is PermanentData {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<PermanentData>;
  return (
    v.company !== null &&
    typeof v.company === "object" &&
    Array.isArray(v.parties) &&
    Array.isArray(v.directors) &&
    Array.isArray(v.shareholders) &&
    Array.isArray(v.auditors)
  );
}

function isParty(value: unknown): value is Party {
  if (value === null || typeof value !== "object") return false;
  const p = value as Partial<Party>;
  return typeof p.adminPulseId === "string" && (p.kind === "natural" || p.kind === "legal");
}

function isConflict(value: unknown): value is CheckConflict {
  if (value === null || typeof value !== "object") return false;
  const c = value as Partial<CheckConflict>;
  return typeof c.table === "string" && typeof c.link === "string" && Array.isArray(c.columns) && (c.kept === undefined || typeof c.kept === "boolean");
}
