// Offline checks of manifest.xml: what Office would reject or silently break on (dangling resids,
// http URLs, icons of the wrong size, malformed ids) is caught here, without the online validator.
// Each check returns a list of problems; the checks run on the real manifest (no problems) and on
// broken copies of it (the problem is found), so a check that cannot fail would show up here.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = join(__dirname, "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000";
const ASSETS_URL = `${DEV_ORIGIN}/assets/`;
const LOCALES = ["fr-FR", "fr-BE", "nl-NL", "nl-BE"];

// ---- a small element tree over fast-xml-parser's ordered output ----------------------------

interface El {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: El[];
  path: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toTree(nodes: OrderedNode[], parentPath = ""): El[] {
  const out: El[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@");
    if (name === undefined || name === "#text" || name.startsWith("?") || name === "#comment") continue;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(node[":@"] ?? {})) attrs[k.replace(/^@_/, "")] = String(v);
    const rawChildren = node[name] as OrderedNode[];
    const text = rawChildren
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("")
      .trim();
    const path = `${parentPath}/${name}`;
    out.push({ name, attrs, text, children: toTree(rawChildren, path), path });
  }
  return out;
}

function parse(xml: string): El {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const roots = toTree(parser.parse(xml) as OrderedNode[]);
  const root = roots.find((r) => r.name === "OfficeApp");
  if (!root) throw new Error("no OfficeApp root element");
  return root;
}

function* walk(el: El): Generator<El> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

const all = (root: El, name: string): El[] => [...walk(root)].filter((e) => e.name === name);
const child = (el: El, name: string): El | undefined => el.children.find((c) => c.name === name);

function pngSize(file: string): { width: number; height: number } | undefined {
  const buf = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (buf.length < 24 || buf.subarray(0, 8).toString("hex") !== signature) return undefined;
  if (buf.subarray(12, 16).toString("ascii") !== "IHDR") return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// ---- the checks ----------------------------------------------------------------------------

function checkWellFormed(xml: string): string[] {
  const result = XMLValidator.validate(xml);
  return result === true ? [] : [`${result.err.msg} (line ${result.err.line})`];
}

function checkIdentity(root: El): string[] {
  const problems: string[] = [];
  const id = child(root, "Id")?.text ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    problems.push(`Id is not a GUID: "${id}"`);
  }
  const version = child(root, "Version")?.text ?? "";
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version)) problems.push(`Version is not n.n.n.n: "${version}"`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push("OfficeApp is not a TaskPaneApp");
  const hosts = all(root, "Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"]);
  if (!hosts.includes("Workbook") || hosts.some((h) => h !== "Workbook")) {
    problems.push(`hosts must be Workbook only, found ${hosts.join(", ")}`);
  }
  if (child(root, "Permissions")?.text !== "ReadWriteDocument") problems.push("Permissions is not ReadWriteDocument");
  const source = child(root, "DefaultSettings")?.children.find((c) => c.name === "SourceLocation");
  if (source?.attrs.DefaultValue !== `${DEV_ORIGIN}/taskpane.html`) {
    problems.push(`DefaultSettings/SourceLocation is ${source?.attrs.DefaultValue}`);
  }
  const excel = all(root, "Set").find((s) => s.attrs.Name === "ExcelApi");
  if (!excel?.attrs.MinVersion) problems.push("no ExcelApi requirement set");
  return problems;
}

// Which resource list a resid must point into, by the element that carries it.
const RESID_KIND: Record<string, string> = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

function checkResids(root: El): string[] {
  const problems: string[] = [];
  const resources = all(root, "Resources")[0];
  if (!resources) return ["no VersionOverrides Resources"];
  const defined = new Map<string, string>(); // id -> list name
  for (const list of resources.children) {
    for (const item of list.children) {
      const id = item.attrs.id;
      if (!id) {
        problems.push(`${item.path} has no id`);
        continue;
      }
      if (defined.has(id)) problems.push(`resource id "${id}" is defined twice`);
      defined.set(id, list.name);
    }
  }
  const used = new Set<string>();
  for (const el of walk(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const list = defined.get(resid);
    if (!list) {
      problems.push(`${el.path} resid="${resid}" is not defined`);
      continue;
    }
    const expected = RESID_KIND[el.name];
    if (expected && expected !== list) problems.push(`${el.path} resid="${resid}" is in ${list}, expected ${expected}`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);
  return problems;
}

function urlValues(root: El): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const el of walk(root)) {
    for (const [k, v] of Object.entries(el.attrs)) {
      // namespace names are identifiers, not addresses that are fetched
      if (k === "xmlns" || k.startsWith("xmlns:")) continue;
      if (/^\s*http/i.test(v)) out.push({ where: `${el.path}@${k}`, url: v.trim() });
    }
    if (/^http/i.test(el.text)) out.push({ where: el.path, url: el.text });
  }
  return out;
}

function checkHttps(root: El): string[] {
  const urls = urlValues(root);
  if (urls.length === 0) return ["no URLs found at all"];
  return urls.filter((u) => !u.url.startsWith("https://")).map((u) => `${u.where} is not https: ${u.url}`);
}

function checkIcons(root: El, assetsDir: string): string[] {
  const problems: string[] = [];
  const expected = new Map<string, number>(); // url -> pixel size
  const expect = (url: string | undefined, size: number, where: string) => {
    if (!url) return void problems.push(`${where}: no icon URL`);
    const previous = expected.get(url);
    if (previous !== undefined && previous !== size) problems.push(`${url} is used as ${previous} and ${size} px`);
    expected.set(url, size);
  };
  expect(child(root, "IconUrl")?.attrs.DefaultValue, 32, "IconUrl");
  expect(child(root, "HighResolutionIconUrl")?.attrs.DefaultValue, 64, "HighResolutionIconUrl");
  const images = new Map(
    all(root, "bt:Image")
      .filter((i) => i.attrs.id)
      .map((i) => [i.attrs.id, i]),
  );
  for (const ref of all(root, "bt:Image").filter((i) => i.attrs.resid)) {
    const size = Number(ref.attrs.size);
    const image = images.get(ref.attrs.resid!);
    if (image) expect(image.attrs.DefaultValue, size, `bt:Image ${image.attrs.id}`);
  }
  for (const { url } of urlValues(root)) {
    if (!url.startsWith(ASSETS_URL)) continue;
    const file = join(assetsDir, ...url.slice(ASSETS_URL.length).split("/"));
    if (!existsSync(file)) {
      problems.push(`${url}: no file ${file}`);
      continue;
    }
    const size = expected.get(url);
    if (size === undefined) continue;
    const actual = pngSize(file);
    if (!actual) problems.push(`${url}: not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`${url}: ${actual.width}×${actual.height} px, expected ${size}×${size}`);
    }
  }
  for (const url of expected.keys()) if (!url.startsWith(ASSETS_URL)) problems.push(`icon ${url} is not under ${ASSETS_URL}`);
  return problems;
}

function checkAppDomains(root: El): string[] {
  const domains = (child(root, "AppDomains")?.children ?? []).map((d) => d.text);
  return domains.includes("https://api.adminpulse.be") ? [] : [`AppDomains lacks https://api.adminpulse.be: ${domains}`];
}

function checkPages(root: El): string[] {
  // Every page of the dev server the manifest points at is built from a template in src/.
  const problems: string[] = [];
  for (const { where, url } of urlValues(root)) {
    const m = new RegExp(`^${DEV_ORIGIN}/([\\w-]+)\\.html$`).exec(url);
    if (!m) continue;
    const template = join(ROOT, "src", m[1]!, `${m[1]}.html`);
    if (!existsSync(template)) problems.push(`${where}: ${url} has no template ${template}`);
  }
  return problems;
}

function checkTexts(root: El): string[] {
  const problems: string[] = [];
  const localized: { el: El; max: number }[] = [
    ...all(root, "DisplayName").map((el) => ({ el, max: 125 })),
    ...[child(root, "Description")].filter((e): e is El => !!e).map((el) => ({ el, max: 250 })),
    ...all(root, "bt:ShortStrings").flatMap((l) => l.children.map((el) => ({ el, max: 125 }))),
    ...all(root, "bt:LongStrings").flatMap((l) => l.children.map((el) => ({ el, max: 250 }))),
  ];
  for (const { el, max } of localized) {
    const label = el.attrs.id ?? el.name;
    const texts = [el.attrs.DefaultValue ?? ""];
    for (const locale of LOCALES) {
      const o = el.children.find((c) => c.attrs.Locale === locale);
      if (!o) problems.push(`${label} has no ${locale} text`);
      else texts.push(o.attrs.Value ?? "");
    }
    for (const t of texts) {
      if (t.trim() === "") problems.push(`${label} has an empty text`);
      if (t.length > max) problems.push(`${label} is longer than ${max}: "${t}"`);
    }
  }
  const names = all(root, "DisplayName")[0];
  const name = (locale: string) => names?.children.find((c) => c.attrs.Locale === locale)?.attrs.Value;
  if (names?.attrs.DefaultValue !== "AdminPulse Permanent Data") problems.push("English product name changed");
  if (name("fr-FR") !== "Données permanentes AdminPulse") problems.push("French product name changed");
  if (name("nl-NL") !== "Permanente gegevens AdminPulse") problems.push("Dutch product name changed");
  return problems;
}

function checkRibbon(root: El): string[] {
  const problems: string[] = [];
  const overrides = child(root, "VersionOverrides");
  if (overrides?.attrs["xsi:type"] !== "VersionOverridesV1_0") return ["no VersionOverridesV1_0"];
  if (all(overrides, "FunctionFile").length !== 1) problems.push("expected one FunctionFile");
  const home = all(overrides, "OfficeTab").find((t) => t.attrs.id === "TabHome");
  const action = home && all(home, "Action").find((a) => a.attrs["xsi:type"] === "ShowTaskpane");
  if (!action) problems.push("no ShowTaskpane button on the Home tab");
  else if (!child(action, "SourceLocation")?.attrs.resid) problems.push("the ShowTaskpane action has no SourceLocation");

  // The ribbon's sync calls the function the pane's bundle associates, by the same name.
  const functions = home ? all(home, "Action").filter((a) => a.attrs["xsi:type"] === "ExecuteFunction") : [];
  const names = functions.map((f) => child(f, "FunctionName")?.text.trim());
  const associated = /const RIBBON_SYNC = "(\w+)"/.exec(readFileSync(join(ROOT, "src", "taskpane", "index.tsx"), "utf8"))?.[1];
  if (!associated || !names.includes(associated))
    problems.push(`no ExecuteFunction button for ${associated ?? "the pane's RIBBON_SYNC"} (found ${names.join(", ") || "none"})`);

  // One shared runtime: the pane page is also the function file, and lives as long as the document.
  const runtimes = all(overrides, "Runtime");
  const pane = action && child(action, "SourceLocation")?.attrs.resid;
  if (runtimes.length !== 1 || runtimes[0]!.attrs.lifetime !== "long") problems.push("expected one Runtime with lifetime long");
  else if (runtimes[0]!.attrs.resid !== pane) problems.push("the Runtime is not the task pane's page");
  if (all(overrides, "FunctionFile")[0]?.attrs.resid !== pane) problems.push("the FunctionFile is not the shared runtime's page");
  const sets = all(overrides, "bt:Set").map((x) => `${x.attrs.Name} ${x.attrs.MinVersion}`);
  if (!sets.includes("SharedRuntime 1.1")) problems.push("the overrides do not require SharedRuntime 1.1");
  return problems;
}

function checkAll(xml: string, assetsDir = join(ROOT, "assets")): Record<string, string[]> {
  const wellFormed = checkWellFormed(xml);
  if (wellFormed.length > 0) return { wellFormed };
  const root = parse(xml);
  return {
    wellFormed,
    identity: checkIdentity(root),
    resids: checkResids(root),
    https: checkHttps(root),
    icons: checkIcons(root, assetsDir),
    appDomains: checkAppDomains(root),
    pages: checkPages(root),
    texts: checkTexts(root),
    ribbon: checkRibbon(root),
  };
}

// ---- tests ---------------------------------------------------------------------------------

describe("manifest.xml", () => {
  const results = checkAll(MANIFEST);

  test.each(Object.keys(results))("%s: no problems", (check) => {
    expect(results[check]).toEqual([]);
  });

  test("the icon files the manifest names exist with the expected sizes", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});

describe("the manifest checks catch a broken manifest", () => {
  const broken = (from: string | RegExp, to: string): string => {
    const xml = MANIFEST.replace(from, to);
    if (xml === MANIFEST) throw new Error(`mutation did not apply: ${from}`);
    return xml;
  };
  const problemsOf = (xml: string, check: string) => checkAll(xml)[check] ?? [];

  test("malformed XML", () => {
    expect(problemsOf(broken("</AppDomains>", "</AppDomain>"), "wellFormed")).not.toEqual([]);
  });

  test("Id that is not a GUID", () => {
    expect(problemsOf(broken(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>"), "identity")).not.toEqual([]);
  });

  test("Version with three parts", () => {
    expect(problemsOf(broken("<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"), "identity")).not.toEqual([]);
  });

  test("a resid that is not defined", () => {
    expect(problemsOf(broken('resid="Taskpane.Url"', 'resid="Taskpane.Missing"'), "resids")).toEqual(
      expect.arrayContaining([expect.stringContaining("Taskpane.Missing")]),
    );
  });

  test("a resid pointing into the wrong resource list", () => {
    expect(problemsOf(broken('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'), "resids")).not.toEqual([]);
  });

  test("an http URL in an attribute or element", () => {
    expect(problemsOf(broken('<bt:Url id="Taskpane.Url" DefaultValue="https://', '<bt:Url id="Taskpane.Url" DefaultValue="http://'), "https")).not.toEqual([]);
    expect(problemsOf(broken("<AppDomain>https://", "<AppDomain>http://"), "https")).not.toEqual([]);
  });

  test("an icon that does not exist, or has the wrong size", () => {
    expect(problemsOf(broken("assets/icon-80.png", "assets/icon-81.png"), "icons")).not.toEqual([]);
    expect(
      problemsOf(broken('DefaultValue="https://localhost:3000/assets/icon-80.png"', 'DefaultValue="https://localhost:3000/assets/icon-64.png"'), "icons"),
    ).not.toEqual([]);
  });

  test("AppDomains without the AdminPulse API", () => {
    expect(problemsOf(broken("<AppDomain>https://api.adminpulse.be</AppDomain>", "<AppDomain>https://example.org</AppDomain>"), "appDomains")).not.toEqual([]);
  });

  test("a page without a template", () => {
    expect(
      problemsOf(
        broken(
          '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"',
          '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/nowhere.html"',
        ),
        "pages",
      ),
    ).not.toEqual([]);
  });

  test("a missing translation, or a text too long", () => {
    expect(problemsOf(broken(/<bt:Override Locale="nl-BE" Value="Permanente gegevens"\/>/, ""), "texts")).not.toEqual([]);
    expect(problemsOf(broken('DefaultValue="Permanent data"', `DefaultValue="${"x".repeat(126)}"`), "texts")).not.toEqual([]);
  });

  test("no sync button, a function the pane does not associate, or no shared runtime", () => {
    expect(problemsOf(broken("<FunctionName>syncWithAdminPulse</FunctionName>", "<FunctionName>sync</FunctionName>"), "ribbon")).not.toEqual([]);
    expect(problemsOf(broken('lifetime="long"', 'lifetime="short"'), "ribbon")).not.toEqual([]);
    expect(problemsOf(broken('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'), "ribbon")).not.toEqual([]);
    expect(problemsOf(broken('<bt:Set Name="SharedRuntime" MinVersion="1.1"/>', ""), "ribbon")).not.toEqual([]);
  });

  test("no ShowTaskpane button", () => {
    expect(problemsOf(broken('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'), "ribbon")).not.toEqual([]);
  });
});
