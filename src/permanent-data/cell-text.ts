// Text of a value as people read it, wherever values come from (AdminPulse, a cell, the snapshot).

/** Trimmed text; null when there is none: blank, or not a string, a finite number or a boolean. */
export function textOf(value: unknown): string | null {
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" ? null : t;
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value === "boolean") return String(value);
  return null;
}
