// Whatever the sheet holds (junk in every cell, rows that are not rows, AdminPulse data of any
// shape), the checks never throw, and every finding is well formed.

import fc from "fast-check";
import { CHECK_FAMILIES, CHECK_IDS, CHECK_TABLES, type CheckInput, buildContext, compareFindings, runChecks } from "../../src/checks";
import { IDENTIFICATION_KEYS, TABLES } from "../../src/permanent-data/tables";
import { cleanSa, inputOf } from "./support";

const WORDS = [
  "",
  " ",
  "2025-12-31",
  "2026-06-09T18:00:00",
  "31/12/2025",
  "29/02/2025",
  "0566.988.259",
  "2.145.678.996",
  "BE0566988258",
  "85.07.30-033.28",
  "SRL",
  "SA – société anonyme",
  "BVBA",
  "ASBL",
  "fondation privée",
  "Eenmanszaak",
  "Natural person",
  "Personne morale",
  "Rechtspersoon",
  "gérant",
  "administrateur délégué",
  "représentant permanent",
  "dagelijks bestuurder",
  "60%",
  "-5",
  "1.000",
  "abc",
  "=SUM(A1)",
  "Jean-Marie Dubois",
  "DUBOIS Jean Marie",
  "Rue de Fer 24, 5000 Namur",
  "Rue Nationale 12, 59000 Lille, FR",
  "AdminPulse",
  "Manuel",
  "__proto__",
  "constructor",
];

const cell = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -1, 1e21, Number.NaN, Number.POSITIVE_INFINITY, 85073003328, 566988259, 45000),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

const COLUMNS = [...new Set(Object.values(TABLES).flatMap((t) => [...t.columns])), "extra:9"];
const cells = fc.dictionary(fc.oneof(fc.constantFrom(...COLUMNS), fc.string()), cell, { maxKeys: 12 });
const identificationCells = fc.record({ key: fc.oneof(fc.constantFrom(...IDENTIFICATION_KEYS), fc.string()), value: cell, field: cell, source: cell });

const row = (cellsOf: fc.Arbitrary<unknown>) =>
  fc.oneof(
    {
      weight: 10,
      arbitrary: fc.record({
        index: fc.oneof(fc.nat(50), fc.double(), fc.constant(-1)),
        link: fc.oneof(fc.constant(null), fc.constantFrom(...WORDS), fc.string()),
        cells: cellsOf,
      }),
    },
    { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.record({ cells: fc.constant(null) })) },
  );
const rows = (cellsOf: fc.Arbitrary<unknown>) => fc.array(row(cellsOf), { maxLength: 8 });

const text = fc.oneof(fc.constant(null), fc.constantFrom(...WORDS), fc.string());
const number = fc.oneof(fc.constant(null), fc.double(), fc.integer());
const address = fc.record({ street: text, number: text, box: text, postalCode: text, city: text, country: text });
const id = fc.constantFrom("p1", "p2", "c1", "x", "");

/** PermanentData of the right shape with junk values, or junk of any shape. */
const company = fc.oneof(
  fc.constant(null),
  fc.record({
    company: fc.record({
      adminPulseId: text,
      soleProprietor: fc.boolean(),
      name: fc.string(),
      enterpriseNumber: text,
      legalForm: fc.option(fc.record({ raw: fc.string(), code: text, preCsa: fc.boolean() })),
      address,
      fiscalYearEnd: text,
      generalMeetingDate: text,
      language: text,
      totalShares: number,
      totalVotes: number,
    }),
    parties: fc.array(
      fc.record({
        adminPulseId: id,
        kind: fc.constantFrom("natural", "legal"),
        name: fc.string(),
        firstName: text,
        lastName: text,
        enterpriseNumber: text,
        nationalNumber: text,
        address,
      }),
      { maxLength: 4 },
    ),
    directors: fc.array(
      fc.record({
        link: fc.string(),
        partyId: id,
        role: fc.constantFrom("director", "manager", "chair"),
        roleText: text,
        start: text,
        end: text,
        representativeId: fc.option(id),
      }),
      {
        maxLength: 4,
      },
    ),
    shareholders: fc.array(
      fc.record({ link: fc.string(), partyId: id, shares: number, votes: number, percentShares: number, percentVotes: number, underOption: fc.boolean() }),
      {
        maxLength: 4,
      },
    ),
    auditors: fc.array(fc.record({ link: fc.string(), partyId: id, start: text, end: text, ireNumber: text, representativeId: fc.option(id) }), {
      maxLength: 2,
    }),
    diagnostics: fc.constant({ unknownLinkTypes: {}, missingParties: [], ignoredForSoleProprietor: 0 }),
  }),
  fc.anything(),
);

const conflicts = fc.oneof(
  fc.array(
    fc.record({
      table: fc.oneof(fc.constantFrom(...CHECK_TABLES), fc.string()),
      link: fc.oneof(fc.constantFrom(...WORDS), fc.string()),
      columns: fc.array(fc.oneof(fc.constantFrom(...COLUMNS), fc.string(), fc.integer())),
    }),
    {
      maxLength: 3,
    },
  ),
  fc.anything(),
);

const input = fc.record({
  identification: rows(identificationCells),
  directors: rows(cells),
  shareholders: rows(cells),
  auditors: rows(cells),
  relations: rows(cells),
  company,
  conflicts,
  today: fc.oneof(fc.constantFrom("2026-03-01", "2030-01-01", "", "today"), fc.string(), fc.integer()),
}) as unknown as fc.Arbitrary<CheckInput>;

function wellFormed(list: ReturnType<typeof runChecks>): void {
  for (const f of list) {
    expect(CHECK_IDS).toContain(f.id);
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(["imported", "manual", "mixed"]).toContain(f.source);
    for (const language of ["fr", "nl", "en"] as const) {
      expect(typeof f.message[language]).toBe("string");
      expect(f.message[language].trim()).not.toBe("");
      expect(f.message[language]).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
    if (f.target) expect(CHECK_TABLES).toContain(f.target.table);
  }
}

it("random rows never make the checks throw, and every finding is well formed and sorted", () => {
  fc.assert(
    fc.property(input, (random) => {
      // Each family on its own, without runChecks' safety net: no rule may throw.
      const ctx = buildContext(random);
      for (const family of CHECK_FAMILIES) family(ctx);
      const found = runChecks(random);
      wellFormed(found);
      expect([...found].sort(compareFindings)).toEqual(found);
      expect(runChecks(random)).toEqual(found);
    }),
    { numRuns: 400 },
  );
});

it("a real company with junk typed over its cells: never throws", () => {
  const base = inputOf(cleanSa());
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.constantFrom("identification", "directors", "shareholders", "auditors", "relations" as const),
          fc.nat(),
          fc.constantFrom(...COLUMNS),
          cell,
          fc.boolean(),
        ),
      ),
      (edits) => {
        const copy = structuredClone(base);
        for (const [table, n, column, value, manual] of edits) {
          const rowsOf = copy[table];
          const target = rowsOf[n % Math.max(rowsOf.length, 1)];
          if (!target) continue;
          target.cells[column] = value ?? null;
          if (manual) target.link = null;
        }
        const ctx = buildContext(copy);
        for (const family of CHECK_FAMILIES) family(ctx);
        wellFormed(runChecks(copy));
      },
    ),
    { numRuns: 300 },
  );
});

it("nothing at all", () => {
  expect(runChecks(undefined as unknown as CheckInput)).toEqual([]);
  expect(runChecks({} as CheckInput)).toEqual([]);
  expect(runChecks(null as unknown as CheckInput)).toEqual([]);
});
