// The checks on the first screen: Run checks, or the findings of the last sync or run, and what
// went wrong when a run failed.

import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Language } from "../../i18n/language";
import { describeError } from "../pane-errors";
import { homeStrings } from "../strings/home";
import { type ChecksState, findingsOf } from "../workbook-view";
import { type FindingCell, FindingsList } from "./FindingsList";

export function ChecksSection(props: { checks: ChecksState; language: Language; busy: boolean; onRunChecks(): void; onSelect(cell: FindingCell): void }) {
  const { checks, language } = props;
  const t = homeStrings(language);
  const findings = findingsOf(checks);
  const busy = checks.kind === "running" || props.busy;
  const error = checks.kind === "failed" ? describeError(checks.error, language) : null;
  return (
    <>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {findings ? (
        <FindingsList findings={findings} language={language} busy={busy} onRunChecks={props.onRunChecks} onSelect={props.onSelect} />
      ) : (
        <Button onClick={props.onRunChecks} disabled={busy} data-testid="run-checks">
          {t.runChecks}
        </Button>
      )}
    </>
  );
}
