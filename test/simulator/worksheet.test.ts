// Worksheets: add, find, rename, visibility, position, delete, activation.

import { createExcelSimulator } from "../../simulator";
import { rejectsWith } from "./helpers";

describe("worksheets", () => {
  it("adds sheets at the end, finds them by name (case-insensitive) or id", async () => {
    const sim = createExcelSimulator();
    const info = await sim.run(async (context) => {
      const added = context.workbook.worksheets.add("Permanent data");
      const unnamed = context.workbook.worksheets.add();
      added.load("id, name, position");
      unnamed.load("name");
      await context.sync();
      const byName = context.workbook.worksheets.getItem("PERMANENT DATA").load("id");
      const byId = context.workbook.worksheets.getItem(added.id).load("name");
      await context.sync();
      return { name: added.name, position: added.position, unnamed: unnamed.name, sameId: byName.id === added.id, byId: byId.name };
    });
    expect(info).toEqual({ name: "Permanent data", position: 1, unnamed: "Sheet3", sameId: true, byId: "Permanent data" });
    expect(sim.sheets().map((s) => s.name)).toEqual(["Sheet1", "Permanent data", "Sheet3"]);
    expect(sim.activeSheet()).toBe("Sheet1");
  });

  it("uses, in the same sync, a sheet created earlier in that sync", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.add("Permanent data");
      const sheet = context.workbook.worksheets.getItem("Permanent data");
      sheet.getRange("A1:B1").values = [["Key", "Value"]];
      sheet.tables.add("A1:B1", true).name = "PD_Identification";
      await context.sync();
    });
    expect(sim.syncCount).toBe(1);
    expect(sim.table("PD_Identification")?.sheet).toBe("Permanent data");
  });

  it("refuses duplicate and invalid names", async () => {
    const sim = createExcelSimulator();
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.add("sheet1");
      }),
      "ItemAlreadyExists",
    );
    for (const bad of ["a/b", "x".repeat(32), "'quoted'", "", "History"]) {
      await rejectsWith(
        sim.run(async (context) => {
          context.workbook.worksheets.add(bad === "" ? "ok" : bad).name = bad;
        }),
        "InvalidArgument",
      );
    }
    expect(sim.sheets()).toHaveLength(1);
  });

  it("renames a sheet; proxies keep pointing to it", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.name = "Données permanentes";
      sheet.getRange("A1").values = [["still here"]];
    });
    expect(sim.cell("Données permanentes", "A1").value).toBe("still here");
  });

  it("hides sheets, including VeryHidden, but keeps one visible", async () => {
    const sim = createExcelSimulator({ sheets: ["A", "B", "C"] });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("B").visibility = "Hidden";
      context.workbook.worksheets.getItem("C").visibility = "VeryHidden";
    });
    expect(sim.sheets().map((s) => [s.name, s.visibility])).toEqual([
      ["A", "Visible"],
      ["B", "Hidden"],
      ["C", "VeryHidden"],
    ]);
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("A").visibility = "Hidden";
      }),
      "InvalidOperation",
    );
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("C").activate();
      }),
      "InvalidOperation",
    );
    const visible = await sim.run(async (context) => {
      const n = context.workbook.worksheets.getCount(true);
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult (getCount) needs no load
      return n.value;
    });
    expect(visible).toBe(1);
  });

  it("moves a sheet with position and deletes sheets with what is on them", async () => {
    const sim = createExcelSimulator({ sheets: ["A", "B", "C"] });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("C").position = 0;
      const b = context.workbook.worksheets.getItem("B");
      b.tables.add("A1:B2", true).name = "OnB";
      context.workbook.names.add("OnBName", b.getRange("A1"));
      await context.sync();
      b.delete();
    });
    expect(sim.sheets().map((s) => s.name)).toEqual(["C", "A"]);
    expect(sim.table("OnB")).toBeNull();
    expect(sim.names()).toEqual([{ name: "OnBName", scope: "Workbook", formula: "=#REF!", comment: "", visible: true }]);
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("A").position = 5;
      }),
      "InvalidArgument",
    );
  });

  it("refuses to delete the last visible sheet", async () => {
    const sim = createExcelSimulator();
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
      }),
      "InvalidOperation",
    );
  });

  it("activates a sheet and gives the active one", async () => {
    const sim = createExcelSimulator({ sheets: ["A", "B"] });
    const name = await sim.run(async (context) => {
      context.workbook.worksheets.getItem("B").activate();
      await context.sync();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return active.name;
    });
    expect(name).toBe("B");
    expect(sim.sheets().find((s) => s.active)?.name).toBe("B");
  });
});
