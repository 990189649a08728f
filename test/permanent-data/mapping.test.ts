import type { CompanyData } from "../../src/adminpulse";
import type { Link, Relation } from "../../src/adminpulse/types";
import { relationSchema } from "../../src/adminpulse/contract";
import { mapCompany } from "../../src/permanent-data/mapping";
import { toTableRows } from "../../src/permanent-data/rows";
import { SEED_COMPANIES, createSeed } from "../../sandbox/seed";
import { startSandbox } from "../support/sandbox";

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
function link(partial: Partial<Link> & Pick<Link, "role" | "relationId">): Link {
  return {
    linkType: { beneficiary: 2, director: 4, partner: 5, shareholder: 6, auditor: 7, control: 8, other: 1 }[partial.role],
    startDate: null,
    endDate: null,
    roleText: null,
    representativeId: null,
    shares: null,
    votingRights: null,
    underOption: null,
    ireNumber: null,
    comment: null,
    ...partial,
  };
}
function data(company: Relation, related: Relation[], extra: Partial<CompanyData> = {}): CompanyData {
  return { company, related: new Map(related.map((r) => [r.id, r])), missing: [], unknownLinkTypes: new Map(), ...extra };
}

const zoe = relation({ id: "p1", name: "Zoë Dubois", kind: "Person", firstName: "Zoë", lastName: "Dubois", nationalNumber: "85.07.30-033.28" });
const jan = relation({ id: "p2", name: "Jan Peeters", kind: "Person", firstName: "Jan", lastName: "Peeters" });
const holdco = relation({ id: "c2", name: "Holding Dubois SA", kind: "Company", enterpriseNumber: "0403170701" });
const firm = relation({ id: "c3", name: "Réviseurs Associés", kind: "Company" });

describe("mapCompany", () => {
  const company = relation({
    id: "c1",
    name: "  L'Atelier Zoë SRL ",
    kind: "Company",
    legalForm: "SRL",
    enterpriseNumber: "0566988259",
    language: "fr",
    address: { street: "Rue de la Station", number: "12", box: " ", postalCode: "5000", city: "Namur", country: "be" },
    fiscalYearEnd: "2025-12-31",
    generalMeetingDate: "2026-06-09",
    totalShares: 1000,
    totalVotingRights: 800,
    links: [
      link({ role: "director", relationId: "p1", roleText: "Administrateur délégué", startDate: "2021-06-08" }),
      link({ role: "director", relationId: "c2", roleText: "Bestuurder", representativeId: "p2" }),
      link({ role: "director", relationId: "p1", roleText: "Voorzitter", startDate: "2023-01-01" }),
      link({ role: "shareholder", relationId: "p1", shares: 600, votingRights: 600 }),
      link({ role: "shareholder", relationId: "c2", shares: 400, votingRights: 200, underOption: true }),
      link({ role: "auditor", relationId: "c3", startDate: "2024-06-11", endDate: "2027-06-08", ireNumber: "B00123" }),
      link({ role: "shareholder", relationId: "gone", shares: 1 }),
      link({ role: "other", relationId: "p2", linkType: 1 }),
    ],
  });
  const mapped = mapCompany(data(company, [zoe, jan, holdco, firm], { missing: ["gone"], unknownLinkTypes: new Map([[99, 2]]) }));

  it("maps the identity, trimming and normalising", () => {
    expect(mapped.company).toEqual({
      adminPulseId: "c1",
      soleProprietor: false,
      name: "L'Atelier Zoë SRL",
      enterpriseNumber: "0566988259",
      legalForm: { raw: "SRL", code: "610", preCsa: false },
      address: { street: "Rue de la Station", number: "12", box: null, postalCode: "5000", city: "Namur", country: "BE" },
      fiscalYearEnd: "2025-12-31",
      generalMeetingDate: "2026-06-09",
      language: "FR",
      totalShares: 1000,
      totalVotes: 800,
    });
  });

  it("maps directors with canonical roles, a legal person with its representative, repeated mandates", () => {
    expect(mapped.directors).toEqual([
      {
        link: "director:p1@2021-06-08",
        partyId: "p1",
        role: "managing-director",
        roleText: "Administrateur délégué",
        start: "2021-06-08",
        end: null,
        representativeId: null,
      },
      { link: "director:c2", partyId: "c2", role: "director", roleText: "Bestuurder", start: null, end: null, representativeId: "p2" },
      { link: "director:p1@2023-01-01", partyId: "p1", role: "chair", roleText: "Voorzitter", start: "2023-01-01", end: null, representativeId: null },
    ]);
  });

  it("gives each mandate the same link whatever order AdminPulse lists them in", () => {
    const reversed = mapCompany(data({ ...company, links: [...company.links].reverse() }, [zoe, jan, holdco, firm]));
    const ids = (d: typeof mapped) => d.directors.map((x) => `${x.link} ${x.role}`).sort();
    expect(ids(reversed)).toEqual(ids(mapped));
    const twins = mapCompany(data({ ...company, links: [link({ role: "director", relationId: "p1" }), link({ role: "director", relationId: "p1" })] }, [zoe]));
    expect(twins.directors.map((d) => d.link)).toEqual(["director:p1@", "director:p1@#2"]);
  });

  it("keeps a foreign party's number as written, and reads an untyped relation with only a name as a person", () => {
    const sirenCo = relation({
      id: "f1",
      name: "Société Lilloise SAS",
      kind: "Company",
      enterpriseNumber: "552100554",
      address: { ...NO_ADDRESS, country: "FR" },
    });
    const nameOnly = relation({ id: "u1", name: "Someone", kind: "Unknown" });
    const solo = relation({
      id: "x",
      name: "X",
      kind: "Company",
      links: [link({ role: "shareholder", relationId: "f1" }), link({ role: "shareholder", relationId: "u1" })],
    });
    const result = mapCompany(data(solo, [sirenCo, nameOnly]));
    expect(result.parties.map((p) => [p.enterpriseNumber, p.kind])).toEqual([
      ["552100554", "legal"],
      [null, "natural"],
    ]);
  });

  it("derives percentages from the company's totals: 600/1000 = 60 %, 200/800 = 25 % of votes", () => {
    expect(mapped.shareholders).toEqual([
      {
        link: "shareholder:p1",
        partyId: "p1",
        shares: 600,
        votes: 600,
        percentShares: 60,
        percentVotes: 75,
        underOption: false,
        right: "full",
        partner: null,
        treasury: false,
      },
      {
        link: "shareholder:c2",
        partyId: "c2",
        shares: 400,
        votes: 200,
        percentShares: 40,
        percentVotes: 25,
        underOption: true,
        right: "full",
        partner: null,
        treasury: false,
      },
    ]);
  });

  it("maps auditors, parties once each, and reports what it skipped", () => {
    expect(mapped.auditors).toEqual([
      { link: "auditor:c3", partyId: "c3", start: "2024-06-11", end: "2027-06-08", ireNumber: "B00123", representativeId: null },
    ]);
    expect(mapped.parties.map((p) => [p.adminPulseId, p.kind])).toEqual([
      ["p1", "natural"],
      ["c2", "legal"],
      ["p2", "natural"],
      ["c3", "legal"],
    ]);
    expect(mapped.parties[0]).toMatchObject({ nationalNumber: "85073003328", firstName: "Zoë" });
    expect(mapped.diagnostics).toEqual({ unknownLinkTypes: { 99: 2 }, missingParties: ["gone"], ignoredForSoleProprietor: 0 });
  });

  it("a sole proprietor has no directors or shareholders", () => {
    const solo = relation({
      id: "s1",
      name: "Dupont Marc",
      kind: "SoleProprietor",
      legalForm: "SRL",
      links: [link({ role: "director", relationId: "p1" }), link({ role: "shareholder", relationId: "p1", shares: 1 })],
    });
    const result = mapCompany(data(solo, [zoe]));
    expect(result.company).toMatchObject({ soleProprietor: true, legalForm: null });
    expect(result.directors).toEqual([]);
    expect(result.shareholders).toEqual([]);
    expect(result.parties).toEqual([]);
    expect(result.diagnostics.ignoredForSoleProprietor).toBe(2);
  });

  it("anything missing becomes empty, never a crash", () => {
    const bare = relation({ id: "x", name: "", kind: "Unknown", links: [link({ role: "shareholder", relationId: "p1" })] });
    const result = mapCompany(data(bare, [zoe]));
    expect(result.company).toMatchObject({ name: "", enterpriseNumber: null, legalForm: null, totalShares: null, address: NO_ADDRESS });
    expect(result.shareholders[0]).toMatchObject({ shares: null, percentShares: null, percentVotes: null });
  });
});

/** A company's links as AdminPulse sends them, through the contract's schema (so the wire names are tested too). */
function fromWire(tos: Record<string, unknown>[], extra: Record<string, unknown> = {}): Relation {
  return relationSchema.parse({
    uniqueIdentifier: "c1",
    name: "Famille Dubois SRL",
    type: "Company",
    legalForm: "SRL",
    companyNumber: "0566988259",
    totalShares: 1000,
    totalVotingRights: 1000,
    tos,
    ...extra,
  });
}

describe("ownership rights", () => {
  const people = [zoe, jan, relation({ id: "p3", name: "Lou Dubois", kind: "Person" }), holdco];

  it("reads each value of ownershipRights; absent, null or unknown is full ownership, the unknown counted", () => {
    const company = fromWire([
      { linkType: 6, uniqueIdentifier: "p1", shares: 100, votingRights: 100, ownershipRights: "FullOwnership" },
      { linkType: 6, uniqueIdentifier: "p2", shares: 100, votingRights: 100, ownershipRights: "Usufruct" },
      { linkType: 6, uniqueIdentifier: "p3", shares: 100, votingRights: 0, ownershipRights: "BareOwnership" },
      { linkType: 6, uniqueIdentifier: "c2", shares: 100, votingRights: 100 },
      { linkType: 6, uniqueIdentifier: "p1", shares: 100, votingRights: 100, ownershipRights: null, startDate: "2020-01-01" },
      { linkType: 6, uniqueIdentifier: "p2", shares: 100, votingRights: 100, ownershipRights: "Pledge", startDate: "2020-01-01" },
      { linkType: 6, uniqueIdentifier: "p3", shares: 100, votingRights: 100, ownershipRights: 3, startDate: "2020-01-01" },
      { linkType: 6, uniqueIdentifier: "c2", shares: 100, votingRights: 100, ownershipRights: "bare_ownership", startDate: "2020-01-01" },
    ]);
    expect(company.links.map((l) => [l.ownershipRight, l.ownershipRightText])).toEqual([
      ["full", null],
      ["usufruct", null],
      ["bare", null],
      [null, null],
      [null, null],
      [null, "Pledge"],
      [null, "3"],
      ["bare", null],
    ]);
    const mapped = mapCompany(data(company, people));
    expect(mapped.shareholders.map((h) => h.right)).toEqual(["full", "usufruct", "bare", "full", "full", "full", "full", "bare"]);
    expect(mapped.diagnostics.unknownOwnershipRights).toEqual({ Pledge: 1, 3: 1 });
  });

  it("no diagnostic when every value is known", () => {
    const mapped = mapCompany(data(fromWire([{ linkType: 6, uniqueIdentifier: "p1", shares: 1000, votingRights: 1000 }]), people));
    expect(mapped.diagnostics).toEqual({ unknownLinkTypes: {}, missingParties: [], ignoredForSoleProprietor: 0 });
  });

  it("split ownership: usufruct shown beside the bare ownership it bears on; the votes go to the usufructuary", () => {
    // Zoë gave the bare ownership of her 600 shares to her children and kept the usufruct; Jan holds 400.
    const company = fromWire([
      { linkType: 6, uniqueIdentifier: "p1", shares: 600, votingRights: 600, ownershipRights: "Usufruct" },
      { linkType: 6, uniqueIdentifier: "p2", shares: 300, votingRights: 300, ownershipRights: "BareOwnership" },
      { linkType: 6, uniqueIdentifier: "p3", shares: 300, votingRights: 300, ownershipRights: "BareOwnership" },
      { linkType: 6, uniqueIdentifier: "c2", shares: 400, votingRights: 400 },
    ]);
    const mapped = mapCompany(data(company, people));
    expect(mapped.shareholders.map((h) => [h.right, h.percentShares, h.percentVotes])).toEqual([
      ["usufruct", 60, 60],
      ["bare", 30, null],
      ["bare", 30, null],
      ["full", 40, 40],
    ]);
  });

  it("the data says otherwise: usufruct recording no votes, the bare owners' votes count", () => {
    const company = fromWire([
      { linkType: 6, uniqueIdentifier: "p1", shares: 600, votingRights: 0, ownershipRights: "Usufruct" },
      { linkType: 6, uniqueIdentifier: "p2", shares: 600, votingRights: 600, ownershipRights: "BareOwnership" },
      { linkType: 6, uniqueIdentifier: "c2", shares: 400, votingRights: 400 },
    ]);
    expect(mapCompany(data(company, people)).shareholders.map((h) => h.percentVotes)).toEqual([0, 60, 40]);
  });

  it("treasury shares: the company's link to itself, counted in shares, its votes suspended", () => {
    const company = fromWire(
      [
        { linkType: 6, uniqueIdentifier: "p1", shares: 950, votingRights: 950 },
        { linkType: 6, uniqueIdentifier: "c1", shares: 50, votingRights: 50, comment: "Actions propres" },
      ],
      { totalVotingRights: 1000 },
    );
    const mapped = mapCompany(data(company, [zoe]));
    expect(mapped.shareholders.map((h) => [h.partyId, h.treasury, h.percentShares, h.percentVotes])).toEqual([
      ["p1", false, 95, 100],
      ["c1", true, 5, null],
    ]);
    expect(mapped.parties.map((p) => p.adminPulseId)).toEqual(["p1", "c1"]);
    // A total of votes that already leaves them out, the treasury link recording 0 votes.
    const net = mapCompany(
      data(
        fromWire(
          [
            { linkType: 6, uniqueIdentifier: "p1", shares: 950, votingRights: 950 },
            { linkType: 6, uniqueIdentifier: "c1", shares: 50, votingRights: 0 },
          ],
          { totalVotingRights: 950 },
        ),
        [zoe],
      ),
    );
    expect(net.shareholders.map((h) => h.percentVotes)).toEqual([100, null]);
  });

  it("partners of an SNC/SComm (link type 5): holdings with their title, general and limited told apart by their words", () => {
    const company = fromWire(
      [
        { linkType: 5, uniqueIdentifier: "p1", function: "Associé commandité" },
        { linkType: 5, uniqueIdentifier: "p2", comment: "Stille vennoot", shares: 10 },
        { linkType: 5, uniqueIdentifier: "p3", comment: "Vennoot" },
        { linkType: 5, uniqueIdentifier: "c2", function: "General partner" },
      ],
      { legalForm: "SComm", totalShares: null, totalVotingRights: null },
    );
    expect(company.links.map((l) => l.role)).toEqual(["partner", "partner", "partner", "partner"]);
    const mapped = mapCompany(data(company, people));
    expect(mapped.shareholders.map((h) => [h.link, h.partner, h.right, h.shares])).toEqual([
      ["partner:p1", "general", "full", null],
      ["partner:p2", "limited", "full", 10],
      ["partner:p3", "partner", "full", null],
      ["partner:c2", "general", "full", null],
    ]);
    expect(mapped.diagnostics.unknownLinkTypes).toEqual({});
  });
});

describe("roles of their own: liquidator, sole director, general partner", () => {
  const company = relation({
    id: "c1",
    name: "Atelier Zoë SRL en liquidation",
    kind: "Company",
    legalForm: "SRL",
    links: [
      link({ role: "director", relationId: "p1", roleText: "Liquidateur", startDate: "2025-04-01" }),
      link({ role: "director", relationId: "p2", roleText: "Administrateur unique" }),
      link({ role: "director", relationId: "c2", roleText: "Associé commandité" }),
      link({ role: "partner", relationId: "c2", roleText: "Associé commandité" }),
    ],
  });
  const mapped = mapCompany(data(company, [zoe, jan, holdco]));

  it("keeps the role AdminPulse names, not the director's", () => {
    expect(mapped.directors.map((d) => [d.partyId, d.role])).toEqual([
      ["p1", "liquidator"],
      ["p2", "sole-director"],
      ["c2", "general-partner"],
    ]);
  });

  it.each([
    ["fr", ["liquidateur", "administrateur unique", "associé commandité"]],
    ["nl", ["vereffenaar", "enige bestuurder", "beherend vennoot"]],
    ["en", ["liquidator", "sole director", "general partner"]],
  ] as const)("shows each with its own word in the Directors table (%s)", (language, words) => {
    expect(toTableRows(mapped, language).directors.map((r) => r.cells.role)).toEqual(words);
  });

  it("a general partner on a director and a partner link has his title once in the relations' roles", () => {
    const roles = (language: "fr" | "nl" | "en") => toTableRows(mapped, language).relations.map((r) => [r.cells.name, r.cells.roles]);
    expect(roles("fr")).toEqual([
      ["Zoë Dubois", "liquidateur"],
      ["Jan Peeters", "administrateur unique"],
      ["Holding Dubois SA", "associé commandité"],
    ]);
    expect(roles("en").map(([, words]) => words)).toEqual(["liquidator", "sole director", "general partner"]);
  });
});

describe("every seeded sandbox company, through the real client", () => {
  it("maps without error, with what each one should have", async () => {
    const env = await startSandbox({ knobs: { rateLimit: { calls: 1_000_000, windowMs: 60_000, retryAfter: true } } });
    try {
      const client = env.client({ token: "sandbox-demo-token", rateLimit: { calls: 1_000_000, windowMs: 60_000 }, concurrency: 16 });
      const clients = createSeed().relations.filter((r) => r.status === "Customer");
      expect(clients.length).toBeGreaterThanOrEqual(25);
      const byNumber = new Map<string, ReturnType<typeof mapCompany>>();
      for (const c of clients) {
        const mapped = mapCompany(await client.fetchCompany(c.companyNumber!));
        expect(mapped.company.name).toBe(c.name);
        expect(mapped.diagnostics.missingParties).toEqual([]);
        byNumber.set(c.companyNumber!, mapped);
      }
      const get = (key: keyof typeof SEED_COMPANIES) => byNumber.get(SEED_COMPANIES[key])!;
      expect(get("soleProprietor")).toMatchObject({ directors: [], shareholders: [], company: { soleProprietor: true } });
      expect(get("coop2000").shareholders).toHaveLength(2000);
      const coopTotal = get("coop2000").shareholders.reduce((sum, h) => sum + (h.percentShares ?? 0), 0);
      expect(coopTotal).toBeCloseTo(100, 6);
      const corporate = get("corporateDirector");
      const legalDirector = corporate.directors.find((d) => corporate.parties.find((p) => p.adminPulseId === d.partyId)?.kind === "legal");
      expect(legalDirector?.representativeId).toBeTruthy();
      expect(corporate.parties.find((p) => p.adminPulseId === legalDirector!.representativeId)?.kind).toBe("natural");
      expect(get("auditorFirm").auditors).toEqual([expect.objectContaining({ start: "2024-06-11", end: "2027-06-08", ireNumber: "B00123" })]);
      expect(get("bvbaPre2019").company.legalForm).toMatchObject({ preCsa: true });
      expect(get("saBoard").directors.map((d) => d.role)).toContain("chair");
      expect(get("nameStartsWithEquals").company.name.startsWith("=")).toBe(true);
      expect(get("saBoard").diagnostics.unknownLinkTypes).toEqual({ 99: 1 });
    } finally {
      await env.sandbox.close();
    }
  }, 120_000);
});
