// How a table's rows become the planned ones as Excel moves rows: by inserting and deleting table
// rows, never by rewriting a row's values into another row. A formula elsewhere that reads a row
// (='Permanent data'!F3, a conditional format, a name) then follows its row wherever Excel puts it,
// and one that read a removed row becomes #REF!, never another holder's value; formulas, formats
// and notes in a row move with it. Pure: the writer (write.ts) turns the result into commands.
//
// The plan says, per planned row, which body row of the table it is (`fromRows`, 0-based) or null
// for a row new to the table. Those body rows only ever increase: Excel cannot reorder rows by
// inserting and deleting them, and the merge keeps the sheet's order (new rows at the end).

export interface RowMoves {
  /**
   * Rows inserted, top down, before any is deleted (so a table never runs out of rows): `index` is
   * the body index they take, as the table is at that moment, `at` the same or null at the end
   * (Excel's default place, where rules and formats on the whole column grow with the table);
   * `first` the planned row the first of them becomes; `from` the body row (as read) whose formats
   * Excel gives them: the row above, or the one below for rows inserted at the top.
   */
  adds: { at: number | null; index: number; count: number; first: number; from: number }[];
  /** Body rows deleted, bottom up: `at` as the table is once every insert is done. */
  deletes: { at: number; count: number }[];
  /**
   * Cell rows to insert (positive) or delete (negative) right below the table once its rows are
   * in place, in its columns: what is below a table without a total row stays where it was (the
   * rows deleted are the empty ones the inserted rows pushed down: sync.ts refuses a table that
   * would grow over cells in use). A total row's table keeps what is below it at its foot instead,
   * as Excel does when a person adds or deletes table rows.
   */
  below: number;
  /**
   * The planned row to write before any row is inserted (its index, or null): the table's only body
   * row, empty, which Excel may fill with the first added row instead of inserting one ("add rows"
   * into an empty table); once written, it is a row like the others.
   */
  early: number | null;
  /** Whether anything moves: otherwise the rows are written in place, and the table keeps its shape. */
  changed: boolean;
}

/**
 * @param oldCount body rows the table has (at least 1, as Excel keeps one)
 * @param fromRows per planned row (at least one), the body row it is now, or null when new
 * @param totals whether the table shows a total row
 */
export function planRowMoves(oldCount: number, fromRows: readonly (number | null)[], totals: boolean): RowMoves {
  const n = fromRows.length;
  if (n < 1 || oldCount < 1) throw new Error("a table keeps at least one body row");
  let last = -1;
  for (const s of fromRows) {
    if (s === null) continue;
    if (!Number.isInteger(s) || s <= last || s >= oldCount) throw new Error(`rows cannot be reordered or invented: ${JSON.stringify(fromRows)} of ${oldCount}`);
    last = s;
  }

  const kept = new Set(fromRows.filter((s): s is number => s !== null));

  // The table's rows in order as they will be once the new rows are in and before any is deleted:
  // old rows (kept or to delete) in their order, new rows after the kept row they follow. Rows to
  // delete go before new rows that end the table.
  type Entry = { old: number; planned: number | null } | { old: null; planned: number };
  const layout: Entry[] = [];
  let next = 0;
  let trailing = n; // the first planned row of the run of new rows that ends the table
  while (trailing > 0 && fromRows[trailing - 1] === null) trailing--;
  const flush = (upTo: number) => {
    for (; next < upTo; next++) layout.push({ old: next, planned: null });
  };
  fromRows.forEach((s, j) => {
    if (s !== null) {
      flush(s);
      layout.push({ old: s, planned: j });
      next = s + 1;
    } else {
      if (j >= trailing) flush(oldCount);
      layout.push({ old: null, planned: j });
    }
  });
  flush(oldCount);

  const adds: RowMoves["adds"] = [];
  let present = oldCount; // rows in the table as the inserts go
  for (let p = 0; p < layout.length;) {
    if (layout[p]!.old !== null) {
      p++;
      continue;
    }
    let q = p;
    while (q < layout.length && layout[q]!.old === null) q++;
    // Runs are whole, so the row above (or below, at the top) is an old row.
    const from = (p > 0 ? layout[p - 1]!.old : layout[q]?.old) ?? 0;
    adds.push({ at: q === layout.length && p === present ? null : p, index: p, count: q - p, first: layout[p]!.planned!, from });
    present += q - p;
    p = q;
  }
  const deletes: RowMoves["deletes"] = [];
  for (let p = layout.length - 1; p >= 0;) {
    const e = layout[p]!;
    if (e.old === null || kept.has(e.old)) {
      p--;
      continue;
    }
    let q = p;
    while (q - 1 >= 0 && layout[q - 1]!.old !== null && !kept.has(layout[q - 1]!.old!)) q--;
    deletes.push({ at: q, count: p - q + 1 });
    p = q - 1;
  }
  const added = adds.reduce((s, a) => s + a.count, 0);
  const deleted = deletes.reduce((s, x) => s + x.count, 0);
  const early = adds.length > 0 && oldCount === 1 && kept.has(0) ? fromRows.indexOf(0) : null;
  return { adds, deletes, below: totals ? 0 : deleted - added, early, changed: added > 0 || deleted > 0 };
}

/** Each planned row's place once the moves are done: its index. The old body row → new index map, for what moves with rows (notes, fills). */
export function movedRows(fromRows: readonly (number | null)[]): Map<number, number> {
  const out = new Map<number, number>();
  fromRows.forEach((s, j) => {
    if (s !== null) out.set(s, j);
  });
  return out;
}
