// .xlsx export and import (exceljs), and LibreOffice opening the export when installed.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createExcelSimulator, type ExcelSimulator } from "../../simulator";
import { createExcelSimulatorFromXlsx, exportXlsx, importXlsx } from "../../simulator/xlsx";

async function demoWorkbook(): Promise<ExcelSimulator> {
  const sim = createExcelSimulator({ sheets: ["Permanent data", "State"] });
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Permanent data");
    sheet.getRange("A1:D1").values = [["Key", "Field", "Value", "Source"]];
    sheet.getRange("C2:C4").numberFormat = [["@"], ["@"], ["@"]];
    sheet.getRange("A2:D4").values = [
      ["CompanyName", "Name", "=Acme & Co", "AdminPulse"],
      ["EnterpriseNumber", "Enterprise number", "0123.456.749", "AdminPulse"],
      ["Street", "Street", "Rue de l'Église", ""],
    ];
    sheet.getRange("E2:E5").values = [["=LEN(C2)"], [45657], [46353.82569444], [45657 + 1 / 86400]];
    sheet.getRange("E3:E5").numberFormat = [["dd/mm/yyyy"], ["dd/mm/yyyy hh:mm"], ["dd/mm/yyyy hh:mm:ss"]];
    sheet.getRange("F2:F3").numberFormat = [["@"], ["0.00"]];
    sheet.getRange("A2").format.fill.color = "#FFFF00";
    sheet.getRange("B2").format.font.color = "#C00000";
    sheet.getRange("B2").format.font.bold = true;
    sheet.getRange("B:B").format.columnWidth = 150;
    const table = sheet.tables.add("A1:D4", true);
    table.name = "PD_Identification";
    table.style = "TableStyleLight9";
    const cf = table.getDataBodyRange().conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=AND($D2="",$A2<>"")';
    cf.custom.format.fill.color = "#FFF2CC";
    context.workbook.names.add("PD_EnterpriseNumber", sheet.getRange("C3"));
    context.workbook.notes.add(sheet.getRange("C3"), "Check digits OK");
    context.workbook.settings.add("pd.snapshot", { rows: [["CompanyName", "Acme"]] });
    context.workbook.properties.custom.add("PD_Version", 1);
    const state = context.workbook.worksheets.getItem("State");
    state.getRange("A1").values = [["internal"]];
    state.visibility = "VeryHidden";
    sheet.tabColor = "#00B050";
  });
  return sim;
}

describe("xlsx", () => {
  it("round-trips values, formulas, formats, tables, names, visibility, notes, conditional formats, settings", async () => {
    const sim = await demoWorkbook();
    const bytes = await exportXlsx(sim);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe("PK");
    const again = createExcelSimulator({ state: await importXlsx(bytes) });
    expect(again.snapshot()).toEqual(sim.snapshot());
    expect(again.sheets().map((s) => [s.name, s.visibility])).toEqual([
      ["Permanent data", "Visible"],
      ["State", "VeryHidden"],
    ]);
    expect(again.cell("Permanent data", "C2")).toMatchObject({ value: "=Acme & Co", formula: null });
    expect(again.cell("Permanent data", "E2").formula).toBe("=LEN(C2)");
    expect(again.cell("Permanent data", "E4").value).toBe(46353.82569444);
    expect(again.cell("Permanent data", "F2")).toMatchObject({ value: "", numberFormat: "@" });
    expect(again.cell("Permanent data", "D4").conditionalFill).toBe("#FFF2CC");
    const fromBytes = await createExcelSimulatorFromXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(fromBytes.table("PD_Identification")?.rows[1]).toEqual(["EnterpriseNumber", "Enterprise number", "0123.456.749", "AdminPulse"]);
  });

  it("writes a file exceljs reads as Excel would see it", async () => {
    const sim = await demoWorkbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(sim)).buffer as ArrayBuffer);
    const ws = wb.getWorksheet("Permanent data");
    expect(ws?.getCell("C2").value).toBe("=Acme & Co");
    expect(ws?.getCell("C2").numFmt).toBe("@");
    expect(ws?.getCell("E2").formula).toBe("LEN(C2)");
    expect(wb.getWorksheet("State")?.state).toBe("veryHidden");
    expect(wb.definedNames.model).toEqual([{ name: "PD_EnterpriseNumber", ranges: ["'Permanent data'!$C$3"] }]);
  });

  it("imports a workbook written by someone else: dates, formula results, rich text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    ws.getCell("A2").value = { formula: "1+1", result: 2 };
    ws.getCell("A3").value = { richText: [{ text: "Rich " }, { text: "text", font: { bold: true } }] };
    const state = await importXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const sim = createExcelSimulator({ state });
    expect(sim.cell("Data", "A1")).toMatchObject({ value: 45657, numberFormat: "dd/mm/yyyy" });
    expect(sim.cell("Data", "A2")).toMatchObject({ value: 2, formula: "=1+1" });
    expect(sim.cell("Data", "A3").value).toBe("Rich text");
  });

  const office = ["libreoffice", "soffice"].find((cmd) => {
    try {
      execFileSync("which", [cmd], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
  const withOffice = office === undefined ? it.skip : it;

  withOffice(
    "opens in LibreOffice (converted to PDF)",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "sim-xlsx-"));
      try {
        const file = join(dir, "permanent-data.xlsx");
        writeFileSync(file, await exportXlsx(await demoWorkbook()));
        execFileSync(
          office as string,
          ["--headless", "--norestore", `-env:UserInstallation=file://${join(dir, "profile")}`, "--convert-to", "pdf", "--outdir", dir, file],
          {
            stdio: "ignore",
            timeout: 120_000,
          },
        );
        const pdf = join(dir, "permanent-data.pdf");
        expect(existsSync(pdf)).toBe(true);
        expect(statSync(pdf).size).toBeGreaterThan(1000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});
