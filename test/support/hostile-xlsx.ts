/**
 * Hostile workbooks made on the fly (never committed): a huge workbook (the seed workbook with millions of cells
 * outside the tables, about 26 MB) and zip bombs (a sheet that inflates to gigabytes, declared honestly or with a
 * false small size). A small zip writer is needed because no library writes an archive that lies about its sizes.
 */
import { crc32, createDeflateRaw, constants, deflateRawSync } from "zlib";
import JSZip from "jszip";
import { readFileSync } from "fs";
import { join } from "path";

const SEED_XLSX = join(__dirname, "../../examples/seed-2021.xlsx");

/** One entry of an archive: its deflated bytes, its CRC, and the sizes its headers declare. */
export interface RawEntry {
  name: string;
  deflated: Buffer;
  crc: number;
  /** The uncompressed size written in the headers (the truth, or a lie). */
  declaredSize: number;
}

/** Write a zip archive (no zip64: sizes below 4 GiB) from deflated entries. */
export function zipArchive(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** An entry holding `data` as it is. */
export function entryOf(name: string, data: Buffer): RawEntry {
  return { name, deflated: deflateRawSync(data), crc: crc32(data), declaredSize: data.length };
}

/** A segment of a deflate stream that ends on a byte boundary and is not final: segments can be concatenated. */
function segment(data: Buffer): Buffer {
  return deflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
}

/**
 * An entry whose content is `head`, then `repeat` repeated `times` times, then `tail`, built from one deflated
 * segment of `repeat` (so a gigabyte costs a few megabytes and no time); its CRC is 0 (not computed), its declared
 * size is `declare` or the truth.
 */
export function repeatedEntry(name: string, head: string, repeat: Buffer, times: number, tail: string, declare?: number): RawEntry {
  const one = segment(repeat);
  // The true CRC of gigabytes costs seconds; readers stop at the size, before any CRC check.
  const crc = 0;
  const deflated = Buffer.concat([segment(Buffer.from(head)), ...Array.from({ length: times }, () => one), deflateRawSync(Buffer.from(tail))]);
  const size = Buffer.byteLength(head) + repeat.length * times + Buffer.byteLength(tail);
  return { name, deflated, crc, declaredSize: declare ?? size };
}

/** The seed workbook's parts, as entries, with some parts replaced. */
async function seedWith(replace: Record<string, RawEntry>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(SEED_XLSX));
  const entries: RawEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    entries.push(replace[name] ?? entryOf(name, await zip.file(name)!.async("nodebuffer")));
  }
  return zipArchive(entries);
}

/** The part of the seed's 统计表 (the first sheet). */
export const TABLES_PART = "xl/worksheets/sheet1.xml";

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/**
 * Zip bombs built on the seed workbook: 统计表's part inflates to `gigabytes` GB of rows. `lie` declares 40 KB
 * instead of the truth.
 */
export async function zipBomb(options: { gigabytes: number; lie: boolean }): Promise<Buffer> {
  const row = Buffer.from(`<row r="1000"><c r="A1000"><v>1</v></c></row>`.padEnd(1024, " "));
  const rows = Buffer.concat(Array.from({ length: 1024 }, () => row)); // 1 MB
  const times = Math.round(options.gigabytes * 1024);
  const bomb = repeatedEntry(TABLES_PART, SHEET_HEAD, rows, times, "</sheetData></worksheet>", options.lie ? 40 * 1024 : undefined);
  return seedWith({ [TABLES_PART]: bomb });
}

/** A deterministic pseudo-random sequence (so the huge workbook is the same every time). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Deflate a stream of text chunks at level 1 (fast), with its CRC and size. */
async function deflateChunks(name: string, chunks: Iterable<string>): Promise<RawEntry> {
  const d = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  d.on("data", (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    d.on("end", resolve);
    d.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  for (const text of chunks) {
    const b = Buffer.from(text, "utf8");
    crc = crc32(b, crc);
    size += b.length;
    if (!d.write(b)) await new Promise((r) => d.once("drain", r));
  }
  d.end();
  await done;
  return { name, deflated: Buffer.concat(out), crc, declaredSize: size };
}

/**
 * A huge workbook: the seed workbook whose 统计表 also holds `rows` rows of 40 cells below the tables (random
 * numbers, and text from 300,000 shared strings of its own), about 26 MB for the default (4 million cells). The
 * tables and their values are the seed's, so it reads as the seed does. Rows are drawn from a pool of random rows
 * (cells without addresses, so a row's cells fit any row), farther apart than deflate's window, so it does not
 * compress away.
 */
export async function hugeWorkbook(rows = 90_000): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(SEED_XLSX));
  const sheet = await zip.file(TABLES_PART)!.async("string");
  const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
  const baseStrings = (sst.match(/<si>/g) ?? []).length;
  const STRINGS = 300_000;
  const rnd = random(2021);
  const pool = Array.from({ length: 2048 }, () => {
    let cells = "";
    for (let c = 0; c < 40; c++) {
      cells += c % 4 === 3 ? `<c t="s"><v>${baseStrings + Math.floor(rnd() * STRINGS)}</v></c>` : `<c><v>${(rnd() * 1e6).toFixed(3)}</v></c>`;
    }
    return cells;
  });
  const [before, after] = sheet.split("</sheetData>");
  function* sheetChunks(): Generator<string> {
    yield before;
    for (let r0 = 0; r0 < rows; r0 += 1000) {
      let text = "";
      for (let r = r0; r < Math.min(rows, r0 + 1000); r++) text += `<row r="${100 + r}">${pool[Math.floor(rnd() * pool.length)]}</row>`;
      yield text;
    }
    yield `</sheetData>${after}`;
  }
  const sheetEntry = await deflateChunks(TABLES_PART, sheetChunks());
  const sstHead = sst.slice(0, sst.lastIndexOf("</sst>")).replace(/\s(count|uniqueCount)="\d+"/g, "");
  function* sstChunks(): Generator<string> {
    yield sstHead;
    for (let i = 0; i < STRINGS; i += 10_000) {
      let text = "";
      for (let j = i; j < i + 10_000; j++) text += `<si><t>备注${Math.floor(rnd() * 2 ** 40).toString(36)}</t></si>`;
      yield text;
    }
    yield "</sst>";
  }
  const sstEntry = await deflateChunks("xl/sharedStrings.xml", sstChunks());
  const entries: RawEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    if (name === TABLES_PART) entries.push(sheetEntry);
    else if (name === "xl/sharedStrings.xml") entries.push(sstEntry);
    else entries.push(entryOf(name, await zip.file(name)!.async("nodebuffer")));
  }
  return zipArchive(entries);
}
