// Table total rows: shown and hidden (remembered), the parts of the table around them, rows
// added above them, deletes and resizes, and .xlsx round trips.

import JSZip from "jszip";
import { createExcelSimulator, type ExcelSimulator } from "../../simulator";
import { createExcelSimulatorFromXlsx, exportXlsx } from "../../simulator/xlsx";
import { rejectsWith } from "./helpers";

async function shareholders(
  sim: ExcelSimulator,
  address = "A1:B3",
  values: unknown[][] = [
    ["Name", "Shares"],
    ["Dupont", 10],
    ["Acme", 20],
  ],
): Promise<void> {
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange(address).values = values;
    sheet.tables.add(address, true).name = "T";
  });
}

async function showTotals(sim: ExcelSimulator, show = true): Promise<void> {
  await sim.run(async (context) => {
    context.workbook.tables.getItem("T").showTotals = show;
  });
}

describe("total row", () => {
  it("is shown below the body, with Excel's defaults: Total first, the last column summed", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    const read = await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.showTotals = true;
      const total = t.getTotalRowRange().load("address, formulas");
      const body = t.getDataBodyRange().load("address");
      const all = t.getRange().load("address");
      const header = t.getHeaderRowRange().load("address");
      const rows = t.rows.load("count, items/values");
      const count = t.rows.getCount();
      const at = t.rows.getItemAt(1).load("values");
      t.load("showTotals");
      await context.sync();
      return {
        showTotals: t.showTotals,
        total: [total.address, total.formulas],
        body: body.address,
        all: all.address,
        header: header.address,
        count: rows.count,
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult
        getCount: count.value,
        items: rows.items.map((r) => r.values[0]),
        last: at.values,
      };
    });
    expect(read).toEqual({
      showTotals: true,
      total: ["Sheet1!A4:B4", [["Total", "=SUBTOTAL(109,[Shares])"]]],
      body: "Sheet1!A2:B3",
      all: "Sheet1!A1:B4",
      header: "Sheet1!A1:B1",
      count: 2,
      getCount: 2,
      items: [
        ["Dupont", 10],
        ["Acme", 20],
      ],
      last: [["Acme", 20]],
    });
    expect(sim.table("T")).toMatchObject({
      rows: [
        ["Dupont", 10],
        ["Acme", 20],
      ],
      showTotals: true,
      totals: ["Total", "=SUBTOTAL(109,[Shares])"],
    });
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.tables.getItem("T").rows.getItemAt(2).load("values");
      }),
      "ItemNotFound",
    );
  });

  it("counts a last column that is not all numbers, and a one-column table gets only the function", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim, "A1:B3", [
      ["Shares", "Kind"],
      [10, "Person"],
      [20, "Company"],
    ]);
    await showTotals(sim);
    expect(sim.table("T")?.totals).toEqual(["Total", "=SUBTOTAL(103,[Kind])"]);
    const single = createExcelSimulator();
    await shareholders(single, "A1:A3", [["Shares"], [1], [2]]);
    await showTotals(single);
    expect(single.table("T")?.totals).toEqual(["=SUBTOTAL(109,[Shares])"]);
  });

  it("is remembered when hidden and comes back as it was", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await showTotals(sim);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").getTotalRowRange().formulas = [["Sum", "=SUBTOTAL(104,[Shares])"]];
    });
    await showTotals(sim, false);
    expect(sim.table("T")).toMatchObject({ address: "Sheet1!A1:B3", showTotals: false, totals: null });
    expect([sim.cell("Sheet1", "A4").value, sim.cell("Sheet1", "B4").formula]).toEqual(["", null]);
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.tables.getItem("T").getTotalRowRange().load("address");
      }),
      "InvalidArgument",
    );
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.tables.getItem("T").columns.getItem("Shares").getTotalRowRange().load("address");
      }),
      "InvalidArgument",
    );
    await showTotals(sim);
    expect(sim.table("T")?.totals).toEqual(["Sum", "=SUBTOTAL(104,[Shares])"]);
  });

  it("takes the row below when empty, else shifts the cells below in the table's columns down", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A6:C6").values = [["far", "below", "beside"]];
    });
    await showTotals(sim);
    expect([sim.cell("Sheet1", "A6").value, sim.cell("Sheet1", "A7").value]).toEqual(["far", ""]);
    await showTotals(sim, false);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A4:C4").values = [["right", "below", "beside"]];
    });
    await showTotals(sim);
    expect(sim.table("T")?.address).toBe("Sheet1!A1:B4");
    expect([sim.cell("Sheet1", "A5").value, sim.cell("Sheet1", "B5").value, sim.cell("Sheet1", "C4").value, sim.cell("Sheet1", "A7").value]).toEqual([
      "right",
      "below",
      "beside",
      "far",
    ]);
  });

  it("stays below the rows added, inserted or deleted", async () => {
    const sim = createExcelSimulator({ requirementSets: { ExcelApiOnline: "1.1" } });
    await shareholders(sim);
    await showTotals(sim);
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.rows.add(undefined, [["Martin", 30]]);
      t.rows.add(0, [["First", 1]]);
    });
    expect(sim.table("T")).toMatchObject({
      address: "Sheet1!A1:B6",
      rows: [
        ["First", 1],
        ["Dupont", 10],
        ["Acme", 20],
        ["Martin", 30],
      ],
      totals: ["Total", "=SUBTOTAL(109,[Shares])"],
    });
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.rows.getItemAt(3).delete();
      await context.sync();
      t.rows.deleteRowsAt(0, 2);
    });
    expect(sim.table("T")).toMatchObject({ address: "Sheet1!A1:B3", rows: [["Acme", 20]], totals: ["Total", "=SUBTOTAL(109,[Shares])"] });
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").rows.getItemAt(0).delete();
    });
    expect(sim.table("T")).toMatchObject({ address: "Sheet1!A1:B3", rows: [["", ""]], totals: ["Total", "=SUBTOTAL(109,[Shares])"] });
  });

  it("moves down when sheet rows are inserted at it, and is hidden (remembered) when its row is deleted", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await showTotals(sim);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("4:4").insert("Down");
    });
    expect(sim.table("T")).toMatchObject({
      address: "Sheet1!A1:B5",
      rows: [
        ["Dupont", 10],
        ["Acme", 20],
        ["", ""],
      ],
      totals: ["Total", "=SUBTOTAL(109,[Shares])"],
    });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("5:5").delete("Up");
    });
    expect(sim.table("T")).toMatchObject({
      address: "Sheet1!A1:B4",
      showTotals: false,
      rows: [
        ["Dupont", 10],
        ["Acme", 20],
        ["", ""],
      ],
    });
    await showTotals(sim);
    expect(sim.table("T")).toMatchObject({ address: "Sheet1!A1:B5", totals: ["Total", "=SUBTOTAL(109,[Shares])"] });
  });

  it("is part of the whole column (getRange, values) but not of its body", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await showTotals(sim);
    const read = await sim.run(async (context) => {
      const column = context.workbook.tables.getItem("T").columns.getItem("Shares");
      const all = column.getRange().load("address");
      const body = column.getDataBodyRange().load("address");
      const total = column.getTotalRowRange().load("address");
      column.load("values");
      await context.sync();
      return [all.address, body.address, total.address, column.values];
    });
    expect(read).toEqual(["Sheet1!B1:B4", "Sheet1!B2:B3", "Sheet1!B4", [["Shares"], [10], [20], [0]]]);
  });

  it("is resized as the docs say: no cells move, the new range's last row is the total row", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await showTotals(sim);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").resize("A1:B6");
    });
    const info = sim.table("T");
    expect(info).toMatchObject({ address: "Sheet1!A1:B6", totals: ["", ""] });
    // The old total row is a body row now, formulas and all.
    expect([sim.cell("Sheet1", "A4").value, sim.cell("Sheet1", "B4").formula]).toEqual(["Total", "=SUBTOTAL(109,[Shares])"]);
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.tables.getItem("T").resize("A1:B2");
      }),
      "InvalidArgument",
    );
  });

  it("round-trips through .xlsx, shown and hidden", async () => {
    const sim = createExcelSimulator();
    await shareholders(sim);
    await showTotals(sim);
    const shown = await exportXlsx(sim);
    const tableXml = await (await JSZip.loadAsync(shown)).file("xl/tables/table1.xml")?.async("string");
    expect(tableXml).toMatch(/totalsRowCount="1"/);
    expect(tableXml).toMatch(/totalsRowLabel="Total"/);
    expect(tableXml).toMatch(/totalsRowFunction="sum"/);
    const back = await createExcelSimulatorFromXlsx(shown);
    expect(back.table("T")).toMatchObject({
      address: "Sheet1!A1:B4",
      showTotals: true,
      rows: [
        ["Dupont", 10],
        ["Acme", 20],
      ],
      totals: ["Total", "=SUBTOTAL(109,[Shares])"],
    });

    await showTotals(back, false);
    const hidden = await createExcelSimulatorFromXlsx(await exportXlsx(back));
    expect(hidden.table("T")).toMatchObject({ address: "Sheet1!A1:B3", showTotals: false });
    await showTotals(hidden);
    expect(hidden.table("T")?.totals).toEqual(["Total", "=SUBTOTAL(109,[Shares])"]);

    const never = createExcelSimulator();
    await shareholders(never);
    const neverXml = await (await JSZip.loadAsync(await exportXlsx(never))).file("xl/tables/table1.xml")?.async("string");
    expect(neverXml).not.toMatch(/totalsRowLabel|totalsRowFunction="sum"/);
  });
});
