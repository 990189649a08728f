// Entry `workbench` (workbench.html): the workbench page. See README.md.

import { createRoot } from "react-dom/client";
import { createWorkbenchApi } from "./api";
import { WorkbenchController } from "./controller";
import { Workbench } from "./Workbench";

const container = document.getElementById("workbench");
if (!container) throw new Error("workbench.html has no #workbench element");

const controller = new WorkbenchController(window.location.search, navigator.language);
window.workbench = createWorkbenchApi(controller);
createRoot(container).render(<Workbench controller={controller} />);
