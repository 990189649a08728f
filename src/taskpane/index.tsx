// Entry of the task pane (taskpane.html), which is also the add-in's shared runtime: the ribbon's
// command and the automatic syncs live here too. Renders at once, in the browser's language, then
// again when the host is known: the workbench's (a script of the workbench page put it on window
// before this bundle ran), or Excel's once Office.onReady says so. Without office.js (a plain
// browser) the pane says to open it from Excel.

import { createRoot } from "react-dom/client";
import { languageFromTag } from "../i18n/language";
import { App } from "./components/App";
import { detectEnvironment, initialEnvironment, type Environment } from "./environment";
import { type PaneHost, officeHost, workbenchHost } from "./host";
import { type Runtime, startRuntime } from "./runtime";

/** The ribbon button's function name in manifest.xml (ExecuteFunction). */
const RIBBON_SYNC = "syncWithAdminPulse";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

function show(env: Environment, runtime: Runtime | null = null): void {
  root.render(<App env={env} runtime={runtime} />);
}

function start(host: PaneHost): Runtime {
  const runtime = startRuntime(host);
  // In the shared runtime the ribbon's function is registered here; older hosts lack Office.actions.
  if (typeof Office !== "undefined" && Office.actions?.associate) {
    Office.actions.associate(RIBBON_SYNC, (event: Office.AddinCommands.Event) => {
      void runtime.syncFromRibbon().finally(() => event.completed());
    });
  }
  return runtime;
}

const workbench = workbenchHost();
if (workbench) {
  show({ host: "excel", language: languageFromTag(workbench.displayLanguage), dark: workbench.dark }, start(workbench));
} else {
  show(initialEnvironment());
  void detectEnvironment().then((env) => show(env, env.host === "excel" ? start(officeHost()) : null));
}
