// The simulated Excel host: workbook state, the sync engine, counters, requirement sets,
// fault injection and event delivery.

import { formatRect } from "./address";
import { Exec, SimContext, type ChangeRecord, type Command } from "./context";
import { simError, SimulatorError } from "./errors";
import { cloneWorkbook, emptyWorkbook, type WorkbookState } from "./model";
import { SimObject } from "./object";
import { valueTypeOf } from "./sheet-ops";
import { bySimulator } from "./strict-null";

export interface FailAt {
  /** Fail the sync containing the N-th command sent to Excel (1-based, since the last reset). */
  command?: number;
  /** Fail the N-th sync sent to Excel (1-based, since the last reset). */
  sync?: number;
}

export interface SimulatorOptions {
  /** Requirement sets the simulated Excel supports, merged over the defaults; null removes one. */
  requirementSets?: Record<string, string | null>;
  /** Request payload cap per sync (default 5 MB, as Excel on the web). */
  maxRequestBytes?: number;
  /** Response payload cap per sync (default 5 MB, as Excel on the web). */
  maxResponseBytes?: number;
  failAt?: FailAt;
  /** Author of notes and comments. */
  userName?: string;
  /** Workbook.name. */
  fileName?: string;
  /** Initial workbook (for instance from importXlsx); default: one empty sheet "Sheet1". */
  state?: WorkbookState;
  /** Names of the sheets of a new workbook (ignored with `state`). */
  sheets?: string[];
  displayLanguage?: string;
  /**
   * Any use but load() of an *OrNullObject result before a sync resolved it fails that sync with
   * InvalidOperation (strict-null.ts). Default false: such uses give null objects.
   */
  strictNullObjects?: boolean;
}

export const DEFAULT_REQUIREMENT_SETS: Record<string, string> = {
  ExcelApi: "1.18",
  SharedRuntime: "1.1",
  AddinCommands: "1.1",
  DialogApi: "1.2",
};

export const DEFAULT_MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

export type SimEventName = "Changed" | "Activated" | "Deactivated";

export interface HandlerEntry {
  scope: { kind: "sheet"; sheetId: string } | { kind: "sheets" };
  event: SimEventName;
  handler: (args: unknown) => unknown;
  context: SimContext;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((x) => Number(x));
  const pb = b.split(".").map((x) => Number(x));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

interface PendingEvent {
  event: SimEventName;
  sheetId: string;
  args: Record<string, unknown>;
}

export class SimCore {
  state: WorkbookState;
  syncCount = 0;
  commandCount = 0;
  failAt: FailAt | undefined;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly requirementSets = new Map<string, string>();
  readonly userName: string;
  readonly fileName: string;
  enableEvents = true;
  strictNullObjects: boolean;
  readonly handlers: HandlerEntry[] = [];
  /** Set while the user is in cell-edit mode; `ended` resolves when they leave it. */
  private cellEdit: { ended: Promise<void>; end: () => void } | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly inflight = new Set<Promise<unknown>>();
  private scheduled = 0;

  constructor(options: SimulatorOptions = {}) {
    this.state = options.state ? cloneWorkbook(options.state) : emptyWorkbook(options.sheets);
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
    this.failAt = options.failAt;
    this.strictNullObjects = options.strictNullObjects ?? false;
    this.userName = options.userName ?? "Simulated User";
    this.fileName = options.fileName ?? "Book1.xlsx";
    const sets: Record<string, string | null> = { ...DEFAULT_REQUIREMENT_SETS, ...(options.requirementSets ?? {}) };
    for (const [name, version] of Object.entries(sets)) {
      if (version !== null) this.requirementSets.set(name.toLowerCase(), version);
    }
  }

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const version = this.requirementSets.get(name.toLowerCase());
    if (version === undefined) return false;
    if (minVersion === undefined || minVersion === "") return true;
    return compareVersions(version, String(minVersion)) >= 0;
  }

  /** office.js checks newer APIs on the client and throws ApiNotFound right away. */
  requireApi(api: string, version: string, set = "ExcelApi"): void {
    if (!this.isSetSupported(set, version)) {
      throw new SimulatorError(
        "ApiNotFound",
        `The method or property ${api} is part of the ${set} ${version} requirement set, which is not available in your version of Excel.`,
        api,
      );
    }
  }

  async run<T>(first: unknown, second?: unknown): Promise<T> {
    let batch: unknown = first;
    let context: SimContext | undefined;
    let delayForCellEdit: boolean | undefined;
    if (second !== undefined) {
      batch = second;
      context = contextOf(first);
      if (isRunOptions(first)) delayForCellEdit = first.delayForCellEdit === true;
    }
    if (typeof batch !== "function") throw simError("InvalidArgument", "Excel.run needs a batch function.");
    const owned = context === undefined;
    const ctx = context ?? new SimContext(this);
    if (delayForCellEdit !== undefined) ctx._delayForCellEdit = delayForCellEdit;
    ctx._activeRuns += 1;
    try {
      const result: unknown = (batch as (c: SimContext) => unknown)(ctx);
      if (result === null || typeof result !== "object" || typeof (result as { then?: unknown }).then !== "function") {
        throw simError("RunMustReturnPromise");
      }
      const value = (await result) as T;
      // Excel.run syncs what the batch left queued (a no-op when nothing is pending).
      return await ctx.sync(value);
    } finally {
      ctx._activeRuns -= 1;
      if (owned) ctx._released = true;
    }
  }

  sync<T>(ctx: SimContext, pass: T): Promise<T> {
    const commands = ctx._queue;
    ctx._queue = [];
    if (commands.length === 0) return Promise.resolve(pass);
    if (ctx._released && ctx._activeRuns === 0) {
      return Promise.reject(simError("InvalidObjectPath", "The Excel.run that created these objects has finished."));
    }
    const run = this.chain.then(() => this.execute(ctx, commands));
    this.chain = run.catch(() => undefined);
    return run.then(() => pass);
  }

  private async execute(ctx: SimContext, commands: Command[]): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.syncCount += 1;
    const syncNumber = this.syncCount;
    const firstCommand = this.commandCount + 1;
    this.commandCount += commands.length;
    if (this.failAt?.sync === syncNumber) {
      throw simError("GeneralException", `Injected failure of sync #${syncNumber}.`);
    }
    // RunOptions.delayForCellEdit; Excel below ExcelApi 1.11 ignores it. Syncs are served in order,
    // so one that waits holds those behind it.
    while (this.cellEdit !== null) {
      if (!ctx._delayForCellEdit || !this.isSetSupported("ExcelApi", "1.11")) throw simError("InvalidOperationInCellEditMode");
      await this.cellEdit.ended;
    }
    const bytes = commands.reduce((sum, c) => sum + c.bytes, 0);
    if (bytes > this.maxRequestBytes) {
      throw simError("RequestPayloadSizeLimitExceeded", `Estimated request: ${bytes} bytes, limit ${this.maxRequestBytes}.`);
    }
    const ex = new Exec(this, cloneWorkbook(this.state), ctx);
    try {
      // The commands' own use of proxies is the host's, never refused as strict null objects.
      bySimulator(() => {
        commands.forEach((command, i) => {
          if (this.failAt?.command === firstCommand + i) {
            throw simError("GeneralException", `Injected failure of command #${firstCommand + i}.`, command.label);
          }
          try {
            command.run(ex);
          } catch (error) {
            if (error instanceof SimulatorError) {
              error.debugInfo.statement ??= command.label;
              error.debugInfo.errorLocation ??= command.label;
            }
            throw error;
          }
        });
      });
      if (ex.responseBytes > this.maxResponseBytes) {
        throw simError("ResponsePayloadSizeLimitExceeded", `Estimated response: ${ex.responseBytes} bytes, limit ${this.maxResponseBytes}.`);
      }
    } catch (error) {
      ex.rollback();
      if (error instanceof SimulatorError) error.traceMessages = [...ex.traces];
      throw error;
    }
    this.state = ex.state;
    for (const fn of ex.afters) fn();
    this.deliver(this.eventsOf(ex.changes, ex.activations, "ThisLocalAddin"));
  }

  get cellEditing(): boolean {
    return this.cellEdit !== null;
  }

  beginCellEdit(): void {
    if (this.cellEdit !== null) return;
    let end = (): void => undefined;
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    this.cellEdit = { ended, end };
  }

  endCellEdit(): void {
    const edit = this.cellEdit;
    this.cellEdit = null;
    edit?.end();
  }

  // ---------------------------------------------------------------------------------------
  // Events

  eventsOf(
    changes: ChangeRecord[],
    activations: { from: string; to: string }[],
    trigger: "ThisLocalAddin" | "Unknown",
    source: "Local" | "Remote" = "Local",
  ): PendingEvent[] {
    const events: PendingEvent[] = [];
    for (const a of activations) {
      if (a.from !== "") events.push({ event: "Deactivated", sheetId: a.from, args: { type: "WorksheetDeactivated", worksheetId: a.from } });
      events.push({ event: "Activated", sheetId: a.to, args: { type: "WorksheetActivated", worksheetId: a.to } });
    }
    for (const change of changes) events.push({ event: "Changed", sheetId: change.sheetId, args: this.changedArgs(change, trigger, source) });
    return events;
  }

  private changedArgs(change: ChangeRecord, trigger: "ThisLocalAddin" | "Unknown", source: "Local" | "Remote"): Record<string, unknown> {
    const address = formatRect(change.rect);
    const sheetId = change.sheetId;
    const args: Record<string, unknown> = {
      type: "WorksheetChanged",
      address,
      changeType: change.changeType,
      source,
      worksheetId: sheetId,
      getRange: (ctx: SimContext) => ctx.workbook.worksheets.getItem(sheetId).getRange(address),
      getRangeOrNullObject: (ctx: SimContext) => ctx.workbook.worksheets.getItem(sheetId).getRange(address),
    };
    if (this.isSetSupported("ExcelApi", "1.14")) args.triggerSource = trigger;
    if (this.isSetSupported("ExcelApi", "1.9") && change.rect.r0 === change.rect.r1 && change.rect.c0 === change.rect.c1 && "after" in change) {
      args.details = {
        valueBefore: change.before,
        valueAfter: change.after,
        valueTypeBefore: valueTypeOf(change.before),
        valueTypeAfter: valueTypeOf(change.after),
      };
    }
    return args;
  }

  deliver(events: PendingEvent[]): Promise<void> {
    if (events.length === 0 || !this.enableEvents) return Promise.resolve();
    const handlers = [...this.handlers];
    this.scheduled += 1;
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        this.scheduled -= 1;
        const calls: Promise<unknown>[] = [];
        for (const e of events) {
          for (const h of handlers) {
            if (h.event !== e.event) continue;
            if (h.scope.kind === "sheet" && h.scope.sheetId !== e.sheetId) continue;
            const p = Promise.resolve()
              .then(() => h.handler({ ...e.args }))
              .catch(() => undefined);
            this.inflight.add(p);
            calls.push(p.finally(() => this.inflight.delete(p)));
          }
        }
        void Promise.all(calls).then(() => resolve());
      }, 0);
    });
  }

  /** Resolves once every scheduled event was delivered and every handler settled. */
  async settle(): Promise<void> {
    for (let i = 0; i < 1000; i++) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (this.scheduled === 0 && this.inflight.size === 0) {
        await this.chain;
        if (this.scheduled === 0 && this.inflight.size === 0) return;
      }
      await Promise.allSettled([...this.inflight]);
    }
  }
}

/** Excel.run(options, batch): an options object, not a context, proxy or array of proxies. */
function isRunOptions(value: unknown): value is { delayForCellEdit?: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof SimContext) && !(value instanceof SimObject);
}

function contextOf(value: unknown): SimContext | undefined {
  if (value instanceof SimContext) return value;
  if (value instanceof SimObject) return value.context;
  if (Array.isArray(value)) return contextOf(value[0]);
  if (value !== null && typeof value === "object" && "previousObjects" in value) {
    return contextOf((value as { previousObjects: unknown }).previousObjects);
  }
  return undefined;
}
