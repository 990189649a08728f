// Entry of the task pane (taskpane.html), which is also the add-in's shared runtime: the ribbon's
// command and the automatic syncs live here too. Renders at once, in the browser's language, then
// again when the host is known: the workbench's (a script of the workbench page put it on window
// before this bundle ran), or Excel's once Office.onReady says so. Without office.js (a plain
// browser) the pane says to open it from Excel.
//
// The page's Content-Security-Policy (content-security-policy.ts) goes in before the runtime
// starts, so before anything is fetched: it allows the AdminPulse address in force, read from a
// SettingsStore made as the session makes it. Where the settings live depends on the host's
// storage partition: in the workbench it is known at once; in Excel only after Office.onReady
// (Office.context.partitionKey), so the policy waits for it; until then nothing of the pane
// fetches. The first import makes zod leave `new Function` alone (zod-jitless.ts).

import "./zod-jitless";
import { createRoot } from "react-dom/client";
import { languageFromTag } from "../i18n/language";
import { FIXED_API_BASE_URL } from "../settings/fixed-address";
import { SettingsStore, browserStorage } from "../settings/settings";
import { App } from "./shell/App";
import { applyContentSecurityPolicy, contentSecurityPolicy } from "./content-security-policy";
import { detectEnvironment, initialEnvironment, type Environment } from "./environment";
import type { HostDefaults } from "../settings/settings";
import { type PaneHost, officeHost, workbenchHost } from "./host";
import { type Runtime, startRuntime } from "./runtime";

/** The ribbon button's function name in manifest.xml (ExecuteFunction). */
const RIBBON_SYNC = "syncWithAdminPulse";

/** webpack sets NODE_ENV from the build's mode: development builds may reach loopback on any port. */
const DEVELOPMENT = process.env.NODE_ENV !== "production";

/** The policy for the address in force in this storage partition (and the office's fixed one). */
function applyPolicy(partitionKey: string | undefined, defaults: HostDefaults | undefined): void {
  const store = new SettingsStore({ storage: browserStorage(), partitionKey, defaults, fixedApiBaseUrl: FIXED_API_BASE_URL });
  const policy = contentSecurityPolicy({ apiAddresses: [store.settings().apiBaseUrl, FIXED_API_BASE_URL], development: DEVELOPMENT });
  applyContentSecurityPolicy(document, policy);
}

// In the workbench the host, and so the settings' partition, is known now: the policy goes in first.
const workbench = workbenchHost();
if (workbench) applyPolicy(workbench.partitionKey, workbench.defaults);

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

if (workbench) {
  show({ host: "excel", language: languageFromTag(workbench.displayLanguage), dark: workbench.dark }, start(workbench));
} else {
  show(initialEnvironment());
  void detectEnvironment().then((env) => {
    const host = env.host === "excel" ? officeHost() : null;
    // Outside Excel nothing is fetched; the policy goes in all the same.
    applyPolicy(host?.partitionKey, host?.defaults);
    show(env, host ? start(host) : null);
  });
}
