// The probe's pure parts, on hand-made answers: date patterns, which keys may be named, which field
// is suggested for a missing one, what paging and filter answers prove, and the analysis of
// answers that differ from the contract in ways the sandbox's knobs do not play.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WIRE_NAMES } from "../../src/adminpulse/contract";
import { analyse } from "../../src/probe/analyse";
import { datePattern } from "../../src/probe/date-pattern";
import { FILTER_NOT_TESTED, filterEvidence, paginationEvidence } from "../../src/probe/evidence";
import { isReportableName, nameWords } from "../../src/probe/field-names";
import { Observations } from "../../src/probe/observations";
import type { ProbeReport } from "../../src/probe/report";
import { chooseCompanies, chooseRelated } from "../../src/probe/sample";
import { rank } from "../../src/probe/suggest";
import { retryAfterForm } from "../../src/probe/traffic";
import type { Json } from "../../src/probe/wire-access";

describe("date patterns", () => {
  it.each([
    ["2025-12-31", "yyyy-MM-dd"],
    ["2026-06-09T18:00:00", "yyyy-MM-ddTHH:mm:ss"],
    ["2026-06-09T18:00", "yyyy-MM-ddTHH:mm"],
    ["2026-06-09 18:00:00", "yyyy-MM-dd HH:mm:ss"],
    ["2026-06-09T18:00:00.1234567", "yyyy-MM-ddTHH:mm:ss.fffffff"],
    ["2026-06-09T18:00:00Z", "yyyy-MM-ddTHH:mm:ssZ"],
    ["2026-06-09T18:00:00+02:00", "yyyy-MM-ddTHH:mm:ss±HH:mm"],
    ["09/06/2026", "dd/MM/yyyy"],
    ["09.06.2026 18:00", "dd.MM.yyyy HH:mm"],
    ["/Date(1735603200000)/", "/Date(ms)/"],
    ["/Date(1735603200000+0100)/", "/Date(ms±HHmm)/"],
  ])("%s → %s", (value, pattern) => {
    expect(datePattern(value)).toBe(pattern);
  });

  it.each(["0566988259", "55100911366", "Rue de la Station", "2800", "B00123", "", "2026-13"])("%s is no date", (value) => {
    expect(datePattern(value)).toBeNull();
  });
});

describe("field names", () => {
  it.each(["nextGeneralMeeting", "tos", "$id", "@odata.type", "address_line_1", "ireNumber"])("names %s", (key) => {
    expect(isReportableName(key)).toBe(true);
  });
  it.each(["0566988259", "BE0566988259", "Jan Peeters", "00000000-0000-4000-8000-200000000001", "year2026", "", "a\u001b[2J"])(
    "counts %s without naming it",
    (key) => {
      expect(isReportableName(key)).toBe(false);
    },
  );
  it("splits names into words", () => {
    expect(nameWords("nextGeneralMeeting")).toEqual(["next", "general", "meeting"]);
    expect(nameWords("IRENumber")).toEqual(["ire", "number"]);
    expect(nameWords("ire_number")).toEqual(["ire", "number"]);
  });
});

describe("suggestions", () => {
  const stats = (kinds: Record<string, number>, datePatterns: Record<string, number> = {}) => ({
    count: Object.values(kinds).reduce((a, b) => a + b, 0),
    kinds,
    notDates: 0,
    datePatterns: new Map(Object.entries(datePatterns)),
  });
  const date = { name: "nextGeneralMeeting", accepts: ["string"] as const, date: true as const };

  it("a date field's new name holds dates, and shares words with it", () => {
    const result = rank(date, [
      { name: "remark", stats: stats({ string: 4 }) },
      { name: "generalMeetingDate", stats: stats({ string: 3, null: 5 }, { "yyyy-MM-ddTHH:mm:ss": 3 }) },
      { name: "createdOn", stats: stats({ string: 8 }, { "yyyy-MM-ddTHH:mm:ss": 8 }) },
    ]);
    expect(result).toEqual({ ordered: ["generalMeetingDate", "createdOn", "remark"], suggestion: "generalMeetingDate" });
  });

  it("the only field that fits is suggested whatever its name; two that fit equally, none", () => {
    const links = { name: "tos", accepts: ["array"] as const };
    expect(
      rank(links, [
        { name: "links", stats: stats({ array: 3 }) },
        { name: "label", stats: stats({ string: 3 }) },
      ]).suggestion,
    ).toBe("links");
    expect(
      rank(links, [
        { name: "links", stats: stats({ array: 3 }) },
        { name: "tags", stats: stats({ array: 3 }) },
      ]).suggestion,
    ).toBeNull();
    expect(rank(date, [{ name: "remark", stats: stats({ string: 3 }) }]).suggestion).toBeNull();
  });
});

describe("paging and filter evidence", () => {
  const item = (id: string, number: string | null = null): Json => ({ uniqueIdentifier: id, companyNumber: number, tos: [] });
  const page = (ids: string[], envelope: Json) => ({ results: ids.map((id) => item(id)), ...envelope });
  const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `r${from + i}`);

  it("a server that follows page and pageSize", () => {
    const first = page(ids(0, 60), { currentPage: 0, pageCount: 3, pageSize: 60, totalRowCount: 150 });
    const second = page(ids(60, 60), { currentPage: 1, pageCount: 3, pageSize: 60, totalRowCount: 150 });
    const last = { page: 2, body: page(ids(120, 30), { currentPage: 2, pageCount: 3, pageSize: 60, totalRowCount: 150 }) };
    expect(paginationEvidence(60, first, second, last)).toEqual({
      pageSizeRequested: 60,
      pageSizeAnswered: 60,
      itemsOnFirstPage: 60,
      pageSizeHonoured: true,
      pageHonoured: true,
      currentPageMatches: true,
      pageCountConsistent: true,
    });
  });

  it("a server that ignores pageSize, repeats page 0, and counts pages otherwise", () => {
    const first = page(ids(0, 100), { currentPage: 0, pageCount: 5, pageSize: 100, totalRowCount: 150 });
    const same = page(ids(0, 100), { currentPage: 0, pageCount: 5, pageSize: 100, totalRowCount: 150 });
    expect(paginationEvidence(60, first, same)).toMatchObject({
      pageSizeHonoured: false,
      pageHonoured: false,
      currentPageMatches: false,
      pageCountConsistent: false,
    });
  });

  it("one short page is the whole list; without an envelope nothing is claimed", () => {
    expect(paginationEvidence(60, page(ids(0, 7), { currentPage: 0, pageCount: 1, pageSize: 60, totalRowCount: 7 }), null)).toMatchObject({
      pageSizeHonoured: true,
      pageHonoured: null,
      pageCountConsistent: true,
    });
    expect(paginationEvidence(60, page(ids(0, 7), {}), null)).toMatchObject({ pageSizeHonoured: null, currentPageMatches: null, pageCountConsistent: null });
  });

  it("the filter: honoured, ignored, or finding nothing", () => {
    const answer = (numbers: Array<string | null>) => ({ results: numbers.map((n, i) => item(`r${i}`, n)) });
    expect(filterEvidence(answer(["0566.988.259"]), "0566988259")).toEqual({ behaviour: "honoured", results: 1, matching: 1 });
    expect(filterEvidence(answer(["0566988259", "0403587108", null]), "0566988259")).toEqual({ behaviour: "ignored", results: 3, matching: 1 });
    expect(filterEvidence(answer([]), "0566988259")).toEqual({ behaviour: "finds-nothing", results: 0, matching: 0 });
  });
});

describe("retry-after forms", () => {
  it("names the form, never the value", () => {
    expect([retryAfterForm("30"), retryAfterForm("Wed, 21 Oct 2026 07:28:00 GMT"), retryAfterForm("soon"), retryAfterForm(null)]).toEqual([
      "seconds",
      "http-date",
      "other",
      null,
    ]);
  });
});

describe("analysis of answers the sandbox's knobs do not play", () => {
  const company = (over: Json = {}): Json => ({
    uniqueIdentifier: "c1",
    id: "1",
    code: "C1",
    name: "Boulangerie Dupont SRL",
    type: "Company",
    legalForm: "SRL",
    companyNumber: "0566988259",
    vatNumber: "BE0566988259",
    status: "Customer",
    nationalNumber: null,
    firstName: null,
    lastName: null,
    language: "FR",
    address: { street: "Rue de la Station", number: "12", box: null, postalCode: "5000", city: "Namur", country: "BE" },
    fiscalYearEnd: "2025-12-31",
    nextGeneralMeeting: "2026-06-09T18:00:00",
    totalShares: 1000,
    totalVotingRights: 1000,
    tos: [
      { linkType: 4, uniqueIdentifier: "p1", startDate: "2021-06-08", endDate: null, function: "Gérant" },
      { linkType: 6, uniqueIdentifier: "p1", shares: 600, votingRights: 600, underOption: false },
      { linkType: 7, uniqueIdentifier: "a1", startDate: "2024-06-11", endDate: "2027-06-08", ireNumber: "B00123" },
    ],
    ...over,
  });
  const listOf = (relation: Json) => ({
    results: [{ ...relation, tos: (relation.tos as Json[]).map((l) => ({ linkType: l.linkType, uniqueIdentifier: l.uniqueIdentifier })) }],
    currentPage: 0,
    pageCount: 1,
    pageSize: 60,
    totalRowCount: 1,
  });

  function analyseAnswers(relation: Json): ProbeReport {
    const observations = new Observations();
    observations.page(listOf(company()));
    observations.relation(relation);
    return analyse({
      sample: {
        observations,
        pagination: paginationEvidence(60, listOf(company()), null),
        filter: FILTER_NOT_TESTED,
        details: { answered: 1, notFound: 0 },
        stoppedBy: null,
        stopError: null,
      },
      traffic: { sent: 2, budget: 40, statuses: new Map([[200, 2]]), networkFailures: 0, timesMs: [5, 9], answers429: 0, retryAfter: new Map() },
      baseUrl: "https://api.adminpulse.be",
    });
  }
  const named = (report: ProbeReport, place: string, name: string) => report.names.find((n) => n.place === place && n.name === name);

  it("a company as the contract shows it: nothing differs", () => {
    const report = analyseAnswers(company());
    expect(report.differences).toEqual([]);
    expect(report.verdict).toBe("as-expected");
    expect(report.address).toBe("adminpulse");
    expect(report.responseTimesMs).toEqual({ min: 5, median: 7, max: 9 });
    expect(report.names.filter((n) => n.kind === "field" && n.status === "not-sampled")).toEqual([]);
  });

  it("a date in another format, a number sent as text: found with another type", () => {
    const report = analyseAnswers(company({ nextGeneralMeeting: "09/06/2026 18:00", totalShares: "1000" }));
    expect(named(report, "relation", "nextGeneralMeeting")).toMatchObject({
      status: "other-type",
      notDates: 1,
      datePatterns: { "dd/MM/yyyy HH:mm": 1 },
      types: { string: 1 },
    });
    expect(named(report, "relation", "totalShares")).toMatchObject({ status: "other-type", expected: "number", types: { string: 1 } });
    expect(report.differences.map((d) => `${d.place}.${d.name}: ${d.status}`)).toEqual([
      "relation.nextGeneralMeeting: other-type",
      "relation.totalShares: other-type",
    ]);
  });

  it("relation types spelt otherwise: the contract's values absent, the others counted and never shown", () => {
    const report = analyseAnswers(company({ type: "LegalEntityKind" }));
    expect(report.differences.filter((d) => d.kind === "value").map((d) => d.name)).toEqual(["Company", "SoleProprietor", "Person"]);
    expect(named(report, "relation.type", "Company")).toMatchObject({ status: "absent", otherValues: 1 });
    expect(JSON.stringify(report)).not.toContain("LegalEntityKind");
  });

  it("keys shaped like data are counted, never named; a field left out when empty is not a difference", () => {
    const report = analyseAnswers(company({ "0566988259": { x: 1 }, "Jan Peeters": "owner" }));
    expect(report.places.find((p) => p.place === "relation")).toMatchObject({ unnamedFields: 2, unexpectedFields: [] });
    expect(JSON.stringify(report)).not.toMatch(/0566988259|Jan Peeters/);
    expect(named(report, "relation.tos[]", "comment")).toMatchObject({ status: "not-seen" });
    expect(report.verdict).toBe("as-expected");
  });

  it("every source the report names is a declaration of contract.ts (what docs/calibration.md says to edit)", () => {
    const contract = readFileSync(join(__dirname, "../../src/adminpulse/contract.ts"), "utf8");
    for (const source of new Set(WIRE_NAMES.map((wire) => wire.source))) {
      expect(`${source}: ${new RegExp(`^(?:export )?const ${source.split(".")[0]}\\b`, "m").test(contract)}`).toBe(`${source}: true`);
    }
  });

  it("every wire name of contract.ts is in the report, once per place", () => {
    const report = analyseAnswers(company());
    expect(report.names).toHaveLength(WIRE_NAMES.length);
    const keys = report.names.map((n) => `${n.kind} ${n.place} ${n.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("choosing the sample", () => {
  const item = (id: string, codes: number[]): Json => ({
    uniqueIdentifier: id,
    tos: codes.map((linkType, i) => ({ linkType, uniqueIdentifier: `${id}-${i}` })),
  });

  it("companies that add link types, the smaller of equals; the first items when none shows links", () => {
    const coop = item("coop", [4, 6, ...Array<number>(2000).fill(6)]);
    const items = [item("p1", []), coop, item("small", [4, 6]), item("board", [4, 6, 2]), item("audited", [4, 7]), item("partners", [5])];
    expect(chooseCompanies(items, 3)).toEqual(["board", "partners", "audited"]);
    expect(chooseCompanies(items, 5)).toEqual(["board", "partners", "audited", "small", "coop"]);
    expect(chooseCompanies([item("a", []), item("b", [])], 6)).toEqual(["a", "b"]);
  });

  it("related relations in turns across link types, the used types first, contacts skipped", () => {
    const company: Json = {
      tos: [
        { linkType: 6, uniqueIdentifier: "s1" },
        { linkType: 6, uniqueIdentifier: "s2" },
        { linkType: 1, uniqueIdentifier: "contact" },
        { linkType: 99, uniqueIdentifier: "odd" },
        { linkType: 4, uniqueIdentifier: "d1", representativeUniqueIdentifier: "rep" },
        { linkType: 4, uniqueIdentifier: "s1" },
      ],
    };
    // Directors first (d1 was read already: s1), shareholders (s1 taken: s2), the unknown type, the representative.
    expect(chooseRelated([company], new Set(["d1"]))).toEqual(["s1", "s2", "odd", "rep"]);
    expect(chooseRelated([company], new Set(), 1)).toEqual(["d1", "s1", "odd", "rep"]);
  });
});
