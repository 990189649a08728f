// "Test connection": the saved address only (a typed one must be applied first, and forgets the
// key), with the key being typed when there is one, else the saved key. The result in a live
// region; a test still running when the view closes is aborted. A working key's test also says
// whether AdminPulse answers as the add-in expects (a small probe, src/probe/), with the report to
// copy for support. This component calls no fetch: the test goes through the `testConnection` prop.

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { LANGUAGES, type Language, type Localized } from "../../i18n/language";
import { localize } from "../../i18n/typography";
import type { ProbeReport } from "../../probe/report";
import { differenceLines, verdictText } from "../../probe/summary";
import { type Settings, type SettingsStore, SettingsValidationError, checkApiBaseUrl, checkToken } from "../../settings/settings";
import { type SettingsStrings, settingsStrings } from "../strings/settings";
import type { Draft } from "./drafts";
import { useSettingsStyles } from "./layout";

export type TestConnection = (apiBaseUrl: string, token: string, signal: AbortSignal) => Promise<{ relationCount: number; probe: ProbeReport | null }>;

type TestResult =
  | { kind: "running" }
  | { kind: "success"; relationCount: number; probe: ProbeReport | null }
  | { kind: "error"; message: Localized | null }
  | { kind: "no-key" };

export interface ConnectionTestProps {
  store: SettingsStore;
  settings: Settings;
  language: Language;
  /** The key being typed ("" when none). */
  keyDraft: string;
  onKeyError(error: Localized): void;
  /** The address being typed. */
  address: Draft;
  onAddressError(error: Localized): void;
  testConnection: TestConnection;
}

export function ConnectionTest({ store, settings, language, keyDraft, onKeyError, address, onAddressError, testConnection }: ConnectionTestProps) {
  const t = settingsStrings(language);
  const styles = useSettingsStyles();
  const [result, setResult] = useState<TestResult | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const run = async () => {
    const typed = checkApiBaseUrl(address.value);
    if (!typed.ok || typed.value !== settings.apiBaseUrl) {
      onAddressError((typed.ok ? new SettingsValidationError("apiBaseUrl", "url-not-applied") : typed.error).userMessage);
      return;
    }
    let token = store.token();
    if (keyDraft.trim() !== "") {
      const checked = checkToken(keyDraft);
      if (!checked.ok) return onKeyError(checked.error.userMessage);
      token = checked.value;
    }
    if (token === null) return setResult({ kind: "no-key" });
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setResult({ kind: "running" });
    try {
      const { relationCount, probe } = await testConnection(settings.apiBaseUrl, token, controller.signal);
      if (!controller.signal.aborted) setResult({ kind: "success", relationCount, probe });
    } catch (error) {
      if (!controller.signal.aborted) setResult({ kind: "error", message: localizedOf(error) });
    } finally {
      if (running.current === controller) running.current = null;
    }
  };

  return (
    <>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void run()} disabled={result?.kind === "running"}>
          {t.testConnection}
        </Button>
      </div>
      <div role="status" aria-live="polite" data-testid="test-result">
        <TestOutcome result={result} t={t} language={language} />
      </div>
    </>
  );
}

/** An error's own message for users, when it has one in every language. */
function localizedOf(error: unknown): Localized | null {
  if (typeof error !== "object" || error === null || !("userMessage" in error)) return null;
  const message = (error as { userMessage?: unknown }).userMessage;
  if (typeof message !== "object" || message === null) return null;
  const record = message as Record<string, unknown>;
  return LANGUAGES.every((language) => typeof record[language] === "string") ? (record as Localized) : null;
}

function TestOutcome({ result, t, language }: { result: TestResult | null; t: SettingsStrings; language: Language }) {
  if (result === null) return null;
  switch (result.kind) {
    case "running":
      return <Spinner size="tiny" labelPosition="after" label={t.testRunning} />;
    case "success":
      return (
        <>
          <Outcome intent="success" text={t.testSuccess(result.relationCount)} />
          {result.probe && <ProbeOutcome report={result.probe} t={t} language={language} />}
        </>
      );
    case "no-key":
      return <Outcome intent="warning" text={t.testNoKey} />;
    case "error":
      return <Outcome intent="error" text={result.message ? localize(result.message, language) : t.testFailed} />;
  }
}

/** Whether AdminPulse answers as the add-in expects; what differs; the report (names, counts, patterns: no personal data) to copy. */
function ProbeOutcome({ report, t, language }: { report: ProbeReport; t: SettingsStrings; language: Language }) {
  const [copied, setCopied] = useState(false);
  const lines = differenceLines(report, language);
  const copy = async () => {
    await navigator.clipboard.writeText(`${JSON.stringify(report, null, 2)}\n`);
    setCopied(true);
  };
  return (
    <MessageBar intent={report.verdict === "differences" ? "warning" : "info"} layout="multiline" data-testid="probe-result">
      <MessageBarBody>
        <MessageBarTitle>{verdictText(report, language)}</MessageBarTitle>
        {lines.length > 0 && (
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {copied && <p>{t.reportCopied}</p>}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => void copy().catch(() => setCopied(false))}>
          {t.copyReport}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function Outcome({ intent, text }: { intent: "success" | "warning" | "error"; text: string }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
