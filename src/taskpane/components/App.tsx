import {
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { Component, type ReactNode, Suspense, lazy, useEffect, useState } from "react";
import type { Language } from "../../i18n/language";
import type { Environment } from "../environment";
import type { Runtime } from "../runtime";
import { stringsFor, type Strings } from "../strings";
import { homeStrings } from "../strings/home";
import { HomeView } from "../views/HomeView";
import { browserStorage } from "../../settings/settings";
import { sharedOriginSigns, storageKeysOf } from "../../settings/shared-origin";
import { reloadForAddress, takeAddressChange } from "../reopen-settings";

// Settings are opened now and then, by the administrator: their code is a chunk of its own, fetched
// while the browser is idle after the pane has shown (prefetch) or at the latest when opened, so
// the first screen does not wait for it. A failed fetch shows "Try again", which fetches anew.
const lazySettingsView = () =>
  lazy(() => import(/* webpackChunkName: "settings", webpackPrefetch: true */ "../views/SettingsView").then((m) => ({ default: m.SettingsView })));

class ChunkBoundary extends Component<{ language: Language; onRetry(): void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    const t = homeStrings(this.props.language);
    return (
      <MessageBar layout="multiline" intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t.settings}</MessageBarTitle>
        </MessageBarBody>
        <Button onClick={this.props.onRetry}>{t.retry}</Button>
      </MessageBar>
    );
  }
}

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
  logo: {
    width: "32px",
    height: "32px",
    flexShrink: 0,
  },
  title: {
    margin: 0,
    flexGrow: 1,
  },
  main: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  toolbar: {
    display: "flex",
    justifyContent: "flex-end",
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
  },
  tagline: {
    color: tokens.colorNeutralForeground2,
  },
});

function Status({ env, t }: { env: Environment; t: Strings }) {
  switch (env.host) {
    case "checking":
      return <Spinner size="tiny" labelPosition="after" label={t.statusChecking} />;
    case "excel":
      return (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t.statusExcelTitle}</MessageBarTitle>
            {t.statusExcel}
          </MessageBarBody>
        </MessageBar>
      );
    case "other-host":
      return (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.statusOtherHostTitle}</MessageBarTitle>
            {t.statusOtherHost}
          </MessageBarBody>
        </MessageBar>
      );
    case "outside":
      return (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t.statusOutsideTitle}</MessageBarTitle>
            {t.statusOutside}
          </MessageBarBody>
        </MessageBar>
      );
  }
}

/** The pane once Excel (or the workbench) is there: one session, home or settings. */
function Pane({ runtime, onLanguage }: { runtime: Runtime; onLanguage(language: Environment["language"]): void }) {
  const styles = useStyles();
  const { session } = runtime;
  const host = session.host;
  // Back from a reload made for a new address: straight to Settings, which says what changed.
  const [addressChanged] = useState(takeAddressChange);
  const [view, setView] = useState<"home" | "settings">(addressChanged ? "settings" : "home");
  const [sharedOrigin] = useState(() =>
    sharedOriginSigns({ pathname: window.location.pathname, storageKeys: storageKeysOf(browserStorage()), partitionKey: host.partitionKey }),
  );
  const [language, setLanguage] = useState(() => session.language());
  const [settingsView, setSettingsView] = useState(() => ({ View: lazySettingsView(), attempt: 0 }));
  const SettingsView = settingsView.View;

  useEffect(() => {
    const follow = () => setLanguage(session.language());
    follow();
    // The workbench's test API sets what an administrator types in Settings.
    host.registerPane?.({
      configure: (input) => {
        const { token, ...rest } = input;
        session.settings.update(rest);
        if (token !== undefined) session.settings.setToken(token, false);
      },
    });
    return session.settings.subscribe(follow);
  }, [host, session]);
  useEffect(() => onLanguage(language), [language, onLanguage]);

  return view === "settings" ? (
    <ChunkBoundary key={settingsView.attempt} language={language} onRetry={() => setSettingsView((s) => ({ View: lazySettingsView(), attempt: s.attempt + 1 }))}>
      <Suspense fallback={<Spinner size="small" />}>
        <SettingsView
          store={session.settings}
          language={language}
          testConnection={(url, token, signal) => session.testConnection(url, token, signal)}
          onClose={() => setView("home")}
          sharedOrigin={sharedOrigin}
          addressChanged={addressChanged}
          onAddressChanged={(change) => host.reload && reloadForAddress(change, host.reload)}
        />
      </Suspense>
    </ChunkBoundary>
  ) : (
    <>
      <div className={styles.toolbar}>
        <Button appearance="subtle" icon={<SettingsRegular />} onClick={() => setView("settings")} data-testid="open-settings">
          {homeStrings(language).settings}
        </Button>
      </div>
      <HomeView session={session} language={language} onOpenSettings={() => setView("settings")} />
    </>
  );
}

export function App({ env, runtime }: { env: Environment; runtime?: Runtime | null }) {
  const styles = useStyles();
  const [language, setLanguage] = useState(env.language);
  useEffect(() => setLanguage(env.language), [env.language]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = stringsFor(language).productName;
  }, [language]);
  const t = stringsFor(language);
  return (
    <FluentProvider theme={env.dark ? webDarkTheme : webLightTheme} lang={language}>
      <div className={styles.root}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-64.png" alt="" />
          <Subtitle1 as="h1" className={styles.title}>
            {t.productName}
          </Subtitle1>
        </header>
        <main className={styles.main}>
          {runtime ? (
            <Pane runtime={runtime} onLanguage={setLanguage} />
          ) : (
            <>
              <Body1 className={styles.tagline}>{t.tagline}</Body1>
              <div role="status" aria-live="polite" data-testid="host-status" data-host={env.host}>
                <Status env={env} t={t} />
              </div>
            </>
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
