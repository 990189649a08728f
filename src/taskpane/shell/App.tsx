// The pane's frame: the theme, the title, and either the pane (once Excel, or the workbench, is
// there) or where the pane runs while it is not. The language is the session's (chosen in
// Settings, or Office's), read from the settings store with useStore; before a host is known, the
// environment's.

import { Body1, FluentProvider, Subtitle1, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { type ReactNode, useEffect } from "react";
import type { Language } from "../../i18n/language";
import type { Environment } from "../environment";
import type { Runtime } from "../runtime";
import { stringsFor } from "../strings/shell";
import { useStore } from "../use-store";
import { HostStatus } from "./HostStatus";
import { Pane } from "./Pane";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: "32px", height: "32px", flexShrink: 0 },
  title: { margin: 0, flexGrow: 1 },
  main: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  tagline: { color: tokens.colorNeutralForeground2 },
});

export function App({ env, runtime }: { env: Environment; runtime?: Runtime | null }) {
  return runtime ? <RunningApp env={env} runtime={runtime} /> : <WaitingApp env={env} />;
}

/** Before Office answered, or outside Excel: what the add-in does, and where it runs. */
function WaitingApp({ env }: { env: Environment }) {
  const styles = useStyles();
  return (
    <Frame language={env.language} dark={env.dark}>
      <Body1 className={styles.tagline}>{stringsFor(env.language).tagline}</Body1>
      <HostStatus env={env} />
    </Frame>
  );
}

function RunningApp({ env, runtime }: { env: Environment; runtime: Runtime }) {
  const { session } = runtime;
  const language = useStore(session.settings, () => session.language());
  return (
    <Frame language={language} dark={env.dark}>
      <Pane runtime={runtime} language={language} />
    </Frame>
  );
}

function Frame({ language, dark, children }: { language: Language; dark: boolean; children: ReactNode }) {
  const styles = useStyles();
  const t = stringsFor(language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.productName;
  }, [language, t]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language}>
      <div className={styles.root}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-64.png" alt="" />
          <Subtitle1 as="h1" className={styles.title}>
            {t.productName}
          </Subtitle1>
        </header>
        <main className={styles.main}>{children}</main>
      </div>
    </FluentProvider>
  );
}
