// End-to-end plumbing for the sync tests: a real sandbox on loopback, the real client over HTTP,
// the real sync, and the Excel simulator standing in for Excel.

import { columnIndex, columnLetters } from "../../simulator/address";
import { type ExcelSimulator, type SimulatorOptions, type WorkbookSnapshot, createExcelSimulator } from "../../simulator";
import type { Language } from "../../src/i18n/language";
import { type SyncOptions, type SyncSummary, prepareSync, sync } from "../../src/sync/sync";
import { excelWorkbook } from "../../src/workbook/port";
import type { Running } from "../support/sandbox";
import type { ClientOptions } from "../../src/adminpulse";
import type { ApplyOptions } from "../../src/workbook/write";

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

export function syncBench(running: Running, language: Language, simOptions: SimulatorOptions = {}, writeOptions: ApplyOptions = {}): Bench {
  const sim = createExcelSimulator(simOptions);
  const base = (options: Partial<SyncOptions> & { clientOptions?: Partial<ClientOptions> } = {}): SyncOptions => {
    const { clientOptions, ...rest } = options;
    return {
      workbook: excelWorkbook(sim.run, { maxRequestBytes: simOptions.maxRequestBytes, ...writeOptions }),
      client: running.client(clientOptions),
      language,
      startedBy: "person",
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

/** The columns of PD_SyncLog on its sheet ("AS", "AT"…), which grow by a row at every sync. */
export function logColumns(sim: ExcelSimulator): { sheet: string; columns: Set<string> } | null {
  const log = sim.table("PD_SyncLog");
  if (!log) return null;
  const m = /!\$?([A-Z]+)\$?\d+:\$?([A-Z]+)\$?\d+$/.exec(log.address);
  if (!m) throw new Error(`unexpected address ${log.address}`);
  const columns = new Set<string>();
  for (let c = columnIndex(m[1]!); c <= columnIndex(m[2]!); c++) columns.add(columnLetters(c));
  return { sheet: log.sheet, columns };
}

/** The whole workbook, but for the sync log (which records every sync, by design). */
export function snapshotWithoutLog(sim: ExcelSimulator): WorkbookSnapshot {
  const snap = sim.snapshot();
  const log = logColumns(sim);
  if (!log) return snap;
  return {
    ...snap,
    tables: snap.tables.filter((t) => t.name !== "PD_SyncLog"),
    sheets: snap.sheets.map((sheet) =>
      sheet.name !== log.sheet
        ? sheet
        : {
            ...sheet,
            cells: Object.fromEntries(Object.entries(sheet.cells).filter(([address]) => !log.columns.has(address.replace(/\d+$/, "")))),
            columnWidths: Object.fromEntries(Object.entries(sheet.columnWidths).filter(([column]) => !log.columns.has(column))),
          },
    ),
  };
}
