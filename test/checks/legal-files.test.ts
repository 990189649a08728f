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

/** Each company of the corpus → the findings (id and severity) it may have besides none. */
const CORPUS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(Object.keys(SEED_LEGAL_FILES).map((name) => [name, []])),
  // From the main seed: legal companies the issue names.
  saTwoDirectorsFewShareholders: [],
  saSoleDirector: [],
  sc: [],
  snc: [],
  scomm: [],
  asbl: [],
  english: [],
  auditorFirm: [],
  auditorPerson: [],
  holding: [],
};

/** What a company may show beyond "nothing": infos are reminders (GA-04, DIR-06, SH-05) and always allowed. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  // A financial year that ended in 2023: the meeting recorded as next has passed.
  oldFormBefore2024: ["GA-04:warning"],
  // The partners manage it together: the partnership agreement says how the accounts are approved.
  partnershipNoManager: ["GA-01:warning", "DIR-01:warning"],
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

it.each(Object.keys(CORPUS))("%s: no error, and only the warnings it is known to have", (name) => {
  const findings = runChecks(checkInputFromData(data.get(name)!, { today: TODAY }));
  const unexpected = findings.filter((f) => f.severity === "error" || (f.severity === "warning" && !(ALLOWED[name] ?? []).includes(`${f.id}:${f.severity}`)));
  expect(unexpected.map(describeFinding)).toEqual([]);
});
