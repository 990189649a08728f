// Workbooks a client could send, built in the test (no binary fixtures): honest ones exported by
// the simulator, and hostile ones written part by part with a small zip writer of our own, so
// that sizes can be declared falsely and a zip bomb costs a few megabytes to build, not gigabytes.

import { randomBytes } from "node:crypto";
import { Z_FULL_FLUSH, crc32, deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { createExcelSimulator } from "../../simulator";
import { exportXlsx } from "../../simulator/xlsx";

export interface ZipEntry {
  name: string;
  /** Raw deflate data. */
  deflated: Buffer;
  crc: number;
  size: number;
  /** Size written into the headers instead of the real one: a lying zip. */
  declaredSize?: number;
}

/** A part, deflated; level 1 for the large ones, which would otherwise take seconds to build. */
export function entry(name: string, content: string | Buffer, level = 6): ZipEntry {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, deflated: deflateRawSync(data, { level }), crc: crc32(data), size: data.length };
}

/** A zip archive (deflate, no zip64: every size below 4 GiB). */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const size = e.declaredSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A small workbook as the simulator exports it: one sheet "Sheet1" with a few cells. */
export async function honestXlsx(): Promise<Uint8Array> {
  const sim = createExcelSimulator();
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B2").values = [
      ["Client", "Atelier"],
      ["Year", 2024],
    ];
    await context.sync();
  });
  return exportXlsx(sim);
}

/** The parts of a workbook, by name, as text. */
async function partsOf(xlsx: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) parts.set(name, await zip.file(name)!.async("string"));
  return parts;
}

/** The workbook with Sheet1's XML replaced. */
export async function withSheet1(xlsx: Uint8Array, sheetXml: string | ZipEntry): Promise<Buffer> {
  return withParts(xlsx, [typeof sheetXml === "string" ? entry("xl/worksheets/sheet1.xml", sheetXml, 1) : sheetXml]);
}

/** The workbook with some parts added or replaced. */
export async function withParts(xlsx: Uint8Array, replaced: readonly ZipEntry[]): Promise<Buffer> {
  const parts = await partsOf(xlsx);
  const names = new Set(replaced.map((e) => e.name));
  return zipOf([...[...parts].filter(([name]) => !names.has(name)).map(([name, text]) => entry(name, text)), ...replaced]);
}

const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

export function sheetXml(rows: string): string {
  return `${SHEET_OPEN}<sheetData>${rows}</sheetData></worksheet>`;
}

/**
 * Sheet1 as a zip bomb: valid XML whose whitespace inflates to `bytes`, from about a thousandth
 * of that. Each piece is deflated on its own and ends on a full flush, so one compressed megabyte
 * of spaces repeated makes a valid stream of any length. `declaredSize` makes the headers lie.
 */
export function bombSheet(bytes: number, declaredSize?: number): ZipEntry {
  const head = Buffer.from(`${SHEET_OPEN}<sheetData>`);
  const tail = Buffer.from("</sheetData></worksheet>");
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const count = Math.ceil((bytes - head.length - tail.length) / chunk.length);
  const flushed = (data: Buffer) => deflateRawSync(data, { finishFlush: Z_FULL_FLUSH });
  const spaces = flushed(chunk);
  let crc = crc32(head);
  for (let i = 0; i < count; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  const deflated = Buffer.concat([flushed(head), ...Array.from({ length: count }, () => spaces), deflateRawSync(tail)]);
  const size = head.length + count * chunk.length + tail.length;
  return { name: "xl/worksheets/sheet1.xml", deflated, crc, size, declaredSize };
}

/** "Billion laughs": ten entities of ten references each, a gigabyte of "lol" once expanded. */
export function entityBombSheet(): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? "" : i - 1};`.repeat(10)}">`);
  const xml = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>');
  return xml.replace("<worksheet", `<!DOCTYPE worksheet [${entities.join("")}]>\n<worksheet`);
}

/** One cell in the last column (XFD) on each of `rows` rows: a few kilobytes zipped. */
export function sparseXfdSheet(rows: number): string {
  return sheetXml(Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`).join(""));
}

/**
 * An honest ledger: `rows` bookings of eight columns (date, journal, account, description,
 * debit, credit, VAT code, reference), numbers and inline text as an accounting export writes.
 */
export function ledgerSheet(rows: number): string {
  const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  const out: string[] = [
    '<row r="1">',
    ...["Date", "Journal", "Account", "Description", "Debit", "Credit", "VAT", "Reference"].map((h, c) => text(`${"ABCDEFGH"[c]}1`, h)),
    "</row>",
  ];
  for (let r = 2; r <= rows + 1; r++) {
    const amount = ((r * 7919) % 100_000) / 100;
    out.push(
      `<row r="${r}"><c r="A${r}"><v>${45_292 + (r % 365)}</v></c>`,
      text(`B${r}`, r % 3 === 0 ? "VKP" : "AKP"),
      `<c r="C${r}"><v>${400_000 + (r % 97) * 100}</v></c>`,
      text(`D${r}`, `Invoice ${r} for services rendered`),
      `<c r="E${r}"><v>${r % 2 ? amount : 0}</v></c><c r="F${r}"><v>${r % 2 ? 0 : amount}</v></c>`,
      text(`G${r}`, "21"),
      text(`H${r}`, `2024/${String(r).padStart(6, "0")}`),
      "</row>",
    );
  }
  return sheetXml(out.join(""));
}

/** Bytes that are no zip at all. */
export function noise(length: number): Buffer {
  return randomBytes(length);
}
