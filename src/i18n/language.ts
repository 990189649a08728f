// The three languages of the product. Office reports its display language as a BCP-47 tag
// ("fr-BE", "nl-NL", "en-US"); anything that is neither French nor Dutch gets English.

export const LANGUAGES = ["fr", "nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text for users, in every language of the product. */
export type Localized = Readonly<Record<Language, string>>;

export function languageFromTag(tag: string | null | undefined): Language {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "fr" || primary === "nl" ? primary : "en";
}
