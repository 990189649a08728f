// Texts of the home view (linked company, sync, progress, summary, review), in the product's
// three languages. A text without values is a string; a text with values is a function of them,
// typed: a missing translation, or one that takes other values, is a compile error. Counts go
// through `plural` (the language's plural rules, the number as the language writes it). French
// texts get French typography (a non-breaking space before : ; ? ! and inside « »).

import type { Language } from "../../i18n/language";
import { formatCount, plural } from "../../i18n/plural";
import { frenchTexts } from "../../i18n/typography";
import { formatNumber } from "../format";

/** The total of a step: "12", or "?" while it is not known yet. */
function outOf(language: Language, total: number | null): string {
  return total === null ? "?" : formatCount(language, total);
}

const en = {
  settings: "Settings",
  linkedTitle: "Linked company",
  enterpriseNumber: "Enterprise number",
  legalForm: "Legal form",
  lastSync: "Last sync",
  neverSynced: "not yet",
  recentSyncs: "Recent syncs",
  runChecks: "Run checks",
  newFileTitle: "Link this workbook to a company",
  newFileIntro: "Type the company's enterprise number, or find it in AdminPulse by name.",
  numberLabel: "Enterprise number",
  numberHint: "10 digits, for example 0123.456.749",
  numberValid: "Valid enterprise number",
  numberWrongCheck: "The check digits do not match: look for a typo. (AdminPulse is still asked, in case it holds the number so.)",
  numberWrongShape: "An enterprise number has 10 digits and starts with 0 or 1.",
  searchLabel: "Search AdminPulse by name",
  searchPlaceholder: "Company name",
  searchButton: "Search",
  searching: "Searching AdminPulse…",
  searchNone: (query: string): string => `No company in AdminPulse matches “${query}”.`,
  searchPick: (name: string): string => `Use ${name}`,
  noNumber: "no enterprise number",
  sync: "Sync with AdminPulse",
  cancel: "Cancel",
  progressLabel: "Sync progress",
  stepReading: "Reading the workbook",
  stepLookup: "Finding the company in AdminPulse",
  stepScan: (done: number, total: number | null): string => `Reading the AdminPulse list: page ${formatCount("en", done)} of ${outOf("en", total)}`,
  stepCompany: "Reading the company",
  stepRelated: (done: number, total: number | null): string =>
    `Reading directors, shareholders and auditors: ${formatCount("en", done)} of ${outOf("en", total)}`,
  stepWriting: "Writing the tables",
  stepDone: "Done",
  summaryTitle: (company: string): string => `Synced: ${company}`,
  summaryAdded: "Added",
  summaryUpdated: "Updated",
  summaryRemoved: "Removed",
  summaryKeptManual: "Manual rows kept",
  summaryConflicts: "Edited cells left as you typed them",
  summaryDuplicates: "Possible duplicates",
  summaryDuration: (seconds: number): string => `Took ${formatNumber(seconds, "en", 1)} s`,
  summaryKeptEdited: (count: number): string =>
    plural("en", count, {
      one: (n) => `${n} row that left AdminPulse was kept as a manual row, because you had edited it.`,
      other: (n) => `${n} rows that left AdminPulse were kept as manual rows, because you had edited them.`,
    }),
  summaryMissing: (count: number): string =>
    plural("en", count, {
      one: (n) => `${n} linked relation no longer exists in AdminPulse and was skipped.`,
      other: (n) => `${n} linked relations no longer exist in AdminPulse and were skipped.`,
    }),
  summaryUnknown: (count: number): string =>
    plural("en", count, {
      one: (n) => `${n} link of a kind this add-in does not know was skipped.`,
      other: (n) => `${n} links of a kind this add-in does not know were skipped.`,
    }),
  summaryLeftAlone: (count: number): string =>
    plural("en", count, {
      one: (n) => `${n} row you edited was left as it is. Sync from this pane to review it.`,
      other: (n) => `${n} rows you edited were left as they are. Sync from this pane to review them.`,
    }),
  summaryColumnRestored: (table: string, column: string): string =>
    `${table}: the column “${column}” was missing (renamed or deleted); it is back, at the end of the table.`,
  summaryColumnMissing: (table: string, column: string): string =>
    `${table} has no column “${column}” (renamed or deleted), and the column right of the table is in use, so AdminPulse’s values for it are not shown. Empty that column, or give the column its name back, then sync again.`,
  summaryTableCreatedAgain: (table: string, cell: string): string =>
    `${table} was not found (deleted, renamed or converted to a range), so it was written again at ${cell}. Cells left where it was are no longer updated.`,
  notWritten: "Nothing was written: the review was cancelled.",
  quietAutoSync: "An automatic sync since then found nothing new.",
  reviewTitle: "You edited imported cells",
  reviewIntro: "AdminPulse has other values for cells you changed. Choose, row by row, before anything is written.",
  reviewRow: "Row",
  reviewColumn: "Column",
  reviewSheet: "In the sheet",
  reviewAdminPulse: "In AdminPulse",
  reviewTake: "Take AdminPulse’s values",
  reviewKeepLinked: "Keep mine, still linked: later changes to the rest of the row still arrive from AdminPulse",
  reviewDetach: "Detach the row as manual: it keeps my values, and AdminPulse’s later changes to it no longer arrive",
  reviewChoice: (row: string): string => `For ${row}`,
  reviewApply: "Apply and sync",
  reviewCancel: "Cancel, write nothing",
  linkToConfirm:
    "Not yet confirmed on this computer. Press Sync: the pane shows the company AdminPulse has for this number, and writes nothing before you confirm it.",
  linkRelinked: (previous: string): string =>
    `The enterprise number was changed from ${previous} since the last sync. Press Sync to confirm the new company before anything is written.`,
  linkInvalidTitle: "This workbook is not linked",
  confirmTitle: "Is this the right company?",
  confirmFirst: (number: string): string =>
    `AdminPulse has this company for the enterprise number ${number}. Check that it is this workbook’s client before anything is written.`,
  confirmRelinked: (previous: string, number: string): string =>
    `This workbook was synced with the company ${previous}. Its enterprise-number cell now says ${number}. Syncing replaces the imported rows with this company’s; rows you typed stay.`,
  confirmApply: "Yes, link and sync",
  confirmCancel: "No, write nothing",
  notConfirmed: "Nothing was written: the company was not confirmed.",
  empty: "(empty)",
  expirySoon: (date: string): string => `Your AdminPulse key expires on ${date}. Ask your administrator for a new key before then.`,
  expired: (date: string): string => `Your AdminPulse key expired on ${date}. Ask your administrator for a new AdminPulse key.`,
  openSettings: "Open settings",
  retry: "Try again",
  dismiss: "Close",
};

export type HomeStrings = Readonly<typeof en>;

const fr: HomeStrings = {
  settings: "Paramètres",
  linkedTitle: "Société liée",
  enterpriseNumber: "Numéro d’entreprise",
  legalForm: "Forme juridique",
  lastSync: "Dernière synchronisation",
  neverSynced: "pas encore",
  recentSyncs: "Synchronisations récentes",
  runChecks: "Lancer les contrôles",
  newFileTitle: "Lier ce classeur à une société",
  newFileIntro: "Saisissez le numéro d’entreprise de la société, ou cherchez-la par son nom dans AdminPulse.",
  numberLabel: "Numéro d’entreprise",
  numberHint: "10 chiffres, par exemple 0123.456.749",
  numberValid: "Numéro d’entreprise valable",
  numberWrongCheck:
    "Les chiffres de contrôle ne correspondent pas : vérifiez s’il n’y a pas de faute de frappe. (AdminPulse est tout de même interrogé, au cas où il contiendrait ce numéro tel quel.)",
  numberWrongShape: "Un numéro d’entreprise compte 10 chiffres et commence par 0 ou 1.",
  searchLabel: "Chercher dans AdminPulse par nom",
  searchPlaceholder: "Nom de la société",
  searchButton: "Chercher",
  searching: "Recherche dans AdminPulse…",
  searchNone: (query) => `Aucune société d’AdminPulse ne correspond à « ${query} ».`,
  searchPick: (name) => `Choisir ${name}`,
  noNumber: "pas de numéro d’entreprise",
  sync: "Synchroniser avec AdminPulse",
  cancel: "Annuler",
  progressLabel: "Progression de la synchronisation",
  stepReading: "Lecture du classeur",
  stepLookup: "Recherche de la société dans AdminPulse",
  stepScan: (done, total) => `Lecture de la liste AdminPulse : page ${formatCount("fr", done)} sur ${outOf("fr", total)}`,
  stepCompany: "Lecture de la société",
  stepRelated: (done, total) => `Lecture des administrateurs, actionnaires et commissaires : ${formatCount("fr", done)} sur ${outOf("fr", total)}`,
  stepWriting: "Écriture des tableaux",
  stepDone: "Terminé",
  summaryTitle: (company) => `Synchronisé : ${company}`,
  summaryAdded: "Ajoutées",
  summaryUpdated: "Mises à jour",
  summaryRemoved: "Supprimées",
  summaryKeptManual: "Lignes manuelles conservées",
  summaryConflicts: "Cellules modifiées laissées telles que saisies",
  summaryDuplicates: "Doublons possibles",
  summaryDuration: (seconds) => `Durée : ${formatNumber(seconds, "fr", 1)} s`,
  summaryKeptEdited: (count) =>
    plural("fr", count, {
      one: (n) => `${n} ligne disparue d’AdminPulse a été gardée comme ligne manuelle, parce que vous l’aviez modifiée.`,
      other: (n) => `${n} lignes disparues d’AdminPulse ont été gardées comme lignes manuelles, parce que vous les aviez modifiées.`,
    }),
  summaryMissing: (count) =>
    plural("fr", count, {
      one: (n) => `${n} relation liée n’existe plus dans AdminPulse et a été ignorée.`,
      other: (n) => `${n} relations liées n’existent plus dans AdminPulse et ont été ignorées.`,
    }),
  summaryUnknown: (count) =>
    plural("fr", count, {
      one: (n) => `${n} lien d’un type que ce complément ne connaît pas a été ignoré.`,
      other: (n) => `${n} liens d’un type que ce complément ne connaît pas ont été ignorés.`,
    }),
  summaryLeftAlone: (count) =>
    plural("fr", count, {
      one: (n) => `${n} ligne que vous avez modifiée a été laissée telle quelle. Synchronisez depuis ce volet pour la passer en revue.`,
      other: (n) => `${n} lignes que vous avez modifiées ont été laissées telles quelles. Synchronisez depuis ce volet pour les passer en revue.`,
    }),
  summaryColumnRestored: (table, column) => `${table} : la colonne « ${column} » manquait (renommée ou supprimée) ; elle est de retour, à la fin du tableau.`,
  summaryColumnMissing: (table, column) =>
    `${table} n’a plus de colonne « ${column} » (renommée ou supprimée), et la colonne à droite du tableau est occupée : les valeurs d’AdminPulse pour cette colonne ne sont pas affichées. Videz cette colonne, ou redonnez son nom à la colonne, puis synchronisez à nouveau.`,
  summaryTableCreatedAgain: (table, cell) =>
    `${table} est introuvable (supprimé, renommé ou converti en plage) : il a été réécrit en ${cell}. Les cellules restées à son ancienne place ne sont plus mises à jour.`,
  notWritten: "Rien n’a été écrit : la vérification a été annulée.",
  quietAutoSync: "Une synchronisation automatique n’a rien trouvé de nouveau depuis.",
  reviewTitle: "Vous avez modifié des cellules importées",
  reviewIntro:
    "AdminPulse contient d’autres valeurs pour des cellules que vous avez modifiées. Choisissez, ligne par ligne, avant que quoi que ce soit ne soit écrit.",
  reviewRow: "Ligne",
  reviewColumn: "Colonne",
  reviewSheet: "Dans la feuille",
  reviewAdminPulse: "Dans AdminPulse",
  reviewTake: "Prendre les valeurs d’AdminPulse",
  reviewKeepLinked: "Garder les miennes, toujours liées : les autres changements de la ligne dans AdminPulse arrivent encore",
  reviewDetach: "Détacher la ligne comme ligne manuelle : elle garde mes valeurs, et les changements ultérieurs dans AdminPulse n’y arrivent plus",
  reviewChoice: (row) => `Pour ${row}`,
  reviewApply: "Appliquer et synchroniser",
  reviewCancel: "Annuler, ne rien écrire",
  linkToConfirm:
    "Pas encore confirmé sur cet ordinateur. Appuyez sur Synchroniser : le volet affiche la société qu’AdminPulse a pour ce numéro, et n’écrit rien avant votre confirmation.",
  linkRelinked: (previous) =>
    `Le numéro d’entreprise a été changé depuis la dernière synchronisation (c’était ${previous}). Appuyez sur Synchroniser pour confirmer la nouvelle société avant toute écriture.`,
  linkInvalidTitle: "Ce classeur n’est pas lié",
  confirmTitle: "Est-ce la bonne société ?",
  confirmFirst: (number) =>
    `AdminPulse a cette société pour le numéro d’entreprise ${number}. Vérifiez qu’il s’agit bien du client de ce classeur avant toute écriture.`,
  confirmRelinked: (previous, number) =>
    `Ce classeur a été synchronisé avec la société ${previous}. Sa cellule du numéro d’entreprise indique maintenant ${number}. La synchronisation remplace les lignes importées par celles de cette société ; les lignes saisies à la main restent.`,
  confirmApply: "Oui, lier et synchroniser",
  confirmCancel: "Non, ne rien écrire",
  notConfirmed: "Rien n’a été écrit : la société n’a pas été confirmée.",
  empty: "(vide)",
  expirySoon: (date) => `Votre clé AdminPulse expire le ${date}. Demandez une nouvelle clé à votre administrateur d’ici là.`,
  expired: (date) => `Votre clé AdminPulse a expiré le ${date}. Demandez une nouvelle clé AdminPulse à votre administrateur.`,
  openSettings: "Ouvrir les paramètres",
  retry: "Réessayer",
  dismiss: "Fermer",
};

const nl: HomeStrings = {
  settings: "Instellingen",
  linkedTitle: "Gekoppelde onderneming",
  enterpriseNumber: "Ondernemingsnummer",
  legalForm: "Rechtsvorm",
  lastSync: "Laatste synchronisatie",
  neverSynced: "nog niet",
  recentSyncs: "Recente synchronisaties",
  runChecks: "Controles uitvoeren",
  newFileTitle: "Deze werkmap aan een onderneming koppelen",
  newFileIntro: "Typ het ondernemingsnummer van de onderneming, of zoek ze op naam in AdminPulse.",
  numberLabel: "Ondernemingsnummer",
  numberHint: "10 cijfers, bijvoorbeeld 0123.456.749",
  numberValid: "Geldig ondernemingsnummer",
  numberWrongCheck:
    "De controlecijfers kloppen niet: kijk na of er geen tikfout in zit. (AdminPulse wordt toch bevraagd, voor het geval het nummer er zo in staat.)",
  numberWrongShape: "Een ondernemingsnummer telt 10 cijfers en begint met 0 of 1.",
  searchLabel: "Zoeken in AdminPulse op naam",
  searchPlaceholder: "Naam van de onderneming",
  searchButton: "Zoeken",
  searching: "Zoeken in AdminPulse…",
  searchNone: (query) => `Geen enkele onderneming in AdminPulse komt overeen met “${query}”.`,
  searchPick: (name) => `${name} kiezen`,
  noNumber: "geen ondernemingsnummer",
  sync: "Synchroniseren met AdminPulse",
  cancel: "Annuleren",
  progressLabel: "Voortgang van de synchronisatie",
  stepReading: "De werkmap lezen",
  stepLookup: "De onderneming zoeken in AdminPulse",
  stepScan: (done, total) => `De AdminPulse-lijst lezen: pagina ${formatCount("nl", done)} van ${outOf("nl", total)}`,
  stepCompany: "De onderneming lezen",
  stepRelated: (done, total) => `Bestuurders, aandeelhouders en commissarissen lezen: ${formatCount("nl", done)} van ${outOf("nl", total)}`,
  stepWriting: "De tabellen schrijven",
  stepDone: "Klaar",
  summaryTitle: (company) => `Gesynchroniseerd: ${company}`,
  summaryAdded: "Toegevoegd",
  summaryUpdated: "Bijgewerkt",
  summaryRemoved: "Verwijderd",
  summaryKeptManual: "Manuele rijen behouden",
  summaryConflicts: "Gewijzigde cellen gelaten zoals u ze typte",
  summaryDuplicates: "Mogelijke dubbels",
  summaryDuration: (seconds) => `Duurde ${formatNumber(seconds, "nl", 1)} s`,
  summaryKeptEdited: (count) =>
    plural("nl", count, {
      one: (n) => `${n} rij die uit AdminPulse verdween, werd als manuele rij behouden omdat u ze had gewijzigd.`,
      other: (n) => `${n} rijen die uit AdminPulse verdwenen, werden als manuele rijen behouden omdat u ze had gewijzigd.`,
    }),
  summaryMissing: (count) =>
    plural("nl", count, {
      one: (n) => `${n} gekoppelde relatie bestaat niet meer in AdminPulse en werd overgeslagen.`,
      other: (n) => `${n} gekoppelde relaties bestaan niet meer in AdminPulse en werden overgeslagen.`,
    }),
  summaryUnknown: (count) =>
    plural("nl", count, {
      one: (n) => `${n} koppeling van een soort die deze invoegtoepassing niet kent, werd overgeslagen.`,
      other: (n) => `${n} koppelingen van een soort die deze invoegtoepassing niet kent, werden overgeslagen.`,
    }),
  summaryLeftAlone: (count) =>
    plural("nl", count, {
      one: (n) => `${n} rij die u wijzigde, werd gelaten zoals ze is. Synchroniseer vanuit dit deelvenster om ze na te kijken.`,
      other: (n) => `${n} rijen die u wijzigde, werden gelaten zoals ze zijn. Synchroniseer vanuit dit deelvenster om ze na te kijken.`,
    }),
  summaryColumnRestored: (table, column) => `${table}: de kolom “${column}” ontbrak (hernoemd of verwijderd); ze staat er weer, aan het einde van de tabel.`,
  summaryColumnMissing: (table, column) =>
    `${table} heeft geen kolom “${column}” meer (hernoemd of verwijderd), en de kolom rechts van de tabel is in gebruik, dus de waarden van AdminPulse daarvoor worden niet getoond. Maak die kolom leeg, of geef de kolom haar naam terug, en synchroniseer opnieuw.`,
  summaryTableCreatedAgain: (table, cell) =>
    `${table} werd niet gevonden (verwijderd, hernoemd of naar een bereik geconverteerd), dus werd ze opnieuw geschreven in ${cell}. Cellen die op haar oude plaats bleven staan, worden niet meer bijgewerkt.`,
  notWritten: "Er werd niets geschreven: het nakijken werd geannuleerd.",
  quietAutoSync: "Een automatische synchronisatie vond sindsdien niets nieuws.",
  reviewTitle: "U wijzigde geïmporteerde cellen",
  reviewIntro: "AdminPulse heeft andere waarden voor cellen die u wijzigde. Kies per rij, voor er iets geschreven wordt.",
  reviewRow: "Rij",
  reviewColumn: "Kolom",
  reviewSheet: "In het blad",
  reviewAdminPulse: "In AdminPulse",
  reviewTake: "De waarden van AdminPulse nemen",
  reviewKeepLinked: "Mijn waarden houden, nog steeds gekoppeld: de andere wijzigingen van de rij in AdminPulse komen nog binnen",
  reviewDetach: "De rij loskoppelen als manuele rij: ze houdt mijn waarden, en latere wijzigingen in AdminPulse komen er niet meer in",
  reviewChoice: (row) => `Voor ${row}`,
  reviewApply: "Toepassen en synchroniseren",
  reviewCancel: "Annuleren, niets schrijven",
  linkToConfirm:
    "Nog niet bevestigd op deze computer. Klik op Synchroniseren: het deelvenster toont de onderneming die AdminPulse voor dit nummer heeft, en schrijft niets voordat u ze bevestigt.",
  linkRelinked: (previous) =>
    `Het ondernemingsnummer werd sinds de laatste synchronisatie gewijzigd (het was ${previous}). Klik op Synchroniseren om de nieuwe onderneming te bevestigen voordat er iets wordt geschreven.`,
  linkInvalidTitle: "Deze werkmap is niet gekoppeld",
  confirmTitle: "Is dit de juiste onderneming?",
  confirmFirst: (number) =>
    `AdminPulse heeft deze onderneming voor het ondernemingsnummer ${number}. Controleer dat het de klant van deze werkmap is voordat er iets wordt geschreven.`,
  confirmRelinked: (previous, number) =>
    `Deze werkmap werd gesynchroniseerd met de onderneming ${previous}. De cel van het ondernemingsnummer vermeldt nu ${number}. Synchroniseren vervangt de geïmporteerde rijen door die van deze onderneming; rijen die u zelf typte, blijven.`,
  confirmApply: "Ja, koppelen en synchroniseren",
  confirmCancel: "Nee, niets schrijven",
  notConfirmed: "Er werd niets geschreven: de onderneming werd niet bevestigd.",
  empty: "(leeg)",
  expirySoon: (date) => `Uw AdminPulse-sleutel vervalt op ${date}. Vraag tegen dan een nieuwe sleutel aan uw beheerder.`,
  expired: (date) => `Uw AdminPulse-sleutel is vervallen op ${date}. Vraag een nieuwe AdminPulse-sleutel aan uw beheerder.`,
  openSettings: "Instellingen openen",
  retry: "Opnieuw proberen",
  dismiss: "Sluiten",
};

const HOME: Readonly<Record<Language, HomeStrings>> = { en, fr: frenchTexts(fr), nl };

export function homeStrings(language: Language): HomeStrings {
  return HOME[language];
}
