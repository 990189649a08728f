// One development build for every browser test file (each used to build its own: about 20 s each
// on two cores). Skipped without Chromium, where the suites skip or fail before needing it.

import { SHARED_BUILD_ENV, buildAddIn } from "../../scripts/browser/build";
import { browserAvailable } from "../../scripts/browser/chromium";

export default async function globalSetup(): Promise<void> {
  if (!browserAvailable || process.env[SHARED_BUILD_ENV]) return;
  const build = await buildAddIn("development");
  // Workers start after this and inherit the environment.
  process.env[SHARED_BUILD_ENV] = build.dir;
  process.env[`${SHARED_BUILD_ENV}_OWNED`] = "1";
}
