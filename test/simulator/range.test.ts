// Range values, formulas, number formats, navigation, formats and clearing.

import { createExcelSimulator, type ExcelSimulator } from "../../simulator";
import { rejectsWith } from "./helpers";

async function write(sim: ExcelSimulator, address: string, values: unknown, numberFormat?: unknown): Promise<void> {
  await sim.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    if (numberFormat !== undefined) range.numberFormat = numberFormat as string[][];
    range.values = values as unknown[][];
  });
}

async function read(sim: ExcelSimulator, address: string, props = "values"): Promise<Excel.Range> {
  return sim.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address).load(props);
    await context.sync();
    return range;
  });
}

describe("Range.values", () => {
  it("refuses a 2-D array whose size does not match the range", async () => {
    const sim = createExcelSimulator();
    await rejectsWith(write(sim, "A1:B2", [[1, 2]]), "InvalidArgument");
    await rejectsWith(write(sim, "A1:B2", [[1], [2]]), "InvalidArgument");
    await rejectsWith(write(sim, "A1:B2", [[1]]), "InvalidArgument");
    await rejectsWith(write(sim, "A1", [1]), "InvalidArgument");
    expect(sim.snapshot().sheets[0]?.cells).toEqual({});
  });

  it("fills every cell with a single (non-array) value", async () => {
    const sim = createExcelSimulator();
    await write(sim, "A1:B2", "x");
    expect((await read(sim, "A1:B2")).values).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it("leaves a cell unchanged for null and clears it for an empty string", async () => {
    const sim = createExcelSimulator();
    await write(sim, "A1:C1", [["a", "b", "c"]]);
    await write(sim, "A1:C1", [[null, "", "z"]]);
    expect((await read(sim, "A1:C1")).values).toEqual([["a", "", "z"]]);
    expect(sim.snapshot().sheets[0]?.cells.B1).toBeUndefined();
  });

  it("turns a string starting with = into a formula, unless the cell is text-formatted", async () => {
    const sim = createExcelSimulator();
    await write(sim, "A1", [["=Acme"]]);
    await write(sim, "A2", [["=Acme"]], [["@"]]);
    const r = await read(sim, "A1:A2", "values, formulas, valueTypes");
    expect(r.formulas).toEqual([["=Acme"], ["=Acme"]]);
    expect(r.values).toEqual([[0], ["=Acme"]]);
    expect(r.valueTypes).toEqual([["Double"], ["String"]]);
    expect(sim.cell("Sheet1", "A1").formula).toBe("=Acme");
    expect(sim.cell("Sheet1", "A2")).toMatchObject({ formula: null, value: "=Acme", numberFormat: "@" });
  });

  it("treats + and - followed by text as a formula, and a leading apostrophe as text", async () => {
    const sim = createExcelSimulator();
    await write(sim, "A1:A4", [["-5"], ["-Dupont"], ["+32 2 123"], ["'=literal"]]);
    expect(sim.cell("Sheet1", "A1")).toMatchObject({ value: -5, formula: null });
    expect(sim.cell("Sheet1", "A2").formula).toBe("=-Dupont");
    expect(sim.cell("Sheet1", "A3").formula).toBe("=+32 2 123");
    expect(sim.cell("Sheet1", "A4")).toMatchObject({ value: "=literal", formula: null });
  });

  it("parses numbers on a General cell and keeps text on a text cell", async () => {
    const sim = createExcelSimulator();
    await write(sim, "A1:A6", [["600"], ["0123"], ["1.5"], ["1e3"], ["0123.456.749"], ["BE0123456749"]]);
    await write(sim, "B1:B2", [["600"], ["0123"]], "@");
    expect((await read(sim, "A1:B6")).values).toEqual([
      [600, "600"],
      [123, "0123"],
      [1.5, ""],
      [1000, ""],
      ["0123.456.749", ""],
      ["BE0123456749", ""],
    ]);
  });

  it("recognises percentages, ISO dates and TRUE/FALSE as Excel does when typing", async () => {
    const sim = createExcelSimulator();
    await write(sim, "A1:A4", [["50%"], ["2024-12-31"], ["true"], ["31/12/2024"]]);
    expect(sim.cell("Sheet1", "A1")).toMatchObject({ value: 0.5, numberFormat: "0%" });
    expect(sim.cell("Sheet1", "A2")).toMatchObject({ value: 45657, numberFormat: "yyyy-mm-dd", text: "2024-12-31" });
    expect(sim.cell("Sheet1", "A3").value).toBe(true);
    expect(sim.cell("Sheet1", "A4").value).toBe("31/12/2024");
  });

  it("reads numbers as numbers, text as strings, empty as '', booleans as booleans, dates as numbers", async () => {
    const sim = createExcelSimulator();
    await write(sim, "A1:E1", [[3.25, "text", "", false, 45657]], [["General", "General", "General", "General", "dd/mm/yyyy"]]);
    const r = await read(sim, "A1:E1", "values, text, numberFormat");
    expect(r.values).toEqual([[3.25, "text", "", false, 45657]]);
    expect(r.text).toEqual([["3.25", "text", "", "FALSE", "31/12/2024"]]);
    expect(r.numberFormat).toEqual([["General", "General", "General", "General", "dd/mm/yyyy"]]);
  });

  it("refuses text longer than a cell holds and non-finite numbers", async () => {
    const sim = createExcelSimulator();
    await rejectsWith(write(sim, "A1", [["x".repeat(32_768)]]), "InvalidArgument");
    await rejectsWith(write(sim, "A1", [[Number.NaN]]), "InvalidArgument");
  });

  it("gets and sets formulas", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.formulas = [["=SUM(C1:C3)", 7]];
      r.load("formulas, values");
      await context.sync();
      expect(r.formulas).toEqual([["=SUM(C1:C3)", 7]]);
      expect(r.values).toEqual([[0, 7]]);
    });
  });
});

describe("Range.numberFormat", () => {
  it("sets a 2-D array or one format for all, and refuses a mismatched array", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").numberFormat = [["@", "0.00"]];
      (sheet.getRange("A2:B2") as unknown as { numberFormat: string }).numberFormat = "@";
    });
    expect((await read(sim, "A1:B2", "numberFormat")).numberFormat).toEqual([
      ["@", "0.00"],
      ["@", "@"],
    ]);
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").numberFormat = [["@"]];
      }),
      "InvalidArgument",
    );
  });

  it("gives entire columns a format that later writes respect", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      (sheet.getRange("C:C") as unknown as { numberFormat: string }).numberFormat = "@";
      await context.sync();
      sheet.getRange("C5").values = [["0123"]];
    });
    expect(sim.cell("Sheet1", "C5")).toMatchObject({ value: "0123", numberFormat: "@" });
    expect(sim.cell("Sheet1", "C1000").numberFormat).toBe("@");
  });
});

describe("range navigation", () => {
  it("addresses ranges like Excel, quoting sheet names that need it", async () => {
    const sim = createExcelSimulator({ sheets: ["Permanent data", "Données", "2024", "It's"] });
    const addresses = await sim.run(async (context) => {
      const ranges = ["Permanent data", "Données", "2024", "It's"].map((name) => context.workbook.worksheets.getItem(name).getRange("A1:C3").load("address"));
      const column = context.workbook.worksheets.getItem("Données").getRange("B:C").load("address");
      await context.sync();
      return [...ranges.map((r) => r.address), column.address];
    });
    expect(addresses).toEqual(["'Permanent data'!A1:C3", "Données!A1:C3", "'2024'!A1:C3", "'It''s'!A1:C3", "Données!B:C"]);
  });

  it("derives ranges: by indexes, cell, resize, offset, last row, row, column", async () => {
    const sim = createExcelSimulator();
    const result = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRangeByIndexes(1, 1, 3, 2);
      const list = [
        base,
        base.getCell(1, 1),
        base.getResizedRange(2, -1),
        base.getOffsetRange(1, 2),
        base.getLastRow(),
        base.getRow(0),
        base.getColumn(1),
        sheet.getCell(0, 0),
        base.getLastCell(),
      ].map((r) => r.load("address, rowCount, columnCount, rowIndex, columnIndex"));
      await context.sync();
      return list.map((r) => [r.address, r.rowCount, r.columnCount, r.rowIndex, r.columnIndex]);
    });
    expect(result).toEqual([
      ["Sheet1!B2:C4", 3, 2, 1, 1],
      ["Sheet1!C3", 1, 1, 2, 2],
      ["Sheet1!B2:B6", 5, 1, 1, 1],
      ["Sheet1!D3:E5", 3, 2, 2, 3],
      ["Sheet1!B4:C4", 1, 2, 3, 1],
      ["Sheet1!B2:C2", 1, 2, 1, 1],
      ["Sheet1!C2:C4", 3, 1, 1, 2],
      ["Sheet1!A1", 1, 1, 0, 0],
      ["Sheet1!C4", 1, 1, 3, 2],
    ]);
  });

  it("refuses ranges outside the grid or of zero size", async () => {
    const sim = createExcelSimulator();
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0).load("address");
      }),
      "InvalidArgument",
    );
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").getResizedRange(-2, 0).load("address");
      }),
      "InvalidArgument",
    );
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 0, 1).load("address");
      }),
      "InvalidArgument",
    );
  });

  it("intersects, bounds and inserts ranges", async () => {
    const sim = createExcelSimulator();
    await write(sim, "A1:A2", [["a1"], ["a2"]]);
    const result = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A1:C3");
      const inter = a.getIntersection("B2:D4").load("address");
      const none = a.getIntersectionOrNullObject("E5:F6");
      const bound = a.getBoundingRect("D4").load("address");
      sheet.getRange("A1").insert("Down");
      const moved = sheet.getRange("A1:A3").load("values");
      await context.sync();
      return { inter: inter.address, none: none.isNullObject, bound: bound.address, moved: moved.values };
    });
    expect(result).toEqual({ inter: "Sheet1!B2:C3", none: true, bound: "Sheet1!A1:D4", moved: [[""], ["a1"], ["a2"]] });
  });

  it("finds the used range, with or without formats", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("E6").format.fill.color = "#FFFF00";
    });
    const [all, values] = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getUsedRange().load("address");
      const v = sheet.getUsedRange(true).load("address");
      await context.sync();
      return [a.address, v.address];
    });
    expect([all, values]).toEqual(["Sheet1!B2:E6", "Sheet1!B2:C3"]);
  });
});

describe("formats and clearing", () => {
  it("sets and reads fill, font and column width; fill.clear removes the fill", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.format.fill.color = "yellow";
      r.format.font.color = "#ff0000";
      r.format.font.bold = true;
      r.format.columnWidth = 120;
      r.format.autofitColumns();
      await context.sync();
      r.load("format/fill/color, format/font/color, format/font/bold, format/columnWidth");
      await context.sync();
      expect([r.format.fill.color, r.format.font.color, r.format.font.bold, r.format.columnWidth]).toEqual(["#FFFF00", "#FF0000", true, 120]);
      r.getCell(0, 1).format.fill.clear();
      r.format.fill.load("color");
      await context.sync();
      expect(r.format.fill.color).toBeNull();
    });
    expect(sim.cell("Sheet1", "A1")).toMatchObject({ fill: "#FFFF00", fontColor: "#FF0000", bold: true });
    expect(sim.cell("Sheet1", "B1").fill).toBeNull();
    expect(sim.snapshot().sheets[0]?.columnWidths).toEqual({ A: 120, B: 120 });
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "not a colour";
      }),
      "InvalidArgument",
    );
  });

  it("counts autofitColumns as a command", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A:C").format.autofitColumns();
    });
    expect([sim.syncCount, sim.commandCount]).toEqual([1, 1]);
  });

  it("clears contents, formats or both", async () => {
    const sim = createExcelSimulator();
    const setUp = (address: string): Promise<void> =>
      sim.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange(address);
        r.values = [["v"]];
        r.format.fill.color = "#00FF00";
        r.numberFormat = [["@"]];
      });
    await setUp("A1");
    await setUp("A2");
    await setUp("A3");
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("A2").clear("Formats");
      sheet.getRange("A3").clear();
    });
    expect(sim.cell("Sheet1", "A1")).toMatchObject({ value: "", fill: "#00FF00", numberFormat: "@" });
    expect(sim.cell("Sheet1", "A2")).toMatchObject({ value: "v", fill: null, numberFormat: "General" });
    expect(sim.cell("Sheet1", "A3")).toMatchObject({ value: "", fill: null, numberFormat: "General" });
  });

  it("deletes cells shifting the rest up or left", async () => {
    const sim = createExcelSimulator();
    await write(sim, "A1:B3", [
      ["a1", "b1"],
      ["a2", "b2"],
      ["a3", "b3"],
    ]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").delete("Up");
    });
    expect((await read(sim, "A1:B3")).values).toEqual([
      ["a1", "b1"],
      ["a3", "b2"],
      ["", "b3"],
    ]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").delete("Left");
    });
    expect((await read(sim, "A1:B1")).values).toEqual([["b1", ""]]);
  });

  it("stores the selection and activates its sheet", async () => {
    const sim = createExcelSimulator({ sheets: ["One", "Two"] });
    const address = await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Two").getRange("B2:C3").select();
      await context.sync();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return selected.address;
    });
    expect(address).toBe("Two!B2:C3");
    expect(sim.activeSheet()).toBe("Two");
  });

  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
    });
    const protectedState = await sim.run(async (context) => {
      const p = context.workbook.worksheets.getItem("Sheet1").protection.load("protected");
      await context.sync();
      return p.protected;
    });
    expect(protectedState).toBe(true);
    await rejectsWith(write(sim, "A1", [["x"]]), "AccessDenied");
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "#FF0000";
      }),
      "AccessDenied",
    );
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true);
      }),
      "AccessDenied",
    );
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
    });
    await write(sim, "A1", [["x"]]);
    expect(sim.cell("Sheet1", "A1").value).toBe("x");
  });
});
