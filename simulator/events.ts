// OfficeExtension.EventHandlers: handlers are registered by a queued command, so they take
// effect at the next sync, like office.js.

import type { Exec, SimContext } from "./context";
import type { HandlerEntry, SimEventName } from "./core";

type Scope = HandlerEntry["scope"];

function sameScope(a: Scope, b: Scope): boolean {
  return a.kind === b.kind && (a.kind === "sheets" || (b.kind === "sheet" && a.sheetId === b.sheetId));
}

export class SimEventHandlerResult {
  constructor(
    readonly context: SimContext,
    private readonly handlers: SimEventHandlers,
    private readonly handler: (args: never) => unknown,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

export class SimEventHandlers {
  private readonly registered: { handler: (args: never) => unknown; scope: Scope }[] = [];

  constructor(
    private readonly context: SimContext,
    private readonly label: string,
    private readonly event: SimEventName,
    private readonly scope: (ex: Exec) => Scope,
    private readonly minVersion: string,
  ) {}

  add(handler: (args: never) => unknown): SimEventHandlerResult {
    this.context._core.requireApi(this.label, this.minVersion);
    this.context._enqueue(`${this.label}.add`, [], (ex) => {
      const scope = this.scope(ex);
      ex.after(() => {
        this.registered.push({ handler, scope });
        this.context._core.handlers.push({ scope, event: this.event, handler: handler as (args: unknown) => unknown, context: this.context });
      });
    });
    return new SimEventHandlerResult(this.context, this, handler);
  }

  remove(handler: (args: never) => unknown): void {
    this.context._enqueue(`${this.label}.remove`, [], (ex) => {
      ex.after(() => {
        const mine = this.registered.findIndex((r) => r.handler === handler);
        if (mine < 0) return;
        const [entry] = this.registered.splice(mine, 1);
        const all = this.context._core.handlers;
        const i = all.findIndex((h) => h.handler === handler && h.event === this.event && entry !== undefined && sameScope(h.scope, entry.scope));
        if (i >= 0) all.splice(i, 1);
      });
    });
  }
}
