// Merged cells: Range.merge / unmerge, getMergedAreasOrNullObject (RangeAreas), tables against
// merged cells, used range, clear, insert and delete, inspection and .xlsx files.

import ExcelJS from "exceljs";
import { createExcelSimulator, type ExcelSimulator, type WorkbookState } from "../../simulator";
import { exportXlsx, importXlsx } from "../../simulator/xlsx";
import { rejectsWith, throwsWith } from "./helpers";

/** A simulator whose Sheet1 holds `values` from A1 and the merged areas `merges`. */
async function sheetWith(values: unknown[][], merges: string[] = []): Promise<ExcelSimulator> {
  const sim = createExcelSimulator();
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    if (values.length > 0) sheet.getRangeByIndexes(0, 0, values.length, values[0]?.length ?? 0).values = values;
    for (const m of merges) sheet.getRange(m).merge();
  });
  return sim;
}

function mergedAreas(sim: ExcelSimulator, sheet = "Sheet1"): string[] {
  return sim.sheets().find((s) => s.name === sheet)?.mergedAreas ?? [];
}

describe("merged cells: the model", () => {
  it("takes a workbook state without merged areas (made before they were simulated) as having none", async () => {
    const state = createExcelSimulator().state() as WorkbookState;
    const sheet = state.sheets[0]!;
    expect("merges" in sheet).toBe(false);
    const sim = createExcelSimulator({ state });
    expect(mergedAreas(sim)).toEqual([]);
    await sim.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Sheet1").getRange("A1:Z99").getMergedAreasOrNullObject();
      await context.sync();
      expect(areas.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2").merge();
    });
    expect(mergedAreas(sim)).toEqual(["B2:C2"]);
    expect(sim.state().sheets[0]?.merges).toEqual([{ r0: 1, c0: 1, r1: 1, c1: 2 }]);
    await sim.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("B2").unmerge());
    expect("merges" in (sim.state().sheets[0] ?? {})).toBe(false);
  });
});

describe("Range.merge", () => {
  it("keeps the top-left content of the area and clears the other cells", async () => {
    const sim = await sheetWith(
      [
        ["keep", "lost", 3],
        ["=B1", 5, true],
      ],
      ["A1:C2"],
    );
    expect(mergedAreas(sim)).toEqual(["A1:C2"]);
    expect(sim.snapshot().sheets[0]?.cells).toEqual({ A1: { v: "keep" } });
    expect(sim.cell("Sheet1", "C2")).toMatchObject({ value: "", merged: "A1:C2" });
  });

  it("moves the first non-empty content to an empty top-left cell, as Excel's Merge does", async () => {
    const sim = await sheetWith(
      [
        ["", "", ""],
        ["", "=1+1", "third"],
      ],
      ["A1:C2"],
    );
    expect(sim.cell("Sheet1", "A1")).toMatchObject({ formula: "=1+1", merged: "A1:C2" });
    expect(sim.cell("Sheet1", "B2")).toMatchObject({ value: "", formula: null });
    expect(sim.cell("Sheet1", "C2").value).toBe("");
  });

  it("gives every cell the formats of the top-left cell, which they keep after unmerge", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.fill.color = "#FFFF00";
      sheet.getRange("B1").format.font.bold = true;
      sheet.getRange("A1:B2").merge();
      const fill = sheet.getRange("A1:B2").format.fill.load("color");
      const font = sheet.getRange("A1:B2").format.font.load("bold");
      await context.sync();
      expect(fill.color).toBe("#FFFF00");
      expect(font.bold).toBe(false);
      sheet.getRange("A1:B2").unmerge();
    });
    expect(sim.cell("Sheet1", "B2")).toMatchObject({ fill: "#FFFF00", bold: false, merged: null });
  });

  it("merges each row apart with across = true; one cell, or one column across, merges nothing", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").merge(true);
      sheet.getRange("E1").merge();
      sheet.getRange("G1:G3").merge(true);
    });
    expect(mergedAreas(sim)).toEqual(["A1:C1", "A2:C2", "A3:C3"]);
  });

  it("grows the new area to take in the merged areas it partly covers (never cutting one)", async () => {
    const sim = await sheetWith([["first"]], ["A1:B2", "D4:E4"]);
    await sim.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("B2:D4").merge());
    expect(mergedAreas(sim)).toEqual(["A1:E4"]);
    expect(sim.cell("Sheet1", "A1").value).toBe("first");
  });

  it("refuses a merge over a table with MergedRangeConflict, applying nothing", async () => {
    const sim = await sheetWith([
      ["H1", "H2"],
      [1, 2],
    ]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true);
    });
    const before = sim.snapshot();
    const error = await rejectsWith(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("D1:E1").merge();
        sheet.getRange("B2:C3").merge();
      }),
      "MergedRangeConflict",
    );
    expect(error.message).toContain("merged cells");
    expect(error.debugInfo.errorLocation).toBe("Range.merge()");
    expect(sim.snapshot()).toEqual(before);
  });

  it("is refused on a protected sheet (AccessDenied) and below ExcelApi 1.2 (ApiNotFound)", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
    });
    await rejectsWith(
      sim.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").merge()),
      "AccessDenied",
    );
    const old = createExcelSimulator({ requirementSets: { ExcelApi: "1.1" } });
    await old.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      throwsWith(() => range.merge(), "ApiNotFound");
      throwsWith(() => range.unmerge(), "ApiNotFound");
    });
  });
});

describe("Range.unmerge", () => {
  it("splits every merged area the range touches, whole; the top-left keeps the content", async () => {
    const sim = await sheetWith([["title"]], ["A1:C2", "E1:F1", "A5:B5"]);
    await sim.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("C1:E2").unmerge());
    expect(mergedAreas(sim)).toEqual(["A5:B5"]);
    expect(sim.cell("Sheet1", "A1")).toMatchObject({ value: "title", merged: null });
  });
});

describe("Range.getMergedAreasOrNullObject", () => {
  it("is a null object when the range holds no merged cell, without an explicit load", async () => {
    const sim = await sheetWith([["x"]], ["C3:D3"]);
    await sim.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B9").getMergedAreasOrNullObject();
      areas.load("address, areaCount");
      await context.sync();
      expect(areas.isNullObject).toBe(true);
      expect(areas.address).toBeUndefined();
    });
  });

  it("gives address, areaCount, cellCount and the areas as ranges, loaded by path or on the collection", async () => {
    const sim = await sheetWith([], ["D4:E4", "A1:B2"]);
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:F9");
      const areas = range.getMergedAreasOrNullObject();
      areas.load(
        "address, areaCount, cellCount, areas/items/rowIndex, areas/items/columnIndex, areas/items/rowCount, areas/items/columnCount, areas/items/address",
      );
      const again = range.getMergedAreasOrNullObject();
      again.areas.load("items/rowIndex,items/columnIndex");
      const count = again.areas.getCount();
      const second = again.areas.getItemAt(1).load("address");
      await context.sync();
      expect(areas.isNullObject).toBe(false);
      expect(areas.address).toBe("Sheet1!A1:B2, Sheet1!D4:E4");
      expect(areas.areaCount).toBe(2);
      expect(areas.cellCount).toBe(6);
      expect(areas.areas.items.map((r) => [r.rowIndex, r.columnIndex, r.rowCount, r.columnCount, r.address])).toEqual([
        [0, 0, 2, 2, "Sheet1!A1:B2"],
        [3, 3, 1, 2, "Sheet1!D4:E4"],
      ]);
      expect(again.areas.items.map((r) => [r.rowIndex, r.columnIndex])).toEqual([
        [0, 0],
        [3, 3],
      ]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult (getCount) needs no load
      expect(count.value).toBe(2);
      expect(second.address).toBe("Sheet1!D4:E4");
      again.areas.getItemAt(2).load("address");
      await rejectsWith(context.sync(), "ItemNotFound");
    });
  });

  it("returns the areas whose top-left cell is in the range, whole, and leaves out those that only reach in", async () => {
    // OfficeDev/office-js issue #3611: B2:E2 merged; C2:E6 finds nothing, B2:C6 finds B2:E2.
    const sim = await sheetWith([], ["B2:E2"]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const reachingIn = sheet.getRange("C2:E6").getMergedAreasOrNullObject();
      const startingIn = sheet.getRange("B2:C6").getMergedAreasOrNullObject().load("address, cellCount");
      await context.sync();
      expect(reachingIn.isNullObject).toBe(true);
      expect(startingIn.address).toBe("Sheet1!B2:E2");
      expect(startingIn.cellCount).toBe(4);
    });
  });

  it("works on a range derived in the same batch, and on a null-object chain", async () => {
    const sim = await sheetWith(
      [
        ["Key", "Value"],
        ["a", 1],
      ],
      ["B40:C40"],
    );
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1:B2");
      const below = range.getRowsBelow(1).getBoundingRect(range.getEntireColumn().getLastRow()).getMergedAreasOrNullObject();
      below.load("address");
      const empty = context.workbook.worksheets.add("Empty");
      const nothing = empty.getUsedRangeOrNullObject().getMergedAreasOrNullObject();
      nothing.load("areaCount");
      const item = nothing.areas.getItemAt(0).load("address");
      nothing.areas.load("items/address");
      await context.sync();
      expect(below.address).toBe("Sheet1!B40:C40");
      expect(nothing.isNullObject).toBe(true);
      expect(item.isNullObject).toBe(true);
      expect(nothing.areas.isNullObject).toBe(true);
    });
  });

  it("needs ExcelApi 1.13, and fails past 512 merged areas as the API reference says", async () => {
    const old = createExcelSimulator({ requirementSets: { ExcelApi: "1.12" } });
    await old.run(async (context) => {
      throwsWith(() => context.workbook.worksheets.getItem("Sheet1").getRange("A1").getMergedAreasOrNullObject(), "ApiNotFound");
    });
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B512").merge(true);
      const ok = sheet.getRange("A:B").getMergedAreasOrNullObject().load("areaCount");
      await context.sync();
      expect(ok.areaCount).toBe(512);
      sheet.getRange("A513:B513").merge();
      sheet.getRange("A:B").getMergedAreasOrNullObject().load("areaCount");
      await rejectsWith(context.sync(), "GeneralException");
    });
  });
});

describe("tables and merged cells", () => {
  const withTable = async (merges: string[]): Promise<ExcelSimulator> => {
    const sim = await sheetWith([
      ["H1", "H2"],
      [1, 2],
      [3, 4],
    ]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.tables.add("A1:B3", true).name = "T";
      for (const m of merges) sheet.getRange(m).merge();
    });
    return sim;
  };

  it("tables.add over merged cells fails with MergedRangeConflict", async () => {
    const sim = await sheetWith([["a", "b"]], ["B3:C3"]);
    const error = await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B4", true);
      }),
      "MergedRangeConflict",
    );
    expect(error.message).toContain("B3:C3");
    expect(sim.snapshot().tables).toEqual([]);
  });

  it("table.resize over merged cells fails with MergedRangeConflict", async () => {
    const sim = await withTable(["C2:D2"]);
    await rejectsWith(
      sim.run(async (context) => context.workbook.tables.getItem("T").resize("A1:C3")),
      "MergedRangeConflict",
    );
    expect(sim.table("T")?.address).toBe("Sheet1!A1:B3");
  });

  it("rows.add and columns.add: a merged area they would cut fails with MergedRangeConflict; one wholly moved moves", async () => {
    const straddling = await withTable(["B6:C6"]);
    await rejectsWith(
      straddling.run(async (context) => {
        context.workbook.tables.getItem("T").rows.add(undefined, [[5, 6]]);
      }),
      "MergedRangeConflict",
    );
    const right = await withTable(["D2:D5"]);
    await rejectsWith(
      right.run(async (context) => {
        context.workbook.tables.getItem("T").columns.add(undefined, undefined, "H3");
      }),
      "MergedRangeConflict",
    );
    const below = await withTable(["A6:B7"]);
    await below.run(async (context) => {
      context.workbook.tables.getItem("T").rows.add(undefined, [[5, 6]]);
    });
    expect(below.table("T")?.address).toBe("Sheet1!A1:B4");
    expect(mergedAreas(below)).toEqual(["A7:B8"]);
  });

  it("typing right below a table does not grow it over merged cells", async () => {
    const sim = await withTable(["A4:C4"]);
    await sim.editCell("Sheet1", "B4", "typed");
    expect(sim.table("T")?.address).toBe("Sheet1!A1:B3");
    expect(sim.cell("Sheet1", "A4")).toMatchObject({ value: "typed", merged: "A4:C4" });
    expect(sim.cell("Sheet1", "B4").value).toBe("");
    const control = await withTable([]);
    await control.editCell("Sheet1", "A4", "typed");
    expect(control.table("T")?.address).toBe("Sheet1!A1:B4");
  });
});

describe("used range, clear, insert and delete", () => {
  it("counts merged cells in getUsedRange(false) but in getUsedRange(true) only by their value", async () => {
    const sim = await sheetWith([["a"]], ["D5:E6"]);
    const used = async (): Promise<string[]> =>
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        const all = sheet.getUsedRange(false).load("address");
        const values = sheet.getUsedRange(true).load("address");
        const inside = sheet.getRange("E6:F9").getUsedRange(false).load("address");
        await context.sync();
        return [all.address, values.address, inside.address];
      });
    expect(await used()).toEqual(["Sheet1!A1:E6", "Sheet1!A1", "Sheet1!E6"]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D5").values = [["v"]];
    });
    expect(await used()).toEqual(["Sheet1!A1:E6", "Sheet1!A1:D5", "Sheet1!E6"]);
  });

  it("clear('Formats') and clear('All') unmerge the areas they wholly contain; Contents keeps them", async () => {
    const sim = await sheetWith([["x"]], ["B2:C3", "E2:F2", "H2:I2"]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D4").clear("Formats");
      sheet.getRange("E1:F4").clear("Contents");
      sheet.getRange("H1:H4").clear("All");
    });
    expect(mergedAreas(sim)).toEqual(["E2:F2", "H2:I2"]);
    await sim.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("H1:I4").clear());
    expect(mergedAreas(sim)).toEqual(["E2:F2"]);
  });

  it("moves merged areas with inserted and deleted rows and columns, growing and shrinking them", async () => {
    const sim = await sheetWith([["top"]], ["A1:A3", "C5:D5"]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("2:2").insert("Down");
      sheet.getRange("D:D").insert("Right");
    });
    expect(mergedAreas(sim)).toEqual(["A1:A4", "C6:E6"]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("2:3").delete("Up");
      sheet.getRange("D:E").delete("Left");
    });
    expect(mergedAreas(sim)).toEqual(["A1:A2"]);
    expect(sim.cell("Sheet1", "A1")).toMatchObject({ value: "top", merged: "A1:A2" });
  });

  it("refuses an insert or delete that would cut a merged area with InsertDeleteConflict, applying nothing", async () => {
    const sim = await sheetWith([["a", "b"]], ["B3:C3", "E5:E6"]);
    const before = sim.snapshot();
    for (const shift of [
      (s: Excel.Worksheet) => s.getRange("A1:B1").insert("Down"),
      (s: Excel.Worksheet) => s.getRange("A1:B1").delete("Up"),
      (s: Excel.Worksheet) => s.getRange("A5").insert("Right"),
    ]) {
      await rejectsWith(
        sim.run(async (context) => {
          shift(context.workbook.worksheets.getItem("Sheet1"));
        }),
        "InsertDeleteConflict",
      );
    }
    expect(sim.snapshot()).toEqual(before);
  });
});

describe("writes into merged areas", () => {
  it("are applied as they are (what Excel does with a write to part of a merged area is not established)", async () => {
    const sim = await sheetWith([], ["A1:B1"]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["shown"]];
      sheet.getRange("B1").values = [["hidden"]];
    });
    expect(sim.cell("Sheet1", "A1").value).toBe("shown");
    expect(sim.cell("Sheet1", "B1")).toMatchObject({ value: "hidden", merged: "A1:B1" });
  });
});

describe("inspection and files", () => {
  it("shows merged areas in snapshot(), sheets() and cell(), and a failed sync leaves them unchanged", async () => {
    const sim = await sheetWith([["x"]], ["A1:B2"]);
    const before = sim.snapshot();
    expect(before.sheets[0]?.mergedAreas).toEqual(["A1:B2"]);
    expect(sim.sheets()[0]).toMatchObject({ name: "Sheet1", mergedAreas: ["A1:B2"] });
    expect(sim.cell("Sheet1", "B2").merged).toBe("A1:B2");
    expect(sim.cell("Sheet1", "C3").merged).toBeNull();
    await rejectsWith(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").unmerge();
        sheet.getRange("D1:E1").merge();
        context.workbook.worksheets.getItem("Missing").load("name");
      }),
      "ItemNotFound",
    );
    expect(sim.snapshot()).toEqual(before);
    await sim.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1").unmerge());
    expect(sim.snapshot()).not.toEqual(before);
  });

  it("writes merged areas to .xlsx and reads them back, without copying the value into the other cells", async () => {
    const sim = await sheetWith([["Title", "", ""]], ["A1:C1", "E2:F4"]);
    const bytes = await exportXlsx(sim);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.getWorksheet("Sheet1")?.model.merges.sort()).toEqual(["A1:C1", "E2:F4"]);
    const again = createExcelSimulator({ state: await importXlsx(bytes) });
    expect(mergedAreas(again)).toEqual(["A1:C1", "E2:F4"]);
    expect(again.cell("Sheet1", "B1")).toMatchObject({ value: "", merged: "A1:C1" });
    expect(again.snapshot()).toEqual(sim.snapshot());
  });
});
