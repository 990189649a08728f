// The workbook as read (state.ts: positions, headers, formulas, formats) in the model's terms for
// the sync: rows by link with the model's cells, the snapshot, the link's facts. The state read
// stays with the contents, for laying a plan out over it (lay-out.ts).

import { IMPORT_TABLES } from "../permanent-data/rows";
import { textOf } from "../permanent-data/cell-text";
import type { CellValue } from "../permanent-data/merge";
import { CHECK_COLUMN } from "./layout";
import { linkOf } from "./read";
import type { SheetContents, RowRead } from "./port";
import { logLines } from "./log-table";
import type { SheetState } from "./state";

/** Columns the add-in derives from the link and the other rows, rewritten on every sync: not the model's. */
const BOOKKEEPING = new Set(["source", "link", "adminPulseId", "duplicateOf", CHECK_COLUMN]);

const states = new WeakMap<SheetContents, SheetState>();

export function contentsOf(state: SheetState): SheetContents {
  const tables: SheetContents["tables"] = {};
  for (const id of IMPORT_TABLES) {
    const table = state.tables[id];
    if (table) tables[id] = table.rows.map((r): RowRead => ({ link: linkOf(id, r.cells), cells: modelCells(r.cells), ref: r.index, label: labelOf(r.cells) }));
  }
  const contents: SheetContents = {
    tables,
    snapshot: { tables: state.snapshot.tables, enterpriseNumber: state.snapshot.enterpriseNumber ?? null },
    enterpriseNumber: state.enterpriseNumber,
    enterpriseNumberName: state.enterpriseNumberName,
    identificationVeryHidden: state.identificationVeryHidden,
    sheet: state.tables.identification?.sheet ?? null,
    log: logLines(state.tables.syncLog),
  };
  states.set(contents, state);
  return contents;
}

/** The state a `SheetContents` was read as; only contents this module made have one. */
export function stateOf(contents: SheetContents): SheetState {
  const state = states.get(contents);
  if (!state) throw new Error("contents not read through the workbook port");
  return state;
}

function modelCells(cells: Record<string, CellValue>): Record<string, CellValue> {
  return Object.fromEntries(Object.entries(cells).filter(([key]) => !BOOKKEEPING.has(key)));
}

function labelOf(cells: Record<string, CellValue>): string {
  for (const key of ["name", "field", "key"]) {
    const label = textOf(cells[key]);
    if (label) return label;
  }
  return "";
}
