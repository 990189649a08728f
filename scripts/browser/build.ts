// Builds the add-in with the project's webpack.config.js through webpack's Node API, into a
// temporary directory, for browser tests to serve. The browser project builds once for all its
// files (global-setup.ts); `sharedBuild` uses that build, or builds when a file runs alone.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack, { type Configuration } from "webpack";

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Configuration>;

export interface Build {
  readonly dir: string;
  readonly seconds: number;
  remove(): void;
}

export async function buildAddIn(mode: "development" | "production" = "development"): Promise<Build> {
  const configPath = resolve(__dirname, "..", "..", "webpack.config.js");
  const makeConfig = ((await import(configPath)) as { default: ConfigFactory }).default;
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode });
  const dir = mkdtempSync(join(tmpdir(), "addin-build-"));
  const started = Date.now();
  const compiler = webpack({
    ...config,
    context: resolve(__dirname, "..", ".."),
    output: { ...config.output, path: dir },
    devtool: false,
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((done, fail) => {
    compiler.run((error, result) => {
      compiler.close(() => undefined);
      if (error) fail(error);
      else if (!result) fail(new Error("webpack returned no stats"));
      else done(result);
    });
  });
  if (stats.hasErrors()) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`webpack build failed:\n${stats.toString({ all: false, errors: true })}`);
  }
  return {
    dir,
    seconds: (Date.now() - started) / 1000,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Set by global-setup.ts to the directory of the development build the browser files share. */
export const SHARED_BUILD_ENV = "ADDIN_TEST_BUILD_DIR";

/** The browser project's development build, not removed by its users (global-teardown.ts does). */
export async function sharedBuild(): Promise<Build> {
  const dir = process.env[SHARED_BUILD_ENV];
  if (dir && existsSync(dir)) return { dir, seconds: 0, remove: () => undefined };
  return buildAddIn("development");
}
