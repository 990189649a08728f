// The pane's language: automatic (Office's) or one of the product's three, each named in itself.

import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Language } from "../../i18n/language";
import type { Settings, SettingsStore } from "../../settings/settings";
import { LANGUAGE_NAMES, settingsStrings } from "../strings/settings";
import { saveSettings } from "./drafts";

export function LanguageSection({ store, settings, language }: { store: SettingsStore; settings: Settings; language: Language }) {
  const t = settingsStrings(language);
  return (
    <Field label={t.languageLabel}>
      <RadioGroup value={settings.language} onChange={(_event, data) => saveSettings(store, { language: data.value as Settings["language"] })}>
        <Radio value="auto" label={t.languageAuto} />
        {(["fr", "nl", "en"] as const).map((code) => (
          <Radio key={code} value={code} label={<span lang={code}>{LANGUAGE_NAMES[code]}</span>} />
        ))}
      </RadioGroup>
    </Field>
  );
}
