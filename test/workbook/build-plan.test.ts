import { planWrite } from "../support/plan-write";
import { mapCompany } from "../../src/permanent-data/mapping";
import type { Relation } from "../../src/adminpulse/types";
import type { SheetState, ExistingTable } from "../../src/workbook/state";

const NO_ADDRESS = { street: null, number: null, box: null, postalCode: null, city: null, country: null };
function relation(partial: Partial<Relation> & Pick<Relation, "id" | "name" | "kind">): Relation {
  return {
    numericId: null,
    code: null,
    legalForm: null,
    enterpriseNumber: null,
    enterpriseNumbers: [],
    vatNumber: null,
    status: null,
    links: [],
    nationalNumber: null,
    firstName: null,
    lastName: null,
    language: null,
    address: NO_ADDRESS,
    fiscalYearEnd: null,
    generalMeetingDate: null,
    generalMeetingTime: null,
    totalShares: null,
    totalVotingRights: null,
    ...partial,
  };
}
const person = relation({ id: "p1", name: "Zoë Dubois", kind: "Person", firstName: "Zoë", lastName: "Dubois" });
const company = relation({
  id: "c1",
  name: "=SUM(A1) Consulting SRL",
  kind: "Company",
  legalForm: "SRL",
  enterpriseNumber: "0566988259",
  generalMeetingDate: "2026-06-09",
  totalShares: 100,
  totalVotingRights: 100,
  links: [
    {
      role: "director",
      linkType: 4,
      relationId: "p1",
      startDate: "2021-06-08",
      endDate: null,
      roleText: "Gérant",
      representativeId: null,
      shares: null,
      votingRights: null,
      underOption: null,
      ireNumber: null,
      comment: null,
    },
    {
      role: "shareholder",
      linkType: 6,
      relationId: "p1",
      startDate: null,
      endDate: null,
      roleText: null,
      representativeId: null,
      shares: 100,
      votingRights: 100,
      underOption: false,
      ireNumber: null,
      comment: null,
    },
  ],
});
const data = mapCompany({ company, related: new Map([["p1", person]]), missing: [], unknownLinkTypes: new Map() });
const empty: SheetState = {
  tables: {},
  enterpriseNumber: null,
  namedEnterpriseNumber: false,
  enterpriseNumberName: null,
  identificationVeryHidden: false,
  snapshot: { tables: {} },
  dataSheet: null,
  hasStateSheet: false,
  protectedSheets: [],
};
const options = { language: "fr" as const, startedBy: "person" as const, now: "2026-11-27T10:30" };

describe("buildPlan", () => {
  it("a first sync creates the sheet and the tables side by side, text as text, dates as dates", () => {
    const { plan, outcomes } = planWrite(empty, data, options);
    expect(plan.dataSheet).toEqual({ sheet: "Données permanentes", create: true });
    expect(plan.tables.map((t) => [t.name, t.column, t.create])).toEqual([
      ["PD_Identification", 0, true],
      ["PD_Directors", 5, true],
      ["PD_Shareholders", 15, true],
      ["PD_Auditors", 26, true],
      ["PD_Relations", 35, true],
      ["PD_Checks", 45, true],
      ["PD_SyncLog", 50, true],
    ]);
    const identification = plan.tables[0]!;
    expect(identification.headers).toEqual(["Clé", "Champ", "Valeur", "Source"]);
    expect(identification.body[0]).toEqual(["CompanyName", "Dénomination", "=SUM(A1) Consulting SRL", "AdminPulse"]);
    expect(identification.numberFormats[0]).toEqual(["@", "@", "@", "@"]);
    const meeting = identification.body.findIndex((r) => r[0] === "GeneralMeetingDate");
    expect(identification.body[meeting]![2]).toBe(46182);
    expect(identification.numberFormats[meeting]![2]).toBe("dd/mm/yyyy");
    expect(identification.body.at(-1)).toEqual(["LastSync", "Dernière synchronisation", 46353.4375, "AdminPulse"]);
    const directors = plan.tables[1]!;
    expect(directors.body).toEqual([["Zoë Dubois", "Personne physique", "", "gérant", 44355, "", "", "AdminPulse", "director:p1"]]);
    expect(directors.manualRule).toEqual({ linkColumn: 8, nameColumn: 0 });
    expect(plan.enterpriseNumberName).toEqual({ exists: false, sheet: "Données permanentes", row: 2, column: 2 });
    expect(plan.state.create).toBe(true);
    expect(outcomes.find((o) => o.table === "directors")!.changes).toEqual([{ kind: "added", link: "director:p1" }]);
  });

  it("leaves manual rows where they are, not a cell written back (formulas move with their row); only bookkeeping changes", () => {
    const first = planWrite(empty, data, options).plan.tables[1]!;
    const directors: ExistingTable = {
      id: "directors",
      sheet: "Données permanentes",
      row: 0,
      column: 5,
      headers: first.headers,
      columns: ["name", "kind", "identifier", "role", "start", "end", "representative", "source", "link"],
      bodyRowCount: 2,
      rows: [
        {
          index: 0,
          cells: {
            name: "Zoë Dubois",
            kind: "Personne physique",
            identifier: null,
            role: "gérant",
            start: "2021-06-08",
            end: null,
            representative: null,
            source: "AdminPulse",
            link: "director:p1",
          },
          formulas: first.body[0]!,
          numberFormats: first.numberFormats[0]!,
        },
        {
          index: 1,
          cells: {
            name: "Typed by hand",
            kind: null,
            identifier: null,
            role: "=B2",
            start: "not a date",
            end: null,
            representative: null,
            source: null,
            link: null,
          },
          formulas: ["Typed by hand", "", "", "=B2", "not a date", "", "", "", ""],
          numberFormats: ["General", "General", "General", "General", "General", "General", "General", "General", "General"],
        },
      ],
    };
    const state: SheetState = {
      ...empty,
      tables: { directors },
      dataSheet: { sheet: "Données permanentes", firstFreeColumn: 15 },
      snapshot: {
        tables: {
          directors: {
            rows: {
              "director:p1": {
                name: "Zoë Dubois",
                kind: "Personne physique",
                identifier: null,
                role: "gérant",
                start: "2021-06-08",
                end: null,
                representative: null,
              },
            },
            detached: [],
          },
        },
      },
    };
    const { plan, outcomes } = planWrite(state, data, options);
    const written = plan.tables.find((t) => t.id === "directors")!;
    expect(written.create).toBe(false);
    expect(written.body[1]).toEqual([null, null, null, null, null, null, null, "Manuel", ""]);
    expect(written.numberFormats[1]).toEqual([null, null, null, null, null, null, null, "@", "@"]);
    // Each row is the table's row it was: nothing moves, nothing is rewritten elsewhere.
    expect(written.fromRows).toEqual([0, 1]);
    // The imported row's cells already have the formats their values need: left as they are.
    expect(written.numberFormats[0]).toEqual([null, null, null, null, null, null, null, null, null]);
    expect(outcomes.find((o) => o.table === "directors")).toMatchObject({ changes: [], keptManual: 1 });
    // The other tables are new and go right of what the sheet already uses.
    expect(plan.tables.find((t) => t.id === "identification")).toMatchObject({ create: true, column: 15 });
  });
});
