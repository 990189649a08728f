// Hostile sheets: what people do to a workbook between two syncs. Tables deleted, renamed,
// resized; text typed into date and number columns; thousands of rows typed by hand; protected
// sheets. Whatever they did, a sync loses nothing they typed, and when it cannot do its work it
// says what is in the way and changes nothing.

import type { ExcelSimulator } from "../../simulator";
import { columnLetters, parseAddress } from "../../simulator/address";
import { SyncError } from "../../src/sync/errors";
import { sync } from "../../src/sync/sync";
import { excelWorkbook } from "../../src/workbook/port";
import { ACME, AUDITOR, CONTACT, PERSON_B, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { type Bench, syncBench } from "../sync/support";
import { SHEET, expectActionableMessage, failure, typeBelow } from "./support";

let running: Running;
beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => running.sandbox.close());
beforeEach(() => running.sandbox.reset());

/** Before the filing deadline: the checks find nothing to put a note on, so a sync is the read and the write. */
const MARCH = () => new Date(2026, 2, 1, 9, 0);

async function synced(): Promise<Bench> {
  const bench = syncBench(running, "en");
  await bench.sync({ enterpriseNumber: ACME.number, now: MARCH });
  return bench;
}

async function edit(sim: ExcelSimulator, batch: (workbook: Excel.Workbook) => void): Promise<void> {
  await sim.run(async (context) => {
    batch(context.workbook);
    await context.sync();
  });
}

/** Every non-empty cell of a sheet, "A1" → value or formula. */
function cells(sim: ExcelSimulator, sheet = SHEET): Record<string, unknown> {
  const found = sim.snapshot().sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return Object.fromEntries(
    Object.entries(found.cells)
      .filter(([, c]) => c.v !== "" || c.f)
      .map(([a, c]) => [a, c.f ?? c.v]),
  );
}

describe("tables deleted", () => {
  it("every table deleted, notes typed around them: all come back to the right, nothing typed is overwritten", async () => {
    const bench = await synced();
    await typeBelow(bench.sim, "PD_Directors", ["Martin Claire", "Natural person"]);
    await edit(bench.sim, (wb) => {
      for (const name of ["PD_Identification", "PD_Directors", "PD_Shareholders", "PD_Auditors", "PD_Relations", "PD_SyncLog"]) {
        const table = wb.tables.getItem(name);
        if (name === "PD_Directors")
          table.convertToRange(); // the manual row stays in the cells
        else table.delete();
      }
      wb.tables.getItemOrNullObject("PD_Checks").delete();
    });
    await bench.sim.editCell(SHEET, "B3", "My own note, where the identification was");
    const before = cells(bench.sim);
    // The workbook name went with the identification table: the number is typed in the pane again.
    const summary = await bench.sync({ now: MARCH, enterpriseNumber: ACME.number });
    expect(summary.added).toBeGreaterThan(10);
    const after = cells(bench.sim);
    for (const [address, value] of Object.entries(before)) expect([address, after[address]]).toEqual([address, value]);
    expect(bench.sim.table("PD_Directors")!.rows.map((r) => r[0])).toEqual(["Dubois Zoë", "Holding Dubois SA"]);
  });

  it("the state sheet deleted: the user's edit still counts as an edit (safe side), and is not overwritten", async () => {
    const bench = await synced();
    await bench.sim.editCell(SHEET, "C2", "Atelier Zoë (our name for it)");
    await edit(bench.sim, (wb) => wb.worksheets.getItem("PD_State").delete());
    const summary = await bench.sync({ now: MARCH, startedBy: "event" });
    expect(summary.conflicts.map((c) => c.link)).toEqual(["CompanyName"]);
    expect(bench.sim.cell(SHEET, "C2").value).toBe("Atelier Zoë (our name for it)");
    expect(bench.sim.sheets().find((s) => s.name === "PD_State")).toMatchObject({ visibility: "VeryHidden" });
  });
});

describe("a table renamed by the user", () => {
  // Decision: tables are found by their names (PD_…). A table the user renamed is theirs from then
  // on: the sync leaves it exactly as it is, and creates its own PD_Directors again beside the
  // others. Nothing is lost (their rows stay in their table); naming it back PD_Directors, once the
  // new one is deleted, hands it back to the sync with its manual rows. (README, Troubleshooting.)
  it("is left as it is, and a new PD_Directors is created beside the others", async () => {
    const bench = await synced();
    await typeBelow(bench.sim, "PD_Directors", ["Martin Claire", "Natural person"]);
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").name = "Directors2026";
    });
    const mine = bench.sim.table("Directors2026")!;
    const summary = await bench.sync({ now: MARCH });
    expect(bench.sim.table("Directors2026")).toEqual(mine);
    const fresh = bench.sim.table("PD_Directors")!;
    expect(fresh.rows.map((r) => r[0])).toEqual(["Dubois Zoë", "Holding Dubois SA"]);
    expect(fresh.address).not.toBe(mine.address);
    expect(summary.tables.find((t) => t.table === "directors")!.changes.filter((c) => c.kind === "added")).toHaveLength(2);

    // Handing it back: delete the new one, rename theirs back; the manual row is kept as manual.
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").delete();
      wb.tables.getItem("Directors2026").name = "PD_Directors";
    });
    const again = await bench.sync({ now: MARCH });
    expect(again).toMatchObject({ added: 0, keptManual: 1 });
    expect(bench.sim.table("PD_Directors")!.rows.map((r) => r[0])).toEqual(["Dubois Zoë", "Holding Dubois SA", "Martin Claire"]);
  });
});

describe("a table resized by the user", () => {
  it("made wider: the columns it took in are the user's, and what they typed there stays", async () => {
    const bench = await synced();
    const directors = bench.sim.table("PD_Directors")!;
    const [, first, top, , bottom] = /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(directors.address)!;
    // PD_Directors is F:N; O is the gap before PD_Shareholders. Take the gap in, type a remark there.
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").resize(`${first}${top}:O${bottom}`);
    });
    await bench.sim.editCell(SHEET, "O2", "Reappointed 2026?");
    running.sandbox.editRelation(ACME.id, (r) => {
      r.tos.push({ linkType: 4, uniqueIdentifier: PERSON_B, startDate: "2026-01-01", function: "Administrateur" });
    });
    await bench.sync({ now: MARCH });
    const after = bench.sim.table("PD_Directors")!;
    expect(after.headers.at(-1)).toBe(bench.sim.table("PD_Directors")!.headers.at(-1));
    expect(after.rows.map((r) => [r[0], r.at(-1)])).toEqual([
      ["Dubois Zoë", "Reappointed 2026?"],
      ["Holding Dubois SA", ""],
      ["Peeters Jan", ""],
    ]);
  });

  it("made shorter, leaving a typed row below it: a sync that would grow over it refuses, says so, and changes nothing", async () => {
    const bench = await synced();
    await typeBelow(bench.sim, "PD_Directors", ["Martin Claire", "Natural person"]);
    // The user shrinks the table to its first row: "Holding Dubois SA" and "Martin Claire" stay
    // in the cells below it, outside the table.
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").resize("F1:N2");
    });
    running.sandbox.editRelation(ACME.id, (r) => {
      r.tos.push({ linkType: 4, uniqueIdentifier: PERSON_B, startDate: "2026-01-01", function: "Administrateur" });
    });
    const before = bench.sim.snapshot();
    const error = await failure(bench.sync({ now: MARCH }));
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).kind).toBe("table-blocked");
    const message = expectActionableMessage(error);
    expect(message.en).toContain("PD_Directors");
    expect(message.en).toContain("F3");
    expect(bench.sim.snapshot()).toEqual(before);

    // Once the user makes room (moves their row away), the sync goes through and nothing is lost.
    await bench.sim.editCell(
      SHEET,
      "F3:N4",
      Array.from({ length: 2 }, () => Array.from({ length: 9 }, () => "")),
    );
    await bench.sim.editCell(SHEET, "F30:G30", [["Martin Claire", "Natural person"]]);
    await bench.sync({ now: MARCH });
    expect(bench.sim.table("PD_Directors")!.rows.map((r) => r[0])).toEqual(["Dubois Zoë", "Holding Dubois SA", "Peeters Jan"]);
    expect(bench.sim.cell(SHEET, "F30").value).toBe("Martin Claire");
  });
});

describe("merged cells", () => {
  it("a merge inside a table is refused by Excel itself: tables cannot hold merged cells", async () => {
    const bench = await synced();
    const before = bench.sim.snapshot();
    const error = await failure(edit(bench.sim, (wb) => wb.worksheets.getItem(SHEET).getRange("F2:G2").merge()));
    expect(error).toMatchObject({ code: "MergedRangeConflict" });
    expect(bench.sim.snapshot()).toEqual(before);
  });

  it("empty merged cells right below a table: the sync that would grow over them refuses, names the cell, changes nothing", async () => {
    const bench = await synced();
    const directors = rectOf(bench.sim, "PD_Directors");
    const below = `${letter(directors.c0)}${directors.r1 + 1}:${letter(directors.c0 + 2)}${directors.r1 + 2}`; // the two rows right below
    await edit(bench.sim, (wb) => wb.worksheets.getItem(SHEET).getRange(below).merge());
    moreDirectors(CONTACT);
    const before = bench.sim.snapshot();
    const error = await failure(bench.sync({ now: MARCH }));
    expect(error).toMatchObject({ kind: "table-blocked" });
    const message = expectActionableMessage(error);
    expect(message.en).toContain("PD_Directors");
    expect(message.en).toContain(`from ${letter(directors.c0)}${directors.r1 + 1} (something typed there, or merged cells)`);
    expect(bench.sim.snapshot()).toEqual(before);

    // Unmerged, the sync goes through.
    await edit(bench.sim, (wb) => wb.worksheets.getItem(SHEET).getRange(below).unmerge());
    await bench.sync({ now: MARCH });
    expect(bench.sim.table("PD_Directors")!.rows).toHaveLength(3);
  });

  it("merged cells reaching under a table from the left, which Excel does not list: its refusal is reported as such", async () => {
    const bench = await synced();
    const directors = rectOf(bench.sim, "PD_Directors");
    // From the gap column before PD_Directors into its first two columns, two rows below it.
    const reaching = `${letter(directors.c0 - 1)}${directors.r1 + 2}:${letter(directors.c0 + 1)}${directors.r1 + 2}`;
    await edit(bench.sim, (wb) => {
      const range = wb.worksheets.getItem(SHEET).getRange(reaching);
      range.merge();
      range.values = [["Board of 2026", "", ""]];
    });
    moreDirectors(CONTACT, AUDITOR);
    const before = bench.sim.snapshot();
    const error = await failure(bench.sync({ now: MARCH }));
    expect(error).toMatchObject({ kind: "table-blocked" });
    expect(expectActionableMessage(error).en).toMatch(/^Excel cannot make room in a PD_ table: merged cells/);
    expect(bench.sim.snapshot()).toEqual(before);
    expect(bench.sim.cell(SHEET, reaching.split(":")[0]!)).toMatchObject({ value: "Board of 2026", merged: reaching });
  });

  it("merged cells elsewhere on the sheet, and a merged title before the first sync: kept, and the tables go beside them", async () => {
    const bench = syncBench(running, "en");
    await edit(bench.sim, (wb) => {
      const sheet = wb.worksheets.add(SHEET);
      const title = sheet.getRange("A1:C2");
      title.merge();
      title.values = [
        ["Dossier 2026", "", ""],
        ["", "", ""],
      ];
    });
    await bench.sync({ enterpriseNumber: ACME.number, now: MARCH });
    expect(bench.sim.cell(SHEET, "A1")).toMatchObject({ value: "Dossier 2026", merged: "A1:C2" });
    expect(rectOf(bench.sim, "PD_Identification").c0).toBeGreaterThan(2);
    // Merged notes far below the tables do not stop a sync that adds rows.
    const directors = rectOf(bench.sim, "PD_Directors");
    await edit(bench.sim, (wb) =>
      wb.worksheets
        .getItem(SHEET)
        .getRange(`${letter(directors.c0)}40:${letter(directors.c1)}42`)
        .merge(),
    );
    moreDirectors(CONTACT);
    await bench.sync({ now: MARCH });
    expect(bench.sim.table("PD_Directors")!.rows).toHaveLength(3);
    expect(bench.sim.cell(SHEET, `${letter(directors.c0)}40`).merged).toBe(`${letter(directors.c0)}40:${letter(directors.c1)}42`);
  });

  it("more merged areas below a table than Excel lists (512): the read is asked again without them, and the sync completes", async () => {
    const bench = await synced();
    const directors = rectOf(bench.sim, "PD_Directors");
    await edit(bench.sim, (wb) => {
      const sheet = wb.worksheets.getItem(SHEET);
      for (let i = 0; i < 600; i++) sheet.getRange(`${letter(directors.c0)}${100 + i}:${letter(directors.c0 + 1)}${100 + i}`).merge();
    });
    moreDirectors(CONTACT);
    bench.sim.resetCounters();
    await bench.sync({ now: MARCH });
    expect(bench.sim.table("PD_Directors")!.rows).toHaveLength(3);
    expect(bench.sim.syncCount).toBe(3); // the read refused, the read again, the write
    expect(bench.sim.sheets().find((s) => s.name === SHEET)!.mergedAreas).toHaveLength(600);
  });
});

describe("a read Excel fails once", () => {
  it("is asked again (a read changes nothing), and the sync completes", async () => {
    const bench = await synced();
    moreDirectors(CONTACT);
    bench.sim.resetCounters();
    bench.sim.failAt = { sync: 1 };
    await bench.sync({ now: MARCH });
    expect(bench.sim.table("PD_Directors")!.rows).toHaveLength(3);
  });

  // The read is asked at most three times: at once, at once without merged cells, then syncing its
  // null-object look-ups first (for an Excel that refuses methods of unresolved null objects).
  it("three times in a row: the sync stops with Excel's message, and nothing is written", async () => {
    const bench = await synced();
    const before = bench.sim.snapshot();
    // Excel fails the next three requests, whatever they are.
    let failures = 3;
    const run: typeof bench.sim.run = ((...args: Parameters<typeof bench.sim.run>) => {
      if (failures-- > 0) return Promise.reject(Object.assign(new Error("The request failed."), { code: "GeneralException" }));
      return bench.sim.run(...args);
    }) as typeof bench.sim.run;
    const error = await failure(sync({ workbook: excelWorkbook(run), client: running.client(), language: "en", startedBy: "person", now: MARCH }));
    expect(error).toMatchObject({ kind: "excel" });
    expect(expectActionableMessage(error).en).toContain("(GeneralException)");
    expect(failures).toBe(0); // asked three times, not more
    expect(bench.sim.snapshot()).toEqual(before);
  });
});

/** New directors in AdminPulse: PD_Directors needs as many more rows. */
function moreDirectors(...ids: string[]): void {
  running.sandbox.editRelation(ACME.id, (r) => {
    for (const id of ids) r.tos.push({ linkType: 4, uniqueIdentifier: id, startDate: "2026-01-01", function: "Administrateur" });
  });
}

/** A table's rectangle, 0-based columns and 1-based rows, as addresses read. */
function rectOf(sim: ExcelSimulator, name: string): { c0: number; c1: number; r0: number; r1: number } {
  const { rect } = parseAddress(sim.table(name)!.address);
  return { c0: rect.c0, c1: rect.c1, r0: rect.r0 + 1, r1: rect.r1 + 1 };
}

const letter = columnLetters;

describe("text where dates and numbers go", () => {
  it("in imported rows: kept as the user typed it (an edit), never turned into a date or a number", async () => {
    const bench = await synced();
    await bench.sim.editCell(SHEET, "J2", "about 2021"); // PD_Directors Start
    await bench.sim.editCell(SHEET, "T2", "n/a"); // PD_Shareholders Shares
    await bench.sim.editCell(SHEET, "C11", "end of June"); // PD_Identification FiscalYearEnd
    const summary = await bench.sync({ now: MARCH, startedBy: "event" });
    expect(summary.conflicts.map((c) => `${c.table}:${c.cells.map((x) => x.column).join()}`).sort()).toEqual([
      "directors:start",
      "identification:value",
      "shareholders:shares",
    ]);
    expect([bench.sim.cell(SHEET, "J2").value, bench.sim.cell(SHEET, "T2").value, bench.sim.cell(SHEET, "C11").value]).toEqual([
      "about 2021",
      "n/a",
      "end of June",
    ]);
    // A sync a person runs that takes AdminPulse's values puts real dates and numbers back.
    const fixed = await bench.sync({
      now: MARCH,
      resolutions: new Map([
        [`directors:director:p0000000-0000-4000-8000-00000000000a`, "take-adminpulse"],
        [`shareholders:shareholder:p0000000-0000-4000-8000-00000000000a`, "take-adminpulse"],
        ["identification:FiscalYearEnd", "take-adminpulse"],
      ]),
    });
    expect(fixed.conflicts.every((c) => c.outcome === "took-adminpulse")).toBe(true);
    expect(bench.sim.cell(SHEET, "J2")).toMatchObject({ value: 44355, numberFormat: "dd/mm/yyyy" });
    expect(bench.sim.cell(SHEET, "T2")).toMatchObject({ value: 600 });
  });

  it("in manual rows: kept as typed, text and all", async () => {
    const bench = await synced();
    await typeBelow(bench.sim, "PD_Auditors", ["Audit Partners", "Legal person", "", "B99999", "since 2020", "TBD"]);
    await typeBelow(bench.sim, "PD_Shareholders", ["Employees", "Legal person", "", "", "several", "?", "lots"]);
    await bench.sync({ now: MARCH });
    const auditors = bench.sim.table("PD_Auditors")!.rows;
    expect(auditors.at(-1)!.slice(0, 6)).toEqual(["Audit Partners", "Legal person", "", "B99999", "since 2020", "TBD"]);
    expect(bench.sim.table("PD_Shareholders")!.rows.at(-1)!.slice(0, 7)).toEqual(["Employees", "Legal person", "", "", "several", "?", "lots"]);
    void AUDITOR;
  });
});

describe("thousands of rows typed by hand", () => {
  it("3,000 rows in PD_Relations are kept, and the sync is still the read and one write", async () => {
    const bench = await synced();
    const typed = Array.from({ length: 3000 }, (_, i) => [`Client contact ${i + 1}`, "Natural person", "", "", `Rue ${i + 1}, 1000 Bruxelles`]);
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Relations").rows.add(
        undefined,
        typed.map((r) => [...r, "", "", "", ""]),
      );
    });
    running.sandbox.editRelation(PERSON_B, (r) => {
      r.name = "Peeters Jan-Willem";
    });
    bench.sim.resetCounters();
    const summary = await bench.sync({ now: MARCH });
    expect(bench.sim.syncCount).toBeLessThanOrEqual(2);
    // The relation's name, and the same name as HOLDCO's permanent representative.
    expect(summary).toMatchObject({ updated: 2, keptManual: 3000 });
    const names = bench.sim.table("PD_Relations")!.rows.map((r) => r[0]);
    expect(names).toHaveLength(3004);
    expect(names.slice(4)).toEqual(typed.map((r) => r[0]));
    expect(names).toContain("Peeters Jan-Willem");
  });
});

describe("protected sheets", () => {
  it("the permanent-data sheet protected: refused before anything is fetched or written, then fine once unprotected", async () => {
    const bench = await synced();
    await typeBelow(bench.sim, "PD_Directors", ["Martin Claire", "Natural person"]);
    await edit(bench.sim, (wb) => wb.worksheets.getItem(SHEET).protection.protect());
    const before = bench.sim.snapshot();
    const error = await failure(bench.sync({ now: MARCH }));
    expect((error as SyncError).kind).toBe("protected-sheet");
    expect(expectActionableMessage(error).en).toContain("Unprotect");
    expect(bench.sim.snapshot()).toEqual(before);
    await edit(bench.sim, (wb) => wb.worksheets.getItem(SHEET).protection.unprotect());
    await bench.sync({ now: MARCH });
    expect(bench.sim.table("PD_Directors")!.rows.map((r) => r[0])).toContain("Martin Claire");
  });

  it("the hidden state sheet protected (by a macro, say): refused up front too, nothing half written", async () => {
    const bench = await synced();
    await edit(bench.sim, (wb) => wb.worksheets.getItem("PD_State").protection.protect());
    running.sandbox.editRelation(ACME.id, (r) => {
      r.name = "L'Atelier Zoë & Fils SRL";
    });
    const before = bench.sim.snapshot();
    const error = await failure(bench.sync({ now: MARCH }));
    expect((error as SyncError).kind).toBe("protected-sheet");
    expectActionableMessage(error);
    expect(bench.sim.snapshot()).toEqual(before);
  });
});
