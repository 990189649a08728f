// A user's formula column: which cells hold the column's formula (Excel's calculated column), in
// R1C1 terms, as the simulator's calculated columns understand "the same formula".

import fc from "fast-check";
import { relativeKey } from "../../simulator/formula-refs";
import { columnFormulaCells, relativeFormula } from "../../src/workbook/formula-pattern";

describe("relativeFormula", () => {
  it("gives the same text for a formula copied down or across", () => {
    expect(relativeFormula("=C2*2", 1, 5)).toBe(relativeFormula("=C3*2", 2, 5));
    expect(relativeFormula("=$C2*2", 1, 5)).toBe(relativeFormula("=$C9*2", 8, 9));
    expect(relativeFormula("=C$2*2", 1, 5)).toBe(relativeFormula("=C$2*2", 7, 5));
    expect(relativeFormula("=SUM(A2:B2)", 1, 3)).toBe(relativeFormula("=SUM(A3:B3)", 2, 3));
    expect(relativeFormula("='Permanent data'!T4+Sheet2!A1", 3, 0)).toBe(relativeFormula("='Permanent data'!T5+Sheet2!A2", 4, 0));
  });

  it("tells different formulas apart", () => {
    expect(relativeFormula("=C2*2", 1, 5)).not.toBe(relativeFormula("=C2*2", 2, 5)); // the same text, a row down: another cell
    expect(relativeFormula("=$C$2*2", 1, 5)).not.toBe(relativeFormula("=$C$3*2", 2, 5));
    expect(relativeFormula("=C2*2", 1, 5)).not.toBe(relativeFormula("=C2*3", 1, 5));
  });

  it("leaves strings, sheet names, structured references and function names as they are", () => {
    expect(relativeFormula('="A1"&[@Shares]&Table1[[#This Row],[B2]]', 4, 4)).toBe('="A1"&[@Shares]&Table1[[#This Row],[B2]]');
    expect(relativeFormula("=LOG10(A1)+ATAN2(1,2)", 0, 0)).toBe("=LOG10(R[0]C[0])+ATAN2(1,2)");
    expect(relativeFormula("='A1 sheet'!B2", 1, 1)).toBe("='A1 sheet'!R[0]C[0]");
    expect(relativeFormula("=ABCD1+A:A+1E5", 0, 0)).toBe("=ABCD1+A:A+1E5");
  });

  it("agrees with the simulator's calculated columns on which formulas are the same", () => {
    const refs = ["A1", "$B2", "C$3", "$D$4", "T7", "Sheet2!A1", "'Permanent data'!F3", "A1:B3"];
    const formula = fc.tuple(fc.constantFrom(...refs), fc.constantFrom("*2", "+1", '&"x"'), fc.constantFrom(...refs)).map(([a, op, b]) => `=${a}${op}+${b}`);
    fc.assert(
      fc.property(formula, formula, fc.nat(20), fc.nat(20), fc.nat(8), fc.nat(8), (f, g, r1, r2, c1, c2) => {
        const same = relativeKey(f, r1, c1) === relativeKey(g, r2, c2);
        expect(relativeFormula(f, r1, c1) === relativeFormula(g, r2, c2)).toBe(same);
      }),
      { numRuns: 500 },
    );
  });
});

describe("columnFormulaCells", () => {
  it("marks the cells holding their column's formula, in the user's columns only", () => {
    const formulas = [
      ["Zoë", "=B2*2", "=1+1"],
      ["Holding", "=B3*2", "note"],
      ["Typed", 7, "=1+1"],
    ];
    expect(columnFormulaCells(formulas, 1, 0, [1, 2])).toEqual([
      [false, true, true],
      [false, true, false],
      [false, false, true],
    ]);
    // A formula found once is typed, unless the body has that one row.
    expect(
      columnFormulaCells(
        [
          ["a", "=B2*2"],
          ["b", "=B2*3"],
        ],
        1,
        0,
        [1],
      ),
    ).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(columnFormulaCells([["a", "=B2*2"]], 1, 0, [1])).toEqual([[false, true]]);
  });
});
