// Proxy objects, the command queue, load/sync, counters, failures.
// These tests read unloaded properties on purpose (to check PropertyNotLoaded), and
// ClientResult values need no load: the office-addins load/sync rules do not apply here.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

import { COMMAND_OVERHEAD_BYTES, createExcelSimulator } from "../../simulator";
import { rejectsWith, throwsWith } from "./helpers";

describe("queued commands", () => {
  it("applies writes only at sync", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      expect(sim.cell("Sheet1", "A1").value).toBe("");
      await context.sync();
      expect(sim.cell("Sheet1", "A1").value).toBe("x");
    });
  });

  it("throws PropertyNotLoaded for a property that was not loaded and synced", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      const error = throwsWith(() => range.address, "PropertyNotLoaded");
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe("RichApi.Error");
      expect(error.debugInfo.errorLocation).toBe("Range.address");
      range.load("address");
      throwsWith(() => range.address, "PropertyNotLoaded");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B2");
      throwsWith(() => range.values, "PropertyNotLoaded");
    });
  });

  it("accepts load as a string list, an array and { select, expand }", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      range.values = [
        [1, 2],
        [3, 4],
      ];
      range.format.fill.color = "#FF0000";
      const a = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3").load("address, rowCount");
      const b = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3").load(["values", "columnCount"]);
      const c = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3").load({ select: "format/fill/color, rowIndex", expand: "format/font" });
      await context.sync();
      expect([a.address, a.rowCount]).toEqual(["Sheet1!B2:C3", 2]);
      expect([b.values, b.columnCount]).toEqual([
        [
          [1, 2],
          [3, 4],
        ],
        2,
      ]);
      expect([c.format.fill.color, c.rowIndex, c.format.font.bold]).toEqual(["#FF0000", 1, false]);
      throwsWith(() => c.address, "PropertyNotLoaded");
    });
  });

  it("loads every scalar property with a parameterless load, and collection items", async () => {
    const sim = createExcelSimulator({ sheets: ["One", "Two"] });
    await sim.run(async (context) => {
      const sheets = context.workbook.worksheets.load();
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ["One", 0, "Visible"],
        ["Two", 1, "Visible"],
      ]);
      context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["One", "Two"]);
      throwsWith(() => sheets.items[0]?.position, "PropertyNotLoaded");
      context.workbook.worksheets.load("visibility");
      await context.sync();
      expect(sheets.items.map((s) => s.visibility)).toEqual(["Visible", "Visible"]);
    });
  });

  it("keeps loaded values as a snapshot until loaded again", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[""]]);
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[42]];
      await context.sync();
      expect(range.values).toEqual([[""]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[42]]);
    });
  });

  it("returns what was set locally until the next load (as office.js)", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["600"]];
      expect(range.values).toEqual([["600"]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[600]]);
    });
  });

  it("fails the sync with InvalidArgument when a load names a property that does not exist", async () => {
    const sim = createExcelSimulator();
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
        await context.sync();
      }),
      "InvalidArgument",
    );
  });

  it("sets several properties at once with set(), through navigation properties", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1")
        .set({ values: [["x"]], format: { fill: { color: "#00FF00" }, font: { bold: true } } });
    });
    expect(sim.cell("Sheet1", "A1")).toMatchObject({ value: "x", fill: "#00FF00", bold: true });
  });

  it("returns ClientResult values only after the sync (ValueNotLoaded before)", async () => {
    const sim = createExcelSimulator({ sheets: ["A", "B", "C"] });
    await sim.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      throwsWith(() => count.value, "ValueNotLoaded");
      await context.sync();
      expect(count.value).toBe(3);
    });
  });
});

describe("counters", () => {
  it("counts syncs that went to Excel and the commands they carried", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A2").values = [[2]];
      sheet.getRange("A1:A2").load("values");
      await context.sync();
      await context.sync();
    });
    expect(sim.syncCount).toBe(1);
    expect(sim.commandCount).toBe(3);
    sim.resetCounters();
    expect([sim.syncCount, sim.commandCount]).toEqual([0, 0]);
  });

  it("syncs what the batch left queued at the end of run, and counts that sync", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["late"]];
    });
    expect(sim.cell("Sheet1", "A1").value).toBe("late");
    expect(sim.syncCount).toBe(1);
    await sim.run(async (context) => {
      await context.sync();
    });
    expect(sim.syncCount).toBe(1);
  });

  it("drops the pending commands when the batch throws", async () => {
    const sim = createExcelSimulator();
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["never"]];
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(sim.cell("Sheet1", "A1").value).toBe("");
    expect(sim.syncCount).toBe(0);
  });

  it("requires the batch to return a promise", async () => {
    const sim = createExcelSimulator();
    await rejectsWith(sim.run((() => 1) as never), "RunMustReturnPromise");
  });

  it("passes the batch result through", async () => {
    const sim = createExcelSimulator();
    await expect(sim.run(async () => 7)).resolves.toBe(7);
  });

  it("reuses the context of a previous object with run(object, batch), and refuses a released one", async () => {
    const sim = createExcelSimulator();
    let kept: Excel.Range | undefined;
    await sim.run(async (context) => {
      kept = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    });
    const range = kept as Excel.Range;
    range.values = [["after"]];
    await rejectsWith(range.context.sync(), "InvalidObjectPath");
    type RunWith = (object: unknown, batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void>;
    const sim2 = createExcelSimulator();
    await sim2.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("B1");
      await (sim2.run as unknown as RunWith)(r, async (again) => {
        expect(again).toBe(context);
        r.values = [["same context"]];
      });
    });
    expect(sim2.cell("Sheet1", "B1").value).toBe("same context");
  });
});

describe("failures", () => {
  it("applies nothing of a failed sync and rejects with an OfficeExtension.Error-like object", async () => {
    const sim = createExcelSimulator();
    const before = sim.snapshot();
    const error = await rejectsWith(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["first"]];
        context.trace("before the bad write");
        sheet.getRange("A2:B2").values = [["only one"]];
        sheet.getRange("A3").values = [["third"]];
        await context.sync();
      }),
      "InvalidArgument",
    );
    expect(error.debugInfo.statement).toContain("Range.values");
    expect(error.traceMessages).toEqual(["before the bad write"]);
    expect(sim.snapshot()).toEqual(before);
    expect(sim.syncCount).toBe(1);
  });

  it("fails the N-th sync on request", async () => {
    const sim = createExcelSimulator({ failAt: { sync: 2 } });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.getRange("A2").values = [[2]];
      await rejectsWith(context.sync(), "GeneralException");
      sheet.getRange("A3").values = [[3]];
      await context.sync();
    });
    expect([sim.cell("Sheet1", "A1").value, sim.cell("Sheet1", "A2").value, sim.cell("Sheet1", "A3").value]).toEqual([1, "", 3]);
  });

  it("fails the sync that carries the N-th command on request", async () => {
    const sim = createExcelSimulator();
    sim.failAt = { command: 3 };
    await rejectsWith(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2").values = [[2]];
        sheet.getRange("A3").values = [[3]];
        await context.sync();
      }),
      "GeneralException",
    );
    expect(sim.cell("Sheet1", "A1").value).toBe("");
  });

  it("refuses a request above the payload cap and applies nothing", async () => {
    const sim = createExcelSimulator({ maxRequestBytes: 10_000 });
    const big = Array.from({ length: 100 }, (_, i) => [`row ${i} ${"x".repeat(100)}`]);
    await rejectsWith(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("B1").values = [["small"]];
        sheet.getRange("A1:A100").values = big;
        await context.sync();
      }),
      "RequestPayloadSizeLimitExceeded",
    );
    expect(sim.cell("Sheet1", "B1").value).toBe("");
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A50").values = big.slice(0, 50);
      await context.sync();
      sheet.getRange("A51:A100").values = big.slice(50);
      await context.sync();
    });
    expect(sim.cell("Sheet1", "A100").value).toBe(big[99]?.[0]);
  });

  it("estimates a request as the JSON of the arguments plus a fixed overhead per command", async () => {
    const value = [["abc"]];
    const exact = JSON.stringify([value]).length + COMMAND_OVERHEAD_BYTES;
    const fits = createExcelSimulator({ maxRequestBytes: exact });
    await fits.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = value;
    });
    const tooSmall = createExcelSimulator({ maxRequestBytes: exact - 1 });
    await rejectsWith(
      tooSmall.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = value;
      }),
      "RequestPayloadSizeLimitExceeded",
    );
  });

  it("refuses a response above the response cap", async () => {
    const sim = createExcelSimulator({ maxResponseBytes: 1_000 });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = Array.from({ length: 100 }, () => ["0123456789"]);
    });
    await rejectsWith(
      sim.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").load("values");
        await context.sync();
        return r.values;
      }),
      "ResponsePayloadSizeLimitExceeded",
    );
  });

  it("refuses to read more than five million cells at once", async () => {
    const sim = createExcelSimulator();
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange().load("values");
        await context.sync();
      }),
      "RangeExceedsLimit",
    );
  });
});
