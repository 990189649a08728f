// An accounting office for the strategy and cache tests: the fixture seed plus a company whose
// shareholders are `members` people (each with a national number and an address), placed after
// `fillers` further relations, so that the relation list is as long as a test needs.

import { enterpriseNumber, nationalNumber } from "../../sandbox/belgian-ids";
import type { SandboxRelation, SandboxSeed } from "../../sandbox/model";
import { fixtureSeed } from "../support/fixture-seed";

export const BIG = { id: "b0000000-0000-4000-8000-000000000001", number: enterpriseNumber("07001234") } as const;

export function memberId(i: number): string {
  return `b1000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
}

export function officeSeed(options: { members: number; fillers?: number }): SandboxSeed {
  const seed = fixtureSeed();
  for (let i = 0; i < (options.fillers ?? 0); i++) {
    seed.relations.push({
      uniqueIdentifier: `e${String(i).padStart(7, "0")}-0000-4000-8000-000000000000`,
      id: String(100_000 + i),
      name: `Extra ${i}`,
      type: "Person",
      tos: [],
    });
  }
  const big: SandboxRelation = {
    uniqueIdentifier: BIG.id,
    id: "5000",
    code: "CLI5000",
    name: "Grande Coopérative SC",
    type: "Company",
    legalForm: "SC",
    companyNumber: BIG.number,
    vatNumber: `BE${BIG.number}`,
    language: "FR",
    status: "Customer",
    address: { street: "Rue Haute", number: "1", postalCode: "1000", city: "Bruxelles", country: "BE" },
    totalShares: options.members,
    totalVotingRights: options.members,
    tos: [],
  };
  seed.relations.push(big);
  for (let i = 0; i < options.members; i++) {
    const id = memberId(i);
    seed.relations.push({
      uniqueIdentifier: id,
      id: String(6000 + i),
      name: `Membre ${i}`,
      type: "Person",
      firstName: "Membre",
      lastName: String(i),
      nationalNumber: nationalNumber(1950 + (i % 50), 1 + (i % 12), 1 + (i % 28), 1 + i),
      address: { street: "Rue du Marché", number: String(i + 1), postalCode: "5000", city: "Namur", country: "BE" },
      tos: [],
    });
    big.tos.push({ linkType: 6, uniqueIdentifier: id, shares: 1, votingRights: 1, underOption: false });
  }
  return seed;
}

/** A fetch that logs when each request starts and ends, by path (query left out). */
export function loggingFetch(log: string[], base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(href).pathname;
    log.push(`start ${path}`);
    try {
      return await base(input, init);
    } finally {
      log.push(`end ${path}`);
    }
  };
}
