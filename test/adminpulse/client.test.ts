// The client against a real sandbox over loopback HTTP: look-up, detail, links, paging, fallback.

import { NotFoundError } from "../../src/adminpulse";
import { UnexpectedResponseError } from "../../src/adminpulse";
import { ACME, AUDITOR, CONTACT, FILLERS, GHOST, HOLDCO, PERSON_A, PERSON_B, SOLO, VAT_UNIT, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";

let env: Running;
beforeAll(async () => {
  env = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => env.sandbox.close());
beforeEach(() => env.sandbox.reset());

describe("look-up by enterprise number", () => {
  it("finds the company through the filter in one request, whatever the number's spelling", async () => {
    const client = env.client();
    for (const spelling of ["BE 0566.988.259", "0566988259", "566988259", "0566-988-259"]) {
      const found = await client.findCompany(spelling);
      expect(found).toMatchObject({ id: ACME.id, name: "L'Atelier Zoë SRL", kind: "Company", enterpriseNumber: ACME.number });
    }
    expect(env.sandbox.stats.list).toBe(4);
    expect(client.requestCount).toBe(4);
  });

  it("finds a relation by its VAT number when it differs from its company number, and keeps trusting the filter", async () => {
    const client = env.client();
    expect((await client.findCompany(VAT_UNIT.vat)).id).toBe(VAT_UNIT.id);
    expect((await client.findCompany(VAT_UNIT.number)).id).toBe(VAT_UNIT.id);
    expect((await client.findCompany(ACME.number)).id).toBe(ACME.id);
    // One filtered request each: the client never concluded that the filter was ignored.
    expect(env.sandbox.stats.list).toBe(3);
  });

  it("finds a sole proprietor", async () => {
    expect(await env.client().findCompany(SOLO.number)).toMatchObject({ id: SOLO.id, kind: "SoleProprietor" });
  });

  it("answers NotFoundError with a message naming the number", async () => {
    const error = await env
      .client()
      .findCompany("0403.199.702")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).enterpriseNumber).toBe("0403199702");
    expect((error as NotFoundError).userMessage.fr).toContain("0403.199.702");
    expect((error as NotFoundError).userMessage.nl).toContain("ondernemingsnummer");
  });

  it("rejects something that is not an enterprise number without calling AdminPulse", async () => {
    await expect(env.client().findCompany("hello")).rejects.toBeInstanceOf(NotFoundError);
    expect(env.sandbox.stats.requests).toBe(0);
  });

  describe("when the server ignores the filter", () => {
    beforeEach(() => env.sandbox.setKnobs({ ignoreFilter: true }));

    it("keeps only the matching result, then pages through the list and remembers the mapping", async () => {
      const client = env.client();
      const steps: string[] = [];
      // ACME is on the first page of the unfiltered list.
      expect((await client.findCompany(ACME.number)).id).toBe(ACME.id);
      expect(env.sandbox.stats.list).toBe(1);
      // A second look-up of a number seen on that page costs nothing.
      expect((await client.findCompany(SOLO.number, { onProgress: (p) => steps.push(p.step) })).id).toBe(SOLO.id);
      expect(env.sandbox.stats.list).toBe(1);
      expect(steps).toEqual(["lookup", "lookup"]);
    });

    it("reads further pages until it finds the company, with progress", async () => {
      const seed = fixtureSeed();
      // Move ACME to the end of the list, past the first page of 400.
      const acme = seed.relations.splice(0, 1)[0]!;
      seed.relations.push(acme);
      const local = await startSandbox({ seed, knobs: { ignoreFilter: true } });
      try {
        const progress: string[] = [];
        const client = local.client();
        const found = await client.findCompany(ACME.number, { onProgress: (p) => progress.push(`${p.step} ${p.done}/${p.total}`) });
        expect(found.id).toBe(ACME.id);
        expect(local.sandbox.stats.list).toBe(2);
        expect(progress).toEqual(["lookup 0/1", "scan 2/2", "lookup 1/1"]);
        // Not there at all: the whole list is read once more (it may have changed), then NotFound.
        await expect(client.findCompany("0403199702")).rejects.toBeInstanceOf(NotFoundError);
        expect(local.sandbox.stats.list).toBe(4);
      } finally {
        await local.sandbox.close();
      }
    });

    it("gives up past its page budget with a clear error, and starts afresh next time", async () => {
      const seed = fixtureSeed();
      const acme = seed.relations.splice(0, 1)[0]!;
      seed.relations.push(acme);
      const local = await startSandbox({ seed, knobs: { ignoreFilter: true } });
      try {
        const client = local.client({ maxScanPages: 1 });
        await expect(client.findCompany(ACME.number)).rejects.toBeInstanceOf(UnexpectedResponseError);
        // SOLO is on the first page: found after the reset, not wrongly "not found".
        expect((await client.findCompany(SOLO.number)).id).toBe(SOLO.id);
      } finally {
        await local.sandbox.close();
      }
    });
  });
});

describe("company, detail and linked relations", () => {
  it("maps the detail, dates kept as calendar dates", async () => {
    const company = await env.client().getRelation(ACME.id);
    expect(company).toMatchObject({
      name: "L'Atelier Zoë SRL",
      legalForm: "SRL",
      enterpriseNumber: ACME.number,
      address: { street: "Rue de la Station", number: "12", box: "B", postalCode: "5000", city: "Namur", country: "BE" },
      fiscalYearEnd: "2025-12-31",
      generalMeetingDate: "2026-06-09",
      generalMeetingTime: "18:00",
      totalShares: 1000,
      language: "FR",
    });
    const director = company.links.find((l) => l.relationId === HOLDCO && l.role === "director");
    expect(director).toMatchObject({ startDate: "2022-01-01", endDate: "2028-01-01", representativeId: PERSON_B, roleText: "Administrateur" });
    expect(company.links.find((l) => l.role === "auditor")).toMatchObject({ relationId: AUDITOR, ireNumber: "B00123", endDate: "2027-06-08" });
    expect(company.links.filter((l) => l.role === "shareholder").map((l) => l.shares)).toEqual([600, 400, 0]);
  });

  it("fetches every linked relation once, representatives included, and skips unused link types", async () => {
    const client = env.client();
    const data = await client.fetchCompany(ACME.number);
    expect([...data.related.keys()].sort()).toEqual([AUDITOR, HOLDCO, PERSON_A, PERSON_B].sort());
    expect(data.related.get(PERSON_A)).toMatchObject({ kind: "Person", firstName: "Zoë", nationalNumber: "85073003328" });
    expect(data.missing).toEqual([GHOST]);
    expect(data.related.has(CONTACT)).toBe(false);
    expect([...data.unknownLinkTypes.entries()].sort()).toEqual([
      [42, 1],
      [99, 2],
    ]);
    // 1 look-up + 1 company + 5 distinct linked ids (PERSON_A is director and shareholder).
    expect(env.sandbox.stats.requests).toBe(7);
    expect(client.requestCount).toBe(7);
  });

  it("never has more than `concurrency` requests in flight", async () => {
    env.sandbox.setKnobs({ latencyMs: 30 });
    let inFlight = 0;
    let peak = 0;
    const countingFetch: typeof fetch = async (input, init) => {
      peak = Math.max(peak, ++inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const ids = env.sandbox.relations.slice(10, 40).map((r) => r.uniqueIdentifier);
    const { related } = await env.client({ concurrency: 4, fetch: countingFetch }).getRelations([...ids, ...ids]);
    expect(related.size).toBe(30);
    expect(env.sandbox.stats.detail).toBe(30);
    expect(peak).toBe(4);
  });

  it("a nonsensical concurrency still reads everything", async () => {
    const ids = env.sandbox.relations.slice(10, 15).map((r) => r.uniqueIdentifier);
    expect((await env.client({ concurrency: Number.NaN }).getRelations(ids)).related.size).toBe(5);
  });

  it("pages through the list", async () => {
    const client = env.client();
    const first = await client.listRelations(0, 400);
    const second = await client.listRelations(1, 400);
    expect(first).toMatchObject({ page: 0, pageCount: 2, pageSize: 400, totalCount: FILLERS + 8 });
    expect(first.items).toHaveLength(400);
    expect(second.items).toHaveLength(FILLERS + 8 - 400);
    // The client never asks for more than AdminPulse allows in one page.
    await expect(client.listRelations(0, 5000)).resolves.toMatchObject({ pageSize: 400 });
  });

  it("tests the connection and counts the relations the key sees", async () => {
    await expect(env.client().testConnection()).resolves.toEqual({ relationCount: FILLERS + 8 });
  });
});
