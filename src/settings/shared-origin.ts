// Whether the key, if remembered, could be read by pages that are not this add-in. A remembered
// key sits in the browser storage of the add-in's origin (scheme, host, port). Office on the web
// partitions that storage per add-in (Office.context.partitionKey); desktop Office does not, so
// there any page served from the same origin reads it. The add-in cannot see the other pages of
// its origin, but two signs give a shared origin away: the pane is not at the root of its origin
// (it was put in a folder of a larger site), or the storage holds entries this add-in did not write.

import { ownStorageKeys } from "./confirmed-links";

export type SharedOriginSign = "path" | "storage";

export interface OriginFacts {
  /** The pane page's path, e.g. "/taskpane.html" or "/intranet/addins/adminpulse/taskpane.html". */
  pathname: string;
  /** The keys of every entry in the origin's storage (localStorage); empty when there is none. */
  storageKeys: readonly string[];
  /** Office.context.partitionKey: when set, storage is the add-in's own. */
  partitionKey: string | undefined;
}

export function sharedOriginSigns(facts: OriginFacts): SharedOriginSign[] {
  if (facts.partitionKey) return [];
  const signs: SharedOriginSign[] = [];
  const folder = facts.pathname.slice(0, facts.pathname.lastIndexOf("/") + 1);
  if (folder !== "/") signs.push("path");
  const ours = new Set(ownStorageKeys());
  if (facts.storageKeys.some((key) => !ours.has(key))) signs.push("storage");
  return signs;
}

/** The keys of a Storage, or none when it is missing or throws. */
export function storageKeysOf(storage: Storage | null): string[] {
  if (!storage) return [];
  try {
    return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key !== null);
  } catch {
    return [];
  }
}
