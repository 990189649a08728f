// The workbench page's state outside React: which pane page the iframe loads (language, API
// address, generation), the simulator that page exposes, and a version that changes when the
// workbook does. React subscribes with useSyncExternalStore; window.workbench (api.ts) uses it too.

import type { WorkbookState } from "../simulator";
import type { WorkbenchFrame } from "./bridge";
import { workbenchParams, type WorkbenchParams } from "./config";
import { type ConfigureInput, saveSettings } from "./settings";

/** How often the page looks whether the workbook changed (a string comparison when it did not). */
const POLL_MS = 250;
/** How long `ready` waits for the pane page to load. */
const LOAD_TIMEOUT_MS = 60_000;

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // reported through `error` too; no unhandled rejection
  return { promise, resolve, reject };
}

export interface ControllerSnapshot {
  /** Bumped when the iframe must load anew (reset, language). */
  readonly generation: number;
  readonly params: WorkbenchParams;
  readonly frame: WorkbenchFrame | undefined;
  /** Changes when the workbook may have changed, or another frame was attached. */
  readonly version: string;
  readonly error: string | undefined;
}

export class WorkbenchController {
  private state: ControllerSnapshot;
  private readonly listeners = new Set<() => void>();
  private loaded: Deferred = deferred();
  private loadTimer: ReturnType<typeof setTimeout> | undefined;
  private carry: WorkbookState | undefined;
  /** The pane's iframe, once it loaded: configure() reloads its page in place. */
  private iframe: HTMLIFrameElement | undefined;

  constructor(search: string, browserLanguage: string | undefined) {
    this.state = { generation: 0, params: workbenchParams(search, browserLanguage), frame: undefined, version: "", error: undefined };
    window.__adminPulseWorkbenchCarry = () => {
      const state = this.carry;
      this.carry = undefined;
      return state;
    };
    setInterval(() => this.poll(), POLL_MS);
    this.armLoadTimeout();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ControllerSnapshot => this.state;

  /** Resolves once the current pane page has loaded with its simulator. */
  get ready(): Promise<void> {
    return this.loaded.promise;
  }

  get frame(): WorkbenchFrame | undefined {
    return this.state.frame;
  }

  /** The frame, or an error saying the pane page is not there (yet). */
  requireFrame(): WorkbenchFrame {
    const frame = this.state.frame;
    if (!frame) throw new Error(this.state.error ?? "The task pane page has not loaded yet: await window.workbench.ready.");
    return frame;
  }

  /** The pane page's URL for the current settings. */
  paneUrl(): string {
    const { params, generation } = this.state;
    const query = new URLSearchParams({
      lang: params.displayLanguage,
      api: params.apiBaseUrl,
      ...(params.excelApi ? { excel: params.excelApi } : {}),
      g: String(generation),
    });
    return `workbench-pane.html?${query.toString()}`;
  }

  /** The iframe finished loading: take the simulator its page created. */
  attach(iframe: HTMLIFrameElement, generation: number): void {
    if (generation !== this.state.generation) return; // a page that was already replaced
    clearTimeout(this.loadTimer);
    let frame: WorkbenchFrame | undefined;
    try {
      frame = iframe.contentWindow?.__adminPulseWorkbench;
    } catch {
      frame = undefined;
    }
    if (!frame) {
      const error = "The task pane page loaded without the workbench host (window.__adminPulseWorkbench): was workbench-host built before taskpane?";
      this.update({ frame: undefined, error });
      this.loaded.reject(new Error(error));
      return;
    }
    this.iframe = iframe;
    this.update({ frame, error: undefined, version: `${generation}:${frame.version()}` });
    this.loaded.resolve();
  }

  /** Loads the pane page anew: with a new workbook, or keeping this one (language change). */
  reload(changes: { displayLanguage?: string; keepWorkbook: boolean }): Promise<void> {
    const frame = this.state.frame;
    // A copy in this window's realm; the new pane page copies it again into its own.
    this.carry = changes.keepWorkbook && frame ? structuredClone(frame.sim.state()) : undefined;
    this.loaded = deferred();
    this.update({
      generation: this.state.generation + 1,
      params: { ...this.state.params, ...(changes.displayLanguage ? { displayLanguage: changes.displayLanguage } : {}) },
      frame: undefined,
      error: undefined,
    });
    this.armLoadTimeout();
    return this.loaded.promise;
  }

  /**
   * Saves settings as an administrator would in the pane (settings.ts), then reloads the pane's
   * page in place (the same iframe, so a test's handle on it stays valid), keeping the workbook:
   * the pane reads its settings when it starts, as it does in Excel.
   */
  async configure(input: ConfigureInput): Promise<void> {
    const plain = JSON.parse(JSON.stringify(input ?? {})) as ConfigureInput;
    await this.ready;
    saveSettings(plain, this.state.params);
    const frame = this.requireFrame();
    const pane = this.iframe?.contentWindow;
    if (!pane) return this.reload({ keepWorkbook: true });
    this.carry = structuredClone(frame.sim.state());
    this.loaded = deferred();
    this.update({ frame: undefined, error: undefined });
    this.armLoadTimeout();
    pane.location.reload();
    return this.loaded.promise;
  }

  /** Re-renders now (after an action of the page itself) instead of at the next poll. */
  refresh(): void {
    this.poll();
  }

  private poll(): void {
    const frame = this.state.frame;
    if (!frame) return;
    let version: string;
    try {
      version = `${this.state.generation}:${frame.version()}`;
    } catch {
      return; // the pane page is unloading
    }
    if (version !== this.state.version) this.update({ version });
  }

  private armLoadTimeout(): void {
    clearTimeout(this.loadTimer);
    const generation = this.state.generation;
    this.loadTimer = setTimeout(() => {
      if (generation !== this.state.generation || this.state.frame) return;
      const error = `The task pane page did not load within ${LOAD_TIMEOUT_MS / 1000} s.`;
      this.update({ error });
      this.loaded.reject(new Error(error));
    }, LOAD_TIMEOUT_MS);
  }

  private update(patch: Partial<ControllerSnapshot>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
