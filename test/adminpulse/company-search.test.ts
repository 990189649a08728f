import { CompanySearch } from "../../src/adminpulse";
import { SANDBOX_DEMO_TOKEN, SEED_COMPANIES } from "../../sandbox/seed";
import { type Running, startSandbox } from "../support/sandbox";

let env: Running;
beforeAll(async () => {
  env = await startSandbox();
});
afterAll(() => env.sandbox.close());
beforeEach(() => env.sandbox.reset());

describe("CompanySearch over the demo seed", () => {
  it("finds companies by any words of their name, accents and case ignored, best first", async () => {
    const search = new CompanySearch(env.client({ token: SANDBOX_DEMO_TOKEN }));
    const found = await search.search("zoe chloe");
    expect(found.map((m) => m.enterpriseNumber)).toEqual([SEED_COMPANIES.accents]);
    expect((await search.search("BRASSERIE"))[0]).toMatchObject({
      enterpriseNumber: SEED_COMPANIES.saBoard,
      name: expect.stringMatching(/^Brasserie Sainte-Hélène/),
    });
  });

  it("lists companies and sole proprietors only, never the people behind them", async () => {
    const search = new CompanySearch(env.client({ token: SANDBOX_DEMO_TOKEN }));
    const found = await search.search("Lambert", { limit: 50 });
    expect(found.map((m) => m.enterpriseNumber)).toContain(SEED_COMPANIES.soleProprietor);
    expect(found.every((m) => m.enterpriseNumber !== null)).toBe(true);
  });

  it("reads the list once: further searches while it is fresh send no request", async () => {
    let now = 0;
    const search = new CompanySearch(env.client({ token: SANDBOX_DEMO_TOKEN }), { now: () => now, freshForMs: 60_000 });
    await Promise.all([search.search("Brasserie"), search.search("Bakkerij")]);
    const pages = env.sandbox.stats.list;
    expect(pages).toBe(Math.ceil(env.sandbox.relations.length / 400));
    await search.search("Pharmacie");
    expect(env.sandbox.stats.list).toBe(pages);
    now = 61_000;
    await search.search("Pharmacie");
    expect(env.sandbox.stats.list).toBe(2 * pages);
  });

  it("answers nothing for an empty query without calling AdminPulse", async () => {
    const search = new CompanySearch(env.client({ token: SANDBOX_DEMO_TOKEN }));
    expect(await search.search("  -  ")).toEqual([]);
    expect(env.sandbox.stats.requests).toBe(0);
  });
});
