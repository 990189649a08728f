// References in formulas follow the cells they name when cells are inserted or deleted, as Excel
// rewrites them; the tokenizer leaves strings, functions and structured references alone. The
// property test checks the simulator against a brute-force model of where every cell goes.

import fc from "fast-check";
import { createExcelSimulator } from "../../simulator";
import { referencesOf, relativeKey, shiftFormula, translateFormula, type CellShift } from "../../simulator/formula-refs";

const MAX_COLUMNS = 16_384;
const PD = "Permanent data";

/** Rows inserted or deleted across the whole sheet (entire rows), 1-based `row` as Excel shows it. */
function rows(insert: boolean, row: number, n = 1, sheet = PD): CellShift {
  return { sheet, axis: "rows", lo: 0, hi: MAX_COLUMNS - 1, at: row - 1, n, insert };
}

describe("shiftFormula: rows inserted", () => {
  const insertAt3 = rows(true, 3);
  it.each([
    ["=S3", "=S4"],
    ["=$S$3", "=$S$4"],
    ["=S$3+$S3", "=S$4+$S4"],
    ["=S2", "=S2"],
    ["=SUM(S3:S9)", "=SUM(S4:S10)"],
    ["=SUM(S2:S9)", "=SUM(S2:S10)"],
    ["=SUM(S1:S2)", "=SUM(S1:S2)"],
    ["=SUM($A$2:$C$9)", "=SUM($A$2:$C$10)"],
    ["=SUM(S:S)", "=SUM(S:S)"],
    ["=SUM(3:5)", "=SUM(4:6)"],
    ["=SUM($2:$5)", "=SUM($2:$6)"],
    ['="S3"&S3', '="S3"&S4'],
    ['="say ""S3"""&S3', '="say ""S3"""&S4'],
    ["=LOG10(S3)+ATAN2(A3,B3)", "=LOG10(S4)+ATAN2(A4,B4)"],
    [
      "=[@Shares]*2+Table1[Shares]+Table1[[#Totals],[Shares]]+Table1[[#This Row],[A1]]",
      "=[@Shares]*2+Table1[Shares]+Table1[[#Totals],[Shares]]+Table1[[#This Row],[A1]]",
    ],
    ["=PD_EnterpriseNumber&TRUE&1E5&S3", "=PD_EnterpriseNumber&TRUE&1E5&S4"],
    ["=IF(ISBLANK(S3),#N/A,S3)", "=IF(ISBLANK(S4),#N/A,S4)"],
    ["=S3#", "=S4#"],
    ["=S3 S3:T5", "=S4 S4:T6"],
    ["=S3_x+R1C1+A1(2)+S3.5+S3", "=S3_x+R1C1+A1(2)+S3.5+S4"],
    ["='Permanent data'!LocalName+'Permanent data'!#REF!+S3", "='Permanent data'!LocalName+'Permanent data'!#REF!+S4"],
  ])("%s on its own sheet becomes %s", (before, after) => {
    expect(shiftFormula(before, PD, insertAt3)).toBe(after);
  });

  it.each([
    ["='Permanent data'!S3*2", "='Permanent data'!S4*2"],
    ["='PERMANENT DATA'!$S$3", "='PERMANENT DATA'!$S$4"],
    ["=SUM('Permanent data'!S3:S9)", "=SUM('Permanent data'!S4:S10)"],
    ["=S3+Sheet2!S3", "=S3+Sheet2!S3"],
    ["=[1]'Permanent data'!S3", "=[1]'Permanent data'!S3"],
    ["='[Book.xlsx]Permanent data'!S3", "='[Book.xlsx]Permanent data'!S3"],
    ["=SUM('Permanent data:Sheet3'!S3)", "=SUM('Permanent data:Sheet3'!S3)"],
  ])("%s on another sheet becomes %s", (before, after) => {
    expect(shiftFormula(before, "Sheet2", insertAt3)).toBe(after);
  });

  it("reads quoted sheet names with apostrophes and unquoted names with accents", () => {
    expect(shiftFormula("='It''s'!A5+Données!A5", "x", rows(true, 1, 2, "It's"))).toBe("='It''s'!A7+Données!A5");
    expect(shiftFormula("='It''s'!A5+Données!A5", "x", rows(true, 1, 2, "données"))).toBe("='It''s'!A5+Données!A7");
  });

  it("moves only references wholly inside the columns whose cells shift", () => {
    const band: CellShift = { sheet: PD, axis: "rows", lo: 18, hi: 19, at: 2, n: 1, insert: true }; // S3:T3 inserted, shift down
    expect(shiftFormula("=S5+U5+SUM(S5:T9)+SUM(R5:S9)+SUM(3:5)+S2", PD, band)).toBe("=S6+U5+SUM(S6:T10)+SUM(R5:S9)+SUM(3:5)+S2");
  });

  it("pushes references off the last row to #REF!", () => {
    expect(shiftFormula("=A1048576+SUM(A5:A1048576)", PD, rows(true, 2))).toBe("=#REF!+SUM(A6:A1048576)");
  });
});

describe("shiftFormula: rows deleted", () => {
  it.each([
    ["='Permanent data'!S3*2", "='Permanent data'!#REF!*2"],
    ["='Permanent data'!S4*2", "='Permanent data'!S3*2"],
    ["=SUM('Permanent data'!S3:S9)", "=SUM('Permanent data'!S3:S8)"],
    ["=SUM('Permanent data'!$S$3:$S$3)", "=SUM('Permanent data'!#REF!)"],
    ["=SUM('Permanent data'!S1:S2)", "=SUM('Permanent data'!S1:S2)"],
    ["=Sheet2!S3", "=Sheet2!S3"],
  ])("deleting row 3: %s becomes %s", (before, after) => {
    expect(shiftFormula(before, "Sheet2", rows(false, 3))).toBe(after);
  });

  it("shrinks a range by the rows deleted in it, from either end", () => {
    expect(shiftFormula("=SUM(S3:S9)+SUM(S5:S12)+S3+S5", PD, rows(false, 2, 3))).toBe("=SUM(S2:S6)+SUM(S2:S9)+#REF!+S2");
  });
});

describe("shiftFormula: columns", () => {
  it("moves references right of inserted columns and out of deleted ones", () => {
    const insertB: CellShift = { sheet: PD, axis: "cols", lo: 0, hi: 1_048_575, at: 1, n: 1, insert: true };
    expect(shiftFormula("=C3+$A$1+SUM(A:C)+SUM(2:5)+$B2", PD, insertB)).toBe("=D3+$A$1+SUM(A:D)+SUM(2:5)+$C2");
    const deleteB: CellShift = { ...insertB, insert: false };
    expect(shiftFormula("=C3+B3+SUM(B:B)+SUM(A1:C1)", PD, deleteB)).toBe("=B3+#REF!+SUM(#REF!)+SUM(A1:B1)");
  });
});

describe("translateFormula and relativeKey", () => {
  it("copies a formula as Excel does: relative parts move, $ parts stay", () => {
    expect(translateFormula("=C2*2+$C$2+C$2+$C2+SUM(C:C)+[@Shares]", 1, 0)).toBe("=C3*2+$C$2+C$2+$C3+SUM(C:C)+[@Shares]");
    expect(translateFormula("='Permanent data'!B2", -1, 1)).toBe("='Permanent data'!C1");
    expect(translateFormula("=A1+1", -1, 0)).toBe("=#REF!+1");
  });

  it("gives the same key to the same formula in R1C1 terms", () => {
    expect(relativeKey("=C2*2", 1, 3)).toBe(relativeKey("=C3*2", 2, 3));
    expect(relativeKey("=C2*2", 1, 3)).not.toBe(relativeKey("=C2*2", 2, 3));
    expect(relativeKey("=$C$2*2", 1, 3)).toBe(relativeKey("=$C$2*2", 2, 3));
    expect(relativeKey("=[@Shares]*2", 1, 3)).toBe(relativeKey("=[@Shares]*2", 7, 3));
  });

  it("lists references with their sheet", () => {
    const refs = referencesOf("='It''s'!$A$1:B2+C3+Sheet2!D:D+LOG10(2)");
    expect(refs.map((r) => [r.sheet, r.qualifier, r.start.col, r.start.row, r.end?.col ?? null])).toEqual([
      ["It's", "'It''s'!", 0, 0, 1],
      [null, "", 2, 2, null],
      ["Sheet2", "Sheet2!", 3, null, 3],
    ]);
  });
});

// -----------------------------------------------------------------------------------------
// Property: against a brute-force model of where each cell goes.

const GRID_ROWS = 10;
const GRID_COLS = 6;
const FORMULA_COL = 10; // column K of "Permanent data": formulas that move with their rows

function letters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

type Shape = "cell" | "area" | "cols" | "rows";

interface ModelRef {
  shape: Shape;
  qualified: boolean;
  abs: [boolean, boolean, boolean, boolean]; // start col, start row, end col, end row
  /** Original cell, for the marker check of single cells. */
  origin: [number, number];
  /** Where it points now; null: #REF!. Whole columns have r0 = r1 = -1, whole rows c0 = c1 = -1. */
  at: { r0: number; r1: number; c0: number; c1: number } | null;
}

interface ModelFormula {
  id: number;
  sheet: string;
  /** Position of the formula cell; null once its row or column is deleted. */
  cell: [number, number] | null;
  pieces: (ModelRef | string)[];
}

interface Op {
  axis: "rows" | "cols";
  insert: boolean;
  whole: boolean;
  at: number;
  n: number;
  lo: number;
  span: number;
}

function formatModelRef(ref: ModelRef): string {
  const q = ref.qualified ? "'Permanent data'!" : "";
  if (ref.at === null) return `${q}#REF!`;
  const d = (b: boolean) => (b ? "$" : "");
  const { r0, r1, c0, c1 } = ref.at;
  const [ac0, ar0, ac1, ar1] = ref.abs;
  if (ref.shape === "cell") return `${q}${d(ac0)}${letters(c0)}${d(ar0)}${r0 + 1}`;
  if (ref.shape === "area") return `${q}${d(ac0)}${letters(c0)}${d(ar0)}${r0 + 1}:${d(ac1)}${letters(c1)}${d(ar1)}${r1 + 1}`;
  if (ref.shape === "cols") return `${q}${d(ac0)}${letters(c0)}:${d(ac1)}${letters(c1)}`;
  return `${q}${d(ar0)}${r0 + 1}:${d(ar1)}${r1 + 1}`;
}

function formulaText(f: ModelFormula): string {
  return `=N("id${f.id} S3 A1")+${f.pieces.map((p) => (typeof p === "string" ? p : formatModelRef(p))).join("+")}`;
}

/** Where position `pos` on the shifted axis goes (null: deleted), for a cell whose other coordinate is `other`. */
function mapPos(op: Op, band: [number, number], pos: number, other: number): number | null {
  if (other < band[0] || other > band[1]) return pos;
  if (op.insert) return pos >= op.at ? pos + op.n : pos;
  if (pos >= op.at && pos < op.at + op.n) return null;
  return pos >= op.at + op.n ? pos - op.n : pos;
}

function bandOf(op: Op): [number, number] {
  return op.whole ? [0, Number.MAX_SAFE_INTEGER] : [op.lo, op.lo + op.span];
}

/** The brute-force model: every row (column) of the reference is sent where it goes. */
function applyToRef(op: Op, ref: ModelRef): void {
  if (ref.at === null) return;
  const rowsAxis = op.axis === "rows";
  const band = bandOf(op);
  const { r0, r1, c0, c1 } = ref.at;
  const whole = rowsAxis ? ref.shape === "cols" : ref.shape === "rows";
  if (whole) return; // whole columns do not move with rows, nor whole rows with columns
  const [o0, o1] = rowsAxis
    ? ref.shape === "rows"
      ? [0, Number.MAX_SAFE_INTEGER - 1]
      : [c0, c1]
    : ref.shape === "cols"
      ? [0, Number.MAX_SAFE_INTEGER - 1]
      : [r0, r1];
  if (o0 < band[0] || o1 > band[1]) return; // not wholly inside the band: left as it is
  const [p0, p1] = rowsAxis ? [r0, r1] : [c0, c1];
  const images: number[] = [];
  for (let p = p0; p <= p1; p++) {
    const to = mapPos(op, band, p, o0);
    if (to !== null) images.push(to);
  }
  if (images.length === 0) {
    ref.at = null;
    return;
  }
  const lo = Math.min(...images);
  const hi = Math.max(...images);
  ref.at = rowsAxis ? { r0: lo, r1: hi, c0, c1 } : { r0, r1, c0: lo, c1: hi };
}

function opAddress(op: Op): { address: string; shift: string } {
  if (op.axis === "rows") {
    const address = op.whole ? `${op.at + 1}:${op.at + op.n}` : `${letters(op.lo)}${op.at + 1}:${letters(op.lo + op.span)}${op.at + op.n}`;
    return { address, shift: op.insert ? "Down" : "Up" };
  }
  const address = op.whole
    ? `${letters(op.at)}:${letters(op.at + op.n - 1)}`
    : `${letters(op.at)}${op.lo + 1}:${letters(op.at + op.n - 1)}${op.lo + op.span + 1}`;
  return { address, shift: op.insert ? "Right" : "Left" };
}

const refArb = (qualified: boolean | null): fc.Arbitrary<ModelRef> =>
  fc
    .record({
      shape: fc.constantFrom<Shape>("cell", "cell", "area", "area", "cols", "rows"),
      qualified: qualified === null ? fc.boolean() : fc.constant(qualified),
      abs: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
      r: fc.integer({ min: 0, max: GRID_ROWS - 1 }),
      c: fc.integer({ min: 0, max: GRID_COLS - 1 }),
      h: fc.integer({ min: 0, max: 5 }),
      w: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ shape, qualified: q, abs, r, c, h, w }) => {
      const r1 = Math.min(GRID_ROWS - 1, r + h);
      const c1 = Math.min(GRID_COLS - 1, c + w);
      const at =
        shape === "cell"
          ? { r0: r, r1: r, c0: c, c1: c }
          : shape === "area"
            ? { r0: r, r1, c0: c, c1 }
            : shape === "cols"
              ? { r0: -1, r1: -1, c0: c, c1 }
              : { r0: r, r1, c0: -1, c1: -1 };
      return { shape, qualified: q, abs, origin: [r, c] as [number, number], at };
    });

const FILLERS = ['"S3"', "LOG10(4)", "ATAN2(1,2)", "SUM(1E3,2)", "Sheet2!B2", "[@Shares]", "TRUE"];
const pieceArb = (qualified: boolean | null) => fc.oneof({ weight: 3, arbitrary: refArb(qualified) }, { weight: 1, arbitrary: fc.constantFrom(...FILLERS) });

const opArb: fc.Arbitrary<Op> = fc.record({
  axis: fc.constantFrom<"rows" | "cols">("rows", "cols"),
  insert: fc.boolean(),
  whole: fc.boolean(),
  at: fc.integer({ min: 0, max: 11 }),
  n: fc.integer({ min: 1, max: 3 }),
  lo: fc.integer({ min: 0, max: 11 }),
  span: fc.integer({ min: 0, max: 4 }),
});

describe("property: every reference keeps naming the cell that holds its marker", () => {
  it("after random row and column inserts and deletes, entire or within a band", async () => {
    const scenario = fc.record({
      remote: fc.array(fc.array(pieceArb(true), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      local: fc.array(fc.array(pieceArb(null), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      ops: fc.array(opArb, { minLength: 1, maxLength: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ remote, local, ops }) => {
        const sim = createExcelSimulator({ sheets: [PD, "Sheet2"] });
        const formulas: ModelFormula[] = [
          ...remote.map((pieces, i) => ({ id: i, sheet: "Sheet2", cell: [i, 0] as [number, number], pieces })),
          ...local.map((pieces, i) => ({ id: 100 + i, sheet: PD, cell: [i, FORMULA_COL] as [number, number], pieces })),
        ];
        await sim.run(async (context) => {
          const pd = context.workbook.worksheets.getItem(PD);
          pd.getRangeByIndexes(0, 0, GRID_ROWS, GRID_COLS).values = Array.from({ length: GRID_ROWS }, (_, r) =>
            Array.from({ length: GRID_COLS }, (_, c) => `m${r}_${c}`),
          );
          for (const f of formulas) context.workbook.worksheets.getItem(f.sheet).getCell(f.cell![0], f.cell![1]).formulas = [[formulaText(f)]];
        });
        for (const op of ops) {
          const { address, shift } = opAddress(op);
          await sim.run(async (context) => {
            const range = context.workbook.worksheets.getItem(PD).getRange(address);
            if (op.insert) range.insert(shift as "Down" | "Right");
            else range.delete(shift as "Up" | "Left");
          });
          for (const f of formulas) {
            for (const p of f.pieces) if (typeof p !== "string") applyToRef(op, p);
            if (f.sheet === PD && f.cell !== null) {
              const band = bandOf(op);
              const [r, c] = f.cell;
              const to = op.axis === "rows" ? mapPos(op, band, r, c) : mapPos(op, band, c, r);
              f.cell = to === null ? null : op.axis === "rows" ? [to, c] : [r, to];
            }
          }
        }
        for (const f of formulas) {
          if (f.cell === null) continue;
          const address = `${letters(f.cell[1])}${f.cell[0] + 1}`;
          expect(sim.cell(f.sheet, address).formula).toBe(formulaText(f));
          for (const p of f.pieces) {
            if (typeof p === "string" || p.shape !== "cell" || p.at === null) continue;
            const [r, c] = p.origin;
            expect(sim.cell(PD, `${letters(p.at.c0)}${p.at.r0 + 1}`).value).toBe(`m${r}_${c}`);
          }
        }
      }),
      { numRuns: 150, seed: 20_240_611 },
    );
  });
});
