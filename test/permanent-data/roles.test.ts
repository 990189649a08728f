import { CANONICAL_ROLES, type CanonicalRole } from "../../src/permanent-data/model";
import {
  ROLE_WORDS,
  canonicalRole,
  isManagerWording,
  managementWording,
  roleFromText,
  roleLabel,
  roleLabels,
} from "../../src/permanent-data/roles";
import { LANGUAGES } from "../../src/i18n/language";

const stripAccents = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

describe("the rules page's role words", () => {
  // From ../shared/permanent-data-rules.md, "Role words, FR / NL / EN": copied here on purpose,
  // so that a change in roles.ts shows up as a failing test.
  const table: [CanonicalRole, string, string, string][] = [
    ["director", "administrateur", "bestuurder", "director"],
    ["managing-director", "administrateur délégué", "gedelegeerd bestuurder", "managing director"],
    ["manager", "gérant", "zaakvoerder", "manager"],
    ["chair", "président", "voorzitter", "chair"],
    ["daily-manager", "délégué à la gestion journalière", "dagelijks bestuurder", "daily manager"],
    ["permanent-representative", "représentant permanent", "vaste vertegenwoordiger", "permanent representative"],
    ["statutory-auditor", "commissaire", "commissaris", "statutory auditor"],
    ["shareholder", "actionnaire", "aandeelhouder", "shareholder"],
  ];

  it("covers every canonical role", () => {
    expect(table.map(([role]) => role).sort()).toEqual([...CANONICAL_ROLES].sort());
  });

  it.each(table)("roleLabel(%s) is %j / %j / %j", (role, fr, nl, en) => {
    expect(roleLabel(role, "fr")).toBe(fr);
    expect(roleLabel(role, "nl")).toBe(nl);
    expect(roleLabel(role, "en")).toBe(en);
  });

  const words = table.flatMap(([role, fr, nl, en]) => [fr, nl, en].map((word) => [word, role] as const));
  it.each(words)("%j reads as %s, in any case and with or without accents", (word, role) => {
    for (const variant of [word, word.toUpperCase(), stripAccents(word), stripAccents(word).toUpperCase(), ` ${word[0]!.toUpperCase()}${word.slice(1)} `]) {
      expect(roleFromText(variant)).toBe(role);
    }
  });

  it.each(words)("%j on the link it belongs to gives %s", (word, role) => {
    const link = role === "shareholder" ? "shareholder" : role === "statutory-auditor" ? "auditor" : "director";
    expect(canonicalRole(word, link)).toBe(role);
  });

  it("roleLabels gives the words of one language", () => {
    expect(roleLabels("nl")).toEqual(Object.fromEntries(CANONICAL_ROLES.map((role) => [role, ROLE_WORDS[role].nl])));
    for (const language of LANGUAGES) for (const role of CANONICAL_ROLES) expect(roleLabels(language)[role]).not.toBe("");
  });
});

describe("canonicalRole on AdminPulse's free text", () => {
  it.each([
    ["Administrateur délégué", "managing-director"],
    ["Administrateur-délégué", "managing-director"],
    ["ADMINISTRATEUR DELEGUE", "managing-director"],
    ["Administratrice déléguée", "managing-director"],
    ["gedelegeerd bestuurder", "managing-director"],
    ["Gedelegeerde bestuurder", "managing-director"],
    ["Managing director", "managing-director"],
    ["CEO", "managing-director"],
    ["Gérant", "manager"],
    ["gerante", "manager"],
    ["Zaakvoerder", "manager"],
    ["zaakvoerster", "manager"],
    ["Associé gérant", "manager"],
    ["Beherend vennoot", "manager"],
    ["Voorzitter", "chair"],
    ["Voorzitter van de raad van bestuur", "chair"],
    ["Président du conseil d'administration", "chair"],
    ["Présidente", "chair"],
    ["Chair", "chair"],
    ["Chairman of the board of directors", "chair"],
    ["Vice-président", "director"],
    ["Ondervoorzitter", "director"],
    ["Délégué à la gestion journalière", "daily-manager"],
    ["delegue a la gestion journaliere", "daily-manager"],
    ["Dagelijks bestuurder", "daily-manager"],
    ["Gedelegeerde voor het dagelijks bestuur", "daily-manager"],
    ["Daily manager", "daily-manager"],
    ["Bestuurder", "director"],
    ["Administrateur", "director"],
    ["Administratrice", "director"],
    ["Administrateur unique", "director"],
    ["Enig bestuurder", "director"],
    ["Onafhankelijk bestuurder", "director"],
    ["Director", "director"],
    ["Sole director", "director"],
    ["Vaste vertegenwoordiger", "permanent-representative"],
    ["Représentant permanent", "permanent-representative"],
    ["Vaste vertegenwoordiger van Dupont BV, bestuurder", "permanent-representative"],
    ["Permanent representative", "permanent-representative"],
  ] as const)("%j on a director link → %s", (text, role) => expect(canonicalRole(text, "director")).toBe(role));

  it.each([
    ["Commissaris", "statutory-auditor"],
    ["Commissaire", "statutory-auditor"],
    ["Statutory auditor", "statutory-auditor"],
    ["Réviseur d'entreprises", "statutory-auditor"],
    ["Bedrijfsrevisor", "statutory-auditor"],
    ["Vaste vertegenwoordiger", "permanent-representative"],
    ["Représentant permanent", "permanent-representative"],
  ] as const)("%j on an auditor link → %s", (text, role) => expect(canonicalRole(text, "auditor")).toBe(role));

  it.each([null, "", "   ", "-", "Liquidateur", "Vereffenaar", "xyz"])("%j gives the link's default", (text) => {
    expect(canonicalRole(text, "director")).toBe("director");
    expect(canonicalRole(text, "shareholder")).toBe("shareholder");
    expect(canonicalRole(text, "auditor")).toBe("statutory-auditor");
  });

  it("keeps the role within the link's family", () => {
    expect(canonicalRole("Aandeelhouder", "director")).toBe("director");
    expect(canonicalRole("Commissaris", "director")).toBe("director");
    expect(canonicalRole("Gérant", "shareholder")).toBe("shareholder");
    expect(canonicalRole("Bestuurder", "auditor")).toBe("statutory-auditor");
    expect(canonicalRole("Actionnaire", "shareholder")).toBe("shareholder");
  });

  it("never throws on odd input", () => {
    for (const text of ["\u0000", "(((", "a".repeat(10_000), "😀", undefined as unknown as string, 7 as unknown as string]) {
      expect(() => canonicalRole(text, "director")).not.toThrow();
    }
  });
});

describe("management wording", () => {
  it.each(["Gérant", "gerant", "Zaakvoerder", "ZAAKVOERDER", "Gérante", "Associé gérant"])("%j is manager wording", (text) => {
    expect(isManagerWording(text)).toBe(true);
    expect(managementWording(text)).toBe("manager");
  });

  it.each(["Administrateur", "Bestuurder", "Administrateur délégué", "Gedelegeerd bestuurder", "Director"])(
    "%j is director wording",
    (text) => {
      expect(isManagerWording(text)).toBe(false);
      expect(managementWording(text)).toBe("director");
    },
  );

  it.each([null, "", "Voorzitter", "Dagelijks bestuurder", "Vaste vertegenwoordiger", "Commissaris"])("%j is neither", (text) => {
    expect(isManagerWording(text)).toBe(false);
    expect(managementWording(text)).toBeNull();
  });
});
