// The checks' findings, as the workbook shows them after every sync: the PD_Checks table (every
// finding, with a link to its cell), and on each cell concerned a note and a colour by severity.
// Errors and warnings get notes and colours; info findings are listed in PD_Checks only, so that
// reminders (filing deadlines, UBO) do not cover the sheet in notes.

import type { Finding } from "../checks/types";
import type { Language, Localized } from "../i18n/language";
import { textOf } from "../permanent-data/cell-text";
import type { Cells } from "../permanent-data/merge";
import type { ImportTable } from "../permanent-data/rows";
import { labelsFor } from "../permanent-data/labels";
import { TABLES, type TableId } from "../permanent-data/tables";
import { NUMBER_FORMATS } from "./cells";
import { CHECK_COLUMN, columnLetter, mayHaveCheckColumn, ownTableWrite } from "./layout";
import { type CellAnnotation, type ExcelCell, SEVERITY_FILLS, type TableWrite } from "./plan";
import type { FindingView } from "./port";
import type { ExistingTable } from "./state";

export interface TablePlace {
  sheet: string;
  row: number;
  column: number;
  columns: readonly string[];
}

/** A row of a table as the findings' positions count it, and the body row it is on. */
export interface RowAt {
  link: string | null;
  cells: Cells;
  at: number;
}

/**
 * Where each finding points, in the sheet as it will be after the write, and in words. A target's
 * row is a position in `rows` (the rows the checks read), on the body row `at`.
 */
export function findingViews(
  findings: readonly Finding[],
  places: Partial<Record<TableId, TablePlace>>,
  rows: Partial<Record<ImportTable, readonly RowAt[]>>,
): FindingView[] {
  return findings.map((f) => {
    const place = f.target ? places[f.target.table] : undefined;
    const row = f.target && f.target.row !== null ? rows[f.target.table]?.[f.target.row] : undefined;
    const where = f.target ? whereOf(f.target, row) : null;
    if (!f.target || !place) return { id: f.id, severity: f.severity, message: f.message, cell: null, where };
    const c = f.target.column ? Math.max(0, place.columns.indexOf(f.target.column)) : 0;
    // A whole column or table points at its header cell.
    const whole = f.target.row === null;
    const r = whole ? place.row : place.row + 1 + (row?.at ?? f.target.row!);
    return {
      id: f.id,
      severity: f.severity,
      message: f.message,
      cell: { sheet: place.sheet, address: `${columnLetter(place.column + c)}${r + 1}` },
      where,
      ...(whole ? { whole } : {}),
    };
  });
}

/** "Role of Claire Fontaine (Directors)", "General meeting date (Identification)", "Shares (Shareholders)". */
function whereOf(target: NonNullable<Finding["target"]>, row: RowAt | undefined): Localized {
  const one = (l: Language): string => {
    const labels = labelsFor(l);
    const section = labels.sections[target.table];
    const headers = labels.headers[target.table] as Readonly<Record<string, string>>;
    const column = target.column ? (headers[target.column] ?? null) : null;
    if (target.table === "identification") {
      // An identification row is its field: "General meeting date", not "Value of General meeting date".
      const key = row?.link ?? textOf(row?.cells.key);
      const field = (key && (labels.identification as Readonly<Record<string, string>>)[key]) || textOf(row?.cells.field);
      return field ? `${field} (${section})` : column ? `${column} (${section})` : section;
    }
    const name = row ? textOf(row.cells.name) : null;
    if (column && name) return `${{ fr: `${column} de`, nl: `${column} van`, en: `${column} of` }[l]} ${name} (${section})`;
    return `${name ?? column ?? ""}${name || column ? ` (${section})` : section}`;
  };
  return { fr: one("fr"), nl: one("nl"), en: one("en") };
}

/**
 * Notes and colours for the cells of errors and warnings: one note per cell, all its findings in
 * it. A header cell (a finding on a whole column or table) gets the note alone: a severity's fill
 * under the table style's white header text would make it unreadable.
 */
export function cellAnnotations(views: readonly FindingView[], language: Language): CellAnnotation[] {
  const byCell = new Map<string, CellAnnotation>();
  for (const v of views) {
    if (!v.cell || v.severity === "info") continue;
    const key = `${v.cell.sheet}!${v.cell.address}`;
    const line = findingLine(v, language);
    const existing = byCell.get(key);
    if (!existing) byCell.set(key, { sheet: v.cell.sheet, address: v.cell.address, note: line, fill: v.whole ? "" : SEVERITY_FILLS[v.severity] });
    else {
      existing.note += `\n\n${line}`;
      if (v.severity === "error" && existing.fill !== "") existing.fill = SEVERITY_FILLS.error;
    }
  }
  return [...byCell.values()];
}

/**
 * The annotations the snapshot remembers after a write. An Excel without notes cannot change the
 * notes already on cells: each is remembered with the text it still has (a note is the add-in's
 * only while its text is what was remembered), with this write's colour, or none when its finding
 * went (the colour is already taken away, and not to be taken again from a cell someone colours
 * later); the next sync in an Excel with notes then updates or removes it.
 */
export function annotationsToRemember(current: readonly CellAnnotation[], previous: readonly CellAnnotation[], notes: boolean): CellAnnotation[] {
  if (notes) return [...current];
  const key = (a: CellAnnotation) => `${a.sheet}!${a.address}`;
  const before = new Map(previous.map((a) => [key(a), a]));
  const now = new Map(current.map((a) => [key(a), a]));
  return [
    ...current.map((a) => ({ ...a, note: before.get(key(a))?.note ?? a.note })),
    ...previous.filter((a) => !now.has(key(a))).map((a) => ({ ...a, fill: "" })),
  ];
}

/** A finding as a note or the checks' column says it: "DIR-04: …". */
function findingLine(f: { id: string; message: Localized }, language: Language): string {
  return `${f.id}: ${f.message[language]}`;
}

/**
 * A table's columns as the write lays them out: the checks' column is added, last, where Excel
 * has no notes, and only where the column after the table is empty (a table never grows over
 * cells; there, the colours and PD_Checks carry the findings). Once there, it stays and is kept
 * current, notes or not: removing it would move the user's columns after it.
 */
export function columnsOf(table: TableId, existing: ExistingTable | undefined, notes: boolean): string[] {
  const columns = existing?.columns ?? [...TABLES[table].columns];
  if (notes || !mayHaveCheckColumn(table) || columns.includes(CHECK_COLUMN) || (existing && !existing.columnAfterFree)) return columns;
  return [...columns, CHECK_COLUMN];
}

/**
 * The checks' column of a table, row by row (`rows` body rows): the errors and warnings of the
 * row, one per line, as its notes would say them. Info findings stay in PD_Checks, as for notes.
 */
export function checkColumnTexts(findings: readonly Finding[], table: TableId, rows: number, language: Language): string[] {
  const texts: string[][] = Array.from({ length: rows }, () => []);
  for (const f of findings) {
    if (f.severity === "info" || f.target?.table !== table || f.target.row === null) continue;
    texts[f.target.row]?.push(findingLine(f, language));
  }
  return texts.map((lines) => lines.join("\n"));
}

/** PD_Checks: every finding of this sync, errors first, with a link to its cell. */
export function checksTableWrite(
  existing: ExistingTable | undefined,
  views: readonly FindingView[],
  language: Language,
  at: { sheet: string; row: number; column: number },
): TableWrite {
  const labels = labelsFor(language);
  const columns = existing?.columns ?? [...TABLES.checks.columns];
  const rows = views.map((v) => {
    const cells: Record<string, ExcelCell> = {
      severity: labels.severities[v.severity],
      check: v.id,
      message: v.message[language],
      where: v.cell ? hyperlink(v.cell) : "",
    };
    return {
      body: columns.map((key) => cells[key] ?? ""),
      // Our own link is the one formula here; everything else is text.
      formats: columns.map((key) => (key === "where" && v.cell ? "General" : NUMBER_FORMATS.text)),
    };
  });
  return ownTableWrite("checks", existing, rows, language, at);
}

/** `=HYPERLINK("#'Sheet'!C5","Sheet!C5")`: sheet names are ours or the user's, quoted as Excel wants. */
function hyperlink(cell: { sheet: string; address: string }): string {
  const quoted = `'${cell.sheet.replace(/'/g, "''")}'`;
  const label = `${cell.sheet}!${cell.address}`.replace(/"/g, '""');
  return `=HYPERLINK("#${quoted.replace(/"/g, '""')}!${cell.address}","${label}")`;
}
