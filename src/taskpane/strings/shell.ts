// Texts of the pane's frame (title, and where it runs before the pane itself shows), in the
// product's three languages. Every language has every key (the type makes a missing translation a
// compile error). French texts get French typography.

import type { Language } from "../../i18n/language";
import { frenchTexts } from "../../i18n/typography";

const en = {
  productName: "AdminPulse Permanent Data",
  tagline:
    "Imports the permanent data of your client companies from AdminPulse into this workbook, keeps it current and checks it against Belgian company law.",
  statusChecking: "Connecting to Excel…",
  statusExcelTitle: "Connected to Excel",
  statusExcel: "The add-in is ready to work on this workbook.",
  statusOutsideTitle: "Not running in Excel",
  statusOutside: "Open this add-in from the Home tab in Excel.",
  statusOtherHostTitle: "Excel only",
  statusOtherHost: "This add-in works in Excel. Open it from the Home tab in Excel.",
};

export type Strings = Readonly<typeof en>;

const fr: Strings = {
  productName: "Données permanentes AdminPulse",
  tagline:
    "Importe depuis AdminPulse les données permanentes de vos sociétés clientes dans ce classeur, les tient à jour et les vérifie au regard du droit belge des sociétés.",
  statusChecking: "Connexion à Excel…",
  statusExcelTitle: "Connecté à Excel",
  statusExcel: "Le complément est prêt à travailler dans ce classeur.",
  statusOutsideTitle: "Pas dans Excel",
  statusOutside: "Ouvrez ce complément depuis l'onglet Accueil d'Excel.",
  statusOtherHostTitle: "Excel uniquement",
  statusOtherHost: "Ce complément fonctionne dans Excel. Ouvrez-le depuis l'onglet Accueil d'Excel.",
};

const nl: Strings = {
  productName: "Permanente gegevens AdminPulse",
  tagline:
    "Importeert de permanente gegevens van uw klantvennootschappen uit AdminPulse in deze werkmap, houdt ze actueel en toetst ze aan het Belgische vennootschapsrecht.",
  statusChecking: "Verbinden met Excel…",
  statusExcelTitle: "Verbonden met Excel",
  statusExcel: "De invoegtoepassing is klaar om met deze werkmap te werken.",
  statusOutsideTitle: "Niet in Excel",
  statusOutside: "Open deze invoegtoepassing via het tabblad Start in Excel.",
  statusOtherHostTitle: "Alleen Excel",
  statusOtherHost: "Deze invoegtoepassing werkt in Excel. Open ze via het tabblad Start in Excel.",
};

export const STRINGS: Readonly<Record<Language, Strings>> = { en, fr: frenchTexts(fr), nl };

export function stringsFor(language: Language): Strings {
  return STRINGS[language];
}
