// On the first screen, from two weeks before the AdminPulse key expires: when it does, and the way
// to Settings. The date lives in the settings: followed with useStore.

import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Language } from "../../i18n/language";
import { type SettingsStore, expiryReminder } from "../../settings/settings";
import { formatLongDate } from "../format";
import { homeStrings } from "../strings/home";
import { useStore } from "../use-store";

export function ExpiryReminder(props: { settings: SettingsStore; language: Language; onOpenSettings(): void }) {
  const { language } = props;
  const t = homeStrings(language);
  const expiry = useStore(props.settings, (s) => s.settings().tokenExpiry);
  const reminder = expiryReminder(expiry, new Date());
  if (!expiry || (reminder.state !== "soon" && reminder.state !== "expired")) return null;
  return (
    <MessageBar intent={reminder.state === "expired" ? "error" : "warning"} layout="multiline" data-testid="expiry-reminder">
      <MessageBarBody>{(reminder.state === "expired" ? t.expired : t.expirySoon)(formatLongDate(expiry, language))}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.onOpenSettings}>
          {t.openSettings}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
