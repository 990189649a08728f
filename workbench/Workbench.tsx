// The workbench page: a toolbar, the simulated workbook (Grid) on the left, and the real task
// pane in an iframe on the right, 350 px wide as Excel's task pane.

import { Button, FluentProvider, Select, Text, Tooltip, webLightTheme } from "@fluentui/react-components";
import { useCallback, useState, useSyncExternalStore } from "react";
import { XLSX_FILE_NAME } from "./api";
import { DEMO_TOKEN, DISPLAY_LANGUAGES } from "./config";
import type { WorkbenchController } from "./controller";
import { Grid } from "./Grid";
import { saveFile, workbookBytes } from "./xlsx-file";

interface Status {
  message: string;
  kind: "info" | "error";
}

export function Workbench({ controller }: { controller: WorkbenchController }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const { frame, generation, params, version, error } = state;
  const [status, setStatusState] = useState<Status>({ message: "Cells are editable: select one and type, or double-click it.", kind: "info" });
  const [busy, setBusy] = useState(false);
  const setStatus = useCallback((message: string, kind: Status["kind"] = "info") => setStatusState({ message, kind }), []);
  const refresh = useCallback(() => controller.refresh(), [controller]);

  const download = async () => {
    if (!frame) return;
    setBusy(true);
    try {
      saveFile(await workbookBytes(frame.sim), XLSX_FILE_NAME);
      setStatus(`Saved ${XLSX_FILE_NAME}.`);
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`, "error");
    } finally {
      setBusy(false);
    }
  };

  const languages = DISPLAY_LANGUAGES.some((l) => l.tag === params.displayLanguage)
    ? DISPLAY_LANGUAGES
    : [...DISPLAY_LANGUAGES, { tag: params.displayLanguage, label: params.displayLanguage }];

  return (
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <div className="wb-root">
        <header className="wb-toolbar">
          <Text as="h1" weight="semibold" size={400} className="wb-title">
            AdminPulse workbench
          </Text>
          <Button appearance="primary" disabled={!frame || busy} onClick={() => void download()}>
            Download .xlsx
          </Button>
          <Tooltip content="A new, empty workbook; the task pane reloads, as when Excel opens a new file." relationship="description">
            <Button
              onClick={() => {
                void controller.reload({ keepWorkbook: false });
                setStatus("New workbook.");
              }}
            >
              Reset workbook
            </Button>
          </Tooltip>
          <label className="wb-language">
            <Text size={200}>Office language</Text>
            <Select
              aria-label="Office display language"
              value={params.displayLanguage}
              onChange={(_, data) => {
                void controller.reload({ displayLanguage: data.value, keepWorkbook: true });
                setStatus(`Office display language ${data.value}: the task pane reloads; the workbook stays.`);
              }}
            >
              {languages.map((l) => (
                <option key={l.tag} value={l.tag}>
                  {l.label}
                </option>
              ))}
            </Select>
          </label>
          <Text size={200} className="wb-api" data-testid="api">
            AdminPulse: {params.apiBaseUrl} · key {DEMO_TOKEN}
          </Text>
        </header>
        <main className="wb-main">
          <section className="wb-left" aria-label="Workbook">
            {frame ? (
              <Grid frame={frame} version={version} onChanged={refresh} onStatus={setStatus} />
            ) : (
              <div className="wb-loading">{error ?? "Loading the task pane…"}</div>
            )}
            <div className={status.kind === "error" ? "wb-status wb-error" : "wb-status"} role="status">
              {status.message}
            </div>
          </section>
          <iframe
            key={generation}
            className="wb-pane"
            title="Task pane"
            src={controller.paneUrl()}
            onLoad={(e) => controller.attach(e.currentTarget, generation)}
          />
        </main>
      </div>
    </FluentProvider>
  );
}
