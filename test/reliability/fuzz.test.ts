// Fuzzing the pure half of a sync: random AdminPulse answers (any JSON the client's schemas
// accept: odd types of relation, missing and null fields, unknown link types, links to relations
// that are not there, hostile text, extreme numbers) mapped by mapCompany, meeting random sheet
// states in buildPlan. No exception escapes, every row typed by hand is in the plan exactly as it
// was, the plan's row moves are the ones a chunked write can survive (write.ts), and the checks
// never throw.

import fc from "fast-check";
import { relationSchema } from "../../src/adminpulse/contract";
import type { Relation } from "../../src/adminpulse/types";
import { checkInputFromData, runChecks } from "../../src/checks";
import { LANGUAGES } from "../../src/i18n/language";
import { labelsFor } from "../../src/permanent-data/labels";
import { mapCompany } from "../../src/permanent-data/mapping";
import type { CellValue, Resolution } from "../../src/permanent-data/merge";
import type { ImportTable } from "../../src/permanent-data/rows";
import { TABLES } from "../../src/permanent-data/tables";
import { IMPORT_TABLES } from "../../src/permanent-data/rows";
import { planWrite } from "../support/plan-write";
import { headerText } from "../../src/workbook/layout";
import { linkOf } from "../../src/workbook/read";
import type { ExistingRow, ExistingTable, SheetState } from "../../src/workbook/state";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const IDS = ["r1", "r2", "r3", "r4", "r5", "r6"];
const HOSTILE = [
  "=cmd|' /C calc'!A0",
  "+1+1",
  "-1",
  "@SUM(1)",
  "\t=1",
  "＝1",
  " ",
  "",
  "0x1F",
  "00123",
  "TRUE",
  "2024-12-31",
  "50%",
  "'x",
  "#REF!",
  "Ä\u0301",
  "\u202E",
];

// --- AdminPulse's answers, as JSON on the wire ---------------------------------------------------

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...HOSTILE, "SRL", "BV", "SA", "ASBL", "0403.170.701", "BE 0566.988.259", "85.07.30-033.28"),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const isoDate = fc
  .date({ min: new Date(Date.UTC(1890, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString().slice(0, 10), `${d.toISOString().slice(0, 10)}T00:00:00`, d.toISOString().slice(0, 19), d.toISOString()));
const amount = fc.oneof(fc.integer({ min: -5, max: 1_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.constant(0));

const wireLink = fc.record(
  {
    linkType: fc.constantFrom(1, 2, 3, 4, 4, 4, 5, 6, 6, 6, 7, 7, 8, 42, 99),
    uniqueIdentifier: fc.constantFrom(...IDS, "nowhere"),
    startDate: maybe(isoDate),
    endDate: maybe(isoDate),
    function: maybe(fc.oneof(text, fc.constantFrom("Administrateur délégué", "Gérant", "Zaakvoerder", "Bestuurder", "Président du conseil", "Liquidateur"))),
    representativeUniqueIdentifier: maybe(fc.constantFrom(...IDS, "nowhere")),
    shares: maybe(amount),
    votingRights: maybe(amount),
    underOption: maybe(fc.boolean()),
    ireNumber: maybe(text),
    comment: maybe(text),
  },
  { requiredKeys: ["linkType", "uniqueIdentifier"] },
);

const wireAddress = fc.record({
  street: maybe(text),
  number: maybe(fc.oneof(text, fc.integer({ min: 0, max: 999 }))),
  box: maybe(text),
  postalCode: maybe(fc.oneof(text, fc.integer({ min: 1000, max: 9999 }))),
  city: maybe(text),
  country: maybe(fc.constantFrom("BE", "be", "FR", "NL", "Belgique", "", "??")),
});

const wireRelation = (id: string) =>
  fc.record(
    {
      uniqueIdentifier: fc.constant(id),
      id: maybe(fc.oneof(fc.string({ maxLength: 5 }), fc.integer())),
      code: maybe(text),
      name: maybe(text),
      type: maybe(fc.constantFrom("Company", "Person", "SoleProprietor", "Trust", "", "company")),
      legalForm: maybe(text),
      companyNumber: maybe(fc.oneof(text, fc.constantFrom("0566988259", "0403170701", "0200065765", "123456789", "BE0566988259"))),
      vatNumber: maybe(fc.oneof(text, fc.constantFrom("BE0566988259", "BE 0403.170.701"))),
      nationalNumber: maybe(fc.oneof(text, fc.constantFrom("85073003328", "85.07.30-033.28", "00010112345"))),
      firstName: maybe(text),
      lastName: maybe(text),
      language: maybe(fc.constantFrom("FR", "nl", "EN", "de", "", "?")),
      address: maybe(wireAddress),
      fiscalYearEnd: maybe(isoDate),
      nextGeneralMeeting: maybe(isoDate),
      totalShares: maybe(amount),
      totalVotingRights: maybe(amount),
      tos: maybe(fc.array(wireLink, { maxLength: 12 })),
      surprise: fc.anything({ maxDepth: 2 }), // an unknown field: ignored
    },
    { requiredKeys: ["uniqueIdentifier"] },
  );

/** What the client hands over: the company, the relations its links point to (some missing). */
const companyData = fc
  .tuple(
    wireRelation("c0"),
    fc.subarray(IDS).chain((ids) => fc.tuple(...ids.map((id) => wireRelation(id)))),
  )
  .map(([company, related]) => {
    const parse = (wire: unknown): Relation => relationSchema.parse(JSON.parse(JSON.stringify(wire)));
    return {
      company: parse(company),
      related: new Map(related.map((r) => [r.uniqueIdentifier, parse(r)])),
      missing: [],
      unknownLinkTypes: new Map<number, number>(),
    };
  });

// --- the sheet, as readWorkbook returns it ------------------------------------------------------

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const LINKS = ["director", "shareholder", "auditor"]
  .flatMap((role) => IDS.map((id) => `${role}:${id}`))
  .concat(IDS, ["CompanyName", "EnterpriseNumber", "LastSync", "junk link"]);

function existingTable(id: ImportTable) {
  const columns = [...TABLES[id].columns] as string[];
  const row = fc.record({
    manual: fc.boolean(),
    link: fc.constantFrom(...LINKS),
    cells: fc.tuple(...columns.map(() => cellValue)),
    formula: fc.option(fc.constantFrom("=A1*2", "=SUM(B2:B9)", '=HYPERLINK("x")'), { nil: undefined, freq: 4 }),
    gap: fc.integer({ min: 0, max: 2 }),
  });
  return fc
    .record({ rows: fc.array(row, { maxLength: 8 }), extra: fc.boolean(), language: fc.constantFrom(...LANGUAGES) })
    .map(({ rows, extra, language }): ExistingTable => {
      const keys = extra ? [...columns, "extra:99"] : columns;
      let index = 0;
      const existing: ExistingRow[] = rows.map((r) => {
        index += r.gap;
        const cells: Record<string, CellValue> = {};
        keys.forEach((key, c) => {
          cells[key] = c < columns.length ? r.cells[c]! : "my note";
        });
        // Bookkeeping as a sync wrote it, or as a person typed it.
        const linkKey = id === "relations" ? "adminPulseId" : "link";
        if (id === "identification") {
          cells.source = r.manual ? labelsFor(language).source.manual : labelsFor(language).source.imported;
          cells.key = r.manual && r.link === "junk link" ? null : r.link;
        } else {
          cells[linkKey] = r.manual ? "" : r.link;
        }
        const formulas = keys.map((key, c) => (c === 0 && r.manual && r.formula ? r.formula : (cells[key] ?? "")));
        const numberFormats = keys.map((key) => (key === "start" || key === "end" ? "dd/mm/yyyy" : "@"));
        return { index: index++, cells, formulas, numberFormats };
      });
      return {
        id,
        sheet: "Permanent data",
        row: 0,
        column: IMPORT_TABLES.indexOf(id) * 12,
        headers: keys.map((key) => headerText(id, key, language)),
        columns: keys,
        bodyRowCount: Math.max(1, index),
        rows: existing,
      };
    });
}

const sheetState = fc
  .record({
    tables: fc.record(Object.fromEntries(IMPORT_TABLES.map((id) => [id, existingTable(id)])) as Record<ImportTable, fc.Arbitrary<ExistingTable>>, {
      requiredKeys: [],
    }),
    snapshot: fc.dictionary(
      fc.constantFrom(...LINKS),
      fc.dictionary(fc.constantFrom("name", "value", "role", "start", "shares", "address"), cellValue, { maxKeys: 3 }),
      { maxKeys: 6 },
    ),
    detached: fc.subarray(LINKS, { maxLength: 3 }),
    linked: fc.boolean(),
  })
  .map(({ tables, snapshot, detached, linked }): SheetState => {
    const any = Object.keys(tables).length > 0;
    return {
      tables,
      enterpriseNumber: linked ? "0566.988.259" : null,
      namedEnterpriseNumber: linked,
      enterpriseNumberName: linked ? "number-cell" : null,
      identificationVeryHidden: false,
      snapshot: { tables: Object.fromEntries(IMPORT_TABLES.map((id) => [id, { rows: snapshot, detached }])) },
      dataSheet: any ? { sheet: "Permanent data", firstFreeColumn: 70 } : null,
      hasStateSheet: any,
      protectedSheets: [],
    };
  });

const options = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  startedBy: fc.constantFrom("person" as const, "event" as const),
  resolutions: fc.dictionary(
    fc.constantFrom(...IMPORT_TABLES.flatMap((t) => LINKS.map((l) => `${t}:${l}`))),
    fc.constantFrom<Resolution>("take-adminpulse", "keep-mine", "make-manual"),
    { maxKeys: 4 },
  ),
  now: fc.constantFrom("2026-11-27T10:30", "2026-03-01T09:00", "1999-12-31T23:59"),
});

/** The cells of a plan row a manual row must keep: all but the add-in's bookkeeping. */
const BOOKKEEPING = new Set(["source", "link", "adminPulseId", "duplicateOf", "key", "field"]);

describe("fuzzing AdminPulse answers against random sheets", () => {
  it("mapCompany takes any answer the schemas accept, and the checks never throw on what it makes", () => {
    fc.assert(
      fc.property(companyData, fc.constantFrom("2026-11-27", "2026-03-01"), (data, today) => {
        const model = mapCompany(data);
        expect(typeof model.company.name).toBe("string");
        const findings = runChecks(checkInputFromData(model, { today }));
        expect(Array.isArray(findings)).toBe(true);
        for (const f of findings) expect(typeof f.message.en).toBe("string");
      }),
      { numRuns: RUNS },
    );
  });

  it("buildPlan never throws, leaves every manual row where it is and untouched, and never reorders rows", () => {
    fc.assert(
      fc.property(companyData, sheetState, options, (data, state, opts) => {
        const model = mapCompany(data);
        const { plan, outcomes } = planWrite(state, model, { ...opts, resolutions: new Map(Object.entries(opts.resolutions)) });
        expect(outcomes.map((o) => o.table)).toEqual([...IMPORT_TABLES]);

        for (const id of IMPORT_TABLES) {
          const table = state.tables[id];
          const write = plan.tables.find((t) => t.id === id)!;
          expect(write.body.length).toBe(write.numberFormats.length);
          for (const line of write.body) expect(line).toHaveLength(write.headers.length);
          if (!table) continue;

          // Rows stay the table's rows (Excel inserts and deletes rows, it cannot reorder them): each
          // planned row is a row read, an empty row of the table after them, or new.
          const fromRows = write.fromRows ?? [];
          expect(fromRows).toHaveLength(write.body.length);
          const lastRead = Math.max(-1, ...table.rows.map((r) => r.index));
          let last = -1;
          fromRows.forEach((from) => {
            if (from === null) return;
            expect(from).toBeGreaterThan(last);
            expect(from).toBeLessThan(table.bodyRowCount);
            expect(table.rows.some((r) => r.index === from) || from > lastRead).toBe(true);
            last = from;
          });

          // Every manual row of the sheet is still there, in its own row, and not a cell of it is
          // written but the add-in's bookkeeping: its formulas move with it as Excel moves them.
          for (const row of table.rows.filter((r) => linkOf(id, r.cells) === null)) {
            const j = fromRows.indexOf(row.index);
            if (j < 0) throw new Error(`manual row ${JSON.stringify(row.formulas)} of ${id} is not in the plan`);
            table.columns.forEach((key, c) => {
              if (BOOKKEEPING.has(key)) return;
              expect(write.body[j]![c]).toBeNull();
              expect(write.numberFormats[j]![c]).toBeNull();
            });
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("the checks never throw on any sheet, without a sync (the pane's Run checks)", () => {
    fc.assert(
      fc.property(sheetState, fc.constantFrom("2026-11-27", "1900-01-01", "not a date"), (state, today) => {
        const rows = Object.fromEntries(
          IMPORT_TABLES.map((id) => [id, (state.tables[id]?.rows ?? []).map((r) => ({ index: r.index, link: linkOf(id, r.cells), cells: r.cells }))]),
        ) as unknown as Parameters<typeof runChecks>[0];
        expect(() => runChecks({ ...rows, company: null, conflicts: [], today })).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});
