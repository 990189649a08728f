// After the administrator changed the AdminPulse address in Excel, the pane reloads so that its
// security policy allows the new address (content-security-policy.ts), and comes back on Settings
// saying what changed: the one thing carried over the reload, in the tab's session storage.

/** An address change, as Settings reports it. */
export interface AddressChange {
  url: string;
  /** Whether a key set for the previous address was forgotten with it. */
  keyForgotten: boolean;
}

const KEY = "adminpulse.addressChanged";

function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Reloads the page through `reload`, to open on Settings with `change` reported. */
export function reloadForAddress(change: AddressChange, reload: () => void): void {
  try {
    sessionStore()?.setItem(KEY, JSON.stringify(change));
  } catch {
    // Settings then simply opens on Home after the reload.
  }
  reload();
}

/** The change a reload was made for, once (null on any other start). */
export function takeAddressChange(): AddressChange | null {
  const store = sessionStore();
  try {
    const raw = store?.getItem(KEY) ?? null;
    store?.removeItem(KEY);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return null;
    const { url, keyForgotten } = parsed as Record<string, unknown>;
    return typeof url === "string" && typeof keyForgotten === "boolean" ? { url, keyForgotten } : null;
  } catch {
    return null;
  }
}
