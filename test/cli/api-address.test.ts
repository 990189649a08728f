// `sync-file --api-base-url` follows the one address rule of the pane (adminpulse/address.ts):
// an address that hides another host behind a user name never receives the key.

import { parseSyncFileArgs } from "../../src/cli/sync-file";

const base = ["--token-env", "KEY", "--out", "out.xlsx", "--enterprise-number", "0566988259"];

it.each([
  ["https://api.adminpulse.be%2f@attacker.example", /user name or password/],
  ["https://user:secret@api.adminpulse.be", /user name or password/],
  ["http://api.adminpulse.be", /https:\/\//],
  ["https://api.adminpulse.be/?key=1", /\? or #/],
  ["api.adminpulse.be", /not a complete web address/],
])("refuses %s as a usage error that says why", (url, why) => {
  const parsed = parseSyncFileArgs([...base, "--api-base-url", url]);
  expect(parsed.kind).toBe("usage-error");
  expect(parsed.kind === "usage-error" && parsed.message).toMatch(why);
});

it("accepts the pane's addresses as the pane writes them", () => {
  const parsed = parseSyncFileArgs([...base, "--api-base-url", "https://proxy.office.example/adminpulse/"]);
  expect(parsed.kind === "run" && parsed.args.apiBaseUrl).toBe("https://proxy.office.example/adminpulse");
});
