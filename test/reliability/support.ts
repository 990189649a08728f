// Shared plumbing of the reliability suite: a workbook that has lived a little (synced once, a row
// typed by hand), the check that an error tells the user what to do in the three languages, and
// small helpers to catch a failure and to compare tables cell by cell.

import { columnLetters, parseAddress } from "../../simulator/address";
import type { ExcelSimulator } from "../../simulator";
import type { Localized } from "../../src/i18n/language";
import { ACME } from "../support/fixture-seed";
import type { Running } from "../support/sandbox";
import { type Bench, syncBench } from "../sync/support";

export const SHEET = "Permanent data";

/** Words that tell someone what to do, per language (every user message must contain one). */
const ACTION: Record<keyof Localized, RegExp> = {
  en: /\b(check|try|wait|ask|contact|enter|create|sync|type|close|unprotect)\b/i,
  fr: /\b(vérifiez|réessayez|patientez|demandez|contactez|saisissez|créez|synchronisez|fermez|ôtez|attendez)\b/i,
  nl: /\b(controleer|probeer|wacht|vraag|neem|vul|maak|synchroniseer|typ|sluit|hef)\b/i,
};

/** The promise's rejection; fails the test when it resolves, or rejects with something that is not an Error. */
export async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof Error)) throw new Error(`expected a failure, got ${outcome === null ? "success" : String(outcome)}`);
  return outcome;
}

/** A non-empty message in French, Dutch and English, each saying what to do. */
export function expectActionableMessage(error: unknown): Localized {
  const message = (error as { userMessage?: Localized }).userMessage;
  expect(message).toBeDefined();
  for (const language of ["en", "fr", "nl"] as const) {
    const text = message![language];
    expect(typeof text).toBe("string");
    expect(text.trim().length).toBeGreaterThan(20);
    if (!ACTION[language].test(text)) throw new Error(`the ${language} message does not say what to do: ${text}`);
  }
  return message!;
}

/**
 * ACME synced once in English, then a row typed by hand below PD_Directors ("Martin Claire", an
 * accountant's note in its own column of the row) and one below PD_Relations.
 */
export async function lived(running: Running, language: "en" | "fr" | "nl" = "en"): Promise<Bench> {
  const bench = syncBench(running, language);
  await bench.sync({ enterpriseNumber: ACME.number });
  await typeBelow(bench.sim, "PD_Directors", ["Martin Claire", "Natural person", "", "director"]);
  await typeBelow(bench.sim, "PD_Relations", ["Martin Claire", "Natural person", "", "", "Rue Neuve 3, 1000 Bruxelles"]);
  return bench;
}

/** Types values into the row right below a table, as a person would (the table grows over it). */
export async function typeBelow(sim: ExcelSimulator, table: string, values: (string | number)[]): Promise<void> {
  const info = sim.table(table);
  if (!info) throw new Error(`no table ${table}`);
  const { rect } = parseAddress(info.address);
  const below = rect.r1 + 2; // 1-based: the row after the table's last
  const range = `${columnLetters(rect.c0)}${below}:${columnLetters(rect.c0 + values.length - 1)}${below}`;
  await sim.editCell(info.sheet, range, [values]);
}

/** Every body cell of a table, with its formula when it has one: for "equal cell by cell". */
export function tableCells(sim: ExcelSimulator, name: string): { address: string; headers: string[]; rows: unknown[][] } {
  const info = sim.table(name);
  if (!info) throw new Error(`no table ${name}`);
  const { c0, r0, c1, r1 } = parseAddress(info.address).rect;
  const rows: unknown[][] = [];
  for (let r = r0 + 2; r <= r1 + 1; r++) {
    const row: unknown[] = [];
    for (let c = c0; c <= c1; c++) {
      const cell = sim.cell(info.sheet, `${columnLetters(c)}${r}`);
      row.push(cell.formula ?? cell.value, cell.numberFormat);
    }
    rows.push(row);
  }
  return { address: info.address, headers: info.headers, rows };
}
