// Named items, settings, document custom properties and worksheet custom properties.

import { createExcelSimulator } from "../../simulator";
import { rejectsWith, throwsWith } from "./helpers";

describe("named items", () => {
  it("adds names for ranges, finds them, gives their range, follows sheet renames", async () => {
    const sim = createExcelSimulator({ sheets: ["Permanent data"] });
    const result = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Permanent data");
      sheet.getRange("C3").values = [["0123.456.749"]];
      context.workbook.names.add("PD_EnterpriseNumber", sheet.getRange("C3"), "linked company");
      context.workbook.names.add("Constant", "=42");
      await context.sync();
      sheet.name = "Données";
      const item = context.workbook.names.getItemOrNullObject("pd_enterprisenumber").load("name, type, value, formula, comment, visible");
      const range = item.getRange().load("address, values");
      const missing = context.workbook.names.getItemOrNullObject("Nope");
      const missingRange = missing.getRangeOrNullObject();
      const constantRange = context.workbook.names.getItem("Constant").getRangeOrNullObject();
      const all = context.workbook.names.load("items/name");
      const viaAddress = sheet.getRange("PD_EnterpriseNumber").load("address");
      await context.sync();
      return {
        item: [item.name, item.type, item.value, item.formula, item.comment, item.visible],
        range: [range.address, range.values],
        missing: [missing.isNullObject, missingRange.isNullObject, constantRange.isNullObject],
        all: all.items.map((n) => n.name),
        viaAddress: viaAddress.address,
      };
    });
    expect(result).toEqual({
      item: ["PD_EnterpriseNumber", "Range", "Données!$C$3", "=Données!$C$3", "linked company", true],
      range: ["Données!C3", [["0123.456.749"]]],
      missing: [true, true, true],
      all: ["PD_EnterpriseNumber", "Constant"],
      viaAddress: "Données!C3",
    });
    expect(sim.names()[0]).toEqual({ name: "PD_EnterpriseNumber", scope: "Workbook", formula: "=Données!$C$3", comment: "linked company", visible: true });
  });

  it("keeps worksheet-scoped names apart from workbook names", async () => {
    const sim = createExcelSimulator({ sheets: ["A", "B"] });
    const scopes = await sim.run(async (context) => {
      context.workbook.worksheets.getItem("A").names.add("Local", "=A!$A$1");
      context.workbook.worksheets.getItem("B").names.add("Local", "=B!$B$2");
      const a = context.workbook.worksheets.getItem("A").names.getItem("Local").load("value, scope");
      const wb = context.workbook.names.getItemOrNullObject("Local");
      await context.sync();
      return [a.value, a.scope, wb.isNullObject];
    });
    expect(scopes).toEqual(["A!$A$1", "Worksheet", true]);
  });

  it("refuses a duplicate name and deletes names", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.names.add("X", "=Sheet1!$A$1");
    });
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.names.add("x", "=Sheet1!$B$1");
      }),
      "ItemAlreadyExists",
    );
    await sim.run(async (context) => {
      context.workbook.names.getItem("X").delete();
    });
    expect(sim.names()).toEqual([]);
  });

  it("fails getRange on a name whose sheet was deleted, with InvalidReference", async () => {
    const sim = createExcelSimulator({ sheets: ["Keep", "Drop"] });
    await sim.run(async (context) => {
      context.workbook.names.add("OnDrop", "=Drop!$A$1");
      await context.sync();
      context.workbook.worksheets.getItem("Drop").delete();
    });
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.names.getItem("OnDrop").getRange().load("address");
      }),
      "InvalidReference",
    );
  });
});

describe("settings", () => {
  it("adds, reads, overwrites and deletes settings; values go through JSON, Dates survive", async () => {
    const sim = createExcelSimulator();
    const when = new Date(Date.UTC(2024, 0, 31, 12));
    await sim.run(async (context) => {
      context.workbook.settings.add("pd.snapshot", { rows: [["a", 1]], when });
      context.workbook.settings.add("pd.version", 1);
      context.workbook.settings.add("pd.version", 2);
    });
    const read = await sim.run(async (context) => {
      const snapshot = context.workbook.settings.getItemOrNullObject("pd.snapshot").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("PD.SNAPSHOT");
      const count = context.workbook.settings.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult (getCount) needs no load
      return { value: snapshot.value, missing: missing.isNullObject, count: count.value };
    });
    expect(read).toEqual({ value: { rows: [["a", 1]], when }, missing: true, count: 2 });
    expect(sim.settings).toEqual({ "pd.snapshot": { rows: [["a", 1]], when }, "pd.version": 2 });
    await sim.run(async (context) => {
      context.workbook.settings.getItem("pd.version").delete();
      context.workbook.settings.getItem("pd.snapshot").value = "replaced";
    });
    expect(sim.settings).toEqual({ "pd.snapshot": "replaced" });
  });
});

describe("custom properties", () => {
  it("adds typed custom properties, case-insensitive, trimmed to 255 characters", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      const custom = context.workbook.properties.custom;
      custom.add("PD_Version", 3);
      custom.add("PD_Ratio", 0.5);
      custom.add("PD_Linked", true);
      custom.add("PD_Long", "x".repeat(300));
    });
    const result = await sim.run(async (context) => {
      const p = context.workbook.properties.custom.getItemOrNullObject("pd_version").load("key, value, type");
      const missing = context.workbook.properties.custom.getItemOrNullObject("other");
      const all = context.workbook.properties.custom.load("items/key, items/type");
      await context.sync();
      return { p: [p.key, p.value, p.type], missing: missing.isNullObject, all: all.items.map((i) => `${i.key}:${i.type}`) };
    });
    expect(result).toEqual({
      p: ["PD_Version", 3, "Number"],
      missing: true,
      all: ["PD_Version:Number", "PD_Ratio:Float", "PD_Linked:Boolean", "PD_Long:String"],
    });
    expect((sim.customProperties.PD_Long as string).length).toBe(255);
    await sim.run(async (context) => {
      context.workbook.properties.custom.getItem("PD_RATIO").delete();
      context.workbook.properties.title = "Client file";
    });
    expect(Object.keys(sim.customProperties)).toEqual(["PD_Version", "PD_Linked", "PD_Long"]);
  });

  it("needs ExcelApi 1.7 for workbook properties", async () => {
    const sim = createExcelSimulator({ requirementSets: { ExcelApi: "1.6" } });
    await sim.run(async (context) => {
      throwsWith(() => context.workbook.properties, "ApiNotFound");
    });
  });
});

describe("worksheet custom properties", () => {
  it("adds, finds and deletes them (ExcelApi 1.12); keys over 255 characters are refused", async () => {
    const sim = createExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").customProperties.add("PD_Role", "permanent-data");
    });
    const value = await sim.run(async (context) => {
      const p = context.workbook.worksheets.getItem("Sheet1").customProperties.getItemOrNullObject("pd_role").load("value");
      await context.sync();
      return p.value;
    });
    expect(value).toBe("permanent-data");
    expect(sim.snapshot().sheets[0]?.customProperties).toEqual({ PD_Role: "permanent-data" });
    await rejectsWith(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").customProperties.add("k".repeat(256), "v");
      }),
      "InvalidArgument",
    );
    const old = createExcelSimulator({ requirementSets: { ExcelApi: "1.11" } });
    await old.run(async (context) => {
      throwsWith(() => context.workbook.worksheets.getItem("Sheet1").customProperties, "ApiNotFound");
    });
  });
});
