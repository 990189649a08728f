// Tables: creation, names, header and body ranges, rows, resize, delete, columns.

import { createExcelSimulator, type ExcelSimulator } from "../../simulator";
import { rejectsWith } from "./helpers";

async function createTable(sim: ExcelSimulator, address: string, name: string, values?: unknown[][]): Promise<void> {
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    if (values) sheet.getRange(address).values = values;
    const table = sheet.tables.add(address, true);
    table.name = name;
  });
}

describe("tables", () => {
  it("creates a table whose header row holds the names and whose body has at least one row", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const table = sheet.tables.add("A1:C1", true);
      table.name = "PD_Checks";
      table.getHeaderRowRange().values = [["Severity", "Check", "Message"]];
      const body = table.getDataBodyRange().load("address, values");
      const all = table.getRange().load("address");
      const rows = table.rows.load("count");
      table.load("name, style, showTotals");
      await context.sync();
      expect(body.address).toBe("Sheet1!A2:C2");
      expect(body.values).toEqual([["", "", ""]]);
      expect(all.address).toBe("Sheet1!A1:C2");
      expect(rows.count).toBe(1);
      expect([table.name, table.style, table.showTotals]).toEqual(["PD_Checks", "TableStyleMedium2", false]);
    });
    expect(sim.cell("Sheet1", "B1").value).toBe("Check");
    expect(sim.table("pd_checks")).toMatchObject({ headers: ["Severity", "Check", "Message"], rows: [["", "", ""]], address: "Sheet1!A1:C2" });
  });

  it("names empty and duplicate headers as Excel does, as text", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:D2", "T", [
      ["Name", "", "Name", 2024],
      [1, 2, 3, 4],
    ]);
    expect(sim.table("T")?.headers).toEqual(["Name", "Column2", "Name2", "2024"]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").getHeaderRowRange().getCell(0, 0).values = [[""]];
    });
    expect(sim.table("T")?.headers[0]).toBe("Column1");
  });

  it("adds a table on the active sheet or the sheet named in the address (workbook.tables.add)", async () => {
    const sim = createExcelSimulator({ sheets: ["One", "Permanent data"] });
    await sim.run(async (context) => {
      context.workbook.tables.add("'Permanent data'!B2:C3", true).name = "Named";
      context.workbook.tables.add("E1:F2", false).name = "Active";
    });
    expect(sim.table("Named")?.sheet).toBe("Permanent data");
    expect(sim.table("Active")).toMatchObject({ sheet: "One", address: "One!E1:F3", headers: ["Column1", "Column2"] });
  });

  it("keeps table names unique (case-insensitive, also against defined names) and valid", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B2", "PD_Relations");
    await rejectsWith(createTable(sim, "D1:E2", "pd_relations"), "ItemAlreadyExists");
    await sim.run(async (context) => {
      context.workbook.names.add("TakenByName", "=Sheet1!$Z$1");
    });
    await rejectsWith(createTable(sim, "D1:E2", "takenbyname"), "ItemAlreadyExists");
    for (const bad of ["1abc", "has space", "A1", "R1C1", "c"]) await rejectsWith(createTable(sim, "D1:E2", bad), "InvalidArgument");
    expect(sim.snapshot().tables.map((t) => t.name)).toEqual(["PD_Relations"]);
  });

  it("refuses a table overlapping another", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B3", "First");
    await rejectsWith(createTable(sim, "B2:C4", "Second"), "MergedRangeConflict");
  });

  it("finds tables by name with getItem/getItemOrNullObject, and lists them", async () => {
    const sim = createExcelSimulator({ sheets: ["A", "B"] });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("A").tables.add("A1:B2", true).name = "TA";
      context.workbook.worksheets.getItem("B").tables.add("A1:B2", true).name = "TB";
    });
    const result = await sim.run(async (context) => {
      const all = context.workbook.tables.load("items/name, count");
      const onB = context.workbook.worksheets.getItem("B").tables.load("items/name");
      const ta = context.workbook.tables.getItemOrNullObject("ta").load("name");
      const taOnB = context.workbook.worksheets.getItem("B").tables.getItemOrNullObject("TA");
      const sheet = context.workbook.tables.getItem("TB").worksheet.load("name");
      await context.sync();
      return {
        all: all.items.map((t) => t.name),
        count: all.count,
        onB: onB.items.map((t) => t.name),
        ta: ta.name,
        taOnB: taOnB.isNullObject,
        sheet: sheet.name,
      };
    });
    expect(result).toEqual({ all: ["TA", "TB"], count: 2, onB: ["TB"], ta: "TA", taOnB: true, sheet: "B" });
  });

  it("adds rows in bulk, filling the empty row of a new table first", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B1", "T", [["Name", "Kind"]]);
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.rows.add(undefined, [
        ["Dupont", "Person"],
        ["Acme", "Company"],
      ]);
      await context.sync();
      table.rows.add(undefined, [["Last", "Person"]]);
      table.rows.add(0, [["First", "Person"]]);
    });
    expect(sim.table("T")?.rows).toEqual([
      ["First", "Person"],
      ["Dupont", "Person"],
      ["Acme", "Company"],
      ["Last", "Person"],
    ]);
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.tables.getItem("T").rows.add(undefined, [["only one column"]]);
      }),
      "InvalidArgument",
    );
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.tables.getItem("T").rows.add(9, [["a", "b"]]);
      }),
      "InvalidArgument",
    );
  });

  it("gives new rows the formats of the row above, so a text column keeps leading zeros", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B2", "T", [
      ["Name", "Enterprise number"],
      ["Acme", "0123456749"],
    ]);
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.columns.getItem("Enterprise number").getDataBodyRange().numberFormat = [["@"]];
      table.getDataBodyRange().getCell(0, 1).values = [["0123456749"]];
      await context.sync();
      table.rows.add(undefined, [["Beta", "0987654321"]]);
    });
    expect(sim.table("T")?.rows).toEqual([
      ["Acme", "0123456749"],
      ["Beta", "0987654321"],
    ]);
    expect(sim.cell("Sheet1", "B3").numberFormat).toBe("@");
  });

  it("shifts cells below the table's columns when rows are added, not the others", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B2", "T", [
      ["H1", "H2"],
      [1, 2],
    ]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A4:C4").values = [["below A", "below B", "beside"]];
      await context.sync();
      context.workbook.tables.getItem("T").rows.add(undefined, [
        [3, 4],
        [5, 6],
      ]);
    });
    expect([sim.cell("Sheet1", "A6").value, sim.cell("Sheet1", "B6").value, sim.cell("Sheet1", "C4").value]).toEqual(["below A", "below B", "beside"]);
  });

  it("reads and deletes rows; the last row is emptied rather than removed", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:A4", "T", [["H"], ["a"], ["b"], ["c"]]);
    const values = await sim.run(async (context) => {
      const rows = context.workbook.tables.getItem("T").rows.load("items/values, items/index");
      await context.sync();
      rows.items[1]?.delete();
      await context.sync();
      return rows.items.map((r) => [r.index, r.values[0]?.[0]]);
    });
    expect(values).toEqual([
      [0, "a"],
      [1, "b"],
      [2, "c"],
    ]);
    expect(sim.table("T")?.rows).toEqual([["a"], ["c"]]);
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.rows.getItemAt(0).delete();
      await context.sync();
      t.rows.getItemAt(0).delete();
    });
    expect(sim.table("T")).toMatchObject({ rows: [[""]], address: "Sheet1!A1:A2" });
  });

  it("resizes a table (ExcelApi 1.13) keeping its header row", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B2", "T", [
      ["A", "B"],
      [1, 2],
    ]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3:C4").values = [
        [3, 4, 5],
        [6, 7, 8],
      ];
      context.workbook.tables.getItem("T").resize("A1:C4");
    });
    expect(sim.table("T")).toMatchObject({
      headers: ["A", "B", "Column3"],
      rows: [
        [1, 2, ""],
        [3, 4, 5],
        [6, 7, 8],
      ],
    });
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").resize(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2"));
    });
    expect(sim.table("T")).toMatchObject({ address: "Sheet1!A1:B2", rows: [[1, 2]] });
    expect(sim.cell("Sheet1", "C4").value).toBe(8);
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.tables.getItem("T").resize("A2:B5");
      }),
      "InvalidArgument",
    );
    const old = createExcelSimulator({ requirementSets: { ExcelApi: "1.12" } });
    await createTable(old, "A1:B2", "T");
    await rejectsWith(
      old.run(async (context) => {
        context.workbook.tables.getItem("T").resize("A1:B5");
      }),
      "ApiNotFound",
    );
  });

  it("deletes a table with its contents; convertToRange keeps them", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B2", "Gone", [
      ["H1", "H2"],
      [1, 2],
    ]);
    await createTable(sim, "D1:E2", "Kept", [
      ["H1", "H2"],
      [1, 2],
    ]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Gone").delete();
      context.workbook.tables.getItem("Kept").convertToRange();
    });
    expect(sim.snapshot().tables).toEqual([]);
    expect([sim.cell("Sheet1", "A1").value, sim.cell("Sheet1", "B2").value, sim.cell("Sheet1", "D1").value, sim.cell("Sheet1", "E2").value]).toEqual([
      "",
      "",
      "H1",
      2,
    ]);
  });

  it("lists columns, renames them through the header, adds and deletes them", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B2", "T", [
      ["Name", "Kind"],
      ["Acme", "Company"],
    ]);
    const names = await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.columns.getItem("Kind").name = "Type";
      t.columns.add(undefined, [["Source"], ["AdminPulse"]]);
      t.columns.add(0, undefined, "Id");
      await context.sync();
      t.columns.getItemAt(1).delete();
      const cols = t.columns.load("items/name, items/index");
      await context.sync();
      return cols.items.map((c) => `${c.index}:${c.name}`);
    });
    expect(names).toEqual(["0:Id", "1:Type", "2:Source"]);
    expect(sim.table("T")).toMatchObject({ address: "Sheet1!A1:C2", rows: [["", "Company", "AdminPulse"]] });
  });

  it("writes a row or a column through TableRow.values and TableColumn.values", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B3", "T", [
      ["Name", "Kind"],
      ["a", "b"],
      ["c", "d"],
    ]);
    await sim.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.rows.getItemAt(1).values = [["row", "values"]];
      t.columns.getItem("Kind").values = [["Type"], ["x"], ["y"]];
    });
    expect(sim.table("T")).toMatchObject({
      headers: ["Name", "Type"],
      rows: [
        ["a", "x"],
        ["row", "y"],
      ],
    });
  });

  it("moves a table when rows are deleted above it, and refuses cutting through one", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A3:B4", "T", [
      ["H1", "H2"],
      [1, 2],
    ]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("1:1").delete("Up");
    });
    expect(sim.table("T")?.address).toBe("Sheet1!A2:B3");
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B1:B5").delete("Up");
      }),
      "InvalidOperation",
    );
  });

  it("validates the style and keeps totals off", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B2", "T");
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").style = "TableStyleLight9";
    });
    expect(sim.table("T")?.style).toBe("TableStyleLight9");
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.tables.getItem("T").style = "Fancy";
      }),
      "InvalidArgument",
    );
  });

  it("grows when the user types right below it, with the formats of the last row", async () => {
    const sim = createExcelSimulator();
    await createTable(sim, "A1:B2", "T", [
      ["Name", "Id"],
      ["Acme", "x"],
    ]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").getDataBodyRange().getColumn(1).numberFormat = [["@"]];
    });
    await sim.editCell("Sheet1", "B3", "0042");
    expect(sim.table("T")).toMatchObject({
      address: "Sheet1!A1:B3",
      rows: [
        ["Acme", "x"],
        ["", "0042"],
      ],
    });
    await sim.editCell("Sheet1", "C1", "Note");
    expect(sim.table("T")?.headers).toEqual(["Name", "Id", "Note"]);
  });
});
