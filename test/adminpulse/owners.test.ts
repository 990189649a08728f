// The owners of a company's corporate shareholders, read for the UBO checks (company-read.ts): as
// deep as AdminPulse holds them and at most three levels, each relation once, within a limit, and
// counted at the sandbox.

import { OWNERSHIP_LEVELS, OWNER_READS_LIMIT } from "../../src/adminpulse/company-read";
import { mapCompany } from "../../src/permanent-data/mapping";
import { LINK, type SandboxRelation, type SandboxSeed } from "../../sandbox/model";
import { SANDBOX_DEMO_TOKEN, SEED_COMPANIES, createSeed } from "../../sandbox/seed";
import { SeedBuilder, addr } from "../../sandbox/seed-builders";
import { enterpriseNumber, nationalNumber } from "../../sandbox/belgian-ids";
import { type Running, startSandbox } from "../support/sandbox";

describe("the demo seed's Groep Declercq BV: two levels of holdings", () => {
  let env: Running;
  beforeAll(async () => {
    env = await startSandbox({ seed: createSeed() });
  });
  afterAll(() => env.sandbox.close());

  it("reads the holding's owner (Declercq Invest SA) and its owner (Sofie), nothing twice", async () => {
    const client = env.client({ token: SANDBOX_DEMO_TOKEN });
    const data = await client.fetchCompany(SEED_COMPANIES.uboNotKept);
    const names = [...data.related.values()].map((r) => r.name).sort();
    // The company's own links: Marc (director, beneficiary), the holding, Pieter, Luc (beneficiary); then the owners.
    expect(names).toEqual(["Declercq Holding NV", "Declercq Invest SA", "Luc Declercq", "Marc Declercq", "Pieter Declercq", "Sofie Declercq"]);
    expect(data.reads?.owners).toBe(2);
    expect(data.ownersComplete).toBe(true);
    // 1 look-up, the company, 4 related, 2 owners: Marc, owner of the holding, was read once.
    expect(env.sandbox.stats).toMatchObject({ list: 1, detail: 7 });

    const mapped = mapCompany(data);
    const byName = new Map([...mapped.parties, ...mapped.beneficialOwnership.parties].map((p) => [p.adminPulseId, p.name]));
    const owners = Object.fromEntries(
      Object.entries(mapped.beneficialOwnership.owners).map(([id, held]) => [byName.get(id), held.map((h) => [byName.get(h.partyId), h.percentShares])]),
    );
    expect(owners).toEqual({
      "Declercq Holding NV": [
        ["Marc Declercq", 60],
        ["Declercq Invest SA", 40],
      ],
      "Declercq Invest SA": [["Sofie Declercq", 100]],
    });
    expect(mapped.beneficialOwnership.registered.map((id) => byName.get(id)).sort()).toEqual(["Luc Declercq", "Marc Declercq"]);
    // Beneficiaries and owners are in no table: the relations table lists the company's own links only.
    expect(mapped.parties.map((p) => p.name).sort()).toEqual(["Declercq Holding NV", "Marc Declercq", "Pieter Declercq"]);
  });
});

/** A client 100 % held by a chain of holdings, the last held by `owners` people. */
function chainSeed(depth: number, owners: number): { seed: SandboxSeed; number: string } {
  const b = new SeedBuilder();
  const number = enterpriseNumber("07000000");
  const client = b.client({
    name: "Chaîne SA",
    legalForm: "SA",
    companyNumber: number,
    language: "FR",
    address: addr("Rue A", "1", "5000", "Namur"),
    totalShares: 100,
    totalVotingRights: 100,
  });
  let holder: SandboxRelation = client;
  for (let level = 1; level <= depth; level++) {
    const holding = b.otherCompany({
      name: `Niveau ${level} SA`,
      legalForm: "SA",
      companyNumber: enterpriseNumber(String(7_100_000 + level).padStart(8, "0")),
      language: "FR",
      address: addr("Rue B", String(level), "5000", "Namur"),
      totalShares: 100,
      totalVotingRights: 100,
    });
    b.shareholder(holder, holding, 100);
    holder = holding;
  }
  for (let i = 0; i < owners; i++) {
    const p = b.person({
      firstName: `P${i}`,
      lastName: "Owner",
      language: "FR",
      nationalNumber: nationalNumber(1970, 1, 1 + (i % 28), 10 + i * 2),
      address: addr("Rue C", String(i), "5000", "Namur"),
    });
    holder.tos.push({ linkType: LINK.shareholder, uniqueIdentifier: p.uniqueIdentifier, shares: 1, votingRights: 1, underOption: false });
  }
  return { seed: { tokens: [{ token: "chain-token", kind: "valid", description: "" }], relations: b.relations }, number };
}

async function readChain(depth: number, owners: number) {
  const { seed, number } = chainSeed(depth, owners);
  const env = await startSandbox({ seed });
  try {
    const data = await env.client({ token: "chain-token" }).fetchCompany(number);
    return { data, stats: { ...env.sandbox.stats } };
  } finally {
    env.sandbox.close();
  }
}

it(`follows ${OWNERSHIP_LEVELS} levels of holdings above the company's own holding, not more`, async () => {
  const { data } = await readChain(OWNERSHIP_LEVELS + 1, 1);
  const names = [...data.related.values()].map((r) => r.name);
  // Niveau 1 is the company's own shareholder; the owners of Niveau 1, 2 and 3 are read; Niveau 4's are not.
  expect(names.sort()).toEqual(["Niveau 1 SA", "Niveau 2 SA", "Niveau 3 SA", "Niveau 4 SA"]);
  expect(data.reads?.owners).toBe(3);
  expect(data.ownersComplete).toBe(true);
});

it(`stops before a level that would take more than ${OWNER_READS_LIMIT} reads, and says the owners are incomplete`, async () => {
  const { data, stats } = await readChain(1, OWNER_READS_LIMIT + 1);
  expect(data.ownersComplete).toBe(false);
  expect(data.reads?.owners).toBe(0);
  expect(stats).toMatchObject({ detail: 2 });
  expect(mapCompany(data).beneficialOwnership.complete).toBe(false);
});

it("a cycle of holdings ends: each holding is read and followed once", async () => {
  const { seed, number } = chainSeed(2, 1);
  // Niveau 2 also holds shares of Niveau 1 (a cross-holding).
  const n1 = seed.relations.find((r) => r.name === "Niveau 1 SA")!;
  const n2 = seed.relations.find((r) => r.name === "Niveau 2 SA")!;
  n2.tos.push({ linkType: LINK.shareholder, uniqueIdentifier: n1.uniqueIdentifier, shares: 10, votingRights: 10, underOption: false });
  const env = await startSandbox({ seed });
  try {
    const data = await env.client({ token: "chain-token" }).fetchCompany(number);
    expect([...data.related.values()].map((r) => r.name).sort()).toEqual(["Niveau 1 SA", "Niveau 2 SA", "P0 Owner"]);
    expect(env.sandbox.stats).toMatchObject({ detail: 4 });
  } finally {
    env.sandbox.close();
  }
});
