// The pane's one way to read a store that lives outside React (the settings, the session's sync
// activity, the workbook as the pane knows it): React's useSyncExternalStore, over the store's own
// `subscribe`. `read` must return the same value until the store changed (a frozen snapshot, a
// string), as useSyncExternalStore requires.

import { useCallback, useSyncExternalStore } from "react";

/** A store the pane can follow: `subscribe` calls the listener after every change. */
export interface Subscribable {
  subscribe(listener: () => void): () => void;
}

export function useStore<S extends Subscribable, T>(store: S, read: (store: S) => T): T {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(() => onChange()), [store]);
  return useSyncExternalStore(subscribe, () => read(store));
}
