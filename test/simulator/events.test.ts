// Worksheet events: onActivated, onChanged; user edits and the add-in's own writes.

import { createExcelSimulator } from "../../simulator";

describe("events", () => {
  it("fires onActivated when the user activates a sheet, and when the add-in does", async () => {
    const sim = createExcelSimulator({ sheets: ["Other", "Permanent data"] });
    const seen: string[] = [];
    const ids = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Permanent data");
      sheet.onActivated.add(async (event) => {
        seen.push(`sheet:${event.type}:${event.worksheetId}`);
      });
      context.workbook.worksheets.onActivated.add(async (event) => {
        seen.push(`all:${event.worksheetId}`);
      });
      const other = context.workbook.worksheets.getItem("Other").load("id");
      sheet.load("id");
      await context.sync();
      return [other.id, sheet.id];
    });
    await sim.fireActivated("Permanent data");
    await sim.fireActivated("Permanent data");
    expect(seen).toEqual([`sheet:WorksheetActivated:${ids[1]}`, `all:${ids[1]}`]);
    await sim.fireActivated("Other");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Permanent data").activate();
    });
    await sim.settle();
    expect(seen).toHaveLength(5);
  });

  it("registers handlers only at the next sync", async () => {
    const sim = createExcelSimulator({ sheets: ["A", "B"] });
    const seen: string[] = [];
    let resolveDone: () => void = () => undefined;
    const registered = new Promise<void>((resolve) => (resolveDone = resolve));
    const run = sim.run(async (context) => {
      context.workbook.worksheets.getItem("B").onActivated.add(async () => {
        seen.push("activated");
      });
      await sim.fireActivated("B");
      expect(seen).toEqual([]);
      await context.sync();
      resolveDone();
    });
    await registered;
    await run;
    await sim.fireActivated("A");
    await sim.fireActivated("B");
    expect(seen).toEqual(["activated"]);
  });

  it("fires onChanged for a user's edit with source Local and triggerSource Unknown", async () => {
    const sim = createExcelSimulator();
    const events: Excel.WorksheetChangedEventArgs[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (event) => {
        events.push(event);
      });
    });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["before"]];
    });
    await sim.settle();
    events.length = 0;
    await sim.editCell("Sheet1", "B2", "typed");
    expect(events).toHaveLength(1);
    const event = events[0] as Excel.WorksheetChangedEventArgs;
    expect(event).toMatchObject({ type: "WorksheetChanged", address: "B2", changeType: "RangeEdited", source: "Local", triggerSource: "Unknown" });
    expect(event.details).toEqual({ valueBefore: "before", valueAfter: "typed", valueTypeBefore: "String", valueTypeAfter: "String" });
    expect(sim.cell("Sheet1", "B2").value).toBe("typed");
    const values = await sim.run(async (context) => {
      const range = event.getRange(context).load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["typed"]]);
    await sim.editCell("Sheet1", "C3", "co-author", { source: "Remote" });
    expect(events[1]?.source).toBe("Remote");
  });

  it("fires onChanged for the add-in's own writes too, marked ThisLocalAddin", async () => {
    const sim = createExcelSimulator();
    const events: Excel.WorksheetChangedEventArgs[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        events.push(event);
      });
    });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
    });
    await sim.settle();
    expect(events.map((e) => [e.address, e.source, e.triggerSource])).toEqual([["A1:B2", "Local", "ThisLocalAddin"]]);
  });

  it("has no triggerSource below ExcelApi 1.14", async () => {
    const sim = createExcelSimulator({ requirementSets: { ExcelApi: "1.13" } });
    const events: Excel.WorksheetChangedEventArgs[] = [];
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (event) => {
        events.push(event);
      });
    });
    await sim.editCell("Sheet1", "A1", 1);
    expect(events).toHaveLength(1);
    expect("triggerSource" in (events[0] as object)).toBe(false);
  });

  it("stops after remove(), and while runtime.enableEvents is false", async () => {
    const sim = createExcelSimulator();
    let count = 0;
    const handler = async (): Promise<void> => {
      count++;
    };
    let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await sim.run(async (context) => {
      registration = context.workbook.worksheets.getItem("Sheet1").onChanged.add(handler);
    });
    await sim.editCell("Sheet1", "A1", "x");
    expect(count).toBe(1);
    await sim.run(async (context) => {
      context.runtime.enableEvents = false;
    });
    await sim.editCell("Sheet1", "A1", "y");
    expect(count).toBe(1);
    await sim.run(async (context) => {
      context.runtime.enableEvents = true;
    });
    await sim.editCell("Sheet1", "A1", "z");
    expect(count).toBe(2);
    const runWith = sim.run as unknown as (context: unknown, batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void>;
    await runWith(registration?.context, async (context) => {
      registration?.remove();
      await context.sync();
    });
    await sim.editCell("Sheet1", "A1", "w");
    expect(count).toBe(2);
  });

  it("refuses user edits of a protected or missing sheet", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
    });
    await expect(sim.editCell("Sheet1", "A1", "x")).rejects.toThrow("protected");
    await expect(sim.editCell("Nope", "A1", "x")).rejects.toThrow("No worksheet");
    expect(sim.cell("Sheet1", "A1").value).toBe("");
  });

  it("swallows errors thrown by handlers", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async () => {
        throw new Error("handler bug");
      });
    });
    await expect(sim.editCell("Sheet1", "A1", "x")).resolves.toBeUndefined();
  });
});
