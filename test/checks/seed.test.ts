// The sandbox's demo companies, fetched through the real client over loopback HTTP and mapped as a
// sync maps them: each company seeded with a deliberate error gives exactly the findings it was
// seeded for (errors and warnings), and every clean company gives none.

import { SANDBOX_DEMO_TOKEN, SEED_COMPANIES, SEED_ERRORS } from "../../sandbox/seed";
import { type Finding, checkInputFromData, runChecks } from "../../src/checks";
import { mapCompany } from "../../src/permanent-data/mapping";
import type { PermanentData } from "../../src/permanent-data/model";
import { type Running, startSandbox } from "../support/sandbox";
import { TODAY, expectLocalized } from "./support";

type Company = keyof typeof SEED_COMPANIES;

let running: Running;
const companies = new Map<Company, PermanentData>();

beforeAll(async () => {
  // The 2,000-member cooperative reads 2,000 relations: lift the 480-a-minute budget for the test.
  running = await startSandbox({ knobs: { rateLimit: { calls: 100_000, windowMs: 60_000, retryAfter: true } } });
  const client = running.client({ token: SANDBOX_DEMO_TOKEN, rateLimit: { calls: 100_000, windowMs: 60_000 }, concurrency: 8 });
  for (const [name, number] of Object.entries(SEED_COMPANIES) as [Company, string][]) {
    companies.set(name, mapCompany(await client.fetchCompany(number)));
  }
}, 120_000);
afterAll(() => running.sandbox.close());

function check(name: Company): Finding[] {
  return runChecks(checkInputFromData(companies.get(name)!, { today: TODAY }));
}

const serious = (list: Finding[]) => list.filter((f) => f.severity !== "info");
const brief = (list: Finding[]) => list.map((f) => ({ id: f.id, severity: f.severity, target: f.target, source: f.source, en: f.message.en }));

const EXPECTED: Readonly<Record<string, ReturnType<typeof brief>>> = {
  bvbaPre2019: [
    {
      id: "ID-03",
      severity: "warning",
      target: { table: "identification", row: 2, column: "value" },
      source: "imported",
      en: "The legal form SPRL/BVBA dates from before the 2019 Code of Companies and Associations: the company has been converted by law into an SRL/BV, and its legal form should say so. Fix it in AdminPulse, then sync again.",
    },
    {
      id: "DIR-08",
      severity: "warning",
      target: { table: "directors", row: 0, column: "role" },
      source: "imported",
      en: "Luc Peeters has the title “manager”, which does not fit an SPRL/BVBA: since the 2019 Code, “manager” (gérant, zaakvoerder) is used only in an SNC/VOF or SComm/CommV; here the word is “director” (administrateur, bestuurder). Fix it in AdminPulse, then sync again.",
    },
  ],
  badCheckDigits: [
    {
      id: "ID-01",
      severity: "error",
      target: { table: "identification", row: 1, column: "value" },
      source: "imported",
      en: "The enterprise number “0592.331.885” is not valid: its last two digits (the check digits) do not match the first eight. Filings and the link with AdminPulse need the company's exact number. Fix it in AdminPulse, then sync again.",
    },
  ],
  missingMeeting: [
    {
      id: "GA-01",
      severity: "error",
      target: { table: "identification", row: 10, column: "value" },
      source: "imported",
      en: "The date of the general meeting is missing. The meeting must approve the annual accounts within 6 months after the financial-year end, and the filing deadline depends on its date. Add it in AdminPulse, then sync again.",
    },
  ],
  holdingsNot100: [
    {
      id: "SH-01",
      severity: "error",
      target: { table: "shareholders", row: null, column: "percentShares" },
      source: "imported",
      en: "The shareholders' percentages of shares add up to 90%, not 100%. Every share must belong to a shareholder: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    },
    {
      id: "SH-01",
      severity: "error",
      target: { table: "shareholders", row: null, column: "percentVotes" },
      source: "imported",
      en: "The shareholders' percentages of votes add up to 90%, not 100%. Every vote must belong to a shareholder: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    },
    {
      id: "SH-02",
      severity: "warning",
      target: { table: "shareholders", row: null, column: "shares" },
      source: "imported",
      en: "The shareholders hold 900 shares in total, but the company has 1,000 shares (according to AdminPulse). Every share must appear in the share register: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    },
  ],
  duplicatePerson: [
    {
      id: "REL-01",
      severity: "warning",
      target: { table: "relations", row: 1, column: "name" },
      source: "imported",
      en: "DUBOIS Jean Marie appears to be the same person as Jean-Marie Dubois (same name and postal code). A duplicate relation splits one person's roles and data over two records. Merge them in AdminPulse, then sync again.",
    },
  ],
  expiredMandate: [
    {
      id: "DIR-06",
      severity: "warning",
      target: { table: "directors", row: 1, column: "end" },
      source: "imported",
      en: "The mandate of director Marc Wouters ended on 30/06/2024, before 31/12/2025, but the director is still listed. Without a renewal the director can no longer act for the company: record the renewal, or remove the director. Update it in AdminPulse, then sync again.",
    },
  ],
  saTwoDirectorsFiveShareholders: [
    {
      id: "DIR-04",
      severity: "error",
      target: { table: "directors", row: null, column: null },
      source: "imported",
      en: "This SA/NV has a board of 2 directors and 5 shareholders. A board needs at least 3 directors; 2 are enough only while the SA has fewer than 3 shareholders (a sole director is also possible). Update it in AdminPulse, then sync again.",
    },
  ],
  invalidNationalNumber: [
    {
      id: "REL-03",
      severity: "error",
      target: { table: "relations", row: 0, column: "nationalNumber" },
      source: "imported",
      en: "The national register number of Patrick Schmit fails its check digits. A wrong number mixes up people and is refused by official registers such as the UBO register. Fix it in AdminPulse, then sync again.",
    },
  ],
  establishmentUnit: [
    {
      id: "ID-01",
      severity: "error",
      target: { table: "identification", row: 1, column: "value" },
      source: "imported",
      en: "The enterprise number “2.145.678.996” is not valid: an enterprise number starts with 0 or 1. Filings and the link with AdminPulse need the company's exact number. Fix it in AdminPulse, then sync again.",
    },
    {
      id: "ID-02",
      severity: "warning",
      target: { table: "identification", row: 1, column: "value" },
      source: "imported",
      en: "The number “2.145.678.996” starts with 2: it is the number of an establishment unit, not of the company. Filings, the VAT number and AdminPulse use the company's own number, which starts with 0 or 1. Fix it in AdminPulse, then sync again.",
    },
  ],
};

/** Ids SEED_ERRORS names that cannot fire: Garage du Centre is nobody's relation, so its number is ID-01's, not REL-04's. */
const NOT_APPLICABLE: Readonly<Record<string, readonly string[]>> = { badCheckDigits: ["REL-04"] };

describe("companies seeded with errors give exactly those findings (errors and warnings)", () => {
  const seeded = (Object.keys(SEED_COMPANIES) as Company[]).filter((name) => SEED_COMPANIES[name] in SEED_ERRORS);

  it("every seeded error company is covered", () => {
    expect(seeded.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(seeded)("%s", (name) => {
    const found = serious(check(name));
    expect(brief(found)).toEqual(EXPECTED[name]);
    found.forEach(expectLocalized);
    // The ids SEED_ERRORS describes are the ids found.
    const described = (SEED_ERRORS[SEED_COMPANIES[name]]!.match(/[A-Z]+-\d+/g) ?? []).filter((id) => !(NOT_APPLICABLE[name] ?? []).includes(id));
    expect([...new Set(found.map((f) => f.id))].sort()).toEqual([...new Set(described)].sort());
  });
});

describe("clean demo companies", () => {
  const clean = (Object.keys(SEED_COMPANIES) as Company[]).filter((name) => !(SEED_COMPANIES[name] in SEED_ERRORS));

  it.each(clean)("%s: no errors, no warnings", (name) => {
    expect(brief(serious(check(name)))).toEqual([]);
  });
});

describe("info findings", () => {
  it("the filing deadline for every company that files, none for partnerships and the sole proprietor", () => {
    const withDeadline = (Object.keys(SEED_COMPANIES) as Company[]).filter((name) => check(name).some((f) => f.id === "GA-04"));
    expect(withDeadline.sort()).toEqual(
      (Object.keys(SEED_COMPANIES) as Company[]).filter((name) => !["snc", "scomm", "soleProprietor"].includes(name)).sort(),
    );
    expect(check("srl").filter((f) => f.id === "GA-04").map((f) => f.message.en)).toEqual([
      "The annual accounts must be filed with the National Bank by 09/07/2026: within 30 days after the general meeting, and at the latest 7 months after the financial-year end.",
    ]);
    expect(check("missingMeeting").find((f) => f.id === "GA-04")?.message.en).toContain("by 31/07/2026:");
  });

  it("UBO candidates: natural persons above 25 %", () => {
    const ubo = (name: Company) => check(name).filter((f) => f.id === "SH-05").map((f) => f.message.en.split(":")[0]);
    expect(ubo("srl")).toEqual(["Claire Fontaine holds 70% of the shares", "Thomas Fontaine holds 30% of the shares"]);
    // Isabelle Lemaire holds exactly 25 %, Financière de la Meuse is a company.
    expect(ubo("saBoard")).toEqual(["Philippe Renard holds 30% of the shares"]);
    expect(ubo("coop2000")).toEqual([]);
    expect(ubo("auditorPerson")).toEqual([]);
  });

  it("nothing is typed by hand in a fresh import: no REL-02", () => {
    for (const name of Object.keys(SEED_COMPANIES) as Company[]) expect(check(name).filter((f) => f.id === "REL-02")).toEqual([]);
  });
});
