// The first screen: the linked company (or, for a new file, the number to link it to), the Sync
// button, the progress of a running sync with Cancel, the review of edited cells, and the summary
// or the error, in plain words with the action that helps.

import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Language } from "../../i18n/language";
import { formatEnterpriseNumber } from "../../identifiers/enterprise-number";
import type { Resolution } from "../../permanent-data/merge";
import { expiryReminder } from "../../settings/settings";
import type { LinkedCompany } from "../../sync/linked-company";
import type { Conflict, SyncProgress as Progress, SyncSummary } from "../../sync/sync";
import { CompanySearchBox } from "../components/CompanySearchBox";
import { EnterpriseNumberField, numberValidity } from "../components/EnterpriseNumberField";
import { LinkedCompanyCard } from "../components/LinkedCompanyCard";
import { ReviewConflicts } from "../components/ReviewConflicts";
import { SyncProgress } from "../components/SyncProgress";
import { SyncSummaryView } from "../components/SyncSummaryView";
import { formatLongDate } from "../format";
import { type PaneErrorView, describeError } from "../pane-errors";
import type { Session } from "../session";
import { fill, homeStrings } from "../strings/home";

type Phase =
  | { kind: "idle" }
  | { kind: "running"; progress: Progress }
  | { kind: "review"; conflicts: Conflict[]; answer(answers: Map<string, Resolution> | null): void }
  | { kind: "done"; summary: SyncSummary }
  | { kind: "not-written" }
  | { kind: "failed"; error: PaneErrorView };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  title: { margin: 0 },
});

export function HomeView(props: { session: Session; language: Language; onOpenSettings(): void }) {
  const { session, language } = props;
  const t = homeStrings(language);
  const styles = useStyles();
  const [linked, setLinked] = useState<LinkedCompany | null | undefined>(undefined);
  const [number, setNumber] = useState("");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  const [, rerender] = useState(0);

  const refreshLinked = useCallback(async () => {
    try {
      setLinked(await session.linkedCompany());
    } catch {
      setLinked(null); // the pane still works: a sync reads the workbook again and reports what fails
    }
  }, [session]);

  useEffect(() => {
    void refreshLinked();
    // The key's expiry date and the language live in the settings: follow them.
    return session.settings.subscribe(() => rerender((n) => n + 1));
  }, [refreshLinked, session]);

  const running = phase.kind === "running" || phase.kind === "review";
  const canSync = !running && (Boolean(linked) || numberValidity(number) === "valid" || numberValidity(number) === "check-digits");

  const startSync = async () => {
    if (!canSync) return;
    const abort = new AbortController();
    controller.current = abort;
    setPhase({ kind: "running", progress: { step: "reading", done: 0, total: 1 } });
    try {
      const outcome = await session.sync({
        mode: "manual",
        enterpriseNumber: linked ? undefined : number,
        signal: abort.signal,
        onProgress: (progress) => setPhase({ kind: "running", progress }),
        review: (prepared) =>
          new Promise((resolve) =>
            setPhase({
              kind: "review",
              conflicts: prepared.summary.conflicts,
              answer: (answers) => {
                if (answers) setPhase({ kind: "running", progress: { step: "writing", done: 0, total: 1 } });
                resolve(answers);
              },
            }),
          ),
      });
      setPhase(outcome.kind === "synced" ? { kind: "done", summary: outcome.summary } : { kind: "not-written" });
      if (outcome.kind === "synced") setNumber("");
      await refreshLinked();
    } catch (error) {
      setPhase({ kind: "failed", error: describeError(error, language) });
    } finally {
      controller.current = null;
    }
  };

  const settings = session.settings.settings();
  const reminder = expiryReminder(settings.tokenExpiry, new Date());

  return (
    <div className={styles.root}>
      {(reminder.state === "soon" || reminder.state === "expired") && settings.tokenExpiry && (
        <MessageBar intent={reminder.state === "expired" ? "error" : "warning"} layout="multiline" data-testid="expiry-reminder">
          <MessageBarBody>{fill(reminder.state === "expired" ? t.expired : t.expirySoon, { date: formatLongDate(settings.tokenExpiry, language) })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onOpenSettings}>
              {t.openSettings}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {linked ? (
        <LinkedCompanyCard company={linked} language={language} t={t} />
      ) : linked === null ? (
        <section className={styles.section} aria-labelledby="link-title">
          <Subtitle2 as="h2" id="link-title" className={styles.title}>
            {t.newFileTitle}
          </Subtitle2>
          <Body1>{t.newFileIntro}</Body1>
          <EnterpriseNumberField value={number} onChange={setNumber} onSubmit={() => void startSync()} t={t} disabled={running} />
          <CompanySearchBox
            session={session}
            language={language}
            t={t}
            disabled={running}
            onPick={(match) => match.enterpriseNumber && setNumber(formatEnterpriseNumber(match.enterpriseNumber))}
          />
        </section>
      ) : null}

      {phase.kind !== "review" && (
        <Button appearance="primary" icon={<ArrowSyncRegular />} disabled={!canSync} onClick={() => void startSync()} data-testid="sync">
          {t.sync}
        </Button>
      )}

      <div role="status" aria-live="polite" className={styles.section}>
        {phase.kind === "running" && <SyncProgress progress={phase.progress} t={t} onCancel={() => controller.current?.abort()} />}
        {phase.kind === "done" && <SyncSummaryView summary={phase.summary} language={language} t={t} />}
        {phase.kind === "not-written" && (
          <MessageBar intent="info">
            <MessageBarBody>{t.notWritten}</MessageBarBody>
          </MessageBar>
        )}
        {phase.kind === "failed" && (
          <MessageBar intent={phase.error.cancelled ? "info" : "error"} layout="multiline" data-testid="sync-error">
            <MessageBarBody>
              <MessageBarTitle>{phase.error.title}</MessageBarTitle>
              {phase.error.message}
            </MessageBarBody>
            {phase.error.action && (
              <MessageBarActions>
                {phase.error.action === "settings" ? (
                  <Button size="small" onClick={props.onOpenSettings}>
                    {t.openSettings}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => void startSync()}>
                    {t.retry}
                  </Button>
                )}
              </MessageBarActions>
            )}
          </MessageBar>
        )}
      </div>

      {phase.kind === "review" && (
        <ReviewConflicts conflicts={phase.conflicts} language={language} t={t} onApply={(answers) => phase.answer(answers)} onCancel={() => phase.answer(null)} />
      )}
    </div>
  );
}
