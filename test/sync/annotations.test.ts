// The checks' findings on the sheet after a sync: PD_Checks lists them with a link to the cell;
// errors and warnings put a note and a colour on their cell; notes that no longer apply go, and
// notes people wrote are never touched. Against the sandbox, end to end. (Excel without notes:
// check-column.test.ts.)

import { ACME, AUDITOR, PERSON_A, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { syncBench } from "./support";

let running: Running;
beforeEach(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterEach(() => running.sandbox.close());

const SHEET = "Permanent data";
const BAD_NATIONAL_NUMBER = "85073003329"; // check digits 28 expected

/** Zoë Dubois's national number fails its check digits in AdminPulse (REL-03, an error). */
function breakNationalNumber() {
  running.sandbox.editRelation(PERSON_A, (r) => {
    r.nationalNumber = BAD_NATIONAL_NUMBER;
  });
}

describe("findings on the sheet", () => {
  it("a note and a colour on each cell concerned, and every finding in PD_Checks with a link", async () => {
    breakNationalNumber();
    const bench = syncBench(running, "en");
    const summary = await bench.sync({ enterpriseNumber: ACME.number });
    const rel03 = summary.findings.filter((f) => f.id === "REL-03");
    expect(rel03.map((f) => f.cell)).toEqual([{ sheet: SHEET, address: "AM2" }]);
    // Where, in words, for the pane: the column, the row's name, the table.
    expect(rel03[0]!.where).toEqual({
      en: "National number of Dubois Zoë (Relations)",
      fr: "Numéro de registre national de Dubois Zoë (Relations)",
      nl: "Rijksregisternummer van Dubois Zoë (Relaties)",
    });
    expect(summary.findings.find((f) => f.id === "GA-04")!.where!.fr).toBe("Date de l'assemblée générale (Identification)");
    expect(bench.sim.cell(SHEET, "AM2")).toMatchObject({
      fill: "#FDE7E9",
      note: expect.stringMatching(/^REL-03: The national register number of Dubois Zoë fails its check digits\./),
    });
    // The number itself is personal data: never quoted in a message.
    expect(bench.sim.cell(SHEET, "AM2")!.note).not.toContain(BAD_NATIONAL_NUMBER);

    const checks = bench.sim.table("PD_Checks")!;
    expect(checks.headers).toEqual(["Severity", "Check", "Message", "Where"]);
    expect(checks.rows.map((r) => [r[0], r[1]])).toEqual(summary.findings.map((f) => [{ error: "Error", warning: "Warning", info: "Info" }[f.severity], f.id]));
    const row = checks.rows.findIndex((r) => r[1] === "REL-03");
    const where = bench.sim.cell(
      SHEET,
      `${checks.address.replace(/^.*!([A-Z]+)\d+:.*$/, "$1").replace(/.$/, (c) => String.fromCharCode(c.charCodeAt(0) + 3))}${row + 2}`,
    )!;
    expect(where.formula).toBe(`=HYPERLINK("#'Permanent data'!AM2","Permanent data!AM2")`);
    // Info findings are listed, not noted.
    const info = summary.findings.find((f) => f.severity === "info" && f.cell)!;
    expect(bench.sim.cell(info.cell!.sheet, info.cell!.address)!.note).toBeNull();
  });

  it("a finding on a whole column notes its header cell without colouring it (the header's white text stays readable)", async () => {
    // A holder AdminPulse adds without changing the company's total of shares: the shares no longer add up.
    running.sandbox.editRelation(ACME.id, (r) => {
      r.tos.push({ linkType: 6, uniqueIdentifier: AUDITOR, shares: 50, votingRights: 50 });
    });
    const bench = syncBench(running, "en");
    const summary = await bench.sync({ enterpriseNumber: ACME.number });
    const whole = summary.findings.filter((f) => f.whole && f.severity !== "info");
    expect(whole.length).toBeGreaterThan(0);
    for (const f of whole) {
      const cell = bench.sim.cell(f.cell!.sheet, f.cell!.address)!;
      expect(cell.note).toContain(`${f.id}: `);
      expect(cell.fill).toBeNull();
      expect(cell.value).toBe(bench.sim.table("PD_Shareholders")!.headers.find((h) => h === cell.value));
    }
  });

  it("notes that no longer apply go at the next sync, and the colour with them", async () => {
    breakNationalNumber();
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    expect(bench.sim.cell(SHEET, "AM2")!.note).not.toBeNull();
    running.sandbox.editRelation(PERSON_A, (r) => {
      r.nationalNumber = "85073003328";
    });
    const summary = await bench.sync();
    expect(summary.findings.some((f) => f.id === "REL-03")).toBe(false);
    expect(bench.sim.cell(SHEET, "AM2")).toMatchObject({ note: null, fill: null });
    expect(bench.sim.table("PD_Checks")!.rows.some((r) => r[1] === "REL-03")).toBe(false);
  });

  it("a note someone wrote is never changed or removed, even on a cell with a finding", async () => {
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    await bench.sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.notes.add("AM2", "Checked with the client on 12/11 — Marc");
      sheet.notes.add("F2", "Ask about the renewal");
      await context.sync();
    });
    breakNationalNumber();
    await bench.sync();
    expect(bench.sim.cell(SHEET, "AM2")!.note).toBe("Checked with the client on 12/11 — Marc");
    expect(bench.sim.cell(SHEET, "F2")!.note).toBe("Ask about the renewal");
    // The finding is still listed.
    expect(bench.sim.table("PD_Checks")!.rows.some((r) => r[1] === "REL-03")).toBe(true);
    // And a note of ours that someone edited is theirs from then on.
    const own = bench.sim.cell(SHEET, "C12")!.note!;
    expect(own).toMatch(/^GA-04/);
    await bench.sim.run(async (context) => {
      const note = context.workbook.worksheets.getItem(SHEET).notes.getItem("C12");
      note.content = `${own}\nFiled on 03/07 — Marc`;
      await context.sync();
    });
    await bench.sync({ now: () => new Date(2026, 2, 1, 9, 0) }); // before the deadline: GA-04 no longer a warning
    expect(bench.sim.cell(SHEET, "C12")!.note).toBe(`${own}\nFiled on 03/07 — Marc`);
  });
});
