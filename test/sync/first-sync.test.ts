// End to end, first sync of a new workbook: the sandbox over real HTTP → sync → the simulator.
// Tables are asserted cell by cell, in the three languages.

import { ACME, AUDITOR, HOLDCO, PERSON_A, PERSON_B, SOLO, VAT_UNIT, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { linkedCompany } from "../../src/sync/linked-company";
import { excelWorkbook } from "../../src/workbook/port";
import { NOW_SERIAL, syncBench } from "./support";

let running: Running;
beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => running.sandbox.close());

describe("first sync of a company into an empty workbook", () => {
  // Strict null objects: an Excel that refuses methods of *OrNullObject results before a sync
  // (Microsoft promises only isNullObject then). The one-round-trip read is refused twice (with
  // and without merged cells), then the read syncs its look-ups first: here nothing it looks up
  // exists, so that is one round trip more, and the write's one.
  it.each([
    ["", false, 2],
    [", in an Excel with strict null objects", true, 4],
  ])("fills every table of L'Atelier Zoë SRL, in English: the read and the write%s", async (_excel, strictNullObjects, roundTrips) => {
    const bench = syncBench(running, "en", { strictNullObjects });
    const summary = await bench.sync({ enterpriseNumber: "0566.988.259" });

    // The recorded general meeting is past on the sync's date, and so is the filing deadline
    // (GA-04): a note goes on the meeting date. Read and write: a sheet the sync creates has no
    // notes to look up before writing.
    expect(bench.sim.syncCount).toBe(roundTrips);
    expect(bench.sim.cell("Permanent data", "C12")!.note).toBe(
      "GA-04: AdminPulse's next general meeting (09/06/2026) is already past: it is out of date. " +
        "If the annual accounts for the financial year ended 31/12/2025 are not filed yet, the deadline for filing them with the National Bank (09/07/2026) has passed: " +
        "file them without delay; the National Bank's late-filing surcharges apply from the 9th month after the financial-year end (art. 3:10 BCCA). " +
        "Record the date of the next general meeting. Update it in AdminPulse, then sync again.",
    );
    expect(summary).toMatchObject({
      enterpriseNumber: ACME.number,
      companyName: "L'Atelier Zoë SRL",
      added: 22,
      updated: 0,
      removed: 0,
      keptManual: 0,
      conflicts: [],
      duplicates: 0,
      missingRelations: 1,
      unknownLinkTypes: { 42: 1, 99: 2 },
    });

    const sheets = bench.sim.sheets();
    // The new sheet is shown: the accountant sees what arrived.
    expect(sheets.map((s) => [s.name, s.visibility, s.active])).toEqual([
      ["Sheet1", "Visible", false],
      ["Permanent data", "Visible", true],
      ["PD_State", "VeryHidden", false],
    ]);

    const identification = bench.sim.table("PD_Identification")!;
    expect(identification.address).toBe("'Permanent data'!A1:D15");
    expect(identification.headers).toEqual(["Key", "Field", "Value", "Source"]);
    expect(identification.rows).toEqual([
      ["CompanyName", "Company name", "L'Atelier Zoë SRL", "AdminPulse"],
      ["EnterpriseNumber", "Enterprise number", "0566.988.259", "AdminPulse"],
      ["LegalForm", "Legal form", "SRL/BV – private limited company", "AdminPulse"],
      ["Street", "Street", "Rue de la Station", "AdminPulse"],
      ["Number", "Number", "12", "AdminPulse"],
      ["Box", "Box", "B", "AdminPulse"],
      ["PostalCode", "Postal code", "5000", "AdminPulse"],
      ["City", "City", "Namur", "AdminPulse"],
      ["Country", "Country", "BE", "AdminPulse"],
      ["FiscalYearEnd", "Financial year end", 46022, "AdminPulse"],
      ["GeneralMeetingDate", "General meeting date", 46182, "AdminPulse"],
      ["Language", "Language", "FR", "AdminPulse"],
      ["AdminPulseId", "AdminPulse ID", ACME.id, "AdminPulse"],
      ["LastSync", "Last sync", NOW_SERIAL, "AdminPulse"],
    ]);

    expect(bench.sim.table("PD_Directors")).toMatchObject({
      address: "'Permanent data'!F1:N3",
      headers: ["Name", "Kind", "Identifier", "Role", "Start", "End", "Permanent representative", "Source", "AdminPulse link"],
      rows: [
        ["Dubois Zoë", "Natural person", "85.07.30-033.28", "managing director", 44355, "", "", "AdminPulse", `director:${PERSON_A}`],
        ["Holding Dubois SA", "Legal person", "0403.170.701", "director", 44562, 46753, "Peeters Jan", "AdminPulse", `director:${HOLDCO}`],
      ],
    });
    expect(bench.sim.table("PD_Shareholders")).toMatchObject({
      address: "'Permanent data'!P1:Y3",
      headers: ["Name", "Kind", "Identifier", "Right", "Shares", "Voting rights", "% shares", "% votes", "Source", "AdminPulse link"],
      rows: [
        ["Dubois Zoë", "Natural person", "85.07.30-033.28", "full ownership", 600, 600, 0.6, 0.6, "AdminPulse", `shareholder:${PERSON_A}`],
        ["Holding Dubois SA", "Legal person", "0403.170.701", "full ownership", 400, 400, 0.4, 0.4, "AdminPulse", `shareholder:${HOLDCO}`],
      ],
    });
    expect(bench.sim.table("PD_Auditors")).toMatchObject({
      address: "'Permanent data'!AA1:AH2",
      rows: [["Réviseurs Associés SRL", "Legal person", "0200.065.765", "B00123", 45454, 46546, "AdminPulse", `auditor:${AUDITOR}`]],
    });
    expect(bench.sim.table("PD_Relations")).toMatchObject({
      address: "'Permanent data'!AJ1:AR5",
      headers: ["Name", "Kind", "Enterprise number", "National number", "Address", "Roles", "Source", "AdminPulse ID", "Duplicate of"],
      rows: [
        ["Dubois Zoë", "Natural person", "", "85.07.30-033.28", "Rue Haute 1, 1000 Bruxelles", "managing director, shareholder", "AdminPulse", PERSON_A, ""],
        ["Holding Dubois SA", "Legal person", "0403.170.701", "", "", "director, shareholder", "AdminPulse", HOLDCO, ""],
        ["Peeters Jan", "Natural person", "", "", "Rue Haute 1, 1000 Bruxelles", "permanent representative", "AdminPulse", PERSON_B, ""],
        ["Réviseurs Associés SRL", "Legal person", "0200.065.765", "", "", "statutory auditor", "AdminPulse", AUDITOR, ""],
      ],
    });
  });

  it("writes text as text, dates as dates, numbers as numbers, and links the workbook by name", async () => {
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    const cell = (address: string) => bench.sim.cell("Permanent data", address)!;

    // The enterprise number keeps its leading zero because its cell is text.
    expect(cell("C3")).toMatchObject({ value: "0566.988.259", formula: null, numberFormat: "@" });
    expect(cell("C6")).toMatchObject({ value: "12", numberFormat: "@" });
    expect(cell("C8")).toMatchObject({ value: "5000", numberFormat: "@" });
    // Dates are real dates: a serial with a date format, shown as a date.
    expect(cell("C12")).toMatchObject({ value: 46182, numberFormat: "dd/mm/yyyy", text: "09/06/2026" });
    expect(cell("J2")).toMatchObject({ value: 44355, numberFormat: "dd/mm/yyyy" });
    expect(cell("K2")).toMatchObject({ value: "" });
    // Shares are numbers, percentages are percentages.
    expect(cell("S2")).toMatchObject({ value: "full ownership", numberFormat: "@" });
    expect(cell("T2")).toMatchObject({ value: 600 });
    expect(cell("V2")).toMatchObject({ value: 0.6 });
    expect(cell("V2").numberFormat).toMatch(/%/);

    expect(bench.sim.names()).toEqual(expect.arrayContaining([expect.objectContaining({ name: "PD_EnterpriseNumber", formula: "='Permanent data'!$C$3" })]));
    // Imported rows are not coloured; the rule is there for the manual ones.
    expect(cell("F2").displayFill).toBeNull();
  });

  it("keeps the columns people do not read out of sight: the identification key and the AdminPulse links, hidden once; unhidden, they stay shown", async () => {
    const bench = syncBench(running, "en");
    await bench.sync({ enterpriseNumber: ACME.number });
    const hidden = () => bench.sim.snapshot().sheets.find((s) => s.name === "Permanent data")!.hiddenColumns;
    // Key (A), PD_Directors' link (N), PD_Shareholders' (Y), PD_Auditors' (AG), PD_Relations' AdminPulse ID (AO).
    const headersOf = (letters: string[]) => letters.map((l) => bench.sim.cell("Permanent data", `${l}1`)!.value);
    expect(headersOf(hidden())).toEqual(["Key", "AdminPulse link", "AdminPulse link", "AdminPulse link", "AdminPulse ID"]);
    // Every other column stays in sight, and the rows still sync by those links.
    await bench.sim.run(async (context) => {
      context.workbook.worksheets.getItem("Permanent data").getRange("A:A").columnHidden = false;
      await context.sync();
    });
    const summary = await bench.sync();
    expect(summary).toMatchObject({ added: 0, removed: 0, updated: 0 });
    expect(headersOf(hidden())).toEqual(["AdminPulse link", "AdminPulse link", "AdminPulse link", "AdminPulse ID"]);
  });

  it("writes French headers and words for a sole proprietor: empty tables, identification only", async () => {
    const bench = syncBench(running, "fr");
    const summary = await bench.sync({ enterpriseNumber: SOLO.number });
    expect(summary).toMatchObject({ companyName: "Dupont Marc", added: 13, missingRelations: 0 });
    // AdminPulse has no address for him (ID-05): the note is in French, on the street's cell.
    expect(summary.findings.map((f) => [f.id, f.severity, f.cell?.address])).toEqual([["ID-05", "warning", "C5"]]);
    expect(bench.sim.cell("Données permanentes", "C5")).toMatchObject({
      fill: "#FFE8CC",
      note: expect.stringMatching(/^ID-05: L'adresse de la société est incomplète/),
    });
    expect(bench.sim.sheets().map((s) => s.name)).toEqual(["Sheet1", "Données permanentes", "PD_State"]);
    const identification = bench.sim.table("PD_Identification")!;
    expect(identification.headers).toEqual(["Clé", "Champ", "Valeur", "Source"]);
    expect(identification.rows.slice(0, 3)).toEqual([
      ["CompanyName", "Dénomination", "Dupont Marc", "AdminPulse"],
      ["EnterpriseNumber", "Numéro d'entreprise", "0123.456.749", "AdminPulse"],
      ["LegalForm", "Forme juridique", "", "AdminPulse"],
    ]);
    // A table with nothing to show keeps one empty row, as an Excel table must.
    for (const name of ["PD_Directors", "PD_Shareholders", "PD_Auditors", "PD_Relations"]) {
      expect(bench.rows(name)).toEqual([bench.rows(name)[0]!.map(() => "")]);
    }
    expect(bench.sim.table("PD_Directors")!.headers).toEqual([
      "Nom",
      "Type",
      "Identifiant",
      "Fonction",
      "Début",
      "Fin",
      "Représentant permanent",
      "Source",
      "Lien AdminPulse",
    ]);
  });

  it("writes Dutch headers, and the company number (not the VAT unit's) for a VAT-unit member", async () => {
    const bench = syncBench(running, "nl");
    await bench.sync({ enterpriseNumber: VAT_UNIT.number });
    expect(bench.sim.sheets().map((s) => s.name)).toContain("Permanente gegevens");
    const identification = bench.sim.table("PD_Identification")!;
    expect(identification.headers).toEqual(["Sleutel", "Veld", "Waarde", "Bron"]);
    expect(identification.rows[1]).toEqual(["EnterpriseNumber", "Ondernemingsnummer", "0888.888.895", "AdminPulse"]);
    expect(identification.rows[0]).toEqual(["CompanyName", "Naam", "Membre Unité TVA SA", "AdminPulse"]);
  });
});

describe("the linked company, as the task pane shows it", () => {
  it("is read from the workbook: nothing for a new file, then name, number, legal form and last sync; a sync gives the same without reading again", async () => {
    const bench = syncBench(running, "fr");
    expect(linkedCompany(await excelWorkbook(bench.sim.run).read())).toBeNull();
    const summary = await bench.sync({ enterpriseNumber: ACME.number });
    const read = linkedCompany(await excelWorkbook(bench.sim.run).read());
    expect(summary.company).toEqual(read);
    expect(read).toEqual({
      enterpriseNumber: "0566.988.259",
      link: { kind: "linked", enterpriseNumber: "0566988259" },
      name: "L'Atelier Zoë SRL",
      legalForm: "SRL – société à responsabilité limitée",
      lastSync: "2026-11-27T10:30",
      sheet: "Données permanentes",
      recentSyncs: [{ when: "2026-11-27T10:30", result: "Synchronisé" }],
    });
  });
});
