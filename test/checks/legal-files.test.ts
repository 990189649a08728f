// The legal-files corpus: companies kept as Belgian offices really keep them, all correct in law
// (split ownership, treasury shares, history, a foundation, a partnership without a named manager,
// a small association, the art. 7:85 transition, a sole director, a foreign director, auditor terms
// recorded both ways, an old form before 2024, a liquidation, a holding structure, an SC). Fetched
// from the sandbox over loopback HTTP and checked as a sync checks them: no error on any of them,
// and only the warnings and infos listed for each.

import { SANDBOX_DEMO_TOKEN, SEED_COMPANIES } from "../../sandbox/seed";
import { SEED_LEGAL_FILES } from "../../sandbox/seed-legal";
import { type Finding, checkInputFromData, runChecks } from "../../src/checks";
import { mapCompany } from "../../src/permanent-data/mapping";
import type { PermanentData } from "../../src/permanent-data/model";
import { type Running, startSandbox } from "../support/sandbox";
import { TODAY } from "./support";

/**
 * Each company of the corpus → every finding it has (id and severity), none of them an error. The
 * warnings are judgements the data cannot settle, saying what to verify; the infos are reminders:
 * the filing deadline (GA-04), each beneficial owner (SH-05), a sole director's term (DIR-05).
 */
const CORPUS: Readonly<Record<string, readonly string[]>> = {
  directorHistory: ["GA-04:info", "SH-05:info"],
  leftDuringYear: ["GA-04:info", "SH-05:info", "SH-05:info"],
  foundation: ["GA-04:info"],
  // The partners manage it together: the partnership agreement says how the accounts are approved.
  partnershipNoManager: ["GA-01:warning", "DIR-01:warning"],
  smallAsbl: ["GA-04:info"],
  formerScaSoleDirector: ["GA-04:info", "DIR-05:info", "SH-05:info"],
  auditorTermToMeeting: ["GA-04:info", "SH-05:info", "SH-05:info"],
  auditorTermToYearEnd: ["GA-04:info", "SH-05:info", "SH-05:info"],
  // A financial year that ended in 2023: the meeting recorded as next has passed.
  oldFormBefore2024: ["GA-04:warning", "SH-05:info"],
  liquidation: ["GA-04:info", "SH-05:info"],
  treasuryShares: ["GA-04:info", "SH-05:info", "SH-05:info"],
  // The usufructuary and both bare owners.
  splitOwnership: ["GA-04:info", "SH-05:info", "SH-05:info", "SH-05:info"],
  // Koen 60 % (20 % directly, half of the holding's 80 %), Els 40 % through the holding.
  holdingStructure: ["GA-04:info", "SH-05:info", "SH-05:info"],
  // From the main seed: legal companies the issue names.
  saTwoDirectorsFewShareholders: ["GA-04:info", "SH-05:info", "SH-05:info"],
  saSoleDirector: ["GA-04:info", "SH-05:info"],
  sc: ["GA-04:info", "SH-05:info", "SH-05:info"],
  // Partners who are natural persons: no filing, so no deadline (GA-04).
  snc: ["SH-05:info", "SH-05:info"],
  scomm: ["SH-05:info"],
  asbl: ["GA-04:info"],
  english: ["GA-04:info", "SH-05:info", "SH-05:info"],
  auditorFirm: ["GA-04:info"],
  auditorPerson: ["GA-04:info", "SH-05:info"],
  holding: ["GA-04:info", "SH-05:info"],
};

const NUMBERS: Readonly<Record<string, string>> = { ...SEED_COMPANIES, ...SEED_LEGAL_FILES };

let running: Running;
const data = new Map<string, PermanentData>();

beforeAll(async () => {
  running = await startSandbox();
  const client = running.client({ token: SANDBOX_DEMO_TOKEN });
  for (const name of Object.keys(CORPUS)) data.set(name, mapCompany(await client.fetchCompany(NUMBERS[name]!)));
}, 60_000);
afterAll(() => running.sandbox.close());

const describeFinding = (f: Finding) => `${f.id}:${f.severity}: ${f.message.en}`;

it("holds at least 15 companies", () => {
  expect(Object.keys(CORPUS).length).toBeGreaterThanOrEqual(15);
});

it("holds every company of the legal-files seed", () => {
  expect(Object.keys(CORPUS)).toEqual(expect.arrayContaining(Object.keys(SEED_LEGAL_FILES)));
});

it.each(Object.keys(CORPUS))("%s: no error, and exactly the warnings and infos listed for it", (name) => {
  const findings = runChecks(checkInputFromData(data.get(name)!, { today: TODAY }));
  expect(findings.filter((f) => f.severity === "error").map(describeFinding)).toEqual([]);
  expect(findings.map((f) => `${f.id}:${f.severity}`).sort()).toEqual([...CORPUS[name]!].sort());
});
