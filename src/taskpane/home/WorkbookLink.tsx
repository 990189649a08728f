// What the workbook is linked to: the company (and whether a person here confirmed it), a link
// that is not where the add-in put it, or, for a workbook not linked yet, the number to link it to
// (typed, or found by name in AdminPulse).

import { Body1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../i18n/language";
import { localize } from "../../i18n/typography";
import { formatEnterpriseNumber } from "../../identifiers/enterprise-number";
import { syncErrors } from "../../sync/errors";
import type { PaneLinkedCompany, Session } from "../session";
import { homeStrings } from "../strings/home";
import { CompanySearchBox } from "./CompanySearchBox";
import { EnterpriseNumberField } from "./EnterpriseNumberField";
import { LinkedCompanyCard } from "./LinkedCompanyCard";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  title: { margin: 0 },
});

/** The linked company a sync may go on with: a link that is not where the add-in put it links nothing. */
export function usableLink(linked: PaneLinkedCompany | null | undefined): PaneLinkedCompany | null {
  return linked && linked.link.kind !== "misdirected" ? linked : null;
}

interface WorkbookLinkProps {
  session: Session;
  /** undefined until the workbook was read. */
  linked: PaneLinkedCompany | null | undefined;
  language: Language;
  number: string;
  onNumber(number: string): void;
  onSubmit(): void;
  disabled: boolean;
}

export function WorkbookLink(props: WorkbookLinkProps) {
  const { linked, language } = props;
  const t = homeStrings(language);
  const usable = usableLink(linked);
  const misdirected = linked?.link.kind === "misdirected" ? linked.link : null;
  return (
    <>
      {usable && <LinkedCompanyCard company={usable} language={language} t={t} />}
      {usable && !usable.confirmed && (
        <MessageBar intent="info" layout="multiline" data-testid="link-to-confirm">
          <MessageBarBody>{usable.link.kind === "relinked" ? t.linkRelinked(formatEnterpriseNumber(usable.link.previous)) : t.linkToConfirm}</MessageBarBody>
        </MessageBar>
      )}
      {misdirected && (
        <MessageBar intent="warning" layout="multiline" data-testid="link-invalid">
          <MessageBarBody>
            <MessageBarTitle>{t.linkInvalidTitle}</MessageBarTitle>
            {localize(syncErrors.linkMisdirected(misdirected.reason).userMessage, language)}
          </MessageBarBody>
        </MessageBar>
      )}
      {!usable && linked !== undefined && <NewWorkbook {...props} />}
    </>
  );
}

/** A workbook not linked yet: the enterprise number, typed or found by name. */
function NewWorkbook({ session, language, number, onNumber, onSubmit, disabled }: WorkbookLinkProps) {
  const t = homeStrings(language);
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="link-title">
      <Subtitle2 as="h2" id="link-title" className={styles.title}>
        {t.newFileTitle}
      </Subtitle2>
      <Body1>{t.newFileIntro}</Body1>
      <EnterpriseNumberField value={number} onChange={onNumber} onSubmit={onSubmit} t={t} disabled={disabled} />
      <CompanySearchBox
        session={session}
        language={language}
        t={t}
        disabled={disabled}
        onPick={(match) => match.enterpriseNumber && onNumber(formatEnterpriseNumber(match.enterpriseNumber))}
      />
    </section>
  );
}
