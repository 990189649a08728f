// How words typed by people are compared: case and accents never count ("Gérant" is "gerant"), and
// according to what is compared, punctuation counts as a space, as nothing, or as itself.

/** Lower case, without accents (any combining mark). */
function bare(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Names, roles, words: "Zoë & Chloé" → "zoe chloe" (anything but letters and digits is one space). */
export function foldWords(text: string): string {
  return bare(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Headers and labels: "  Fin de  l'Exercice " → "fin de l'exercice" (spaces collapsed, punctuation kept). */
export function foldText(text: string): string {
  return bare(text).replace(/\s+/g, " ").trim();
}

/** Abbreviations: "S.R.L." → "srl" (letters and digits only). */
export function foldCompact(text: string): string {
  return bare(text).replace(/[^\p{L}\p{N}]+/gu, "");
}
