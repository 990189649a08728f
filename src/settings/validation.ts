// What an administrator may type in Settings: the AdminPulse address, the API key and the key's
// expiry date. Pure checks with messages in the product's three languages. Neither the technical
// message nor the user message of an error is ever built from the key.

import { type AddressProblem, parseApiBaseUrl } from "../adminpulse/address";
import type { Localized } from "../i18n/language";

export type SettingsField = "apiBaseUrl" | "token" | "tokenExpiry";

export type SettingsValidationReason = AddressProblem | "url-fixed" | "url-not-applied" | "token-empty" | "token-whitespace" | "expiry-invalid";

/** A value an administrator typed that Settings does not accept; `userMessage` says what to fix. */
export class SettingsValidationError extends Error {
  readonly field: SettingsField;
  readonly reason: SettingsValidationReason;
  readonly userMessage: Localized;

  constructor(field: SettingsField, reason: SettingsValidationReason) {
    // Field and reason only: never the value (the key, above all).
    super(`invalid ${field}: ${reason}`);
    this.name = "SettingsValidationError";
    this.field = field;
    this.reason = reason;
    this.userMessage = MESSAGES[reason];
  }
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: SettingsValidationError };

/** An AdminPulse address by the one rule of `adminpulse/address.ts`, with what to fix in the three languages. */
export function checkApiBaseUrl(raw: string): Checked<string> {
  const parsed = parseApiBaseUrl(raw);
  return parsed.ok ? parsed : { ok: false, error: new SettingsValidationError("apiBaseUrl", parsed.problem) };
}

/** The key as pasted, trimmed: not empty and no whitespace inside. */
export function checkToken(raw: string): Checked<string> {
  const token = raw.trim();
  if (token === "") return { ok: false, error: new SettingsValidationError("token", "token-empty") };
  if (/\s/.test(token)) return { ok: false, error: new SettingsValidationError("token", "token-whitespace") };
  return { ok: true, value: token };
}

/** A real calendar date written yyyy-MM-dd, or null (no date). */
export function checkExpiry(raw: string | null): Checked<string | null> {
  if (raw === null || raw.trim() === "") return { ok: true, value: null };
  const text = raw.trim();
  if (!isCalendarDate(text)) return { ok: false, error: new SettingsValidationError("tokenExpiry", "expiry-invalid") };
  return { ok: true, value: text };
}

export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const MESSAGES: Readonly<Record<SettingsValidationReason, Localized>> = {
  "url-empty": {
    en: "Enter the AdminPulse address, for example https://api.adminpulse.be.",
    fr: "Saisissez l’adresse AdminPulse, par exemple https://api.adminpulse.be.",
    nl: "Vul het AdminPulse-adres in, bijvoorbeeld https://api.adminpulse.be.",
  },
  "url-invalid": {
    en: "This is not a complete web address. Enter it in full, for example https://api.adminpulse.be.",
    fr: "Ce n’est pas une adresse web complète. Saisissez-la en entier, par exemple https://api.adminpulse.be.",
    nl: "Dit is geen volledig webadres. Vul het volledig in, bijvoorbeeld https://api.adminpulse.be.",
  },
  "url-not-https": {
    en: "The AdminPulse address must start with https:// so that the key is never sent in clear. Plain http:// is accepted only on this computer (localhost, 127.0.0.1).",
    fr: "L’adresse AdminPulse doit commencer par https:// pour que la clé ne soit jamais envoyée en clair. http:// n’est accepté que sur cet ordinateur (localhost, 127.0.0.1).",
    nl: "Het AdminPulse-adres moet met https:// beginnen, zodat de sleutel nooit onversleuteld wordt verstuurd. http:// wordt alleen op deze computer aanvaard (localhost, 127.0.0.1).",
  },
  "url-credentials": {
    en: "The AdminPulse address must not contain a user name or password.",
    fr: "L’adresse AdminPulse ne peut pas contenir de nom d’utilisateur ni de mot de passe.",
    nl: "Het AdminPulse-adres mag geen gebruikersnaam of wachtwoord bevatten.",
  },
  "url-query": {
    en: "The AdminPulse address must not contain ? or #.",
    fr: "L’adresse AdminPulse ne peut pas contenir ? ni #.",
    nl: "Het AdminPulse-adres mag geen ? of # bevatten.",
  },
  "url-fixed": {
    en: "This add-in was installed for one AdminPulse address, which cannot be changed here. Ask your IT administrator.",
    fr: "Ce complément a été installé pour une seule adresse AdminPulse, qui ne peut pas être modifiée ici. Adressez-vous à votre administrateur informatique.",
    nl: "Deze invoegtoepassing werd voor één AdminPulse-adres geïnstalleerd, dat hier niet kan worden gewijzigd. Vraag het uw IT-beheerder.",
  },
  "url-not-applied": {
    en: "Press “Change address” first, or put the current address back.",
    fr: "Appuyez d’abord sur « Changer d’adresse », ou remettez l’adresse actuelle.",
    nl: "Klik eerst op ‘Adres wijzigen’, of zet het huidige adres terug.",
  },
  "token-empty": {
    en: "Paste the AdminPulse API key (AdminPulse: My profile > API keys).",
    fr: "Collez la clé d’API AdminPulse (AdminPulse : Mon profil > Clés API).",
    nl: "Plak de AdminPulse-API-sleutel (AdminPulse: Mijn profiel > API-sleutels).",
  },
  "token-whitespace": {
    en: "An AdminPulse API key contains no spaces or line breaks. Copy it again from AdminPulse and paste it as a whole.",
    fr: "Une clé d’API AdminPulse ne contient ni espace ni retour à la ligne. Copiez-la à nouveau depuis AdminPulse et collez-la en entier.",
    nl: "Een AdminPulse-API-sleutel bevat geen spaties of regeleinden. Kopieer ze opnieuw uit AdminPulse en plak ze volledig.",
  },
  "expiry-invalid": {
    en: "Enter the key’s expiry date as a date (for example 31/12/2026), or leave it empty.",
    fr: "Saisissez la date d’expiration de la clé sous forme de date (par exemple 31/12/2026), ou laissez-la vide.",
    nl: "Vul de vervaldatum van de sleutel in als datum (bijvoorbeeld 31/12/2026), of laat ze leeg.",
  },
};
