// The parts of a table's rectangle: header row, body, total row. The rectangle holds all three.

import { rect as makeRect, type Rect } from "./address";
import type { TableModel } from "./model";

export function headerRect(t: TableModel): Rect {
  return makeRect(t.rect.r0, t.rect.c0, t.rect.r0, t.rect.c1);
}

/** The data rows, between the header row and the total row (when shown). */
export function bodyRect(t: TableModel): Rect {
  return makeRect(t.rect.r0 + 1, t.rect.c0, t.rect.r1 - (t.showTotals ? 1 : 0), t.rect.c1);
}

/** The total row, or null when it is hidden. */
export function totalRect(t: TableModel): Rect | null {
  return t.showTotals ? makeRect(t.rect.r1, t.rect.c0, t.rect.r1, t.rect.c1) : null;
}

export function bodyRowCount(t: TableModel): number {
  const body = bodyRect(t);
  return body.r1 - body.r0 + 1;
}

/** A column name as a structured reference writes it: [, ], # and ' take a ' before them. */
export function escapeColumnName(name: string): string {
  return name.replace(/(['[\]#])/g, "'$1");
}
