// What the running or last sync says, in a live region (screen readers announce it): its progress
// with Cancel, then its summary, "nothing written", or its error with the action that helps. An
// automatic sync that changed nothing does not replace the summary shown: it says so under it. When
// a sync started in this pane ends, focus moves to what it says: the button that started it, or
// the question it asked, is gone or disabled by then.

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Language } from "../../i18n/language";
import { describeError } from "../pane-errors";
import type { SyncActivity } from "../session";
import { homeStrings } from "../strings/home";
import { ProgressView } from "./ProgressView";
import { SyncSummaryView } from "./SyncSummaryView";

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  result: { borderRadius: tokens.borderRadiusMedium, outlineOffset: "2px" },
});

interface SyncStatusProps {
  activity: SyncActivity;
  language: Language;
  onCancel(): void;
  onOpenSettings(): void;
  onRetry(): void;
}

const ended = (activity: SyncActivity) => activity.kind === "done" || activity.kind === "failed";

/** An automatic sync (the workbook opened, its sheet activated) that found nothing to change, add or report. */
function quiet(activity: SyncActivity): boolean {
  if (activity.kind !== "done" || activity.outcome.kind !== "synced" || (activity.trigger !== "open" && activity.trigger !== "sheet")) return false;
  const s = activity.outcome.summary;
  return s.added + s.updated + s.removed === 0 && s.conflicts.length === 0 && s.repairs.length === 0;
}

export function SyncStatus({ activity, language, onCancel, onOpenSettings, onRetry }: SyncStatusProps) {
  const styles = useStyles();
  const t = homeStrings(language);
  const result = useRef<HTMLDivElement>(null);
  const previous = useRef(activity);
  // The last ended sync worth showing (React's "state from props" pattern: set while rendering).
  const [shownEnd, setShownEnd] = useState<SyncActivity | null>(null);
  if (ended(activity) && !quiet(activity) && shownEnd !== activity) setShownEnd(activity);
  const keptOver = quiet(activity) && shownEnd !== null;
  const shown = keptOver ? shownEnd : activity;
  useEffect(() => {
    const before = previous.current;
    previous.current = activity;
    if (ended(activity) && !ended(before) && activity.trigger === "pane") result.current?.focus();
  }, [activity]);

  return (
    <div role="status" aria-live="polite" className={styles.region} data-testid="sync-status">
      {activity.kind === "running" && <ProgressView progress={activity.progress} t={t} onCancel={onCancel} />}
      {ended(shown) && (
        <div ref={result} tabIndex={-1} className={styles.result} data-testid="sync-result">
          {shown.kind === "done" && shown.outcome.kind === "synced" && <SyncSummaryView summary={shown.outcome.summary} language={language} t={t} />}
          {shown.kind === "done" && shown.outcome.kind === "not-written" && (
            <MessageBar intent="info" data-testid="not-written">
              <MessageBarBody>{shown.outcome.reason === "link" ? t.notConfirmed : t.notWritten}</MessageBarBody>
            </MessageBar>
          )}
          {shown.kind === "failed" && <SyncError error={shown.error} language={language} onOpenSettings={onOpenSettings} onRetry={onRetry} />}
          {keptOver && <p data-testid="quiet-sync">{t.quietAutoSync}</p>}
        </div>
      )}
    </div>
  );
}

function SyncError(props: { error: unknown; language: Language; onOpenSettings(): void; onRetry(): void }) {
  const t = homeStrings(props.language);
  const error = describeError(props.error, props.language);
  return (
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
            <Button size="small" onClick={props.onRetry}>
              {t.retry}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
