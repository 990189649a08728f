// The key typed (a password field: never shown back), saved with Enter or "Save key"; refused
// inline when it cannot be a key. While replacing a key, Cancel keeps the old one.

import { Body1, Button, Field, Input } from "@fluentui/react-components";
import type { FormEvent, Ref } from "react";
import type { Language } from "../../i18n/language";
import { localize } from "../../i18n/typography";
import type { TokenSource } from "../../settings/settings";
import { settingsStrings } from "../strings/settings";
import type { Draft } from "./drafts";
import { useSettingsStyles } from "./layout";

export interface KeyFormProps {
  source: TokenSource;
  language: Language;
  draft: Draft;
  onDraft(draft: Draft): void;
  inputRef: Ref<HTMLInputElement>;
  onSave(event: FormEvent): void;
  /** Replacing a key: Cancel keeps it. */
  onCancel?(): void;
}

export function KeyForm({ source, language, draft, onDraft, inputRef, onSave, onCancel }: KeyFormProps) {
  const t = settingsStrings(language);
  const styles = useSettingsStyles();
  return (
    <form onSubmit={onSave} className={styles.section} noValidate>
      {source === "host" && <Body1 data-testid="key-status">{t.keyHost}</Body1>}
      <Field
        label={t.keyLabel}
        hint={t.keyHint}
        validationState={draft.error ? "error" : "none"}
        validationMessage={draft.error ? localize(draft.error, language) : undefined}
      >
        <Input
          ref={inputRef}
          type="password"
          value={draft.value}
          autoComplete="off"
          spellCheck={false}
          onChange={(_event, data) => onDraft({ value: data.value, error: null })}
        />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {t.saveKey}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t.cancel}</Button>}
      </div>
    </form>
  );
}
