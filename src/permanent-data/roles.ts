// Role words: from AdminPulse's free text (French, Dutch or English, any case, accents optional)
// to the canonical roles of the rules page, and back to the words of each language.
//
// The link type decides which table a row lands in; the text only refines the role within that
// family. A director link can be a director, managing director, manager, chair, daily manager or
// permanent representative; an auditor link a statutory auditor or its permanent representative;
// a shareholder link is always a shareholder. Text that names nothing of the family, or nothing
// at all, gives the link's default role.

import type { Language, Localized } from "../i18n/language";
import type { ManagementWording } from "./legal-forms";
import type { CanonicalRole } from "./model";

/** The rules page's "Role words, FR / NL / EN" table. */
export const ROLE_WORDS: Readonly<Record<CanonicalRole, Localized>> = {
  director: { fr: "administrateur", nl: "bestuurder", en: "director" },
  "managing-director": { fr: "administrateur délégué", nl: "gedelegeerd bestuurder", en: "managing director" },
  manager: { fr: "gérant", nl: "zaakvoerder", en: "manager" },
  chair: { fr: "président", nl: "voorzitter", en: "chair" },
  "daily-manager": { fr: "délégué à la gestion journalière", nl: "dagelijks bestuurder", en: "daily manager" },
  "permanent-representative": { fr: "représentant permanent", nl: "vaste vertegenwoordiger", en: "permanent representative" },
  "statutory-auditor": { fr: "commissaire", nl: "commissaris", en: "statutory auditor" },
  shareholder: { fr: "actionnaire", nl: "aandeelhouder", en: "shareholder" },
};

export type LinkRole = "director" | "shareholder" | "auditor";

const FAMILY: Readonly<Record<LinkRole, readonly CanonicalRole[]>> = {
  director: ["director", "managing-director", "manager", "chair", "daily-manager", "permanent-representative"],
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
 * order: the first that matches wins. The order matters: "administrateur délégué" before
 * "administrateur", "président du conseil d'administration" before "administrateur",
 * "dagelijks bestuurder" before "bestuurder", "associé gérant" before "associé".
 */
const PATTERNS: readonly (readonly [CanonicalRole, RegExp])[] = [
  [
    "permanent-representative",
    /\b(representants? permanents?|representante permanente|vaste vertegenwoordig(er|ster)s?|permanente? vertegenwoordig(er|ster)|permanent representatives?)\b/,
  ],
  [
    "managing-director",
    /\b(administrat(eur|rice)s? delegue(e)?s?|gedelegeerde? bestuurders?|afgevaardigde? bestuurders?|managing directors?|ceo|chief executive( officer)?)\b/,
  ],
  [
    "daily-manager",
    /\b(gestion journaliere|dagelijks(e)? bestuur(der|ster|ders)?|daily manage(r|rs|ment))\b/,
  ],
  ["statutory-auditor", /\b(commissaires?|commissaris(sen)?|(statutory )?auditors?|reviseurs?|(bedrijfs)?revisor(en|s)?)\b/],
  // A vice-chair is a board member, not the chair.
  ["director", /\b(vice ?presidente?|ondervoorzitter|vice ?voorzitter|vice ?chair(man|woman|person)?)\b/],
  ["chair", /\b(presidente?s?|voorzitt(er|ster)s?|chair(man|woman|person)?)\b/],
  [
    "manager",
    /\b(gerante?s?|zaakvoer(der|ster)s?|beherende? vennoot|statutory managers?|managers?)\b/,
  ],
  [
    "director",
    /\b(administrat(eur|rice)s?|bestuurders?|bestuurster|bestuurslid|bestuursleden|directors?|board members?|membre du conseil)\b/,
  ],
  ["shareholder", /\b(actionnaires?|associee?s?|aandeelhouders?|vennoot|vennoten|shareholders?|partners?)\b/],
];

/** Lower case, no accents, letters and digits only, one space between words. */
export function normaliseRoleText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The role the text names, whatever the link; null for empty or unrecognised text. */
export function roleFromText(roleText: string | null | undefined): CanonicalRole | null {
  if (typeof roleText !== "string") return null;
  const text = normaliseRoleText(roleText);
  if (text === "") return null;
  for (const [role, pattern] of PATTERNS) if (pattern.test(text)) return role;
  return null;
}

/**
 * The canonical role of an AdminPulse link from its free text ("Administrateur délégué",
 * "gedelegeerd bestuurder", "Zaakvoerder", "Président du conseil d'administration"…). Empty or
 * unknown text, or text naming a role outside the link's family, gives the link's default:
 * director, shareholder or statutory auditor.
 */
export function canonicalRole(roleText: string | null, linkRole: LinkRole): CanonicalRole {
  const role = roleFromText(roleText);
  return role !== null && FAMILY[linkRole].includes(role) ? role : DEFAULT_ROLE[linkRole];
}

/** The role word of the rules page: director → "administrateur" / "bestuurder" / "director". */
export function roleLabel(role: CanonicalRole, language: Language): string {
  return ROLE_WORDS[role][language];
}

/** Every role word of one language, for the labels. */
export function roleLabels(language: Language): Record<CanonicalRole, string> {
  const entries = Object.entries(ROLE_WORDS) as [CanonicalRole, Localized][];
  return Object.fromEntries(entries.map(([role, words]) => [role, words[language]])) as Record<CanonicalRole, string>;
}

/**
 * Which management wording the text uses: "manager" for gérant / zaakvoerder, "director" for
 * administrateur / bestuurder (délégué included); null for anything else (chair, daily manager,
 * permanent representative, empty). For DIR-08: a wording that differs from the legal form's.
 */
export function managementWording(roleText: string | null | undefined): ManagementWording | null {
  const role = roleFromText(roleText);
  if (role === "manager") return "manager";
  if (role === "director" || role === "managing-director") return "director";
  return null;
}

/** True when the text says gérant / zaakvoerder (manager). */
export function isManagerWording(roleText: string | null | undefined): boolean {
  return managementWording(roleText) === "manager";
}
