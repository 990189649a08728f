// The part of the common `Office` object the add-in uses.

import type { SimCore } from "./core";

export interface SimOfficeInfo {
  host: "Excel";
  platform: "OfficeOnline";
}

export interface SimOffice {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    /** The UI language, e.g. "fr-BE"; settable for tests. */
    displayLanguage: string;
    contentLanguage: string;
    /** undefined: storage is not partitioned (as desktop Excel). */
    partitionKey: string | undefined;
    host: "Excel";
    platform: "OfficeOnline";
  };
  HostType: { Excel: "Excel" };
  PlatformType: { OfficeOnline: "OfficeOnline"; PC: "PC"; Mac: "Mac" };
  onReady(callback?: (info: SimOfficeInfo) => void): Promise<SimOfficeInfo>;
}

export function createOffice(core: SimCore, displayLanguage = "en-US"): SimOffice {
  const info: SimOfficeInfo = { host: "Excel", platform: "OfficeOnline" };
  return {
    context: {
      requirements: { isSetSupported: (name, minVersion) => core.isSetSupported(name, minVersion) },
      displayLanguage,
      contentLanguage: displayLanguage,
      partitionKey: undefined,
      host: "Excel",
      platform: "OfficeOnline",
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady(callback) {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
  };
}
