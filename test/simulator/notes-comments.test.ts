// Notes (ExcelApi 1.18) and comments (ExcelApi 1.10).

import { createExcelSimulator } from "../../simulator";
import { rejectsWith, throwsWith } from "./helpers";

describe("notes", () => {
  it("adds a note to a cell, reads, edits and deletes it", async () => {
    const sim = createExcelSimulator({ sheets: ["Permanent data"], userName: "Accountant" });
    await sim.run(async (context) => {
      context.workbook.notes.add("'Permanent data'!C3", "Enterprise number does not match the check digits");
      context.workbook.worksheets.getItem("Permanent data").notes.add(context.workbook.worksheets.getItem("Permanent data").getRange("D4"), "second");
    });
    expect(sim.cell("Permanent data", "C3").note).toBe("Enterprise number does not match the check digits");
    const listed = await sim.run(async (context) => {
      const notes = context.workbook.notes.load("items/content, items/authorName");
      const one = context.workbook.worksheets.getItem("Permanent data").notes.getItemOrNullObject("D4").load("content");
      const none = context.workbook.notes.getItemOrNullObject("'Permanent data'!A1");
      const location = context.workbook.notes.getItemAt(0).getLocation().load("address");
      await context.sync();
      return { items: notes.items.map((n) => [n.content, n.authorName]), one: one.content, none: none.isNullObject, location: location.address };
    });
    expect(listed).toEqual({
      items: [
        ["Enterprise number does not match the check digits", "Accountant"],
        ["second", "Accountant"],
      ],
      one: "second",
      none: true,
      location: "'Permanent data'!C3",
    });
    await sim.run(async (context) => {
      context.workbook.notes.getItem("'Permanent data'!C3").content = "fixed";
      context.workbook.worksheets.getItem("Permanent data").notes.getItem("D4").delete();
    });
    expect([sim.cell("Permanent data", "C3").note, sim.cell("Permanent data", "D4").note]).toEqual(["fixed", null]);
  });

  it("refuses a note on more than one cell (InvalidCellAddress, as documented) and a second note on a cell", async () => {
    const sim = createExcelSimulator();
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.notes.add("Sheet1!A1:B2", "too wide");
      }),
      "InvalidCellAddress",
    );
    await sim.run(async (context) => {
      context.workbook.notes.add("Sheet1!A1", "one");
    });
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.notes.add("Sheet1!A1", "two");
      }),
      "ItemAlreadyExists",
    );
  });

  it("is missing below ExcelApi 1.18: isSetSupported says so and the API throws ApiNotFound", async () => {
    const sim = createExcelSimulator({ requirementSets: { ExcelApi: "1.17" } });
    expect(sim.office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(sim.office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    await sim.run(async (context) => {
      throwsWith(() => context.workbook.notes, "ApiNotFound");
      throwsWith(() => context.workbook.worksheets.getItem("Sheet1").notes, "ApiNotFound");
    });
  });
});

describe("comments", () => {
  it("adds a comment to a cell, finds it by cell, edits and deletes it", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.comments.add("Sheet1!B2", "Please check");
    });
    expect(sim.cell("Sheet1", "B2").comment).toBe("Please check");
    const content = await sim.run(async (context) => {
      const c = context.workbook.comments.getItemByCell("Sheet1!B2").load("content, authorName, resolved");
      await context.sync();
      c.content = "Checked";
      return [c.content, c.authorName, c.resolved];
    });
    expect(content).toEqual(["Checked", "Simulated User", false]);
    expect(sim.cell("Sheet1", "B2").comment).toBe("Checked");
    await sim.run(async (context) => {
      context.workbook.comments.getItemByCell("Sheet1!B2").delete();
    });
    expect(sim.cell("Sheet1", "B2").comment).toBeNull();
  });

  it("needs the sheet name in a string address and a single cell (InvalidArgument)", async () => {
    const sim = createExcelSimulator();
    for (const address of ["B2", "Sheet1!B2:C3"]) {
      await rejectsWith(
        sim.run(async (context) => {
          context.workbook.comments.add(address, "x");
        }),
        "InvalidArgument",
      );
    }
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.comments.getItemByCell("Sheet1!A1").load("content");
      }),
      "ItemNotFound",
    );
  });

  it("needs ExcelApi 1.10", async () => {
    const sim = createExcelSimulator({ requirementSets: { ExcelApi: "1.9" } });
    await sim.run(async (context) => {
      throwsWith(() => context.workbook.comments, "ApiNotFound");
    });
  });
});
