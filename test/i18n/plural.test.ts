// Counts in the product's languages: the form by Intl.PluralRules (French singular for 0 and 1,
// Dutch and English for 1 only), the number by Intl.NumberFormat, with the locale the dates and
// numbers of the pane use.

import { LANGUAGES } from "../../src/i18n/language";
import { LOCALES, type PluralForms, formatCount, plural } from "../../src/i18n/plural";
import { formatNumber } from "../../src/taskpane/format";

const LINKS = {
  fr: { one: (n) => `${n} lien`, other: (n) => `${n} liens` },
  nl: { one: (n) => `${n} koppeling`, other: (n) => `${n} koppelingen` },
  en: { one: (n) => `${n} link`, other: (n) => `${n} links` },
} satisfies Record<(typeof LANGUAGES)[number], PluralForms>;

/** Belgian French groups digits with a narrow no-break space (U+202F). */
const NARROW_NBSP = "\u202f";

describe("plural", () => {
  it.each([
    ["fr", 0, "0 lien"],
    ["fr", 1, "1 lien"],
    ["fr", 2, "2 liens"],
    ["nl", 0, "0 koppelingen"],
    ["nl", 1, "1 koppeling"],
    ["nl", 2, "2 koppelingen"],
    ["en", 0, "0 links"],
    ["en", 1, "1 link"],
    ["en", 2, "2 links"],
  ] as const)("%s, %i → %s", (language, count, text) => {
    expect(plural(language, count, LINKS[language])).toBe(text);
  });

  it("writes big numbers as each language does, in the plural", () => {
    expect(plural("fr", 1234567, LINKS.fr)).toBe(`1${NARROW_NBSP}234${NARROW_NBSP}567 liens`);
    expect(plural("nl", 1234567, LINKS.nl)).toBe("1.234.567 koppelingen");
    expect(plural("en", 1234567, LINKS.en)).toBe("1,234,567 links");
  });

  it("takes the plural form for French's other categories (a million: « many »)", () => {
    expect(plural("fr", 1_000_000, LINKS.fr)).toBe(`1${NARROW_NBSP}000${NARROW_NBSP}000 liens`);
  });

  it("puts the number where the sentence needs it", () => {
    expect(plural("nl", 1, { one: (n) => `Er werd ${n} rij overgeslagen.`, other: (n) => `Er werden ${n} rijen overgeslagen.` })).toBe(
      "Er werd 1 rij overgeslagen.",
    );
  });
});

describe("formatCount", () => {
  it("is formatNumber without decimals, in the same locale as the pane's dates and numbers", () => {
    expect(LOCALES).toEqual({ fr: "fr-BE", nl: "nl-BE", en: "en-GB" });
    for (const language of LANGUAGES) {
      for (const n of [0, 7, 1200, 98765432]) expect(formatCount(language, n)).toBe(formatNumber(n, language));
    }
  });
});
