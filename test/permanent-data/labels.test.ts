import { LANGUAGES, type Language } from "../../src/i18n/language";
import {
  SEVERITIES,
  holdingRightFromWord,
  importedSourceWordsAll,
  isImportedSourceWord,
  isManualSourceWord,
  labelsFor,
  sourceWordsAll,
} from "../../src/permanent-data/labels";
import { CANONICAL_ROLES } from "../../src/permanent-data/model";
import { roleLabel } from "../../src/permanent-data/roles";
import { IDENTIFICATION_KEYS, TABLES, type TableId } from "../../src/permanent-data/tables";
import { columnKeysOf, headerText } from "../../src/workbook/layout";

/** Every path to a leaf string: "headers.directors.start" → "Début". */
function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else out.set(prefix, value);
  return out;
}

const TABLE_IDS = Object.keys(TABLES) as TableId[];

describe("labels", () => {
  it("the three languages have exactly the same keys", () => {
    const [fr, nl, en] = LANGUAGES.map((language) => [...leaves(labelsFor(language)).keys()].sort());
    expect(nl).toEqual(fr);
    expect(en).toEqual(fr);
  });

  it.each(LANGUAGES)("%s: every leaf is a non-empty trimmed string", (language) => {
    for (const [path, leaf] of leaves(labelsFor(language))) {
      expect([path, typeof leaf]).toEqual([path, "string"]);
      expect([path, (leaf as string).trim()]).toEqual([path, leaf]);
      expect([path, (leaf as string).length > 0]).toEqual([path, true]);
    }
  });

  it.each(LANGUAGES)("%s: a header for every column of every table, and nothing else", (language) => {
    const { headers, sections } = labelsFor(language);
    expect(Object.keys(headers).sort()).toEqual([...TABLE_IDS].sort());
    expect(Object.keys(sections).sort()).toEqual([...TABLE_IDS].sort());
    for (const table of TABLE_IDS) {
      expect(Object.keys(headers[table]).sort()).toEqual([...TABLES[table].columns].sort());
    }
  });

  it.each(LANGUAGES)("%s: headers are unique within each table (Excel requires it)", (language) => {
    const { headers } = labelsFor(language);
    for (const table of TABLE_IDS) {
      const texts = Object.values(headers[table]).map((text) => text.toLowerCase());
      expect([table, new Set(texts).size]).toEqual([table, texts.length]);
    }
  });

  it.each(LANGUAGES)("%s: a field name for every identification key, each different", (language) => {
    const { identification } = labelsFor(language);
    expect(Object.keys(identification).sort()).toEqual([...IDENTIFICATION_KEYS].sort());
    expect(new Set(Object.values(identification)).size).toBe(IDENTIFICATION_KEYS.length);
  });

  it.each(LANGUAGES)("%s: the sheet name is a valid Excel sheet name", (language) => {
    const { sheetName } = labelsFor(language);
    expect(sheetName.length).toBeLessThanOrEqual(31);
    expect(sheetName).not.toMatch(/[[\]:*?/\\]/);
  });

  it.each(LANGUAGES)("%s: role words come from roles.ts, severities cover every severity", (language) => {
    const labels = labelsFor(language);
    for (const role of CANONICAL_ROLES) expect(labels.roles[role]).toBe(roleLabel(role, language));
    expect(Object.keys(labels.severities).sort()).toEqual([...SEVERITIES].sort());
  });

  it("spot checks", () => {
    const [fr, nl, en] = (["fr", "nl", "en"] as Language[]).map(labelsFor) as [
      ReturnType<typeof labelsFor>,
      ReturnType<typeof labelsFor>,
      ReturnType<typeof labelsFor>,
    ];
    expect([fr.headers.directors.start, nl.headers.directors.start, en.headers.directors.start]).toEqual(["Début", "Begin", "Start"]);
    expect([fr.headers.relations.duplicateOf, nl.headers.relations.duplicateOf, en.headers.relations.duplicateOf]).toEqual([
      "Doublon de",
      "Dubbel van",
      "Duplicate of",
    ]);
    expect([fr.headers.directors.link, nl.headers.directors.link, en.headers.directors.link]).toEqual([
      "Lien AdminPulse",
      "AdminPulse-koppeling",
      "AdminPulse link",
    ]);
    expect([fr.identification.CompanyName, nl.identification.CompanyName, en.identification.CompanyName]).toEqual(["Dénomination", "Naam", "Company name"]);
    expect([fr.identification.EnterpriseNumber, nl.identification.EnterpriseNumber, en.identification.EnterpriseNumber]).toEqual([
      "Numéro d'entreprise",
      "Ondernemingsnummer",
      "Enterprise number",
    ]);
    expect([fr.identification.GeneralMeetingDate, nl.identification.GeneralMeetingDate, en.identification.GeneralMeetingDate]).toEqual([
      "Date de l'assemblée générale",
      "Datum algemene vergadering",
      "General meeting date",
    ]);
    expect([fr.source, nl.source, en.source]).toEqual([
      { imported: "AdminPulse", manual: "Manuel" },
      { imported: "AdminPulse", manual: "Manueel" },
      { imported: "AdminPulse", manual: "Manual" },
    ]);
    expect([fr.personKinds, nl.personKinds, en.personKinds]).toEqual([
      { natural: "Personne physique", legal: "Personne morale" },
      { natural: "Natuurlijke persoon", legal: "Rechtspersoon" },
      { natural: "Natural person", legal: "Legal person" },
    ]);
    expect([fr.sheetName, nl.sheetName, en.sheetName]).toEqual(["Données permanentes", "Permanente gegevens", "Permanent data"]);
    expect(en.sections).toEqual({
      identification: "Identification",
      directors: "Directors",
      shareholders: "Shareholders",
      auditors: "Auditors",
      relations: "Relations",
      checks: "Checks",
      syncLog: "Sync log",
    });
    expect(en.severities).toEqual({ error: "Error", warning: "Warning", info: "Info" });
  });

  it("French and Dutch are translated, not left in English", () => {
    const en = labelsFor("en");
    for (const language of ["fr", "nl"] as const) {
      const labels = labelsFor(language);
      const differ = (a: string, b: string) => expect([language, a]).not.toEqual([language, b]);
      differ(labels.sheetName, en.sheetName);
      for (const table of ["directors", "shareholders", "auditors", "syncLog"] as const) differ(labels.sections[table], en.sections[table]);
      differ(labels.headers.directors.name, en.headers.directors.name);
      differ(labels.headers.directors.role, en.headers.directors.role);
      differ(labels.headers.directors.representative, en.headers.directors.representative);
      differ(labels.headers.shareholders.shares, en.headers.shareholders.shares);
      differ(labels.headers.relations.address, en.headers.relations.address);
      differ(labels.headers.syncLog.result, en.headers.syncLog.result);
      differ(labels.identification.LegalForm, en.identification.LegalForm);
      differ(labels.identification.FiscalYearEnd, en.identification.FiscalYearEnd);
      differ(labels.source.manual, en.source.manual);
      differ(labels.personKinds.natural, en.personKinds.natural);
      differ(labels.severities.warning, en.severities.warning);
    }
    // And French is not Dutch.
    expect(labelsFor("fr").headers.directors.start).not.toBe(labelsFor("nl").headers.directors.start);
  });
});

describe("Source words across languages", () => {
  it("lists every language's manual word once", () => {
    expect(sourceWordsAll().sort()).toEqual(["Manual", "Manuel", "Manueel"].sort());
    expect(importedSourceWordsAll()).toEqual(["AdminPulse"]);
  });

  it.each(["Manuel", "manueel", "MANUAL", " Manuel ", "Manuél"])("%j is a manual word", (text) => {
    expect(isManualSourceWord(text)).toBe(true);
    expect(isImportedSourceWord(text)).toBe(false);
  });

  it.each(["AdminPulse", "adminpulse", " ADMINPULSE "])("%j is the imported word", (text) => {
    expect(isImportedSourceWord(text)).toBe(true);
    expect(isManualSourceWord(text)).toBe(false);
  });

  it.each([null, undefined, "", "  ", "Manuals", "Man", "Admin Pulse x", "Handmatig"])("%j is neither", (text) => {
    expect(isManualSourceWord(text)).toBe(false);
    expect(isImportedSourceWord(text)).toBe(false);
  });
});

describe("ownership rights and partners", () => {
  it("the Right column's header and words in each language", () => {
    const [fr, nl, en] = (["fr", "nl", "en"] as Language[]).map(labelsFor) as [
      ReturnType<typeof labelsFor>,
      ReturnType<typeof labelsFor>,
      ReturnType<typeof labelsFor>,
    ];
    expect([fr.headers.shareholders.right, nl.headers.shareholders.right, en.headers.shareholders.right]).toEqual(["Droit", "Recht", "Right"]);
    expect([fr.rights, nl.rights, en.rights]).toEqual([
      { full: "pleine propriété", usufruct: "usufruit", bare: "nue-propriété" },
      { full: "volle eigendom", usufruct: "vruchtgebruik", bare: "blote eigendom" },
      { full: "full ownership", usufruct: "usufruct", bare: "bare ownership" },
    ]);
    expect([fr.partners, nl.partners, en.partners]).toEqual([
      { partner: "associé", general: "associé commandité", limited: "associé commanditaire" },
      { partner: "vennoot", general: "beherend vennoot", limited: "stille vennoot" },
      { partner: "partner", general: "general partner", limited: "limited partner" },
    ]);
    expect(TABLES.shareholders.columns.indexOf("right")).toBe(TABLES.shareholders.columns.indexOf("identifier") + 1);
  });

  it.each([
    ["pleine propriété", "full", null],
    ["Volle eigendom", "full", null],
    ["FULL OWNERSHIP", "full", null],
    ["usufruit", "usufruct", null],
    ["Vruchtgebruik", "usufruct", null],
    ["usufruct", "usufruct", null],
    ["nue-propriété", "bare", null],
    ["Nue propriete", "bare", null],
    ["blote eigendom", "bare", null],
    ["bare ownership", "bare", null],
    ["associé commandité", null, "general"],
    ["Beherend vennoot", null, "general"],
    ["stille vennoot", null, "limited"],
    ["associé commanditaire (usufruit)", "usufruct", "limited"],
    ["vennoot", null, "partner"],
    ["Partner (bare ownership)", "bare", "partner"],
  ] as const)("%j is read back in any language", (text, right, partner) => {
    expect(holdingRightFromWord(text)).toEqual({ right, partner, known: true });
  });

  it("an empty cell records no right; other words are not ours", () => {
    expect(holdingRightFromWord("")).toBeNull();
    expect(holdingRightFromWord(null)).toBeNull();
    expect(holdingRightFromWord("gage")).toEqual({ right: null, partner: null, known: false });
  });
});

describe("headers read back", () => {
  it("the Right column in any language", () => {
    for (const header of ["Droit", "Recht", "Right", "right"]) {
      expect(columnKeysOf("shareholders", ["Nom", "Type", "Identifiant", header, "Actions"])).toEqual(["name", "kind", "identifier", "right", "shares"]);
    }
  });

  it("Dutch 'Dubbel van' is written; the former 'Duplicaat van' still maps, so sheets made before keep their column", () => {
    expect(headerText("relations", "duplicateOf", "nl")).toBe("Dubbel van");
    expect(columnKeysOf("relations", ["Naam", "Dubbel van"])).toEqual(["name", "duplicateOf"]);
    expect(columnKeysOf("relations", ["Naam", "Duplicaat van"])).toEqual(["name", "duplicateOf"]);
    // Only in its table: elsewhere it is a column of the user's.
    expect(columnKeysOf("directors", ["Naam", "Duplicaat van"])).toEqual(["name", "extra:1"]);
  });
});
