// The merge of a fresh import with what a table of the sheet holds. Generic over tables: a row is
// a record of cells keyed by column; an imported row carries its AdminPulse link, a manual row
// has none. Rules (../shared/ARCHITECTURE.md, "Merge rules"):
// - manual rows are never removed or changed, whatever the input;
// - imported rows follow AdminPulse, matched by link; new links are added at the end;
// - an imported row whose link left AdminPulse is removed, unless the user edited it: then it is
//   kept as a manual row (nothing typed is ever lost);
// - a cell the user edited since the last import (sheet ≠ snapshot) that AdminPulse also has
//   differently is a conflict: a sync an event starts (the workbook opened, its sheet activated)
//   leaves the row alone; a sync a person runs leaves it alone too unless told, per row, to take
//   AdminPulse's values, to keep the user's values and stay linked, or to turn the row manual.
// - a cell the user chose to keep (a "pinned" cell) stays as typed while the rest of its row
//   follows AdminPulse, sync after sync; it is reported while AdminPulse differs, and the pin ends
//   once AdminPulse has the same value.
// - a column the sheet does not have (absent from a row's cells, unlike an empty cell: null) is
//   not an edit: it reads as what was imported last.
// Rows turned manual (by the user's answer, or because they left AdminPulse after being edited) are
// remembered as "detached" so that a later import does not add them back next to the user's copy.

export type CellValue = string | number | boolean | null;
export type Cells = Readonly<Record<string, CellValue>>;

export interface SheetRow {
  /** AdminPulse link of an imported row; null for a row typed by hand. */
  link: string | null;
  cells: Cells;
  /** Opaque to the merge, carried to every row of the result that comes from this one (the caller's row id). */
  ref?: unknown;
  /** In the result: columns whose cells stay as the sheet has them (pinned by the user); nothing is written there. */
  keep?: readonly string[];
}

export interface ImportedRow {
  link: string;
  cells: Cells;
}

/** What the add-in last wrote into imported rows, kept in the workbook (no secrets). */
export interface TableSnapshot {
  /** link → the cells as last imported. */
  rows: Readonly<Record<string, Cells>>;
  /** Links the user chose to keep as manual rows: not imported again. */
  detached: readonly string[];
  /** link → the columns whose cells the user chose to keep while the row stays linked. */
  pinned?: Readonly<Record<string, readonly string[]>>;
}

export const EMPTY_SNAPSHOT: TableSnapshot = { rows: {}, detached: [] };

/** A person's answer to a row's conflicts: AdminPulse's values, the row's own values kept (still linked), or the row detached as manual. */
export type Resolution = "take-adminpulse" | "keep-mine" | "make-manual";

export interface MergeInput {
  /** Columns compared and written; derived columns (source, link, duplicate of…) stay out. */
  columns: readonly string[];
  /**
   * The add-in's own bookkeeping columns. Any other cell outside `columns` is the user's (a
   * column they added): when it holds something, the row counts as edited.
   */
  bookkeeping?: readonly string[];
  sheet: readonly SheetRow[];
  snapshot: TableSnapshot;
  incoming: readonly ImportedRow[];
  startedBy: "person" | "event";
  /** For a sync a person runs, their answer per conflicting link. */
  resolutions?: ReadonlyMap<string, Resolution>;
}

export interface CellConflict {
  column: string;
  /** What the sheet holds now (the user's edit). */
  sheet: CellValue;
  /** What the add-in wrote last time. */
  imported: CellValue;
  /** What AdminPulse says now. */
  adminPulse: CellValue;
}

export type Change =
  | { kind: "added"; link: string }
  | { kind: "updated"; link: string; columns: string[] }
  | { kind: "removed"; link: string }
  /** Left AdminPulse, but the user had edited it: kept as a manual row. */
  | { kind: "kept-edited"; link: string }
  | { kind: "conflict"; link: string; cells: CellConflict[]; outcome: "left-alone" | "took-adminpulse" | "kept-mine" | "made-manual" }
  /** Cells pinned earlier, still different from AdminPulse: kept as typed, and reported. */
  | { kind: "pinned"; link: string; cells: CellConflict[] };

export interface MergeResult {
  rows: SheetRow[];
  snapshot: TableSnapshot;
  changes: Change[];
  /** Manual rows in the result (all of them untouched). */
  keptManual: number;
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  const x = typeof a === "string" ? a.trim() : a;
  const y = typeof b === "string" ? b.trim() : b;
  if ((x === null || x === "") && (y === null || y === "")) return true;
  if (typeof x === "number" && typeof y === "string" && y !== "") return x === Number(y);
  if (typeof y === "number" && typeof x === "string" && x !== "") return y === Number(x);
  return x === y;
}

function pick(cells: Cells, columns: readonly string[]): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const column of columns) out[column] = cells[column] ?? null;
  return out;
}

/**
 * A column the sheet does not have (its header renamed, or the column deleted) holds, for the
 * merge, what was imported last: nothing there was edited, and what AdminPulse says of it is
 * simply not shown until the column is back.
 */
function withAbsentColumns(row: SheetRow, last: Cells, columns: readonly string[]): SheetRow {
  const absent = columns.filter((c) => !Object.prototype.hasOwnProperty.call(row.cells, c));
  return absent.length === 0 ? row : { ...row, cells: { ...pick(last, absent), ...row.cells } };
}

/** The columns pinned for a link, among the table's columns. */
function pinnedOf(snapshot: TableSnapshot, link: string, columns: readonly string[]): string[] {
  const pinned = snapshot.pinned && Object.prototype.hasOwnProperty.call(snapshot.pinned, link) ? snapshot.pinned[link] : undefined;
  return Array.isArray(pinned) ? columns.filter((c) => pinned.includes(c)) : [];
}

export function mergeTable(input: MergeInput): MergeResult {
  const { columns, snapshot, startedBy } = input;
  const incoming = new Map<string, ImportedRow>();
  for (const row of input.incoming) if (!incoming.has(row.link)) incoming.set(row.link, row);
  const detached = new Set(snapshot.detached);
  // Links are whatever the sheet's link cells say: "__proto__" or "toString" must be plain keys.
  const nextSnapshot: Record<string, Cells> = Object.create(null) as Record<string, Cells>;
  const nextPinned: Record<string, readonly string[]> = Object.create(null) as Record<string, readonly string[]>;
  const changes: Change[] = [];
  const rows: SheetRow[] = [];
  const seen = new Set<string>();

  const asManual = (row: SheetRow): SheetRow => ({ ...row, link: null });
  const own = new Set([...columns, ...(input.bookkeeping ?? [])]);
  const typedElsewhere = (row: SheetRow) => Object.entries(row.cells).some(([column, value]) => !own.has(column) && !sameValue(value, null));

  const sheet = input.sheet.map((row) => {
    const last = row.link !== null && Object.prototype.hasOwnProperty.call(snapshot.rows, row.link) ? snapshot.rows[row.link] : undefined;
    return last ? withAbsentColumns(row, last, columns) : row;
  });
  for (const row of sheet) {
    if (!row.link) {
      rows.push(row.link === null ? row : asManual(row));
      continue;
    }
    // A copied imported row carries the same link twice: the copy is the user's, so keep it as manual.
    if (seen.has(row.link)) {
      rows.push(asManual(row));
      continue;
    }
    seen.add(row.link);
    // The user chose to keep this one as theirs; should it still carry the link, it stays manual.
    if (detached.has(row.link)) {
      rows.push(asManual(row));
      continue;
    }
    const last = Object.prototype.hasOwnProperty.call(snapshot.rows, row.link) ? snapshot.rows[row.link] : undefined;
    const pins = pinnedOf(snapshot, row.link, columns);
    const typed = columns.filter((c) => !last || !sameValue(row.cells[c] ?? null, last[c] ?? null));
    // A pinned cell is the user's on purpose: not an edit to ask about again.
    const edited = typed.filter((c) => !pins.includes(c));
    const fresh = incoming.get(row.link);

    if (!fresh) {
      if (typed.length === 0 && pins.length === 0 && !typedElsewhere(row)) {
        changes.push({ kind: "removed", link: row.link });
      } else {
        changes.push({ kind: "kept-edited", link: row.link });
        rows.push(asManual(row));
        detached.add(row.link);
      }
      continue;
    }

    const cellConflict = (c: string): CellConflict => ({
      column: c,
      sheet: row.cells[c] ?? null,
      imported: last?.[c] ?? null,
      adminPulse: fresh.cells[c] ?? null,
    });
    const conflicts = edited.filter((c) => !sameValue(row.cells[c] ?? null, fresh.cells[c] ?? null)).map(cellConflict);

    // Pins that still hold (AdminPulse differs); one AdminPulse now agrees with ends.
    const held = pins.filter((c) => !sameValue(row.cells[c] ?? null, fresh.cells[c] ?? null));
    let keep = held;
    if (conflicts.length > 0) {
      const resolution = startedBy === "person" ? input.resolutions?.get(row.link) : undefined;
      if (resolution === "make-manual") {
        changes.push({ kind: "conflict", link: row.link, cells: conflicts, outcome: "made-manual" });
        rows.push(asManual(row));
        detached.add(row.link);
        continue;
      }
      if (resolution !== "take-adminpulse" && resolution !== "keep-mine") {
        changes.push({ kind: "conflict", link: row.link, cells: conflicts, outcome: "left-alone" });
        rows.push(row);
        // Keep the old snapshot and pins: the user's edit stays an edit until it is resolved.
        if (last) nextSnapshot[row.link] = last;
        if (pins.length > 0) nextPinned[row.link] = pins;
        continue;
      }
      if (resolution === "keep-mine") keep = [...held, ...conflicts.map((c) => c.column)];
      changes.push({ kind: "conflict", link: row.link, cells: conflicts, outcome: resolution === "keep-mine" ? "kept-mine" : "took-adminpulse" });
    }
    if (held.length > 0) changes.push({ kind: "pinned", link: row.link, cells: held.map(cellConflict) });

    // The row follows AdminPulse but for the cells kept; the snapshot records AdminPulse's values.
    const next = pick(fresh.cells, columns);
    const changed = columns.filter((c) => !keep.includes(c) && !sameValue(row.cells[c] ?? null, next[c] ?? null));
    if (changed.length > 0 && conflicts.length === 0) changes.push({ kind: "updated", link: row.link, columns: changed });
    rows.push({ ...row, cells: { ...row.cells, ...next, ...pick(row.cells, keep) }, ...(keep.length > 0 ? { keep } : {}) });
    nextSnapshot[row.link] = next;
    if (keep.length > 0) nextPinned[row.link] = keep;
  }

  for (const fresh of incoming.values()) {
    if (seen.has(fresh.link) || detached.has(fresh.link)) continue;
    const next = pick(fresh.cells, columns);
    rows.push({ link: fresh.link, cells: next });
    nextSnapshot[fresh.link] = next;
    changes.push({ kind: "added", link: fresh.link });
  }

  return {
    rows,
    snapshot: { rows: nextSnapshot, detached: [...detached], ...(Object.keys(nextPinned).length > 0 ? { pinned: nextPinned } : {}) },
    changes,
    keptManual: rows.filter((r) => r.link === null).length,
  };
}
