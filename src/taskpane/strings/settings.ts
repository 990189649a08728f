// Texts of the Settings view, in the product's three languages. A text without values is a string;
// a text with values is a function of them, typed: a missing or extra translation, or one that
// takes other values, is a compile error. Counts go through `plural` (the language's plural rules,
// the number as the language writes it). French texts get French typography (a non-breaking space
// before : ; ? ! and inside « »).

import type { Language } from "../../i18n/language";
import { plural } from "../../i18n/plural";
import { frenchTexts } from "../../i18n/typography";

/** Each language named in itself, as language pickers do. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { fr: "Français", nl: "Nederlands", en: "English" };

const en = {
  title: "Settings",
  intro: "For the office administrator: the AdminPulse key and address, and when the add-in syncs.",
  done: "Done",

  keySection: "Access to AdminPulse",
  keyLabel: "AdminPulse API key",
  keyHint: "Create it in AdminPulse under My profile > API keys, with the permission “Read relations”, then paste it here once.",
  keySavedDevice: "A key is saved on this device.",
  keySavedSession: "A key is kept for this session only: it will be asked for again after Excel restarts.",
  keyNotStored: "This device did not allow the key to be saved: it is kept for this session only.",
  keyHost: "This environment’s demo key is in use. Enter an AdminPulse key to use your own.",
  saveKey: "Save key",
  replaceKey: "Replace key",
  forgetKey: "Forget key",
  cancel: "Cancel",
  keySaved: "The key was saved.",
  keyForgotten: "The key was forgotten on this device.",
  rememberLabel: "Remember on this device",
  rememberHint: "Kept in this add-in’s browser storage on this computer only, never in the workbook. Otherwise it is forgotten when Excel closes.",

  expiryLabel: "Key expiry date",
  expiryHint: "The date chosen when the key was created in AdminPulse. The add-in reminds you 14 days before it.",
  expirySoonTitle: "The AdminPulse key expires soon",
  expirySoon: (daysLeft: number, date: string): string =>
    `${
      daysLeft === 0
        ? `It expires today (${date}).`
        : daysLeft === 1
          ? `It expires tomorrow (${date}).`
          : plural("en", daysLeft, { one: (n) => `It expires in ${n} day, on ${date}.`, other: (n) => `It expires in ${n} days, on ${date}.` })
    } Ask your administrator for a new AdminPulse key and enter it here.`,
  expiredTitle: "The AdminPulse key has expired",
  expired: (date: string): string => `It expired on ${date}. Ask your administrator for a new AdminPulse key and enter it here.`,

  connectionSection: "Connection",
  urlLabel: "AdminPulse address",
  urlHint: "Change it only if your office reaches AdminPulse through a proxy.",
  urlReset: "Reset to AdminPulse",
  urlApply: "Change address",
  urlChangeForgetsKey: "Changing the address forgets the API key: you will enter it again for the new address.",
  urlFixedHint: "Set by your office when the add-in was installed.",
  addressChanged: (url: string): string => `The AdminPulse address is now ${url}.`,
  addressChangedKeyForgotten: (url: string): string =>
    `The AdminPulse address is now ${url}. The key entered for the previous address was forgotten: enter the API key for this address.`,
  sharedOriginTitle: "This add-in shares its web address with other pages",
  sharedOrigin:
    "Any page of that website can read a key remembered on this device. Ask your IT administrator to host the add-in on a web address of its own (README, “Deploying to the office”); until then, leave “Remember on this device” unticked.",
  testConnection: "Test connection",
  copyReport: "Copy report",
  reportCopied: "The report is copied: paste it in a message to support. It holds field names, counts and patterns only, no personal data.",
  testRunning: "Testing the connection…",
  testSuccess: (relationCount: number): string =>
    plural("en", relationCount, {
      one: (n) => `The key works: AdminPulse shows ${n} relation.`,
      other: (n) => `The key works: AdminPulse shows ${n} relations.`,
    }),
  testNoKey: "Enter the AdminPulse API key first.",
  testFailed: "The connection test failed. Check the key and the AdminPulse address, then try again.",

  languageLabel: "Language",
  languageAuto: "Automatic (follows Office)",

  syncSection: "Automatic sync",
  syncHint: "Only for workbooks that already have an enterprise number; at most once a minute.",
  syncOnOpen: "Sync automatically when the workbook opens",
  syncOnActivate: "Sync automatically when the permanent-data sheet is activated",
};

export type SettingsStrings = Readonly<typeof en>;

const fr: SettingsStrings = {
  title: "Paramètres",
  intro: "Pour l’administrateur du bureau : la clé et l’adresse AdminPulse, et quand le complément synchronise.",
  done: "Terminé",

  keySection: "Accès à AdminPulse",
  keyLabel: "Clé d’API AdminPulse",
  keyHint: "Créez-la dans AdminPulse sous Mon profil > Clés API, avec l’autorisation « Lire les relations », puis collez-la ici une seule fois.",
  keySavedDevice: "Une clé est enregistrée sur cet appareil.",
  keySavedSession: "Une clé est conservée pour cette session uniquement : elle sera redemandée après le redémarrage d’Excel.",
  keyNotStored: "Cet appareil n’a pas permis d’enregistrer la clé : elle est conservée pour cette session uniquement.",
  keyHost: "La clé de démonstration de cet environnement est utilisée. Saisissez une clé AdminPulse pour utiliser la vôtre.",
  saveKey: "Enregistrer la clé",
  replaceKey: "Remplacer la clé",
  forgetKey: "Oublier la clé",
  cancel: "Annuler",
  keySaved: "La clé a été enregistrée.",
  keyForgotten: "La clé a été oubliée sur cet appareil.",
  rememberLabel: "Mémoriser sur cet appareil",
  rememberHint:
    "Conservée uniquement dans le stockage du navigateur de ce complément sur cet ordinateur, jamais dans le classeur. Sinon, elle est oubliée à la fermeture d’Excel.",

  expiryLabel: "Date d’expiration de la clé",
  expiryHint: "La date choisie lors de la création de la clé dans AdminPulse. Le complément vous le rappelle 14 jours avant.",
  expirySoonTitle: "La clé AdminPulse expire bientôt",
  expirySoon: (daysLeft: number, date: string): string =>
    `${
      daysLeft === 0
        ? `Elle expire aujourd’hui (${date}).`
        : daysLeft === 1
          ? `Elle expire demain (${date}).`
          : plural("fr", daysLeft, { one: (n) => `Elle expire dans ${n} jour, le ${date}.`, other: (n) => `Elle expire dans ${n} jours, le ${date}.` })
    } Demandez une nouvelle clé AdminPulse à votre administrateur et saisissez-la ici.`,
  expiredTitle: "La clé AdminPulse a expiré",
  expired: (date: string): string => `Elle a expiré le ${date}. Demandez une nouvelle clé AdminPulse à votre administrateur et saisissez-la ici.`,

  connectionSection: "Connexion",
  urlLabel: "Adresse AdminPulse",
  urlHint: "Ne la modifiez que si votre bureau accède à AdminPulse via un proxy.",
  urlReset: "Rétablir l’adresse AdminPulse",
  urlApply: "Changer d’adresse",
  urlChangeForgetsKey: "Changer d’adresse oublie la clé d’API : vous la saisirez à nouveau pour la nouvelle adresse.",
  urlFixedHint: "Fixée par votre bureau lors de l’installation du complément.",
  addressChanged: (url: string): string => `L’adresse AdminPulse est maintenant ${url}.`,
  addressChangedKeyForgotten: (url: string): string =>
    `L’adresse AdminPulse est maintenant ${url}. La clé saisie pour l’adresse précédente a été oubliée : saisissez la clé d’API pour cette adresse.`,
  sharedOriginTitle: "Ce complément partage son adresse web avec d’autres pages",
  sharedOrigin:
    "Toute page de ce site peut lire une clé mémorisée sur cet appareil. Demandez à votre administrateur informatique d’héberger le complément sur une adresse web qui lui est propre (README, « Deploying to the office ») ; en attendant, ne cochez pas « Mémoriser sur cet appareil ».",
  testConnection: "Tester la connexion",
  copyReport: "Copier le rapport",
  reportCopied:
    "Le rapport est copié : collez-le dans un message au support. Il ne contient que des noms de champs, des nombres et des formats, aucune donnée personnelle.",
  testRunning: "Test de la connexion…",
  testSuccess: (relationCount: number): string =>
    plural("fr", relationCount, {
      one: (n) => `La clé fonctionne : AdminPulse affiche ${n} relation.`,
      other: (n) => `La clé fonctionne : AdminPulse affiche ${n} relations.`,
    }),
  testNoKey: "Saisissez d’abord la clé d’API AdminPulse.",
  testFailed: "Le test de connexion a échoué. Vérifiez la clé et l’adresse AdminPulse, puis réessayez.",

  languageLabel: "Langue",
  languageAuto: "Automatique (suit Office)",

  syncSection: "Synchronisation automatique",
  syncHint: "Uniquement pour les classeurs qui ont déjà un numéro d’entreprise ; au plus une fois par minute.",
  syncOnOpen: "Synchroniser automatiquement à l’ouverture du classeur",
  syncOnActivate: "Synchroniser automatiquement à l’activation de la feuille des données permanentes",
};

const nl: SettingsStrings = {
  title: "Instellingen",
  intro: "Voor de beheerder van het kantoor: de AdminPulse-sleutel en -adres, en wanneer de invoegtoepassing synchroniseert.",
  done: "Klaar",

  keySection: "Toegang tot AdminPulse",
  keyLabel: "AdminPulse-API-sleutel",
  keyHint: "Maak ze aan in AdminPulse onder Mijn profiel > API-sleutels, met de machtiging ‘Relaties lezen’, en plak ze hier één keer.",
  keySavedDevice: "Er is een sleutel bewaard op dit apparaat.",
  keySavedSession: "Er is een sleutel bewaard voor deze sessie alleen: ze wordt opnieuw gevraagd nadat Excel opnieuw is gestart.",
  keyNotStored: "Dit apparaat liet niet toe de sleutel te bewaren: ze wordt alleen voor deze sessie bijgehouden.",
  keyHost: "De demosleutel van deze omgeving wordt gebruikt. Vul een AdminPulse-sleutel in om uw eigen sleutel te gebruiken.",
  saveKey: "Sleutel opslaan",
  replaceKey: "Sleutel vervangen",
  forgetKey: "Sleutel vergeten",
  cancel: "Annuleren",
  keySaved: "De sleutel werd opgeslagen.",
  keyForgotten: "De sleutel werd vergeten op dit apparaat.",
  rememberLabel: "Onthouden op dit apparaat",
  rememberHint:
    "Alleen bewaard in de browseropslag van deze invoegtoepassing op deze computer, nooit in de werkmap. Anders wordt ze vergeten wanneer Excel sluit.",

  expiryLabel: "Vervaldatum van de sleutel",
  expiryHint: "De datum die gekozen werd toen de sleutel in AdminPulse werd aangemaakt. De invoegtoepassing herinnert u er 14 dagen vooraf aan.",
  expirySoonTitle: "De AdminPulse-sleutel vervalt binnenkort",
  expirySoon: (daysLeft: number, date: string): string =>
    `${
      daysLeft === 0
        ? `Ze vervalt vandaag (${date}).`
        : daysLeft === 1
          ? `Ze vervalt morgen (${date}).`
          : plural("nl", daysLeft, { one: (n) => `Ze vervalt over ${n} dag, op ${date}.`, other: (n) => `Ze vervalt over ${n} dagen, op ${date}.` })
    } Vraag uw beheerder om een nieuwe AdminPulse-sleutel en vul die hier in.`,
  expiredTitle: "De AdminPulse-sleutel is vervallen",
  expired: (date: string): string => `Ze is vervallen op ${date}. Vraag uw beheerder om een nieuwe AdminPulse-sleutel en vul die hier in.`,

  connectionSection: "Verbinding",
  urlLabel: "AdminPulse-adres",
  urlHint: "Wijzig het alleen als uw kantoor AdminPulse via een proxy bereikt.",
  urlReset: "AdminPulse-adres herstellen",
  urlApply: "Adres wijzigen",
  urlChangeForgetsKey: "Als u het adres wijzigt, wordt de API-sleutel vergeten: u vult ze opnieuw in voor het nieuwe adres.",
  urlFixedHint: "Vastgelegd door uw kantoor bij de installatie van de invoegtoepassing.",
  addressChanged: (url: string): string => `Het AdminPulse-adres is nu ${url}.`,
  addressChangedKeyForgotten: (url: string): string =>
    `Het AdminPulse-adres is nu ${url}. De sleutel die voor het vorige adres werd ingevuld, werd vergeten: vul de API-sleutel voor dit adres in.`,
  sharedOriginTitle: "Deze invoegtoepassing deelt haar webadres met andere pagina’s",
  sharedOrigin:
    "Elke pagina van die website kan een sleutel lezen die op dit apparaat wordt onthouden. Vraag uw IT-beheerder de invoegtoepassing op een eigen webadres te hosten (README, ‘Deploying to the office’); laat tot dan ‘Onthouden op dit apparaat’ uitgevinkt.",
  testConnection: "Verbinding testen",
  copyReport: "Rapport kopiëren",
  reportCopied: "Het rapport is gekopieerd: plak het in een bericht aan de support. Het bevat alleen veldnamen, aantallen en patronen, geen persoonsgegevens.",
  testRunning: "De verbinding wordt getest…",
  testSuccess: (relationCount: number): string =>
    plural("nl", relationCount, {
      one: (n) => `De sleutel werkt: AdminPulse toont ${n} relatie.`,
      other: (n) => `De sleutel werkt: AdminPulse toont ${n} relaties.`,
    }),
  testNoKey: "Vul eerst de AdminPulse-API-sleutel in.",
  testFailed: "De verbindingstest is mislukt. Controleer de sleutel en het AdminPulse-adres en probeer opnieuw.",

  languageLabel: "Taal",
  languageAuto: "Automatisch (volgt Office)",

  syncSection: "Automatische synchronisatie",
  syncHint: "Alleen voor werkmappen die al een ondernemingsnummer hebben; hoogstens één keer per minuut.",
  syncOnOpen: "Automatisch synchroniseren wanneer de werkmap opent",
  syncOnActivate: "Automatisch synchroniseren wanneer het blad met permanente gegevens geactiveerd wordt",
};

export const SETTINGS_STRINGS: Readonly<Record<Language, SettingsStrings>> = { en, fr: frenchTexts(fr), nl };

export function settingsStrings(language: Language): SettingsStrings {
  return SETTINGS_STRINGS[language];
}
