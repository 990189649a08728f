// Role words: from AdminPulse's free text (French, Dutch or English, any case, accents optional)
// to the canonical roles of the rules page, and back to the words of each language.
//
// The link type decides which table a row lands in; the text only refines the role within that
// family. A director link can be a director, managing director, manager, chair, daily manager,
// permanent representative, liquidator, sole director or general partner; an auditor link a
// statutory auditor or its permanent representative; a shareholder link is always a shareholder.
// Text that names nothing of the family, or nothing at all, gives the link's default role.

import { foldWords } from "../i18n/fold";
import type { Language, Localized } from "../i18n/language";
import type { ManagementWording } from "./legal-forms";
import { CANONICAL_ROLES, type CanonicalRole } from "./model";

/**
 * Roles of the rules page's table that the model does not (yet) hold as canonical roles. The text
 * still names them (roleWordFromText), and the checks read them; where a canonical role is needed
 * (the model's mandates, the sheet's role cell), each falls back to the nearest canonical one
 * (canonicalOf). A role the model adds to CANONICAL_ROLES is used as itself from then on.
 */
export type ExtraRole = "partner" | "limited-partner" | "member";

/** Every role of the rules page's "Role words, FR / NL / EN" table. */
export type RoleId = CanonicalRole | ExtraRole;

/** The rules page's "Role words, FR / NL / EN" table, in its order. */
const ALL_ROLE_WORDS = {
  director: { fr: "administrateur", nl: "bestuurder", en: "director" },
  "managing-director": { fr: "administrateur délégué", nl: "gedelegeerd bestuurder", en: "managing director" },
  manager: { fr: "gérant", nl: "zaakvoerder", en: "manager" },
  chair: { fr: "président", nl: "voorzitter", en: "chair" },
  "daily-manager": { fr: "délégué à la gestion journalière", nl: "dagelijks bestuurder", en: "daily manager" },
  "permanent-representative": { fr: "représentant permanent", nl: "vaste vertegenwoordiger", en: "permanent representative" },
  "statutory-auditor": { fr: "commissaire", nl: "commissaris", en: "statutory auditor" },
  liquidator: { fr: "liquidateur", nl: "vereffenaar", en: "liquidator" },
  partner: { fr: "associé", nl: "vennoot", en: "partner" },
  "general-partner": { fr: "associé commandité", nl: "beherend vennoot", en: "general partner" },
  "limited-partner": { fr: "associé commanditaire", nl: "stille vennoot", en: "limited partner" },
  "sole-director": { fr: "administrateur unique", nl: "enige bestuurder", en: "sole director" },
  member: { fr: "membre", nl: "lid", en: "member" },
  shareholder: { fr: "actionnaire", nl: "aandeelhouder", en: "shareholder" },
} as const satisfies Record<RoleId, Localized>;

/** Every role of the rules page, in its order. */
export const ROLE_IDS = Object.keys(ALL_ROLE_WORDS) as RoleId[];

/** The words of every role (a variable, not a literal: it stays valid whichever roles the model holds). */
export const ROLE_WORDS: Readonly<Record<RoleId, Localized>> = ALL_ROLE_WORDS;

/** The canonical role a role of the table falls back to while the model does not hold it; null: none. */
const CANONICAL_FALLBACK: Readonly<Record<ExtraRole, CanonicalRole | null>> = {
  partner: "shareholder",
  "limited-partner": "shareholder",
  member: null,
};

const CANONICAL: ReadonlySet<string> = new Set(CANONICAL_ROLES);

/** The role itself when the model holds it, else its fallback (a limited partner → shareholder). */
export function canonicalOf(role: RoleId): CanonicalRole | null {
  return CANONICAL.has(role) ? (role as CanonicalRole) : CANONICAL_FALLBACK[role as ExtraRole];
}

export type LinkRole = "director" | "shareholder" | "auditor";

const FAMILY: Readonly<Record<LinkRole, readonly RoleId[]>> = {
  director: [
    "director",
    "managing-director",
    "manager",
    "chair",
    "daily-manager",
    "permanent-representative",
    "liquidator",
    "sole-director",
    "general-partner",
  ],
  auditor: ["statutory-auditor", "permanent-representative"],
  shareholder: ["shareholder"],
};

const DEFAULT_ROLE: Readonly<Record<LinkRole, CanonicalRole>> = {
  director: "director",
  auditor: "statutory-auditor",
  shareholder: "shareholder",
};

/**
 * Patterns on the normalised text (lower case, no accents, words separated by one space), in
 * order: the first that matches wins. The order matters: "administrateur délégué" and
 * "administrateur unique" before "administrateur", "président du conseil d'administration" before
 * "administrateur", "dagelijks bestuurder" before "bestuurder", "associé gérant" before "associé",
 * "associé commandité" / "commanditaire" before "associé".
 */
const PATTERNS: readonly (readonly [RoleId, RegExp])[] = [
  [
    "permanent-representative",
    /\b(representants? permanents?|representante permanente|vaste vertegenwoordig(er|ster)s?|permanente? vertegenwoordig(er|ster)|permanent representatives?)\b/,
  ],
  ["liquidator", /\b(liquidat(eur|rice)s?|vereffenaars?|vereffenaarster|liquidators?)\b/],
  [
    "managing-director",
    /\b(administrat(eur|rice)s? delegue(e)?s?|gedelegeerde? bestuurders?|afgevaardigde? bestuurders?|managing directors?|ceo|chief executive( officer)?)\b/,
  ],
  ["daily-manager", /\b(gestion journaliere|dagelijks(e)? bestuur(der|ster|ders)?|daily manage(r|rs|ment))\b/],
  ["statutory-auditor", /\b(commissaires?|commissaris(sen)?|(statutory )?auditors?|reviseurs?|(bedrijfs)?revisor(en|s)?)\b/],
  // A vice-chair is a board member, not the chair.
  ["director", /\b(vice ?presidente?|ondervoorzitter|vice ?voorzitter|vice ?chair(man|woman|person)?)\b/],
  ["chair", /\b(presidente?s?|voorzitt(er|ster)s?|chair(man|woman|person)?)\b/],
  ["sole-director", /\b(administrat(eur|rice) unique|enige? bestuurder|enige bestuurster|sole director)\b/],
  ["general-partner", /\b(associee?s? commanditee?s?|beherende? vennoot|beherende vennoten|general partners?)\b/],
  ["limited-partner", /\b(associee?s? commanditaires?|stille vennoot|stille vennoten|limited partners?)\b/],
  ["manager", /\b(gerante?s?|zaakvoer(der|ster)s?|statutory managers?|managers?)\b/],
  [
    "director",
    /\b(administrat(eur|rice)s?|bestuurders?|bestuurster|bestuurslid|bestuursleden|directors?|board members?|membre du conseil|membre de l organe d administration|lid van (de )?raad van bestuur|lid van het bestuursorgaan)\b/,
  ],
  ["member", /\b(membres?|lid|leden|members?)\b/],
  ["partner", /\b(associee?s?|vennoot|vennoten|partners?)\b/],
  ["shareholder", /\b(actionnaires?|aandeelhouders?|shareholders?)\b/],
];

/** Lower case, no accents, letters and digits only, one space between words. */
export function normaliseRoleText(text: string): string {
  return foldWords(text);
}

/** The role of the rules page's table the text names, whatever the link; null for empty or unrecognised text. */
export function roleWordFromText(roleText: string | null | undefined): RoleId | null {
  if (typeof roleText !== "string") return null;
  const text = normaliseRoleText(roleText);
  if (text === "") return null;
  for (const [role, pattern] of PATTERNS) if (pattern.test(text)) return role;
  return null;
}

/**
 * The canonical role the text names, whatever the link; null for empty or unrecognised text, and
 * for a role with no canonical counterpart yet (liquidator, member: see roleWordFromText).
 */
export function roleFromText(roleText: string | null | undefined): CanonicalRole | null {
  const role = roleWordFromText(roleText);
  return role === null ? null : canonicalOf(role);
}

/**
 * The role the text names when it belongs on a director link (director, manager, liquidator, sole
 * director, general partner, permanent representative…); null otherwise.
 */
export function directorRoleFromText(roleText: string | null | undefined): RoleId | null {
  const role = roleWordFromText(roleText);
  return role !== null && FAMILY.director.includes(role) ? role : null;
}

/**
 * The canonical role of an AdminPulse link from its free text ("Administrateur délégué",
 * "gedelegeerd bestuurder", "Zaakvoerder", "Président du conseil d'administration"…). Empty or
 * unknown text, or text naming a role outside the link's family, gives the link's default:
 * director, shareholder or statutory auditor.
 */
export function canonicalRole(roleText: string | null, linkRole: LinkRole): CanonicalRole {
  const role = roleWordFromText(roleText);
  const canonical = role !== null && FAMILY[linkRole].includes(role) ? canonicalOf(role) : null;
  return canonical ?? DEFAULT_ROLE[linkRole];
}

/** The role word of the rules page: director → "administrateur" / "bestuurder" / "director". */
export function roleLabel(role: RoleId, language: Language): string {
  return ROLE_WORDS[role][language];
}

/** Every role word of one language, for the labels. */
export function roleLabels(language: Language): Record<RoleId, string> {
  const entries = Object.entries(ROLE_WORDS) as [RoleId, Localized][];
  return Object.fromEntries(entries.map(([role, words]) => [role, words[language]])) as Record<RoleId, string>;
}

/**
 * Which management wording the text uses: "manager" for gérant / zaakvoerder (a general partner
 * too), "director" for administrateur / bestuurder (délégué and unique included); null for anything
 * else (chair, daily manager, permanent representative, liquidator, empty). For DIR-08: a wording
 * that differs from the legal form's.
 */
export function managementWording(roleText: string | null | undefined): ManagementWording | null {
  const role = roleWordFromText(roleText);
  if (role === "manager" || role === "general-partner") return "manager";
  if (role === "director" || role === "managing-director" || role === "sole-director") return "director";
  return null;
}

/** True when the text says gérant / zaakvoerder (manager). */
export function isManagerWording(roleText: string | null | undefined): boolean {
  return managementWording(roleText) === "manager";
}
