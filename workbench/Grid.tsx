// The simulated workbook as a person sees it in Excel: formula bar, grid (column letters, row
// numbers, text as Excel shows it, fills including conditional ones, bold, notes, tables) and
// the sheet tabs. Cells are editable: type into a selected cell, or double-click / F2 / the
// formula bar; Enter, Tab or a click elsewhere commits through `sim.editCell`, as a person typing.
// Only the rows in view are rendered, so tables of thousands of rows stay fast.

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import type { CellInfo } from "../simulator";
import type { WorkbenchFrame } from "./bridge";
import { DEFAULT_COLUMN_PX, HEADER_PX, ROW_HEADER_PX, ROW_PX, address, editText, sheetView, type SheetView, type TableView } from "./view";
import { columnLetters } from "../simulator/address";

const TABLE_COLOR = "#4472C4";
const TABLE_BAND = "#D9E1F2";
/** Rows rendered above and below the ones in view. */
const OVERSCAN = 8;

interface Selection {
  sheet: string;
  row: number;
  col: number;
}

interface Editing {
  where: "cell" | "bar";
  draft: string;
  original: string;
}

export interface GridProps {
  frame: WorkbenchFrame;
  /** Changes when the workbook may have changed. */
  version: string;
  /** Called after the page changed the workbook itself (re-render at once). */
  onChanged(): void;
  onStatus(message: string, kind?: "info" | "error"): void;
}

function tableAt(tables: TableView[], row: number, col: number): TableView | undefined {
  return tables.find((t) => row >= t.rect.r0 && row <= t.rect.r1 && col >= t.rect.c0 && col <= t.rect.c1);
}

function cellStyle(view: SheetView, info: CellInfo | undefined, row: number, col: number): CSSProperties {
  const style: CSSProperties = {};
  const table = tableAt(view.tables, row, col);
  const header = table !== undefined && row === table.rect.r0;
  if (table) {
    const edge = `1px solid ${TABLE_COLOR}`;
    if (row === table.rect.r0) style.borderTop = edge;
    if (row === table.rect.r1) style.borderBottom = edge;
    if (col === table.rect.c0) style.borderLeft = edge;
    if (col === table.rect.c1) style.borderRight = edge;
    if (header) {
      style.background = TABLE_COLOR;
      style.color = "#FFFFFF";
      style.fontWeight = 700;
    } else if (table.bandedRows && (row - table.rect.r0) % 2 === 1) {
      style.background = TABLE_BAND;
    }
  }
  if (!info) return style;
  const fill = info.displayFill;
  if (fill) style.background = fill;
  const color = info.conditionalFontColor ?? info.fontColor;
  if (color) style.color = color;
  if (info.bold) style.fontWeight = 700;
  if (typeof info.value === "number" && info.numberFormat !== "@") style.textAlign = "right";
  else if (typeof info.value === "boolean") style.textAlign = "center";
  return style;
}

const CELL_FONT = '13px Calibri, Carlito, "Segoe UI", system-ui, sans-serif';
let measureContext: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in the grid's font, in CSS pixels (0 where canvas is unavailable). */
function textWidth(text: string): number {
  if (measureContext === undefined) {
    measureContext = document.createElement("canvas").getContext("2d");
    if (measureContext) measureContext.font = CELL_FONT;
  }
  return measureContext ? measureContext.measureText(text).width : 0;
}

/** A number too wide for its column shows as ####, as in Excel. */
function shownText(info: CellInfo | undefined, columnPx: number): string | undefined {
  if (!info || typeof info.value !== "number" || info.numberFormat === "@") return info?.text;
  const room = columnPx - 6;
  if (textWidth(info.text) <= room) return info.text;
  return "#".repeat(Math.max(1, Math.floor(room / Math.max(1, textWidth("#")))));
}

/** The view with default-width columns added until they fill `width` pixels. */
function widen(view: SheetView, width: number): SheetView {
  let total = ROW_HEADER_PX + view.columnPx.reduce((a, b) => a + b, 0);
  if (total >= width) return view;
  const columnPx = [...view.columnPx];
  while (total < width) {
    columnPx.push(DEFAULT_COLUMN_PX);
    total += DEFAULT_COLUMN_PX;
  }
  return { ...view, columnPx, columnCount: columnPx.length };
}

/** Spill right over at most this many empty cells. */
const MAX_SPILL_COLUMNS = 12;

/**
 * Text runs on over empty cells to its right, as in Excel: the width it may use, or undefined
 * when it stays in its cell (numbers, empty neighbours none, or nothing to show).
 */
function spillWidth(view: SheetView, info: CellInfo | undefined, row: number, col: number): number | undefined {
  if (!info || typeof info.value !== "string" || info.text === "") return undefined;
  let width = view.columnPx[col] ?? 0;
  let spilled = false;
  for (let c = col + 1; c < Math.min(view.columnCount, col + 1 + MAX_SPILL_COLUMNS); c++) {
    const next = view.cell(row, c);
    if (next && (next.text !== "" || next.formula !== null)) break;
    width += view.columnPx[c] ?? 0;
    spilled = true;
  }
  return spilled ? width - 6 : undefined;
}

export function Grid({ frame, version, onChanged, onStatus }: GridProps) {
  const { sim } = frame;
  // `version` is the reason to read the workbook again (the simulator changes in place).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a dependency on purpose, not read in the callback
  const sheet = useMemo(() => sheetView(sim), [sim, version]);
  const [scroll, setScroll] = useState({ top: 0, height: 600, width: 800 });
  // Enough columns to fill the width, as Excel's grid always does.
  const view = useMemo(() => widen(sheet, scroll.width), [sheet, scroll.width]);
  const [selection, setSelection] = useState<Selection>({ sheet: view.active, row: 0, col: 0 });
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The edit in progress, current even inside handlers of an older render (blur after commit).
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const scroller = useRef<HTMLDivElement>(null);
  const cellInput = useRef<HTMLInputElement>(null);

  // Another sheet became active (a tab, or the pane): select its A1, as Excel restores a selection.
  const sel = selection.sheet === view.active ? selection : { sheet: view.active, row: 0, col: 0 };
  const selectedAddress = address(sel.row, sel.col);
  const selectedInfo = view.cell(sel.row, sel.col);

  useEffect(() => {
    if (selection.sheet !== view.active) {
      setSelection({ sheet: view.active, row: 0, col: 0 });
      setEditing(null);
    }
  }, [selection.sheet, view.active]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight, width: el.clientWidth });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const input = cellInput.current;
    if (editing?.where !== "cell" || !input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [editing?.where]);

  const focusGrid = () => scroller.current?.focus({ preventScroll: true });

  /** Keeps the selected cell in view after keyboard moves. */
  const reveal = useCallback(
    (row: number, col: number) => {
      const el = scroller.current;
      if (!el) return;
      const top = row * ROW_PX;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_PX > el.scrollTop + el.clientHeight - HEADER_PX) el.scrollTop = top + ROW_PX - el.clientHeight + HEADER_PX;
      const left = view.columnPx.slice(0, col).reduce((a, b) => a + b, 0);
      const width = view.columnPx[col] ?? 0;
      if (left < el.scrollLeft) el.scrollLeft = left;
      else if (left + width > el.scrollLeft + el.clientWidth - ROW_HEADER_PX) el.scrollLeft = left + width - el.clientWidth + ROW_HEADER_PX;
    },
    [view.columnPx],
  );

  const select = (row: number, col: number) => {
    const r = Math.min(Math.max(row, 0), view.rowCount - 1);
    const c = Math.min(Math.max(col, 0), view.columnCount - 1);
    setSelection({ sheet: view.active, row: r, col: c });
    reveal(r, c);
  };

  const edit = async (sheet: string, at: string, value: string) => {
    try {
      await sim.editCell(sheet, at, value);
      onStatus(`${sheet}!${at} edited.`);
    } catch (error) {
      onStatus(error instanceof Error ? error.message : String(error), "error");
    } finally {
      onChanged();
    }
  };

  /** Ends the edit; writes the draft if it changed; then moves the selection. */
  const commit = (move: { rows: number; cols: number } = { rows: 0, cols: 0 }) => {
    const current = editingRef.current;
    if (!current) return;
    if (current.draft !== current.original) void edit(view.active, selectedAddress, current.draft);
    setEditing(null);
    select(sel.row + move.rows, sel.col + move.cols);
    focusGrid();
  };

  const cancel = () => {
    setEditing(null);
    focusGrid();
  };

  const startEditing = (draft: string | undefined, where: Editing["where"] = "cell") => {
    const original = editText(selectedInfo);
    setEditing({ where, draft: draft ?? original, original });
  };

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || e.target !== e.currentTarget) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [e.shiftKey ? -1 : 1, 0],
      Tab: [0, e.shiftKey ? -1 : 1],
      PageDown: [Math.max(1, Math.floor(scroll.height / ROW_PX) - 1), 0],
      PageUp: [-Math.max(1, Math.floor(scroll.height / ROW_PX) - 1), 0],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      select(sel.row + move[0], sel.col + move[1]);
    } else if (e.key === "F2") {
      e.preventDefault();
      startEditing(undefined);
    } else if (e.key === "Delete") {
      e.preventDefault();
      if (editText(selectedInfo) !== "") void edit(view.active, selectedAddress, "");
    } else if (e.key === "Backspace") {
      e.preventDefault();
      startEditing("");
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEditing(e.key);
    }
  };

  const onEditorKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit({ rows: e.shiftKey ? -1 : 1, cols: 0 });
    } else if (e.key === "Tab") {
      e.preventDefault();
      commit({ rows: 0, cols: e.shiftKey ? -1 : 1 });
    } else if (e.key === "Escape") {
      e.preventDefault();
      cancel();
    } else if (editing?.where === "cell" && editing.draft === "" && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
      e.preventDefault();
      commit({ rows: e.key === "ArrowUp" ? -1 : 1, cols: 0 });
    }
  };

  const activate = async (sheet: string) => {
    if (editingRef.current) commit();
    try {
      await sim.fireActivated(sheet);
      onStatus(`Sheet "${sheet}" activated (onActivated fired).`);
    } catch (error) {
      onStatus(error instanceof Error ? error.message : String(error), "error");
    } finally {
      onChanged();
    }
  };

  const first = Math.max(0, Math.floor(scroll.top / ROW_PX) - OVERSCAN);
  const last = Math.min(view.rowCount - 1, Math.ceil((scroll.top + scroll.height) / ROW_PX) + OVERSCAN);
  const totalWidth = ROW_HEADER_PX + view.columnPx.reduce((a, b) => a + b, 0);
  const columns = Array.from({ length: view.columnCount }, (_, c) => c).filter((c) => !view.hiddenColumns.has(c));
  const rows: number[] = [];
  for (let r = first; r <= last; r++) if (!view.hiddenRows.has(r)) rows.push(r);

  return (
    <div className="wb-book">
      <div className="wb-formula-bar">
        <output className="wb-name-box" aria-label="Name box" data-testid="name-box">
          {selectedAddress}
        </output>
        <span className="wb-fx" aria-hidden="true">
          fx
        </span>
        <input
          className="wb-formula"
          aria-label="Formula bar"
          data-testid="formula-bar"
          value={editing ? editing.draft : editText(selectedInfo)}
          onFocus={() => {
            if (!editing) startEditing(undefined, "bar");
          }}
          onChange={(e) => {
            const current = editingRef.current;
            setEditing({ where: current?.where ?? "bar", original: current?.original ?? editText(selectedInfo), draft: e.target.value });
          }}
          onKeyDown={onEditorKey}
          onBlur={() => {
            if (editingRef.current?.where === "bar") commit();
          }}
          spellCheck={false}
        />
        <span className="wb-number-format" title="Number format of the selected cell" data-testid="number-format">
          {selectedInfo?.numberFormat ?? "General"}
        </span>
      </div>
      <div
        ref={scroller}
        className="wb-scroller"
        tabIndex={0}
        role="grid"
        aria-label={`Worksheet ${view.active}`}
        aria-rowcount={view.rowCount + 1}
        aria-colcount={view.columnCount + 1}
        onKeyDown={onGridKey}
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight, width: e.currentTarget.clientWidth })}
      >
        <table className="wb-grid" style={{ width: totalWidth }}>
          <colgroup>
            <col style={{ width: ROW_HEADER_PX }} />
            {columns.map((c) => (
              <col key={c} style={{ width: view.columnPx[c] }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: HEADER_PX }}>
              <th className="wb-corner" aria-hidden="true" />
              {columns.map((c) => (
                <th key={c} role="columnheader" className={c === sel.col ? "wb-col wb-current" : "wb-col"}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_PX }} />}
            {rows.map((r) => (
              <tr key={r} style={{ height: ROW_PX }} aria-rowindex={r + 2}>
                <th role="rowheader" className={r === sel.row ? "wb-row wb-current" : "wb-row"}>
                  {r + 1}
                </th>
                {columns.map((c) => {
                  const info = view.cell(r, c);
                  const at = address(r, c);
                  const spill = spillWidth(view, info, r, c);
                  const selected = r === sel.row && c === sel.col;
                  const classes = ["wb-cell"];
                  if (selected) classes.push("wb-selected");
                  if (info?.note) classes.push("wb-note");
                  if (spill) classes.push("wb-spills");
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      className={classes.join(" ")}
                      style={cellStyle(view, info, r, c)}
                      data-cell={at}
                      aria-selected={selected}
                      title={info?.note ?? (info?.text || undefined)}
                      onMouseDown={(e) => {
                        if (selected && editing?.where === "cell") return;
                        e.preventDefault();
                        if (editingRef.current) commit();
                        setSelection({ sheet: view.active, row: r, col: c });
                        focusGrid();
                      }}
                      onDoubleClick={() => {
                        setSelection({ sheet: view.active, row: r, col: c });
                        const original = editText(info);
                        setEditing({ where: "cell", draft: original, original });
                      }}
                    >
                      {selected && editing?.where === "cell" ? (
                        <input
                          ref={cellInput}
                          className="wb-editor"
                          aria-label={`Edit ${at}`}
                          value={editing.draft}
                          onChange={(e) => setEditing({ ...editing, draft: e.target.value })}
                          onKeyDown={onEditorKey}
                          onBlur={() => commit()}
                          spellCheck={false}
                        />
                      ) : spill ? (
                        <span className="wb-spill" style={{ width: spill }}>
                          {info?.text}
                        </span>
                      ) : (
                        shownText(info, view.columnPx[c] ?? 0)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
            {last < view.rowCount - 1 && <tr aria-hidden="true" style={{ height: (view.rowCount - 1 - last) * ROW_PX }} />}
          </tbody>
        </table>
      </div>
      <div className="wb-tabs" role="tablist" aria-label="Sheets">
        {view.tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            className="wb-tab"
            aria-selected={name === view.active}
            onClick={() => {
              if (name !== view.active) void activate(name);
            }}
          >
            {name}
          </button>
        ))}
        <span className="wb-counters" data-testid="counters">
          {view.protected ? "protected · " : ""}
          syncs: {view.syncCount} · commands: {view.commandCount}
        </span>
      </div>
    </div>
  );
}
