// Every message the add-in can show a user when something goes wrong has a row in the README's
// Troubleshooting table, which says what to do about it. A new error without a row fails here.

import { readFileSync } from "node:fs";
import path from "node:path";
import {
  BadRequestError,
  CancelledError,
  InvalidTokenError,
  NotFoundError,
  RateLimitedError,
  UnavailableError,
  UnexpectedResponseError,
} from "../../src/adminpulse";
import { SettingsValidationError, type SettingsValidationReason } from "../../src/settings/validation";
import { syncErrors } from "../../src/sync/errors";
import { describeError, paneErrors } from "../../src/taskpane/pane-errors";

const README = readFileSync(path.join(__dirname, "../../README.md"), "utf8");

/** The quoted message fragments of the Troubleshooting table's first column, split at "…". */
function rows(): string[][] {
  const section = README.split("## Troubleshooting")[1]!.split("\n## ")[0]!;
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| message") && !line.startsWith("| ---"))
    .flatMap((line) =>
      [...line.split(" | ")[0]!.matchAll(/\*([^*]+)\*/g)].map((m) =>
        normalise(m[1]!)
          .split("...")
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    );
}

function normalise(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/…/g, "...")
    .replace(/\s+/g, " ");
}

/** Whether a row's fragments all appear in the message, in order. */
function covers(fragments: string[], message: string): boolean {
  let at = 0;
  for (const fragment of fragments) {
    const found = message.indexOf(fragment, at);
    if (found < 0) return false;
    at = found + fragment.length;
  }
  return true;
}

const REASONS: SettingsValidationReason[] = [
  "url-empty",
  "url-invalid",
  "url-not-https",
  "url-credentials",
  "url-query",
  "token-empty",
  "token-whitespace",
  "expiry-invalid",
];

const MESSAGES: [string, string][] = [
  ["invalid token", new InvalidTokenError("", 401).userMessage.en],
  ["company not found", new NotFoundError("", "0566988259").userMessage.en],
  ["relation not found", new NotFoundError("").userMessage.en],
  ["bad request", new BadRequestError("", 400).userMessage.en],
  ["rate limited", new RateLimitedError("", null).userMessage.en],
  ["unavailable", new UnavailableError("", "server-error", 500).userMessage.en],
  ["timeout", new UnavailableError("", "timeout").userMessage.en],
  ["unexpected response", new UnexpectedResponseError("", 200).userMessage.en],
  ["an answer too large", new UnexpectedResponseError("", 200, "too-large").userMessage.en],
  ["cancelled", new CancelledError().userMessage.en],
  ["cancelled, as the pane titles it", describeError(new CancelledError(), "en").title],
  ["no enterprise number", syncErrors.noEnterpriseNumber().userMessage.en],
  ["invalid enterprise number", syncErrors.invalidEnterpriseNumber("0566.988.258").userMessage.en],
  ["linked to another company", syncErrors.linkedToAnotherCompany("0566.988.259", "0403.170.701").userMessage.en],
  ["busy", syncErrors.busy().userMessage.en],
  ["protected sheet", syncErrors.protectedSheet("Permanent data").userMessage.en],
  ["protected state sheet", syncErrors.protectedSheet("PD_State").userMessage.en],
  ["table blocked", syncErrors.tableBlocked("PD_Directors", "Permanent data", 2, "F3").userMessage.en],
  ["table overlapping merged cells", syncErrors.tableOverlap().userMessage.en],
  ["excel", syncErrors.excel("GeneralException").userMessage.en],
  ["no key", paneErrors.noKey().userMessage.en],
  ["unexpected", describeError(new Error("boom"), "en").message],
  ["unexpected, as the pane titles it", describeError(new Error("boom"), "en").title],
  ...REASONS.map((reason): [string, string] => [`settings: ${reason}`, new SettingsValidationError("token", reason).userMessage.en]),
];

describe("the README's Troubleshooting table", () => {
  test.each(MESSAGES)("has a row for %s", (_name, message) => {
    const text = normalise(message);
    const matching = rows().filter((fragments) => covers(fragments, text));
    if (matching.length === 0) throw new Error(`no Troubleshooting row for: ${message}`);
  });
});
