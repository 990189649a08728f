// docs/checks.md lists every check with an example finding; this keeps it in step with the code:
// every check has a catalogue entry and an example that really produces it, and the page on disk
// is what scripts/checks-doc.ts generates now.

import { readFileSync } from "node:fs";
import { CHECKS_DOC_PATH, renderChecksDoc } from "../../scripts/checks-doc";
import { CHECK_IDS, runChecks } from "../../src/checks";
import { CHECK_CATALOGUE } from "../../src/checks/catalogue";
import { CATALOGUE_EXAMPLES, exampleFinding } from "./catalogue-examples";

describe("the checks' catalogue and examples", () => {
  it("has an entry for every check, and nothing else", () => {
    expect(Object.keys(CHECK_CATALOGUE).sort()).toEqual([...CHECK_IDS].sort());
    expect(Object.keys(CATALOGUE_EXAMPLES).sort()).toEqual([...CHECK_IDS].sort());
  });

  it.each(CHECK_IDS.map((id) => [id]))("%s: the entry is filled in and names the severities its example produces", (id) => {
    const entry = CHECK_CATALOGUE[id];
    for (const text of [entry.title, entry.severity, entry.rule, entry.basis, entry.silencedWhen]) expect(text.trim()).not.toBe("");
    const f = exampleFinding(id);
    expect(f).not.toBeNull();
    expect(entry.severity).toMatch(new RegExp(`\\b${f!.severity}\\b`));
    for (const l of ["fr", "nl", "en"] as const) expect(f!.message[l].trim()).not.toBe("");
  });

  it("examples are fresh inputs: running one twice gives the same findings", () => {
    for (const id of CHECK_IDS) {
      const example = CATALOGUE_EXAMPLES[id];
      expect(runChecks(example.input())).toEqual(runChecks(example.input()));
    }
  });
});

describe("docs/checks.md", () => {
  it("is what `npm run checks-doc` generates", () => {
    const expected = renderChecksDoc();
    let actual: string;
    try {
      actual = readFileSync(CHECKS_DOC_PATH, "utf8");
    } catch {
      throw new Error("docs/checks.md is missing: run `npm run checks-doc` to generate it.");
    }
    if (actual !== expected) {
      const a = actual.split("\n");
      const e = expected.split("\n");
      const line = e.findIndex((text, i) => a[i] !== text);
      const at = line === -1 ? Math.min(a.length, e.length) : line;
      throw new Error(
        [
          "docs/checks.md is out of date with the checks (a rule, a message or an example changed): run `npm run checks-doc` and commit the page.",
          `First difference at line ${at + 1}:`,
          `  on disk:   ${a[at] ?? "(end of file)"}`,
          `  generated: ${e[at] ?? "(end of file)"}`,
        ].join("\n"),
      );
    }
  });

  it("lists every check in the summary and has a section with its example in FR, NL and EN", () => {
    const page = renderChecksDoc();
    for (const id of CHECK_IDS) {
      expect(page).toContain(`| [${id}](#`);
      const section = page.slice(page.indexOf(`### ${id}: `));
      const body = section.slice(0, section.indexOf("\n### ", 4) === -1 ? undefined : section.indexOf("\n### ", 4));
      const f = exampleFinding(id)!;
      expect(body).toContain(`> **FR** · ${f.message.fr}`);
      expect(body).toContain(`> **NL** · ${f.message.nl}`);
      expect(body).toContain(`> **EN** · ${f.message.en}`);
    }
  });
});
