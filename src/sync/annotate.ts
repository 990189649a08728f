// The annotate step of a sync, and all of Run checks: the extended checks over the rows as the sheet
// will show them (manual rows included), in the model's terms. A finding's row is the row's
// position in the list given; the workbook finds its cell.

import { runChecks } from "../checks";
import type { CheckInput, CheckRow, Finding } from "../checks/types";
import type { Cells } from "../permanent-data/merge";
import type { PermanentData } from "../permanent-data/model";
import { IMPORT_TABLES, type ImportTable } from "../permanent-data/rows";

export interface AnnotateInput {
  tables: Partial<Record<ImportTable, readonly { link: string | null; cells: Cells }[]>>;
  /** The company as AdminPulse gave it; null for Run checks (the rules that need it stay silent). */
  company: PermanentData | null;
  /** Rows an automatic sync left alone, with the columns edited (SYNC-01). */
  conflicts: CheckInput["conflicts"];
  /** `yyyy-MM-dd`. */
  today: string;
}

export function annotate(input: AnnotateInput): Finding[] {
  const rows = Object.fromEntries(
    IMPORT_TABLES.map((id) => [id, (input.tables[id] ?? []).map((r, index): CheckRow => ({ index, link: r.link, cells: r.cells }))]),
  ) as Record<ImportTable, CheckRow[]>;
  return runChecks({ ...rows, company: input.company, conflicts: input.conflicts, today: input.today });
}
