// Prints jest's result file as one line, "tests: N passed, N failed", and exits non-zero when
// anything failed or when no result file exists (the type check or jest itself did not run).
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? "test-results/jest.json";
if (!existsSync(file)) {
  console.log("tests: 0 passed, 1 failed");
  process.exit(1);
}
const r = JSON.parse(readFileSync(file, "utf8"));
// A suite that fails to load has no failed tests of its own: count it as one failure.
const broken = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.every((a) => a.status !== "failed")).length;
const failed = r.numFailedTests + broken;
const skipped = r.numPendingTests + r.numTodoTests;
console.log(`tests: ${r.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || r.numPassedTests === 0 ? 1 : 0);
