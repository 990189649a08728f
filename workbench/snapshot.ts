// window.workbench.snapshot(): the whole simulated workbook as plain JSON (for Playwright's
// evaluate), built from the simulator's own inspection helpers (simulator/inspect.ts).

import type { ExcelSimulator, NameInfo } from "../simulator";

export interface CellSnapshot {
  value: string | number | boolean;
  /** The formula, or null for a constant. */
  formula: string | null;
  numberFormat: string;
  /** The text Excel shows. */
  text: string;
  /** Static fill "#RRGGBB", null for none. */
  fill: string | null;
  /** The fill a person sees: a conditional format's over the static one. */
  displayFill: string | null;
  fontColor: string | null;
  bold: boolean;
}

export interface SheetSnapshot {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** Every cell with content or formats, by address ("A1"). */
  cells: Record<string, CellSnapshot>;
  /** Notes by address. */
  notes: Record<string, string>;
}

export interface TableSnapshot {
  name: string;
  sheet: string;
  /** The whole table on its sheet, e.g. "A1:D3". */
  address: string;
  headers: string[];
  rows: (string | number | boolean)[][];
}

export interface WorkbenchSnapshot {
  activeSheet: string;
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  names: NameInfo[];
  /** The add-in's settings (Excel.SettingCollection). */
  settings: Record<string, unknown>;
  /** Syncs and commands the pane sent so far. */
  syncCount: number;
  commandCount: number;
}

export function workbookSnapshot(sim: ExcelSimulator): WorkbenchSnapshot {
  const whole = sim.snapshot();
  const sheets: SheetSnapshot[] = whole.sheets.map((sheet) => {
    const cells: Record<string, CellSnapshot> = {};
    for (const address of Object.keys(sheet.cells)) {
      const c = sim.cell(sheet.name, address);
      cells[address] = {
        value: c.value,
        formula: c.formula,
        numberFormat: c.numberFormat,
        text: c.text,
        fill: c.fill,
        displayFill: c.displayFill,
        fontColor: c.fontColor,
        bold: c.bold,
      };
    }
    return {
      name: sheet.name,
      visibility: sheet.visibility as SheetSnapshot["visibility"],
      protected: sheet.protected,
      cells,
      notes: { ...sheet.notes },
    };
  });
  const tables: TableSnapshot[] = whole.tables.map((t) => {
    const info = sim.table(t.name);
    return { name: t.name, sheet: t.sheet, address: t.address, headers: info?.headers ?? [], rows: info?.rows ?? [] };
  });
  // Through JSON: plain objects of this window, nothing the pane's window owns, serialisable.
  return JSON.parse(
    JSON.stringify({
      activeSheet: sim.activeSheet(),
      sheets,
      tables,
      names: whole.names,
      settings: whole.settings,
      syncCount: sim.syncCount,
      commandCount: sim.commandCount,
    }),
  ) as WorkbenchSnapshot;
}
