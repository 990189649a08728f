// Before a first sync, a sync of a changed number, or one of a workbook no person confirmed on this
// computer: the company AdminPulse has for the number, named, and nothing written until the person
// says it is the right client (sync/link.ts says why).

import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { formatEnterpriseNumber } from "../../identifiers/enterprise-number";
import type { CompanyToConfirm } from "../session";
import type { HomeStrings } from "../strings/home";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
  },
  title: { margin: 0 },
  text: { margin: 0 },
  name: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", rowGap: tokens.spacingVerticalS },
});

export function ConfirmLink(props: { request: CompanyToConfirm; t: HomeStrings; onAnswer(confirmed: boolean): void }) {
  const { request, t } = props;
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // The question appears in place of the Sync button: keyboard and screen-reader users start there.
  useEffect(() => heading.current?.focus(), []);
  const number = formatEnterpriseNumber(request.enterpriseNumber);
  const text = request.link.kind === "relinked" ? t.confirmRelinked(formatEnterpriseNumber(request.link.previous), number) : t.confirmFirst(number);
  return (
    <section className={styles.root} aria-labelledby="confirm-link-title" data-testid="confirm-link">
      <h2 id="confirm-link-title" className={styles.title} ref={heading} tabIndex={-1}>
        <Subtitle2>{t.confirmTitle}</Subtitle2>
      </h2>
      <p className={styles.name} data-testid="confirm-company">
        {request.companyName} ({number})
      </p>
      <p className={styles.text}>{text}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => props.onAnswer(true)} data-testid="confirm-link-yes">
          {t.confirmApply}
        </Button>
        <Button onClick={() => props.onAnswer(false)} data-testid="confirm-link-no">
          {t.confirmCancel}
        </Button>
      </div>
    </section>
  );
}
