// The legal basis of a finding, as each language cites it: the Code of Companies and Associations
// is the CSA in French, the WVV in Dutch and the BCCA in English; the UBO law is cited by its date.

import type { Localized } from "../i18n/language";
import { localized } from "./messages";

/** "art. 7:85 CSA" / "art. 7:85 WVV" / "art. 7:85 BCCA" (paragraphs as written: "7:85 §1"). */
export function codeArticle(article: string): Localized {
  return localized((l) => `art. ${article} ${{ fr: "CSA", nl: "WVV", en: "BCCA" }[l]}`);
}

/** The UBO law of 18 September 2017, art. 4, 27°, in each language. */
export const UBO_LAW: Localized = {
  fr: "loi du 18 septembre 2017, art. 4, 27°",
  nl: "wet van 18 september 2017, art. 4, 27°",
  en: "law of 18 September 2017, art. 4, 27°",
};

/** " (art. 7:85 CSA)": the basis in brackets, to close the sentence that states the rule. */
export function basis(...citations: Localized[]): Localized {
  return localized((l) => ` (${citations.map((c) => c[l]).join(", ")})`);
}
