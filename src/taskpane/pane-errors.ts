// Any failure, as the task pane tells it: a title, what happened and what to do (the errors'
// own FR/NL/EN messages), and the one action that helps, if any. Nothing technical is shown:
// an unexpected error's message could quote a request. French is set with French typography.

import { AdminPulseError, CancelledError, InvalidTokenError, UnexpectedResponseError } from "../adminpulse";
import type { Language, Localized } from "../i18n/language";
import { typeset } from "../i18n/typography";
import { SyncError } from "../sync/errors";

export type ErrorAction = "settings" | "retry";

export interface PaneErrorView {
  title: string;
  message: string;
  action: ErrorAction | null;
  /** A cancel is not a failure: shown quietly. */
  cancelled: boolean;
}

/** The pane's own errors: what the sync layer cannot know (no key yet). */
export class PaneError extends Error {
  constructor(
    readonly kind: "no-key",
    readonly userMessage: Localized,
  ) {
    super(kind);
    this.name = "PaneError";
  }
}

export const paneErrors = {
  noKey: () =>
    new PaneError("no-key", {
      en: "No AdminPulse key is set on this device yet. Ask your office administrator for the AdminPulse API key and enter it in Settings.",
      fr: "Aucune clé AdminPulse n’est encore enregistrée sur cet appareil. Demandez la clé d’API AdminPulse à l’administrateur du bureau et saisissez-la dans les Paramètres.",
      nl: "Er is op dit toestel nog geen AdminPulse-sleutel ingesteld. Vraag de AdminPulse-API-sleutel aan de beheerder van het kantoor en vul ze in bij Instellingen.",
    }),
};

const TITLES: Record<"key" | "adminpulse" | "workbook" | "cancelled" | "unexpected", Localized> = {
  key: { en: "AdminPulse key needed", fr: "Clé AdminPulse nécessaire", nl: "AdminPulse-sleutel nodig" },
  adminpulse: { en: "AdminPulse could not be read", fr: "AdminPulse n’a pas pu être lu", nl: "AdminPulse kon niet gelezen worden" },
  workbook: { en: "Nothing was synced", fr: "Rien n’a été synchronisé", nl: "Er werd niets gesynchroniseerd" },
  cancelled: { en: "Sync cancelled", fr: "Synchronisation annulée", nl: "Synchronisatie geannuleerd" },
  unexpected: { en: "Something went wrong", fr: "Un problème est survenu", nl: "Er ging iets mis" },
};

const CANCELLED: Localized = {
  en: "Nothing was changed in the workbook.",
  fr: "Rien n’a été modifié dans le classeur.",
  nl: "Er werd niets gewijzigd in de werkmap.",
};

const UNEXPECTED: Localized = {
  en: "The sync stopped on an unexpected error. Your workbook keeps every row it had. Try again; if it happens again, contact support.",
  fr: "La synchronisation s’est arrêtée sur une erreur inattendue. Votre classeur conserve toutes ses lignes. Réessayez ; si cela se reproduit, contactez le support.",
  nl: "De synchronisatie stopte door een onverwachte fout. Uw werkmap behoudt al haar rijen. Probeer opnieuw; gebeurt het weer, neem dan contact op met support.",
};

export function describeError(error: unknown, language: Language): PaneErrorView {
  const view = describe(error, language);
  return { ...view, title: typeset(view.title, language), message: typeset(view.message, language) };
}

function describe(error: unknown, language: Language): PaneErrorView {
  if (error instanceof CancelledError) {
    return { title: TITLES.cancelled[language], message: CANCELLED[language], action: null, cancelled: true };
  }
  if (error instanceof PaneError) {
    return { title: TITLES.key[language], message: error.userMessage[language], action: "settings", cancelled: false };
  }
  if (error instanceof InvalidTokenError) {
    return { title: TITLES.key[language], message: error.userMessage[language], action: "settings", cancelled: false };
  }
  if (error instanceof AdminPulseError) {
    return { title: TITLES.adminpulse[language], message: error.userMessage[language], action: adminPulseAction(error), cancelled: false };
  }
  if (error instanceof SyncError) {
    // A link to confirm: syncing again from the pane asks the person (the ribbon's sync could not).
    const retry = error.kind === "excel" || error.kind === "link-not-confirmed";
    return { title: TITLES.workbook[language], message: error.userMessage[language], action: retry ? "retry" : null, cancelled: false };
  }
  return { title: TITLES.unexpected[language], message: UNEXPECTED[language], action: "retry", cancelled: false };
}

/**
 * Waiting helps a busy or unreachable AdminPulse; the address in Settings is the usual cause of a
 * refused request, an answer far too large, a redirect, or an origin AdminPulse refuses (a proxy's
 * address goes there).
 */
function adminPulseAction(error: AdminPulseError): ErrorAction | null {
  if (error.kind === "rate-limited" || error.kind === "unavailable") return "retry";
  if (
    error.kind === "bad-request" ||
    error.kind === "cross-origin" ||
    (error instanceof UnexpectedResponseError && (error.reason === "too-large" || error.reason === "redirected"))
  )
    return "settings";
  return null;
}
