// Damaged tables (issue 16, part 3): what people do by hand to the add-in's tables between two
// syncs, short of deleting or renaming them (hostile-sheets.test.ts): a header renamed or cleared,
// a column deleted, columns reordered, a table moved, a table converted to a range, the state sheet
// unhidden and edited. Whatever was done, the sync either repairs what it can and says so, or stops
// with a clear message and changes nothing; never a stack trace, never a lost or duplicated row.
//
// Every case starts from a workbook that has lived: synced once, a row typed by hand below
// PD_Directors and one below PD_Relations, and formulas on a Notes sheet reading imported cells.
// A column of ours that went (renamed, cleared, deleted) comes back at the end of its table and
// the summary says so; a column that tells imported rows from typed ones cannot be guessed back,
// so the sync refuses, names it, and changes nothing.

import type { ExcelSimulator } from "../../simulator";
import { parseAddress } from "../../simulator/address";
import { SyncError } from "../../src/sync/errors";
import { ACME, HOLDCO, PERSON_A, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import type { Bench } from "../sync/support";
import { SHEET, expectActionableMessage, lived, typeBelow } from "./support";

type Summary = Awaited<ReturnType<Bench["sync"]>>;

let running: Running;
beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => running.sandbox.close());
beforeEach(() => running.sandbox.reset());

const ZOE = "Dubois Zoë";
const ZOE_RENAMED = "Dubois-Leroy Zoë";
const HOLDING = "Holding Dubois SA";
const CLAIRE = "Martin Claire";
/** PD_Directors after the first sync: F Name, G Kind, H Identifier, I Role, J Start, K End, L Permanent representative, M Source, N AdminPulse link. */
const DIRECTORS_FIRST = ["Name", "Kind", "Identifier", "Role", "Start", "End", "Permanent representative", "Source", "AdminPulse link"];

async function edit(sim: ExcelSimulator, batch: (workbook: Excel.Workbook) => void): Promise<void> {
  await sim.run(async (context) => {
    batch(context.workbook);
    await context.sync();
  });
}

/**
 * `lived` (ACME synced, Martin Claire typed below PD_Directors and PD_Relations), and a Notes sheet
 * whose formulas read Holding's name (F3) and Zoë's start date (J2) in PD_Directors.
 */
async function damaged(): Promise<Bench> {
  const bench = await lived(running);
  expect(bench.sim.table("PD_Directors")!.headers).toEqual(DIRECTORS_FIRST);
  await edit(bench.sim, (wb) => {
    wb.worksheets.add("Notes").getRange("A1:A2").formulas = [[`='${SHEET}'!F3`], [`='${SHEET}'!J2`]];
  });
  expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);
  return bench;
}

/** `damaged`, with two more rows typed in PD_Directors: taller than the tables to its right, its columns can be deleted or inserted (Excel refuses to cut another table in two). */
async function tall(): Promise<Bench> {
  const bench = await damaged();
  await typeBelow(bench.sim, "PD_Directors", ["Lambert Luc", "Natural person", "", "secretary"]);
  await typeBelow(bench.sim, "PD_Directors", ["Janssens An", "Natural person", "", "observer"]);
  return bench;
}

/** What the Notes formulas read now: the value of the cell each one names. */
function notesRead(sim: ExcelSimulator): unknown[] {
  return ["A1", "A2"].map((address) => {
    const formula = sim.cell("Notes", address).formula ?? "";
    const m = /!\$?([A-Z]{1,3})\$?(\d+)$/.exec(formula);
    if (!m) return formula; // #REF! or not a reference any more
    return sim.cell(SHEET, `${m[1]}${m[2]}`).value;
  });
}

/** AdminPulse renames Zoë meanwhile: her row in every table should follow. */
function zoeRenamed(): void {
  running.sandbox.editRelation(PERSON_A, (r) => {
    r.lastName = "Dubois-Leroy";
    r.name = ZOE_RENAMED;
  });
}

/** AdminPulse moves the end of Holding's mandate meanwhile. */
function holdingEndMoved(): void {
  running.sandbox.editRelation(ACME.id, (r) => {
    const mandate = r.tos.find((t) => t.linkType === 4 && t.uniqueIdentifier === HOLDCO)!;
    mandate.endDate = "2029-06-30";
  });
}
const END_2028 = 46753; // 2028-01-01
const END_2029 = 47299; // 2029-06-30

/** The sync's result, or what it threw. */
async function attempt(sync: Promise<Summary>): Promise<{ summary: Summary } | { error: unknown }> {
  try {
    return { summary: await sync };
  } catch (error) {
    return { error };
  }
}

/** A refusal as the requirement wants it: a SyncError (no stack trace for users), an actionable message naming `words`, nothing changed. */
function expectCleanRefusal(error: unknown, sim: ExcelSimulator, before: unknown, ...words: string[]): void {
  expect(error).toBeInstanceOf(SyncError);
  const message = expectActionableMessage(error);
  for (const word of words) expect(message.en).toContain(word);
  expect(sim.snapshot()).toEqual(before);
}

function column(sim: ExcelSimulator, table: string, header: string): unknown[] {
  const t = sim.table(table)!;
  const at = t.headers.indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${table}: ${t.headers.join(", ")}`);
  return t.rows.map((r) => r[at]);
}

function names(sim: ExcelSimulator, table: string): unknown[] {
  return sim.table(table)!.rows.map((r) => r[0]);
}

function directorsOutcome(summary: Summary) {
  return summary.tables.find((t) => t.table === "directors")!;
}

describe("a header of an imported column renamed by hand", () => {
  // PD_Directors "Role" → "Mandat": an unknown header is the user's column (layout.ts), so the
  // table has no Role column any more. A column the sheet lacks is no edit (merge.ts): no false
  // "you emptied Role" conflict, the rows follow AdminPulse, and Role is appended again.
  it("the typed column stays the user's; the add-in's Role comes back; no false conflict, no frozen rows", async () => {
    const bench = await damaged();
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").columns.getItem("Role").name = "Mandat";
    });
    const mandat = column(bench.sim, "PD_Directors", "Mandat");
    zoeRenamed();
    const result = await attempt(bench.sync());
    if ("error" in result) throw result.error;
    // Repaired, and said: the column is back, at the end of the table.
    expect(result.summary.repairs).toEqual([{ kind: "column-restored", table: "PD_Directors", column: "Role" }]);
    // The user emptied no Role cell: nothing to report, and the rows follow AdminPulse again,
    // once each, the manual row kept.
    expect(result.summary.conflicts).toEqual([]);
    expect(names(bench.sim, "PD_Directors")).toEqual([ZOE_RENAMED, HOLDING, CLAIRE]);
    // Nothing the user typed is lost, nothing of AdminPulse's is written into their column.
    expect(column(bench.sim, "PD_Directors", "Mandat")).toEqual(mandat);
    // The add-in's Role column is back, with AdminPulse's roles on the imported rows.
    expect(column(bench.sim, "PD_Directors", "Role").slice(0, 2)).toEqual(["managing director", "director"]);
    expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);
  });

  it("renamed to its header in another of the add-in's languages (Fonction): still the Role column, found by its header and synced", async () => {
    const bench = await damaged();
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").columns.getItem("Role").name = "Fonction";
    });
    zoeRenamed();
    const summary = await bench.sync();
    expect(summary.conflicts).toEqual([]);
    expect(names(bench.sim, "PD_Directors")).toEqual([ZOE_RENAMED, HOLDING, CLAIRE]);
    const t = bench.sim.table("PD_Directors")!;
    const role = t.headers.findIndex((h) => h === "Role" || h === "Fonction");
    expect(role).toBe(3);
    expect(t.rows.map((r) => r[role])).toEqual(["managing director", "director", "director"]);
    expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);
  });
});

describe("a header cell cleared to blank", () => {
  // Excel names a blank header "Column4": the same as a rename.
  it("Excel's ColumnN stays the user's; Role comes back; no false conflict", async () => {
    const bench = await damaged();
    await edit(bench.sim, (wb) => {
      wb.worksheets.getItem(SHEET).getRange("I1").values = [[""]];
    });
    const renamed = bench.sim.table("PD_Directors")!.headers[3]!;
    expect(renamed).toMatch(/^Column\d+$/);
    const typed = column(bench.sim, "PD_Directors", renamed);
    zoeRenamed();
    const result = await attempt(bench.sync());
    if ("error" in result) throw result.error;
    // Repaired, and said: the column is back, at the end of the table.
    expect(result.summary.repairs).toEqual([{ kind: "column-restored", table: "PD_Directors", column: "Role" }]);
    expect(result.summary.conflicts).toEqual([]);
    expect(names(bench.sim, "PD_Directors")).toEqual([ZOE_RENAMED, HOLDING, CLAIRE]);
    expect(column(bench.sim, "PD_Directors", renamed)).toEqual(typed);
    expect(column(bench.sim, "PD_Directors", "Role").slice(0, 2)).toEqual(["managing director", "director"]);
  });
});

describe("an imported column deleted", () => {
  // PD_Directors' End deleted (table.columns…delete()): appended again with AdminPulse's dates.
  it("End comes back with AdminPulse's dates; no false conflict; the typed rows stay", async () => {
    const bench = await tall();
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").columns.getItem("End").delete();
    });
    holdingEndMoved();
    const result = await attempt(bench.sync());
    if ("error" in result) throw result.error;
    // Repaired, and said: the column is back, at the end of the table.
    expect(result.summary.repairs).toEqual([{ kind: "column-restored", table: "PD_Directors", column: "End" }]);
    expect(result.summary.conflicts).toEqual([]);
    expect(names(bench.sim, "PD_Directors")).toEqual([ZOE, HOLDING, CLAIRE, "Lambert Luc", "Janssens An"]);
    expect(column(bench.sim, "PD_Directors", "Role")).toEqual(["managing director", "director", "director", "secretary", "observer"]);
    expect(column(bench.sim, "PD_Directors", "End").slice(0, 2)).toEqual(["", END_2029]);
    expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);
  });
});

describe("the Source or AdminPulse link column deleted", () => {
  // Without its link column, every imported row would read as typed by hand (read.ts linkOf) and
  // AdminPulse's rows would be added a second time: refused (lay-out.ts refuseUnlinked).
  it("PD_Directors' AdminPulse link: refused, naming the column, nothing changed", async () => {
    const bench = await tall();
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").columns.getItem("AdminPulse link").delete();
    });
    const before = bench.sim.snapshot();
    const result = await attempt(bench.sync());
    // Only undoing the change tells the imported rows from the typed ones: refused, nothing changed.
    if (!("error" in result)) throw new Error("synced without its link column");
    expectCleanRefusal(result.error, bench.sim, before, "PD_Directors", "AdminPulse link", "Undo");
    expect(result.error).toMatchObject({ kind: "link-column-missing" });
  });

  it("PD_Relations' AdminPulse ID: refused, naming the column, nothing changed", async () => {
    const bench = await damaged();
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Relations").columns.getItem("AdminPulse ID").delete();
    });
    const relations = names(bench.sim, "PD_Relations");
    expect(relations).toEqual([ZOE, HOLDING, "Peeters Jan", "Réviseurs Associés SRL", CLAIRE]);
    const before = bench.sim.snapshot();
    const result = await attempt(bench.sync());
    // Only undoing the change tells the imported rows from the typed ones: refused, nothing changed.
    if (!("error" in result)) throw new Error("synced without its link column");
    expectCleanRefusal(result.error, bench.sim, before, "PD_Relations", "AdminPulse ID", "Undo");
    expect(result.error).toMatchObject({ kind: "link-column-missing" });
  });

  // PD_Identification's rows are told imported by their Source word (read.ts linkOf): the same.
  it("PD_Identification's Source: refused, naming the column, nothing changed", async () => {
    const bench = await damaged();
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Identification").columns.getItem("Source").delete();
    });
    const keys = names(bench.sim, "PD_Identification");
    expect(keys).toHaveLength(14);
    const before = bench.sim.snapshot();
    const result = await attempt(bench.sync());
    // Only undoing the change tells the imported rows from the typed ones: refused, nothing changed.
    if (!("error" in result)) throw new Error("synced without its link column");
    expectCleanRefusal(result.error, bench.sim, before, "PD_Identification", "Source", "Undo");
    expect(result.error).toMatchObject({ kind: "link-column-missing" });
  });

  it("PD_Directors' Source: the links still tell the rows apart; nothing is lost or duplicated, sync after sync", async () => {
    const bench = await tall();
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").columns.getItem("Source").delete();
    });
    zoeRenamed();
    const summary = await bench.sync();
    expect(summary.conflicts).toEqual([]);
    expect(directorsOutcome(summary).changes).toEqual([
      expect.objectContaining({
        kind: "updated",
        link: `director:${PERSON_A}`,
      }),
    ]);
    const again = await bench.sync();
    expect(again).toMatchObject({ added: 0, removed: 0, updated: 0 });
    expect(names(bench.sim, "PD_Directors")).toEqual([ZOE_RENAMED, HOLDING, CLAIRE, "Lambert Luc", "Janssens An"]);
    expect(column(bench.sim, "PD_Directors", "Role")).toEqual(["managing director", "director", "director", "secretary", "observer"]);
    expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);
  });
});

describe("columns reordered", () => {
  it("End moved next to Name as a person does it (insert a column, paste, delete the old one): found by its header, synced in its new place", async () => {
    const bench = await tall();
    const end = await bench.sim.run(async (context) => {
      const range = context.workbook.tables.getItem("PD_Directors").columns.getItem("End").getDataBodyRange();
      range.load("values,numberFormat");
      await context.sync();
      return { values: range.values, numberFormat: range.numberFormat };
    });
    await edit(bench.sim, (wb) => {
      const added = wb.tables.getItem("PD_Directors").columns.add(1, null as unknown as undefined, "Moving");
      added.getDataBodyRange().numberFormat = end.numberFormat;
      added.getDataBodyRange().values = end.values;
    });
    await edit(bench.sim, (wb) => wb.tables.getItem("PD_Directors").columns.getItem("End").delete());
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").columns.getItem("Moving").name = "End";
    });
    expect(bench.sim.table("PD_Directors")!.headers.slice(0, 3)).toEqual(["Name", "End", "Kind"]);
    expect(column(bench.sim, "PD_Directors", "End")).toEqual(["", END_2028, "", "", ""]);
    // The insert moved Zoë's start date from J2 to K2: the Notes formula followed it.
    expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);
    holdingEndMoved();
    zoeRenamed();
    const summary = await bench.sync();
    expect(summary.conflicts).toEqual([]);
    expect(bench.sim.table("PD_Directors")!.headers).toEqual([
      "Name",
      "End",
      "Kind",
      "Identifier",
      "Role",
      "Start",
      "Permanent representative",
      "Source",
      "AdminPulse link",
    ]);
    expect(names(bench.sim, "PD_Directors")).toEqual([ZOE_RENAMED, HOLDING, CLAIRE, "Lambert Luc", "Janssens An"]);
    expect(column(bench.sim, "PD_Directors", "End")).toEqual(["", END_2029, "", "", ""]);
    expect(column(bench.sim, "PD_Directors", "Role")).toEqual(["managing director", "director", "director", "secretary", "observer"]);
    expect(column(bench.sim, "PD_Directors", "Source")).toEqual(["AdminPulse", "AdminPulse", "Manual", "Manual", "Manual"]);
    expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);
  });
});

describe("a table moved", () => {
  it("further down and right on its sheet (rows and columns inserted before it): found by name, synced where it is", async () => {
    const bench = await damaged();
    await edit(bench.sim, (wb) => {
      const sheet = wb.worksheets.getItem(SHEET);
      sheet.getRange("1:3").insert("Down" as Excel.InsertShiftDirection);
      sheet.getRange("E:G").insert("Right" as Excel.InsertShiftDirection);
    });
    const moved = bench.sim.table("PD_Directors")!.address;
    expect(moved).toBe("'Permanent data'!I4:Q7");
    expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);
    zoeRenamed();
    const summary = await bench.sync();
    expect(summary.conflicts).toEqual([]);
    expect(directorsOutcome(summary).changes).toEqual([
      expect.objectContaining({
        kind: "updated",
        link: `director:${PERSON_A}`,
      }),
    ]);
    expect(bench.sim.table("PD_Directors")!.address).toBe(moved);
    expect(names(bench.sim, "PD_Directors")).toEqual([ZOE_RENAMED, HOLDING, CLAIRE]);
    expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);
    expect(bench.sim.snapshot().tables.filter((t) => t.name === "PD_Directors")).toHaveLength(1);
  });

  it("to another sheet (cut and pasted: the same name and rows on a sheet of its own): found by name, synced there, no second PD_Directors", async () => {
    const bench = await damaged();
    const copy = await bench.sim.run(async (context) => {
      const range = context.workbook.tables.getItem("PD_Directors").getRange();
      range.load("formulas,numberFormat");
      await context.sync();
      return { formulas: range.formulas, numberFormat: range.numberFormat };
    });
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").delete();
      const board = wb.worksheets.add("Board");
      const range = board.getRange("B3:J6");
      range.numberFormat = copy.numberFormat;
      range.formulas = copy.formulas;
      board.tables.add("Board!B3:J6", true).name = "PD_Directors";
    });
    zoeRenamed();
    const summary = await bench.sync();
    expect(summary.conflicts).toEqual([]);
    expect(directorsOutcome(summary).changes).toEqual([
      expect.objectContaining({
        kind: "updated",
        link: `director:${PERSON_A}`,
      }),
    ]);
    expect(
      bench.sim
        .snapshot()
        .tables.filter((t) => t.name.startsWith("PD_Directors"))
        .map((t) => `${t.sheet}!${t.address}`),
    ).toEqual(["Board!B3:J6"]);
    expect(names(bench.sim, "PD_Directors")).toEqual([ZOE_RENAMED, HOLDING, CLAIRE]);
    expect(column(bench.sim, "PD_Directors", "Source")).toEqual(["AdminPulse", "AdminPulse", "Manual"]);
    // The old place stays empty: nothing is written where the table was.
    for (const address of ["F1", "F2", "N3"]) expect(bench.sim.cell(SHEET, address).value).toBe("");
  });
});

describe("a PD_ table converted to a range", () => {
  it("the cells stay as they are, manual row included; a new PD_Directors elsewhere re-imports, and the summary says where and counts what it added", async () => {
    const bench = await damaged();
    await edit(bench.sim, (wb) => {
      wb.tables.getItem("PD_Directors").convertToRange();
    });
    const old = parseAddress("'Permanent data'!F1:N4").rect;
    const sheetCells = () => bench.sim.snapshot().sheets.find((s) => s.name === SHEET)!.cells;
    const inOld = (address: string) => {
      const { rect } = parseAddress(`'${SHEET}'!${address}`);
      return rect.r0 >= old.r0 && rect.r0 <= old.r1 && rect.c0 >= old.c0 && rect.c0 <= old.c1;
    };
    const pick = (cells: Record<string, unknown>) => Object.fromEntries(Object.entries(cells).filter(([a]) => inOld(a)));
    const before = pick(sheetCells());
    expect(bench.sim.cell(SHEET, "F4").value).toBe(CLAIRE);

    const summary = await bench.sync();
    expect(pick(sheetCells())).toEqual(before);
    const fresh = parseAddress(bench.sim.table("PD_Directors")!.address).rect;
    const overlaps = fresh.r0 <= old.r1 && fresh.r1 >= old.r0 && fresh.c0 <= old.c1 && fresh.c1 >= old.c0;
    expect(overlaps).toBe(false);
    expect(names(bench.sim, "PD_Directors")).toEqual([ZOE, HOLDING]);
    expect(directorsOutcome(summary).changes.map((c) => c.kind)).toEqual(["added", "added"]);
    // And the summary says where it went, and that the old cells are no longer updated.
    const table = bench.sim.table("PD_Directors")!;
    expect(summary.repairs).toEqual([{ kind: "table-created-again", table: "PD_Directors", cell: `${SHEET}!${table.address.split("!")[1]!.split(":")[0]}` }]);
    expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);

    // The next sync finds the new table: nothing added again.
    const again = await bench.sync();
    expect(directorsOutcome(again).changes).toEqual([]);
    expect(bench.sim.snapshot().tables.filter((t) => t.name === "PD_Directors")).toHaveLength(1);
    expect(pick(sheetCells())).toEqual(before);
  });
});

describe("the state sheet unhidden and edited", () => {
  /** The state sheet's values, as a person sees them once it is unhidden. */
  async function stateValues(sim: ExcelSimulator): Promise<unknown[][]> {
    return sim.run(async (context) => {
      const used = context.workbook.worksheets.getItem("PD_State").getUsedRange();
      used.load("values");
      await context.sync();
      return used.values;
    });
  }
  /** 1-based row of the state holding a link's snapshot. */
  async function stateRowOf(sim: ExcelSimulator, link: string): Promise<number> {
    const at = (await stateValues(sim)).findIndex((r) => r[1] === link);
    if (at < 0) throw new Error(`no state row for ${link}`);
    return at + 1;
  }

  const ZOE_DIRECTOR = `director:${PERSON_A}`;
  const damages: [string, (sheet: Excel.Worksheet, row: number) => void][] = [
    ["Zoë's row garbled", (sheet, row) => void (sheet.getRange(`C${row}`).values = [["{not json"]])],
    [
      "Zoë's row holding a formula, a number and a boolean",
      (sheet, row) => void (sheet.getRange(`A${row}:C${row}`).formulas = [[true, 42, "=1/0"]] as unknown as string[][]),
    ],
    ["Zoë's row deleted", (sheet, row) => sheet.getRange(`${row}:${row}`).delete("Up" as Excel.DeleteShiftDirection)],
    ["its header changed", (sheet) => void (sheet.getRange("A1").values = [["state"]])],
    ["the whole area cleared", (sheet) => sheet.getRange("A:G").clear("All" as Excel.ClearApplyTo)],
  ];

  for (const [what, damage] of damages) {
    it(`${what}: the user's edit of an imported cell still counts as an edit (kept, reported), no crash`, async () => {
      const bench = await damaged();
      await bench.sim.editCell(SHEET, "I2", "CEO"); // Zoë's role, typed over AdminPulse's
      const row = await stateRowOf(bench.sim, ZOE_DIRECTOR);
      await edit(bench.sim, (wb) => {
        const sheet = wb.worksheets.getItem("PD_State");
        sheet.visibility = "Visible" as Excel.SheetVisibility;
        damage(sheet, row);
      });
      for (const startedBy of ["event", "person"] as const) {
        const summary = await bench.sync({ startedBy });
        expect(summary.conflicts.filter((c) => c.table === "directors")).toEqual([
          expect.objectContaining({
            link: ZOE_DIRECTOR,
            outcome: "left-alone",
            cells: [
              expect.objectContaining({
                column: "role",
                sheet: "CEO",
                adminPulse: "managing director",
              }),
            ],
          }),
        ]);
        expect(bench.sim.cell(SHEET, "I2").value).toBe("CEO");
        expect(names(bench.sim, "PD_Directors")).toEqual([ZOE, HOLDING, CLAIRE]);
        expect(names(bench.sim, "PD_Relations")).toEqual([ZOE, HOLDING, "Peeters Jan", "Réviseurs Associés SRL", CLAIRE]);
      }
      // The user's answer settles it: AdminPulse's role back, and the next sync has nothing to report.
      await bench.sync({
        resolutions: new Map([[`directors:${ZOE_DIRECTOR}`, "take-adminpulse"]]),
      });
      expect(bench.sim.cell(SHEET, "I2").value).toBe("managing director");
      expect((await bench.sync()).conflicts).toEqual([]);
      expect(notesRead(bench.sim)).toEqual([HOLDING, 44355]);
    });
  }

  it("the record of a row the user made their own deleted: the row stays theirs, exactly as typed", async () => {
    const bench = await damaged();
    await bench.sim.editCell(SHEET, "I2", "CEO");
    await bench.sync({
      resolutions: new Map([[`directors:${ZOE_DIRECTOR}`, "make-manual"]]),
    });
    expect(column(bench.sim, "PD_Directors", "Source")[0]).toBe("Manual");
    const detached = (await stateValues(bench.sim)).findIndex((r) => r[0] === "directors" && r[1] === "");
    expect(detached).toBeGreaterThan(0);
    await edit(bench.sim, (wb) => {
      const sheet = wb.worksheets.getItem("PD_State");
      sheet.visibility = "Visible" as Excel.SheetVisibility;
      sheet.getRange(`${detached + 1}:${detached + 1}`).delete("Up" as Excel.DeleteShiftDirection);
    });
    await bench.sync();
    const rows = bench.sim.table("PD_Directors")!.rows;
    const mine = rows.filter((r) => r[0] === ZOE && r[3] === "CEO");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.slice(7)).toEqual(["Manual", ""]);
    expect(names(bench.sim, "PD_Directors")).toEqual(expect.arrayContaining([HOLDING, CLAIRE]));
  });
});
