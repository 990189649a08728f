// The key's expiry date as chosen in AdminPulse, and the reminder from 14 days before it (a live
// region: it changes as the date is typed).

import { Field, Input, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import type { Language, Localized } from "../../i18n/language";
import { localize } from "../../i18n/typography";
import { type Settings, type SettingsStore, expiryReminder } from "../../settings/settings";
import { formatLongDate } from "../format";
import { settingsStrings } from "../strings/settings";
import { saveSettings } from "./drafts";

export function KeyExpiry(props: { store: SettingsStore; settings: Settings; language: Language; now?: () => Date }) {
  const { settings, language } = props;
  const t = settingsStrings(language);
  const [error, setError] = useState<Localized | null>(null);
  const expiry = settings.tokenExpiry;
  const reminder = expiryReminder(expiry, props.now ? props.now() : new Date());
  return (
    <>
      <Field
        label={t.expiryLabel}
        hint={t.expiryHint}
        validationState={error ? "error" : "none"}
        validationMessage={error ? localize(error, language) : undefined}
      >
        <Input
          type="date"
          value={expiry ?? ""}
          onChange={(_event, data) => setError(saveSettings(props.store, { tokenExpiry: data.value === "" ? null : data.value }))}
        />
      </Field>
      <div role="status" aria-live="polite" data-testid="expiry-reminder" data-state={reminder.state}>
        {reminder.state === "soon" && expiry && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.expirySoonTitle}</MessageBarTitle>
              {t.expirySoon(reminder.daysLeft ?? 0, formatLongDate(expiry, language))}
            </MessageBarBody>
          </MessageBar>
        )}
        {reminder.state === "expired" && expiry && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.expiredTitle}</MessageBarTitle>
              {t.expired(formatLongDate(expiry, language))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
