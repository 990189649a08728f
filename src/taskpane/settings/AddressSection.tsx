// The connection: the AdminPulse address (or the one the office fixed when it built the add-in,
// read-only), changed only by an explicit "Change address", which forgets the key entered for the
// old one (the store binds a key to its address). Leaving the field says what is wrong with it at
// once but saves nothing. The connection test comes after it, as `children`.

import { Button, Field, Input, Link } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { DEFAULT_BASE_URL } from "../../adminpulse/contract";
import type { Language } from "../../i18n/language";
import { localize } from "../../i18n/typography";
import { type Settings, type SettingsStore, checkApiBaseUrl } from "../../settings/settings";
import type { AddressChange } from "../reopen-settings";
import { settingsStrings } from "../strings/settings";
import { type Draft, saveSettings } from "./drafts";
import { SettingsSection, useSettingsStyles } from "./layout";

export interface AddressSectionProps {
  store: SettingsStore;
  settings: Settings;
  /** Whether the administrator's own key is set: changing the address forgets it. */
  hasOwnKey: boolean;
  language: Language;
  draft: Draft;
  onDraft(draft: Draft): void;
  /** The address changed (saved in the store). */
  onChanged(change: AddressChange): void;
  children?: ReactNode;
}

/** Whether the address typed differs from the one in force (a typed address is never tested). */
export function addressChanged(draft: Draft, settings: Settings): boolean {
  const checked = checkApiBaseUrl(draft.value);
  return !(checked.ok && checked.value === settings.apiBaseUrl);
}

export function AddressSection({ store, settings, hasOwnKey, language, draft, onDraft, onChanged, children }: AddressSectionProps) {
  const t = settingsStrings(language);
  const styles = useSettingsStyles();
  const fixed = store.addressFixed();
  const changed = addressChanged(draft, settings);
  const forgetsKey = changed && hasOwnKey;

  /** Saves the address asked for (which forgets the key entered for the old one). */
  const change = (raw: string) => {
    const checked = checkApiBaseUrl(raw);
    if (!checked.ok) return onDraft({ value: draft.value, error: checked.error.userMessage });
    if (checked.value === settings.apiBaseUrl) return onDraft({ value: checked.value, error: null });
    const refused = saveSettings(store, { apiBaseUrl: checked.value });
    onDraft({ value: checked.value, error: refused });
    if (!refused) onChanged({ url: checked.value, keyForgotten: hasOwnKey });
  };

  return (
    <SettingsSection title={t.connectionSection}>
      <Field
        label={t.urlLabel}
        hint={fixed ? t.urlFixedHint : forgetsKey ? t.urlChangeForgetsKey : t.urlHint}
        validationState={draft.error ? "error" : forgetsKey ? "warning" : "none"}
        validationMessage={draft.error ? localize(draft.error, language) : undefined}
      >
        <Input
          type="url"
          value={fixed ? settings.apiBaseUrl : draft.value}
          readOnly={fixed}
          spellCheck={false}
          onChange={(_event, data) => onDraft({ value: data.value, error: null })}
          onBlur={() => {
            const checked = checkApiBaseUrl(draft.value);
            if (!fixed && !checked.ok) onDraft({ ...draft, error: checked.error.userMessage });
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !fixed) change(draft.value);
          }}
        />
      </Field>
      {!fixed && (
        <div className={styles.row}>
          {changed && (
            <Button onClick={() => change(draft.value)} data-testid="change-address">
              {t.urlApply}
            </Button>
          )}
          {settings.apiBaseUrl !== DEFAULT_BASE_URL && (
            <Link as="button" onClick={() => change(DEFAULT_BASE_URL)}>
              {t.urlReset}
            </Link>
          )}
        </div>
      )}
      {children}
    </SettingsSection>
  );
}
