// What a sync did, in numbers an accountant can check, and the notes that need a look.

import { Body1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../i18n/language";
import type { SyncSummary } from "../../sync/sync";
import { formatNumber } from "../format";
import type { HomeStrings } from "../strings/home";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  value: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  notes: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
});

export function SyncSummaryView(props: { summary: SyncSummary; language: Language; t: HomeStrings }) {
  const { summary, t, language } = props;
  const styles = useStyles();
  const leftAlone = summary.conflicts.filter((c) => c.outcome === "left-alone").length;
  const unknown = Object.values(summary.unknownLinkTypes).reduce((n, c) => n + c, 0);
  const rows: [string, number, string][] = [
    [t.summaryAdded, summary.added, "added"],
    [t.summaryUpdated, summary.updated, "updated"],
    [t.summaryRemoved, summary.removed, "removed"],
    [t.summaryKeptManual, summary.keptManual, "kept-manual"],
    [t.summaryConflicts, leftAlone, "conflicts"],
    [t.summaryDuplicates, summary.duplicates, "duplicates"],
  ];
  const notes = [
    summary.keptEdited > 0 ? t.summaryKeptEdited(summary.keptEdited) : null,
    summary.missingRelations > 0 ? t.summaryMissing(summary.missingRelations) : null,
    unknown > 0 ? t.summaryUnknown(unknown) : null,
    leftAlone > 0 ? t.summaryLeftAlone(leftAlone) : null,
    ...summary.repairs.map((r) =>
      r.kind === "column-restored"
        ? t.summaryColumnRestored(r.table, r.column)
        : r.kind === "column-missing"
          ? t.summaryColumnMissing(r.table, r.column)
          : t.summaryTableCreatedAgain(r.table, r.cell),
    ),
  ].filter((n): n is string => n !== null);
  return (
    <MessageBar intent={notes.length > 0 ? "warning" : "success"} layout="multiline" data-testid="sync-summary">
      <MessageBarBody>
        <MessageBarTitle>{t.summaryTitle(summary.companyName)}</MessageBarTitle>
        <dl className={styles.grid}>
          {rows.map(([label, value, id]) => (
            <div key={id} style={{ display: "contents" }}>
              <dt>{label}</dt>
              <dd className={styles.value} data-testid={`summary-${id}`}>
                {formatNumber(value, language)}
              </dd>
            </div>
          ))}
        </dl>
        <Body1>{t.summaryDuration(summary.durationMs / 1000)}</Body1>
        {notes.length > 0 && (
          <div className={styles.notes}>
            {notes.map((n) => (
              <Body1 key={n}>{n}</Body1>
            ))}
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
