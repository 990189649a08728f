// The row moves a write makes: inserting and deleting table rows, never reordering them. Checked
// against a model of Excel's rows: applying the moves to the table's rows gives the planned rows.

import fc from "fast-check";
import { movedRows, planRowMoves } from "../../src/workbook/row-moves";

/** The rows of a table after the moves: old rows by their index, new rows as "new:<planned index>". */
function apply(oldCount: number, fromRows: (number | null)[], totals: boolean): { rows: string[]; below: number } {
  const moves = planRowMoves(oldCount, fromRows, totals);
  const rows: string[] = Array.from({ length: oldCount }, (_, i) => `old:${i}`);
  for (const add of moves.adds) {
    const at = add.at ?? rows.length;
    expect(add.index).toBe(at);
    // The row whose formats Excel gives the new rows: the one above, or below at the top.
    expect(rows[at > 0 ? at - 1 : at]).toBe(`old:${add.from}`);
    rows.splice(at, 0, ...Array.from({ length: add.count }, (_, k) => `new:${add.first + k}`));
  }
  let last = Infinity;
  for (const del of moves.deletes) {
    expect(del.at + del.count).toBeLessThanOrEqual(last); // bottom up
    last = del.at;
    rows.splice(del.at, del.count);
  }
  expect(rows.length).toBeGreaterThan(0);
  return { rows, below: moves.below };
}

describe("planRowMoves", () => {
  it("nothing moves when every row stays", () => {
    expect(planRowMoves(3, [0, 1, 2], false)).toEqual({ adds: [], deletes: [], below: 0, early: null, changed: false });
  });

  it("a row removed above the others: deleted as a row, the rows below follow", () => {
    expect(planRowMoves(3, [1, 2], false)).toMatchObject({ adds: [], deletes: [{ at: 0, count: 1 }], below: 1, changed: true });
    // With a total row, what is below the table follows it up.
    expect(planRowMoves(3, [1, 2], true).below).toBe(0);
  });

  it("new rows go at the end (Excel's default place), after the rows that go, before those are deleted", () => {
    const moves = planRowMoves(2, [1, null, null], false);
    expect(moves.adds).toEqual([{ at: null, index: 2, count: 2, first: 1, from: 1 }]);
    expect(moves.deletes).toEqual([{ at: 0, count: 1 }]);
    expect(moves.below).toBe(-1); // one more row: the empty row it pushed down is taken out below
  });

  it("every row of the table replaced (a relink): the new ones are added first, so the table never runs out of rows", () => {
    const moves = planRowMoves(3, [null, null], false);
    expect(moves.adds).toEqual([{ at: null, index: 3, count: 2, first: 0, from: 2 }]);
    expect(moves.deletes).toEqual([{ at: 0, count: 3 }]);
  });

  it("the table's only row, empty and kept, is written before rows are added after it", () => {
    expect(planRowMoves(1, [0, null], true)).toMatchObject({ early: 0, adds: [{ at: null, count: 1 }] });
    expect(planRowMoves(1, [0], true).early).toBeNull();
  });

  it("refuses an order Excel cannot make by inserting and deleting rows", () => {
    expect(() => planRowMoves(3, [1, 0], false)).toThrow(/reordered/);
    expect(() => planRowMoves(3, [0, 3], false)).toThrow(/reordered/);
    expect(() => planRowMoves(3, [], false)).toThrow();
  });

  it("for any plan that keeps the order: the moves give exactly the planned rows, and what is below stays put", () => {
    const plan = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.array(fc.oneof(fc.constant(null), fc.nat(40)), { minLength: 1, maxLength: 16 }), fc.boolean())
      .map(([oldCount, raw, totals]) => {
        // Keep the order: increasing old rows, each below oldCount.
        let last = -1;
        const fromRows = raw.map((s) => {
          if (s === null) return null;
          const next = last + 1 + (s % 3);
          if (next >= oldCount) return null;
          last = next;
          return next;
        });
        return { oldCount, fromRows, totals };
      });
    fc.assert(
      fc.property(plan, ({ oldCount, fromRows, totals }) => {
        const { rows, below } = apply(oldCount, fromRows, totals);
        expect(rows).toEqual(fromRows.map((s, j) => (s === null ? `new:${j}` : `old:${s}`)));
        const added = fromRows.filter((s) => s === null).length;
        const deleted = oldCount - fromRows.filter((s) => s !== null).length;
        // Net, the cells below a table without a total row do not move; with one, they follow it.
        expect(below).toBe(totals ? 0 : deleted - added);
        const map = movedRows(fromRows);
        fromRows.forEach((s, j) => s !== null && expect(map.get(s)).toBe(j));
      }),
      { numRuns: 300 },
    );
  });
});
