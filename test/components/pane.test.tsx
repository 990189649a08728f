// The whole pane (App) in jsdom over a scripted session: the language chosen in Settings changes
// the pane at once (the settings store, read with useStore, is the only copy of it), and a visit to
// Settings reads nothing of the workbook again (what a sync did meanwhile shows on return); focus
// goes to Settings' title, and back to the button that opened them.

import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PaneHost } from "../../src/taskpane/host";
import type { Runtime } from "../../src/taskpane/runtime";
import { App } from "../../src/taskpane/shell/App";
import { LINKED, scriptedSession } from "./scripted-session";

function setup() {
  const scripted = scriptedSession({ linked: LINKED });
  const host: Partial<PaneHost> = { kind: "workbench", partitionKey: undefined, displayLanguage: "en-US" };
  const runtime = { session: Object.assign(scripted.session, { host }) } as unknown as Runtime;
  render(<App env={{ host: "excel", language: "en", dark: false }} runtime={runtime} />);
  return { ...scripted, user: userEvent.setup() };
}

it("the language chosen in Settings is the whole pane's at once", async () => {
  const { user } = setup();
  await user.click(await screen.findByRole("button", { name: "Settings" }));
  await user.click(await screen.findByRole("radio", { name: "Nederlands" }));
  expect(screen.getByRole("heading", { name: "Instellingen" })).toBeTruthy();
  expect(document.documentElement.lang).toBe("nl");
  expect(document.title).toBe("Permanente gegevens AdminPulse");
  await user.click(screen.getByRole("button", { name: "Klaar" }));
  expect(await screen.findByRole("button", { name: "Synchroniseren met AdminPulse" })).toBeTruthy();
});

it("Settings and back: the workbook is not read again, and focus follows the view", async () => {
  const { user, reads, settings } = setup();
  await screen.findByTestId("linked-company");
  expect(reads()).toBe(1);
  await user.click(screen.getByRole("button", { name: "Settings" }));
  const title = await screen.findByRole("heading", { name: "Settings" });
  expect(document.activeElement).toBe(title);
  act(() => settings.update({ tokenExpiry: "2030-12-31", autoSyncOnOpen: false }));
  await user.click(screen.getByRole("button", { name: "Done" }));
  await screen.findByTestId("linked-company");
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Settings" }));
  expect(reads()).toBe(1);
});

it("a sync that ended while Settings were open shows on return, with the company as the sync wrote it (not read again)", async () => {
  const { user, reads, session } = setup();
  await screen.findByTestId("linked-company");
  await user.click(screen.getByRole("button", { name: "Settings" }));
  await screen.findByRole("heading", { name: "Settings" });
  await act(async () => {
    await session.sync({ startedBy: "person", trigger: "ribbon" });
  });
  await user.click(screen.getByRole("button", { name: "Done" }));
  expect(await screen.findByTestId("sync-summary")).toBeTruthy();
  expect(within(screen.getByTestId("linked-company")).getByText("Atelier Zoë & Fils SRL")).toBeTruthy();
  expect(reads()).toBe(1);
});
