import {
  Body1,
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
import type { Environment } from "../environment";
import { stringsFor, type Strings } from "../strings";

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
  },
  main: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
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

export function App({ env }: { env: Environment }) {
  const styles = useStyles();
  const t = stringsFor(env.language);
  return (
    <FluentProvider theme={env.dark ? webDarkTheme : webLightTheme} lang={env.language}>
      <div className={styles.root}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-64.png" alt="" />
          <Subtitle1 as="h1" className={styles.title}>
            {t.productName}
          </Subtitle1>
        </header>
        <main className={styles.main}>
          <Body1 className={styles.tagline}>{t.tagline}</Body1>
          <div role="status" aria-live="polite" data-testid="host-status" data-host={env.host}>
            <Status env={env} t={t} />
          </div>
        </main>
      </div>
    </FluentProvider>
  );
}
