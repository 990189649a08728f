// Entry of the task pane (taskpane.html). Renders at once, in the browser's language, then again
// when Office has said where the pane runs. Works without office.js (typeof Office ===
// "undefined"): the pane then says to open it from Excel.

import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { detectEnvironment, initialEnvironment, type Environment } from "./environment";
import { stringsFor } from "./strings";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

function show(env: Environment): void {
  document.documentElement.lang = env.language;
  document.title = stringsFor(env.language).productName;
  root.render(<App env={env} />);
}

show(initialEnvironment());
void detectEnvironment().then(show);
