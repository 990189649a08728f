// The client's session cache: related relations read a moment ago are reused (two minutes by
// default), the company itself is always read again, and the look-up is skipped only when the
// company's fresh detail confirms the number.

import { CompanySearch, NotFoundError } from "../../src/adminpulse";
import { RelationCache } from "../../src/adminpulse/relation-cache";
import type { Relation } from "../../src/adminpulse/types";
import { PERSON_A } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { listWithDetailsFetch } from "../../sandbox/list-with-details";
import { BIG, memberId, officeSeed } from "./accounting-office";

const MEMBERS = 20;
let env: Running;
beforeAll(async () => {
  env = await startSandbox({ seed: officeSeed({ members: MEMBERS }) });
});
afterAll(() => env.sandbox.close());
beforeEach(() => env.sandbox.reset());

describe("a second fetch within the freshness window", () => {
  it("costs one request, the company's detail: no look-up, no related relation", async () => {
    const client = env.client();
    await client.fetchCompany(BIG.number);
    env.sandbox.reset();
    const again = await client.fetchCompany(BIG.number);
    expect(env.sandbox.stats).toMatchObject({ requests: 1, list: 0, detail: 1 });
    expect(again.reads).toEqual({ strategy: "details", lookupSkipped: true, listPages: 0, details: 0, fromCache: MEMBERS, fromList: 0, owners: 0 });
    expect(again.related.size).toBe(MEMBERS);
  });

  it("shows a change to the company (its links, shares) at once", async () => {
    const client = env.client();
    await client.fetchCompany(BIG.number);
    env.sandbox.editRelation(BIG.id, (r) => {
      r.tos = r.tos.slice(1);
      r.tos[0]!.shares = 40;
    });
    const again = await client.fetchCompany(BIG.number);
    expect(again.related.size).toBe(MEMBERS - 1);
    expect(again.related.has(memberId(0))).toBe(false);
    expect(again.company.links[0]).toMatchObject({ relationId: memberId(1), shares: 40 });
  });

  it("reads a relation the company newly links to, and only that one", async () => {
    const client = env.client();
    await client.fetchCompany(BIG.number);
    env.sandbox.editRelation(BIG.id, (r) => r.tos.push({ linkType: 4, uniqueIdentifier: PERSON_A, function: "Administrateur" }));
    const before = { ...env.sandbox.stats };
    const again = await client.fetchCompany(BIG.number);
    expect(env.sandbox.stats.list - before.list).toBe(0);
    expect(env.sandbox.stats.detail - before.detail).toBe(2);
    expect(again.related.get(PERSON_A)).toMatchObject({ firstName: "Zoë" });
  });

  it("looks the company up again when its detail no longer carries the number", async () => {
    const client = env.client();
    await client.fetchCompany(BIG.number);
    env.sandbox.editRelation(BIG.id, (r) => {
      r.companyNumber = "0403170701";
      r.vatNumber = null;
    });
    await expect(client.fetchCompany(BIG.number)).rejects.toBeInstanceOf(NotFoundError);
    // Its detail, then the look-up that finds nothing.
    expect(env.sandbox.stats.list).toBe(2);
  });

  it("looks the company up again when its id answers 404", async () => {
    let gone = false;
    const client = env.client({
      fetch: async (input, init) => {
        const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
        if (gone && new URL(href).pathname === `/relations/${BIG.id}`) return new Response("gone", { status: 404 });
        return fetch(input, init);
      },
    });
    await client.fetchCompany(BIG.number);
    gone = true;
    await expect(client.fetchCompany(BIG.number)).rejects.toBeInstanceOf(NotFoundError);
    expect(env.sandbox.stats.list).toBe(2);
  });
});

describe("freshness", () => {
  it("after the window, the related relations are read again, with their edits", async () => {
    let now = 1_000_000;
    const client = env.client({ now: () => now });
    await client.fetchCompany(BIG.number);
    env.sandbox.editRelation(memberId(3), (r) => {
      r.address = { street: "Rue Neuve", number: "9", postalCode: "1000", city: "Bruxelles", country: "BE" };
    });
    now += 119_000;
    const stale = await client.fetchCompany(BIG.number);
    expect(stale.related.get(memberId(3))?.address.city).toBe("Namur");
    now += 2_000;
    const before = { ...env.sandbox.stats };
    const fresh = await client.fetchCompany(BIG.number);
    expect(fresh.related.get(memberId(3))?.address.city).toBe("Bruxelles");
    // No look-up: each fetch's detail confirmed the company's id again.
    expect(env.sandbox.stats.list - before.list).toBe(0);
    expect(env.sandbox.stats.detail - before.detail).toBe(1 + MEMBERS);
  });

  it("cacheFreshMs 0 turns the cache off", async () => {
    const client = env.client({ cacheFreshMs: 0 });
    await client.fetchCompany(BIG.number);
    await client.fetchCompany(BIG.number);
    expect(env.sandbox.stats).toMatchObject({ list: 2, detail: 2 * (1 + MEMBERS) });
  });

  it("clearCache forgets everything", async () => {
    const client = env.client();
    await client.fetchCompany(BIG.number);
    client.clearCache();
    env.sandbox.reset();
    await client.fetchCompany(BIG.number);
    expect(env.sandbox.stats).toMatchObject({ list: 1, detail: 1 + MEMBERS });
  });
});

it("list pages read for the company search fill the cache when their items carry the detail fields", async () => {
  const seed = officeSeed({ members: MEMBERS });
  const client = env.client({ fetch: listWithDetailsFetch(seed) });
  await new CompanySearch(client).search("Coopérative");
  env.sandbox.reset();
  const data = await client.fetchCompany(BIG.number);
  expect(data.reads).toMatchObject({ details: 0, fromCache: MEMBERS });
  expect(env.sandbox.stats).toMatchObject({ list: 1, detail: 1 });
});

describe("RelationCache", () => {
  const relation = (id: string) => ({ id }) as Relation;

  it("gives an entry while it is fresh, then drops it", () => {
    let now = 0;
    const cache = new RelationCache({ freshForMs: 1000, now: () => now });
    cache.set(relation("a"));
    now = 999;
    expect(cache.get("a")?.id).toBe("a");
    now = 1000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("keeps at most maxEntries, the oldest going first", () => {
    const cache = new RelationCache({ maxEntries: 2 });
    cache.set(relation("a"));
    cache.set(relation("b"));
    cache.set(relation("a")); // refreshed: now the newest
    cache.set(relation("c"));
    expect([cache.get("a")?.id, cache.get("b")?.id, cache.get("c")?.id]).toEqual(["a", undefined, "c"]);
  });

  it("prune drops what is stale; a window of 0 keeps nothing", () => {
    let now = 0;
    const cache = new RelationCache({ freshForMs: 10, now: () => now });
    cache.set(relation("a"));
    now = 5;
    cache.set(relation("b"));
    now = 12;
    cache.prune();
    expect(cache.size).toBe(1);
    const off = new RelationCache({ freshForMs: 0 });
    off.set(relation("a"));
    expect(off.get("a")).toBeUndefined();
    expect(off.enabled).toBe(false);
  });
});
