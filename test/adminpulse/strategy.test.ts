// How fetchCompany reads a company's related relations, counted at the sandbox: each relation's
// detail against the contract's list (whose items lack the address and national number the tables
// show); the relation list instead, when its items carry those fields and its pages are fewer than
// the relations to read; the company's detail always, in parallel with what the look-up named.

import { BadRequestError } from "../../src/adminpulse";
import { mapCompany } from "../../src/permanent-data/mapping";
import { ACME, AUDITOR, GHOST, HOLDCO, PERSON_A, PERSON_B } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";
import { listWithDetailsFetch } from "../../sandbox/list-with-details";
import { BIG, loggingFetch, memberId, officeSeed } from "./accounting-office";

const MEMBERS = 30;
const seed = officeSeed({ members: MEMBERS }); // 489 relations: 2 list pages
let env: Running;
beforeAll(async () => {
  env = await startSandbox({ seed });
});
afterAll(() => env.sandbox.close());
beforeEach(() => env.sandbox.reset());

describe("against the contract's list (items without the detail fields)", () => {
  it("reads each related relation's detail: 1 look-up + 1 company + 1 per relation", async () => {
    const client = env.client();
    const data = await client.fetchCompany(BIG.number);
    expect(data.related.size).toBe(MEMBERS);
    expect(data.related.get(memberId(7))).toMatchObject({ nationalNumber: expect.stringMatching(/^\d{11}$/), address: { city: "Namur" } });
    expect(env.sandbox.stats).toMatchObject({ list: 1, detail: 1 + MEMBERS, rateLimited: 0 });
    expect(client.requestCount).toBe(2 + MEMBERS);
    expect(data.reads).toEqual({ strategy: "details", lookupSkipped: false, listPages: 0, details: MEMBERS, fromCache: 0, fromList: 0, owners: 0 });
  });

  it("reads the relations the look-up's list item names while the company's detail is on its way", async () => {
    env.sandbox.setKnobs({ latencyMs: 30 });
    const log: string[] = [];
    await env.client({ fetch: loggingFetch(log) }).fetchCompany(ACME.number);
    const companyEnd = log.indexOf(`end /relations/${ACME.id}`);
    const relatedStarts = [PERSON_A, HOLDCO, AUDITOR].map((id) => log.indexOf(`start /relations/${id}`));
    expect(relatedStarts.every((i) => i >= 0 && i < companyEnd)).toBe(true);
    // The representative is named by the detail only: read after it.
    expect(log.indexOf(`start /relations/${PERSON_B}`)).toBeGreaterThan(companyEnd);
  });

  it("never has more than `concurrency` requests in flight, the company's included", async () => {
    env.sandbox.setKnobs({ latencyMs: 20 });
    let inFlight = 0;
    let peak = 0;
    const counting: typeof fetch = async (input, init) => {
      peak = Math.max(peak, ++inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    await env.client({ concurrency: 5, fetch: counting }).fetchCompany(BIG.number);
    expect(peak).toBe(5);
    expect(env.sandbox.stats.detail).toBe(1 + MEMBERS);
  });
});

describe("when list items carry the detail fields", () => {
  const listClient = (options = {}) => env.client({ fetch: listWithDetailsFetch(seed), ...options });

  it("pages the list for a large company: 1 look-up + 1 company + 2 pages, no detail per relation", async () => {
    const client = listClient();
    const data = await client.fetchCompany(BIG.number);
    expect(env.sandbox.stats).toMatchObject({ list: 3, detail: 1 });
    expect(client.requestCount).toBe(4);
    expect(data.reads).toMatchObject({ strategy: "list", listPages: 2, details: 0, fromList: MEMBERS });
    // The same permanent data as through the details.
    const viaDetails = await env.client().fetchCompany(BIG.number);
    expect(mapCompany(data)).toEqual(mapCompany(viaDetails));
  });

  it("reads details for a small company: fewer requests than the list's pages", async () => {
    const client = listClient();
    const data = await client.fetchCompany(ACME.number);
    expect(data.reads?.strategy).toBe("details");
    // 1 look-up + 1 company + 5 distinct linked ids (the ghost answers 404).
    expect(env.sandbox.stats).toMatchObject({ list: 1, detail: 6 });
    expect(data.missing).toEqual([GHOST]);
  });

  it("in a large office, one probe page shows the list costs more: details for the rest, and no probe next time", async () => {
    const members = 15;
    const bigOffice = officeSeed({ members, fillers: 6000 }); // 6,474 relations: 17 pages
    const local = await startSandbox({ seed: bigOffice });
    try {
      const client = local.client({ fetch: listWithDetailsFetch(bigOffice), cacheFreshMs: 0 });
      const first = await client.fetchCompany(BIG.number);
      expect(first.reads).toMatchObject({ strategy: "list", listPages: 1, details: members });
      expect(local.sandbox.stats).toMatchObject({ list: 2, detail: 1 + members });
      expect(first.related.size).toBe(members);

      local.sandbox.reset();
      const second = await client.fetchCompany(BIG.number);
      expect(second.reads).toMatchObject({ strategy: "details", listPages: 0, details: members });
      expect(local.sandbox.stats).toMatchObject({ list: 1, detail: 1 + members });
    } finally {
      await local.sandbox.close();
    }
  });

  it('"details" never pages the list', async () => {
    const data = await listClient({ relatedStrategy: "details" }).fetchCompany(BIG.number);
    expect(data.reads?.strategy).toBe("details");
    expect(env.sandbox.stats).toMatchObject({ list: 1, detail: 1 + MEMBERS });
  });

  it("a list page that fails stops the read: the error, and no request after it", async () => {
    const failing: typeof fetch = async (input, init) => {
      const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (new URL(href).searchParams.get("page") === "1") return new Response("bad page", { status: 400 });
      return listWithDetailsFetch(seed)(input, init);
    };
    const client = env.client({ fetch: failing });
    await expect(client.fetchCompany(BIG.number)).rejects.toBeInstanceOf(BadRequestError);
    const sent = client.requestCount;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(client.requestCount).toBe(sent);
  });
});
