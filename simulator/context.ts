// The request context: the queue of commands and the entry to the sync engine (core.ts).

import type { SimCore } from "./core";
import type { WorkbookState } from "./model";
import type { SimObject } from "./object";
import type { Rect } from "./address";
import { SimWorkbook, SimApplication, SimRuntime } from "./workbook";

export type ChangeType = "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";

export interface ChangeRecord {
  sheetId: string;
  rect: Rect;
  changeType: ChangeType;
  /** Single-cell changes: the value before and after. */
  before?: unknown;
  after?: unknown;
}

export interface Command {
  label: string;
  bytes: number;
  run(ex: Exec): void;
}

/** Fixed per-command overhead of the request estimate (object path, action, ids). */
export const COMMAND_OVERHEAD_BYTES = 64;

/** What one sync's commands run against: a clone of the workbook, plus what to do on commit. */
export class Exec {
  readonly afters: (() => void)[] = [];
  readonly changes: ChangeRecord[] = [];
  readonly activations: { from: string; to: string }[] = [];
  readonly traces: string[] = [];
  responseBytes = 0;
  private readonly bindings: [SimObject<unknown>, unknown][] = [];

  constructor(
    readonly core: SimCore,
    readonly state: WorkbookState,
    readonly context: SimContext,
  ) {}

  bind(obj: SimObject<unknown>, ref: unknown): void {
    this.bindings.push([obj, obj._bound]);
    obj._bound = ref;
  }

  rollback(): void {
    for (let i = this.bindings.length - 1; i >= 0; i--) {
      const [obj, previous] = this.bindings[i] as [SimObject<unknown>, unknown];
      obj._bound = previous;
    }
  }

  after(fn: () => void): void {
    this.afters.push(fn);
  }

  changed(record: ChangeRecord): void {
    this.changes.push(record);
  }

  activate(sheetId: string): void {
    const from = this.state.activeSheetId;
    if (from === sheetId) return;
    this.state.activeSheetId = sheetId;
    this.activations.push({ from, to: sheetId });
  }
}

export class SimContext {
  readonly _core: SimCore;
  _queue: Command[] = [];
  /** Set when the Excel.run that created this context finished. */
  _released = false;
  /** Excel.run calls currently using this context (run(context, batch) revives a released one). */
  _activeRuns = 0;
  /** RunOptions.delayForCellEdit of the run that created (or last revived) this context. */
  _delayForCellEdit = false;
  readonly trackedObjects = {
    add: (_objects: unknown): void => undefined,
    remove: (_objects: unknown): void => undefined,
  };
  requestHeaders: Record<string, string> = {};
  private _workbook: SimWorkbook | undefined;
  private _application: SimApplication | undefined;
  private _runtime: SimRuntime | undefined;

  constructor(core: SimCore) {
    this._core = core;
  }

  get workbook(): SimWorkbook {
    this._workbook ??= new SimWorkbook(this);
    return this._workbook;
  }

  get application(): SimApplication {
    this._application ??= new SimApplication(this);
    return this._application;
  }

  get runtime(): SimRuntime {
    this._core.requireApi("RequestContext.runtime", "1.5");
    this._runtime ??= new SimRuntime(this);
    return this._runtime;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._queue.map((c) => c.label) };
  }

  load(object: SimObject<unknown>, option?: Parameters<SimObject<unknown>["load"]>[0]): void {
    object.load(option);
  }

  trace(message: string): void {
    this._enqueue("trace", [message], (ex) => {
      ex.traces.push(message);
    });
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this._core.sync(this, passThroughValue as T);
  }

  _enqueue(label: string, args: unknown[], run: (ex: Exec) => void): void {
    let bytes = COMMAND_OVERHEAD_BYTES;
    try {
      bytes += JSON.stringify(args).length;
    } catch {
      bytes += 0;
    }
    this._queue.push({ label, bytes, run });
  }
}
