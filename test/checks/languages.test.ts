// What the sheet shows, in any of the three languages, gives the same findings; "Run checks"
// without AdminPulse's data gives the same findings but those that need it.

import { type CheckInput, type Finding, runChecks } from "../../src/checks";
import { LANGUAGES, type Language } from "../../src/i18n/language";
import type { PermanentData } from "../../src/permanent-data/model";
import { toTableRows } from "../../src/permanent-data/rows";
import { nationalNumberWithBadCheckDigits } from "../../sandbox/belgian-ids";
import { EN, TODAY, cleanSa, company, director, holding } from "./support";

/** An SA with something wrong in every table. */
function messy(): PermanentData {
  const data = cleanSa();
  data.parties.push(company("h1", "Holding Test SA", EN.management));
  data.parties[1]!.nationalNumber = nationalNumberWithBadCheckDigits(2002, 9, 3, 47);
  data.directors = [
    director("p1", { start: "2023-05-16", end: null, role: "manager", roleText: "Gérant" }),
    // Ended before the financial year 2025 began: history, listed and never a finding, in any language.
    director("p3", { start: "2016-05-16", end: "2022-05-15" }),
    director("h1", { start: "2023-05-16", end: "2029-05-15" }),
  ];
  data.shareholders = [holding("p1", 50, 100), holding("p2", 20, 100), holding("p4", 20, 100)];
  data.auditors[0]!.ireNumber = null;
  return data;
}

function rowsInput(data: PermanentData, language: Language, withCompany: boolean): CheckInput {
  const rows = toTableRows(data, language);
  const table = (list: readonly { link: string; cells: Record<string, unknown> }[]) =>
    list.map((r, index) => ({ index, link: r.link, cells: r.cells as CheckInput["directors"][number]["cells"] }));
  return {
    identification: table(rows.identification),
    directors: table(rows.directors),
    shareholders: table(rows.shareholders),
    auditors: table(rows.auditors),
    relations: table(rows.relations),
    company: withCompany ? data : null,
    conflicts: [],
    today: TODAY,
  };
}

const shape = (list: Finding[]) => list.map((f) => ({ id: f.id, severity: f.severity, target: f.target, source: f.source }));

it("the same findings whatever the sheet's language", () => {
  const en = runChecks(rowsInput(messy(), "en", true));
  expect(new Set(en.map((f) => f.id))).toEqual(new Set(["DIR-02", "DIR-04", "DIR-05", "DIR-08", "AUD-04", "SH-01", "SH-02", "REL-03", "GA-04", "SH-05"]));
  // Jan Janssens' mandate (row 1) is history: no finding points at it (it used to be DIR-06's "remove the director").
  expect(en.filter((f) => f.target?.table === "directors" && f.target.row === 1)).toEqual([]);
  for (const language of LANGUAGES) expect(shape(runChecks(rowsInput(messy(), language, true)))).toEqual(shape(en));
});

it("Run checks from the sheet alone: the same, except what needs AdminPulse's totals (SH-02)", () => {
  const synced = shape(runChecks(rowsInput(messy(), "fr", true))).filter((f) => f.id !== "SH-02");
  for (const language of LANGUAGES) expect(shape(runChecks(rowsInput(messy(), language, false)))).toEqual(synced);
});

it("French typography in every French message: a non-breaking space before : ; ? ! and inside « »", () => {
  // Every module, in a French sheet: the messy SA, a shareholder typed by hand (a mixed source, whose
  // "where to fix" names both places), and an edited imported cell (SYNC-01).
  const input = rowsInput(messy(), "fr", true);
  const shareholders = [...input.shareholders, { index: input.shareholders.length, link: null, cells: { name: "Jan Peeters", shares: 5 } }];
  const found = runChecks({
    ...input,
    shareholders: shareholders as CheckInput["shareholders"],
    conflicts: [{ table: "directors", link: input.directors[0]!.link!, columns: ["end"] }],
  });
  expect(new Set(found.map((f) => f.source))).toEqual(new Set(["imported", "manual", "mixed"]));
  expect(found.some((f) => f.id === "SYNC-01")).toBe(true);
  expect(found.some((f) => f.id.startsWith("SH-"))).toBe(true);
  expect(found.filter((f) => / [:;?!]|« | »/.test(f.message.fr)).map((f) => [f.id, f.message.fr])).toEqual([]);
});
