// Belgian legal forms: the KBO/BCE code, the abbreviations and full names in French and Dutch
// (and an English name), whether the form was abolished by the 2019 Code of Companies and
// Associations (CSA/WVV), and the facts the checks need (management wording, shares, minimum
// number of directors). Pure data and small functions; nothing here throws on odd input.
//
// The KBO code is informational: a form we recognise but whose code is not certain has code null
// (marked "to confirm"). To tell "recognised" from "unknown", use identifyLegalForm(raw) or
// legalFormInfoOf(form), not `form.code !== null`.

import { foldCompact } from "../i18n/fold";
import type { Language } from "../i18n/language";
import type { LegalForm } from "./model";

export type LegalFormId =
  | "srl"
  | "sa"
  | "sc"
  | "snc"
  | "scomm"
  | "asbl"
  | "aisbl"
  | "private-foundation"
  | "public-foundation"
  | "simple-partnership"
  // European forms, governed by EU regulations and, for the rest, by the CSA:
  | "se"
  | "sce"
  | "geie"
  // A foreign company's establishment in Belgium (not a Belgian legal person):
  | "foreign-branch"
  // Abolished by the CSA (2019), converted by law:
  | "sprl"
  | "sprlu"
  | "scrl"
  | "scri"
  | "scs"
  | "sca"
  | "agricultural"
  | "gie"
  | "professional-union";

/**
 * The words for the people who run it: "director" = administrateur / bestuurder,
 * "manager" = gérant / zaakvoerder.
 */
export type ManagementWording = "director" | "manager";

export interface LegalFormInfo {
  id: LegalFormId;
  /** KBO/BCE juridical-form code, three digits; null when not certain (see the comment). */
  code: string | null;
  /** Abbreviation in French and Dutch; null when the form has none in common use. */
  abbreviation: { fr: string | null; nl: string | null };
  /** Full name, lower case as in running text ("société à responsabilité limitée"). */
  name: Readonly<Record<Language, string>>;
  /** Abolished by the 2019 Code and converted by law. */
  preCsa: boolean;
  /** For a pre-CSA form: the CSA form it became by law. */
  successor: LegalFormId | null;
  /**
   * The wording that fits under the CSA. For a pre-CSA form, that of the form it was converted
   * into (gérant/zaakvoerder was right for an SPRL/BVBA before 2019, it is legacy wording now).
   */
  management: ManagementWording;
  /** A company with share capital or shares, expected to have shareholders (SH-04). */
  hasShares: boolean;
  /** Minimum number of directors from the rules page; null when the law leaves it to the articles or it is not judged. */
  minimumDirectors: number | null;
  /** True when minimumDirectors is marked "(to confirm)" on the rules page. */
  minimumDirectorsToConfirm: boolean;
  /** Maximum term of a director's mandate in years; null when the law sets none. */
  maximumMandateYears: number | null;
  /** Further spellings recognised (abbreviation variants, older names), besides abbreviations and names. */
  aliases: readonly string[];
}

export const LEGAL_FORMS: readonly LegalFormInfo[] = [
  {
    id: "srl",
    code: "610",
    abbreviation: { fr: "SRL", nl: "BV" },
    name: { fr: "société à responsabilité limitée", nl: "besloten vennootschap", en: "private limited company" },
    preCsa: false,
    successor: null,
    management: "director",
    hasShares: true,
    minimumDirectors: 1,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: [],
  },
  {
    id: "sa",
    code: "014",
    abbreviation: { fr: "SA", nl: "NV" },
    name: { fr: "société anonyme", nl: "naamloze vennootschap", en: "public limited company" },
    preCsa: false,
    successor: null,
    management: "director",
    hasShares: true,
    // A board: 3, or 2 while the SA has fewer than 3 shareholders; a sole director is also
    // possible (DIR-04 applies the exceptions).
    minimumDirectors: 3,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: 6,
    aliases: [],
  },
  {
    id: "sc",
    code: "706",
    abbreviation: { fr: "SC", nl: "CV" },
    name: { fr: "société coopérative", nl: "coöperatieve vennootschap", en: "cooperative company" },
    preCsa: false,
    successor: null,
    management: "director",
    hasShares: true,
    minimumDirectors: 1,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: [],
  },
  {
    id: "snc",
    code: "011",
    abbreviation: { fr: "SNC", nl: "VOF" },
    name: { fr: "société en nom collectif", nl: "vennootschap onder firma", en: "general partnership" },
    preCsa: false,
    successor: null,
    management: "manager",
    hasShares: false,
    minimumDirectors: 1,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: [],
  },
  {
    id: "scomm",
    code: "612",
    abbreviation: { fr: "SComm", nl: "CommV" },
    name: { fr: "société en commandite", nl: "commanditaire vennootschap", en: "limited partnership" },
    preCsa: false,
    successor: null,
    management: "manager",
    hasShares: false,
    minimumDirectors: 1,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    // "Comm.V." was also the Dutch abbreviation of the old GCV; today it means the CSA form.
    aliases: ["SCom", "Comm V"],
  },
  {
    id: "asbl",
    code: "017",
    abbreviation: { fr: "ASBL", nl: "VZW" },
    name: { fr: "association sans but lucratif", nl: "vereniging zonder winstoogmerk", en: "non-profit association" },
    preCsa: false,
    successor: null,
    management: "director",
    hasShares: false,
    // 2 when the association has only 2 members (DIR-07 applies the exception).
    minimumDirectors: 3,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: [],
  },
  {
    id: "aisbl",
    code: "125",
    abbreviation: { fr: "AISBL", nl: "IVZW" },
    name: {
      fr: "association internationale sans but lucratif",
      nl: "internationale vereniging zonder winstoogmerk",
      en: "international non-profit association",
    },
    preCsa: false,
    successor: null,
    management: "director",
    hasShares: false,
    // "Per articles" on the rules page.
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: [],
  },
  {
    id: "private-foundation",
    code: "026",
    abbreviation: { fr: null, nl: null },
    name: { fr: "fondation privée", nl: "private stichting", en: "private foundation" },
    preCsa: false,
    successor: null,
    management: "director",
    hasShares: false,
    minimumDirectors: 3,
    minimumDirectorsToConfirm: true,
    maximumMandateYears: null,
    aliases: [],
  },
  {
    id: "public-foundation",
    code: "029",
    abbreviation: { fr: null, nl: null },
    name: { fr: "fondation d'utilité publique", nl: "stichting van openbaar nut", en: "public-benefit foundation" },
    preCsa: false,
    successor: null,
    management: "director",
    hasShares: false,
    minimumDirectors: 3,
    minimumDirectorsToConfirm: true,
    maximumMandateYears: null,
    aliases: ["public benefit foundation", "foundation of public utility"],
  },
  {
    id: "simple-partnership",
    // (to confirm) A société simple / maatschap has no legal personality; its KBO code is not
    // certain here (one third-party list gives 702 "société de droit commun").
    code: null,
    abbreviation: { fr: null, nl: null },
    name: { fr: "société simple", nl: "maatschap", en: "simple partnership" },
    preCsa: false,
    successor: null,
    management: "manager",
    hasShares: false,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: ["société de droit commun", "burgerlijke maatschap"],
  },
  // ---- European forms. Their KBO codes are not certain here: null (see the header).
  {
    id: "se",
    code: null,
    abbreviation: { fr: "SE", nl: "SE" },
    name: { fr: "société européenne", nl: "Europese vennootschap", en: "European company" },
    preCsa: false,
    successor: null,
    management: "director",
    hasShares: true,
    // One-tier or two-tier as its articles say: not judged.
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    // Regulation (EC) 2157/2001, art. 46: members of its organs are appointed for at most 6 years.
    maximumMandateYears: 6,
    aliases: ["Societas Europaea"],
  },
  {
    id: "sce",
    code: null,
    abbreviation: { fr: "SCE", nl: "SCE" },
    name: { fr: "société coopérative européenne", nl: "Europese coöperatieve vennootschap", en: "European cooperative society" },
    preCsa: false,
    successor: null,
    management: "director",
    hasShares: true,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    // Regulation (EC) 1435/2003, art. 45: at most 6 years.
    maximumMandateYears: 6,
    aliases: ["Societas Cooperativa Europaea"],
  },
  {
    id: "geie",
    code: null,
    abbreviation: { fr: "GEIE", nl: "EESV" },
    name: {
      fr: "groupement européen d'intérêt économique",
      nl: "Europees economisch samenwerkingsverband",
      en: "European economic interest grouping",
    },
    preCsa: false,
    successor: null,
    // Regulation (EEC) 2137/85: run by managers (gérants / zaakvoerders); its members answer for
    // its debts without limit, as partners of an SNC do.
    management: "manager",
    hasShares: false,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: ["EEIG"],
  },
  {
    id: "foreign-branch",
    // KBO registers the branch under the foreign company's own form: no code of its own here.
    code: null,
    abbreviation: { fr: null, nl: null },
    name: { fr: "succursale d'une société étrangère", nl: "bijkantoor van een buitenlandse vennootschap", en: "branch of a foreign company" },
    preCsa: false,
    successor: null,
    // Run by its legal representative(s) for the foreign company; the wording is not judged.
    management: "director",
    hasShares: false,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: [
      "succursale",
      "succursale belge",
      "succursale d'une entreprise étrangère",
      "bijkantoor",
      "Belgisch bijkantoor",
      "bijkantoor van een buitenlandse onderneming",
      "branch",
      "Belgian branch",
      "branch of a foreign entity",
    ],
  },
  // ---- Abolished by the CSA (2019) and converted by law. The minimum number of directors is not
  // judged for them: the checks use the form they were converted into (`successor`).
  {
    id: "sprl",
    code: "015",
    abbreviation: { fr: "SPRL", nl: "BVBA" },
    name: {
      fr: "société privée à responsabilité limitée",
      nl: "besloten vennootschap met beperkte aansprakelijkheid",
      en: "private limited liability company (before 2019)",
    },
    preCsa: true,
    successor: "srl",
    management: "director",
    hasShares: true,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    // SPRL-S / S-BVBA (starter) were SPRLs with a lower capital.
    aliases: ["SPRL-S", "SPRLS", "S-BVBA", "SBVBA", "BVBA-S", "société privée à responsabilité limitée starter", "starters-BVBA"],
  },
  {
    id: "sprlu",
    // (to confirm) KBO lists the one-person SPRL separately; 010 in third-party lists, not confirmed.
    code: null,
    abbreviation: { fr: "SPRLU", nl: "EBVBA" },
    name: {
      fr: "société privée à responsabilité limitée unipersonnelle",
      nl: "eenpersoons-besloten vennootschap met beperkte aansprakelijkheid",
      en: "one-person private limited liability company (before 2019)",
    },
    preCsa: true,
    successor: "srl",
    management: "director",
    hasShares: true,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: ["SPRL unipersonnelle", "eenpersoons BVBA", "EPRL"],
  },
  {
    id: "scrl",
    // KBO 008 "société coopérative à responsabilité limitée" (the CSA's SC is the new code 706).
    code: "008",
    abbreviation: { fr: "SCRL", nl: "CVBA" },
    name: {
      fr: "société coopérative à responsabilité limitée",
      nl: "coöperatieve vennootschap met beperkte aansprakelijkheid",
      en: "cooperative company with limited liability (before 2019)",
    },
    preCsa: true,
    // One that did not meet the CSA definition of a cooperative (art. 6:1) became an SRL by law on
    // 1 January 2024; one that met it has been an SC since the Code applied to it. The data cannot
    // tell which: the default of the law, SRL, is the successor (ID-03 names both).
    successor: "srl",
    management: "director",
    hasShares: true,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: ["SCRLFS", "CVBA-SO", "CVBA SO"],
  },
  {
    id: "scri",
    // (to confirm) 006 in third-party lists, not confirmed.
    code: null,
    abbreviation: { fr: "SCRI", nl: "CVOA" },
    name: {
      fr: "société coopérative à responsabilité illimitée",
      nl: "coöperatieve vennootschap met onbeperkte aansprakelijkheid",
      en: "cooperative company with unlimited liability (before 2019)",
    },
    preCsa: true,
    successor: "snc",
    management: "manager",
    hasShares: true,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: ["CVOHA", "coöperatieve vennootschap met onbeperkte en hoofdelijke aansprakelijkheid"],
  },
  {
    id: "scs",
    code: "012",
    abbreviation: { fr: "SCS", nl: "GCV" },
    name: {
      fr: "société en commandite simple",
      nl: "gewone commanditaire vennootschap",
      en: "limited partnership (before 2019)",
    },
    preCsa: true,
    successor: "scomm",
    management: "manager",
    hasShares: false,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: [],
  },
  {
    id: "sca",
    code: "013",
    abbreviation: { fr: "SCA", nl: "CommVA" },
    name: {
      fr: "société en commandite par actions",
      nl: "commanditaire vennootschap op aandelen",
      en: "partnership limited by shares (before 2019)",
    },
    preCsa: true,
    // Converted into an SA with a sole director.
    successor: "sa",
    management: "director",
    hasShares: true,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: ["CVA", "Comm VA"],
  },
  {
    id: "agricultural",
    // (to confirm) no certain KBO code here.
    code: null,
    abbreviation: { fr: "SAgr", nl: "LV" },
    name: { fr: "société agricole", nl: "landbouwvennootschap", en: "agricultural company (before 2019)" },
    preCsa: true,
    // Converted into an SNC on 1 January 2024, or into an SComm when it had silent partners (ID-03
    // says both); the SNC is the family's representative here.
    successor: "snc",
    management: "manager",
    hasShares: false,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: [],
  },
  {
    id: "gie",
    // (to confirm) no certain KBO code here.
    code: null,
    abbreviation: { fr: "GIE", nl: "ESV" },
    name: { fr: "groupement d'intérêt économique", nl: "economisch samenwerkingsverband", en: "economic interest grouping (before 2019)" },
    preCsa: true,
    successor: "snc",
    management: "manager",
    hasShares: false,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: [],
  },
  {
    id: "professional-union",
    // (to confirm) no certain KBO code here. The conversion into an ASBL is "likely" on the rules
    // page, not sourced: ID-03 says "probably".
    code: null,
    abbreviation: { fr: null, nl: null },
    name: { fr: "union professionnelle", nl: "beroepsvereniging", en: "professional union (before 2019)" },
    preCsa: true,
    successor: "asbl",
    management: "director",
    hasShares: false,
    minimumDirectors: null,
    minimumDirectorsToConfirm: false,
    maximumMandateYears: null,
    aliases: [],
  },
];

// ---- Recognition ---------------------------------------------------------------------------

/** Abbreviations are matched with their accents (none), so "Sá" is not "SA". */
function compactKeepingAccents(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function spellings(form: LegalFormInfo): { abbreviations: string[]; names: string[] } {
  const abbreviations = [form.abbreviation.fr, form.abbreviation.nl].filter((a): a is string => a !== null);
  const short = form.aliases.filter((a) => !/\s/.test(a.trim()) && a.length <= 8);
  const long = form.aliases.filter((a) => !short.includes(a));
  return {
    abbreviations: [...abbreviations, ...short],
    names: [form.name.fr, form.name.nl, form.name.en.replace(/\s*\(before 2019\)$/, ""), ...long],
  };
}

const BY_ABBREVIATION = new Map<string, LegalFormInfo>();
const BY_NAME = new Map<string, LegalFormInfo>();
// First form wins: the CSA forms come first, so "limited partnership" is the SComm, not the old SCS.
const setOnce = (map: Map<string, LegalFormInfo>, key: string, form: LegalFormInfo) => {
  if (key && !map.has(key)) map.set(key, form);
};
for (const form of LEGAL_FORMS) {
  const { abbreviations, names } = spellings(form);
  for (const a of abbreviations) setOnce(BY_ABBREVIATION, compactKeepingAccents(a), form);
  for (const n of names) setOnce(BY_NAME, foldCompact(n), form);
}
const BY_CODE = new Map<string, LegalFormInfo>(LEGAL_FORMS.filter((f) => f.code !== null).map((f) => [f.code as string, f]));
const BY_ID = new Map<LegalFormId, LegalFormInfo>(LEGAL_FORMS.map((f) => [f.id, f]));
/** Number of words of the longest name, for stripping names off company names. */
const LONGEST_SPELLING = Math.max(
  ...LEGAL_FORMS.flatMap((f) => {
    const { abbreviations, names } = spellings(f);
    return [...abbreviations, ...names].map((s) => s.trim().split(/\s+/).length);
  }),
);

function lookUp(text: string): LegalFormInfo | null {
  const abbreviation = BY_ABBREVIATION.get(compactKeepingAccents(text));
  if (abbreviation) return abbreviation;
  const key = foldCompact(text);
  return key ? (BY_NAME.get(key) ?? null) : null;
}

/**
 * The legal form a free text names: "S.R.L.", "srl", "B.V.", "BVBA", "société à responsabilité
 * limitée", "Naamloze vennootschap", "SRL/BV", "BV (besloten vennootschap)". Null for empty or
 * unknown text.
 */
export function identifyLegalForm(raw: string | null | undefined): LegalFormInfo | null {
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const whole = lookUp(raw);
  if (whole) return whole;
  // "SRL/BV", "BV - besloten vennootschap", "Besloten vennootschap (BV)": the first part that is a form.
  for (const part of raw.split(/[()[\]/,;|–—]|\s-\s|\s-|-\s/)) {
    if (part.trim() === "") continue;
    const found = lookUp(part);
    if (found) return found;
  }
  return null;
}

/**
 * The model's view of a legal form as AdminPulse wrote it. Null for null or blank text; unknown
 * text gives code null and preCsa false. Never throws.
 */
export function recogniseLegalForm(raw: string | null): LegalForm | null {
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const info = identifyLegalForm(raw);
  return { raw, code: info?.code ?? null, preCsa: info?.preCsa ?? false };
}

/** The form of a KBO code ("610", "14" and "014" alike); null when unknown. */
export function legalFormInfo(code: string | null | undefined): LegalFormInfo | null {
  if (typeof code !== "string") return null;
  const trimmed = code.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  return BY_CODE.get(trimmed.padStart(3, "0")) ?? null;
}

/** The form of a model LegalForm: by code, else by recognising its text (forms with no certain code). */
export function legalFormInfoOf(form: LegalForm | null | undefined): LegalFormInfo | null {
  if (!form) return null;
  return legalFormInfo(form.code) ?? identifyLegalForm(form.raw);
}

export function legalFormById(id: LegalFormId): LegalFormInfo {
  const form = BY_ID.get(id);
  if (!form) throw new Error(`Unknown legal form id ${id}`);
  return form;
}

// ---- Labels --------------------------------------------------------------------------------

/** "SRL" in French, "BV" in Dutch, "SRL/BV" in English (the same word once: "SA/NV", "ASBL/VZW"). */
export function legalFormAbbreviation(info: LegalFormInfo, language: Language): string | null {
  const { fr, nl } = info.abbreviation;
  if (language === "fr") return fr ?? nl;
  if (language === "nl") return nl ?? fr;
  if (fr && nl) return fr === nl ? fr : `${fr}/${nl}`;
  return fr ?? nl;
}

/**
 * "SRL – société à responsabilité limitée", "BV – besloten vennootschap",
 * "SRL/BV – private limited company"; a form with no abbreviation: "Fondation privée".
 */
export function legalFormInfoLabel(info: LegalFormInfo, language: Language): string {
  const abbreviation = legalFormAbbreviation(info, language);
  const name = info.name[language];
  return abbreviation ? `${abbreviation} – ${name}` : name.charAt(0).toUpperCase() + name.slice(1);
}

/** The label of a model LegalForm in a language; an unrecognised form shows its text as written. */
export function legalFormLabel(form: LegalForm, language: Language): string {
  const info = legalFormInfoOf(form);
  return info ? legalFormInfoLabel(info, language) : form.raw.trim();
}

// ---- Company names -------------------------------------------------------------------------

const SEPARATORS = /^[\s,;:.\-–—/&]+|[\s,;:\-–—/]+$/g;

/**
 * A company name without its leading or trailing legal form, abbreviated or in full:
 * "Boulangerie Dupont SRL" → "Boulangerie Dupont", "BV Bakkerij De Gouden Aar" → "Bakkerij De
 * Gouden Aar", "Dupont & Fils S.N.C." → "Dupont & Fils", "Dupont (SA)" → "Dupont". A name that is
 * nothing but a legal form is returned trimmed, unchanged.
 */
export function stripLegalFormSuffix(name: string): string {
  let tokens = name.trim().split(/\s+/).filter(Boolean);
  // "SRL", "(SA)", "Comm. V.", "SRL/BV": every part between slashes is a form.
  const isForm = (words: string[]) =>
    words
      .join(" ")
      .replace(/^[([]+|[)\],;:]+$/g, "")
      .split("/")
      .every((part) => lookUp(part) !== null);
  let changed = true;
  while (changed) {
    changed = false;
    for (let n = Math.min(LONGEST_SPELLING, tokens.length - 1); n >= 1; n--) {
      if (isForm(tokens.slice(tokens.length - n))) {
        tokens = tokens.slice(0, tokens.length - n);
        changed = true;
        break;
      }
      if (isForm(tokens.slice(0, n))) {
        tokens = tokens.slice(n);
        changed = true;
        break;
      }
    }
    // "Dupont, SRL" leaves "Dupont,": drop the separators at the ends before looking again.
    const rest = tokens.join(" ").replace(SEPARATORS, "");
    tokens = rest === "" ? [] : rest.split(/\s+/);
    if (tokens.length === 0) return name.trim();
  }
  return tokens.join(" ");
}

/**
 * What the entity is, for the rules that depend on it (rules page, "Entity families"): who runs it,
 * whether it holds a general meeting, where it files. A pre-2019 form belongs to the family of the
 * form it was converted into.
 *
 * "foreign-branch": a branch (succursale / bijkantoor) is not a Belgian legal person but an
 * establishment of a foreign company. It has no general meeting or directors of its own in Belgium
 * (the foreign company's organs approve the accounts, under its own law), so the company rules of
 * the CSA (general meeting, board, Belgian annual accounts) are out of its scope; the checks that
 * need a family stay silent for it.
 */
export type EntityFamily = "company" | "partnership" | "association" | "foundation" | "foreign-branch";

const FAMILIES: Readonly<Record<LegalFormId, EntityFamily>> = {
  srl: "company",
  sa: "company",
  sc: "company",
  se: "company",
  sce: "company",
  snc: "partnership",
  scomm: "partnership",
  "simple-partnership": "partnership",
  // Its members answer for its debts without limit and it is run by managers, as an SNC; it files
  // like an SNC would (to confirm), so the partnership rules fit it best.
  geie: "partnership",
  asbl: "association",
  aisbl: "association",
  "private-foundation": "foundation",
  "public-foundation": "foundation",
  "foreign-branch": "foreign-branch",
  sprl: "company",
  sprlu: "company",
  scrl: "company",
  scri: "partnership",
  scs: "partnership",
  sca: "company",
  agricultural: "partnership",
  gie: "partnership",
  "professional-union": "association",
};

export function entityFamily(info: LegalFormInfo): EntityFamily {
  return FAMILIES[info.id];
}
