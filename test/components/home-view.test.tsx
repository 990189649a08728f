// The home view in jsdom, over a scripted session: the number checked as it is typed, the sync's
// progress and summary, the review of edited cells, cancel, errors with their action, and French;
// where focus goes, and that a settings change reads nothing of the workbook. (The real session,
// over the simulator and the sandbox, is exercised in the browser tests.)

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CancelledError, InvalidTokenError } from "../../src/adminpulse";
import { SettingsStore } from "../../src/settings/settings";
import type { FindingView } from "../../src/workbook/port";
import type { PreparedSync } from "../../src/sync/sync";
import type { PaneLinkedCompany } from "../../src/taskpane/session";
import { HomeView } from "../../src/taskpane/home/HomeView";
import { WorkbookView } from "../../src/taskpane/workbook-view";
import { MemoryStorage } from "../settings/memory-storage";
import { LINKED, SUMMARY, type ScriptOptions, scriptedSession } from "./scripted-session";

function setup(options: ScriptOptions = {}) {
  const { session, settings, requests, selected, reads } = scriptedSession(options);
  const onOpenSettings = jest.fn();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <HomeView session={session} workbook={new WorkbookView(session)} language={options.language ?? "en"} onOpenSettings={onOpenSettings} />
    </FluentProvider>,
  );
  return { user, requests, onOpenSettings, selected, settings, reads, session };
}

describe("a workbook not linked yet", () => {
  it("checks the number as it is typed, and syncs it", async () => {
    const { user, requests } = setup();
    const field = await screen.findByRole("textbox", { name: "Enterprise number" });
    const sync = screen.getByRole("button", { name: "Sync with AdminPulse" });
    expect(sync).toHaveProperty("disabled", true);

    await user.type(field, "0566.988");
    expect(screen.getByText("An enterprise number has 10 digits and starts with 0 or 1.")).toBeTruthy();
    await user.type(field, ".258");
    expect(screen.getByText(/The check digits do not match/)).toBeTruthy();
    await user.clear(field);
    await user.type(field, "0566 988 259");
    expect(screen.getByText("Valid enterprise number")).toBeTruthy();

    await user.click(sync);
    const summary = await screen.findByTestId("sync-summary");
    expect(requests[0]).toMatchObject({ startedBy: "person", enterpriseNumber: "0566 988 259" });
    expect(within(summary).getByText("Synced: L'Atelier Zoë SRL")).toBeTruthy();
    expect(within(summary).getByTestId("summary-added").textContent).toBe("22");
    expect(within(summary).getByTestId("summary-kept-manual").textContent).toBe("2");
    expect(within(summary).getByTestId("summary-duplicates").textContent).toBe("1");
    expect(within(summary).getByText("Took 1.2 s")).toBeTruthy();
    expect(within(summary).getByText(/2 links of a kind this add-in does not know/)).toBeTruthy();
    // The sync ended: focus is on what it says, inside the live region that announces it.
    const result = screen.getByTestId("sync-result");
    expect(document.activeElement).toBe(result);
    expect(result.contains(summary)).toBe(true);
    expect(screen.getByTestId("sync-status").getAttribute("aria-live")).toBe("polite");
  });

  it("says what a sync repaired in tables changed by hand, in French", async () => {
    const repairs = [
      { kind: "column-restored", table: "PD_Directors", column: "Fonction" },
      { kind: "column-missing", table: "PD_Shareholders", column: "Droit" },
      { kind: "table-created-again", table: "PD_Auditors", cell: "Données permanentes!AZ1" },
    ] as const;
    const { user } = setup({ language: "fr", linked: LINKED, sync: async () => ({ kind: "synced", summary: { ...SUMMARY, repairs: [...repairs] } }) });
    await user.click(await screen.findByRole("button", { name: "Synchroniser avec AdminPulse" }));
    const summary = await screen.findByTestId("sync-summary");
    expect(
      within(summary).getByText(/^PD_Directors\s: la colonne «\sFonction\s» manquait \(renommée ou supprimée\)\s; elle est de retour, à la fin du tableau\.$/),
    ).toBeTruthy();
    expect(within(summary).getByText(/^PD_Shareholders n’a plus de colonne «\sDroit\s»/)).toBeTruthy();
    expect(within(summary).getByText(/^PD_Auditors est introuvable .* il a été réécrit en Données permanentes!AZ1\./)).toBeTruthy();
  });

  it.each([
    [
      "en",
      "Sync with AdminPulse",
      [
        "1 row that left AdminPulse was kept as a manual row, because you had edited it.",
        "1 linked relation no longer exists in AdminPulse and was skipped.",
        "1 link of a kind this add-in does not know was skipped.",
      ],
    ],
    [
      "fr",
      "Synchroniser avec AdminPulse",
      [
        "1 ligne disparue d’AdminPulse a été gardée comme ligne manuelle, parce que vous l’aviez modifiée.",
        "1 relation liée n’existe plus dans AdminPulse et a été ignorée.",
        "1 lien d’un type que ce complément ne connaît pas a été ignoré.",
      ],
    ],
    [
      "nl",
      "Synchroniseren met AdminPulse",
      [
        "1 rij die uit AdminPulse verdween, werd als manuele rij behouden omdat u ze had gewijzigd.",
        "1 gekoppelde relatie bestaat niet meer in AdminPulse en werd overgeslagen.",
        "1 koppeling van een soort die deze invoegtoepassing niet kent, werd overgeslagen.",
      ],
    ],
  ] as const)("a count of 1 in the summary reads singular, in %s", async (language, sync, notes) => {
    const summary = { ...SUMMARY, keptEdited: 1, missingRelations: 1, unknownLinkTypes: { 99: 1 } };
    const { user } = setup({ language, linked: LINKED, sync: async () => ({ kind: "synced", summary }) });
    await user.click(await screen.findByRole("button", { name: sync }));
    const shown = await screen.findByTestId("sync-summary");
    for (const note of notes) expect(within(shown).getByText(note)).toBeTruthy();
  });

  it("fills the number from a search by name", async () => {
    const { user } = setup();
    await user.type(await screen.findByRole("textbox", { name: "Search AdminPulse by name" }), "atelier{Enter}");
    const pick = await screen.findByRole("button", { name: "Use L'Atelier Zoë SRL" });
    // The legal form beside the number, formatted as an enterprise number.
    expect(pick.textContent).toBe("L'Atelier Zoë SRLSRL · 0566.988.259");
    await user.click(pick);
    expect(screen.getByRole("textbox", { name: "Enterprise number" })).toHaveProperty("value", "0566.988.259");
    await user.type(screen.getByRole("textbox", { name: "Search AdminPulse by name" }), "nothing{Enter}");
    expect(await screen.findByText("No company in AdminPulse matches “nothing”.")).toBeTruthy();
  });
});

describe("a linked workbook", () => {
  it("shows the company and syncs it without asking for a number", async () => {
    const { user, requests } = setup({ linked: LINKED });
    const card = await screen.findByTestId("linked-company");
    expect(within(card).getByText("0566.988.259")).toBeTruthy();
    expect(within(card).getAllByText("27/11/2026 10:30")).toHaveLength(2);
    expect(within(card).getByTestId("recent-syncs").textContent).toContain("26/11/2026 09:00 Failed: AdminPulse refused the API key.");
    await user.click(screen.getByRole("button", { name: "Sync with AdminPulse" }));
    await screen.findByTestId("sync-summary");
    expect(requests[0]!.enterpriseNumber).toBeUndefined();
  });

  it("an automatic sync that changes nothing does not replace the summary shown: it says so under it", async () => {
    const quiet = { ...SUMMARY, startedBy: "event" as const, added: 0, updated: 0, removed: 0, repairs: [] };
    const { user, session } = setup({ linked: LINKED, sync: async (request) => ({ kind: "synced", summary: request.trigger === "sheet" ? quiet : SUMMARY }) });
    await user.click(await screen.findByRole("button", { name: "Sync with AdminPulse" }));
    expect(within(await screen.findByTestId("sync-summary")).getByTestId("summary-added").textContent).toBe("22");
    await act(async () => {
      await session.sync({ startedBy: "event", trigger: "sheet" });
    });
    expect(within(screen.getByTestId("sync-summary")).getByTestId("summary-added").textContent).toBe("22");
    expect(screen.getByTestId("quiet-sync").textContent).toBe("An automatic sync since then found nothing new.");
    // A sync that does change something shows its own summary again.
    await user.click(screen.getByRole("button", { name: "Sync with AdminPulse" }));
    await waitFor(() => expect(screen.queryByTestId("quiet-sync")).toBeNull());
  });

  it("shows the step and the counts while it runs, and Cancel stops it with nothing changed", async () => {
    const { user } = setup({
      linked: LINKED,
      sync: (request) =>
        new Promise((_, reject) => {
          request.onProgress?.({ step: "related", done: 3, total: 12 });
          request.signal?.addEventListener("abort", () => reject(new CancelledError()));
        }),
    });
    await user.click(await screen.findByRole("button", { name: "Sync with AdminPulse" }));
    expect(await screen.findByText("Reading directors, shareholders and auditors: 3 of 12")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    const message = await screen.findByTestId("sync-error");
    expect(within(message).getByText("Sync cancelled")).toBeTruthy();
    expect(within(message).getByText("Nothing was changed in the workbook.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId("sync-result"));
  });

  it("an expired key: the message says what to do, with a button to the settings", async () => {
    const { user, onOpenSettings } = setup({ linked: LINKED, sync: async () => Promise.reject(new InvalidTokenError("401", 401)) });
    await user.click(await screen.findByRole("button", { name: "Sync with AdminPulse" }));
    const message = await screen.findByTestId("sync-error");
    expect(within(message).getByText(/Ask your administrator for a new AdminPulse key/)).toBeTruthy();
    await user.click(within(message).getByRole("button", { name: "Open settings" }));
    expect(onOpenSettings).toHaveBeenCalled();
  });
});

describe("the review of edited cells", () => {
  const conflict = {
    table: "directors" as const,
    link: "director:p1",
    label: "Dubois Zoë",
    cells: [
      { column: "role", sheet: "gérante", imported: "managing director", adminPulse: "director" },
      { column: "start", sheet: "2021-06-09", imported: "2021-06-08", adminPulse: "2021-06-01" },
    ],
    outcome: "left-alone" as const,
  };

  function reviewing(answer: (answers: ReadonlyMap<string, string> | null) => void, language: "en" | "fr" = "en") {
    return setup({
      language,
      linked: LINKED,
      sync: async (request) => {
        const prepared = { summary: { ...SUMMARY, conflicts: [conflict] }, apply: async () => SUMMARY } as PreparedSync;
        const answers = await request.review!(prepared);
        answer(answers);
        return answers ? { kind: "synced", summary: SUMMARY } : { kind: "not-written", summary: SUMMARY, reason: "review" };
      },
    });
  }

  it("lists both values before anything is written, and passes the user's choice", async () => {
    let answers: ReadonlyMap<string, string> | null | undefined;
    const { user } = reviewing((a) => (answers = a));
    await user.click(await screen.findByRole("button", { name: "Sync with AdminPulse" }));
    const review = await screen.findByTestId("review");
    expect(document.activeElement).toBe(within(review).getByRole("heading", { name: "You edited imported cells" }));
    expect(screen.queryByRole("button", { name: "Sync with AdminPulse" })).toBeNull();
    expect(within(review).getByText("Directors · Dubois Zoë")).toBeTruthy();
    const rows = within(review)
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows).toEqual(["ColumnIn the sheetIn AdminPulse", "Rolegérantedirector", "Start09/06/202101/06/2021"]);
    await user.click(
      within(review).getByRole("radio", { name: /^Detach the row as manual: it keeps my values, and AdminPulse’s later changes to it no longer arrive/ }),
    );
    await user.click(within(review).getByRole("button", { name: "Apply and sync" }));
    await screen.findByTestId("sync-summary");
    expect(answers).toEqual(new Map([["directors:director:p1", "make-manual"]]));
  });

  it("offers to keep the user's values with the row still linked, in French", async () => {
    let answers: ReadonlyMap<string, string> | null | undefined;
    const { user } = reviewing((a) => (answers = a), "fr");
    await user.click(await screen.findByRole("button", { name: "Synchroniser avec AdminPulse" }));
    const review = await screen.findByTestId("review");
    const radios = within(review)
      .getAllByRole("radio")
      .map((r) => r.getAttribute("value"));
    expect(radios).toEqual(["take-adminpulse", "keep-mine", "make-manual"]);
    await user.click(within(review).getByRole("radio", { name: /^Garder les miennes, toujours liées/ }));
    await user.click(within(review).getByRole("button", { name: "Appliquer et synchroniser" }));
    await screen.findByTestId("sync-summary");
    expect(answers).toEqual(new Map([["directors:director:p1", "keep-mine"]]));
  });

  it("cancelled: nothing is written, and the pane says so", async () => {
    const { user } = reviewing(() => undefined);
    await user.click(await screen.findByRole("button", { name: "Sync with AdminPulse" }));
    await user.click(within(await screen.findByTestId("review")).getByRole("button", { name: "Cancel, write nothing" }));
    expect(await screen.findByText("Nothing was written: the review was cancelled.")).toBeTruthy();
  });
});

describe("confirming the company (a workbook never pulls a company nobody here linked it to)", () => {
  function confirming(answer: (confirmed: boolean) => void, link: PreparedSync["link"], linked: PaneLinkedCompany | null = null) {
    return setup({
      linked,
      sync: async (request) => {
        const prepared = {
          summary: { ...SUMMARY, companyName: "Brasserie Dubois SA", enterpriseNumber: "0403170701" },
          link,
          apply: async () => SUMMARY,
        } as PreparedSync;
        const confirmed = await request.confirmLink!(prepared);
        answer(confirmed);
        return confirmed ? { kind: "synced", summary: SUMMARY } : { kind: "not-written", summary: SUMMARY, reason: "link" };
      },
    });
  }

  it("names the company AdminPulse has for the number before anything is written, and syncs once confirmed", async () => {
    let confirmed: boolean | undefined;
    const { user } = confirming((c) => (confirmed = c), { kind: "first", enterpriseNumber: "0403170701" });
    await user.type(await screen.findByLabelText("Enterprise number"), "0403.170.701");
    await user.click(screen.getByRole("button", { name: "Sync with AdminPulse" }));
    const card = await screen.findByTestId("confirm-link");
    expect(within(card).getByTestId("confirm-company").textContent).toBe("Brasserie Dubois SA (0403.170.701)");
    expect(document.activeElement).toBe(within(card).getByRole("heading", { name: "Is this the right company?" }));
    expect(screen.queryByRole("button", { name: "Sync with AdminPulse" })).toBeNull();
    await user.click(within(card).getByRole("button", { name: "Yes, link and sync" }));
    await screen.findByTestId("sync-summary");
    expect(confirmed).toBe(true);
  });

  it("a number changed in the sheet says which company it was, and 'No' writes nothing", async () => {
    let confirmed: boolean | undefined;
    const relinked = { ...LINKED, link: { kind: "relinked" as const, enterpriseNumber: "0403170701", previous: "0566988259" }, confirmed: false };
    const { user } = confirming((c) => (confirmed = c), relinked.link, relinked);
    expect((await screen.findByTestId("link-to-confirm")).textContent).toContain("changed from 0566.988.259");
    await user.click(screen.getByRole("button", { name: "Sync with AdminPulse" }));
    const card = await screen.findByTestId("confirm-link");
    expect(card.textContent).toContain("synced with the company 0566.988.259. Its enterprise-number cell now says 0403.170.701");
    await user.click(within(card).getByRole("button", { name: "No, write nothing" }));
    expect(await screen.findByText("Nothing was written: the company was not confirmed.")).toBeTruthy();
    expect(confirmed).toBe(false);
  });

  it("a link not confirmed on this computer says so beside the company", async () => {
    setup({ linked: { ...LINKED, confirmed: false } });
    expect((await screen.findByTestId("link-to-confirm")).textContent).toContain("Not yet confirmed on this computer");
  });

  it("a re-pointed link shows no company, says why, and asks for the number", async () => {
    setup({ linked: { ...LINKED, link: { kind: "misdirected", reason: "name-elsewhere", enterpriseNumber: "0566988259" }, confirmed: false } });
    const warning = await screen.findByTestId("link-invalid");
    expect(warning.textContent).toContain("This workbook is not linked");
    expect(warning.textContent).toContain("PD_EnterpriseNumber no longer points at the enterprise number");
    expect(screen.queryByTestId("linked-company")).toBeNull();
    expect(screen.getByLabelText("Enterprise number")).toBeTruthy();
  });
});

describe("the checks", () => {
  const findings: FindingView[] = [
    {
      id: "DIR-04",
      severity: "error",
      message: { en: "This SA/NV has a board of 2 directors and 5 shareholders.", fr: "fr", nl: "nl" },
      cell: { sheet: "Permanent data", address: "F1" },
      where: { en: "Directors", fr: "Administrateurs", nl: "Bestuurders" },
    },
    { id: "GA-04", severity: "info", message: { en: "The annual accounts must be filed by 09/07/2026.", fr: "fr", nl: "nl" }, cell: null, where: null },
  ];

  it("come with the sync's summary, and a click on one shows its cell", async () => {
    const { user, selected } = setup({ linked: LINKED, sync: async () => ({ kind: "synced", summary: { ...SUMMARY, findings } }) });
    await user.click(await screen.findByRole("button", { name: "Sync with AdminPulse" }));
    await user.click(await screen.findByRole("button", { name: /DIR-04, Directors, Permanent data!F1/ }));
    expect(selected).toEqual([{ sheet: "Permanent data", address: "F1" }]);
  });

  it("run without a sync from the button", async () => {
    setup({ linked: LINKED, findings });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId("run-checks"));
    expect(await screen.findByText("This SA/NV has a board of 2 directors and 5 shareholders.")).toBeTruthy();
  });
});

describe("reminders and languages", () => {
  it("reminds two weeks before the key expires", async () => {
    const settings = new SettingsStore({ storage: new MemoryStorage() });
    const soon = new Date(Date.now() + 10 * 86_400_000);
    const iso = `${soon.getFullYear()}-${String(soon.getMonth() + 1).padStart(2, "0")}-${String(soon.getDate()).padStart(2, "0")}`;
    settings.update({ tokenExpiry: iso });
    setup({ settings, linked: LINKED });
    expect((await screen.findByTestId("expiry-reminder")).textContent).toMatch(/Your AdminPulse key expires on \d{1,2} \w+ \d{4}\./);
  });

  it("a change of the settings reads nothing of the workbook again: only what depends on it follows", async () => {
    const { settings, reads } = setup({ linked: LINKED });
    await screen.findByTestId("linked-company");
    expect(reads()).toBe(1);
    const soon = new Date(Date.now() + 3 * 86_400_000);
    const iso = `${soon.getFullYear()}-${String(soon.getMonth() + 1).padStart(2, "0")}-${String(soon.getDate()).padStart(2, "0")}`;
    act(() => {
      settings.update({ tokenExpiry: iso, autoSyncOnActivate: false });
      settings.setToken("another-key", false);
    });
    expect((await screen.findByTestId("expiry-reminder")).textContent).toMatch(/expires on/);
    expect(reads()).toBe(1);
  });

  it("speaks French, with French typography", async () => {
    const { user } = setup({ language: "fr" });
    expect(await screen.findByText("Lier ce classeur à une société")).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: "Numéro d’entreprise" }), "0566988259");
    await user.click(screen.getByRole("button", { name: "Synchroniser avec AdminPulse" }));
    const summary = await screen.findByTestId("sync-summary");
    // Testing Library's matching folds the non-breaking space: the text itself is compared.
    expect(summary.textContent).toContain("Durée\u00a0: 1,2 s");
    expect(summary.textContent).toContain("Synchronisé\u00a0: L'Atelier Zoë SRL");
  });
});
