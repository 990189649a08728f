// Unit and integration tests run in Node; component tests (test/components, *.test.tsx) render
// the task pane's views in jsdom with React Testing Library; browser tests (test/browser) drive
// Debian's Chromium through playwright-core and skip themselves when no Chromium is installed,
// unless REQUIRE_BROWSER=1 (as in CI), where a missing browser is a failure.
/** @type {import('jest').Config} */
const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" } }],
};

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/browser/", "<rootDir>/test/components/"],
    },
    {
      displayName: "components",
      testEnvironment: "jsdom",
      transform,
      testMatch: ["<rootDir>/test/components/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/components/setup.ts"],
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
      globalSetup: "<rootDir>/test/browser/global-setup.ts",
      globalTeardown: "<rootDir>/test/browser/global-teardown.ts",
    },
  ],
};
