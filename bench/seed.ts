// The benchmark's AdminPulse office: the sandbox's demo seed (its SA with a board of 4 and a
// holding as shareholder: 5 related relations; the cooperative with 2,000 shareholders) plus two
// generated companies with 25 and 200 related relations, so that every size is served by one
// sandbox and the relation list has the length of a small office (about 2,300 relations, 6 pages).

import { enterpriseNumber, nationalNumber } from "../sandbox/belgian-ids";
import type { SandboxLink, SandboxRelation, SandboxSeed } from "../sandbox/model";
import { createSeed, SEED_COMPANIES } from "../sandbox/seed";
import { Rng, SeedBuilder, addr } from "../sandbox/seed-builders";

export interface BenchCompany {
  size: number;
  enterpriseNumber: string;
  name: string;
}

const FIRST = ["Anna", "Bram", "Chloé", "Dirk", "Elise", "Frank", "Greet", "Hugo", "Inès", "Jonas", "Karel", "Lotte", "Mathieu", "Nora", "Olivier", "Pauline"];
const LAST = ["Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Claes", "Willems", "Goossens", "Dupont", "Martin", "Wouters", "Leroy", "Hermans", "Simon"];
const PLACES = [
  { postalCode: "1000", city: "Bruxelles" },
  { postalCode: "2000", city: "Antwerpen" },
  { postalCode: "3000", city: "Leuven" },
  { postalCode: "4000", city: "Liège" },
  { postalCode: "5000", city: "Namur" },
  { postalCode: "9000", city: "Gent" },
];
const STREETS = ["Rue Haute", "Kerkstraat", "Avenue Louise", "Stationsstraat", "Rue de Fer", "Molenstraat"];

/** A company with `size` distinct related relations: 3 directors, a legal-person director and its permanent representative, an audit firm, and shareholders for the rest. */
function addCompany(b: SeedBuilder, rng: Rng, size: number, first8: number): SandboxRelation {
  if (size < 7) throw new Error("bench seed: a generated company needs at least 7 related relations");
  const number = enterpriseNumber(first8);
  const company = b.client({
    name: `Bench ${size} SA`,
    legalForm: "SA",
    companyNumber: number,
    language: "FR",
    address: addr("Boulevard du Régent", String(size), "1000", "Bruxelles"),
    fiscalYearEnd: "2025-12-31",
    nextGeneralMeeting: "2026-06-09T18:00:00",
    totalShares: null,
    totalVotingRights: null,
  });
  let serial = 0;
  const person = () => {
    serial++;
    const place = rng.pick(PLACES);
    return b.person(
      {
        firstName: rng.pick(FIRST),
        lastName: rng.pick(LAST),
        language: rng.chance(0.5) ? "FR" : "NL",
        nationalNumber: nationalNumber(1950 + (serial % 50), 1 + (serial % 12), 1 + (serial % 28), 1 + ((first8 + serial * 7) % 997)),
        address: addr(rng.pick(STREETS), String(rng.int(1, 300)), place.postalCode, place.city),
      },
      { generated: true, allowSameNameAndAddress: true },
    );
  };
  const directors = [person(), person(), person()];
  const management = b.otherCompany({
    name: `Bench ${size} Management SRL`,
    legalForm: "SRL",
    companyNumber: enterpriseNumber(first8 + 1),
    language: "FR",
    address: addr("Rue Royale", "1", "1000", "Bruxelles"),
  });
  const representative = person();
  const auditFirm = b.otherCompany({
    name: `Bench ${size} Réviseurs SRL`,
    legalForm: "SRL",
    companyNumber: enterpriseNumber(first8 + 2),
    language: "FR",
    address: addr("Avenue de Tervueren", "2", "1040", "Etterbeek"),
  });
  directors.forEach((d, i) => b.director(company, d, { start: "2022-06-14", function: i === 0 ? "Président" : "Administrateur" }));
  b.director(company, management, { start: "2023-06-13", function: "Administrateur délégué", representative });
  b.auditor(company, auditFirm, "2024-06-11", "2027-06-08", "B00999");
  let total = 0;
  const holders = size - 6;
  for (let i = 0; i < holders; i++) {
    const shares = rng.int(1, 100);
    total += shares;
    b.shareholder(company, person(), shares);
  }
  // The three natural-person directors also hold shares (no new relation).
  for (const d of directors) {
    total += 10;
    b.shareholder(company, d, 10);
  }
  company.totalShares = total;
  company.totalVotingRights = total;
  return company;
}

/** Moves the generated relations into identifier ranges the demo seed does not use. */
function relabel(relations: SandboxRelation[]): void {
  const uuid = (id: string) => id.replace(/^00000000-0000-4000-8000-/, "00000000-0000-4000-9000-");
  for (const r of relations) {
    r.uniqueIdentifier = uuid(r.uniqueIdentifier);
    r.id = `9${r.id}`;
    r.code = r.code ? `B${r.code}` : null;
    r.tos = r.tos.map((link): SandboxLink => ({
      ...link,
      uniqueIdentifier: uuid(link.uniqueIdentifier),
      ...(link.representativeUniqueIdentifier ? { representativeUniqueIdentifier: uuid(link.representativeUniqueIdentifier) } : {}),
    }));
  }
}

export function benchSeed(): { seed: SandboxSeed; companies: BenchCompany[] } {
  const seed = createSeed();
  const b = new SeedBuilder();
  const rng = new Rng(0xbe4c);
  const c25 = addCompany(b, rng, 25, 9_012_300);
  const c200 = addCompany(b, rng, 200, 9_045_600);
  relabel(b.relations);
  const taken = new Set(seed.relations.map((r) => r.companyNumber).filter(Boolean));
  for (const r of b.relations) if (r.companyNumber && taken.has(r.companyNumber)) throw new Error(`bench seed: ${r.companyNumber} is in the demo seed`);
  seed.relations.push(...b.relations);
  const byNumber = (n: string) => seed.relations.find((r) => r.companyNumber === n)!;
  return {
    seed,
    companies: [
      { size: 5, enterpriseNumber: SEED_COMPANIES.saBoard, name: byNumber(SEED_COMPANIES.saBoard).name },
      { size: 25, enterpriseNumber: c25.companyNumber!, name: c25.name },
      { size: 200, enterpriseNumber: c200.companyNumber!, name: c200.name },
      { size: 2000, enterpriseNumber: SEED_COMPANIES.coop2000, name: byNumber(SEED_COMPANIES.coop2000).name },
    ],
  };
}

/** Distinct relations a company's director, shareholder and auditor links point to, representatives included. */
export function relatedCount(seed: SandboxSeed, companyNumber: string): number {
  const company = seed.relations.find((r) => r.companyNumber === companyNumber);
  if (!company) throw new Error(`no company ${companyNumber}`);
  const ids = new Set<string>();
  for (const link of company.tos) {
    if (![4, 6, 7].includes(link.linkType)) continue;
    ids.add(link.uniqueIdentifier);
    if (link.representativeUniqueIdentifier) ids.add(link.representativeUniqueIdentifier);
  }
  return ids.size;
}
