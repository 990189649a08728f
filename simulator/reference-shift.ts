// When cells are inserted or deleted, every formula of the workbook that names moved cells is
// rewritten to name them where they now are (formula-refs.ts), and one naming deleted cells gets
// #REF!: formulas in cells on every sheet, conditional-format rules, names whose formula is not a
// plain range, and total rows kept while hidden. Writing values in place rewrites nothing.

import { shiftFormula, type CellShift } from "./formula-refs";
import { findSheetById, type WorkbookState } from "./model";

export function shiftReferences(state: WorkbookState, shift: CellShift): void {
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.f !== undefined) cell.f = shiftFormula(cell.f, sheet.name, shift);
    }
    // A rule's references are relative to its anchor cell, which moves with its cells.
    for (const cf of sheet.condFormats) cf.formula = shiftFormula(cf.formula, sheet.name, shift);
  }
  for (const table of state.tables) {
    const kept = table.hiddenTotals;
    if (kept === undefined) continue;
    const own = findSheetById(state, table.sheetId)?.name ?? "";
    for (const [id, text] of Object.entries(kept)) {
      if (text.startsWith("=")) kept[Number(id)] = shiftFormula(text, own, shift);
    }
  }
  for (const name of state.names) {
    const ref = name.ref;
    // A name whose formula is more than a range (=Sheet1!$A$1*2) is kept as its text. Its
    // unqualified references would be to the active sheet; Excel stores them qualified.
    if (ref.kind !== "constant" || ref.value !== ref.formula) continue;
    const scope = name.scopeSheetId === null ? "" : (findSheetById(state, name.scopeSheetId)?.name ?? "");
    const formula = shiftFormula(ref.formula, scope, shift);
    name.ref = { kind: "constant", formula, value: formula };
  }
}
