// What the device keeps beside the settings: the links a person confirmed (enterprise numbers
// only), and the signs that other pages share the add-in's storage.

import { CONFIRMED_LINKS_STORAGE_KEY, ConfirmedLinks, ownStorageKeys } from "../../src/settings/confirmed-links";
import { sharedOriginSigns, storageKeysOf } from "../../src/settings/shared-origin";
import { MemoryStorage } from "./memory-storage";

describe("confirmed links", () => {
  it("are kept per partition as 10-digit numbers, and read back on the next start", () => {
    const storage = new MemoryStorage();
    const links = new ConfirmedLinks({ storage, partitionKey: "p1/" });
    links.add("0566988259");
    links.add("not a number");
    expect(links.has("0566988259")).toBe(true);
    expect(storage.getItem(`p1/${CONFIRMED_LINKS_STORAGE_KEY}`)).toBe('["0566988259"]');
    expect(new ConfirmedLinks({ storage, partitionKey: "p1/" }).has("0566988259")).toBe(true);
    expect(new ConfirmedLinks({ storage, partitionKey: "p2/" }).has("0566988259")).toBe(false);
  });

  it("drop what storage holds that is not a number, and work without storage", () => {
    const storage = new MemoryStorage();
    storage.setItem(CONFIRMED_LINKS_STORAGE_KEY, '["0566988259", {"x":1}, "12", 42]');
    expect(new ConfirmedLinks({ storage }).has("0566988259")).toBe(true);
    storage.setItem(CONFIRMED_LINKS_STORAGE_KEY, "{broken");
    expect(new ConfirmedLinks({ storage }).has("0566988259")).toBe(false);
    const memoryOnly = new ConfirmedLinks({ storage: null });
    memoryOnly.add("0566988259");
    expect(memoryOnly.has("0566988259")).toBe(true);
  });
});

describe("a shared origin", () => {
  const ours = ownStorageKeys();

  it("is not suspected for a pane at the root of its origin whose storage is its own", () => {
    expect(sharedOriginSigns({ pathname: "/taskpane.html", storageKeys: ours, partitionKey: undefined })).toEqual([]);
  });

  it("is suspected for a pane in a folder of a larger site, or beside other pages' storage", () => {
    expect(sharedOriginSigns({ pathname: "/intranet/addins/adminpulse/taskpane.html", storageKeys: [], partitionKey: undefined })).toEqual(["path"]);
    expect(sharedOriginSigns({ pathname: "/taskpane.html", storageKeys: [...ours, "intranet.session"], partitionKey: undefined })).toEqual(["storage"]);
  });

  it("is no matter where Office partitions the add-in's storage", () => {
    expect(sharedOriginSigns({ pathname: "/a/b/taskpane.html", storageKeys: ["other"], partitionKey: "partition" })).toEqual([]);
  });

  it("reads the keys of a storage, and none of one that throws", () => {
    const storage = new MemoryStorage();
    storage.setItem("a", "1");
    expect(storageKeysOf(storage)).toEqual(["a"]);
    expect(storageKeysOf(null)).toEqual([]);
    const throwing = {
      get length(): number {
        throw new Error("denied");
      },
    } as unknown as Storage;
    expect(storageKeysOf(throwing)).toEqual([]);
  });
});
