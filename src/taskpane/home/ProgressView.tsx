// Where a running sync is: the step in words, a bar (determinate when the step has counts), Cancel.

import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { SyncProgress } from "../../sync/sync";
import type { HomeStrings } from "../strings/home";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function stepText(progress: SyncProgress, t: HomeStrings): string {
  switch (progress.step) {
    case "reading":
      return t.stepReading;
    case "lookup":
      return t.stepLookup;
    case "scan":
      return t.stepScan(progress.done, progress.total);
    case "company":
      return t.stepCompany;
    case "related":
      return t.stepRelated(progress.done, progress.total);
    case "writing":
      return t.stepWriting;
    case "done":
      return t.stepDone;
  }
}

export function ProgressView(props: { progress: SyncProgress; t: HomeStrings; onCancel(): void }) {
  const styles = useStyles();
  const { progress, t } = props;
  const counted = (progress.step === "related" || progress.step === "scan") && progress.total;
  const writing = progress.step === "writing" || progress.step === "done";
  return (
    <div className={styles.root} data-testid="sync-progress" data-step={progress.step}>
      <Field validationMessage={stepText(progress, t)} validationState="none">
        <ProgressBar aria-label={t.progressLabel} value={counted ? progress.done / (progress.total ?? 1) : undefined} thickness="large" />
      </Field>
      {/* Once the write has started it cannot be taken back half-way: it completes. */}
      <Button onClick={props.onCancel} disabled={writing}>
        {t.cancel}
      </Button>
    </div>
  );
}
