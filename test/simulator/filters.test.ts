// Table filters and hidden rows: TableColumn.filter, Table.autoFilter, clearFilters and
// reapplyFilters, Range.rowHidden, the strict refusal of inserts and deletes in a filtered table,
// hidden flags moving with their rows, Table.sort, and .xlsx round trips.

import JSZip from "jszip";
import { createExcelSimulator, type ExcelSimulator } from "../../simulator";
import { createExcelSimulatorFromXlsx, exportXlsx } from "../../simulator/xlsx";
import { rejectsWith } from "./helpers";

const DOWN = "Down" as Excel.InsertShiftDirection;
const UP = "Up" as Excel.DeleteShiftDirection;

/** PD_Shareholders on Sheet1 A1:C5 (body rows 2 to 5): Name, Kind, Shares. */
async function shareholders(sim: ExcelSimulator): Promise<void> {
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:C5").values = [
      ["Name", "Kind", "Shares"],
      ["Dupont", "Person", 10],
      ["Acme", "Company", 20],
      ["Martens", "Person", 30],
      ["Bolts", "Company", 40],
    ];
    sheet.tables.add("A1:C5", true).name = "PD_Shareholders";
  });
}

async function filteredToPersons(): Promise<ExcelSimulator> {
  const sim = createExcelSimulator();
  await shareholders(sim);
  await sim.run(async (context) => {
    context.workbook.tables.getItem("PD_Shareholders").columns.getItem("Kind").filter.applyValuesFilter(["Person"]);
  });
  return sim;
}

async function rowHidden(sim: ExcelSimulator, address: string): Promise<boolean | null> {
  return sim.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address).load("rowHidden");
    await context.sync();
    return range.rowHidden;
  });
}

function names(sim: ExcelSimulator): unknown[] {
  return (sim.table("PD_Shareholders")?.rows ?? []).map((r) => r[0]);
}

describe("table filters", () => {
  it("hide the body rows a values filter rejects, and show its criteria", async () => {
    const sim = await filteredToPersons();
    expect(sim.hiddenRows("Sheet1")).toEqual([3, 5]);
    expect(sim.table("PD_Shareholders")).toMatchObject({ filters: { Kind: { filterOn: "Values", values: ["Person"] } }, hiddenRows: [1, 3] });
    expect(sim.cell("Sheet1", "A3").rowHidden).toBe(true);
    expect(sim.cell("Sheet1", "A2").rowHidden).toBeUndefined();
    const read = await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("PD_Shareholders");
      const filter = t.columns.getItem("Kind").filter.load("criteria");
      const other = t.columns.getItem("Name").filter.load("criteria");
      const auto = t.autoFilter.load("enabled, isDataFiltered, criteria");
      await context.sync();
      return { kind: filter.criteria, name: other.criteria, auto: auto.toJSON() };
    });
    expect(read).toEqual({
      kind: { filterOn: "Values", values: ["Person"] },
      name: null,
      auto: { enabled: true, isDataFiltered: true, criteria: [null, { filterOn: "Values", values: ["Person"] }, null] },
    });
  });

  it("read rowHidden as documented: true when all rows are hidden, false when none, null when some", async () => {
    const sim = await filteredToPersons();
    expect(await rowHidden(sim, "A3")).toBe(true);
    expect(await rowHidden(sim, "A3:C3")).toBe(true);
    expect(await rowHidden(sim, "A2")).toBe(false);
    expect(await rowHidden(sim, "A2:C5")).toBeNull();
    expect(await rowHidden(sim, "A1")).toBe(false);
    expect(await rowHidden(sim, "C:C")).toBeNull();
    const hidden = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A3:C3").load("hidden");
      const b = sheet.getRange("A2:C3").load("hidden");
      await context.sync();
      return [a.hidden, b.hidden];
    });
    expect(hidden).toEqual([true, false]);
  });

  it("evaluate custom filters: comparisons, wildcards, two criteria joined by And or Or", async () => {
    const cases: [string[], string[]][] = [
      [[">15"], ["Acme", "Martens", "Bolts"]],
      [["<=20"], ["Dupont", "Acme"]],
      [
        [">15", "<35", "And"],
        ["Acme", "Martens"],
      ],
      [
        ["<15", ">35", "Or"],
        ["Dupont", "Bolts"],
      ],
      [["=30"], ["Martens"]],
      [["<>30"], ["Dupont", "Acme", "Bolts"]],
    ];
    for (const [args, visible] of cases) {
      const sim = createExcelSimulator();
      await shareholders(sim);
      await sim.run(async (context) => {
        const [c1, c2, op] = args as [string, string | undefined, "And" | "Or" | undefined];
        context.workbook.tables.getItem("PD_Shareholders").columns.getItem("Shares").filter.applyCustomFilter(c1, c2, op);
      });
      const shown = names(sim).filter((_, i) => !(sim.table("PD_Shareholders")?.hiddenRows ?? []).includes(i));
      expect([args, shown]).toEqual([args, visible]);
    }
    const sim = createExcelSimulator();
    await shareholders(sim);
    await sim.run(async (context) => {
      const columns = context.workbook.tables.getItem("PD_Shareholders").columns;
      columns.getItem("Name").filter.apply({ filterOn: "Custom", criterion1: "=*s" });
    });
    expect(sim.table("PD_Shareholders")?.hiddenRows).toEqual([0, 1]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Shareholders").columns.getItem("Name").filter.applyCustomFilter("=m?rtens");
    });
    expect(sim.table("PD_Shareholders")?.hiddenRows).toEqual([0, 1, 3]);
  });

  it("combine the columns' criteria, and clearing one column evaluates the others again", async () => {
    const sim = await filteredToPersons();
    await sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Shareholders").columns.getItem("Shares").filter.applyTopItemsFilter(1);
    });
    expect(sim.table("PD_Shareholders")?.hiddenRows).toEqual([0, 1, 2, 3]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Shareholders").columns.getItem("Kind").filter.clear();
    });
    expect(sim.table("PD_Shareholders")).toMatchObject({ filters: { Shares: { filterOn: "TopItems", criterion1: "1" } }, hiddenRows: [0, 1, 2] });
  });

  it("clearFilters shows every row and drops every criterion; autoFilter.clearCriteria drops the sort state too", async () => {
    const plain = createExcelSimulator();
    await shareholders(plain);
    const sim = await filteredToPersons();
    expect(sim.snapshot()).not.toEqual(plain.snapshot());
    expect(sim.snapshot().sheets[0]?.hiddenRows).toEqual([3, 5]);
    expect(sim.snapshot().tables[0]?.filters).toEqual({ Kind: { filterOn: "Values", values: ["Person"] } });
    await sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Shareholders").clearFilters();
    });
    expect(sim.snapshot()).toEqual(plain.snapshot());
    expect(sim.hiddenRows("Sheet1")).toEqual([]);
    expect(sim.table("PD_Shareholders")?.filters).toBeUndefined();
    const auto = await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("PD_Shareholders");
      t.columns.getItem("Kind").filter.applyValuesFilter(["Company"]);
      t.sort.apply([{ key: 2, ascending: false }]);
      t.autoFilter.clearCriteria();
      const a = t.autoFilter.load("isDataFiltered, criteria");
      const s = t.sort.load("fields");
      await context.sync();
      return [a.isDataFiltered, a.criteria, s.fields];
    });
    expect(auto).toEqual([false, [null, null, null], []]);
    expect(sim.hiddenRows("Sheet1")).toEqual([]);
  });

  it("are evaluated when applied or reapplied, not live: changed values and new rows keep their flag", async () => {
    const sim = await filteredToPersons();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").values = [["Company"]];
      sheet.getRange("B3").values = [["Person"]];
    });
    expect(sim.hiddenRows("Sheet1")).toEqual([3, 5]);
    // Typing right below the table grows it (AutoExpansion): the new row is not filtered either.
    await sim.editCell("Sheet1", "A6:C6", [["Claes", "Company", 50]]);
    expect(sim.table("PD_Shareholders")?.rows).toHaveLength(5);
    expect(sim.hiddenRows("Sheet1")).toEqual([3, 5]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Shareholders").reapplyFilters();
    });
    expect(sim.hiddenRows("Sheet1")).toEqual([2, 5, 6]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B6").values = [["Person"]];
      context.workbook.tables.getItem("PD_Shareholders").autoFilter.reapply();
    });
    expect(sim.hiddenRows("Sheet1")).toEqual([2, 5]);
  });

  it("write values, formulas and number formats into hidden rows as into any other", async () => {
    const sim = await filteredToPersons();
    await sim.run(async (context) => {
      const body = context.workbook.tables.getItem("PD_Shareholders").getDataBodyRange();
      body.values = [
        ["D", "Person", 1],
        ["A", "Company", 2],
        ["M", "Person", 3],
        ["B", "Company", 4],
      ];
      body.getColumn(2).numberFormat = [["0.00"], ["0.00"], ["0.00"], ["0.00"]];
      body.getCell(1, 2).formulas = [["=C2*2"]];
    });
    expect(sim.table("PD_Shareholders")?.rows).toEqual([
      ["D", "Person", 1],
      ["A", "Company", 0],
      ["M", "Person", 3],
      ["B", "Company", 4],
    ]);
    expect([sim.cell("Sheet1", "C3").formula, sim.cell("Sheet1", "C5").text]).toEqual(["=C2*2", "4.00"]);
    expect(sim.hiddenRows("Sheet1")).toEqual([3, 5]);
  });

  it("turn the filter buttons on when applied; without filter buttons a table has no criteria", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("PD_Shareholders");
      t.showFilterButton = false;
      t.columns.getItem("Kind").filter.applyValuesFilter(["Company"]);
    });
    expect(sim.snapshot().tables[0]).toMatchObject({ showFilterButton: true });
    expect(sim.hiddenRows("Sheet1")).toEqual([2, 4]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Shareholders").showFilterButton = false;
    });
    expect(sim.hiddenRows("Sheet1")).toEqual([]);
    expect(sim.table("PD_Shareholders")?.filters).toBeUndefined();
    const range = await sim.run(async (context) => {
      const r = context.workbook.tables.getItem("PD_Shareholders").autoFilter.getRangeOrNullObject();
      await context.sync();
      return r.isNullObject;
    });
    expect(range).toBe(true);
  });

  it("refuse bad criteria (InvalidArgument) and the filters it does not evaluate (NotImplemented), applying nothing", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    const before = sim.snapshot();
    const filter = (context: Excel.RequestContext): Excel.Filter => context.workbook.tables.getItem("PD_Shareholders").columns.getItem("Shares").filter;
    await rejectsWith(
      sim.run(async (context) => filter(context).apply({ filterOn: "Values" })),
      "InvalidArgument",
    );
    await rejectsWith(
      sim.run(async (context) => filter(context).applyTopItemsFilter(0)),
      "InvalidArgument",
    );
    await rejectsWith(
      sim.run(async (context) => filter(context).apply({ filterOn: "Custom", criterion1: ">1", criterion2: "<9", operator: "Xor" as "And" })),
      "InvalidArgument",
    );
    await rejectsWith(
      sim.run(async (context) => filter(context).applyTopPercentFilter(10)),
      "NotImplemented",
    );
    await rejectsWith(
      sim.run(async (context) => filter(context).applyDynamicFilter("Today")),
      "NotImplemented",
    );
    expect(sim.snapshot()).toEqual(before);
  });

  it("need ExcelApi 1.9 for Table.autoFilter, as documented", async () => {
    const sim = createExcelSimulator({ requirementSets: { ExcelApi: "1.8" } });
    await shareholders(sim);
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.tables.getItem("PD_Shareholders").autoFilter.load("enabled");
      }),
      "ApiNotFound",
    );
  });

  it("filter dates by FilterDatetime to the specificity given", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A5").values = [["Signed"], ["2024-05-03"], ["2024-05-31"], ["2024-06-01"], ["2023-05-03"]];
      sheet.tables.add("A1:A5", true).name = "Dates";
      context.workbook.tables
        .getItem("Dates")
        .columns.getItem("Signed")
        .filter.applyValuesFilter([{ date: "2024-05-15", specificity: "Month" }]);
    });
    expect(sim.hiddenRows("Sheet1")).toEqual([4, 5]);
    const again = await createExcelSimulatorFromXlsx(await exportXlsx(sim));
    expect(again.table("Dates")?.filters).toEqual({ Signed: { filterOn: "Values", values: [{ date: "2024-05-01", specificity: "Month" }] } });
    await again.run(async (context) => {
      context.workbook.tables.getItem("Dates").reapplyFilters();
    });
    expect(again.hiddenRows("Sheet1")).toEqual([4, 5]);
  });

  it("are also set through the table's AutoFilter: apply, clearColumnCriteria, remove", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    const address = await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("PD_Shareholders");
      t.autoFilter.apply(t.getRange(), 2, { filterOn: "Custom", criterion1: ">=30" });
      const range = t.autoFilter.getRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Sheet1!A1:C5");
    expect(sim.hiddenRows("Sheet1")).toEqual([2, 3]);
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.tables.getItem("PD_Shareholders").autoFilter.apply("A1:B5", 0, { filterOn: "Values", values: ["x"] });
      }),
      "InvalidArgument",
    );
    await sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Shareholders").autoFilter.clearColumnCriteria(2);
    });
    expect([sim.hiddenRows("Sheet1"), sim.table("PD_Shareholders")?.filters]).toEqual([[], undefined]);
    await sim.run(async (context) => {
      const auto = context.workbook.tables.getItem("PD_Shareholders").autoFilter;
      auto.apply("A1:C5", 1, { filterOn: "Values", values: ["Company"] });
      auto.remove();
    });
    expect([sim.hiddenRows("Sheet1"), sim.snapshot().tables[0]?.showFilterButton]).toEqual([[], false]);
  });

  it("drop a deleted column's criteria", async () => {
    const sim = await filteredToPersons();
    await sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Shareholders").columns.getItem("Kind").delete();
    });
    expect(sim.table("PD_Shareholders")?.filters).toBeUndefined();
    expect(sim.snapshot().tables[0]?.filters).toEqual({});
  });
});

describe("inserts and deletes in a filtered table", () => {
  const refused: [string, (context: Excel.RequestContext) => void][] = [
    ["Range.insert on a body row", (context) => context.workbook.tables.getItem("PD_Shareholders").rows.getItemAt(1).getRange().insert(DOWN)],
    ["Range.delete of body rows", (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A3:C4").delete(UP)],
    ["an entire row inside the table", (context) => context.workbook.worksheets.getItem("Sheet1").getRange("3:3").insert(DOWN)],
    ["an entire row deleted inside the table", (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A4").getEntireRow().delete(UP)],
    ["cells beside the table, in its rows", (context) => context.workbook.worksheets.getItem("Sheet1").getRange("E3").insert(DOWN)],
    ["table.rows.add", (context) => context.workbook.tables.getItem("PD_Shareholders").rows.add(undefined, [["Claes", "Person", 5]])],
    ["TableRow.delete", (context) => context.workbook.tables.getItem("PD_Shareholders").rows.getItemAt(0).delete()],
  ];

  it.each(refused)("refuse %s with InvalidOperation, applying nothing", async (_name, act) => {
    const sim = await filteredToPersons();
    const before = sim.snapshot();
    const error = await rejectsWith(
      sim.run(async (context) => {
        act(context);
      }),
      "InvalidOperation",
    );
    expect(error.message).toContain("This operation is not allowed. The operation is attempting to shift cells in the filtered table 'PD_Shareholders'");
    expect(sim.snapshot()).toEqual(before);
  });

  it("work again once the filters are cleared, and rows inserted then are visible", async () => {
    const sim = await filteredToPersons();
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("PD_Shareholders");
      t.clearFilters();
      t.rows.getItemAt(1).getRange().insert(DOWN);
      t.rows.add(0, [["First", "Company", 1]]);
      context.workbook.worksheets.getItem("Sheet1").getRange("A6:C6").delete(UP);
    });
    expect(names(sim)).toEqual(["First", "Dupont", "", "Acme", "Bolts"]);
    expect(sim.hiddenRows("Sheet1")).toEqual([]);
    expect(sim.table("PD_Shareholders")?.hiddenRows).toBeUndefined();
  });

  it("allow entire rows above the table, which move it with its hidden rows, and cells right below it", async () => {
    const sim = await filteredToPersons();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("1:2").insert(DOWN);
      sheet.getRange("A8:C8").insert(DOWN);
    });
    expect(sim.table("PD_Shareholders")?.address).toBe("Sheet1!A3:C7");
    expect(sim.hiddenRows("Sheet1")).toEqual([5, 7]);
    expect(sim.table("PD_Shareholders")?.hiddenRows).toEqual([1, 3]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("1:1").delete(UP);
    });
    expect(sim.hiddenRows("Sheet1")).toEqual([4, 6]);
  });
});

describe("rows hidden by a person", () => {
  it("are set through Range.rowHidden on their entire rows, and columns through columnHidden", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B3:B4").rowHidden = true;
      sheet.getRange("C1").columnHidden = true;
    });
    expect(sim.hiddenRows("Sheet1")).toEqual([3, 4]);
    expect(sim.cell("Sheet1", "Z3")).toMatchObject({ rowHidden: true });
    expect(sim.cell("Sheet1", "C9")).toMatchObject({ columnHidden: true });
    expect(sim.snapshot().sheets[0]).toMatchObject({ hiddenRows: [3, 4], hiddenColumns: ["C"] });
    const read = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const c = sheet.getRange("B1:D1").load("columnHidden");
      const all = sheet.getRange("C:C").load("hidden, columnHidden, rowHidden");
      sheet.getRange("3:3").rowHidden = false;
      const after = sheet.getRange("A3:A4").load("rowHidden");
      await context.sync();
      return [c.columnHidden, all.hidden, all.columnHidden, all.rowHidden, after.rowHidden];
    });
    expect(read).toEqual([null, true, true, null, null]);
    expect(sim.hiddenRows("Sheet1")).toEqual([4]);
  });

  it("move with entire rows inserted or deleted; cells shifted in some columns leave them", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3").rowHidden = true;
      sheet.getRange("A6").rowHidden = true;
      sheet.getRange("2:3").insert(DOWN);
    });
    expect(sim.hiddenRows("Sheet1")).toEqual([5, 8]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("4:5").delete(UP);
      sheet.getRange("A1:C2").insert(DOWN);
    });
    expect(sim.hiddenRows("Sheet1")).toEqual([6]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B:C").insert("Right" as Excel.InsertShiftDirection);
      sheet.getRange("D1").columnHidden = true;
      sheet.getRange("A:A").delete("Left" as Excel.DeleteShiftDirection);
    });
    expect(sim.snapshot().sheets[0]?.hiddenColumns).toEqual(["C"]);
  });

  it("inside a table without criteria do not stop inserts; inserted rows are visible", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3").rowHidden = true;
      sheet.getRange("A4").getEntireRow().insert(DOWN);
      context.workbook.tables.getItem("PD_Shareholders").rows.add(1, [["New", "Person", 1]]);
    });
    expect(names(sim)).toEqual(["Dupont", "New", "Acme", "", "Martens", "Bolts"]);
    // rows.add shifts cells in the table's columns only: the hidden flag stays on sheet row 3.
    expect(sim.hiddenRows("Sheet1")).toEqual([3]);
  });

  it("cannot be hidden on a protected sheet", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
    });
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A2").rowHidden = true;
      }),
      "AccessDenied",
    );
  });
});

describe("table sort", () => {
  async function sortable(): Promise<ExcelSimulator> {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D1:D5").values = [["Double"], ["=C2*2"], ["=C3*2"], ["=C4*2"], ["=C5*2"]];
      context.workbook.tables.getItem("PD_Shareholders").resize("A1:D5");
      sheet.getRange("C3").format.fill.color = "#FFFF00";
      sheet.getRange("F1").formulas = [["=C2"]];
    });
    return sim;
  }

  it("reorders the body rows with their formats; formulas inside move as copies, references elsewhere stay", async () => {
    const sim = await sortable();
    const fields = await sim.run(async (context) => {
      const sort = context.workbook.tables.getItem("PD_Shareholders").sort;
      sort.apply([{ key: 2, ascending: false }]);
      sort.load("fields, matchCase");
      await context.sync();
      return [sort.fields, sort.matchCase];
    });
    expect(fields).toEqual([[{ key: 2, ascending: false, sortOn: "Value", dataOption: "Normal" }], false]);
    expect(names(sim)).toEqual(["Bolts", "Martens", "Acme", "Dupont"]);
    expect(["D2", "D3", "D4", "D5"].map((a) => sim.cell("Sheet1", a).formula)).toEqual(["=C2*2", "=C3*2", "=C4*2", "=C5*2"]);
    expect(sim.cell("Sheet1", "C4")).toMatchObject({ value: 20, fill: "#FFFF00" });
    expect(sim.cell("Sheet1", "C3").fill).toBeNull();
    expect(sim.cell("Sheet1", "F1").formula).toBe("=C2");
    expect(sim.table("PD_Shareholders")?.sort).toEqual({ fields: [{ column: "Shares", ascending: false, dataOption: "Normal" }], matchCase: false });
  });

  it("keeps hidden rows in place, puts blanks last, and reapplies or clears its state", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("PD_Shareholders");
      context.workbook.worksheets.getItem("Sheet1").getRange("A4").values = [[""]];
      t.columns.getItem("Shares").filter.applyCustomFilter("<>20");
      t.sort.apply([{ key: 0 }]);
    });
    expect(names(sim)).toEqual(["Bolts", "Acme", "Dupont", ""]);
    expect(sim.table("PD_Shareholders")?.hiddenRows).toEqual([1]);
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("PD_Shareholders");
      t.clearFilters();
      context.workbook.worksheets.getItem("Sheet1").getRange("A5").values = [["Aardvark"]];
      t.sort.reapply();
    });
    expect(names(sim)).toEqual(["Aardvark", "Acme", "Bolts", "Dupont"]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("PD_Shareholders").sort.clear();
    });
    expect(sim.table("PD_Shareholders")?.sort).toBeUndefined();
    expect(names(sim)).toEqual(["Aardvark", "Acme", "Bolts", "Dupont"]);
  });
});

describe("filters in .xlsx files", () => {
  it("keep hidden rows and columns, criteria (values, custom, top items) and the sort state", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("PD_Shareholders");
      t.sort.apply([{ key: 1 }, { key: 2, ascending: false }]);
      t.columns.getItem("Kind").filter.applyValuesFilter(["Person", ""]);
      t.columns.getItem("Shares").filter.applyCustomFilter(">5", "<=30", "And");
      t.columns.getItem("Name").filter.applyCustomFilter("=*s", "=D*", "Or");
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A9").rowHidden = true;
      sheet.getRange("H1").columnHidden = true;
    });
    expect(sim.hiddenRows("Sheet1")).toEqual([2, 3, 9]);
    const bytes = await exportXlsx(sim);
    const zip = await JSZip.loadAsync(bytes);
    const part = (await zip.file("xl/tables/table1.xml")?.async("string")) ?? "";
    expect(part).toContain('<filterColumn colId="1"><filters blank="1"><filter val="Person"/></filters></filterColumn>');
    expect(part).toContain(
      '<customFilters and="1"><customFilter operator="greaterThan" val="5"/><customFilter operator="lessThanOrEqual" val="30"/></customFilters>',
    );
    expect(part).toContain('<sortState ref="A2:C5"><sortCondition ref="B2:B5"/><sortCondition descending="1" ref="C2:C5"/></sortState>');
    const again = await createExcelSimulatorFromXlsx(bytes);
    expect(again.snapshot()).toEqual(sim.snapshot());
    expect(again.table("PD_Shareholders")).toMatchObject({
      filters: {
        Name: { filterOn: "Custom", criterion1: "=*s", criterion2: "=D*", operator: "Or" },
        Kind: { filterOn: "Values", values: ["Person", ""] },
        Shares: { filterOn: "Custom", criterion1: ">5", criterion2: "<=30", operator: "And" },
      },
    });
    // What the file says is evaluated again on reapply, as the criteria held before.
    await again.run(async (context) => {
      context.workbook.tables.getItem("PD_Shareholders").reapplyFilters();
    });
    expect(again.hiddenRows("Sheet1")).toEqual([2, 3, 9]);
    await rejectsWith(
      again.run(async (context) => {
        context.workbook.tables.getItem("PD_Shareholders").rows.add();
      }),
      "InvalidOperation",
    );
  });

  it("keep top and bottom items filters; colour filters are not written", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("PD_Shareholders");
      t.columns.getItem("Shares").filter.applyBottomItemsFilter(2);
      t.columns.getItem("Name").filter.applyFontColorFilter("#000000");
    });
    const again = await createExcelSimulatorFromXlsx(await exportXlsx(sim));
    expect(again.table("PD_Shareholders")?.filters).toEqual({ Shares: { filterOn: "BottomItems", criterion1: "2" } });
    expect(again.hiddenRows("Sheet1")).toEqual([4, 5]);
  });
});
