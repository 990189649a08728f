// Entry of the task pane (taskpane.html). Renders at once, in the browser's language, then again
// when the host is known: the workbench's (a script of the workbench page put it on window before
// this bundle ran), or Excel's once Office.onReady says so. Without office.js (a plain browser)
// the pane says to open it from Excel.

import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { detectEnvironment, initialEnvironment, type Environment } from "./environment";
import { type PaneHost, officeHost, workbenchHost } from "./host";
import { languageFromTag } from "../i18n/language";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

function show(env: Environment, host: PaneHost | null = null): void {
  root.render(<App env={env} host={host} />);
}

const workbench = workbenchHost();
if (workbench) {
  show({ host: "excel", language: languageFromTag(workbench.displayLanguage), dark: workbench.dark }, workbench);
} else {
  show(initialEnvironment());
  void detectEnvironment().then((env) => show(env, env.host === "excel" ? officeHost() : null));
}
