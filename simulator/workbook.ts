// Workbook, Application, Runtime.

import type { Exec, SimContext } from "./context";
import { simError } from "./errors";
import { findSheetById, type WorkbookState } from "./model";
import { SimObject, type Getter } from "./object";
import { SimNamedItemCollection } from "./names";
import { SimCommentCollection, SimNoteCollection } from "./notes";
import { SimRange } from "./range";
import { SimDocumentProperties, SimSettingCollection } from "./settings";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet";

export class SimWorkbook extends SimObject<WorkbookState> {
  readonly _className = "Workbook";

  constructor(context: SimContext) {
    super(context, (ex) => ex.state);
  }

  protected override _navNames(): string[] {
    return ["worksheets", "tables", "names", "settings", "properties", "notes", "comments", "application"];
  }

  protected override _scalars(): Record<string, Getter<WorkbookState>> {
    return {
      name: (_t, ex) => ex.core.fileName,
      readOnly: () => false,
      isDirty: () => true,
      autoSave: () => false,
      previouslySaved: () => true,
    };
  }

  get name(): string {
    return this._read("name");
  }
  get readOnly(): boolean {
    return this._read("readOnly");
  }

  get worksheets(): SimWorksheetCollection {
    return this._nav("worksheets", () => new SimWorksheetCollection(this.context));
  }

  get tables(): SimTableCollection {
    return this._nav("tables", () => new SimTableCollection(this.context));
  }

  get names(): SimNamedItemCollection {
    return this._nav("names", () => new SimNamedItemCollection(this.context));
  }

  get settings(): SimSettingCollection {
    this.context._core.requireApi("Workbook.settings", "1.4");
    return this._nav("settings", () => new SimSettingCollection(this.context));
  }

  get properties(): SimDocumentProperties {
    this.context._core.requireApi("Workbook.properties", "1.7");
    return this._nav("properties", () => new SimDocumentProperties(this.context));
  }

  get notes(): SimNoteCollection {
    this.context._core.requireApi("Workbook.notes", "1.18");
    return this._nav("notes", () => new SimNoteCollection(this.context));
  }

  get comments(): SimCommentCollection {
    this.context._core.requireApi("Workbook.comments", "1.10");
    return this._nav("comments", () => new SimCommentCollection(this.context));
  }

  get application(): SimApplication {
    return this.context.application;
  }

  getSelectedRange(): SimRange {
    return new SimRange(this.context, (ex: Exec) => {
      const sel = ex.state.selection;
      const sheet = findSheetById(ex.state, sel?.sheetId ?? ex.state.activeSheetId);
      if (!sheet) throw simError("ItemNotFound", "Nothing is selected.");
      return { sheet, rect: sel && sel.sheetId === sheet.id ? sel.rect : { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getActiveCell(): SimRange {
    this.context._core.requireApi("Workbook.getActiveCell", "1.7");
    return new SimRange(this.context, (ex: Exec) => {
      const sel = ex.state.selection;
      const sheet = findSheetById(ex.state, sel?.sheetId ?? ex.state.activeSheetId);
      if (!sheet) throw simError("ItemNotFound", "No active cell.");
      const r = sel && sel.sheetId === sheet.id ? sel.rect : { r0: 0, c0: 0, r1: 0, c1: 0 };
      return { sheet, rect: { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 } };
    });
  }
}

export class SimApplication extends SimObject<WorkbookState> {
  readonly _className = "Application";

  constructor(context: SimContext) {
    super(context, (ex) => ex.state);
  }

  protected override _scalars(): Record<string, Getter<WorkbookState>> {
    return {
      calculationMode: () => "Automatic",
      calculationState: () => "Done",
      decimalSeparator: () => ".",
      thousandsSeparator: () => ",",
      useSystemSeparators: () => true,
    };
  }

  get calculationMode(): string {
    return this._read("calculationMode");
  }

  calculate(_calculationType: string): void {
    this._call("calculate", [], () => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context._core.requireApi("Application.suspendApiCalculationUntilNextSync", "1.6");
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context._core.requireApi("Application.suspendScreenUpdatingUntilNextSync", "1.9");
    this._call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}

/** context.runtime (ExcelApi 1.5); enableEvents (1.8) switches event delivery for the add-in. */
export class SimRuntime extends SimObject<WorkbookState> {
  readonly _className = "Runtime";

  constructor(context: SimContext) {
    super(context, (ex) => ex.state);
  }

  protected override _scalars(): Record<string, Getter<WorkbookState>> {
    return { enableEvents: (_t, ex) => ex.core.enableEvents };
  }

  get enableEvents(): boolean {
    return this._read("enableEvents");
  }
  set enableEvents(value: boolean) {
    this.context._core.requireApi("Runtime.enableEvents", "1.8");
    this._write("enableEvents", value, (_t, ex) => {
      ex.after(() => {
        ex.core.enableEvents = Boolean(value);
      });
    });
  }
}
