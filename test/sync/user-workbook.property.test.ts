// For any decorations an accountant adds to PD_Shareholders (a Total Row, a formula column of their
// own, fills, number formats, a conditional format, a row typed by hand, formulas on another sheet
// reading each holder) and any change AdminPulse makes to the holders (added, removed, reordered),
// the next sync loses none of it and moves none of it to another holder's row: every formula that
// read a holder reads that holder still, or #REF! once the holder is gone. The accountant may also
// have filtered the table (on Kind or on Shares) and sorted it (by Shares): the filter's criteria
// are there after the sync, unchanged, and hide exactly the rows they reject, new rows included.

import fc from "fast-check";
import { parseAddress } from "../../simulator/address";
import { type ExcelSimulator, createExcelSimulator } from "../../simulator";
import type { CompanyData } from "../../src/adminpulse";
import { sync } from "../../src/sync/sync";
import { excelWorkbook } from "../../src/workbook/port";
import { ACME, HOLDCO, PERSON_A, fixtureSeed } from "../support/fixture-seed";
import { startSandbox } from "../support/sandbox";
import { NOW, snapshotWithoutLog } from "./support";

const SHEET = "Permanent data";
const USER_FILL = "#DDEBF7";
const USER_CF_FILL = "#C6EFCE";
const MANUAL_FILL = "#FFF4CE";
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const filler = (i: number) => `f${String(i).padStart(7, "0")}-0000-4000-8000-000000000000`;
/** The holders AdminPulse may have: Zoë, the holding, and six more. */
const CANDIDATES = [PERSON_A, HOLDCO, ...Array.from({ length: 6 }, (_, i) => filler(i))];
const link = (id: string) => `shareholder:${id}`;

let base: CompanyData;

beforeAll(async () => {
  const seed = fixtureSeed();
  const acme = seed.relations.find((r) => r.uniqueIdentifier === ACME.id)!;
  for (let i = 0; i < 6; i++) acme.tos.push({ linkType: 6, uniqueIdentifier: filler(i), shares: 10 * (i + 1), votingRights: 10 * (i + 1) });
  const running = await startSandbox({ seed });
  try {
    base = await running.client().fetchCompany(ACME.number);
  } finally {
    await running.sandbox.close();
  }
});

/** ACME as AdminPulse gives it with these holders (indices into CANDIDATES), in this order. */
function withHolders(order: readonly number[]): CompanyData {
  const holding = new Map(base.company.links.filter((l) => l.role === "shareholder").map((l) => [l.relationId, l]));
  const others = base.company.links.filter((l) => l.role !== "shareholder");
  return { ...base, company: { ...base.company, links: [...others, ...order.map((i) => holding.get(CANDIDATES[i]!)!)] } };
}

function syncWith(sim: ExcelSimulator, data: CompanyData) {
  return sync({
    workbook: excelWorkbook(sim.run),
    client: { fetchCompany: async () => data },
    language: "en",
    startedBy: "person",
    now: () => NOW,
    enterpriseNumber: ACME.number,
  });
}

async function edit(sim: ExcelSimulator, batch: (wb: Excel.Workbook) => void): Promise<void> {
  await sim.run(async (context) => {
    batch(context.workbook as unknown as Excel.Workbook);
    await context.sync();
  });
}

const holders = fc.uniqueArray(fc.integer({ min: 0, max: CANDIDATES.length - 1 }), { maxLength: CANDIDATES.length });
const decorations = fc.record({
  totals: fc.boolean(),
  formulaColumn: fc.boolean(),
  conditionalFormat: fc.boolean(),
  /** Which holders (by position in the table) get a fill and bold on their name, a number format on their shares. */
  coloured: fc.uniqueArray(fc.nat(7), { maxLength: 3 }),
  formatted: fc.uniqueArray(fc.nat(7), { maxLength: 2 }),
  /** Where a row is typed by hand, as a body index (clamped), or none. */
  manualAt: fc.option(fc.nat(8), { nil: null }),
});

/** A filter on PD_Shareholders: a values filter on Kind, or a custom filter on Shares. */
type Filter = { column: "Kind"; values: string[] } | { column: "Shares"; criterion1: string; criterion2?: string; operator?: "And" | "Or" };
const comparison = fc.tuple(fc.constantFrom(">", ">=", "<", "<="), fc.constantFrom(10, 30, 50, 400, 600)).map(([op, n]) => `${op}${n}`);
const filters: fc.Arbitrary<Filter | null> = fc.oneof(
  fc.constant(null),
  // Excel compares a values filter's strings with the displayed text, case-insensitively; "" is (Blanks).
  fc.subarray(["Natural person", "legal PERSON", ""], { minLength: 1 }).map((values): Filter => ({ column: "Kind", values })),
  fc
    .record({ criterion1: comparison, second: fc.option(fc.tuple(comparison, fc.constantFrom("And" as const, "Or" as const)), { nil: null }) })
    .map(({ criterion1, second }): Filter =>
      second === null ? { column: "Shares", criterion1 } : { column: "Shares", criterion1, criterion2: second[0], operator: second[1] },
    ),
);
/** A sort by Shares: ascending, descending, or none. */
const sorts = fc.constantFrom(null, true, false);

/** Whether a body row passes the filter, as Excel decides it (the simulator's README, "Filters"). */
function passes(filter: Filter, headers: string[], row: readonly unknown[]): boolean {
  const cell = row[headers.indexOf(filter.column)];
  if (filter.column === "Kind") {
    const text = cell === null || cell === undefined ? "" : String(cell);
    return filter.values.some((v) => v.toLowerCase() === text.toLowerCase());
  }
  // Comparisons match numbers against a number, never blanks or text.
  const compare = (criterion: string) => {
    const [, op, operand] = /^(>=|<=|>|<)(\d+)$/.exec(criterion)!;
    if (typeof cell !== "number") return false;
    const n = Number(operand);
    return op === ">" ? cell > n : op === ">=" ? cell >= n : op === "<" ? cell < n : cell <= n;
  };
  if (filter.criterion2 === undefined) return compare(filter.criterion1);
  return filter.operator === "Or" ? compare(filter.criterion1) || compare(filter.criterion2) : compare(filter.criterion1) && compare(filter.criterion2);
}

/** A body row's identity: its AdminPulse link, or "manual". */
function identities(sim: ExcelSimulator): string[] {
  const t = sim.table("PD_Shareholders")!;
  const l = t.headers.indexOf("AdminPulse link");
  return t.rows.filter((r) => r.some((v) => v !== "" && v !== 0)).map((r) => (r[l] === "" ? "manual" : String(r[l])));
}

describe("any decorations × any change of holders", () => {
  it("nothing the user built is lost or moved to another holder's row", async () => {
    await fc.assert(
      fc.asyncProperty(holders, decorations, filters, sorts, holders, async (first, deco, filter, ascending, second) => {
        const sim = createExcelSimulator();
        await syncWith(sim, withHolders(first));
        const r0 = parseAddress(sim.table("PD_Shareholders")!.address).rect; // P1:Y…
        const col = (offset: number) => String.fromCharCode(65 + r0.c0 + offset); // P…Z: single letters here
        const shares = col(4);

        // The user's decorations.
        const firstRows = r0.r1 - r0.r0;
        if (deco.formulaColumn) {
          await edit(sim, (wb) => {
            wb.tables.getItem("PD_Shareholders").resize(`${col(0)}1:${col(10)}${r0.r1 + 1}`);
            const sheet = wb.worksheets.getItem(SHEET);
            sheet.getRange(`${col(10)}1`).values = [["Tax"]];
            sheet.getRange(`${col(10)}2:${col(10)}${r0.r1 + 1}`).formulas = Array.from({ length: firstRows }, (_, i) => [`=${shares}${i + 2}*2`]);
          });
        }
        const width = deco.formulaColumn ? 11 : 10;
        const manual = ["Employee trust", "Legal person", "", "", 50, 50, "", "", "", "", null].slice(0, width);
        if (deco.manualAt !== null) {
          const at = first.length === 0 ? 0 : Math.min(deco.manualAt, first.length);
          await edit(sim, (wb) => {
            wb.tables.getItem("PD_Shareholders").rows.add(at, [manual] as unknown as string[][]);
          });
        }
        if (deco.totals) {
          await edit(sim, (wb) => {
            wb.tables.getItem("PD_Shareholders").showTotals = true;
          });
        }
        // The user's sort (Excel moves the rows' cells), then their filter (which refuses rows added
        // or deleted, so it comes after the row typed by hand).
        if (ascending !== null) {
          await edit(sim, (wb) => wb.tables.getItem("PD_Shareholders").sort.apply([{ key: 4, ascending }]));
          const sorted = sim
            .table("PD_Shareholders")!
            .rows.map((row) => row[4])
            .filter((x): x is number => typeof x === "number");
          expect(sorted).toEqual([...sorted].sort((a, b) => (ascending ? a - b : b - a)));
        }
        if (filter !== null) {
          await edit(sim, (wb) => {
            const column = wb.tables.getItem("PD_Shareholders").columns.getItem(filter.column).filter;
            if (filter.column === "Kind") column.applyValuesFilter(filter.values);
            else if (filter.criterion2 === undefined) column.applyCustomFilter(filter.criterion1);
            else column.applyCustomFilter(filter.criterion1, filter.criterion2, filter.operator as Excel.FilterOperator);
          });
        }
        const criteria = sim.table("PD_Shareholders")!.filters;
        const sortState = sim.table("PD_Shareholders")!.sort;
        if (filter === null) expect(criteria).toBeUndefined();
        else {
          const { column, ...fields } = filter;
          expect(criteria).toStrictEqual({ [column]: column === "Kind" ? { filterOn: "Values", ...fields } : { filterOn: "Custom", ...fields } });
          // The matcher below agrees with Excel's filter on the rows as the user left them.
          const t = sim.table("PD_Shareholders")!;
          expect(t.hiddenRows ?? []).toEqual(t.rows.flatMap((row, i) => (passes(filter, t.headers, row) ? [] : [i])));
        }
        const before = identities(sim);
        const rect = () => parseAddress(sim.table("PD_Shareholders")!.address).rect;
        const rowOf = (id: string) => {
          const at = identities(sim).indexOf(id);
          return at < 0 ? null : rect().r0 + 2 + at; // 1-based sheet row
        };
        const imported = before.filter((x) => x !== "manual");
        const coloured = deco.coloured.filter((i) => i < imported.length).map((i) => imported[i]!);
        const formatted = deco.formatted.filter((i) => i < imported.length).map((i) => imported[i]!);
        await edit(sim, (wb) => {
          const sheet = wb.worksheets.getItem(SHEET);
          const t = rect();
          const bodyEnd = t.r1 + (deco.totals ? 0 : 1); // 1-based last body row
          if (deco.totals) sheet.getRange(`${shares}${t.r1 + 1}`).formulas = [["=SUBTOTAL(109,[Shares])"]];
          for (const id of coloured) {
            sheet.getRange(`${col(0)}${rowOf(id)}`).format.fill.color = USER_FILL;
            sheet.getRange(`${col(0)}${rowOf(id)}`).format.font.bold = true;
          }
          for (const id of formatted) sheet.getRange(`${shares}${rowOf(id)}`).numberFormat = [["#,##0.00"]];
          if (deco.conditionalFormat) {
            const rule = sheet.getRange(`${shares}2:${shares}${bodyEnd}`).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
            rule.custom.rule.formula = `=$${shares}2>100`;
            rule.custom.format.fill.color = USER_CF_FILL;
          }
          const notes = wb.worksheets.add("Notes");
          imported.forEach((id, i) => {
            notes.getRange(`A${i + 1}:B${i + 1}`).formulas = [[id, `='${SHEET}'!${shares}${rowOf(id)}`]];
          });
        });

        // AdminPulse changes, and the next sync.
        await syncWith(sim, withHolders(second));
        const links = new Set(second.map((i) => link(CANDIDATES[i]!)));
        const survivors = before.filter((x) => x === "manual" || links.has(x));
        const added = second.map((i) => link(CANDIDATES[i]!)).filter((x) => !before.includes(x));
        expect(identities(sim)).toEqual([...survivors, ...added]);

        const t = sim.table("PD_Shareholders")!;
        const r = rect();
        // The formulas on the Notes sheet read their own holder, or #REF!.
        imported.forEach((id, i) => {
          const formula = sim.cell("Notes", `B${i + 1}`).formula!;
          if (!links.has(id)) expect(formula).toContain("#REF!");
          else expect(formula).toBe(`='${SHEET}'!${shares}${rowOf(id)}`);
        });
        // The Total Row, under the body, with its functions.
        expect(t.showTotals).toBe(deco.totals);
        if (deco.totals) {
          expect(t.totals![0]).toBe("Total");
          expect(sim.cell(SHEET, `${shares}${r.r1 + 1}`).formula).toBe("=SUBTOTAL(109,[Shares])");
        }
        // The user's column: each row's formula reads its own row.
        if (deco.formulaColumn) {
          const last = r.r1 + (deco.totals ? 0 : 1);
          for (let row = 2; row <= last; row++) expect(sim.cell(SHEET, `${col(10)}${row}`).formula).toBe(`=${shares}${row}*2`);
        }
        // Fills, fonts and number formats stay with their holder; no row that was there took them.
        for (const id of survivors.filter((x) => x !== "manual")) {
          const name = sim.cell(SHEET, `${col(0)}${rowOf(id)}`);
          expect(name.fill === USER_FILL && name.bold).toBe(coloured.includes(id));
          expect(sim.cell(SHEET, `${shares}${rowOf(id)}`).numberFormat).toBe(formatted.includes(id) ? "#,##0.00" : "#,##0");
        }
        // The row typed by hand: once, as typed, coloured as manual.
        const manualRows = t.rows.filter((row) => row[0] === "Employee trust");
        expect(manualRows).toHaveLength(deco.manualAt === null ? 0 : 1);
        if (deco.manualAt !== null) {
          expect(manualRows[0]!.slice(0, 8)).toEqual(["Employee trust", "Legal person", "", "", 50, 50, "", ""]);
          expect(manualRows[0]![8]).toBe("Manual");
          expect(sim.cell(SHEET, `${col(0)}${rowOf("manual")}`).displayFill).toBe(MANUAL_FILL);
        }
        // The user's conditional format is theirs still; the add-in's colour rule is there once.
        const rules = sim.snapshot().sheets.find((s) => s.name === SHEET)!.conditionalFormats;
        const own = rules.filter((c) => c.fill === USER_CF_FILL);
        if (deco.conditionalFormat)
          expect(own.map((c) => [c.formula, c.ranges[0]!.startsWith(`${shares}2:`) || c.ranges[0] === `${shares}2`])).toEqual([[`=$${shares}2>100`, true]]);
        else expect(own).toEqual([]);
        expect(rules.filter((c) => c.fill === MANUAL_FILL && c.ranges.some((x) => x.startsWith(`${col(0)}2`)))).toHaveLength(1);

        // The user's filter: the same criteria, hiding exactly the rows (new ones too) they reject.
        // (A filter hides whole sheet rows, so the neighbours' rows are not looked at.) The sort
        // state is theirs still, and the order is theirs (above), never sorted again.
        expect(t.filters).toStrictEqual(criteria);
        const rejected = filter === null ? [] : t.rows.flatMap((row, i) => (passes(filter, t.headers, row) ? [] : [i]));
        expect(t.hiddenRows ?? []).toEqual(rejected);
        expect(t.sort).toEqual(sortState);

        // And a sync with nothing new changes nothing.
        const settled = snapshotWithoutLog(sim);
        await syncWith(sim, withHolders(second));
        expect(snapshotWithoutLog(sim)).toEqual(settled);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
