// The first screen: the linked company (or, for a new file, the number to link it to), the Sync
// button, the question a sync asks (the company to confirm, the edited cells to review), the sync's
// progress and its summary or error, and the checks. What a sync is doing is the session's
// activity, one typed state read with useStore; the workbook as the pane knows it (its company, the
// findings) is the WorkbookView store; this view keeps only the number being typed.

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Language } from "../../i18n/language";
import type { Session, SyncActivity } from "../session";
import { homeStrings } from "../strings/home";
import { useStore } from "../use-store";
import { type WorkbookView, findingsOf } from "../workbook-view";
import { ChecksSection } from "./ChecksSection";
import { ConfirmLink } from "./ConfirmLink";
import { numberValidity } from "./EnterpriseNumberField";
import { ExpiryReminder } from "./ExpiryReminder";
import { ReviewConflicts } from "./ReviewConflicts";
import { SyncStatus } from "./SyncStatus";
import { WorkbookLink, usableLink } from "./WorkbookLink";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export interface HomeViewProps {
  session: Session;
  workbook: WorkbookView;
  language: Language;
  onOpenSettings(): void;
}

/** Whether a sync is under way, its questions included. */
export function syncing(activity: SyncActivity): boolean {
  return activity.kind === "running" || activity.kind === "confirming" || activity.kind === "reviewing";
}

export function HomeView({ session, workbook, language, onOpenSettings }: HomeViewProps) {
  const t = homeStrings(language);
  const styles = useStyles();
  const activity = useStore(session, (s) => s.activity);
  const { linked, checks } = useStore(workbook, (w) => w.getSnapshot());
  const [number, setNumber] = useState("");

  const running = syncing(activity);
  const usable = usableLink(linked);
  const validity = numberValidity(number);
  const canSync = !running && (usable !== null || validity === "valid" || validity === "check-digits");
  const asking = activity.kind === "confirming" || activity.kind === "reviewing";

  const startSync = async () => {
    if (!canSync) return;
    try {
      // The pane answers the sync's questions: they come back as the activity, shown below.
      const outcome = await session.sync({ trigger: "pane", startedBy: "person", ask: true, enterpriseNumber: usable ? undefined : number });
      if (outcome.kind === "synced") setNumber("");
    } catch {
      // Shown from the session's activity.
    }
  };

  return (
    <div className={styles.root}>
      <ExpiryReminder settings={session.settings} language={language} onOpenSettings={onOpenSettings} />
      <WorkbookLink
        session={session}
        linked={linked}
        language={language}
        number={number}
        onNumber={setNumber}
        onSubmit={() => void startSync()}
        disabled={running}
      />
      {activity.kind === "confirming" && <ConfirmLink request={activity.company} t={t} onAnswer={activity.answer} />}
      {!asking && (
        <Button appearance="primary" icon={<ArrowSyncRegular />} disabled={!canSync} onClick={() => void startSync()} data-testid="sync">
          {t.sync}
        </Button>
      )}
      <SyncStatus activity={activity} language={language} onCancel={() => session.cancel()} onOpenSettings={onOpenSettings} onRetry={() => void startSync()} />
      {usable && !asking && (findingsOf(checks) !== null || activity.kind !== "running") && (
        <ChecksSection
          checks={checks}
          language={language}
          busy={running}
          onRunChecks={() => void workbook.runChecks()}
          onSelect={(cell) => void session.selectCell(cell)}
        />
      )}
      {activity.kind === "reviewing" && (
        <ReviewConflicts
          conflicts={activity.conflicts}
          language={language}
          t={t}
          onApply={(answers) => activity.answer(answers)}
          onCancel={() => activity.answer(null)}
        />
      )}
    </div>
  );
}
