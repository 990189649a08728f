// What the extended checks found in the permanent data: the counts per severity, then the
// findings grouped by severity (errors first, notes folded away), each with its check id and its
// message in the pane's language. A finding that points at a cell is a button that takes the user
// there. Severity is always said in words (group titles, list names), never by colour alone.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ErrorCircleRegular, InfoRegular, LocationRegular, WarningRegular } from "@fluentui/react-icons";
import type { JSX } from "react";
import type { FindingView } from "../../workbook/port";
import type { Language } from "../../i18n/language";
import { localize } from "../../i18n/typography";
import { formatNumber } from "../format";
import { type FindingsStrings, findingsStrings } from "../strings/findings";

export type { FindingView } from "../../workbook/port";
export type FindingSeverity = FindingView["severity"];
export type FindingCell = NonNullable<FindingView["cell"]>;

const SEVERITIES: readonly FindingSeverity[] = ["error", "warning", "info"];

const GROUP: Record<
  FindingSeverity,
  { label: "groupError" | "groupWarning" | "groupInfo"; count: "countError" | "countWarning" | "countInfo"; Icon: typeof ErrorCircleRegular }
> = {
  error: { label: "groupError", count: "countError", Icon: ErrorCircleRegular },
  warning: { label: "groupWarning", count: "countWarning", Icon: WarningRegular },
  info: { label: "groupInfo", count: "countInfo", Icon: InfoRegular },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalS,
  },
  title: { margin: 0 },
  counts: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  item: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
  },
  // A subtle Fluent button, laid out as a list row: full width, text wrapping, left aligned.
  action: { justifyContent: "flex-start", maxWidth: "none", minWidth: 0, height: "auto", fontWeight: tokens.fontWeightRegular },
  icon: { flexShrink: 0, fontSize: "20px", marginTop: "1px" },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  text: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  id: { fontWeight: tokens.fontWeightSemibold },
  address: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS, color: tokens.colorBrandForeground1 },
});

/** "Permanent data!F2": the sheet and the address, as the user reads them. */
export function cellAddress(cell: FindingCell): string {
  return `${cell.sheet}!${cell.address}`;
}

export function FindingsList(props: {
  findings: readonly FindingView[];
  language: Language;
  onSelect(cell: FindingCell): void;
  busy?: boolean;
  onRunChecks?(): void;
}): JSX.Element {
  const { findings, language, busy = false, onRunChecks, onSelect } = props;
  const t = findingsStrings(language);
  const styles = useStyles();
  const base = useId("findings");
  const titleId = `${base}-title`;
  const groups = SEVERITIES.map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) }));
  const counts = groups.map((g) => t[GROUP[g.severity].count](g.items.length)).join(" · ");

  return (
    <section className={styles.root} aria-labelledby={titleId} aria-busy={busy || undefined} data-testid="findings">
      <div className={styles.header}>
        <Subtitle2 as="h2" id={titleId} className={styles.title}>
          {t.title}
        </Subtitle2>
        {onRunChecks && (
          <Button appearance="secondary" disabledFocusable={busy} onClick={() => onRunChecks()}>
            {t.runChecks}
          </Button>
        )}
      </div>
      {findings.length === 0 ? (
        <MessageBar intent="success" data-testid="findings-none">
          <MessageBarBody>{t.noFindings}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Body1 as="p" role="status" className={styles.counts} data-testid="findings-counts">
            {counts}
          </Body1>
          <Accordion multiple collapsible defaultOpenItems={["error", "warning"]}>
            {groups
              .filter((g) => g.items.length > 0)
              .map(({ severity, items }) => {
                const { label, Icon } = GROUP[severity];
                const name = t[label];
                return (
                  <AccordionItem key={severity} value={severity} data-testid={`findings-${severity}`}>
                    <AccordionHeader as="h3" icon={<Icon className={styles[severity]} />}>
                      {name} ({formatNumber(items.length, language)})
                    </AccordionHeader>
                    <AccordionPanel>
                      {/* role="list": a list without bullets keeps its semantics in every browser. */}
                      <ul role="list" aria-label={name} className={styles.list}>
                        {items.map((finding, index) => (
                          <li key={`${finding.id}-${index}`}>
                            <FindingItem finding={finding} language={language} t={t} describedBy={`${base}-${severity}-${index}`} onSelect={onSelect} />
                          </li>
                        ))}
                      </ul>
                    </AccordionPanel>
                  </AccordionItem>
                );
              })}
          </Accordion>
        </>
      )}
    </section>
  );
}

function FindingItem(props: { finding: FindingView; language: Language; t: FindingsStrings; describedBy: string; onSelect(cell: FindingCell): void }) {
  const { finding, language, t, describedBy } = props;
  const styles = useStyles();
  const { Icon } = GROUP[finding.severity];
  const { cell } = finding;
  // Where, in words ("Role of Claire Fontaine (Directors)"); the sheet's address only as a fallback and a tooltip.
  const where = finding.where ? localize(finding.where, language) : cell ? cellAddress(cell) : null;
  const content = (
    <>
      <Icon className={mergeClasses(styles.icon, styles[finding.severity])} />
      <span className={styles.text}>
        <span className={styles.id}>{finding.id}</span>
        <span id={describedBy}>{localize(finding.message, language)}</span>
        {cell && (
          <span className={styles.address} title={cellAddress(cell)}>
            <LocationRegular aria-hidden />
            {where}
          </span>
        )}
      </span>
    </>
  );
  if (!cell) {
    return (
      <div className={styles.item} data-testid="finding">
        {content}
      </div>
    );
  }
  // The name says which check and where it leads; the message is the description.
  return (
    <Button
      appearance="subtle"
      className={mergeClasses(styles.item, styles.action)}
      aria-label={t.goToCell(finding.id, `${where}, ${cellAddress(cell)}`)}
      aria-describedby={describedBy}
      data-testid="finding"
      onClick={() => props.onSelect(cell)}
    >
      {content}
    </Button>
  );
}
