// The building blocks every part of Settings shares: its styles, and a titled section.

import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";

export const useSettingsStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
  },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    border: "none",
  },
  sectionTitle: { margin: 0 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  footer: { display: "flex", justifyContent: "flex-end" },
});

/** A part of Settings, named by its title (for screen readers, the section's name). */
export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = useSettingsStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.sectionTitle}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
