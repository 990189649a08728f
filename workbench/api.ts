// window.workbench: the workbench page's API for tests (Playwright) and for the console.
// Everything it returns is plain, JSON-serialisable data.

import type { WorkbenchController } from "./controller";
import type { ConfigureInput } from "./settings";
import { workbookSnapshot, type WorkbenchSnapshot } from "./snapshot";
import { saveFile, toBase64, workbookBytes } from "./xlsx-file";

export const XLSX_FILE_NAME = "workbench.xlsx";

export interface WorkbenchApi {
  /** Resolves when the pane's page has loaded with its simulated Excel (again after each reload). */
  readonly ready: Promise<void>;
  /**
   * Sets what an administrator saves in the pane's Settings (the key remembered on this device),
   * then reloads the pane, keeping the workbook, as reopening it would; resolves once it is back.
   */
  configure(input: ConfigureInput): Promise<void>;
  /** The whole simulated workbook as plain JSON. */
  snapshot(): WorkbenchSnapshot;
  /** Saves the workbook as an .xlsx download (as the toolbar button); resolves with its size. */
  downloadXlsx(): Promise<{ fileName: string; bytes: number }>;
  /** The workbook as .xlsx bytes, base64-encoded. */
  xlsxBase64(): Promise<string>;
  /** A person types into a cell (as in the grid): values are parsed as typed input. */
  editCell(sheet: string, address: string, value: string): Promise<void>;
  /** A person clicks a sheet tab: activates it and fires onActivated. */
  activateSheet(sheet: string): Promise<void>;
  /** Reloads the pane with another Office display language, keeping the workbook. */
  setLanguage(tag: string): Promise<void>;
  /** Reloads the pane with a new, empty workbook. */
  resetWorkbook(): Promise<void>;
}

declare global {
  interface Window {
    workbench?: WorkbenchApi;
  }
}

export function createWorkbenchApi(controller: WorkbenchController): WorkbenchApi {
  const sim = () => controller.requireFrame().sim;
  const acted = async (action: Promise<void>): Promise<void> => {
    try {
      await action;
    } finally {
      controller.refresh();
    }
  };
  return {
    get ready() {
      return controller.ready;
    },
    configure: (input) => controller.configure(input),
    snapshot: () => workbookSnapshot(sim()),
    async downloadXlsx() {
      const bytes = await workbookBytes(sim());
      saveFile(bytes, XLSX_FILE_NAME);
      return { fileName: XLSX_FILE_NAME, bytes: bytes.length };
    },
    xlsxBase64: async () => toBase64(await workbookBytes(sim())),
    editCell: (sheet, address, value) => acted(sim().editCell(String(sheet), String(address), String(value))),
    activateSheet: (sheet) => acted(sim().fireActivated(String(sheet))),
    setLanguage: (tag) => controller.reload({ displayLanguage: String(tag), keepWorkbook: true }),
    resetWorkbook: () => controller.reload({ keepWorkbook: false }),
  };
}
