// End-to-end plumbing for the sync tests: a real sandbox on loopback, the real client over HTTP,
// the real sync, and the Excel simulator standing in for Excel.

import { type ExcelSimulator, type SimulatorOptions, createExcelSimulator } from "../../simulator";
import type { Language } from "../../src/i18n/language";
import { type SyncOptions, type SyncSummary, excelWorkbook, prepareSync, sync } from "../../src/sync/sync";
import type { Running } from "../support/sandbox";
import type { ClientOptions } from "../../src/adminpulse";

/** A fixed sync time, so LastSync is known: 27 November 2026, 10:30 local. */
export const NOW = new Date(2026, 10, 27, 10, 30);
export const NOW_SERIAL = 46353.4375;

export interface Bench {
  running: Running;
  sim: ExcelSimulator;
  sync(options?: Partial<SyncOptions> & { clientOptions?: Partial<ClientOptions> }): Promise<SyncSummary>;
  prepare(options?: Partial<SyncOptions>): ReturnType<typeof prepareSync>;
  /** Rows of a table, without the header. */
  rows(table: string): unknown[][];
  column(table: string, header: string): unknown[];
}

export function workbench(running: Running, language: Language, simOptions: SimulatorOptions = {}): Bench {
  const sim = createExcelSimulator(simOptions);
  const base = (options: Partial<SyncOptions> & { clientOptions?: Partial<ClientOptions> } = {}): SyncOptions => {
    const { clientOptions, ...rest } = options;
    return {
      workbook: excelWorkbook(sim.run, { maxRequestBytes: simOptions.maxRequestBytes }),
      client: running.client(clientOptions),
      language,
      mode: "manual",
      now: () => NOW,
      ...rest,
    };
  };
  const table = (name: string) => {
    const t = sim.table(name);
    if (!t) throw new Error(`no table ${name}`);
    return t;
  };
  return {
    running,
    sim,
    sync: (options) => sync(base(options)),
    prepare: (options) => prepareSync(base(options)),
    rows: (name) => table(name).rows,
    column: (name, header) => {
      const t = table(name);
      const i = t.headers.indexOf(header);
      if (i < 0) throw new Error(`no column ${header} in ${name}: ${t.headers.join(", ")}`);
      return t.rows.map((r) => r[i]);
    },
  };
}
