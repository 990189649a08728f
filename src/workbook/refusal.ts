// Why the workbook cannot take a plan, in terms the sync turns into a message for people: found
// before anything is written (a protected sheet, a table that would grow over cells), or said by
// Excel itself (its error codes are known here only).

export type Refusal =
  | { kind: "protected-sheet"; sheet: string }
  /** A table lost the column that tells imported rows from typed ones (`column`: its header). */
  | { kind: "link-column-missing"; table: string; sheet: string; column: string }
  /** A table would grow over cells in use from `cell` (A1), needing `rows` more rows. */
  | { kind: "table-blocked"; table: string; sheet: string; rows: number; cell: string }
  /** Excel cannot make room in a table: merged cells or another table in its way. */
  | { kind: "table-overlap" }
  /** Someone is typing in a cell, and this Excel does not wait for it. */
  | { kind: "cell-edit" }
  /** Any other error of Excel's, by its code. */
  | { kind: "excel"; code: string };

export class SheetRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(`workbook refused: ${refusal.kind}${refusal.kind === "excel" ? ` (${refusal.code})` : ""}`);
    this.name = "SheetRefusal";
  }
}

/** Excel's own errors (OfficeExtension.Error: a code, a message) as a refusal; anything else as it is. */
export async function refusing<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw refusalOf(error);
  }
}

function refusalOf(error: unknown): unknown {
  if (error instanceof SheetRefusal) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return error;
  // Excel's codes for a table that would overlap merged cells or another table, and for rows that
  // cannot be inserted or deleted because cells below them are merged across the table's edge.
  if (code === "MergedRangeConflict" || code === "InsertDeleteConflict") return new SheetRefusal({ kind: "table-overlap" });
  if (code === "InvalidOperationInCellEditMode") return new SheetRefusal({ kind: "cell-edit" });
  return new SheetRefusal({ kind: "excel", code });
}
