// The report an office sends, and the summary it prints, hold no personal data: run against the
// sandbox's whole demo seed, no text value of any relation (names, enterprise and national
// numbers, streets, cities, ids, codes, dates, comments, roles…) of 3 characters or more appears
// in either. Run as it is, with the knobs that bring unexpected field names into the report, with
// a bigger budget, and in the three languages.
//
// How a value "appears": as a whole token, not inside a longer word (the city "Mons" is not in
// "Montant", the first name "Lien" not in the French "Liens"), case included. Two kinds of value
// are handled apart, each for a stated reason:
// - Values the contract itself spells ("Company", "Person", "Usufruct"…: the relation types and
//   ownership rights of contract.ts) are the add-in's vocabulary, which the report names on purpose.
// - Digits-only values shorter than 5 digits (house numbers, postal codes, share counts) are looked
//   for among the report's texts (keys and string values) only. A count, a time or a status code
//   may spell 200 by chance; the report has no other numbers (checked below), and no 5-digit count
//   can come from a sample this small, so longer numbers (ids, enterprise and national numbers) are
//   looked for everywhere.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Knobs } from "../../sandbox/server";
import { SANDBOX_DEMO_TOKEN } from "../../sandbox/seed";
import { WIRE_NAMES } from "../../src/adminpulse/contract";
import { type Running, startSandbox } from "../support/sandbox";
import { ENV_VAR, type ProbeRun, runProbe } from "./run-probe";

let running: Running;
let dir: string;
let values: string[];

beforeAll(async () => {
  running = await startSandbox();
  const vocabulary = new Set(WIRE_NAMES.map((wire) => wire.name));
  const all = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string") all.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(walk);
  };
  walk(running.sandbox.relations);
  values = [...all].filter((value) => value.trim().length >= 3 && !vocabulary.has(value));
});
afterAll(() => running.sandbox.close());
beforeEach(() => {
  running.sandbox.reset();
  dir = mkdtempSync(join(tmpdir(), "probe-pii-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const shortNumber = (value: string) => /^\d{1,4}$/.test(value);

/** The values that appear in `text` as whole tokens. */
function appearing(text: string, candidates: readonly string[]): string[] {
  return candidates.filter((value) => text.includes(value) && new RegExp(`(?<![\\p{L}\\p{N}])${escape(value)}(?![\\p{L}\\p{N}])`, "u").test(text));
}

/** Every key and string value of a JSON document, and whether all its other leaves are numbers, booleans or null. */
function texts(json: unknown): { strings: string[]; othersAreScalars: boolean } {
  const strings: string[] = [];
  let othersAreScalars = true;
  const walk = (value: unknown): void => {
    if (typeof value === "string") strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        strings.push(key);
        walk(inner);
      }
    } else if (!(typeof value === "number" || typeof value === "boolean" || value === null)) othersAreScalars = false;
  };
  walk(json);
  return { strings, othersAreScalars };
}

function leaks(run: ProbeRun): string[] {
  expect(run.report).not.toBeNull();
  const { strings, othersAreScalars } = texts(run.report);
  expect(othersAreScalars).toBe(true);
  const everywhere = values.filter((value) => !shortNumber(value));
  const found = new Set([...appearing(run.json, everywhere), ...appearing(run.stdout, everywhere), ...appearing(run.stderr, everywhere)]);
  const asTexts = new Set(strings);
  for (const value of values.filter(shortNumber)) if (asTexts.has(value) || strings.some((s) => appearing(s, [value]).length > 0)) found.add(value);
  return [...found];
}

const probe = (argv: string[] = []) =>
  runProbe(["--api-base-url", running.url, "--token-env", ENV_VAR, "--out", "report.json", ...argv], { token: SANDBOX_DEMO_TOKEN, cwd: dir });

it("the seed is what the test says it is: thousands of values, names, numbers, dates and comments among them", () => {
  expect(values.length).toBeGreaterThan(5_000);
  expect(values).toEqual(
    expect.arrayContaining([
      "Georges Delcourt",
      "0566988259",
      "BE0566988259",
      "55100911366",
      "Rue de Fer",
      "Namur",
      "2025-12-31",
      "2026-06-09T18:00:00",
      "Administrateur",
    ]),
  );
  expect(values.some((value) => value.startsWith("00000000-0000-4000-8000-"))).toBe(true);
});

it("the check catches a value that leaks, in the report or in the summary", () => {
  const clean: ProbeRun = { code: 0, stdout: "", stderr: "", report: { names: [] } as never, json: '{"names":[]}' };
  expect(leaks({ ...clean, stdout: "Company: Georges Delcourt\n" })).toEqual(expect.arrayContaining(["Georges Delcourt", "Georges", "Delcourt"]));
  expect(leaks({ ...clean, json: '{"x":"0566988259"}', report: { x: "0566988259" } as never })).toEqual(["0566988259"]);
  expect(leaks({ ...clean, json: '{"x":"5000"}', report: { x: "5000" } as never })).toContain("5000");
  // …and is not fooled by a count that happens to spell a house number.
  expect(leaks({ ...clean, json: '{"count":200}', report: { count: 200 } as never, stdout: "status 200 ×3\n" })).toEqual([]);
});

it.each<[string, string[], Partial<Knobs>]>([
  ["as it is", [], {}],
  ["as it is, in French", ["--language", "fr"], {}],
  ["as it is, in Dutch", ["--language", "nl"], {}],
  ["with a larger budget", ["--max-requests", "200"], {}],
  [
    "with renamed and dropped fields, other link codes and an ignored filter",
    ["--language", "fr"],
    {
      renameFields: { nextGeneralMeeting: "generalMeetingDate", tos: "links", city: "municipality", name: "displayName" },
      dropFields: ["legalForm"],
      linkTypeCodes: { 4: 14 },
      ignoreFilter: true,
    },
  ],
])("no value of the seed in the report or the summary: %s", async (_what, argv, knobs) => {
  running.sandbox.setKnobs(knobs);
  const run = await probe(argv);
  expect([0, 1]).toContain(run.code);
  expect(run.report!.sample.relations).toBeGreaterThan(5);
  expect(leaks(run)).toEqual([]);
});
