// Finding the company by name in AdminPulse; picking one fills in the enterprise number.

import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { CompanyMatch } from "../../adminpulse";
import type { Language } from "../../i18n/language";
import { formatEnterpriseNumber } from "../../identifiers/enterprise-number";
import { type PaneErrorView, describeError } from "../pane-errors";
import type { Session } from "../session";
import type { HomeStrings } from "../strings/home";

const useStyles = makeStyles({
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  grow: { flexGrow: 1 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  pick: { justifyContent: "flex-start", textAlign: "left", width: "100%" },
  number: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalS },
});

export function CompanySearchBox(props: { session: Session; language: Language; t: HomeStrings; disabled: boolean; onPick(match: CompanyMatch): void }) {
  const { t } = props;
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const [state, setState] = useState<
    { kind: "idle" } | { kind: "busy" } | { kind: "found"; query: string; matches: CompanyMatch[] } | { kind: "failed"; error: PaneErrorView }
  >({ kind: "idle" });
  const current = useRef<AbortController | null>(null);

  const search = async () => {
    if (!query.trim()) return;
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ kind: "busy" });
    try {
      const matches = await props.session.searchCompanies(query, controller.signal);
      if (current.current === controller) setState({ kind: "found", query, matches });
    } catch (error) {
      if (current.current === controller) setState({ kind: "failed", error: describeError(error, props.language) });
    }
  };

  return (
    <div>
      <div className={styles.row}>
        <Field label={t.searchLabel} className={styles.grow}>
          <Input
            value={query}
            placeholder={t.searchPlaceholder}
            disabled={props.disabled}
            data-testid="company-search"
            onChange={(_, data) => setQuery(data.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") void search();
            }}
          />
        </Field>
        <Button onClick={() => void search()} disabled={props.disabled || !query.trim() || state.kind === "busy"}>
          {t.searchButton}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state.kind === "busy" && <Spinner size="tiny" label={t.searching} labelPosition="after" />}
        {state.kind === "found" && state.matches.length === 0 && <p>{t.searchNone(state.query)}</p>}
        {state.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.error.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.kind === "found" && state.matches.length > 0 && (
        <ul className={styles.list} aria-label={t.searchLabel}>
          {state.matches.map((m) => (
            <li key={m.id}>
              <Button
                appearance="subtle"
                className={styles.pick}
                disabled={props.disabled || !m.enterpriseNumber}
                aria-label={t.searchPick(m.name)}
                onClick={() => {
                  props.onPick(m);
                  setState({ kind: "idle" });
                  setQuery("");
                }}
              >
                {m.name}
                {/* The legal form as AdminPulse's list gives it (its list carries no address, so no city). */}
                <span className={styles.number}>
                  {m.legalForm ? `${m.legalForm} · ` : ""}
                  {m.enterpriseNumber ? formatEnterpriseNumber(m.enterpriseNumber) : t.noNumber}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
