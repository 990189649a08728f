// When to remind the administrator that the AdminPulse key runs out. AdminPulse keys carry an
// expiry date chosen when they are created; the add-in cannot read it from the key, so the
// administrator types it in Settings. Days are counted between calendar dates: today's date where
// the user is, and the expiry date as written (yyyy-MM-dd), so no time zone moves the boundary.

import { isCalendarDate } from "./validation";

/** From this many days before the expiry date, the reminder is "soon". */
export const EXPIRY_WARNING_DAYS = 14;

export type ExpiryState = "none" | "ok" | "soon" | "expired";

export interface ExpiryReminder {
  state: ExpiryState;
  /** Days from today to the expiry date: 0 on the day itself, negative once past; null without a date. */
  daysLeft: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "none" without a (valid) date; "expired" once the date is past; "soon" from 14 days before the
 * date up to and including the date itself (the key is taken to work until the end of that day);
 * "ok" before that.
 */
export function expiryReminder(expiry: string | null, today: Date): ExpiryReminder {
  if (expiry === null || !isCalendarDate(expiry) || Number.isNaN(today.getTime())) return { state: "none", daysLeft: null };
  const [year, month, day] = expiry.split("-").map(Number) as [number, number, number];
  const expiryDay = Date.UTC(year, month - 1, day);
  const todayDay = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const daysLeft = Math.round((expiryDay - todayDay) / DAY_MS);
  if (daysLeft < 0) return { state: "expired", daysLeft };
  if (daysLeft <= EXPIRY_WARNING_DAYS) return { state: "soon", daysLeft };
  return { state: "ok", daysLeft };
}
