// Errors of the sync itself (the AdminPulse client has its own): each with a message for users
// in French, Dutch and English that says what to do.

import type { Localized } from "../i18n/language";
import { plural } from "../i18n/plural";
import { type Refusal, SheetRefusal } from "../workbook/port";

export type SyncErrorKind =
  | "no-enterprise-number"
  | "invalid-enterprise-number"
  | "linked-to-another-company"
  | "link-misdirected"
  | "link-not-confirmed"
  | "busy"
  | "protected-sheet"
  | "table-blocked"
  | "link-column-missing"
  | "excel";

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    readonly userMessage: Localized,
    technical: string,
  ) {
    super(technical);
    this.name = "SyncError";
  }
}

export const syncErrors = {
  noEnterpriseNumber: () =>
    new SyncError(
      "no-enterprise-number",
      {
        en: "This workbook is not linked to a company yet. Type the company's enterprise number (for example 0123.456.749), then sync.",
        fr: "Ce classeur n’est encore lié à aucune société. Saisissez le numéro d’entreprise de la société (par exemple 0123.456.749), puis synchronisez.",
        nl: "Deze werkmap is nog niet aan een onderneming gekoppeld. Typ het ondernemingsnummer van de onderneming (bijvoorbeeld 0123.456.749) en synchroniseer.",
      },
      "no enterprise number in the workbook or the request",
    ),
  invalidEnterpriseNumber: (typed: string) =>
    new SyncError(
      "invalid-enterprise-number",
      {
        en: `“${typed}” is not a valid Belgian enterprise number: it needs 10 digits starting with 0 or 1, and its last two digits must match the check digits. Check the number and try again.`,
        fr: `« ${typed} » n’est pas un numéro d’entreprise belge valable : il faut 10 chiffres commençant par 0 ou 1, et les deux derniers doivent correspondre aux chiffres de contrôle. Vérifiez le numéro et réessayez.`,
        nl: `“${typed}” is geen geldig Belgisch ondernemingsnummer: het moet 10 cijfers tellen, beginnen met 0 of 1, en de laatste twee cijfers moeten de controlecijfers zijn. Controleer het nummer en probeer opnieuw.`,
      },
      `invalid enterprise number: ${typed}`,
    ),
  linkedToAnotherCompany: (linked: string, typed: string) =>
    new SyncError(
      "linked-to-another-company",
      {
        en: `This workbook is linked to the company ${linked}, not ${typed}. To link it to ${typed} instead, type that number in the enterprise-number cell of the permanent-data sheet, then sync. Nothing was changed.`,
        fr: `Ce classeur est lié à la société ${linked}, pas à ${typed}. Pour le lier à ${typed}, saisissez ce numéro dans la cellule du numéro d’entreprise de la feuille des données permanentes, puis synchronisez. Rien n’a été modifié.`,
        nl: `Deze werkmap is gekoppeld aan de onderneming ${linked}, niet aan ${typed}. Om ze aan ${typed} te koppelen, typt u dat nummer in de cel van het ondernemingsnummer op het blad met de permanente gegevens en synchroniseert u. Er werd niets gewijzigd.`,
      },
      `workbook linked to ${linked}, sync asked for ${typed}`,
    ),
  busy: () =>
    new SyncError(
      "busy",
      {
        en: "A sync is already running for this workbook. Wait for it to finish.",
        fr: "Une synchronisation est déjà en cours pour ce classeur. Attendez qu’elle se termine.",
        nl: "Er loopt al een synchronisatie voor deze werkmap. Wacht tot die klaar is.",
      },
      "a sync is already running",
    ),
  protectedSheet: (sheet: string) =>
    new SyncError(
      "protected-sheet",
      {
        en: `The sheet “${sheet}” is protected, so the permanent data cannot be written. Unprotect it (Review > Unprotect Sheet), then sync again. Nothing was changed.`,
        fr: `La feuille « ${sheet} » est protégée : les données permanentes ne peuvent pas y être écrites. Ôtez la protection (Révision > Ôter la protection de la feuille), puis synchronisez à nouveau. Rien n’a été modifié.`,
        nl: `Het blad “${sheet}” is beveiligd, dus de permanente gegevens kunnen er niet in geschreven worden. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en synchroniseer opnieuw. Er werd niets gewijzigd.`,
      },
      `sheet ${sheet} is protected`,
    ),
  tableBlocked: (table: string, sheet: string, rows: number, cell: string) =>
    new SyncError(
      "table-blocked",
      {
        en: `The table ${table} on the sheet “${sheet}” needs ${plural("en", rows, { one: (n) => `${n} more row`, other: (n) => `${n} more rows` })}, but the cells below it are in use from ${cell} (something typed there, or merged cells). Move what is below the table further down or elsewhere, or unmerge the cells, then sync again. Nothing was changed.`,
        fr: `Le tableau ${table} de la feuille « ${sheet} » doit s’agrandir de ${plural("fr", rows, { one: (n) => `${n} ligne`, other: (n) => `${n} lignes` })}, mais les cellules en dessous sont occupées à partir de ${cell} (une saisie, ou des cellules fusionnées). Déplacez ce qui se trouve sous le tableau plus bas ou ailleurs, ou annulez la fusion, puis synchronisez à nouveau. Rien n’a été modifié.`,
        nl: `De tabel ${table} op het blad “${sheet}” moet ${plural("nl", rows, { one: (n) => `${n} rij`, other: (n) => `${n} rijen` })} groter worden, maar de cellen eronder zijn in gebruik vanaf ${cell} (iets getypt, of samengevoegde cellen). Verplaats wat onder de tabel staat naar beneden of elders, of maak de samenvoeging ongedaan, en synchroniseer opnieuw. Er werd niets gewijzigd.`,
      },
      `table ${table} cannot grow by ${rows} rows: ${cell} is in use`,
    ),
  /** Excel refused to grow a table (MergedRangeConflict): merged cells the read could not see are in the way. */
  /** A table lost the column that tells imported rows from typed ones (workbook/lay-out.ts). */
  linkColumnMissing: (table: string, sheet: string, column: string) =>
    new SyncError(
      "link-column-missing",
      {
        en: `The table ${table} on the sheet “${sheet}” has lost its column “${column}”, which tells the rows imported from AdminPulse from the rows typed by hand. Without it, every imported row would be added a second time. Undo the change (Ctrl+Z), or restore an earlier version of the file (File > Info > Version History), then sync again. Nothing was changed.`,
        fr: `Le tableau ${table} de la feuille « ${sheet} » a perdu sa colonne « ${column} », qui distingue les lignes importées d’AdminPulse des lignes saisies à la main. Sans elle, chaque ligne importée serait ajoutée une seconde fois. Annulez la modification (Ctrl+Z) ou restaurez une version antérieure du fichier (Fichier > Informations > Historique des versions), puis synchronisez à nouveau. Rien n’a été modifié.`,
        nl: `De tabel ${table} op het blad “${sheet}” heeft haar kolom “${column}” verloren, die de uit AdminPulse geïmporteerde rijen onderscheidt van de met de hand getypte. Zonder die kolom zou elke geïmporteerde rij een tweede keer worden toegevoegd. Maak de wijziging ongedaan (Ctrl+Z) of zet een eerdere versie van het bestand terug (Bestand > Info > Versiegeschiedenis) en synchroniseer opnieuw. Er werd niets gewijzigd.`,
      },
      `table ${table} lost its column ${column}`,
    ),
  tableOverlap: () =>
    new SyncError(
      "table-blocked",
      {
        en: "Excel cannot make room in a PD_ table: merged cells, or another table, are in its way (below it, or right beside it). Unmerge or move those cells, then sync again. Your rows are kept.",
        fr: "Excel ne peut pas agrandir un tableau PD_ : des cellules fusionnées, ou un autre tableau, le gênent (en dessous, ou juste à côté). Annulez la fusion ou déplacez ces cellules, puis synchronisez à nouveau. Vos lignes sont conservées.",
        nl: "Excel kan een PD_-tabel niet groter maken: samengevoegde cellen, of een andere tabel, staan in de weg (eronder, of er vlak naast). Maak de samenvoeging ongedaan of verplaats die cellen en synchroniseer opnieuw. Uw rijen blijven behouden.",
      },
      "Excel refused to grow a table: MergedRangeConflict",
    ),
  /** The name PD_EnterpriseNumber points elsewhere than the number cell, or the table is on a very hidden sheet (link.ts). */
  linkMisdirected: (reason: "name-elsewhere" | "very-hidden") =>
    new SyncError(
      "link-misdirected",
      reason === "name-elsewhere"
        ? {
            en: "This workbook’s link to a company is not where the add-in put it: the name PD_EnterpriseNumber no longer points at the enterprise number on the permanent-data sheet. The workbook is treated as not linked, and nothing was changed. Check the enterprise number on the permanent-data sheet, then type it in the pane and sync to link the workbook again.",
            fr: "Le lien de ce classeur vers une société n’est plus là où le complément l’avait mis : le nom PD_EnterpriseNumber ne désigne plus le numéro d’entreprise de la feuille des données permanentes. Le classeur est traité comme non lié, et rien n’a été modifié. Vérifiez le numéro d’entreprise sur la feuille des données permanentes, puis saisissez-le dans le volet et synchronisez pour lier à nouveau le classeur.",
            nl: "De koppeling van deze werkmap aan een onderneming staat niet meer waar de invoegtoepassing ze zette: de naam PD_EnterpriseNumber verwijst niet meer naar het ondernemingsnummer op het blad met de permanente gegevens. De werkmap wordt als niet gekoppeld behandeld, en er werd niets gewijzigd. Controleer het ondernemingsnummer op het blad met de permanente gegevens, typ het dan in het deelvenster en synchroniseer om de werkmap opnieuw te koppelen.",
          }
        : {
            en: "The permanent data of this workbook is on a very hidden sheet, which only a program can do. The workbook is treated as not linked, and nothing was changed. Do not sync it: ask whoever sent it, or start from a new workbook.",
            fr: "Les données permanentes de ce classeur se trouvent sur une feuille masquée de façon à n’être visible que par un programme. Le classeur est traité comme non lié, et rien n’a été modifié. Ne le synchronisez pas : interrogez la personne qui l’a envoyé, ou partez d’un nouveau classeur.",
            nl: "De permanente gegevens van deze werkmap staan op een blad dat zo verborgen is dat alleen een programma het kan zien. De werkmap wordt als niet gekoppeld behandeld, en er werd niets gewijzigd. Synchroniseer ze niet: vraag het na bij wie ze stuurde, of begin met een nieuwe werkmap.",
          },
      `workbook link not valid: ${reason}`,
    ),
  /** An automatic sync (or the ribbon's, with nobody to ask) for a link no person confirmed on this device. */
  linkNotConfirmed: (enterpriseNumber: string, previous: string | null) =>
    new SyncError(
      "link-not-confirmed",
      previous
        ? {
            en: `The enterprise number of this workbook changed from ${previous} to ${enterpriseNumber} since its last sync, so it was not synced. Press Sync in the pane: it shows the company found in AdminPulse, and writes nothing before you confirm.`,
            fr: `Le numéro d’entreprise de ce classeur est passé de ${previous} à ${enterpriseNumber} depuis sa dernière synchronisation : il n’a donc pas été synchronisé. Appuyez sur Synchroniser dans le volet : il affiche la société trouvée dans AdminPulse et n’écrit rien avant votre confirmation.`,
            nl: `Het ondernemingsnummer van deze werkmap is sinds de laatste synchronisatie gewijzigd van ${previous} naar ${enterpriseNumber}, dus werd ze niet gesynchroniseerd. Klik op Synchroniseren in het deelvenster: het toont de onderneming die in AdminPulse werd gevonden, en schrijft niets voordat u bevestigt.`,
          }
        : {
            en: `This workbook’s link to the company ${enterpriseNumber} has not been confirmed on this computer yet, so it was not synced automatically. Press Sync in the pane: it shows the company found in AdminPulse, and writes nothing before you confirm.`,
            fr: `Le lien de ce classeur vers la société ${enterpriseNumber} n’a pas encore été confirmé sur cet ordinateur : il n’a donc pas été synchronisé automatiquement. Appuyez sur Synchroniser dans le volet : il affiche la société trouvée dans AdminPulse et n’écrit rien avant votre confirmation.`,
            nl: `De koppeling van deze werkmap aan de onderneming ${enterpriseNumber} werd op deze computer nog niet bevestigd, dus werd ze niet automatisch gesynchroniseerd. Klik op Synchroniseren in het deelvenster: het toont de onderneming die in AdminPulse werd gevonden, en schrijft niets voordat u bevestigt.`,
          },
      `link to ${enterpriseNumber} not confirmed on this device`,
    ),
  /**
   * Excel refused a sync while a cell was being edited (InvalidOperationInCellEditMode): an Excel
   * that ignores RunOptions.delayForCellEdit (below ExcelApi 1.11) fails instead of waiting.
   */
  cellEditMode: () =>
    new SyncError(
      "excel",
      {
        en: "A cell is being edited in Excel, so the workbook could not be read or written. Finish the edit (press Enter or Tab, or click another cell), then sync again. Your rows are kept.",
        fr: "Une cellule est en cours de modification dans Excel : le classeur n’a pas pu être lu ni écrit. Terminez la saisie (touche Entrée ou Tab, ou cliquez sur une autre cellule), puis synchronisez à nouveau. Vos lignes sont conservées.",
        nl: "Er wordt in Excel een cel bewerkt, dus de werkmap kon niet gelezen of geschreven worden. Rond de invoer af (Enter of Tab, of klik op een andere cel) en synchroniseer opnieuw. Uw rijen blijven behouden.",
      },
      "excel error InvalidOperationInCellEditMode",
    ),
  excel: (code: string) =>
    new SyncError(
      "excel",
      {
        en: `Excel could not write the permanent data (${code}). Your rows are kept; close other dialogs or edits in progress and sync again.`,
        fr: `Excel n’a pas pu écrire les données permanentes (${code}). Vos lignes sont conservées ; fermez les dialogues ou modifications en cours et synchronisez à nouveau.`,
        nl: `Excel kon de permanente gegevens niet schrijven (${code}). Uw rijen blijven behouden; sluit openstaande dialoogvensters of bewerkingen en synchroniseer opnieuw.`,
      },
      `excel error ${code}`,
    ),
};

/** A workbook's refusal (workbook/refusal.ts) in the user's words. */
function fromRefusal(refusal: Refusal): SyncError {
  switch (refusal.kind) {
    case "protected-sheet":
      return syncErrors.protectedSheet(refusal.sheet);
    case "link-column-missing":
      return syncErrors.linkColumnMissing(refusal.table, refusal.sheet, refusal.column);
    case "table-blocked":
      return syncErrors.tableBlocked(refusal.table, refusal.sheet, refusal.rows, refusal.cell);
    case "table-overlap":
      return syncErrors.tableOverlap();
    case "cell-edit":
      return syncErrors.cellEditMode();
    case "excel":
      return syncErrors.excel(refusal.code);
  }
}

/** A call to the workbook port, its refusals become a SyncError users can read (the pane says what to do, not "unexpected"). */
export function sheetCall<T>(call: () => T): T {
  const translate = (error: unknown): never => {
    throw error instanceof SheetRefusal ? fromRefusal(error.refusal) : error;
  };
  let result: T;
  try {
    result = call();
  } catch (error) {
    return translate(error);
  }
  return (result instanceof Promise ? result.catch(translate) : result) as T;
}
