// Access to AdminPulse: the key (pasted once, never shown again; saved, replaced or forgotten),
// whether it is remembered on this device, a warning when other pages share the add-in's storage,
// what just happened to the key or the address (a live region), and the key's expiry date.

import { Body1, Button, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { type FormEvent, type Ref, useEffect, useRef, useState } from "react";
import type { Language } from "../../i18n/language";
import { type Settings, type SettingsStore, SettingsValidationError, type TokenSource } from "../../settings/settings";
import type { SharedOriginSign } from "../../settings/shared-origin";
import { type SettingsStrings, settingsStrings } from "../strings/settings";
import { type Draft, EMPTY_DRAFT, saveSettings } from "./drafts";
import { KeyExpiry } from "./KeyExpiry";
import { KeyForm } from "./KeyForm";
import { SettingsSection, useSettingsStyles } from "./layout";

/** What just happened to the key or the address, said under the key. */
export type Notice = { kind: "key-saved" | "key-forgotten" } | { kind: "address-changed"; url: string; keyForgotten: boolean } | null;

export interface KeySectionProps {
  store: SettingsStore;
  settings: Settings;
  source: TokenSource;
  language: Language;
  /** The key being typed (the connection test tries it before it is saved). */
  draft: Draft;
  onDraft(draft: Draft): void;
  notice: Notice;
  onNotice(notice: Notice): void;
  sharedOrigin: readonly SharedOriginSign[];
  /** The key was forgotten: a connection test of it says nothing any more. */
  onForgotten(): void;
  now?: () => Date;
}

export function KeySection(props: KeySectionProps) {
  const { store, settings, source, language, draft, onDraft, notice, onNotice } = props;
  const t = settingsStrings(language);
  const hasOwnKey = source === "device" || source === "session";
  const [replacing, setReplacing] = useState(false);
  const showForm = !hasOwnKey || replacing;

  // Where focus goes when the control that had it disappears.
  const keyInput = useRef<HTMLInputElement>(null);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<"key-input" | "replace" | null>(null);
  useEffect(() => {
    if (focusTarget === "key-input") keyInput.current?.focus();
    if (focusTarget === "replace") replaceButton.current?.focus();
    if (focusTarget) setFocusTarget(null);
  }, [focusTarget]);

  const saveKey = (event: FormEvent) => {
    event.preventDefault();
    try {
      store.setToken(draft.value, settings.rememberToken);
    } catch (error) {
      if (!(error instanceof SettingsValidationError)) throw error;
      onDraft({ ...draft, error: error.userMessage });
      return;
    }
    onDraft(EMPTY_DRAFT);
    setReplacing(false);
    onNotice({ kind: "key-saved" });
    setFocusTarget("replace");
  };
  const forgetKey = () => {
    store.forgetToken();
    onDraft(EMPTY_DRAFT);
    setReplacing(false);
    onNotice({ kind: "key-forgotten" });
    props.onForgotten();
    setFocusTarget("key-input");
  };
  const replace = () => {
    setReplacing(true);
    onNotice(null);
    setFocusTarget("key-input");
  };
  const cancelReplace = () => {
    setReplacing(false);
    onDraft(EMPTY_DRAFT);
    setFocusTarget("replace");
  };

  return (
    <SettingsSection title={t.keySection}>
      {showForm ? (
        <KeyForm
          source={source}
          language={language}
          draft={draft}
          onDraft={onDraft}
          inputRef={keyInput}
          onSave={saveKey}
          onCancel={replacing && hasOwnKey ? cancelReplace : undefined}
        />
      ) : (
        <SavedKey source={source} settings={settings} t={t} replaceButton={replaceButton} onReplace={replace} onForget={forgetKey} />
      )}
      <KeyStorage store={store} settings={settings} t={t} sharedOrigin={props.sharedOrigin} />
      <div role="status" aria-live="polite" data-testid="key-notice">
        {notice && (
          <MessageBar intent={notice.kind === "address-changed" && notice.keyForgotten ? "warning" : "success"} layout="multiline">
            <MessageBarBody>{noticeText(notice, t)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <KeyExpiry store={store} settings={settings} language={language} now={props.now} />
    </SettingsSection>
  );
}

/** A key of the administrator's is set: where it is kept, and what can be done with it. */
function SavedKey(props: {
  source: TokenSource;
  settings: Settings;
  t: SettingsStrings;
  replaceButton: Ref<HTMLButtonElement>;
  onReplace(): void;
  onForget(): void;
}) {
  const { t } = props;
  const styles = useSettingsStyles();
  return (
    <>
      <Body1 data-testid="key-status">{props.source === "device" ? t.keySavedDevice : props.settings.rememberToken ? t.keyNotStored : t.keySavedSession}</Body1>
      <div className={styles.row}>
        <Button ref={props.replaceButton} onClick={props.onReplace}>
          {t.replaceKey}
        </Button>
        <Button onClick={props.onForget}>{t.forgetKey}</Button>
      </div>
    </>
  );
}

/** Where the key is kept: remembered on this device or not, and whether other pages could read it there. */
function KeyStorage(props: { store: SettingsStore; settings: Settings; t: SettingsStrings; sharedOrigin: readonly SharedOriginSign[] }) {
  const { t } = props;
  return (
    <>
      {props.sharedOrigin.length > 0 && (
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
          checked={props.settings.rememberToken}
          onChange={(_event, data) => saveSettings(props.store, { rememberToken: data.checked === true })}
        />
      </Field>
    </>
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
