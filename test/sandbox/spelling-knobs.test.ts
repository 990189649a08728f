// The knobs that make the sandbox spell the contract otherwise (renamed fields, dropped fields,
// other link-type codes), as the real API could: in every object of an answer, lists and details,
// settable from code, over HTTP and on the command line, undone by reset.

import { spawn } from "node:child_process";
import path from "node:path";
import { respell } from "../../sandbox/server";
import { ACME, TOKEN, fixtureSeed } from "../support/fixture-seed";
import { type Running, startSandbox } from "../support/sandbox";

let env: Running;
beforeAll(async () => {
  env = await startSandbox({ seed: fixtureSeed() });
});
afterAll(() => env.sandbox.close());
beforeEach(() => env.sandbox.reset());

const get = async (p: string) => (await fetch(`${env.url}${p}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
const knobs = (body: unknown) => fetch(`${env.url}/__sandbox/knobs`, { method: "POST", body: JSON.stringify(body) });

it("respell: codes first, then drops, then renames, at every depth; untouched without knobs", () => {
  const body = { results: [{ name: "x", legalForm: "SRL", tos: [{ linkType: 4, function: "Gérant" }, { linkType: 6 }] }], pageCount: 1 };
  const none = { linkTypeCodes: {}, dropFields: [], renameFields: {} };
  expect(respell(body, none)).toBe(body);
  expect(respell(body, { linkTypeCodes: { 4: 14 }, dropFields: ["legalForm"], renameFields: { tos: "links", function: "role", pageCount: "pages" } })).toEqual({
    results: [{ name: "x", links: [{ linkType: 14, role: "Gérant" }, { linkType: 6 }] }],
    pages: 1,
  });
  expect(body.results[0]!.tos[0]!.linkType).toBe(4);
});

it("serves lists and details under the knobs' names, set over HTTP; reset undoes them", async () => {
  expect(
    (await knobs({ renameFields: { nextGeneralMeeting: "generalMeetingDate", tos: "links" }, dropFields: ["legalForm"], linkTypeCodes: { 4: 14 } })).status,
  ).toBe(200);
  const detail = await get(`/relations/${ACME.id}`);
  expect(detail).not.toHaveProperty("nextGeneralMeeting");
  expect(detail).not.toHaveProperty("tos");
  expect(detail).not.toHaveProperty("legalForm");
  expect(detail).toHaveProperty("generalMeetingDate");
  expect(detail.links[0]).toMatchObject({ linkType: 14, function: "Administrateur délégué" });
  const list = await get(`/relations?vatNumber=${ACME.number}`);
  expect(list.results[0].links[0]).toEqual({ linkType: 14, uniqueIdentifier: expect.any(String) });
  expect(list.results[0]).not.toHaveProperty("legalForm");
  // The seed itself is untouched: the filter still finds the company, and reset serves the contract again.
  expect(list.totalRowCount).toBe(1);
  env.sandbox.reset();
  const again = await get(`/relations/${ACME.id}`);
  expect(again).toMatchObject({ legalForm: expect.any(String), nextGeneralMeeting: expect.any(String) });
  expect(again.tos[0].linkType).toBe(4);
});

it.each([
  [{ renameFields: { tos: 5 } }, /renameFields/],
  [{ renameFields: ["tos"] }, /renameFields/],
  [{ dropFields: "legalForm" }, /dropFields/],
  [{ linkTypeCodes: { director: 14 } }, /linkTypeCodes/],
  [{ linkTypeCodes: { 4: "14" } }, /linkTypeCodes/],
])("refuses a malformed spelling knob: %j", async (body, why) => {
  const res = await knobs(body);
  expect(res.status).toBe(400);
  expect(await res.text()).toMatch(why);
  expect(env.sandbox.getKnobs()).toMatchObject({ renameFields: {}, dropFields: [], linkTypeCodes: {} });
});

it("npm run sandbox -- --rename-field, --drop-field, --link-type", async () => {
  const root = path.resolve(__dirname, "../..");
  const args = ["sandbox/cli.ts", "--port", "0", "--rename-field", "tos=links", "--drop-field", "legalForm", "--link-type", "4=14"];
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), ...args], { cwd: root });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on("exit", (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)));
    });
    const page = await (await fetch(`${url}/relations?pageSize=10`, { headers: { Authorization: "Bearer sandbox-demo-token" } })).json();
    const withLinks = page.results.find((r: { links: unknown[] }) => r.links.length > 0);
    expect(withLinks).not.toHaveProperty("tos");
    expect(withLinks).not.toHaveProperty("legalForm");
    expect(withLinks.links.map((l: { linkType: number }) => l.linkType)).toContain(14);
  } finally {
    child.kill("SIGTERM");
  }
}, 30_000);
