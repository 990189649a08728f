// The review before overwriting: every imported row whose cells the user edited and AdminPulse
// changed, with both values, and per row: take AdminPulse's values, keep the user's values with
// the row still linked (those cells pinned), or detach the row as manual, said with what it costs.
// Nothing is written until the user applies (or cancels).

import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Language } from "../../i18n/language";
import { labelsFor } from "../../permanent-data/labels";
import type { Resolution } from "../../permanent-data/merge";
import type { Conflict } from "../../sync/sync";
import { formatCellValue } from "../format";
import type { HomeStrings } from "../strings/home";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  title: { margin: 0 },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", rowGap: tokens.spacingVerticalS },
});

export function conflictKey(conflict: Pick<Conflict, "table" | "link">): string {
  return `${conflict.table}:${conflict.link}`;
}

export function ReviewConflicts(props: {
  conflicts: readonly Conflict[];
  language: Language;
  t: HomeStrings;
  onApply(answers: Map<string, Resolution>): void;
  onCancel(): void;
}) {
  const { t, language } = props;
  const styles = useStyles();
  const labels = labelsFor(language);
  const [answers, setAnswers] = useState(() => new Map(props.conflicts.map((c) => [conflictKey(c), "take-adminpulse" as Resolution])));
  const header = (c: Conflict, column: string) => (labels.headers[c.table] as Record<string, string>)[column] ?? column;
  const heading = useRef<HTMLHeadingElement>(null);
  // The review appears in place of the Sync button: keyboard and screen-reader users start there.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className={styles.root} aria-labelledby="review-title" data-testid="review">
      <h2 id="review-title" className={styles.title} ref={heading} tabIndex={-1}>
        <Subtitle2>{t.reviewTitle}</Subtitle2>
      </h2>
      <p>{t.reviewIntro}</p>
      {props.conflicts.map((c) => {
        const key = conflictKey(c);
        return (
          <div key={key} className={styles.row} data-testid="review-row">
            <strong>
              {labels.sections[c.table]} · {c.label}
            </strong>
            <Table size="small" aria-label={c.label}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.reviewColumn}</TableHeaderCell>
                  <TableHeaderCell>{t.reviewSheet}</TableHeaderCell>
                  <TableHeaderCell>{t.reviewAdminPulse}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {c.cells.map((cell) => (
                  <TableRow key={cell.column}>
                    <TableCell>{header(c, cell.column)}</TableCell>
                    <TableCell>{formatCellValue(cell.sheet, language, t.empty)}</TableCell>
                    <TableCell>{formatCellValue(cell.adminPulse, language, t.empty)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Field label={t.reviewChoice(c.label)}>
              <RadioGroup value={answers.get(key)} onChange={(_, data) => setAnswers(new Map(answers).set(key, data.value as Resolution))}>
                <Radio value="take-adminpulse" label={t.reviewTake} />
                <Radio value="keep-mine" label={t.reviewKeepLinked} />
                <Radio value="make-manual" label={t.reviewDetach} />
              </RadioGroup>
            </Field>
          </div>
        );
      })}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => props.onApply(answers)}>
          {t.reviewApply}
        </Button>
        <Button onClick={props.onCancel}>{t.reviewCancel}</Button>
      </div>
    </section>
  );
}
