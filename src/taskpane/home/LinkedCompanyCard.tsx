// The company this workbook is linked to, as its own identification table says.

import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../i18n/language";
import { typeset } from "../../i18n/typography";
import type { LinkedCompany } from "../../sync/linked-company";
import { formatCalendar } from "../format";
import type { HomeStrings } from "../strings/home";

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  name: { margin: 0, overflowWrap: "anywhere" },
  grid: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0 },
  recent: { marginTop: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function LinkedCompanyCard(props: { company: LinkedCompany; language: Language; t: HomeStrings }) {
  const { company, t } = props;
  const styles = useStyles();
  return (
    <section className={styles.card} aria-label={t.linkedTitle} data-testid="linked-company">
      <Subtitle2 as="h2" className={styles.name}>
        {company.name ?? company.enterpriseNumber}
      </Subtitle2>
      <dl className={styles.grid}>
        <dt className={styles.term}>{t.enterpriseNumber}</dt>
        <dd className={styles.detail} data-testid="linked-number">
          {company.enterpriseNumber}
        </dd>
        {company.legalForm && (
          <>
            <dt className={styles.term}>{t.legalForm}</dt>
            <dd className={styles.detail}>{company.legalForm}</dd>
          </>
        )}
        <dt className={styles.term}>{t.lastSync}</dt>
        <dd className={styles.detail}>{company.lastSync ? formatCalendar(company.lastSync, props.language) : t.neverSynced}</dd>
      </dl>
      {company.recentSyncs.length > 0 && (
        <details className={styles.recent}>
          <summary>{t.recentSyncs}</summary>
          <ul className={styles.list} data-testid="recent-syncs">
            {company.recentSyncs.map((s, i) => (
              <li key={i}>
                <span className={styles.term}>{s.when ? formatCalendar(s.when, props.language) : "—"}</span> {typeset(s.result, props.language)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
