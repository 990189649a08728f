// A sync's whole planning, pure, for tests that look at the cells: the plan in the model's terms
// (sync/build-plan.ts) laid out over a workbook as read (workbook/lay-out.ts), as a sync does it.

import type { PermanentData } from "../../src/permanent-data/model";
import { type PlanOptions, buildPlan } from "../../src/sync/build-plan";
import { contentsOf } from "../../src/workbook/contents";
import { layOut } from "../../src/workbook/lay-out";
import type { SheetState } from "../../src/workbook/state";

export function planWrite(state: SheetState, data: PermanentData, options: PlanOptions & { notes?: boolean }) {
  const contents = contentsOf(state);
  const built = buildPlan(contents, data, options);
  const laidOut = layOut(contents, built.plan, { notes: options.notes ?? true });
  return { plan: laidOut.write, outcomes: built.outcomes, duplicates: built.duplicates, findings: laidOut.findings };
}
