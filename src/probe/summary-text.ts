// The words of the probe's printed summary, in the product's three languages. Wire names, codes
// and date patterns are printed as they are: they are what a developer looks for.

import type { Language } from "../i18n/language";
import { plural } from "../i18n/plural";
import type { FilterBehaviour } from "./evidence";
import type { NameStatus } from "./report";

type Texts = Readonly<Record<Language, string>>;

export const TITLE: Texts = {
  en: "AdminPulse contract probe",
  fr: "Sonde du contrat AdminPulse",
  nl: "Contractsonde AdminPulse",
};

export const LABELS = {
  address: { en: "Address", fr: "Adresse", nl: "Adres" },
  requests: { en: "Requests", fr: "Requêtes", nl: "Aanvragen" },
  times: { en: "Response time", fr: "Temps de réponse", nl: "Antwoordtijd" },
  rateLimit: { en: "Rate limit (429)", fr: "Limite de débit (429)", nl: "Aanvraaglimiet (429)" },
  sample: { en: "Sample", fr: "Échantillon", nl: "Steekproef" },
  paging: { en: "Paging", fr: "Pagination", nl: "Paginering" },
  filter: { en: "Filter", fr: "Filtre", nl: "Filter" },
  names: { en: "Names", fr: "Noms", nl: "Namen" },
  linkTypes: { en: "Link types", fr: "Types de lien", nl: "Koppelingstypes" },
  dates: { en: "Date formats", fr: "Formats de date", nl: "Datumnotaties" },
} satisfies Record<string, Texts>;

export const T = {
  ofAtMost: (sent: number, budget: number): Texts => ({
    en: `${sent} of at most ${budget}`,
    fr: `${sent} sur ${budget} au plus`,
    nl: `${sent} van ten hoogste ${budget}`,
  }),
  status: { en: "status", fr: "statut", nl: "status" },
  networkFailures: (n: number): Texts => ({ en: `${n} without an answer`, fr: `${n} sans réponse`, nl: `${n} zonder antwoord` }),
  times: (min: number, median: number, max: number): Texts => ({
    en: `min ${min} ms, median ${median} ms, max ${max} ms`,
    fr: `min ${min} ms, médiane ${median} ms, max ${max} ms`,
    nl: `min ${min} ms, mediaan ${median} ms, max ${max} ms`,
  }),
  none: { en: "none", fr: "aucun", nl: "geen" },
  no429: { en: "no 429 answer", fr: "aucune réponse 429", nl: "geen antwoord 429" },
  answers429: (n: number, withHeader: number, forms: string): Texts => ({
    en: `${n} answers 429, ${withHeader} with Retry-After${forms ? ` (${forms})` : ""}`,
    fr: `${n} réponses 429, dont ${withHeader} avec Retry-After${forms ? ` (${forms})` : ""}`,
    nl: `${n} antwoorden 429, waarvan ${withHeader} met Retry-After${forms ? ` (${forms})` : ""}`,
  }),
  sample: (pages: number, items: number, relations: number, links: number): Texts => ({
    en: `${pages} list pages (${items} items), ${relations} relations read in full, ${links} links`,
    fr: `${pages} pages de liste (${items} éléments), ${relations} relations lues en détail, ${links} liens`,
    nl: `${pages} lijstpagina's (${items} items), ${relations} relaties volledig gelezen, ${links} koppelingen`,
  }),
  notFound: (n: number): Texts => ({ en: `, ${n} answered 404`, fr: `, ${n} ont répondu 404`, nl: `, ${n} antwoordden 404` }),
  pageSize: (ok: boolean | null, asked: number): Texts =>
    ok === null
      ? { en: `page size ${asked} not tested`, fr: `taille de page ${asked} non testée`, nl: `paginagrootte ${asked} niet getest` }
      : ok
        ? { en: `page size ${asked} honoured`, fr: `taille de page ${asked} respectée`, nl: `paginagrootte ${asked} gevolgd` }
        : { en: `page size ${asked} NOT honoured`, fr: `taille de page ${asked} NON respectée`, nl: `paginagrootte ${asked} NIET gevolgd` },
  page: (ok: boolean | null): Texts =>
    ok === null
      ? { en: "next page not tested (one page only)", fr: "page suivante non testée (une seule page)", nl: "volgende pagina niet getest (slechts één pagina)" }
      : ok
        ? { en: "next page holds other relations", fr: "la page suivante contient d’autres relations", nl: "de volgende pagina bevat andere relaties" }
        : { en: "next page REPEATS the first", fr: "la page suivante RÉPÈTE la première", nl: "de volgende pagina HERHAALT de eerste" },
  pageCount: (ok: boolean | null): Texts =>
    ok === null
      ? { en: "page count not checked", fr: "nombre de pages non vérifié", nl: "aantal pagina's niet gecontroleerd" }
      : ok
        ? { en: "page count consistent with totalRowCount", fr: "nombre de pages cohérent avec totalRowCount", nl: "aantal pagina's klopt met totalRowCount" }
        : {
            en: "page count INCONSISTENT with totalRowCount",
            fr: "nombre de pages INCOHÉRENT avec totalRowCount",
            nl: "aantal pagina's KLOPT NIET met totalRowCount",
          },
  filter: (behaviour: FilterBehaviour, results: number, matching: number): Texts => {
    switch (behaviour) {
      case "honoured":
        return { en: "filters", fr: "filtre", nl: "filtert" };
      case "ignored":
        return {
          en: `IGNORED (${results} results, ${matching} with the number asked for)`,
          fr: `IGNORÉ (${results} résultats, ${matching} avec le numéro demandé)`,
          nl: `GENEGEERD (${results} resultaten, ${matching} met het gevraagde nummer)`,
        };
      case "finds-nothing":
        return {
          en: "FINDS NOTHING for a number taken from the list",
          fr: "NE TROUVE RIEN pour un numéro pris dans la liste",
          nl: "VINDT NIETS voor een nummer uit de lijst",
        };
      case "not-tested":
        return {
          en: "not tested (no enterprise number in the list)",
          fr: "non testé (aucun numéro d’entreprise dans la liste)",
          nl: "niet getest (geen ondernemingsnummer in de lijst)",
        };
    }
  },
  statuses: {
    found: { en: "found", fr: "trouvés", nl: "gevonden" },
    absent: { en: "absent", fr: "absents", nl: "afwezig" },
    "other-type": { en: "of another type", fr: "d’un autre type", nl: "van een ander type" },
    "not-seen": { en: "not seen in this sample", fr: "non rencontrés dans cet échantillon", nl: "niet gezien in deze steekproef" },
    "not-sampled": { en: "outside the sample", fr: "hors échantillon", nl: "buiten de steekproef" },
  } satisfies Record<NameStatus, Texts>,
  differences: { en: "Differences:", fr: "Différences :", nl: "Verschillen:" },
  absent: (of: number): Texts => ({ en: `absent (0 of ${of})`, fr: `absent (0 sur ${of})`, nl: `afwezig (0 van ${of})` }),
  otherType: (types: string, expected: string): Texts => ({
    en: `of another type: ${types} (expected ${expected})`,
    fr: `d’un autre type : ${types} (attendu ${expected})`,
    nl: `van een ander type: ${types} (verwacht ${expected})`,
  }),
  notDates: (n: number, patterns: string): Texts => ({
    en: `${n} dates in a format the add-in does not read${patterns ? ` (${patterns})` : ""}`,
    fr: `${n} dates dans un format que le complément ne lit pas${patterns ? ` (${patterns})` : ""}`,
    nl: `${n} datums in een notatie die de invoegtoepassing niet leest${patterns ? ` (${patterns})` : ""}`,
  }),
  queryIgnored: { en: "ignored by AdminPulse", fr: "ignoré par AdminPulse", nl: "genegeerd door AdminPulse" },
  queryFindsNothing: { en: "finds nothing", fr: "ne trouve rien", nl: "vindt niets" },
  pathAbsent: {
    en: "answered 404 for relations taken from the list",
    fr: "a répondu 404 pour des relations prises dans la liste",
    nl: "antwoordde 404 voor relaties uit de lijst",
  },
  valueAbsent: (other: number): Texts => ({
    en: `none of the contract's values, ${other} others (not shown)`,
    fr: `aucune des valeurs du contrat, ${other} autres (non affichées)`,
    nl: `geen van de waarden van het contract, ${other} andere (niet getoond)`,
  }),
  inconsistent: { en: "inconsistent", fr: "incohérent", nl: "klopt niet" },
  presentInstead: (names: string): Texts => ({ en: `present there: ${names}`, fr: `présents à cet endroit : ${names}`, nl: `daar aanwezig: ${names}` }),
  nothingInstead: { en: "nothing else there", fr: "rien d’autre à cet endroit", nl: "niets anders op die plaats" },
  suggestion: (name: string): Texts => ({ en: `probably now ${name}`, fr: `probablement devenu ${name}`, nl: `waarschijnlijk nu ${name}` }),
  linkType: { en: "link type", fr: "type de lien", nl: "koppelingstype" },
  readVia: (place: string, via: string): Texts => ({
    en: `${place} was read through ${via}`,
    fr: `${place} a été lu via ${via}`,
    nl: `${place} werd gelezen via ${via}`,
  }),
  notSeen: {
    en: "Not seen in this sample (the contract allows it):",
    fr: "Non rencontrés dans cet échantillon (le contrat le permet) :",
    nl: "Niet gezien in deze steekproef (het contract laat dat toe):",
  },
  unknownCode: { en: "unknown", fr: "inconnu", nl: "onbekend" },
  asExpected: {
    en: "AdminPulse answers as this add-in expects.",
    fr: "AdminPulse répond comme ce complément l’attend.",
    nl: "AdminPulse antwoordt zoals deze invoegtoepassing verwacht.",
  },
  differs: (n: number): Texts => {
    const places = (l: Language, one: string, other: string) => plural(l, n, { one: (c) => `${c} ${one}`, other: (c) => `${c} ${other}` });
    return {
      en: `AdminPulse answers differently from what this add-in expects, in ${places("en", "place", "places")}: send the report to the add-in's developers.`,
      fr: `AdminPulse répond autrement que ce complément ne l’attend, à ${places("fr", "endroit", "endroits")} : envoyez le rapport aux développeurs du complément.`,
      nl: `AdminPulse antwoordt anders dan deze invoegtoepassing verwacht, op ${places("nl", "plaats", "plaatsen")}: stuur het rapport naar de ontwikkelaars van de invoegtoepassing.`,
    };
  },
  inconclusive: {
    en: "Nothing to compare: AdminPulse gave no relation to read in this sample.",
    fr: "Rien à comparer : AdminPulse n’a donné aucune relation à lire dans cet échantillon.",
    nl: "Niets te vergelijken: AdminPulse gaf in deze steekproef geen relatie om te lezen.",
  },
  budget: {
    en: "The request limit (--max-requests) was reached before the plan was done; the report covers what was read.",
    fr: "La limite de requêtes (--max-requests) a été atteinte avant la fin du plan ; le rapport couvre ce qui a été lu.",
    nl: "De aanvraaglimiet (--max-requests) werd bereikt voor het plan af was; het rapport dekt wat gelezen werd.",
  },
  stopped: {
    en: "The probe stopped early; the report covers what was read until then:",
    fr: "La sonde s’est arrêtée plus tôt ; le rapport couvre ce qui a été lu jusque-là :",
    nl: "De sonde stopte vroeger; het rapport dekt wat tot dan gelezen werd:",
  },
  written: (file: string): Texts => ({
    en: `Report written to ${file}: it holds names, counts and formats, no data of your clients.`,
    fr: `Rapport écrit dans ${file} : il contient des noms de champs, des comptes et des formats, aucune donnée de vos clients.`,
    nl: `Rapport geschreven naar ${file}: het bevat veldnamen, aantallen en notaties, geen gegevens van uw klanten.`,
  }),
  noOut: {
    en: "Add --out report.json to save the report.",
    fr: "Ajoutez --out rapport.json pour enregistrer le rapport.",
    nl: "Voeg --out rapport.json toe om het rapport te bewaren.",
  },
};
