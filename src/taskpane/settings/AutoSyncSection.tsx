// The automatic syncs: when the workbook opens, and when the permanent-data sheet is activated.

import { Caption1, Switch } from "@fluentui/react-components";
import type { Language } from "../../i18n/language";
import type { Settings, SettingsStore } from "../../settings/settings";
import { settingsStrings } from "../strings/settings";
import { saveSettings } from "./drafts";
import { SettingsSection, useSettingsStyles } from "./layout";

export function AutoSyncSection({ store, settings, language }: { store: SettingsStore; settings: Settings; language: Language }) {
  const t = settingsStrings(language);
  const styles = useSettingsStyles();
  return (
    <SettingsSection title={t.syncSection}>
      <Caption1 className={styles.hint}>{t.syncHint}</Caption1>
      <Switch label={t.syncOnOpen} checked={settings.autoSyncOnOpen} onChange={(_event, data) => saveSettings(store, { autoSyncOnOpen: data.checked })} />
      <Switch
        label={t.syncOnActivate}
        checked={settings.autoSyncOnActivate}
        onChange={(_event, data) => saveSettings(store, { autoSyncOnActivate: data.checked })}
      />
    </SettingsSection>
  );
}
