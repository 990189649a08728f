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
      en: "The legal form SPRL/BVBA no longer exists under the 2019 Code of Companies and Associations. Since 1 January 2024 at the latest, the company is an SRL/BV by law (law of 23 March 2019 introducing the Code of Companies and Associations). Check the form in the Crossroads Bank for Enterprises and record the current one. Fix it in AdminPulse, then sync again.",
    },
    {
      id: "DIR-08",
      severity: "warning",
      target: { table: "directors", row: 0, column: "role" },
      source: "imported",
      en: "Luc Peeters is listed as “manager”: this SPRL/BVBA is now an SRL/BV (converted by law on 1 January 2024 at the latest), where the word is “director” (administrateur, bestuurder); “manager” (gérant, zaakvoerder) is now used only in an SNC/VOF, SComm/CommV or simple partnership. Fix it in AdminPulse, then sync again.",
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
      en: "The date of the general meeting of the company is missing. The annual accounts must be submitted to the general meeting within 6 months after the financial-year end (art. 3:1 §1 BCCA), and the filing deadline depends on its date. Add it in AdminPulse, then sync again.",
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
      en: "The shareholders' percentages of votes add up to 90%, not 100%. Every vote must belong to a shareholder and be counted once: a holding is missing or wrong. Update it in AdminPulse, then sync again.",
    },
    {
      id: "SH-02",
      severity: "warning",
      target: { table: "shareholders", row: null, column: "shares" },
      source: "imported",
      en: "The shareholders hold 900 shares in total, but the company has 1,000 shares (according to AdminPulse). Every share must appear in the share register: check the register; a holding is missing or wrong. Update it in AdminPulse, then sync again.",
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
  // Marc Wouters' mandate ended on 30/06/2024, before the financial year 2025 began: history, listed
  // and never a finding (rules page, "Reference date, mandates and history"). The company gives no
  // error and no warning; the test below also asserts no finding of any severity about him.
  expiredMandate: [],
  saTwoDirectorsFiveShareholders: [
    {
      id: "DIR-04",
      severity: "warning",
      target: { table: "directors", row: null, column: null },
      source: "imported",
      en: "This SA/NV has 2 directors in office on 31/12/2025, and the sheet shows 5 shareholders. A board has at least 3 directors; 2 are enough when the SA was founded by 2 founders or has no more than 2 shareholders, until the ordinary general meeting that follows the recording of a third shareholder (art. 7:85 §1 BCCA). Check in the share register since when the SA has had more than 2 shareholders: a third director must be appointed at the latest at the ordinary general meeting that follows. Update it in AdminPulse, then sync again.",
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
  // Beneficial owners not kept current: Sofie through two holdings (40 % × 70 %), Pieter directly;
  // Luc sold his shares and is still registered. Marc, registered, controls the holding (an info).
  uboNotKept: [
    {
      id: "UBO-01",
      severity: "warning",
      target: { table: "shareholders", row: 0, column: "percentShares" },
      source: "imported",
      en: "Sofie Declercq holds 28% of the shares through Declercq Holding NV (held through Declercq Invest SA): a natural person above 25%, directly or through companies, is an ultimate beneficial owner (UBO; law of 18 September 2017, art. 4, 27°). AdminPulse does not register this person as a beneficiary (a “Beneficiary” link): check the UBO register (changes within a month), then add the link in AdminPulse.",
    },
    {
      id: "UBO-01",
      severity: "warning",
      target: { table: "shareholders", row: 1, column: "percentShares" },
      source: "imported",
      en: "Pieter Declercq holds 30% of the shares: a natural person above 25%, directly or through companies, is an ultimate beneficial owner (UBO; law of 18 September 2017, art. 4, 27°). AdminPulse does not register this person as a beneficiary (a “Beneficiary” link): check the UBO register (changes within a month), then add the link in AdminPulse.",
    },
    {
      id: "UBO-02",
      severity: "warning",
      target: null,
      source: "imported",
      en: "AdminPulse registers Luc Declercq as a beneficiary, but this person holds no more than 25% of the shares or votes, directly or through the companies AdminPulse holds. Verify: control by other means is possible (law of 18 September 2017, art. 4, 27°); otherwise update the UBO register within a month, then the link in AdminPulse.",
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

describe("history is listed, never a finding", () => {
  it("expiredMandate: Marc Wouters, whose mandate ended on 30/06/2024 (before the financial year 2025), gives no finding of any severity", () => {
    const data = companies.get("expiredMandate")!;
    // He is still listed as a director…
    const marc = data.parties.find((p) => p.name === "Marc Wouters")!;
    expect(data.directors.find((d) => d.partyId === marc.adminPulseId)).toMatchObject({ end: "2024-06-30" });
    // …but nothing is said about him: no DIR-06 "remove the director", no other finding on the directors table.
    const found = check("expiredMandate");
    expect(found.filter((f) => f.target?.table === "directors" || f.message.en.includes("Wouters"))).toEqual([]);
    expect(found.filter((f) => f.id.startsWith("DIR-"))).toEqual([]);
  });
});

describe("clean demo companies", () => {
  const clean = (Object.keys(SEED_COMPANIES) as Company[]).filter((name) => !(SEED_COMPANIES[name] in SEED_ERRORS));

  it.each(clean)("%s: no errors, no warnings", (name) => {
    expect(brief(serious(check(name)))).toEqual([]);
  });
});

describe("info findings", () => {
  it("the filing deadline, stated conditionally, for every entity that may file; for partnerships only if they must; none for the sole proprietor", () => {
    const withDeadline = (Object.keys(SEED_COMPANIES) as Company[]).filter((name) => check(name).some((f) => f.id === "GA-04"));
    expect(withDeadline.sort()).toEqual((Object.keys(SEED_COMPANIES) as Company[]).filter((name) => !["soleProprietor", "snc", "scomm"].includes(name)).sort());
    expect(
      check("srl")
        .filter((f) => f.id === "GA-04")
        .map((f) => ({ severity: f.severity, en: f.message.en })),
    ).toEqual([
      {
        severity: "info",
        en: "If the annual accounts for the financial year ended 31/12/2025 are not filed yet, they must be filed with the National Bank by 09/07/2026: within 30 days after the general meeting, and at the latest 7 months after the financial-year end (art. 3:10 BCCA).",
      },
    ]);
    // A partnership files only when an unlimited partner is a limited-liability company (rules page,
    // "Entity families"): the SNC's and SComm's partners are natural persons, so no deadline.
    expect(check("snc").filter((f) => f.id === "GA-04")).toEqual([]);
    expect(check("scomm").filter((f) => f.id === "GA-04")).toEqual([]);
    expect(check("missingMeeting").find((f) => f.id === "GA-04")?.message.en).toContain("by 31/07/2026:");
  });

  it("beneficial owners: natural persons above 25 %, directly or through the holdings AdminPulse holds", () => {
    const ubo = (name: Company) =>
      check(name)
        .filter((f) => f.id === "SH-05" || f.id === "UBO-03")
        .map((f) => f.message.en.split(":")[0]);
    expect(ubo("srl")).toEqual(["Claire Fontaine holds 70% of the shares", "Thomas Fontaine holds 30% of the shares"]);
    // Isabelle Lemaire holds exactly 25 %; Financière de la Meuse's owners pass no one above 25 %.
    expect(ubo("saBoard")).toEqual(["Philippe Renard holds 30% of the shares"]);
    // Nobody holds more than 25 % of the 2,000-member cooperative: its senior managing official.
    expect(ubo("coop2000")).toEqual([
      "Nobody holds more than 25% of the shares or votes, directly or through the companies AdminPulse holds, and no control by other means is recorded. The senior managing official is then the one in the UBO register, here Noor Van Hoecke (law of 18 September 2017, art. 4, 27°). Check the register.",
    ]);
    // Jan Verhaegen owns all of Verhaegen Holding BV, which holds 60 % of Logistiek Schelde NV.
    expect(ubo("auditorPerson")).toEqual(["Jan Verhaegen holds 60% of the shares through Verhaegen Holding BV"]);
    expect(ubo("uboNotKept")).toEqual(["Marc Declercq holds 70% of the shares through Declercq Holding NV"]);
  });

  it("nothing is typed by hand in a fresh import: no REL-02", () => {
    for (const name of Object.keys(SEED_COMPANIES) as Company[]) expect(check(name).filter((f) => f.id === "REL-02")).toEqual([]);
  });
});
