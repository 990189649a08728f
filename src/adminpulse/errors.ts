// Typed errors of the AdminPulse client. Each one carries a message for users in French, Dutch
// and English that says what happened and what to do; `message` is a short technical line for
// developers. Neither ever contains the API key: nothing here is built from request headers or
// from the text of a response or of a network error.

import type { Localized } from "../i18n/language";
import { formatEnterpriseNumber } from "../identifiers/enterprise-number";

export type AdminPulseErrorKind =
  "invalid-token" | "not-found" | "bad-request" | "rate-limited" | "unavailable" | "cross-origin" | "unexpected-response" | "cancelled";

export abstract class AdminPulseError extends Error {
  abstract readonly kind: AdminPulseErrorKind;
  /** HTTP status when the server answered; null for network errors, timeouts and cancellations. */
  readonly status: number | null;
  readonly userMessage: Localized;

  protected constructor(technical: string, userMessage: Localized, status: number | null) {
    super(technical);
    this.name = new.target.name;
    this.status = status;
    this.userMessage = userMessage;
  }
}

/** 401 or 403: missing, wrong, expired or revoked key, or a key without "Read relations". */
export class InvalidTokenError extends AdminPulseError {
  readonly kind = "invalid-token";
  constructor(technical: string, status: number | null) {
    super(technical, MESSAGES.invalidToken, status);
  }
}

export class NotFoundError extends AdminPulseError {
  readonly kind = "not-found";
  /** The enterprise number looked up, when the error comes from a look-up. */
  readonly enterpriseNumber: string | null;
  constructor(technical: string, enterpriseNumber: string | null = null) {
    super(technical, enterpriseNumber ? MESSAGES.companyNotFound(enterpriseNumber) : MESSAGES.relationNotFound, 404);
    this.enterpriseNumber = enterpriseNumber;
  }
}

export class BadRequestError extends AdminPulseError {
  readonly kind = "bad-request";
  constructor(technical: string, status: number) {
    super(technical, MESSAGES.badRequest, status);
  }
}

/** 429 after the retry budget ran out, or a Retry-After longer than the client will wait. */
export class RateLimitedError extends AdminPulseError {
  readonly kind = "rate-limited";
  readonly retryAfterMs: number | null;
  constructor(technical: string, retryAfterMs: number | null) {
    super(technical, MESSAGES.rateLimited, 429);
    this.retryAfterMs = retryAfterMs;
  }
}

/** 5xx, network failure or timeout, after retries. */
export class UnavailableError extends AdminPulseError {
  readonly kind = "unavailable";
  readonly reason: "server-error" | "network" | "timeout";
  constructor(technical: string, reason: "server-error" | "network" | "timeout", status: number | null = null) {
    super(technical, reason === "timeout" ? MESSAGES.timeout : MESSAGES.unavailable, status);
    this.reason = reason;
  }
}

/**
 * A browser call failed without an answer, yet the same address answers a call that reads nothing
 * (a "no-cors" request): AdminPulse, or what stands at its address, refuses calls from the add-in's
 * origin (CORS). Waiting does not help; a reverse proxy that allows the add-in's origin does.
 */
export class CrossOriginRefusedError extends AdminPulseError {
  readonly kind = "cross-origin";
  constructor(technical: string, origin: string) {
    super(technical, MESSAGES.crossOrigin(origin), null);
  }
}

export type UnexpectedResponseReason = "shape" | "too-large" | "redirected";

/**
 * The body is not JSON, not the shape the contract describes, or far larger than any answer should
 * be; or the server sent the request elsewhere (a redirect, never followed: the key would go along).
 */
export class UnexpectedResponseError extends AdminPulseError {
  readonly kind = "unexpected-response";
  readonly reason: UnexpectedResponseReason;
  constructor(technical: string, status: number | null, reason: UnexpectedResponseReason = "shape") {
    super(technical, reason === "too-large" ? MESSAGES.tooLarge : reason === "redirected" ? MESSAGES.redirected : MESSAGES.unexpectedResponse, status);
    this.reason = reason;
  }
}

export class CancelledError extends AdminPulseError {
  readonly kind = "cancelled";
  constructor() {
    super("AdminPulse request cancelled", MESSAGES.cancelled, null);
  }
}

export function isAdminPulseError(error: unknown): error is AdminPulseError {
  return error instanceof AdminPulseError;
}

const MESSAGES = {
  invalidToken: {
    en: "AdminPulse refused the API key: it has expired, was revoked, or lacks the “Read relations” permission. Ask your administrator for a new AdminPulse key (My profile > API keys) and enter it in Settings.",
    fr: "AdminPulse a refusé la clé d’API : elle a expiré, a été révoquée ou n’a pas l’autorisation « Lire les relations ». Demandez une nouvelle clé AdminPulse à votre administrateur (Mon profil > Clés API) et saisissez-la dans les Paramètres.",
    nl: "AdminPulse weigerde de API-sleutel: die is verlopen, ingetrokken of heeft de machtiging ‘Relaties lezen’ niet. Vraag uw beheerder om een nieuwe AdminPulse-sleutel (Mijn profiel > API-sleutels) en vul die in bij Instellingen.",
  },
  companyNotFound: (number: string): Localized => {
    // Shown as people write it (0123.456.749), whatever form was looked up.
    const enterpriseNumber = /^\d{10}$/.test(number) ? formatEnterpriseNumber(number) : number;
    return {
      en: `AdminPulse has no company with enterprise number ${enterpriseNumber}. Check the number in the workbook, or create the company in AdminPulse first.`,
      fr: `AdminPulse ne contient aucune société avec le numéro d’entreprise ${enterpriseNumber}. Vérifiez le numéro dans le classeur, ou créez d’abord la société dans AdminPulse.`,
      nl: `AdminPulse bevat geen onderneming met ondernemingsnummer ${enterpriseNumber}. Controleer het nummer in de werkmap, of maak de onderneming eerst aan in AdminPulse.`,
    };
  },
  relationNotFound: {
    en: "This relation no longer exists in AdminPulse. Check the company in AdminPulse, then sync again.",
    fr: "Cette relation n’existe plus dans AdminPulse. Vérifiez la société dans AdminPulse, puis synchronisez à nouveau.",
    nl: "Deze relatie bestaat niet meer in AdminPulse. Controleer de onderneming in AdminPulse en synchroniseer opnieuw.",
  },
  badRequest: {
    en: "AdminPulse rejected the request as invalid. Check the enterprise number and the AdminPulse address in Settings; if it keeps happening, contact support.",
    fr: "AdminPulse a rejeté la demande comme invalide. Vérifiez le numéro d’entreprise et l’adresse AdminPulse dans les Paramètres ; si cela se reproduit, contactez le support.",
    nl: "AdminPulse weigerde de aanvraag als ongeldig. Controleer het ondernemingsnummer en het AdminPulse-adres bij Instellingen; blijft dit gebeuren, neem dan contact op met de support.",
  },
  rateLimited: {
    en: "AdminPulse is limiting requests for this API key (480 per minute). Wait a minute, then sync again.",
    fr: "AdminPulse limite les demandes pour cette clé d’API (480 par minute). Patientez une minute, puis synchronisez à nouveau.",
    nl: "AdminPulse beperkt het aantal aanvragen voor deze API-sleutel (480 per minuut). Wacht een minuut en synchroniseer dan opnieuw.",
  },
  unavailable: {
    en: "AdminPulse cannot be reached or answered with an error. Check your internet connection and try again in a few minutes; if your office uses a proxy, check the AdminPulse address in Settings.",
    fr: "AdminPulse est injoignable ou a répondu par une erreur. Vérifiez votre connexion internet et réessayez dans quelques minutes ; si votre bureau utilise un proxy, vérifiez l’adresse AdminPulse dans les Paramètres.",
    nl: "AdminPulse is niet bereikbaar of antwoordde met een fout. Controleer uw internetverbinding en probeer het over enkele minuten opnieuw; gebruikt uw kantoor een proxy, controleer dan het AdminPulse-adres bij Instellingen.",
  },
  crossOrigin: (origin: string): Localized => ({
    en: `AdminPulse answers, but refuses calls from this add-in's address (${origin}). Your office's administrator can put a reverse proxy in front of AdminPulse that allows this address (see “Calling AdminPulse from the add-in” in the add-in's calibration guide), then enter the proxy's address in Settings.`,
    fr: `AdminPulse répond, mais refuse les appels venant de l’adresse de ce complément (${origin}). L’administrateur de votre bureau peut placer devant AdminPulse un proxy inverse qui autorise cette adresse (voir « Appeler AdminPulse depuis le complément » dans le guide de calibrage du complément), puis saisir l’adresse du proxy dans les Paramètres.`,
    nl: `AdminPulse antwoordt, maar weigert oproepen vanaf het adres van deze invoegtoepassing (${origin}). De beheerder van uw kantoor kan vóór AdminPulse een reverse proxy plaatsen die dit adres toelaat (zie “AdminPulse oproepen vanuit de invoegtoepassing” in de kalibratiegids van de invoegtoepassing), en daarna het adres van de proxy bij Instellingen invullen.`,
  }),
  timeout: {
    en: "AdminPulse did not answer in time. Try again in a few minutes; if it keeps happening, check your internet connection.",
    fr: "AdminPulse n’a pas répondu à temps. Réessayez dans quelques minutes ; si cela se reproduit, vérifiez votre connexion internet.",
    nl: "AdminPulse antwoordde niet op tijd. Probeer het over enkele minuten opnieuw; blijft dit gebeuren, controleer dan uw internetverbinding.",
  },
  unexpectedResponse: {
    en: "AdminPulse answered in a form this add-in does not recognise, so nothing was imported. Try again later; if it keeps happening, contact support: AdminPulse may have changed its API.",
    fr: "AdminPulse a répondu sous une forme que ce complément ne reconnaît pas : rien n’a été importé. Réessayez plus tard ; si cela se reproduit, contactez le support : AdminPulse a peut-être modifié son API.",
    nl: "AdminPulse antwoordde in een vorm die deze invoegtoepassing niet herkent, dus er werd niets geïmporteerd. Probeer het later opnieuw; blijft dit gebeuren, neem dan contact op met de support: AdminPulse heeft mogelijk zijn API gewijzigd.",
  },
  tooLarge: {
    en: "AdminPulse sent an answer far larger than any it should (over 5 MB), so it was not read and nothing was imported. Check the AdminPulse address in Settings: it must be the address of the API, not of a web page or a download. If it is right and this keeps happening, contact support.",
    fr: "AdminPulse a envoyé une réponse bien plus volumineuse que prévu (plus de 5 Mo) : elle n’a pas été lue et rien n’a été importé. Vérifiez l’adresse AdminPulse dans les Paramètres : ce doit être l’adresse de l’API, pas celle d’une page web ou d’un téléchargement. Si elle est correcte et que cela se reproduit, contactez le support.",
    nl: "AdminPulse stuurde een antwoord dat veel groter is dan verwacht (meer dan 5 MB): het werd niet gelezen en er werd niets geïmporteerd. Controleer het AdminPulse-adres bij Instellingen: het moet het adres van de API zijn, niet van een webpagina of een download. Is het juist en blijft dit gebeuren, neem dan contact op met de support.",
  },
  redirected: {
    en: "The AdminPulse address sent the request on to another address, which this add-in never follows (the API key would go along), so nothing was imported. Check the AdminPulse address in Settings: it must be the exact address of the API. If it is right and this keeps happening, contact support.",
    fr: "L’adresse AdminPulse a renvoyé la demande vers une autre adresse, ce que ce complément ne suit jamais (la clé d’API partirait avec elle) : rien n’a été importé. Vérifiez l’adresse AdminPulse dans les Paramètres : ce doit être l’adresse exacte de l’API. Si elle est correcte et que cela se reproduit, contactez le support.",
    nl: "Het AdminPulse-adres stuurde de aanvraag door naar een ander adres, wat deze invoegtoepassing nooit volgt (de API-sleutel zou meegaan): er werd niets geïmporteerd. Controleer het AdminPulse-adres bij Instellingen: het moet het exacte adres van de API zijn. Is het juist en blijft dit gebeuren, neem dan contact op met de support.",
  },
  cancelled: {
    en: "Cancelled. Nothing was imported.",
    fr: "Annulé. Rien n’a été importé.",
    nl: "Geannuleerd. Er werd niets geïmporteerd.",
  },
} as const;
