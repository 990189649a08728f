// ESLint flat config. TypeScript: typescript-eslint's recommended rules plus the Office add-in
// rules of eslint-plugin-office-addins (load before read, sync after load, no sync in loops, ...).
// The plugin's own `recommended` config also switches on Prettier formatting and an ES6 parser
// setting; formatting is checked by Prettier itself (`npm run lint`), so only its office-addins/*
// rules are taken, at the severities that config gives them. React: the rules of hooks.

import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const officeAddinRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).filter(([name]) => name.startsWith("office-addins/")),
);
if (Object.keys(officeAddinRules).length === 0) {
  throw new Error("eslint-plugin-office-addins: no office-addins/* rules found in configs.recommended");
}

export default defineConfig(
  {
    ignores: ["dist/", "node_modules/", "coverage/", "test-results/", "bench-results/"],
  },
  js.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    extends: [tseslint.configs.recommended],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      ...officeAddinRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // Build scripts and configs run in Node: CommonJS for *.js and *.cjs, ES modules for *.mjs.
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: globals.node },
  },
);
