// The office administrator's settings, one component per part: the key and its expiry date
// (KeySection), the address and the connection test (AddressSection, ConnectionTest), the language
// and the automatic syncs. The store is read with useStore; this view holds only what its parts
// share while the administrator types: the key and the address being typed (the connection test
// tries them), and what just happened (said under the key). Everything goes through the
// SettingsStore, the connection test through the `testConnection` prop: no part calls fetch or Excel.

import { Body1, Button, Subtitle1 } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { Language } from "../../i18n/language";
import type { SettingsStore } from "../../settings/settings";
import type { SharedOriginSign } from "../../settings/shared-origin";
import type { AddressChange } from "../reopen-settings";
import { settingsStrings } from "../strings/settings";
import { useStore } from "../use-store";
import { AddressSection } from "./AddressSection";
import { AutoSyncSection } from "./AutoSyncSection";
import { ConnectionTest, type TestConnection } from "./ConnectionTest";
import { type Draft, EMPTY_DRAFT, useAddressDraft } from "./drafts";
import { KeySection, type Notice } from "./KeySection";
import { LanguageSection } from "./LanguageSection";
import { useSettingsStyles } from "./layout";

export type { AddressChange } from "../reopen-settings";
export type { TestConnection } from "./ConnectionTest";

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

export function SettingsView({ store, language, testConnection, onClose, now, sharedOrigin = [], onAddressChanged, addressChanged = null }: SettingsViewProps) {
  const styles = useSettingsStyles();
  const t = settingsStrings(language);
  const settings = useStore(store, (s) => s.settings());
  // The key is not part of Settings: its source is read on its own.
  const source = useStore(store, (s) => s.tokenSource());
  const [keyDraft, setKeyDraft] = useState<Draft>(EMPTY_DRAFT);
  const [address, setAddress] = useAddressDraft(settings.apiBaseUrl);
  const [notice, setNotice] = useState<Notice>(addressChanged && { kind: "address-changed", ...addressChanged });
  // A forgotten key or another address: the connection test starts afresh (a running one is aborted).
  const [tests, setTests] = useState(0);

  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  // Settings replace the first screen: keyboard and screen-reader users start at their title.
  useEffect(() => title.current?.focus(), []);

  return (
    <section className={styles.root} aria-labelledby={titleId} lang={language}>
      <div>
        <h2 id={titleId} ref={title} tabIndex={-1} className={styles.heading}>
          <Subtitle1>{t.title}</Subtitle1>
        </h2>
        <Body1 as="p" block className={styles.intro}>
          {t.intro}
        </Body1>
      </div>
      <KeySection
        store={store}
        settings={settings}
        source={source}
        language={language}
        draft={keyDraft}
        onDraft={setKeyDraft}
        notice={notice}
        onNotice={setNotice}
        sharedOrigin={sharedOrigin}
        onForgotten={() => setTests((n) => n + 1)}
        now={now}
      />
      <AddressSection
        store={store}
        settings={settings}
        hasOwnKey={source === "device" || source === "session"}
        language={language}
        draft={address}
        onDraft={setAddress}
        onChanged={(change) => {
          setNotice({ kind: "address-changed", ...change });
          setTests((n) => n + 1);
          onAddressChanged?.(change);
        }}
      >
        <ConnectionTest
          key={tests}
          store={store}
          settings={settings}
          language={language}
          keyDraft={keyDraft.value}
          onKeyError={(error) => setKeyDraft({ ...keyDraft, error })}
          address={address}
          onAddressError={(error) => setAddress({ ...address, error })}
          testConnection={testConnection}
        />
      </AddressSection>
      <LanguageSection store={store} settings={settings} language={language} />
      <AutoSyncSection store={store} settings={settings} language={language} />
      <div className={styles.footer}>
        <Button appearance="primary" onClick={onClose}>
          {t.done}
        </Button>
      </div>
    </section>
  );
}
