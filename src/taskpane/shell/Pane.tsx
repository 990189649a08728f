// The pane once Excel (or the workbench) is there: one session, Home or Settings. Back from a
// reload made for a new address, it opens on Settings, which says what changed. The workbook as
// the pane shows it (WorkbookView) lives here, so that a visit to Settings reads nothing again.

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { Language } from "../../i18n/language";
import { browserStorage } from "../../settings/settings";
import { sharedOriginSigns, storageKeysOf } from "../../settings/shared-origin";
import { HomeView } from "../home/HomeView";
import { reloadForAddress, takeAddressChange } from "../reopen-settings";
import type { Runtime } from "../runtime";
import { homeStrings } from "../strings/home";
import { WorkbookView } from "../workbook-view";
import { SettingsChunk } from "./SettingsChunk";

const useStyles = makeStyles({
  toolbar: {
    display: "flex",
    justifyContent: "flex-end",
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
  },
});

export function Pane({ runtime, language }: { runtime: Runtime; language: Language }) {
  const styles = useStyles();
  const { session } = runtime;
  const host = session.host;
  const [addressChanged] = useState(takeAddressChange);
  const [view, setView] = useState<"home" | "settings">(addressChanged ? "settings" : "home");
  const [sharedOrigin] = useState(() =>
    sharedOriginSigns({ pathname: window.location.pathname, storageKeys: storageKeysOf(browserStorage()), partitionKey: host.partitionKey }),
  );
  const [workbook] = useState(() => new WorkbookView(session));

  // Back from Settings, focus returns to the button that opened them.
  const settingsButton = useRef<HTMLButtonElement>(null);
  const back = useRef(false);
  useEffect(() => {
    if (view !== "home" || !back.current) return;
    back.current = false;
    settingsButton.current?.focus();
  }, [view]);

  if (view === "settings") {
    return (
      <SettingsChunk
        store={session.settings}
        language={language}
        testConnection={(url, token, signal) => session.testConnection(url, token, signal)}
        onClose={() => {
          back.current = true;
          setView("home");
        }}
        sharedOrigin={sharedOrigin}
        addressChanged={addressChanged}
        onAddressChanged={(change) => host.reload && reloadForAddress(change, host.reload)}
      />
    );
  }
  return (
    <>
      <div className={styles.toolbar}>
        <Button ref={settingsButton} appearance="subtle" icon={<SettingsRegular />} onClick={() => setView("settings")} data-testid="open-settings">
          {homeStrings(language).settings}
        </Button>
      </div>
      <HomeView session={session} workbook={workbook} language={language} onOpenSettings={() => setView("settings")} />
    </>
  );
}
