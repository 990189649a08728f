// "Run checks" without syncing: after manual edits, the checks over what the sheet shows now, and
// their annotations (PD_Checks, notes, colours) brought up to date. Nothing is fetched: the rules
// that need AdminPulse's data (total shares, sole proprietorship) stay silent. The annotate step
// of a sync (annotate.ts), over the rows read; no table is rewritten.

import type { Language } from "../i18n/language";
import type { FindingView, WorkbookPort } from "../workbook/port";
import { annotate } from "./annotate";
import { sheetCall, syncErrors } from "./errors";

export async function runChecksOnly(workbook: WorkbookPort, options: { language: Language; today: string }): Promise<FindingView[]> {
  const contents = await sheetCall(() => workbook.read());
  if (!contents.tables.identification) throw syncErrors.noEnterpriseNumber();
  const findings = annotate({ tables: contents.tables, company: null, conflicts: [], today: options.today });
  // As a sync: no protected sheet, and PD_Checks grows only over empty cells.
  const laidOut = sheetCall(() => workbook.layOut(contents, { language: options.language, tables: null, findings, log: [], snapshot: null }));
  await sheetCall(() => workbook.apply(laidOut));
  return laidOut.findings;
}
