import fc from "fast-check";
import {
  type CellValue,
  type ImportedRow,
  type MergeInput,
  type Resolution,
  type SheetRow,
  type TableSnapshot,
  mergeTable,
  sameValue,
} from "../../src/permanent-data/merge";

const COLUMNS = ["name", "role"] as const;
const row = (link: string | null, name: CellValue, role: CellValue = "administrateur"): SheetRow => ({ link, cells: { name, role } });
const imp = (link: string, name: CellValue, role: CellValue = "administrateur"): ImportedRow => ({ link, cells: { name, role } });
const snap = (rows: Record<string, [CellValue, CellValue]>, detached: string[] = []): TableSnapshot => ({
  rows: Object.fromEntries(Object.entries(rows).map(([link, [name, role]]) => [link, { name, role }])),
  detached,
});
const merge = (partial: Partial<MergeInput>) =>
  mergeTable({ columns: COLUMNS, sheet: [], snapshot: { rows: {}, detached: [] }, incoming: [], startedBy: "person", ...partial });

describe("mergeTable", () => {
  it("imports into an empty table", () => {
    const result = merge({ incoming: [imp("d:1", "Dubois Zoë"), imp("d:2", "Peeters Jan")] });
    expect(result.rows).toEqual([row("d:1", "Dubois Zoë"), row("d:2", "Peeters Jan")]);
    expect(result.changes).toEqual([
      { kind: "added", link: "d:1" },
      { kind: "added", link: "d:2" },
    ]);
    expect(result.snapshot.rows["d:1"]).toEqual({ name: "Dubois Zoë", role: "administrateur" });
  });

  it("updates unedited imported rows, keeps manual rows and their place, appends new ones", () => {
    const result = merge({
      sheet: [row(null, "Typed by hand"), row("d:1", "Dubois Zoe"), row("d:2", "Peeters Jan")],
      snapshot: snap({ "d:1": ["Dubois Zoe", "administrateur"], "d:2": ["Peeters Jan", "administrateur"] }),
      incoming: [imp("d:3", "Janssens An"), imp("d:1", "Dubois Zoë", "administrateur délégué")],
    });
    expect(result.rows).toEqual([row(null, "Typed by hand"), row("d:1", "Dubois Zoë", "administrateur délégué"), row("d:3", "Janssens An")]);
    expect(result.changes).toEqual([
      { kind: "updated", link: "d:1", columns: ["name", "role"] },
      { kind: "removed", link: "d:2" },
      { kind: "added", link: "d:3" },
    ]);
    expect(result.keptManual).toBe(1);
  });

  it("keeps the cells of columns it does not own (source, link) on updated rows", () => {
    const sheet: SheetRow[] = [{ link: "d:1", cells: { name: "A", role: "x", source: "AdminPulse", note: "mine" } }];
    const result = merge({ sheet, snapshot: snap({ "d:1": ["A", "x"] }), incoming: [imp("d:1", "B", "x")] });
    expect(result.rows[0]!.cells).toEqual({ name: "B", role: "x", source: "AdminPulse", note: "mine" });
  });

  it("takes link cells such as __proto__ or toString as plain keys: no prototype is read or changed", () => {
    const result = merge({ sheet: [row("toString", "A"), row("__proto__", "B")], incoming: [imp("toString", "A"), imp("__proto__", "B")] });
    expect(Object.keys(result.snapshot.rows).sort()).toEqual(["__proto__", "toString"]);
    expect(result.changes).toEqual([]);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it("a column the sheet does not have is no edit: the row follows AdminPulse, and what was imported last stands for the missing cell", () => {
    // The Role column renamed or deleted: the rows read have no role at all (an empty cell would be null).
    const sheet: SheetRow[] = [
      { link: "d:1", cells: { name: "Dubois Zoe" } },
      { link: "d:2", cells: { name: "Peeters Jan" } },
    ];
    const snapshot = snap({ "d:1": ["Dubois Zoe", "gérant"], "d:2": ["Peeters Jan", "gérant"] });
    const result = merge({ sheet, snapshot, incoming: [imp("d:1", "Dubois Zoë", "gérant"), imp("d:2", "Peeters Jan", "gérant")] });
    expect(result.changes).toEqual([{ kind: "updated", link: "d:1", columns: ["name"] }]);
    expect(result.rows.map((r) => r.cells)).toEqual([
      { name: "Dubois Zoë", role: "gérant" },
      { name: "Peeters Jan", role: "gérant" },
    ]);
    // An empty cell is still the user's edit.
    const emptied = merge({ sheet: [row("d:1", "Dubois Zoe", null)], snapshot, incoming: [imp("d:1", "Dubois Zoe", "administrateur")] });
    expect(emptied.changes).toEqual([
      { kind: "conflict", link: "d:1", cells: [{ column: "role", sheet: null, imported: "gérant", adminPulse: "administrateur" }], outcome: "left-alone" },
    ]);
  });

  describe("a cell the user edited", () => {
    const sheet = [row("d:1", "Dubois Zoé (edited)")];
    const snapshot = snap({ "d:1": ["Dubois Zoe", "administrateur"] });
    const incoming = [imp("d:1", "Dubois Zoë")];
    const conflict = { column: "name", sheet: "Dubois Zoé (edited)", imported: "Dubois Zoe", adminPulse: "Dubois Zoë" };

    it("is a conflict; an automatic sync leaves the row alone", () => {
      const result = merge({ sheet, snapshot, incoming, startedBy: "event", resolutions: new Map([["d:1", "take-adminpulse"]]) });
      expect(result.rows).toEqual(sheet);
      expect(result.changes).toEqual([{ kind: "conflict", link: "d:1", cells: [conflict], outcome: "left-alone" }]);
      // The snapshot keeps the old import, so the edit is still recognised next time.
      expect(result.snapshot.rows["d:1"]).toEqual({ name: "Dubois Zoe", role: "administrateur" });
    });

    it("a sync a person runs, without an answer, leaves it alone too", () => {
      expect(merge({ sheet, snapshot, incoming }).rows).toEqual(sheet);
    });

    it("take AdminPulse's values", () => {
      const result = merge({ sheet, snapshot, incoming, resolutions: new Map([["d:1", "take-adminpulse"]]) });
      expect(result.rows).toEqual([row("d:1", "Dubois Zoë")]);
      expect(result.changes).toEqual([{ kind: "conflict", link: "d:1", cells: [conflict], outcome: "took-adminpulse" }]);
    });

    it("keep mine and stay linked: the cell is pinned, the rest of the row follows AdminPulse, sync after sync, until AdminPulse agrees", () => {
      const sheet = [row("d:1", "Dubois Zoé (edited)", "administrateur")];
      const result = merge({ sheet, snapshot, incoming: [imp("d:1", "Dubois Zoë", "administrateur délégué")], resolutions: new Map([["d:1", "keep-mine"]]) });
      // Still AdminPulse's row: its role follows, its name stays as typed, and nothing is written there.
      expect(result.rows).toEqual([{ link: "d:1", cells: { name: "Dubois Zoé (edited)", role: "administrateur délégué" }, keep: ["name"] }]);
      expect(result.changes).toEqual([{ kind: "conflict", link: "d:1", cells: [conflict], outcome: "kept-mine" }]);
      expect(result.snapshot).toMatchObject({
        rows: { "d:1": { name: "Dubois Zoë", role: "administrateur délégué" } },
        detached: [],
        pinned: { "d:1": ["name"] },
      });

      // An event's sync later: AdminPulse changes the role again; it arrives, the name stays, nothing to ask.
      const later = merge({
        sheet: result.rows.map(({ keep: _keep, ...r }) => r),
        snapshot: result.snapshot,
        incoming: [imp("d:1", "Dubois Zoë", "président")],
        startedBy: "event",
      });
      expect(later.rows).toEqual([{ link: "d:1", cells: { name: "Dubois Zoé (edited)", role: "président" }, keep: ["name"] }]);
      expect(later.changes).toEqual([
        { kind: "pinned", link: "d:1", cells: [{ column: "name", sheet: "Dubois Zoé (edited)", imported: "Dubois Zoë", adminPulse: "Dubois Zoë" }] },
        { kind: "updated", link: "d:1", columns: ["role"] },
      ]);

      // AdminPulse takes the user's value: the pin ends, the row is AdminPulse's again, cell by cell.
      const agreed = merge({
        sheet: later.rows.map(({ keep: _keep, ...r }) => r),
        snapshot: later.snapshot,
        incoming: [imp("d:1", "Dubois Zoé (edited)", "président")],
      });
      expect(agreed.rows).toEqual([row("d:1", "Dubois Zoé (edited)", "président")]);
      expect(agreed.changes).toEqual([]);
      expect(agreed.snapshot.pinned).toBeUndefined();
    });

    it("a pinned row that leaves AdminPulse is kept as a manual row: the value typed is never lost", () => {
      const pinned: TableSnapshot = { ...snap({ "d:1": ["Dubois Zoë", "administrateur"] }), pinned: { "d:1": ["name"] } };
      const result = merge({ sheet: [row("d:1", "Dubois Zoé (edited)")], snapshot: pinned, incoming: [] });
      expect(result.rows).toEqual([row(null, "Dubois Zoé (edited)")]);
      expect(result.changes).toEqual([{ kind: "kept-edited", link: "d:1" }]);
    });

    it("turn it into a manual row, which the next import does not add back", () => {
      const result = merge({ sheet, snapshot, incoming, resolutions: new Map([["d:1", "make-manual"]]) });
      expect(result.rows).toEqual([row(null, "Dubois Zoé (edited)")]);
      expect(result.snapshot.detached).toEqual(["d:1"]);
      const again = merge({ sheet: result.rows, snapshot: result.snapshot, incoming });
      expect(again.rows).toEqual(result.rows);
      expect(again.changes).toEqual([]);
    });

    it("is no conflict when AdminPulse now says the same as the edit", () => {
      const result = merge({ sheet, snapshot, incoming: [imp("d:1", "Dubois Zoé (edited)")] });
      expect(result.changes).toEqual([]);
      expect(result.snapshot.rows["d:1"]!.name).toBe("Dubois Zoé (edited)");
    });

    it("is kept, as a manual row, when its link left AdminPulse", () => {
      const result = merge({ sheet, snapshot, incoming: [] });
      expect(result.rows).toEqual([row(null, "Dubois Zoé (edited)")]);
      expect(result.changes).toEqual([{ kind: "kept-edited", link: "d:1" }]);
    });
  });

  it("without a snapshot, a row that differs from AdminPulse counts as edited", () => {
    const result = merge({ sheet: [row("d:1", "Mine")], incoming: [imp("d:1", "Theirs")], startedBy: "event" });
    expect(result.rows).toEqual([row("d:1", "Mine")]);
    expect(result.changes[0]).toMatchObject({ kind: "conflict", outcome: "left-alone" });
  });

  it("a row whose link left AdminPulse is kept when the user typed into a column of their own", () => {
    const sheet: SheetRow[] = [{ link: "d:1", cells: { name: "A", role: "x", source: "AdminPulse", note: "typed by the accountant" } }];
    const result = merge({ sheet, snapshot: snap({ "d:1": ["A", "x"] }), bookkeeping: ["source"] });
    expect(result.rows).toEqual([{ link: null, cells: sheet[0]!.cells }]);
    expect(result.changes).toEqual([{ kind: "kept-edited", link: "d:1" }]);
    // Bookkeeping alone is not the user's: without the note the row is removed.
    const plain = merge({
      sheet: [{ link: "d:1", cells: { name: "A", role: "x", source: "AdminPulse" } }],
      snapshot: snap({ "d:1": ["A", "x"] }),
      bookkeeping: ["source"],
    });
    expect(plain.changes).toEqual([{ kind: "removed", link: "d:1" }]);
  });

  it("a link kept as the user's is not imported again when it comes back to AdminPulse", () => {
    const gone = merge({ sheet: [row("d:1", "Edited")], snapshot: snap({ "d:1": ["Original", "administrateur"] }) });
    expect(gone.changes).toEqual([{ kind: "kept-edited", link: "d:1" }]);
    const back = merge({ sheet: gone.rows, snapshot: gone.snapshot, incoming: [imp("d:1", "Original")] });
    expect(back.rows).toEqual([row(null, "Edited")]);
    expect(back.changes).toEqual([]);
  });

  it("carries the caller's row reference through, and treats an empty link as none", () => {
    const result = merge({
      sheet: [
        { link: "d:1", cells: { name: "A", role: "x" }, ref: 7 },
        { link: "", cells: { name: "Mine", role: null }, ref: 8 },
      ],
      snapshot: snap({ "d:1": ["A", "x"] }),
      incoming: [imp("d:1", "B", "x")],
    });
    expect(result.rows.map((r) => [r.ref, r.link])).toEqual([
      [7, "d:1"],
      [8, null],
    ]);
    expect(result.changes).toEqual([{ kind: "updated", link: "d:1", columns: ["name"] }]);
  });

  it("a copied imported row becomes the user's manual row", () => {
    const result = merge({
      sheet: [row("d:1", "A"), row("d:1", "A copy")],
      snapshot: snap({ "d:1": ["A", "administrateur"] }),
      incoming: [imp("d:1", "A")],
    });
    expect(result.rows).toEqual([row("d:1", "A"), row(null, "A copy")]);
  });

  it("compares cells the way Excel gives them back", () => {
    expect(sameValue(600, "600")).toBe(true);
    expect(sameValue("", null)).toBe(true);
    expect(sameValue(" Namur ", "Namur")).toBe(true);
    expect(sameValue("0", null)).toBe(false);
    expect(sameValue(true, "true")).toBe(false);
  });
});

// --- properties ----------------------------------------------------------------------------

const LINKS = ["a", "b", "c", "d", "e"];
const value = fc.constantFrom<CellValue>(null, "", "x", "y", "z", 1, 2);
const cells = fc.record({ name: value, role: value });
/** Sheet rows also carry a column the user added ("note") and a bookkeeping one ("source"). */
const sheetCells = fc.record({ name: value, role: value, note: value, source: value });
const sheetRow = fc.record({ link: fc.option(fc.constantFrom(...LINKS), { nil: null }), cells: sheetCells });
const input = fc.record({
  sheet: fc.array(sheetRow, { maxLength: 8 }),
  snapshotRows: fc.dictionary(fc.constantFrom(...LINKS), cells),
  detached: fc.subarray(LINKS),
  incoming: fc.uniqueArray(fc.record({ link: fc.constantFrom(...LINKS), cells }), { selector: (r) => r.link, maxLength: 5 }),
  startedBy: fc.constantFrom<"person" | "event">("person", "event"),
  resolutions: fc.dictionary(fc.constantFrom(...LINKS), fc.constantFrom<Resolution>("take-adminpulse", "keep-mine", "make-manual")),
});
type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;
const toInput = (i: Input): MergeInput => ({
  columns: COLUMNS,
  bookkeeping: ["source"],
  sheet: i.sheet,
  snapshot: { rows: i.snapshotRows, detached: i.detached },
  incoming: i.incoming,
  startedBy: i.startedBy,
  resolutions: new Map(Object.entries(i.resolutions)),
});

describe("mergeTable, for any sheet and any import", () => {
  it("every manual row survives unchanged and in order", () => {
    fc.assert(
      fc.property(input, (i) => {
        const manual = i.sheet.filter((r) => r.link === null);
        const out = mergeTable(toInput(i)).rows.filter((r) => r.link === null);
        // The manual rows of the input are a subsequence of the output's manual rows, identical.
        let k = 0;
        for (const r of out) if (k < manual.length && r.cells === manual[k]!.cells) k++;
        expect(k).toBe(manual.length);
      }),
    );
  });

  it("merging the same import twice changes nothing the second time", () => {
    fc.assert(
      fc.property(input, (i) => {
        const first = mergeTable(toInput(i));
        const second = mergeTable({ ...toInput(i), sheet: first.rows, snapshot: first.snapshot });
        expect(second.rows).toEqual(first.rows);
        // What stays reported: edits left alone, and cells kept as typed (pinned) while AdminPulse differs.
        expect(second.changes.filter((c) => !(c.kind === "conflict" && c.outcome === "left-alone") && c.kind !== "pinned")).toEqual([]);
      }),
    );
  });

  it("every imported row matches AdminPulse, but for the cells kept as typed, or is reported as a conflict left alone", () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = mergeTable(toInput(i));
        const incoming = new Map(i.incoming.map((r) => [r.link, r]));
        const leftAlone = new Set(result.changes.flatMap((c) => (c.kind === "conflict" && c.outcome === "left-alone" ? [c.link] : [])));
        for (const r of result.rows) {
          if (r.link === null) continue;
          const fresh = incoming.get(r.link);
          expect(fresh).toBeDefined();
          const matches = COLUMNS.every((c) => r.keep?.includes(c) || sameValue(r.cells[c] ?? null, fresh!.cells[c] ?? null));
          expect(matches || leftAlone.has(r.link)).toBe(true);
        }
        // and each link appears at most once among imported rows
        const links = result.rows.flatMap((r) => (r.link ? [r.link] : []));
        expect(new Set(links).size).toBe(links.length);
      }),
    );
  });

  it("a value the user typed into an imported row is never lost unless they chose AdminPulse's values", () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = mergeTable(toInput(i));
        const resolutions = new Map(Object.entries(i.resolutions));
        const seen = new Set<string>();
        for (const r of i.sheet) {
          if (r.link === null || seen.has(r.link)) continue;
          seen.add(r.link);
          const last = i.snapshotRows[r.link];
          const edited: ("name" | "role" | "note")[] = COLUMNS.filter((c) => !last || !sameValue(r.cells[c] ?? null, last[c] ?? null));
          if (!sameValue(r.cells.note, null)) edited.push("note");
          if (edited.length === 0 || (i.startedBy === "person" && resolutions.get(r.link) === "take-adminpulse")) continue;
          const out = result.rows.find((o) => o.link === r.link || o.cells === r.cells);
          expect(out).toBeDefined();
          for (const c of edited) expect(sameValue(out!.cells[c] ?? null, r.cells[c] ?? null)).toBe(true);
        }
      }),
    );
  });
});
