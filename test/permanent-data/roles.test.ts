import { CANONICAL_ROLES, type CanonicalRole } from "../../src/permanent-data/model";
import {
  ROLE_IDS,
  ROLE_WORDS,
  type RoleId,
  canonicalOf,
  canonicalRole,
  directorRoleFromText,
  isManagerWording,
  managementWording,
  roleFromText,
  roleLabel,
  roleLabels,
  roleWordFromText,
} from "../../src/permanent-data/roles";
import { LANGUAGES } from "../../src/i18n/language";

const stripAccents = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

describe("the rules page's role words", () => {
  // From ../shared/permanent-data-rules.md, "Role words, FR / NL / EN": copied here on purpose,
  // so that a change in roles.ts shows up as a failing test.
  const table: [RoleId, string, string, string][] = [
    ["director", "administrateur", "bestuurder", "director"],
    ["managing-director", "administrateur délégué", "gedelegeerd bestuurder", "managing director"],
    ["manager", "gérant", "zaakvoerder", "manager"],
    ["chair", "président", "voorzitter", "chair"],
    ["daily-manager", "délégué à la gestion journalière", "dagelijks bestuurder", "daily manager"],
    ["permanent-representative", "représentant permanent", "vaste vertegenwoordiger", "permanent representative"],
    ["statutory-auditor", "commissaire", "commissaris", "statutory auditor"],
    ["liquidator", "liquidateur", "vereffenaar", "liquidator"],
    ["partner", "associé", "vennoot", "partner"],
    ["general-partner", "associé commandité", "beherend vennoot", "general partner"],
    ["limited-partner", "associé commanditaire", "stille vennoot", "limited partner"],
    ["sole-director", "administrateur unique", "enige bestuurder", "sole director"],
    ["member", "membre", "lid", "member"],
    ["shareholder", "actionnaire", "aandeelhouder", "shareholder"],
  ];

  it("covers every role of the table, the canonical roles among them, in its order", () => {
    expect(ROLE_IDS).toEqual(table.map(([role]) => role));
    for (const role of CANONICAL_ROLES) expect(ROLE_IDS).toContain(role);
  });

  it.each(table)("roleLabel(%s) is %j / %j / %j", (role, fr, nl, en) => {
    expect(roleLabel(role, "fr")).toBe(fr);
    expect(roleLabel(role, "nl")).toBe(nl);
    expect(roleLabel(role, "en")).toBe(en);
  });

  const words = table.flatMap(([role, fr, nl, en]) => [fr, nl, en].map((word) => [word, role] as const));
  it.each(words)("%j reads as %s, in any case and with or without accents", (word, role) => {
    for (const variant of [word, word.toUpperCase(), stripAccents(word), stripAccents(word).toUpperCase(), ` ${word[0]!.toUpperCase()}${word.slice(1)} `]) {
      expect(roleWordFromText(variant)).toBe(role);
      expect(roleFromText(variant)).toBe(canonicalOf(role));
    }
  });

  const canonicalWords = words.filter(([, role]) => (CANONICAL_ROLES as readonly string[]).includes(role));
  it.each(canonicalWords)("%j on the link it belongs to gives %s", (word, role) => {
    const link = role === "shareholder" ? "shareholder" : role === "statutory-auditor" ? "auditor" : "director";
    expect(canonicalRole(word, link)).toBe(role);
  });

  it("roleLabels gives the words of one language, for every role of the table", () => {
    expect(roleLabels("nl")).toEqual(Object.fromEntries(ROLE_IDS.map((role) => [role, ROLE_WORDS[role].nl])));
    for (const language of LANGUAGES) for (const role of ROLE_IDS) expect(roleLabels(language)[role]).not.toBe("");
  });
});

describe("roles the model does not hold as canonical", () => {
  const isCanonical = (role: RoleId) => (CANONICAL_ROLES as readonly string[]).includes(role);

  it("fall back to the nearest canonical role while the model lacks them", () => {
    const expected: Record<string, CanonicalRole | null> = {
      liquidator: null,
      partner: "shareholder",
      "general-partner": "manager",
      "limited-partner": "shareholder",
      "sole-director": "director",
      member: null,
    };
    for (const [role, fallback] of Object.entries(expected)) {
      expect(canonicalOf(role as RoleId)).toBe(isCanonical(role as RoleId) ? role : fallback);
    }
  });

  it.each([
    ["Liquidateur", "liquidator"],
    ["Liquidatrice", "liquidator"],
    ["Vereffenaar", "liquidator"],
    ["Liquidator", "liquidator"],
    ["Administrateur unique", "sole-director"],
    ["Enig bestuurder", "sole-director"],
    ["Enige bestuurder", "sole-director"],
    ["Sole director", "sole-director"],
    ["Associé commandité", "general-partner"],
    ["Beherend vennoot", "general-partner"],
    ["Associé commanditaire", "limited-partner"],
    ["Stille vennoot", "limited-partner"],
    ["Associé", "partner"],
    ["Vennoot", "partner"],
    ["Associé gérant", "manager"],
    ["Membre", "member"],
    ["Lid van de raad van bestuur", "director"],
    ["Membre du conseil d'administration", "director"],
    ["Bestuurslid", "director"],
  ] as const)("%j reads as %s", (text, role) => expect(roleWordFromText(text)).toBe(role));

  it("on a director link: the liquidator and the sole director are director-link roles", () => {
    expect(directorRoleFromText("Vereffenaar")).toBe("liquidator");
    expect(directorRoleFromText("Administrateur unique")).toBe("sole-director");
    expect(directorRoleFromText("Beherend vennoot")).toBe("general-partner");
    expect(directorRoleFromText("Aandeelhouder")).toBeNull();
    expect(directorRoleFromText("Membre")).toBeNull();
    expect(canonicalRole("Liquidateur", "director")).toBe(isCanonical("liquidator") ? "liquidator" : "director");
    expect(canonicalRole("Administrateur unique", "director")).toBe(isCanonical("sole-director") ? "sole-director" : "director");
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
    // A general partner: the manager while the model has no general-partner role.
    ["Beherend vennoot", (CANONICAL_ROLES as readonly string[]).includes("general-partner") ? "general-partner" : "manager"],
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
    ["Administrateur unique", (CANONICAL_ROLES as readonly string[]).includes("sole-director") ? "sole-director" : "director"],
    ["Enig bestuurder", (CANONICAL_ROLES as readonly string[]).includes("sole-director") ? "sole-director" : "director"],
    ["Onafhankelijk bestuurder", "director"],
    ["Director", "director"],
    ["Sole director", (CANONICAL_ROLES as readonly string[]).includes("sole-director") ? "sole-director" : "director"],
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

  it.each([null, "", "   ", "-", "xyz"])("%j gives the link's default", (text) => {
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
  it.each(["Gérant", "gerant", "Zaakvoerder", "ZAAKVOERDER", "Gérante", "Associé gérant", "Beherend vennoot"])("%j is manager wording", (text) => {
    expect(isManagerWording(text)).toBe(true);
    expect(managementWording(text)).toBe("manager");
  });

  it.each(["Administrateur", "Bestuurder", "Administrateur délégué", "Gedelegeerd bestuurder", "Director", "Administrateur unique"])(
    "%j is director wording",
    (text) => {
      expect(isManagerWording(text)).toBe(false);
      expect(managementWording(text)).toBe("director");
    },
  );

  it.each([null, "", "Voorzitter", "Dagelijks bestuurder", "Vaste vertegenwoordiger", "Commissaris", "Liquidateur"])("%j is neither", (text) => {
    expect(isManagerWording(text)).toBe(false);
    expect(managementWording(text)).toBeNull();
  });
});
