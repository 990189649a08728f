import { type RelationKey, findDuplicates, normaliseName, postalCodeFromAddress } from "../../src/permanent-data/duplicates";
import { SEED_COMPANIES, createSeed } from "../../sandbox/seed";

const r = (
  name: string | null,
  postalCode: string | null = null,
  enterpriseNumber: string | null = null,
  nationalNumber: string | null = null,
): RelationKey => ({
  name,
  postalCode,
  enterpriseNumber,
  nationalNumber,
});

describe("normaliseName", () => {
  it.each([
    ["Jean-Marie Dubois", "DUBOIS Jean Marie"],
    ["Dubois, Jean-Marie", "jean  marie   dubois"],
    ["Zoë Lefèvre", "ZOE LEFEVRE"],
    ["Boulangerie Dupont SRL", "boulangerie dupont"],
    ["Bakkerij De Gouden Aar BV", "BV Bakkerij De Gouden Aar"],
  ])("%s ≡ %s", (a, b) => expect(normaliseName(a)).toBe(normaliseName(b)));

  it("keeps different names apart", () => {
    expect(normaliseName("Jean Dubois")).not.toBe(normaliseName("Jeanne Dubois"));
  });
});

describe("findDuplicates", () => {
  it("same person spelled two ways at the same postal code", () => {
    expect(findDuplicates([r("Jean-Marie Dubois", "5000"), r("Other", "5000"), r("DUBOIS Jean Marie", "5000")])).toEqual([
      { index: 2, of: 0, reason: "name-and-postal-code" },
    ]);
  });

  it("same name elsewhere is somebody else", () => {
    expect(findDuplicates([r("Jean Dubois", "5000"), r("Jean Dubois", "1000")])).toEqual([]);
  });

  it("same enterprise number however written, same national number however written", () => {
    expect(findDuplicates([r("Holding A", null, "0403.170.701"), r("Holding A bis", "1000", "BE0403170701")])).toEqual([
      { index: 1, of: 0, reason: "enterprise-number" },
    ]);
    expect(findDuplicates([r("Zoë", null, null, "85.07.30-033.28"), r("Z. Dubois", null, null, "85073003328")])).toEqual([
      { index: 1, of: 0, reason: "national-number" },
    ]);
  });

  it("ignores identifiers that are not identifiers, empty names, and names without a postal code", () => {
    expect(findDuplicates([r("A", null, "123"), r("B", null, "123"), r("", "1000"), r(" ", "1000"), r("Jan Peeters"), r("Jan Peeters")])).toEqual([]);
  });

  it("same name and postal code but different valid national numbers: two people", () => {
    expect(findDuplicates([r("Jan Peeters", "2000", null, "85073003328"), r("Jan Peeters", "2000", null, "05010512362")])).toEqual([]);
    // …while a third Jan Peeters without a number may be either: he points at the first.
    expect(findDuplicates([r("Jan Peeters", "2000", null, "85073003328"), r("Jan Peeters", "2000", null, "05010512362"), r("Jan Peeters", "2000")])).toEqual([
      { index: 2, of: 0, reason: "name-and-postal-code" },
    ]);
  });

  it("legal-form words are ignored in company names only", () => {
    expect(normaliseName("Marie Sa", false)).toBe("marie sa");
    expect(normaliseName("Marie SA", true)).toBe("marie");
  });

  it("finds the seeded duplicate person, and no other, among that company's relations", () => {
    const seed = createSeed();
    const byId = new Map(seed.relations.map((x) => [x.uniqueIdentifier, x]));
    const company = seed.relations.find((x) => x.companyNumber === SEED_COMPANIES.duplicatePerson)!;
    const linked = [...new Set(company.tos.map((l) => l.uniqueIdentifier))].map((id) => byId.get(id)!);
    const keys = linked.map((x) => r(x.name, x.address?.postalCode ?? null, x.companyNumber ?? null, x.nationalNumber ?? null));
    const found = findDuplicates(keys);
    expect(found).toHaveLength(1);
    expect(normaliseName(linked[found[0]!.index]!.name)).toBe(normaliseName(linked[found[0]!.of]!.name));
  });

  it("reads the postal code back from a one-line address", () => {
    expect(postalCodeFromAddress("Rue de la Station 12 bte B, 5000 Namur")).toBe("5000");
    expect(postalCodeFromAddress("Rue Nationale 3, 59000 Lille, FR")).toBe("59000");
    expect(postalCodeFromAddress("Kerkstraat 1000")).toBeNull();
    expect(postalCodeFromAddress(null)).toBeNull();
  });

  it("each duplicate points at the earliest row it really matches, and says how", () => {
    const rows = [r("Alpha SA", "1000", "0403170701"), r("Gamma", "2000"), r("Gamma", "2000", "0403170701")];
    expect(findDuplicates(rows)).toEqual([{ index: 2, of: 0, reason: "enterprise-number" }]);
    expect(findDuplicates([r("Gamma", "2000"), r("Alpha SA", "1000", "0403170701"), r("Gamma", "2000", "0403170701")])).toEqual([
      { index: 2, of: 0, reason: "name-and-postal-code" },
    ]);
  });
});
