// The office administrator's settings: the AdminPulse key (pasted once, never shown again), where
// it is kept, its expiry date, the AdminPulse address, a connection test, the language and the
// automatic syncs. The address changes only by an explicit "Change address", which forgets the
// key (the store binds a key to its address), and the connection test only ever tests the saved
// address: a typed address never receives a key. Everything goes through the SettingsStore; the connection test through the
// `testConnection` prop: this component calls neither fetch nor Excel.

import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle1,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useReducer, useRef, useState, type FormEvent } from "react";
import { DEFAULT_BASE_URL } from "../../adminpulse/contract";
import { LANGUAGES, type Language, type Localized } from "../../i18n/language";
import {
  SettingsValidationError,
  checkApiBaseUrl,
  checkToken,
  expiryReminder,
  type Settings,
  type SettingsStore,
} from "../../settings/settings";
import type { SharedOriginSign } from "../../settings/shared-origin";
import { formatLongDate, formatNumber } from "../format";
import { LANGUAGE_NAMES, settingsStrings, type SettingsStrings } from "../strings/settings";

export type TestConnection = (apiBaseUrl: string, token: string, signal: AbortSignal) => Promise<{ relationCount: number }>;

export interface SettingsViewProps {
  store: SettingsStore;
  /** The language the pane shows (already resolved from "auto"). */
  language: Language;
  testConnection: TestConnection;
  onClose(): void;
  /** Today, for the expiry reminder; the clock by default (tests pass a fixed day). */
  now?: () => Date;
  /** Signs that other pages share the add-in's storage (a remembered key would be readable there). */
  sharedOrigin?: readonly SharedOriginSign[];
  /** After the address changed: the pane may need to reload for its security policy to allow it. */
  onAddressChanged?(change: AddressChange): void;
  /** The address change to report on opening (the pane reloaded after it). */
  addressChanged?: AddressChange | null;
}

/** An address change, as the view reports it. */
export interface AddressChange {
  url: string;
  /** Whether a key set for the previous address was forgotten with it. */
  keyForgotten: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
  },
  heading: {
    margin: 0,
  },
  intro: {
    color: tokens.colorNeutralForeground2,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    border: "none",
  },
  sectionTitle: {
    margin: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  footer: {
    display: "flex",
    justifyContent: "flex-end",
  },
});

type TestResult = { kind: "running" } | { kind: "success"; relationCount: number } | { kind: "error"; message: Localized | null } | { kind: "no-key" };

type Notice = { kind: "key-saved" | "key-forgotten" } | { kind: "address-changed"; url: string; keyForgotten: boolean } | null;

function localizedOf(error: unknown): Localized | null {
  if (typeof error !== "object" || error === null || !("userMessage" in error)) return null;
  const message = (error as { userMessage?: unknown }).userMessage;
  if (typeof message !== "object" || message === null) return null;
  const record = message as Record<string, unknown>;
  return LANGUAGES.every((language) => typeof record[language] === "string") ? (record as Localized) : null;
}

export function SettingsView({ store, language, testConnection, onClose, now, sharedOrigin = [], onAddressChanged, addressChanged = null }: SettingsViewProps) {
  const styles = useStyles();
  const t = settingsStrings(language);

  // Re-render on every change of the store, the key's included (it is not part of Settings).
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(() => refresh()), [store]);
  const settings = store.settings();
  const source = store.tokenSource();
  const hasOwnKey = source === "device" || source === "session";

  const [replacing, setReplacing] = useState(false);
  const [keyDraft, setKeyDraft] = useState("");
  const [keyError, setKeyError] = useState<Localized | null>(null);
  const [notice, setNotice] = useState<Notice>(addressChanged && { kind: "address-changed", ...addressChanged });
  const [urlDraft, setUrlDraft] = useState(settings.apiBaseUrl);
  const [urlError, setUrlError] = useState<Localized | null>(null);
  const [expiryError, setExpiryError] = useState<Localized | null>(null);
  const [test, setTest] = useState<TestResult | null>(null);

  const testAbort = useRef<AbortController | null>(null);
  useEffect(() => () => testAbort.current?.abort(), []);

  // Where focus goes when the control that had it disappears.
  const keyInput = useRef<HTMLInputElement>(null);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<"key-input" | "replace" | null>(null);
  useEffect(() => {
    if (focusTarget === "key-input") keyInput.current?.focus();
    if (focusTarget === "replace") replaceButton.current?.focus();
    if (focusTarget) setFocusTarget(null);
  }, [focusTarget]);

  // The address shown follows the store when it changes elsewhere (reset, another pane).
  const [shownBaseUrl, setShownBaseUrl] = useState(settings.apiBaseUrl);
  if (shownBaseUrl !== settings.apiBaseUrl) {
    setShownBaseUrl(settings.apiBaseUrl);
    setUrlDraft(settings.apiBaseUrl);
    setUrlError(null);
  }

  const showKeyForm = !hasOwnKey || replacing;

  const saveKey = (event: FormEvent) => {
    event.preventDefault();
    try {
      store.setToken(keyDraft, settings.rememberToken);
    } catch (error) {
      if (!(error instanceof SettingsValidationError)) throw error;
      setKeyError(error.userMessage);
      return;
    }
    setKeyDraft("");
    setKeyError(null);
    setReplacing(false);
    setNotice({ kind: "key-saved" });
    setFocusTarget("replace");
  };

  const forgetKey = () => {
    store.forgetToken();
    setKeyDraft("");
    setKeyError(null);
    setReplacing(false);
    setNotice({ kind: "key-forgotten" });
    setTest(null);
    setFocusTarget("key-input");
  };

  const update = (partial: Partial<Settings>, onError: (message: Localized | null) => void): boolean => {
    try {
      store.update(partial);
      onError(null);
      return true;
    } catch (error) {
      if (!(error instanceof SettingsValidationError)) throw error;
      onError(error.userMessage);
      return false;
    }
  };

  const addressFixed = store.addressFixed();
  const draftChecked = checkApiBaseUrl(urlDraft);
  const urlChanged = !(draftChecked.ok && draftChecked.value === settings.apiBaseUrl);

  /** Saves the address asked for (which forgets the key entered for the old one); false when refused. */
  const changeUrl = (raw: string): boolean => {
    const checked = checkApiBaseUrl(raw);
    if (!checked.ok) {
      setUrlError(checked.error.userMessage);
      return false;
    }
    setUrlDraft(checked.value);
    if (checked.value === settings.apiBaseUrl) {
      setUrlError(null);
      return true;
    }
    if (!update({ apiBaseUrl: checked.value }, setUrlError)) return false;
    const change = { url: checked.value, keyForgotten: hasOwnKey };
    setNotice({ kind: "address-changed", ...change });
    setReplacing(false);
    setTest(null);
    onAddressChanged?.(change);
    return true;
  };

  const runTest = async () => {
    // Only the saved address is tested: a typed one must be applied first (and forgets the key).
    if (urlChanged) {
      setUrlError((draftChecked.ok ? new SettingsValidationError("apiBaseUrl", "url-not-applied") : draftChecked.error).userMessage);
      return;
    }
    const apiBaseUrl = settings.apiBaseUrl;
    // The key being typed, when there is one; the saved key otherwise.
    let token = store.token();
    if (showKeyForm && keyDraft.trim() !== "") {
      const checked = checkToken(keyDraft);
      if (!checked.ok) {
        setKeyError(checked.error.userMessage);
        return;
      }
      token = checked.value;
    }
    if (token === null) {
      setTest({ kind: "no-key" });
      return;
    }
    testAbort.current?.abort();
    const controller = new AbortController();
    testAbort.current = controller;
    setTest({ kind: "running" });
    try {
      const { relationCount } = await testConnection(apiBaseUrl, token, controller.signal);
      if (!controller.signal.aborted) setTest({ kind: "success", relationCount });
    } catch (error) {
      if (!controller.signal.aborted) setTest({ kind: "error", message: localizedOf(error) });
    } finally {
      if (testAbort.current === controller) testAbort.current = null;
    }
  };

  const today = now ? now() : new Date();
  const reminder = expiryReminder(settings.tokenExpiry, today);

  const ids = { title: useId(), keySection: useId(), connection: useId(), sync: useId() };

  return (
    <section className={styles.root} aria-labelledby={ids.title} lang={language}>
      <div>
        <Subtitle1 as="h2" block id={ids.title} className={styles.heading}>
          {t.title}
        </Subtitle1>
        <Body1 as="p" block className={styles.intro}>
          {t.intro}
        </Body1>
      </div>

      <section className={styles.section} aria-labelledby={ids.keySection}>
        <Subtitle2 as="h3" id={ids.keySection} className={styles.sectionTitle}>
          {t.keySection}
        </Subtitle2>

        {hasOwnKey && !replacing ? (
          <>
            <Body1 data-testid="key-status">{source === "device" ? t.keySavedDevice : settings.rememberToken ? t.keyNotStored : t.keySavedSession}</Body1>
            <div className={styles.row}>
              <Button
                ref={replaceButton}
                onClick={() => {
                  setReplacing(true);
                  setNotice(null);
                  setFocusTarget("key-input");
                }}
              >
                {t.replaceKey}
              </Button>
              <Button onClick={forgetKey}>{t.forgetKey}</Button>
            </div>
          </>
        ) : (
          <form onSubmit={saveKey} className={styles.section} noValidate>
            {source === "host" && <Body1 data-testid="key-status">{t.keyHost}</Body1>}
            <Field
              label={t.keyLabel}
              hint={t.keyHint}
              validationState={keyError ? "error" : "none"}
              validationMessage={keyError ? keyError[language] : undefined}
            >
              <Input
                ref={keyInput}
                type="password"
                value={keyDraft}
                autoComplete="off"
                spellCheck={false}
                onChange={(_event, data) => {
                  setKeyDraft(data.value);
                  setKeyError(null);
                }}
              />
            </Field>
            <div className={styles.row}>
              <Button type="submit" appearance="primary">
                {t.saveKey}
              </Button>
              {replacing && (
                <Button
                  onClick={() => {
                    setReplacing(false);
                    setKeyDraft("");
                    setKeyError(null);
                    setFocusTarget("replace");
                  }}
                >
                  {t.cancel}
                </Button>
              )}
            </div>
          </form>
        )}

        {sharedOrigin.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="shared-origin">
            <MessageBarBody>
              <MessageBarTitle>{t.sharedOriginTitle}</MessageBarTitle>
              {t.sharedOrigin}
            </MessageBarBody>
          </MessageBar>
        )}

        <Field hint={t.rememberHint}>
          <Checkbox
            label={t.rememberLabel}
            checked={settings.rememberToken}
            onChange={(_event, data) => update({ rememberToken: data.checked === true }, () => undefined)}
          />
        </Field>

        <div role="status" aria-live="polite" data-testid="key-notice">
          {notice && (
            <MessageBar intent={notice.kind === "address-changed" && notice.keyForgotten ? "warning" : "success"} layout="multiline">
              <MessageBarBody>
{noticeText(notice, t)}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>

        <Field
          label={t.expiryLabel}
          hint={t.expiryHint}
          validationState={expiryError ? "error" : "none"}
          validationMessage={expiryError ? expiryError[language] : undefined}
        >
          <Input
            type="date"
            value={settings.tokenExpiry ?? ""}
            onChange={(_event, data) => update({ tokenExpiry: data.value === "" ? null : data.value }, setExpiryError)}
          />
        </Field>

        <div role="status" aria-live="polite" data-testid="expiry-reminder" data-state={reminder.state}>
          {reminder.state === "soon" && settings.tokenExpiry && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.expirySoonTitle}</MessageBarTitle>
                {t.expirySoon(reminder.daysLeft ?? 0, formatLongDate(settings.tokenExpiry, language))}
              </MessageBarBody>
            </MessageBar>
          )}
          {reminder.state === "expired" && settings.tokenExpiry && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.expiredTitle}</MessageBarTitle>
                {t.expired(formatLongDate(settings.tokenExpiry, language))}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      </section>

      <section className={styles.section} aria-labelledby={ids.connection}>
        <Subtitle2 as="h3" id={ids.connection} className={styles.sectionTitle}>
          {t.connectionSection}
        </Subtitle2>
        <Field
          label={t.urlLabel}
          hint={addressFixed ? t.urlFixedHint : urlChanged && hasOwnKey ? t.urlChangeForgetsKey : t.urlHint}
          validationState={urlError ? "error" : urlChanged && hasOwnKey ? "warning" : "none"}
          validationMessage={urlError ? urlError[language] : undefined}
        >
          <Input
            type="url"
            value={addressFixed ? settings.apiBaseUrl : urlDraft}
            readOnly={addressFixed}
            spellCheck={false}
            onChange={(_event, data) => {
              setUrlDraft(data.value);
              setUrlError(null);
            }}
            onBlur={() => {
              // Said at once, saved only by "Change address": leaving the field forgets no key.
              if (!addressFixed && !draftChecked.ok) setUrlError(draftChecked.error.userMessage);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter" && !addressFixed) changeUrl(urlDraft);
            }}
          />
        </Field>
        {!addressFixed && (
          <div className={styles.row}>
            {urlChanged && (
              <Button onClick={() => changeUrl(urlDraft)} data-testid="change-address">
                {t.urlApply}
              </Button>
            )}
            {settings.apiBaseUrl !== DEFAULT_BASE_URL && (
              <Link as="button" onClick={() => changeUrl(DEFAULT_BASE_URL)}>
                {t.urlReset}
              </Link>
            )}
          </div>
        )}
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void runTest()} disabled={test?.kind === "running"}>
            {t.testConnection}
          </Button>
        </div>
        <div role="status" aria-live="polite" data-testid="test-result">
          <TestOutcome result={test} t={t} language={language} />
        </div>
      </section>

      <Field label={t.languageLabel}>
        <RadioGroup value={settings.language} onChange={(_event, data) => update({ language: data.value as Settings["language"] }, () => undefined)}>
          <Radio value="auto" label={t.languageAuto} />
          {(["fr", "nl", "en"] as const).map((code) => (
            <Radio key={code} value={code} label={<span lang={code}>{LANGUAGE_NAMES[code]}</span>} />
          ))}
        </RadioGroup>
      </Field>

      <section className={styles.section} aria-labelledby={ids.sync}>
        <Subtitle2 as="h3" id={ids.sync} className={styles.sectionTitle}>
          {t.syncSection}
        </Subtitle2>
        <Caption1 className={styles.hint}>{t.syncHint}</Caption1>
        <Switch
          label={t.syncOnOpen}
          checked={settings.autoSyncOnOpen}
          onChange={(_event, data) => update({ autoSyncOnOpen: data.checked }, () => undefined)}
        />
        <Switch
          label={t.syncOnActivate}
          checked={settings.autoSyncOnActivate}
          onChange={(_event, data) => update({ autoSyncOnActivate: data.checked }, () => undefined)}
        />
      </section>

      <div className={styles.footer}>
        <Button appearance="primary" onClick={onClose}>
          {t.done}
        </Button>
      </div>
    </section>
  );
}

function noticeText(notice: NonNullable<Notice>, t: SettingsStrings): string {
  switch (notice.kind) {
    case "key-saved":
      return t.keySaved;
    case "key-forgotten":
      return t.keyForgotten;
    case "address-changed":
      return notice.keyForgotten ? t.addressChangedKeyForgotten(notice.url) : t.addressChanged(notice.url);
  }
}

function TestOutcome({ result, t, language }: { result: TestResult | null; t: SettingsStrings; language: Language }) {
  if (result === null) return null;
  switch (result.kind) {
    case "running":
      return <Spinner size="tiny" labelPosition="after" label={t.testRunning} />;
    case "success":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.testSuccess(formatNumber(result.relationCount, language))}</MessageBarBody>
        </MessageBar>
      );
    case "no-key":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.testNoKey}</MessageBarBody>
        </MessageBar>
      );
    case "error":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{result.message ? result.message[language] : t.testFailed}</MessageBarBody>
        </MessageBar>
      );
  }
}
