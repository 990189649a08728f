// What Settings holds while the administrator types: a draft with the message that refuses it,
// and saving a change to the store with its refusal as a message.

import { useState } from "react";
import type { Localized } from "../../i18n/language";
import { type Settings, type SettingsStore, SettingsValidationError } from "../../settings/settings";

/** A value being typed, and why it is refused, if it is. */
export interface Draft {
  readonly value: string;
  readonly error: Localized | null;
}

export const EMPTY_DRAFT: Draft = { value: "", error: null };

/**
 * Saves a change; returns the message that refuses it (and then nothing changed), or null. Only
 * the store's validation errors are refusals: anything else is a bug and is thrown.
 */
export function saveSettings(store: SettingsStore, partial: Partial<Settings>): Localized | null {
  try {
    store.update(partial);
    return null;
  } catch (error) {
    if (!(error instanceof SettingsValidationError)) throw error;
    return error.userMessage;
  }
}

/** The address being typed: follows the saved one when it changes elsewhere (reset, another pane). */
export function useAddressDraft(saved: string): [Draft, (draft: Draft) => void] {
  const [draft, setDraft] = useState<Draft>({ value: saved, error: null });
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setDraft({ value: saved, error: null });
  }
  return [draft, setDraft];
}
