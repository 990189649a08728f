// The first screen: the linked company (or, for a new file, the number to link it to), the Sync
// button, the progress of a running sync with Cancel, the review of edited cells, and the summary
// or the error, in plain words with the action that helps.

import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState } from "react";
import type { Language } from "../../i18n/language";
import { formatEnterpriseNumber } from "../../identifiers/enterprise-number";
import type { Resolution } from "../../permanent-data/merge";
import { expiryReminder } from "../../settings/settings";
import { syncErrors } from "../../sync/errors";
import type { FindingView } from "../../sync/annotations";
import type { Conflict } from "../../sync/sync";
import { CompanySearchBox } from "../components/CompanySearchBox";
import { ConfirmLink, type LinkToConfirm } from "../components/ConfirmLink";
import { FindingsList } from "../components/FindingsList";
import { EnterpriseNumberField, numberValidity } from "../components/EnterpriseNumberField";
import { LinkedCompanyCard } from "../components/LinkedCompanyCard";
import { ReviewConflicts } from "../components/ReviewConflicts";
import { SyncProgress } from "../components/SyncProgress";
import { SyncSummaryView } from "../components/SyncSummaryView";
import { formatLongDate } from "../format";
import { type PaneErrorView, describeError } from "../pane-errors";
import type { PaneLinkedCompany, Session, SyncActivity } from "../session";
import { fill, homeStrings } from "../strings/home";

/** The review the pane itself asked for: the conflicts, and how to answer. */
interface Review {
  conflicts: Conflict[];
  answer(answers: Map<string, Resolution> | null): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  title: { margin: 0 },
});

export function HomeView(props: { session: Session; language: Language; onOpenSettings(): void }) {
  const { session, language } = props;
  const t = homeStrings(language);
  const styles = useStyles();
  const [linked, setLinked] = useState<PaneLinkedCompany | null | undefined>(undefined);
  const [confirm, setConfirm] = useState<{ request: LinkToConfirm; answer(confirmed: boolean): void } | null>(null);
  const [number, setNumber] = useState("");
  const [activity, setActivity] = useState<SyncActivity>(session.activity);
  const [review, setReview] = useState<Review | null>(null);
  const [findings, setFindings] = useState<FindingView[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<PaneErrorView | null>(null);
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
    // Syncs started anywhere (this pane, the ribbon, opening the file, the sheet) show here.
    const offActivity = session.onActivity((next) => {
      setActivity(next);
      if (next.kind === "done" && next.outcome.kind === "synced") setFindings(next.outcome.summary.findings);
      if (next.kind === "done" || next.kind === "failed") void refreshLinked();
    });
    // The key's expiry date and the language live in the settings: follow them.
    const offSettings = session.settings.subscribe(() => rerender((n) => n + 1));
    return () => {
      offActivity();
      offSettings();
    };
  }, [refreshLinked, session]);

  const running = activity.kind === "running" || activity.kind === "reviewing" || activity.kind === "confirming";
  // A link that is not where the add-in put it links nothing: the number must be typed again.
  const misdirected = linked?.link.kind === "misdirected" ? linked.link : null;
  const usable = linked && !misdirected ? linked : null;
  const canSync = !running && (Boolean(usable) || numberValidity(number) === "valid" || numberValidity(number) === "check-digits");

  const startSync = async () => {
    if (!canSync) return;
    try {
      const outcome = await session.sync({
        trigger: "pane",
        mode: "manual",
        enterpriseNumber: usable ? undefined : number,
        confirmLink: (prepared) =>
          new Promise((resolve) =>
            setConfirm({
              request: { link: prepared.link, companyName: prepared.summary.companyName, enterpriseNumber: prepared.summary.enterpriseNumber },
              answer: (confirmed) => {
                setConfirm(null);
                resolve(confirmed);
              },
            }),
          ),
        review: (prepared) =>
          new Promise((resolve) =>
            setReview({
              conflicts: prepared.summary.conflicts,
              answer: (answers) => {
                setReview(null);
                resolve(answers);
              },
            }),
          ),
      });
      if (outcome.kind === "synced") setNumber("");
    } catch {
      // Shown from the session's activity.
    }
  };

  const error: PaneErrorView | null = activity.kind === "failed" ? describeError(activity.error, language) : null;

  const runChecks = async () => {
    setChecking(true);
    setCheckError(null);
    try {
      setFindings(await session.runChecks());
    } catch (failure) {
      setCheckError(describeError(failure, language));
    } finally {
      setChecking(false);
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

      {usable && <LinkedCompanyCard company={usable} language={language} t={t} />}
      {usable && !usable.confirmed && (
        <MessageBar intent="info" layout="multiline" data-testid="link-to-confirm">
          <MessageBarBody>
            {usable.link.kind === "relinked" ? fill(t.linkRelinked, { previous: formatEnterpriseNumber(usable.link.previous) }) : t.linkToConfirm}
          </MessageBarBody>
        </MessageBar>
      )}
      {misdirected && (
        <MessageBar intent="warning" layout="multiline" data-testid="link-invalid">
          <MessageBarBody>
            <MessageBarTitle>{t.linkInvalidTitle}</MessageBarTitle>
            {syncErrors.linkMisdirected(misdirected.reason).userMessage[language]}
          </MessageBarBody>
        </MessageBar>
      )}
      {usable ? null : linked !== undefined ? (
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

      {confirm && <ConfirmLink request={confirm.request} t={t} onAnswer={(confirmed) => confirm.answer(confirmed)} />}

      {!review && !confirm && (
        <Button appearance="primary" icon={<ArrowSyncRegular />} disabled={!canSync} onClick={() => void startSync()} data-testid="sync">
          {t.sync}
        </Button>
      )}

      <div role="status" aria-live="polite" className={styles.section}>
        {activity.kind === "running" && <SyncProgress progress={activity.progress} t={t} onCancel={() => session.cancel()} />}
        {activity.kind === "done" && activity.outcome.kind === "synced" && <SyncSummaryView summary={activity.outcome.summary} language={language} t={t} />}
        {activity.kind === "done" && activity.outcome.kind === "not-written" && (
          <MessageBar intent="info">
            <MessageBarBody>{activity.outcome.reason === "link" ? t.notConfirmed : t.notWritten}</MessageBarBody>
          </MessageBar>
        )}
        {error && (
          <MessageBar intent={error.cancelled ? "info" : "error"} layout="multiline" data-testid="sync-error">
            <MessageBarBody>
              <MessageBarTitle>{error.title}</MessageBarTitle>
              {error.message}
            </MessageBarBody>
            {error.action && (
              <MessageBarActions>
                {error.action === "settings" ? (
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

      {usable && !review && !confirm && (findings || activity.kind !== "running") && (
        <>
          {checkError && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{checkError.title}</MessageBarTitle>
                {checkError.message}
              </MessageBarBody>
            </MessageBar>
          )}
          {findings ? (
            <FindingsList findings={findings} language={language} busy={checking || running} onRunChecks={() => void runChecks()} onSelect={(cell) => void session.selectCell(cell)} />
          ) : (
            <Button onClick={() => void runChecks()} disabled={checking || running} data-testid="run-checks">
              {t.runChecks}
            </Button>
          )}
        </>
      )}

      {review && <ReviewConflicts conflicts={review.conflicts} language={language} t={t} onApply={(answers) => review.answer(answers)} onCancel={() => review.answer(null)} />}
    </div>
  );
}
