// `npm run sync-file`: the command-line sync against a real sandbox, with real files. Most cases
// call the module directly; one spawns the npm script to prove the wiring.

import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createExcelSimulator } from "../../simulator";
import { createExcelSimulatorFromXlsx, exportXlsx, importXlsx } from "../../simulator/xlsx";
import { DEFAULT_BASE_URL } from "../../src/adminpulse/contract";
import { EXIT_OK, EXIT_SYNC_FAILED, EXIT_USAGE, type SyncFileArgs, USAGE, parseSyncFileArgs, runSyncFile, syncFileMain } from "../../src/cli/sync-file";
import { ACME, EXPIRED, PERSON_A, TOKEN, fixtureSeed } from "../support/fixture-seed";
import { FAST_RETRY, type Running, startSandbox } from "../support/sandbox";

const ENV_VAR = "SYNC_FILE_TEST_KEY";
const REPO = resolve(__dirname, "../..");

let running: Running;
let dir: string;

beforeAll(async () => {
  running = await startSandbox({ seed: fixtureSeed() });
});
afterAll(async () => {
  await running.sandbox.close();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sync-file-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], env: Record<string, string | undefined> = { [ENV_VAR]: TOKEN }): Promise<Result> {
  let stdout = "";
  let stderr = "";
  const code = await syncFileMain(argv, {
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: dir,
    client: { retry: FAST_RETRY },
  });
  return { code, stdout, stderr };
}

const base = () => ["--api-base-url", running.url, "--token-env", ENV_VAR];

async function tables(file: string) {
  const sim = createExcelSimulator({ state: await importXlsx(readFileSync(file)) });
  return { sim, table: (name: string) => sim.table(name) };
}

/** Column values of a table's rows, by header. */
function column(table: { headers: string[]; rows: unknown[][] } | null, header: string): unknown[] {
  expect(table).not.toBeNull();
  const index = table!.headers.indexOf(header);
  expect(index).toBeGreaterThanOrEqual(0);
  return table!.rows.map((row) => row[index]);
}

/** A1 address of a table's body cell (0-based body row) under a header. */
function cellOf(table: { address: string; headers: string[] }, header: string, bodyRow: number): string {
  const [, letters, top] = /!\$?([A-Z]+)\$?(\d+):/.exec(table.address)!;
  const first = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  let index = first + table.headers.indexOf(header);
  let name = "";
  for (index += 1; index > 0; index = Math.floor((index - 1) / 26)) name = String.fromCharCode(65 + ((index - 1) % 26)) + name;
  return `${name}${Number(top) + 1 + bodyRow}`;
}

describe("parseSyncFileArgs", () => {
  const minimal = ["--token-env", "K", "--out", "r.xlsx", "--enterprise-number", "0123.456.749"];

  it("defaults: AdminPulse's own address, English, a person's sync (no --auto), no --force", () => {
    expect(parseSyncFileArgs(minimal)).toEqual({
      kind: "run",
      args: {
        enterpriseNumber: "0123.456.749",
        apiBaseUrl: DEFAULT_BASE_URL,
        tokenEnv: "K",
        in: null,
        out: "r.xlsx",
        language: "en",
        auto: false,
        force: false,
      } satisfies SyncFileArgs,
    });
    expect(parseSyncFileArgs([...minimal, "--language", "nl", "--auto", "--force"])).toMatchObject({ args: { language: "nl", auto: true, force: true } });
    expect(parseSyncFileArgs(["--token-env", "K", "--out", "r.xlsx", "--in", "linked.xlsx"])).toMatchObject({
      args: { enterpriseNumber: null, in: "linked.xlsx" },
    });
  });

  it("--help, and usage errors that say what is wrong", () => {
    expect(parseSyncFileArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseSyncFileArgs(["-h"])).toEqual({ kind: "help" });
    const problem = (argv: string[]) => {
      const parsed = parseSyncFileArgs(argv);
      expect(parsed.kind).toBe("usage-error");
      return parsed.kind === "usage-error" ? parsed.message : "";
    };
    expect(problem(["--out", "r.xlsx", "--enterprise-number", "0123456749"])).toMatch(/--token-env/);
    expect(problem(["--token-env", "K", "--enterprise-number", "0123456749"])).toMatch(/--out/);
    expect(problem(["--token-env", "K", "--out", "r.xlsx"])).toMatch(/--enterprise-number is required unless --in/);
    expect(problem([...minimal, "--language", "de"])).toMatch(/fr, nl, en/);
    expect(problem([...minimal, "--api-base-url", "http://adminpulse.example"])).toMatch(/https:\/\//);
    // A key typed on the command line is refused and never echoed.
    const token = problem([...minimal, "--token", "secret-on-the-command-line"]);
    expect(token).toMatch(/--token-env/);
    expect(token).not.toContain("secret-on-the-command-line");
    expect(problem([...minimal, "secret-as-positional"])).not.toContain("secret-as-positional");
  });

  it("prints usage for --help and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result).toEqual({ code: EXIT_OK, stdout: `${USAGE}\n`, stderr: "" });
    expect(USAGE).toMatch(/--token-env VAR/);
  });
});

describe("runSyncFile against the sandbox", () => {
  it("writes a fresh workbook with the company's tables and prints the summary", async () => {
    const result = await run([...base(), "--enterprise-number", "BE 0566.988.259", "--out", "result.xlsx"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT_OK);
    const out = join(dir, "result.xlsx");
    expect(result.stdout).toContain("L'Atelier Zoë SRL");
    expect(result.stdout).toMatch(/Enterprise number: +0566\.988\.259/);
    expect(result.stdout).toMatch(/Added: +22\n/);
    expect(result.stdout).toMatch(/Kept manual: +0\n/);
    expect(result.stdout).toMatch(/Missing relations: +1\n/);
    expect(result.stdout).toMatch(/Unknown link types: +42 \(1×\), 99 \(2×\)/);
    expect(result.stdout).toContain(`Written to ${out}`);
    expect(result.stdout).not.toContain(TOKEN);
    // Nothing but the result: the temporary file took its name.
    expect(readdirSync(dir)).toEqual(["result.xlsx"]);

    const { sim, table } = await tables(out);
    expect(column(table("PD_Identification"), "Value").slice(0, 2)).toEqual(["L'Atelier Zoë SRL", "0566.988.259"]);
    expect(column(table("PD_Directors"), "Name")).toEqual(["Dubois Zoë", "Holding Dubois SA"]);
    expect(column(table("PD_Directors"), "Permanent representative")).toEqual(["", "Peeters Jan"]);
    expect(column(table("PD_Shareholders"), "Shares")).toEqual([600, 400]);
    expect(column(table("PD_Auditors"), "IRE number")).toEqual(["B00123"]);
    expect(column(table("PD_Relations"), "Name")).toHaveLength(4);
    expect(sim.names().map((n) => n.name)).toContain("PD_EnterpriseNumber");
  });

  it("syncs an earlier result again from --in: a typed row stays, the input file is untouched", async () => {
    expect((await run([...base(), "--enterprise-number", ACME.number, "--out", "first.xlsx"])).code).toBe(EXIT_OK);

    // The accountant opens the file and types a director right below the table.
    const typed = await createExcelSimulatorFromXlsx(readFileSync(join(dir, "first.xlsx")));
    const directors = typed.table("PD_Directors")!;
    await typed.editCell(directors.sheet, cellOf(directors, "Name", directors.rows.length), "Martin Typed-By-Hand");
    expect(typed.table("PD_Directors")!.rows).toHaveLength(3);
    const input = join(dir, "typed.xlsx");
    writeFileSync(input, await exportXlsx(typed));
    const before = readFileSync(input);

    // Linked workbook: no --enterprise-number needed.
    const result = await run([...base(), "--in", "typed.xlsx", "--out", "second.xlsx", "--auto"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/Mode: +automatic/);
    expect(result.stdout).toMatch(/Added: +0\n/);
    expect(result.stdout).toMatch(/Removed: +0\n/);
    expect(result.stdout).toMatch(/Kept manual: +1\n/);
    expect(result.stdout).toMatch(/Conflicts: +0\n/);

    expect(readFileSync(input).equals(before)).toBe(true);
    const { table } = await tables(join(dir, "second.xlsx"));
    expect(column(table("PD_Directors"), "Name")).toEqual(["Dubois Zoë", "Holding Dubois SA", "Martin Typed-By-Hand"]);
    expect(column(table("PD_Directors"), "AdminPulse link")[2]).toBe("");
  });

  it("an edit that AdminPulse also changed: reported as a conflict, the edit kept", async () => {
    expect((await run([...base(), "--enterprise-number", ACME.number, "--out", "first.xlsx"])).code).toBe(EXIT_OK);
    const typed = await createExcelSimulatorFromXlsx(readFileSync(join(dir, "first.xlsx")));
    const directors = typed.table("PD_Directors")!;
    await typed.editCell(directors.sheet, cellOf(directors, "Role", 0), "chairman");
    writeFileSync(join(dir, "edited.xlsx"), await exportXlsx(typed));

    running.sandbox.editRelation(ACME.id, (acme) => {
      (acme.tos[0] as { function?: string }).function = "Administrateur";
    });
    try {
      const result = await run([...base(), "--in", "edited.xlsx", "--out", "second.xlsx"]);
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).toMatch(/Conflicts: +1\n/);
      expect(result.stdout).toMatch(/conflict in PD_Directors, director:p0000000-0000-4000-8000-00000000000a \(role\): your edit was kept/);
      const { table } = await tables(join(dir, "second.xlsx"));
      expect(column(table("PD_Directors"), "Role")[0]).toBe("chairman");
    } finally {
      running.sandbox.reset();
    }
  });

  it("a workbook an accountant built on in Excel (a Total Row, their formula column, a formula on another sheet, a conditional format, a filter) keeps all of it", async () => {
    expect((await run([...base(), "--enterprise-number", ACME.number, "--out", "first.xlsx"])).code).toBe(EXIT_OK);
    // Edited with exceljs, as Excel writes such a file: PD_Shareholders (P1:Y3: Zoë, then Holding)
    // takes in the gap column Z as "Tax" (=T2*2 on each row) and gets a total row; a Notes sheet
    // reads Zoë's shares and Holding's name; the shares get a conditional format of the user's; the
    // table is filtered to natural persons holding more than 5 shares, so Holding's row 3 is hidden.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, "first.xlsx")) as unknown as ArrayBuffer);
    const ws = book.getWorksheet("Permanent data")!;
    type Column = ExcelJS.TableColumnProperties & { customFilters?: { operator?: string; val: string }[] };
    const model = (ws.getTable("PD_Shareholders") as unknown as { model: { tableRef: string; autoFilterRef?: string; totalsRow: boolean; columns: Column[] } })
      .model;
    expect(model.tableRef).toBe("P1:Y3");
    model.columns.push({ name: "Tax", filterButton: true, totalsRowFunction: "sum" });
    model.columns[0]!.totalsRowLabel = "Total";
    model.columns[4]!.totalsRowFunction = "sum";
    model.tableRef = "P1:Z4";
    model.autoFilterRef = "P1:Z3";
    model.totalsRow = true;
    // The filter on Shares as exceljs writes it: <customFilters><customFilter operator="greaterThan" val="5"/>.
    model.columns[4]!.customFilters = [{ operator: "greaterThan", val: "5" }];
    // Excel hides the rows its filter rejects (<row hidden="1">): Holding, a legal person.
    ws.getRow(3).hidden = true;
    ws.getCell("Z1").value = "Tax";
    ws.getCell("Z2").value = { formula: "T2*2" } as ExcelJS.CellFormulaValue;
    ws.getCell("Z3").value = { formula: "T3*2" } as ExcelJS.CellFormulaValue;
    ws.getCell("P4").value = "Total";
    ws.getCell("T4").value = { formula: "SUBTOTAL(109,PD_Shareholders[Shares])" } as ExcelJS.CellFormulaValue;
    ws.getCell("Z4").value = { formula: "SUBTOTAL(109,PD_Shareholders[Tax])" } as ExcelJS.CellFormulaValue;
    ws.addConditionalFormatting({
      ref: "T2:T3",
      rules: [
        { type: "expression", priority: 1, formulae: ["$T2>100"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } } },
      ],
    });
    const notes = book.addWorksheet("Notes");
    notes.getCell("A1").value = { formula: "'Permanent data'!T2" } as ExcelJS.CellFormulaValue;
    notes.getCell("A2").value = { formula: "'Permanent data'!P3" } as ExcelJS.CellFormulaValue;
    // The filter on Kind: exceljs writes no values filter, so it goes into the table part as Excel
    // writes it, <filterColumn colId="1"><filters><filter val="Natural person"/></filters></filterColumn>.
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
        .map(async (f) => ({ f, xml: await zip.file(f)!.async("string") })),
    );
    const part = parts.find((x) => x.xml.includes('name="PD_Shareholders"'))!;
    const kind = /<filterColumn colId="1"[^>]*\/>/.exec(part.xml)!;
    zip.file(part.f, part.xml.replace(kind[0], '<filterColumn colId="1"><filters><filter val="Natural person"/></filters></filterColumn>'));
    writeFileSync(join(dir, "built.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    const input = readFileSync(join(dir, "built.xlsx"));
    // The file holds what Excel shows: both criteria, Holding's row hidden.
    const criteria = { Kind: { filterOn: "Values", values: ["Natural person"] }, Shares: { filterOn: "Custom", criterion1: ">5" } };
    const built = (await tables(join(dir, "built.xlsx"))).table("PD_Shareholders")!;
    expect(column(built, "Name")).toEqual(["Dubois Zoë", "Holding Dubois SA"]);
    expect(built.filters).toEqual(criteria);
    expect(built.hiddenRows).toEqual([1]);

    // AdminPulse: Zoë sold her shares (the first row), a new holder came.
    running.sandbox.editRelation(ACME.id, (acme) => {
      acme.tos = acme.tos.filter((t) => !(t.linkType === 6 && t.uniqueIdentifier === PERSON_A));
      acme.tos.push({ linkType: 6, uniqueIdentifier: "f0000000-0000-4000-8000-000000000000", shares: 10, votingRights: 10 });
    });
    try {
      const result = await run([...base(), "--in", "built.xlsx", "--out", "second.xlsx"]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).toMatch(/Removed: +1\n/); // her holding (she is still a director and a relation)
    } finally {
      running.sandbox.reset();
    }
    expect(readFileSync(join(dir, "built.xlsx")).equals(input)).toBe(true);

    const { sim, table } = await tables(join(dir, "second.xlsx"));
    const holders = table("PD_Shareholders")!;
    expect(column(holders, "Name")).toEqual(["Holding Dubois SA", "Person Filler0"]);
    expect(column(holders, "Source")).toEqual(["AdminPulse", "AdminPulse"]);
    // The total row: under the body, with its functions, never read as a holder.
    expect(holders.showTotals).toBe(true);
    expect(holders.address).toBe("'Permanent data'!P1:Z4");
    expect(holders.totals![0]).toBe("Total");
    expect(sim.cell("Permanent data", "T4").formula).toBe("=SUBTOTAL(109,[Shares])");
    expect(sim.cell("Permanent data", "Z4").formula).toBe("=SUBTOTAL(109,[Tax])");
    // The user's column: each row's formula reads its own row, the new holder's too.
    expect([sim.cell("Permanent data", "Z2").formula, sim.cell("Permanent data", "Z3").formula]).toEqual(["=T2*2", "=T3*2"]);
    // The Notes sheet: Zoë's shares are gone (#REF!, not Holding's 400); Holding's name followed its row.
    expect(sim.cell("Notes", "A1").formula).toContain("#REF!");
    expect(sim.cell("Notes", "A2").formula).toBe("='Permanent data'!P2");
    // The user's conditional format, still on the shares, still reading each row's own cell.
    const rules = sim.snapshot().sheets.find((x) => x.name === "Permanent data")!.conditionalFormats;
    expect(rules.filter((c) => c.fill === "#C6EFCE")).toEqual([expect.objectContaining({ formula: "=$T2>100", ranges: ["T2:T3"] })]);
    // The filter: the same criteria, over the rows as written. Holding (now row 2) is hidden, the
    // new holder (a natural person with 10 shares, now in Holding's old row 3) shown.
    expect(holders.filters).toEqual(criteria);
    const rejected = holders.rows.flatMap((row, i) => {
      const [kind, shares] = [row[holders.headers.indexOf("Kind")], row[holders.headers.indexOf("Shares")]];
      return kind === "Natural person" && typeof shares === "number" && shares > 5 ? [] : [i];
    });
    expect(rejected).toEqual([0]);
    expect(holders.hiddenRows).toEqual(rejected);
  });

  it("an expired key: exit 1, the user's message, no file, and the key is never printed", async () => {
    const result = await run([...base(), "--enterprise-number", ACME.number, "--out", "result.xlsx", "--language", "fr"], { [ENV_VAR]: EXPIRED });
    expect(result.code).toBe(EXIT_SYNC_FAILED);
    expect(result.stderr).toMatch(/AdminPulse a refusé la clé d’API/);
    expect(result.stdout).toBe("");
    expect(`${result.stdout}${result.stderr}`).not.toContain(EXPIRED);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a company AdminPulse does not have: exit 1 and no file", async () => {
    // Valid check digits, but only in the demo seed, not in this one.
    const result = await run([...base(), "--enterprise-number", "0403587108", "--out", "result.xlsx"]);
    expect(result.code).toBe(EXIT_SYNC_FAILED);
    expect(result.stderr).toMatch(/AdminPulse has no company with enterprise number 0403\.?587\.?108/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("the key's variable unset or empty: exit 2, naming the variable", async () => {
    for (const env of [{}, { [ENV_VAR]: "  " }]) {
      const result = await run([...base(), "--enterprise-number", ACME.number, "--out", "result.xlsx"], env);
      expect(result.code).toBe(EXIT_USAGE);
      expect(result.stderr).toMatch(new RegExp(`environment variable ${ENV_VAR} is not set or empty`));
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it("refuses --out equal to --in, even with --force, however the path is spelt", async () => {
    expect((await run([...base(), "--enterprise-number", ACME.number, "--out", "book.xlsx"])).code).toBe(EXIT_OK);
    const before = readFileSync(join(dir, "book.xlsx"));
    symlinkSync(join(dir, "book.xlsx"), join(dir, "alias.xlsx"));
    for (const out of ["book.xlsx", "./book.xlsx", `${dir}/../${basename(dir)}/book.xlsx`, "alias.xlsx"]) {
      const result = await run([...base(), "--in", "book.xlsx", "--out", out, "--force"]);
      expect(result.code).toBe(EXIT_USAGE);
      expect(result.stderr).toMatch(/--out must not be the input file/);
    }
    expect(readFileSync(join(dir, "book.xlsx")).equals(before)).toBe(true);
  });

  it("refuses to overwrite an existing --out unless --force", async () => {
    writeFileSync(join(dir, "taken.xlsx"), "not mine to replace");
    const refused = await run([...base(), "--enterprise-number", ACME.number, "--out", "taken.xlsx"]);
    expect(refused.code).toBe(EXIT_USAGE);
    expect(refused.stderr).toMatch(/already exists; add --force/);
    expect(readFileSync(join(dir, "taken.xlsx"), "utf8")).toBe("not mine to replace");

    const forced = await run([...base(), "--enterprise-number", ACME.number, "--out", "taken.xlsx", "--force"]);
    expect(forced.code).toBe(EXIT_OK);
    expect((await tables(join(dir, "taken.xlsx"))).table("PD_Directors")!.rows).toHaveLength(2);
    expect(readdirSync(dir)).toEqual(["taken.xlsx"]);
  });

  it("writes --out readable by its owner only (0600), whatever the umask, also over a file with --force", async () => {
    if (process.platform === "win32") return; // no Unix modes
    const umask = process.umask(0); // the most permissive: the mode cannot come from it
    try {
      expect((await run([...base(), "--enterprise-number", ACME.number, "--out", "new.xlsx"])).code).toBe(EXIT_OK);
      expect(statSync(join(dir, "new.xlsx")).mode & 0o777).toBe(0o600);
      writeFileSync(join(dir, "shared.xlsx"), "readable by all", { mode: 0o666 });
      expect((await run([...base(), "--enterprise-number", ACME.number, "--out", "shared.xlsx", "--force"])).code).toBe(EXIT_OK);
      expect(statSync(join(dir, "shared.xlsx")).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(umask);
    }
  });

  it("prints AdminPulse's values without the terminal escape sequences they hold", async () => {
    running.sandbox.editRelation(ACME.id, (acme) => {
      acme.name = "\u001b[2J\u001b[32mSynced OK\u001b[0m\u001b]0;title\u0007 \u202eL'Atelier\nZoë";
    });
    try {
      const result = await run([...base(), "--enterprise-number", ACME.number, "--out", "result.xlsx"]);
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).toMatch(/^Company: +Synced OK L'Atelier Zoë\n/);
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    } finally {
      running.sandbox.reset();
    }
  });

  it("an invalid enterprise number: exit 2 with a clear message, nothing written", async () => {
    const result = await run([...base(), "--enterprise-number", "12345", "--out", "result.xlsx"]);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(/“12345” is not a valid Belgian enterprise number/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses --enterprise-number that differs from the company --in is linked to", async () => {
    expect((await run([...base(), "--enterprise-number", ACME.number, "--out", "acme.xlsx"])).code).toBe(EXIT_OK);
    const result = await run([...base(), "--in", "acme.xlsx", "--enterprise-number", "0123.456.749", "--out", "other.xlsx"]);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(/linked to the company 0566\.988\.259, not 0123\.456\.749/);
    expect(existsSync(join(dir, "other.xlsx"))).toBe(false);
  });

  it("an --in that is missing or not a workbook, an --out in a missing folder: exit 2", async () => {
    const noFolder = await run([...base(), "--enterprise-number", ACME.number, "--out", "nowhere/r.xlsx"]);
    expect(noFolder.code).toBe(EXIT_USAGE);
    expect(noFolder.stderr).toMatch(/the folder of --out does not exist: .*nowhere/);
    expect((await run([...base(), "--in", "missing.xlsx", "--out", "r.xlsx"])).stderr).toMatch(/cannot read --in .*missing\.xlsx: no such file/);
    writeFileSync(join(dir, "text.xlsx"), "plain text");
    const result = await run([...base(), "--in", "text.xlsx", "--out", "r.xlsx"]);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(/not an \.xlsx workbook/);
    expect(existsSync(join(dir, "r.xlsx"))).toBe(false);
  });

  it("direct runSyncFile call with parsed arguments", async () => {
    const parsed = parseSyncFileArgs([...base(), "--enterprise-number", ACME.number, "--out", join(dir, "direct.xlsx")]);
    if (parsed.kind !== "run") throw new Error("expected arguments to parse");
    const written: string[] = [];
    const code = await runSyncFile(parsed.args, {
      env: { [ENV_VAR]: TOKEN },
      stdout: { write: (t: string) => written.push(t) },
      stderr: { write: (t: string) => written.push(t) },
    });
    expect(code).toBe(EXIT_OK);
    expect(written.join("")).toContain(`Written to ${join(dir, "direct.xlsx")}`);
  });
});

describe("npm run sync-file", () => {
  it("runs the script as a process, reading the key from the named variable", async () => {
    const out = join(dir, "spawned.xlsx");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(
        npm,
        ["run", "-s", "sync-file", "--", ...base(), "--enterprise-number", ACME.number, "--out", out],
        { cwd: REPO, env: { ...process.env, [ENV_VAR]: TOKEN }, timeout: 60_000 },
        (error, stdout, stderr) => done({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Written to ${out}`);
    expect(result.stdout).not.toContain(TOKEN);
    expect((await tables(out)).table("PD_Directors")!.rows).toHaveLength(2);
  }, 90_000);
});
