// A stand-in for an AdminPulse whose relation list carries the detail fields (address, national
// number, first and last name) that ../shared/adminpulse-api.md says only the detail has: a
// `fetch` for the client that adds them to every list item of a sandbox answer, from the seed.
// The sandbox still serves (and counts, and rate-limits) every request; only the list answers'
// items grow. Used to test and measure the client's list strategy, which stays idle against the
// contract's list.

import type { SandboxSeed } from "./model";

export function listWithDetailsFetch(seed: SandboxSeed, base: typeof fetch = fetch): typeof fetch {
  const byId = new Map(seed.relations.map((r) => [r.uniqueIdentifier, r]));
  return async (input, init) => {
    const response = await base(input, init);
    const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (new URL(href).pathname !== "/relations" || response.status !== 200) return response;
    const body = (await response.json()) as { results: Record<string, unknown>[] };
    body.results = body.results.map((item) => {
      const full = byId.get(String(item.uniqueIdentifier));
      if (!full) return item;
      return {
        ...item,
        address: full.address ?? null,
        nationalNumber: full.nationalNumber ?? null,
        firstName: full.firstName ?? null,
        lastName: full.lastName ?? null,
      };
    });
    return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json; charset=utf-8" } });
  };
}
