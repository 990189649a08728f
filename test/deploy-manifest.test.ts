// The manifest of a deployment: every address of the development manifest moves to where the
// office hosts dist/, the support link is the office's, and a wrong address stops the build.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { DEV_ORIGIN, deployManifest } from "../scripts/deploy-manifest.cjs";

const ROOT = join(__dirname, "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://addins.example.be/adminpulse";

/** Whether a strict XML parser (comments without "--", entities escaped) reads it whole. */
function wellFormed(xml: string): true {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  return true;
}

/** The value of the first element's DefaultValue, as an XML parser reads it (entities decoded). */
function defaultValueOf(xml: string, element: string): string | undefined {
  let found: string | undefined;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    if (found === undefined && tag.name === element) found = String(tag.attributes.DefaultValue);
  });
  parser.write(xml).close();
  return found;
}

/** The add-in's own addresses: every DefaultValue that is a URL, but the XML namespaces. */
function addresses(xml: string): string[] {
  return [...xml.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1]!);
}

describe("the manifest for a deployment", () => {
  it("points every address of the development manifest at the office's, page for page", () => {
    const out = deployManifest(MANIFEST, { publicUrl: `${BASE}/` });
    expect(wellFormed(out)).toBe(true);
    const before = addresses(MANIFEST);
    expect(before.length).toBeGreaterThan(5);
    expect(before.every((a) => a.startsWith(`${DEV_ORIGIN}/`))).toBe(true);
    expect(addresses(out)).toEqual(before.map((a) => `${BASE}/${a.slice(DEV_ORIGIN.length + 1)}`));
    expect(out).not.toMatch(/localhost/);
    // Nothing else changes: the AdminPulse domain, the id, the requirements.
    expect(out).toContain("<AppDomain>https://api.adminpulse.be</AppDomain>");
    expect(out.replace(/https:\/\/addins\.example\.be\/adminpulse\//g, "").replace(/<!--[\s\S]*?-->/g, "")).toBe(
      MANIFEST.replace(/https:\/\/localhost:3000\//g, "").replace(/<!--[\s\S]*?-->/g, ""),
    );
  });

  it("stays well-formed XML whatever the address holds: &, ', $ patterns, punycode's --", () => {
    const publicUrl = "https://xn--bro-hoa.example.be/R&D/it's";
    const supportUrl = "https://office.example.be/a$'b$&c?x=1&y=2";
    const out = deployManifest(MANIFEST, { publicUrl, supportUrl });
    expect(wellFormed(out)).toBe(true);
    expect(defaultValueOf(out, "SourceLocation")).toBe(`${publicUrl}/taskpane.html`);
    expect(defaultValueOf(out, "SupportUrl")).toBe(supportUrl);
    expect(out.length).toBeLessThan(MANIFEST.length + 2_000);
  });

  it("the development manifest itself is well-formed for a strict parser", () => {
    expect(wellFormed(MANIFEST)).toBe(true);
  });

  it("sets the support link, escaped for XML", () => {
    const out = deployManifest(MANIFEST, { publicUrl: BASE, supportUrl: "https://office.example.be/help?tool=adminpulse&lang=fr" });
    expect(out).toContain('<SupportUrl DefaultValue="https://office.example.be/help?tool=adminpulse&amp;lang=fr"/>');
    expect(wellFormed(out)).toBe(true);
  });

  it.each([
    ["http://addins.example.be", /must start with https/],
    ["addins.example.be", /not a complete web address/],
    ["https://user:secret@addins.example.be", /user name or password/],
    ["https://addins.example.be/?v=2", /without \? or #/],
  ])("refuses %s as the add-in's address", (publicUrl, message) => {
    expect(() => deployManifest(MANIFEST, { publicUrl })).toThrow(message);
  });

  it("refuses a support link that is not https", () => {
    expect(() => deployManifest(MANIFEST, { publicUrl: BASE, supportUrl: "http://office.example.be/help" })).toThrow(/supportUrl must start with https/);
  });
});

describe("npm run build -- --env publicUrl=…", () => {
  // The webpack configuration as npm run build calls it, without building.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../webpack.config.js") as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{ plugins: unknown[] }>;

  it("copies the manifest rewritten for that address", async () => {
    const built = await config({ publicUrl: BASE, supportUrl: "https://office.example.be/help" }, { mode: "production" });
    const copy = built.plugins.find((p) => p?.constructor?.name === "CopyPlugin") as { patterns: { from: string; transform?: (c: Buffer) => string }[] };
    const pattern = copy.patterns.find((p) => p.from === "manifest.xml")!;
    const out = pattern.transform!(Buffer.from(MANIFEST));
    expect(out).toBe(deployManifest(MANIFEST, { publicUrl: BASE, supportUrl: "https://office.example.be/help" }));
  });

  it("stops before building when the address is wrong", async () => {
    await expect(config({ publicUrl: "http://addins.example.be" }, { mode: "production" })).rejects.toThrow(/must start with https/);
  });

  it("stops when a support link is given without the add-in's address", async () => {
    await expect(config({ supportUrl: "https://office.example.be/help" }, { mode: "production" })).rejects.toThrow(/give --env publicUrl/);
  });
});
