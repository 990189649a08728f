// Checks an .xlsx package from someone else before exceljs reads it. exceljs inflates every part
// whole, turns each cell, row, column, merged cell and named cell into an object, and trusts the
// sizes the zip declares, so a few kilobytes can ask it for gigabytes. This reads the zip's
// directory, then inflates each part itself with a running count, and refuses what an honest
// workbook never holds or what would not fit. Browser-safe: JSZip only, as xlsx.ts.

import JSZip from "jszip";

const MB = 1024 * 1024;

export const XLSX_LIMITS = {
  /**
   * Bytes once unzipped, per part and in all. Permanent data takes well under 1 MB and the cell
   * limit below keeps sheet XML near 10 MB; the rest is room for long texts, styles and images.
   * Measured: 29 MB of text in one sheet syncs at a peak of 440 MB. A ledger of several hundred
   * thousand rows (100 MB of XML) is refused, as is any file larger than the total.
   */
  maxPartBytes: 32 * MB,
  maxTotalBytes: 48 * MB,
  /** Parts in the zip: a workbook of a hundred sheets with drawings and comments has a few hundred. */
  maxParts: 2000,
  /**
   * How many times a part larger than 1 MB may shrink when zipped. Sheet XML zips 9 to 25 to 1
   * (the most repetitive measured: a shared formula in every cell); deflate allows 1032 to 1.
   */
  maxRatio: 100,
  /**
   * Cells, rows, shared strings, rich-text runs and notes, and the cells of merged areas, tables
   * and named ranges: exceljs makes an object of each, and the sync holds about 3 KB per cell (a
   * peak of 330 MB near this limit). Permanent data takes about 2,000 cells.
   */
  maxCells: 100_000,
  /**
   * Columns exceljs makes: in each sheet, every column up to the last one given a width or a
   * format (templates often hide all columns right of the last used: 16,384). Sixteen sheets' worth.
   */
  maxColumns: 16 * 16_384,
} as const;

export type XlsxRefusal = "not-a-zip" | "corrupt" | "no-workbook" | "too-many-parts" | "too-large" | "compression-ratio" | "doctype" | "too-many-cells";

/** The workbook was not read: `message` says what is wrong and what to do, in plain English. */
export class XlsxRefusedError extends Error {
  constructor(
    readonly reason: XlsxRefusal,
    message: string,
  ) {
    super(message);
    this.name = "XlsxRefusedError";
  }
}

const SAVE_AS_XLSX = "open it in Excel and save it as an Excel Workbook (.xlsx)";
const TOO_LARGE =
  "sync-file holds the whole workbook in memory, so keep ledgers and other large data in another workbook, or sync this one in Excel with the add-in";
const ASK_AGAIN = "do not open it; ask the client for the workbook again, as saved by Excel";

/** The package's zip, once every check passed; throws XlsxRefusedError otherwise. */
export async function openXlsxPackage(bytes: Uint8Array): Promise<JSZip> {
  const L = XLSX_LIMITS;
  if (bytes.length > L.maxTotalBytes) refuse("too-large", `it is ${size(bytes.length)}, more than the ${size(L.maxTotalBytes)} sync-file reads; ${TOO_LARGE}`);
  const entries = declaredEntries(bytes);
  if (entries === null) throw notAZip(bytes);
  // JSZip makes an object per entry before anything could be counted.
  if (entries > L.maxParts) refuse("too-many-parts", `it has ${entries} parts, more than the ${L.maxParts} of any real workbook; ${ASK_AGAIN}`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw damaged();
  }
  const parts = Object.values(zip.files).filter((f) => !f.dir);
  if (!zip.file("xl/workbook.xml")) refuse("no-workbook", `it is a zip archive but no .xlsx workbook (it has no xl/workbook.xml); ${SAVE_AS_XLSX}`);

  // The sizes the zip declares first, so that a bomb is refused before any of it is inflated.
  let total = 0;
  for (const part of parts) {
    const { compressedSize, uncompressedSize } = declaredSizes(part);
    if (uncompressedSize > MB && uncompressedSize > compressedSize * L.maxRatio) {
      const ratio = Math.round(uncompressedSize / Math.max(1, compressedSize));
      refuse("compression-ratio", `${part.name} is compressed ${ratio} to 1 (a real workbook: under ${L.maxRatio} to 1), as zip bombs are; ${ASK_AGAIN}`);
    }
    if (uncompressedSize > L.maxPartBytes)
      refuse("too-large", `${part.name} unzips to ${size(uncompressedSize)}, more than the ${size(L.maxPartBytes)} sync-file reads in one part; ${TOO_LARGE}`);
    total += uncompressedSize;
  }
  if (total > L.maxTotalBytes) refuse("too-large", `it unzips to ${size(total)}, more than the ${size(L.maxTotalBytes)} sync-file reads; ${TOO_LARGE}`);

  // Then the bytes themselves, which must not exceed what was declared.
  const counts = new Counts();
  for (const part of parts) {
    const isXml = /\.(xml|rels|vml)$/i.test(part.name);
    const inflated = await inflate(part, declaredSizes(part).uncompressedSize, isXml);
    if (inflated) counts.add(part.name, inflated);
  }
  return zip;
}

function refuse(reason: XlsxRefusal, message: string): never {
  throw new XlsxRefusedError(reason, message);
}

function damaged(): XlsxRefusedError {
  return new XlsxRefusedError(
    "corrupt",
    "it is damaged or incomplete (its zip archive cannot be read); ask for a new copy, or open it in Excel and save it again",
  );
}

function notAZip(bytes: Uint8Array): XlsxRefusedError {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  // A zip's first bytes without its directory (kept at the end): a file cut short.
  if (starts(0x50, 0x4b, 0x03, 0x04)) return damaged();
  // Compound File: Excel 97-2003, and Excel's encryption of any workbook with a password to open.
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return new XlsxRefusedError(
      "not-a-zip",
      "it is an Excel 97-2003 workbook (.xls) or one protected by a password to open; open it in Excel and save it as an Excel Workbook (.xlsx) without a password to open",
    );
  }
  return new XlsxRefusedError("not-a-zip", `it is not an .xlsx workbook (not a zip archive); ${SAVE_AS_XLSX}`);
}

/** The entry count of the zip's end-of-central-directory record (zip64 too), or null without one. */
function declaredEntries(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The record is 22 bytes, followed by a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const entries = view.getUint16(at + 10, true);
    const locator = at - 20;
    if (entries !== 0xffff || locator < 0 || view.getUint32(locator, true) !== 0x07064b50) return entries;
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 40 > bytes.length || view.getUint32(record, true) !== 0x06064b50) return null;
    return Number(view.getBigUint64(record + 32, true));
  }
  return null;
}

/** What the zip's directory says of a part. Private in JSZip's typings; set for every loaded entry. */
function declaredSizes(part: JSZip.JSZipObject): { compressedSize: number; uncompressedSize: number } {
  const { compressedSize, uncompressedSize } = (part as unknown as { _data: { compressedSize: number; uncompressedSize: number } })._data;
  // JSZip reads the 32-bit sizes as signed: 2 GB and more come out negative.
  const unsigned = (n: number) => (n < 0 ? n + 2 ** 32 : n);
  return { compressedSize: unsigned(compressedSize), uncompressedSize: unsigned(uncompressedSize) };
}

/**
 * Inflates a part through JSZip's worker chain, counting: more bytes than declared stops it at
 * once (JSZip itself would notice only at the end, the bomb inflated). Returns the bytes for XML
 * parts, which are checked further; other parts (images) are only counted.
 */
function inflate(part: JSZip.JSZipObject, declared: number, keep: boolean): Promise<Uint8Array | null> {
  // internalStream is JSZip's documented streaming API; its typings lack it.
  const stream = (part as unknown as { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream("uint8array");
  const out = keep ? new Uint8Array(declared) : null;
  let count = 0;
  return new Promise((resolve, reject) => {
    stream
      .on("data", (chunk) => {
        if (count > declared) return;
        if (count + chunk.length > declared) {
          count += chunk.length;
          // Pausing stops the reading; what the current compressed chunk still yields is dropped here.
          stream.pause();
          reject(
            new XlsxRefusedError(
              "corrupt",
              `${part.name} unzips to more than the ${size(declared)} its zip declares for it, as a zip bomb built to mislead does; ${ASK_AGAIN}`,
            ),
          );
          return;
        }
        out?.set(chunk, count);
        count += chunk.length;
      })
      .on("error", () => reject(damaged()))
      .on("end", () => (count === declared ? resolve(out) : reject(damaged())))
      .resume();
  });
}

/** Counts what exceljs would make objects of, part by part, and refuses DOCTYPE declarations. */
class Counts {
  private cells = 0;
  private columns = 0;
  private readonly decoder = new TextDecoder();

  add(name: string, bytes: Uint8Array): void {
    const xml = this.decoder.decode(bytes);
    // Entity declarations are how an "XML bomb" multiplies text; no Office part has a DOCTYPE.
    if (/<!(?:DOCTYPE|ENTITY)/i.test(xml))
      refuse(
        "doctype",
        `${name} declares a DOCTYPE or entities, which Excel never writes and which can make a reader expand a few bytes into gigabytes; ${ASK_AGAIN}`,
      );
    // Patterns use [^<>], never [^>]: a scan then never runs over another tag, so it stays linear.
    this.cells += count(xml, /<(?:c|row|si|r|comment)[\s/>]/g);
    for (const m of xml.matchAll(/<(?:mergeCell|table)\b[^<>]*?\bref="([^"]*)"/g)) this.cells += area(m[1]!);
    for (const m of xml.matchAll(/<definedName\b[^<>]*>([^<]*)</g)) this.cells += area(m[1]!);
    let last = 0;
    for (const m of xml.matchAll(/<col\b([^<>]*)>/g))
      last = Math.max(last, ...[/\bmin="(\d+)"/, /\bmax="(\d+)"/].map((re) => Number(re.exec(m[1]!)?.[1] ?? 0)));
    this.columns += last;
    if (this.cells > XLSX_LIMITS.maxCells) {
      refuse(
        "too-many-cells",
        `its sheets hold more than ${XLSX_LIMITS.maxCells.toLocaleString("en")} cells (counting rows, texts, notes, merged cells, tables and named ranges); ${TOO_LARGE}`,
      );
    }
    if (this.columns > XLSX_LIMITS.maxColumns) {
      refuse("too-many-cells", `its sheets give widths or formats to more than ${XLSX_LIMITS.maxColumns.toLocaleString("en")} columns in all; ${TOO_LARGE}`);
    }
  }
}

function count(text: string, re: RegExp): number {
  let n = 0;
  for (re.lastIndex = 0; re.exec(text) !== null; n++);
  return n;
}

/** Cells covered by the A1 ranges in a reference ("A1:B2", "'Sheet 1'!$A$1:$C$9,Sheet2!$D$4"). */
function area(ref: string): number {
  let cells = 0;
  for (const m of ref.matchAll(/\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/gi)) {
    const rows = m[4] === undefined ? 1 : Math.abs(Number(m[4]) - Number(m[2])) + 1;
    const columns = m[3] === undefined ? 1 : Math.abs(columnNumber(m[3]) - columnNumber(m[1]!)) + 1;
    cells += rows * columns;
  }
  return cells;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function size(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
