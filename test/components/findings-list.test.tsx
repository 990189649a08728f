// The findings list in jsdom: counts per severity with their plural forms, the findings grouped by
// severity (errors first, notes folded away), a finding with a cell takes the user there and one
// without is plain text, French, the empty state, and Run checks while the checks run.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../src/i18n/language";
import { FindingsList, type FindingView } from "../../src/taskpane/home/FindingsList";
import { findingsStrings } from "../../src/taskpane/strings/findings";

const FINDINGS: FindingView[] = [
  {
    id: "SHA-02",
    severity: "warning",
    message: { en: "Shares add up to 99 %, not 100 %.", fr: "Les parts totalisent 99 %, et non 100 %.", nl: "De aandelen tellen op tot 99 %, niet 100 %." },
    cell: { sheet: "Permanent data", address: "G14" },
    where: { en: "Shares (Shareholders)", fr: "Parts (Actionnaires)", nl: "Aandelen (Aandeelhouders)" },
  },
  {
    id: "DIR-04",
    severity: "error",
    message: {
      en: "The director's mandate ended before it started.",
      fr: "Le mandat de l’administrateur finit avant de commencer.",
      nl: "Het mandaat van de bestuurder eindigt voor het begint.",
    },
    cell: { sheet: "Permanent data", address: "F2" },
    where: { en: "End of Claire Fontaine (Directors)", fr: "Fin de Claire Fontaine (Administrateurs)", nl: "Einde van Claire Fontaine (Bestuurders)" },
  },
  {
    id: "GEN-01",
    severity: "info",
    message: {
      en: "No auditor: fine for a small company.",
      fr: "Pas de commissaire : normal pour une petite société.",
      nl: "Geen commissaris: normaal voor een kleine vennootschap.",
    },
    cell: null,
    where: null,
  },
  {
    id: "DIR-07",
    severity: "error",
    message: { en: "A director has no start date.", fr: "Un administrateur n’a pas de date de début.", nl: "Een bestuurder heeft geen begindatum." },
    cell: null,
    where: null,
  },
];

function setup(options: { findings?: readonly FindingView[]; language?: Language; busy?: boolean; runChecks?: boolean } = {}) {
  const onSelect = jest.fn();
  const onRunChecks = jest.fn();
  const user = userEvent.setup();
  const ui = (busy: boolean) => (
    <FluentProvider theme={webLightTheme}>
      <FindingsList
        findings={options.findings ?? FINDINGS}
        language={options.language ?? "en"}
        onSelect={onSelect}
        busy={busy}
        onRunChecks={options.runChecks ? onRunChecks : undefined}
      />
    </FluentProvider>
  );
  const { rerender } = render(ui(options.busy ?? false));
  return { user, onSelect, onRunChecks, setBusy: (busy: boolean) => rerender(ui(busy)) };
}

describe("the findings list", () => {
  it("counts the findings per severity and groups them, errors first, notes folded away", async () => {
    const { user } = setup();
    expect(screen.getByRole("heading", { level: 2, name: "Checks" })).toBeTruthy();
    expect(screen.getByTestId("findings-counts").textContent).toBe("2 errors · 1 warning · 1 note");

    const groups = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(["Errors (2)", "Warnings (1)", "Notes (1)"]);

    const errors = screen.getByRole("list", { name: "Errors" });
    const errorItems = within(errors).getAllByRole("listitem");
    expect(errorItems.map((li) => li.textContent)).toEqual([
      "DIR-04The director's mandate ended before it started.End of Claire Fontaine (Directors)",
      "DIR-07A director has no start date.",
    ]);
    expect(within(screen.getByRole("list", { name: "Warnings" })).getAllByRole("listitem")).toHaveLength(1);

    // Notes start collapsed; their header opens them.
    const notesHeader = screen.getByRole("button", { name: "Notes (1)" });
    expect(notesHeader.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("list", { name: "Notes" })).toBeNull();
    expect(screen.getByRole("button", { name: "Errors (2)" }).getAttribute("aria-expanded")).toBe("true");
    await user.click(notesHeader);
    expect(notesHeader.getAttribute("aria-expanded")).toBe("true");
    expect(within(await screen.findByRole("list", { name: "Notes" })).getByText("No auditor: fine for a small company.")).toBeTruthy();
  });

  it("a finding with a cell is a button that selects the cell, by mouse and by keyboard", async () => {
    const { user, onSelect } = setup();
    const item = screen.getByRole("button", { name: "DIR-04, End of Claire Fontaine (Directors), Permanent data!F2: go to the cell" });
    expect(item.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(item.getAttribute("aria-describedby")!)!.textContent).toBe("The director's mandate ended before it started.");
    await user.click(item);
    expect(onSelect).toHaveBeenLastCalledWith({ sheet: "Permanent data", address: "F2" });

    const warning = screen.getByRole("button", { name: "SHA-02, Shares (Shareholders), Permanent data!G14: go to the cell" });
    warning.focus();
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenLastCalledWith({ sheet: "Permanent data", address: "G14" });
    await user.keyboard(" ");
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it("a finding without a cell is not clickable", async () => {
    const { user, onSelect } = setup();
    const item = within(screen.getByRole("list", { name: "Errors" })).getAllByRole("listitem")[1]!;
    expect(item.textContent).toContain("DIR-07");
    expect(within(item).queryByRole("button")).toBeNull();
    expect(screen.queryByRole("button", { name: /DIR-07/ })).toBeNull();
    await user.click(within(item).getByText("A director has no start date."));
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("speaks French", () => {
    setup({ language: "fr", findings: [...FINDINGS, { ...FINDINGS[0]!, id: "SHA-03" }], runChecks: true });
    expect(screen.getByRole("heading", { level: 2, name: "Contrôles" })).toBeTruthy();
    expect(screen.getByTestId("findings-counts").textContent).toBe("2 erreurs · 2 avertissements · 1 remarque");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Erreurs (2)", "Avertissements (2)", "Remarques (1)"]);
    expect(screen.getByText("Le mandat de l’administrateur finit avant de commencer.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "DIR-04, Fin de Claire Fontaine (Administrateurs), Permanent data!F2\u00a0: aller à la cellule" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Lancer les contrôles" })).toBeTruthy();
  });

  it("a count of 1 reads singular in French and Dutch, and 0 too in French", () => {
    const oneEach = FINDINGS.filter((f) => f.id !== "DIR-04");
    setup({ language: "nl", findings: oneEach });
    expect(screen.getByTestId("findings-counts").textContent).toBe("1 fout · 1 waarschuwing · 1 opmerking");
    cleanup();
    setup({ language: "fr", findings: oneEach.filter((f) => f.severity !== "error") });
    expect(screen.getByTestId("findings-counts").textContent).toBe("0 erreur · 1 avertissement · 1 remarque");
    cleanup();
    setup({ language: "nl", findings: oneEach.filter((f) => f.severity !== "error") });
    expect(screen.getByTestId("findings-counts").textContent).toBe("0 fouten · 1 waarschuwing · 1 opmerking");
  });

  it("with no findings, says the data passes every check", () => {
    setup({ findings: [] });
    expect(screen.getByTestId("findings-none").textContent).toContain("No findings: the permanent data passes every check.");
    expect(screen.queryByRole("list")).toBeNull();
    expect(screen.queryByTestId("findings-counts")).toBeNull();
  });

  it("with no findings, in Dutch", () => {
    setup({ findings: [], language: "nl", runChecks: true });
    expect(screen.getByRole("heading", { level: 2, name: "Controles" })).toBeTruthy();
    expect(screen.getByTestId("findings-none").textContent).toContain("Geen bevindingen: de permanente gegevens doorstaan alle controles.");
    expect(screen.getByRole("button", { name: "Controles uitvoeren" })).toBeTruthy();
  });

  it("Run checks runs the checks, and is disabled while they run", async () => {
    const { user, onRunChecks, setBusy } = setup({ runChecks: true });
    const button = screen.getByRole("button", { name: "Run checks" });
    await user.click(button);
    expect(onRunChecks).toHaveBeenCalledTimes(1);

    setBusy(true);
    // Disabled but still focusable, so keyboard focus is not lost while the checks run.
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByTestId("findings").getAttribute("aria-busy")).toBe("true");
    await user.click(button);
    expect(onRunChecks).toHaveBeenCalledTimes(1);

    setBusy(false);
    expect(button.getAttribute("aria-disabled")).toBeNull();
    await user.click(button);
    expect(onRunChecks).toHaveBeenCalledTimes(2);
  });

  it("shows no Run checks button without onRunChecks", () => {
    setup();
    expect(screen.queryByRole("button", { name: "Run checks" })).toBeNull();
  });
});

describe("the counts' texts", () => {
  it("take the singular for 1 everywhere, and for 0 in French only", () => {
    expect(findingsStrings("en").countError(1)).toBe("1 error");
    expect(findingsStrings("en").countError(0)).toBe("0 errors");
    expect(findingsStrings("fr").countWarning(0)).toBe("0 avertissement");
    expect(findingsStrings("fr").countWarning(1)).toBe("1 avertissement");
    expect(findingsStrings("fr").countWarning(3)).toBe("3 avertissements");
    expect(findingsStrings("nl").countInfo(1)).toBe("1 opmerking");
    expect(findingsStrings("nl").countInfo(0)).toBe("0 opmerkingen");
  });

  it("write the number as the language does", () => {
    expect(findingsStrings("fr").countError(1200)).toBe("1\u202f200 erreurs");
    expect(findingsStrings("nl").countError(1200)).toBe("1.200 fouten");
    expect(findingsStrings("en").countError(1200)).toBe("1,200 errors");
  });
});
