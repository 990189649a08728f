import { mergeTable } from "../../src/permanent-data/merge";
import type { PermanentData } from "../../src/permanent-data/model";
import { IMPORTED_COLUMNS, oneLineAddress, toTableRows } from "../../src/permanent-data/rows";

const address = { street: "Rue de la Station", number: "12", box: "B", postalCode: "5000", city: "Namur", country: "BE" };
const data: PermanentData = {
  company: {
    adminPulseId: "c1",
    soleProprietor: false,
    name: "=SUM(A1) Consulting SRL",
    enterpriseNumber: "0566988259",
    legalForm: { raw: "SRL", code: "610", preCsa: false },
    address,
    fiscalYearEnd: "2025-12-31",
    generalMeetingDate: "2026-06-09",
    language: "FR",
    totalShares: 3,
    totalVotes: 3,
  },
  parties: [
    {
      adminPulseId: "p1",
      kind: "natural",
      name: "Zoë Dubois",
      firstName: "Zoë",
      lastName: "Dubois",
      enterpriseNumber: null,
      nationalNumber: "85073003328",
      address,
    },
    {
      adminPulseId: "c2",
      kind: "legal",
      name: "Holding SA",
      firstName: null,
      lastName: null,
      enterpriseNumber: "0403170701",
      nationalNumber: null,
      address: { ...address, box: null, country: "FR", postalCode: "59000", city: "Lille" },
    },
    { adminPulseId: "p2", kind: "natural", name: "Jan Peeters", firstName: "Jan", lastName: "Peeters", enterpriseNumber: null, nationalNumber: null, address },
  ],
  directors: [
    {
      link: "director:p1",
      partyId: "p1",
      role: "managing-director",
      roleText: "Administrateur délégué",
      start: "2021-06-08",
      end: null,
      representativeId: null,
    },
    { link: "director:c2", partyId: "c2", role: "director", roleText: null, start: null, end: "2027-06-30", representativeId: "p2" },
  ],
  shareholders: [
    {
      link: "shareholder:p1",
      partyId: "p1",
      shares: 1,
      votes: 1,
      percentShares: 100 / 3,
      percentVotes: 100 / 3,
      underOption: false,
      right: "full",
      partner: null,
      treasury: false,
    },
    {
      link: "shareholder:c2",
      partyId: "c2",
      shares: 2,
      votes: 2,
      percentShares: 200 / 3,
      percentVotes: 200 / 3,
      underOption: false,
      right: "full",
      partner: null,
      treasury: false,
    },
  ],
  auditors: [],
  beneficialOwnership: { registered: [], control: [], owners: {}, complete: true, parties: [] },
  diagnostics: { unknownLinkTypes: {}, missingParties: [], ignoredForSoleProprietor: 0 },
};

describe("toTableRows", () => {
  const fr = toTableRows(data, "fr");
  const nl = toTableRows(data, "nl");

  it("identification: one row per field, in the language asked, values formatted the Belgian way", () => {
    const value = (key: string) => fr.identification.find((r) => r.link === key)?.cells;
    expect(value("CompanyName")).toEqual({ key: "CompanyName", field: "Dénomination", value: "=SUM(A1) Consulting SRL" });
    expect(value("EnterpriseNumber")?.value).toBe("0566.988.259");
    expect(value("LegalForm")?.value).toBe("SRL – société à responsabilité limitée");
    expect(value("GeneralMeetingDate")?.value).toBe("2026-06-09");
    expect(nl.identification.find((r) => r.link === "LegalForm")?.cells.value).toBe("BV – besloten vennootschap");
    expect(fr.identification.map((r) => r.link)).not.toContain("LastSync");
  });

  it("directors: party, role words, dates, the permanent representative by name", () => {
    expect(fr.directors).toEqual([
      {
        link: "director:p1",
        cells: {
          name: "Zoë Dubois",
          kind: "Personne physique",
          identifier: "85.07.30-033.28",
          role: "administrateur délégué",
          start: "2021-06-08",
          end: "",
          representative: "",
        },
      },
      {
        link: "director:c2",
        cells: {
          name: "Holding SA",
          kind: "Personne morale",
          identifier: "0403.170.701",
          role: "administrateur",
          start: "",
          end: "2027-06-30",
          representative: "Jan Peeters",
        },
      },
    ]);
    expect(nl.directors[0]!.cells).toMatchObject({ kind: "Natuurlijke persoon", role: "gedelegeerd bestuurder" });
  });

  it("shareholders: percentages as fractions, without float noise", () => {
    expect(fr.shareholders.map((r) => [r.cells.percentShares, r.cells.percentVotes])).toEqual([
      [0.3333333333, 0.3333333333],
      [0.6666666667, 0.6666666667],
    ]);
  });

  it("shareholders: the Right column, after the identifier, in each language", () => {
    expect(Object.keys(fr.shareholders[0]!.cells)).toEqual(["name", "kind", "identifier", "right", "shares", "votes", "percentShares", "percentVotes"]);
    const split: PermanentData = {
      ...data,
      shareholders: [
        {
          link: "shareholder:p1",
          partyId: "p1",
          shares: 3,
          votes: 3,
          percentShares: 100,
          percentVotes: 100,
          underOption: false,
          right: "usufruct",
          partner: null,
          treasury: false,
        },
        {
          link: "shareholder:p2",
          partyId: "p2",
          shares: 3,
          votes: 3,
          percentShares: 100,
          percentVotes: null,
          underOption: false,
          right: "bare",
          partner: null,
          treasury: false,
        },
        {
          link: "shareholder:c2",
          partyId: "c2",
          shares: 1,
          votes: 1,
          percentShares: 100 / 3,
          percentVotes: null,
          underOption: false,
          right: "full",
          partner: null,
          treasury: true,
        },
      ],
    };
    const rights = (language: "fr" | "nl" | "en") => toTableRows(split, language).shareholders.map((r) => r.cells.right);
    expect(rights("fr")).toEqual(["usufruit", "nue-propriété", "pleine propriété"]);
    expect(rights("nl")).toEqual(["vruchtgebruik", "blote eigendom", "volle eigendom"]);
    expect(rights("en")).toEqual(["usufruct", "bare ownership", "full ownership"]);
    // A bare owner whose votes go to the usufructuary, and treasury shares: no percentage of votes.
    expect(toTableRows(split, "fr").shareholders.map((r) => r.cells.percentVotes)).toEqual([1, null, null]);
  });

  it("partners of an SNC/SComm: their title in the Right column and in the relations' roles", () => {
    const partners: PermanentData = {
      ...data,
      company: { ...data.company, legalForm: { raw: "SComm", code: "612", preCsa: false }, totalShares: null, totalVotes: null },
      directors: [],
      shareholders: [
        {
          link: "partner:p1",
          partyId: "p1",
          shares: null,
          votes: null,
          percentShares: null,
          percentVotes: null,
          underOption: false,
          right: "full",
          partner: "general",
          treasury: false,
        },
        {
          link: "partner:c2",
          partyId: "c2",
          shares: null,
          votes: null,
          percentShares: null,
          percentVotes: null,
          underOption: false,
          right: "full",
          partner: "limited",
          treasury: false,
        },
        {
          link: "partner:p2",
          partyId: "p2",
          shares: null,
          votes: null,
          percentShares: null,
          percentVotes: null,
          underOption: false,
          right: "usufruct",
          partner: "partner",
          treasury: false,
        },
      ],
    };
    const rows = (language: "fr" | "nl" | "en") => toTableRows(partners, language);
    expect(rows("fr").shareholders.map((r) => r.cells.right)).toEqual(["associé commandité", "associé commanditaire", "associé (usufruit)"]);
    expect(rows("nl").shareholders.map((r) => r.cells.right)).toEqual(["beherend vennoot", "stille vennoot", "vennoot (vruchtgebruik)"]);
    expect(rows("en").shareholders.map((r) => r.cells.right)).toEqual(["general partner", "limited partner", "partner (usufruct)"]);
    expect(rows("fr").relations.map((r) => r.cells.roles)).toEqual(["associé commandité", "associé commanditaire", "associé"]);
    expect(rows("nl").relations.map((r) => r.cells.roles)).toEqual(["beherend vennoot", "stille vennoot", "vennoot"]);
  });

  it("relations: every party once, with all its roles and a one-line address", () => {
    expect(fr.relations.map((r) => [r.link, r.cells.roles, r.cells.address])).toEqual([
      ["p1", "administrateur délégué, actionnaire", "Rue de la Station 12 bte B, 5000 Namur"],
      ["c2", "administrateur, actionnaire", "Rue de la Station 12, 59000 Lille, FR"],
      ["p2", "représentant permanent", "Rue de la Station 12 bte B, 5000 Namur"],
    ]);
    expect(oneLineAddress(address, "bus")).toBe("Rue de la Station 12 bus B, 5000 Namur");
  });

  it("a fresh import merged twice is stable (the projection is deterministic)", () => {
    for (const table of ["identification", "directors", "shareholders", "auditors", "relations"] as const) {
      const first = mergeTable({ columns: IMPORTED_COLUMNS[table], sheet: [], snapshot: { rows: {}, detached: [] }, incoming: fr[table], startedBy: "event" });
      const again = mergeTable({
        columns: IMPORTED_COLUMNS[table],
        sheet: first.rows,
        snapshot: first.snapshot,
        incoming: toTableRows(data, "fr")[table],
        startedBy: "event",
      });
      expect(again.changes).toEqual([]);
    }
  });
});
