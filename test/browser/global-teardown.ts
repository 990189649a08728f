import { rmSync } from "node:fs";
import { SHARED_BUILD_ENV } from "../../scripts/browser/build";

export default function globalTeardown(): void {
  const dir = process.env[SHARED_BUILD_ENV];
  // Only the build global-setup.ts made: a directory given from outside is left alone.
  if (dir && process.env[`${SHARED_BUILD_ENV}_OWNED`] === "1") rmSync(dir, { recursive: true, force: true });
}
