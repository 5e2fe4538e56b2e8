/**
 * Reading only what a workbook's named blocks need, with bounded memory and time, before exceljs sees the file.
 *
 * exceljs loads a whole workbook into memory: a 26 MB file with many cells outside the tables exhausts the heap, and
 * a zip bomb inflates until the process dies. So an .xlsx read for the report is first cut down here: the zip's
 * central directory is read with yauzl (which checks every entry's actual size against the size it declares), the
 * workbook's names are resolved, and the sheets they point to are streamed row by row, keeping only the rows of the
 * named blocks (with their merged areas, the shared-formula cells they depend on, and the shared strings they use).
 * Other sheets become empty sheets of the same name. exceljs then reads a small workbook with the same sheets, names
 * and values in those blocks.
 *
 * Limits (`XLSX_LIMITS`): the file's size, the number of zip entries, the declared and actual size of every part
 * read, the bytes inflated in all, the size of one row and of one shared string, the cells scanned and the cells of
 * the named blocks. Past a limit an `XlsxLimitError` says in Chinese what is too large; nothing more is read.
 * Node only.
 */
import type { Readable } from "stream";
import * as yauzl from "yauzl";
import JSZip from "jszip";
import { parseA1, type RangeRef } from "./port";

/** The limits of one workbook read (bytes unless said otherwise). */
export interface XlsxLimits {
  /** The .xlsx file itself. */
  fileBytes: number;
  /** Entries in the zip archive. */
  entries: number;
  /** One part read whole (workbook.xml, styles.xml, relationships). */
  partBytes: number;
  /** Bytes inflated in all, sheets and shared strings included (bounds the time a read takes). */
  inflatedBytes: number;
  /** One row of a sheet (Excel's widest row, 16,384 cells, is well under this). */
  rowBytes: number;
  /** One shared string, markup included (Excel's longest text, 32,767 characters, is well under this). */
  stringBytes: number;
  /** Cells scanned in the sheets that hold named blocks. */
  cells: number;
  /** Cells of the named blocks read. */
  blockCells: number;
}

/** The limits used unless a caller sets others. A real report workbook is far below every one. */
export const XLSX_LIMITS: XlsxLimits = {
  fileBytes: 100 * 1024 * 1024,
  entries: 10_000,
  partBytes: 32 * 1024 * 1024,
  inflatedBytes: 1024 * 1024 * 1024,
  rowBytes: 4 * 1024 * 1024,
  stringBytes: 1024 * 1024,
  cells: 20_000_000,
  blockCells: 100_000,
};

/** A workbook past one of the limits; `message` is Chinese and follows the source's name (`文件…`). */
export class XlsxLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxLimitError";
  }
}

/** A zip archive or part that cannot be read; `message` is the library's or ours, in English, for `XlsxReadError.detail`. */
export class XlsxArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxArchiveError";
  }
}

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

// ───────────────────────────── XML text ─────────────────────────────

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decode XML character and entity references. */
function xmlDecode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e],
  );
}

/** The attributes of a start tag, by local name (a prefix such as `r:` is dropped), decoded. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1].replace(/^.*:/, "")] = xmlDecode(m[2] ?? m[3]);
  return out;
}

/** A part that starts with a UTF-16 byte order mark: no generator of .xlsx files writes one, and it cannot be scanned. */
function isUtf16(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

// ───────────────────────────── the archive ─────────────────────────────

/** The zip archive with its entries by name and a running count of inflated bytes. */
class Archive {
  inflated = 0;
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: XlsxLimits,
  ) {}

  static async open(bytes: Buffer, limits: XlsxLimits): Promise<Archive> {
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false });
    } catch (e) {
      throw new XlsxArchiveError((e as Error).message);
    }
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) {
        if (entries.size >= limits.entries) throw new XlsxLimitError(`压缩包中的文件超过 ${limits.entries} 个，不像是 Excel 工作簿`);
        entries.set(entry.fileName.replace(/^\/+/, ""), entry);
      }
    } catch (e) {
      if (e instanceof XlsxLimitError) throw e;
      throw new XlsxArchiveError((e as Error).message);
    }
    return new Archive(zip, entries, limits);
  }

  close(): void {
    this.zip.close();
  }

  /** The entry of a part, matched without regard to case (some generators differ from Excel in case). */
  entry(name: string): yauzl.Entry | undefined {
    const exact = this.entries.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    for (const [n, e] of this.entries) if (n.toLowerCase() === lower) return e;
    return undefined;
  }

  /** Check a part's declared size against a limit and the inflation budget before reading it. */
  private admit(entry: yauzl.Entry, limit: number | undefined): void {
    if (entry.isEncrypted()) throw new XlsxArchiveError(`entry ${entry.fileName} is encrypted`);
    if (limit !== undefined && entry.uncompressedSize > limit) {
      throw new XlsxLimitError(`中的“${entry.fileName}”解压后有 ${MB(entry.uncompressedSize)}，超过 ${MB(limit)} 的上限，不像是年报工作簿`);
    }
    if (this.inflated + entry.uncompressedSize > this.limits.inflatedBytes) {
      throw new XlsxLimitError(`按压缩包声明的大小，解压后将超过 ${MB(this.limits.inflatedBytes)}，不像是年报工作簿，可能是恶意构造的压缩包`);
    }
  }

  /**
   * Inflate a part chunk by chunk. yauzl stops with an error when the part inflates to more or fewer bytes than it
   * declares (a zip bomb lies about its size), so no more than the declared size is ever inflated.
   */
  async stream(entry: yauzl.Entry, onChunk: (chunk: Buffer) => void, limit?: number): Promise<void> {
    this.admit(entry, limit);
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch (e) {
      throw new XlsxArchiveError((e as Error).message);
    }
    try {
      for await (const chunk of stream) {
        this.inflated += (chunk as Buffer).length;
        onChunk(chunk as Buffer);
      }
    } catch (e) {
      stream.destroy();
      if (e instanceof XlsxLimitError) throw e;
      const message = (e as Error).message;
      if (/too many bytes|too few bytes|expected \d+/i.test(message)) {
        throw new XlsxLimitError(`中的“${entry.fileName}”解压后的大小与声明不符（文件已损坏，或是恶意构造的压缩包）`);
      }
      throw new XlsxArchiveError(message);
    }
  }

  /** A whole part, at most `limits.partBytes`. */
  async read(entry: yauzl.Entry): Promise<Buffer> {
    const chunks: Buffer[] = [];
    await this.stream(entry, (c) => chunks.push(c), this.limits.partBytes);
    const bytes = Buffer.concat(chunks);
    if (isUtf16(bytes)) throw new XlsxArchiveError(`${entry.fileName} is UTF-16`);
    return bytes;
  }
}

// ───────────────────────────── the workbook's structure ─────────────────────────────

interface SheetPart {
  name: string;
  /** The part's path in the archive, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
}

/** Resolve a relationship target against the folder of the part that holds the relationships. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The workbook part's path from the package relationships (`xl/workbook.xml` in every file Excel writes). */
function workbookPath(rels: string | undefined): string {
  for (const m of (rels ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (/\/officeDocument$/.test(a.Type ?? "") && a.Target) return resolveTarget("", a.Target);
  }
  return "xl/workbook.xml";
}

/** The worksheets of workbook.xml in tab order, with their parts. */
function sheetParts(workbookXml: string, rels: string, folder: string): SheetPart[] {
  const targets = new Map<string, { target: string; type: string }>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, { target: resolveTarget(folder, a.Target), type: a.Type ?? "" });
  }
  const out: SheetPart[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rel = a.id ? targets.get(a.id) : undefined;
    if (a.name !== undefined && rel && /\/worksheet$/.test(rel.type)) out.push({ name: a.name, path: rel.target });
  }
  return out;
}

/** The blocks of the workbook names asked for, as written in workbook.xml (`'统计表'!$A$5:$J$32`). */
function namedBlocks(workbookXml: string, wanted: Set<string>): RangeRef[] {
  const out: RangeRef[] = [];
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = attributes(m[1]).name;
    if (name === undefined || !wanted.has(name.toUpperCase())) continue;
    const text = xmlDecode(m[2]).trim();
    if (/#REF!/i.test(text) || /,/.test(text)) continue;
    try {
      out.push(parseA1(text));
    } catch {
      // a constant or a formula, not a block: exceljs resolves it to nothing either
    }
  }
  return out;
}

// ───────────────────────────── streaming a sheet ─────────────────────────────

const bytesOf = (s: string) => Buffer.from(s, "latin1");
const T_SHEETDATA = bytesOf("<sheetData");
const T_SHEETDATA_END = bytesOf("</sheetData>");
const T_ROW = bytesOf("<row");
const T_ROW_END = bytesOf("</row>");
const T_CELL = bytesOf("<c ");
const T_SHARED = bytesOf('"shared"');
const T_MERGE = bytesOf("<mergeCell ");
const T_SI = bytesOf("<si");
const T_SI_END = bytesOf("</si>");

/** Whether the byte after a tag name ends the name (so `<row` does not match `<rowBreaks`). */
function nameEnds(buf: Buffer, at: number): boolean {
  const b = buf[at];
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** The index of the `>` closing a start tag that begins at `from`, or -1 when it is not in `buf` yet. */
const tagEnd = (buf: Buffer, from: number) => buf.indexOf(0x3e, from);

/** Rows (1-based) and blocks of one sheet to keep. */
class Keep {
  constructor(readonly blocks: RangeRef[]) {}
  row(r: number): boolean {
    return this.blocks.some((b) => r >= b.row + 1 && r <= b.row + b.rows);
  }
  rows(r1: number, r2: number): boolean {
    return this.blocks.some((b) => r1 <= b.row + b.rows && r2 >= b.row + 1);
  }
  area(a: RangeRef): boolean {
    return this.blocks.some((b) => a.row < b.row + b.rows && a.row + a.rows > b.row && a.col < b.col + b.cols && a.col + a.cols > b.col);
  }
}

/** Shared strings used by the kept cells: their old index → new index, in order of first use. */
class StringUse {
  readonly newIndex = new Map<number, number>();
  use(old: number): number {
    let n = this.newIndex.get(old);
    if (n === undefined) {
      n = this.newIndex.size;
      this.newIndex.set(old, n);
    }
    return n;
  }
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** A kept row's XML with its shared-string indexes renumbered (and `r` added when the file left it implicit). */
function keptRow(xml: string, r: number, strings: StringUse): string {
  const withR = /^<row\b[^>]*\sr\s*=/.test(xml) ? xml : xml.replace(/^<row\b/, `<row r="${r}"`);
  return withR.replace(CELL, (whole, attrs: string, inner: string | undefined) => {
    if (inner === undefined || !/\bt\s*=\s*["']s["']/.test(attrs)) return whole;
    return whole.replace(/<v>\s*(\d+)\s*<\/v>/, (_v, idx: string) => `<v>${strings.use(Number(idx))}</v>`);
  });
}

/** The cells of a skipped row that are masters of shared formulas reaching the kept rows, as a row, or "". */
function sharedMasters(xml: string, r: number, keep: Keep, strings: StringUse): string {
  const cells: string[] = [];
  for (const m of xml.matchAll(CELL)) {
    const f = /<f\b([^>]*)>/.exec(m[2] ?? "");
    if (!f) continue;
    const a = attributes(f[1]);
    if (a.t !== "shared" || !a.ref) continue;
    let area: RangeRef;
    try {
      area = parseA1(a.ref);
    } catch {
      continue;
    }
    if (keep.rows(area.row + 1, area.row + area.rows)) cells.push(m[0]);
  }
  return cells.length === 0 ? "" : keptRow(`<row r="${r}">${cells.join("")}</row>`, r, strings);
}

/** Count the cells of a row's bytes. */
function countCells(row: Buffer): number {
  let n = 0;
  for (let i = row.indexOf(T_CELL); i !== -1; i = row.indexOf(T_CELL, i + 3)) n++;
  return n;
}

/**
 * Stream one worksheet part, keeping the rows of its named blocks, the merged areas that touch them and the
 * shared-formula masters they need; everything else is scanned and dropped.
 * @returns the part's new XML: its own root element (namespaces kept), the kept rows and the kept merges.
 */
async function filterSheet(archive: Archive, entry: yauzl.Entry, keep: Keep, strings: StringUse, limits: XlsxLimits, counter: { cells: number }): Promise<string> {
  let buf: Buffer = Buffer.alloc(0);
  let state: "head" | "rows" | "tail" = "head";
  let root = "";
  let lastRow = 0;
  const rows: string[] = [];
  const merges: string[] = [];
  const tooLong = (what: string) => new XlsxLimitError(`中工作表的${what}超过 ${MB(what === "一行" ? limits.rowBytes : limits.partBytes)}，不像是年报工作簿`);

  const step = (): void => {
    for (;;) {
      if (state === "head") {
        const at = buf.indexOf(T_SHEETDATA);
        if (at === -1) {
          if (buf.length > limits.partBytes) throw tooLong("表头部分");
          return;
        }
        const end = tagEnd(buf, at);
        if (end === -1) return;
        const head = buf.subarray(0, at).toString("utf8");
        const m = /<worksheet\b[^>]*>/.exec(head);
        if (!m) throw new XlsxArchiveError(`${entry.fileName} has no <worksheet> root`);
        root = head.slice(0, m.index + m[0].length);
        state = buf[end - 1] === 0x2f ? "tail" : "rows";
        buf = buf.subarray(end + 1);
        continue;
      }
      if (state === "rows") {
        const rowAt = buf.indexOf(T_ROW);
        // </sheetData> is looked for only before the next row, so that each row costs a search of itself alone.
        const endAt = (rowAt === -1 ? buf : buf.subarray(0, rowAt)).indexOf(T_SHEETDATA_END);
        if (endAt !== -1) {
          state = "tail";
          buf = buf.subarray(endAt + T_SHEETDATA_END.length);
          continue;
        }
        if (rowAt === -1) {
          buf = buf.subarray(Math.max(0, buf.length - T_SHEETDATA_END.length));
          return;
        }
        if (rowAt + T_ROW.length >= buf.length) {
          buf = buf.subarray(rowAt);
          return;
        }
        if (!nameEnds(buf, rowAt + T_ROW.length)) {
          buf = buf.subarray(rowAt + T_ROW.length);
          continue;
        }
        const startEnd = tagEnd(buf, rowAt);
        if (startEnd === -1) return;
        let rowEnd: number;
        if (buf[startEnd - 1] === 0x2f) rowEnd = startEnd + 1;
        else {
          const close = buf.indexOf(T_ROW_END, startEnd);
          if (close === -1) {
            if (buf.length - rowAt > limits.rowBytes) throw tooLong("一行");
            if (rowAt > 0) buf = buf.subarray(rowAt);
            return;
          }
          rowEnd = close + T_ROW_END.length;
        }
        const startTag = buf.subarray(rowAt, startEnd + 1).toString("latin1");
        const rAttr = /\sr\s*=\s*["'](\d+)["']/.exec(startTag);
        const r = rAttr ? Number(rAttr[1]) : lastRow + 1;
        lastRow = r;
        const row = buf.subarray(rowAt, rowEnd);
        counter.cells += countCells(row);
        if (counter.cells > limits.cells) throw new XlsxLimitError(`中的单元格超过 ${limits.cells} 个，不像是年报工作簿`);
        if (keep.row(r)) rows.push(keptRow(row.toString("utf8"), r, strings));
        else if (row.indexOf(T_SHARED) !== -1) {
          const masters = sharedMasters(row.toString("utf8"), r, keep, strings);
          if (masters) rows.push(masters);
        }
        buf = buf.subarray(rowEnd);
        continue;
      }
      // tail: only the merged areas are kept
      const at = buf.indexOf(T_MERGE);
      if (at === -1) {
        buf = buf.subarray(Math.max(0, buf.length - T_MERGE.length));
        return;
      }
      const end = tagEnd(buf, at);
      if (end === -1) {
        if (buf.length - at > 4096) buf = buf.subarray(at + 1);
        return;
      }
      const ref = attributes(buf.subarray(at, end + 1).toString("utf8")).ref;
      if (ref) {
        try {
          if (keep.area(parseA1(ref))) merges.push(`<mergeCell ref="${ref}"/>`);
        } catch {
          // not an area: exceljs would not merge it either
        }
      }
      buf = buf.subarray(end + 1);
    }
  };

  await archive.stream(entry, (chunk) => {
    if (buf.length === 0 && state === "head" && isUtf16(chunk)) throw new XlsxArchiveError(`${entry.fileName} is UTF-16`);
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    step();
  });
  if (state === "head") throw new XlsxArchiveError(`${entry.fileName} has no <sheetData>`);
  if (state === "rows") throw new XlsxArchiveError(`${entry.fileName} ends inside <sheetData>`);
  const mergeXml = merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "";
  return `${root}<sheetData>${rows.join("")}</sheetData>${mergeXml}</worksheet>`;
}

/** Stream the shared strings, keeping those the kept cells use, renumbered. */
async function filterStrings(archive: Archive, entry: yauzl.Entry, strings: StringUse, limits: XlsxLimits): Promise<string> {
  const kept: string[] = new Array<string>(strings.newIndex.size).fill("<si><t></t></si>");
  let buf: Buffer = Buffer.alloc(0);
  let root = "";
  let index = 0;
  const tooLong = () =>
    new XlsxLimitError(`中有一段文字超过 ${MB(limits.stringBytes)}（Excel 一个单元格最多 32767 个字符），不像是 Excel 保存的工作簿`);
  const step = (): void => {
    if (!root) {
      const head = buf.toString("latin1", 0, Math.min(buf.length, 4096));
      const m = /<sst\b[^>]*>/.exec(head);
      if (!m) {
        if (buf.length > 4096) throw new XlsxArchiveError(`${entry.fileName} has no <sst> root`);
        return;
      }
      root = m[0].replace(/\s(count|uniqueCount)\s*=\s*["']\d*["']/g, "");
      buf = buf.subarray(m.index + m[0].length);
    }
    for (;;) {
      const at = buf.indexOf(T_SI);
      if (at === -1 || at + T_SI.length >= buf.length) {
        if (at === -1) buf = buf.subarray(Math.max(0, buf.length - T_SI.length));
        return;
      }
      if (!nameEnds(buf, at + T_SI.length)) {
        buf = buf.subarray(at + T_SI.length);
        continue;
      }
      const startEnd = tagEnd(buf, at);
      if (startEnd === -1) return;
      let end: number;
      if (buf[startEnd - 1] === 0x2f) end = startEnd + 1;
      else {
        const close = buf.indexOf(T_SI_END, startEnd);
        if (close === -1) {
          if (buf.length - at > limits.stringBytes) throw tooLong();
          if (at > 0) buf = buf.subarray(at);
          return;
        }
        end = close + T_SI_END.length;
      }
      if (end - at > limits.stringBytes) throw tooLong();
      const n = strings.newIndex.get(index);
      if (n !== undefined) kept[n] = buf.subarray(at, end).toString("utf8");
      index++;
      buf = buf.subarray(end);
    }
  };
  await archive.stream(entry, (chunk) => {
    if (!root && buf.length === 0 && isUtf16(chunk)) throw new XlsxArchiveError(`${entry.fileName} is UTF-16`);
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    step();
  });
  if (!root) throw new XlsxArchiveError(`${entry.fileName} has no <sst> root`);
  return `${root}${kept.join("")}</sst>`;
}

// ───────────────────────────── the reduced package ─────────────────────────────

/** An empty worksheet, standing for a sheet that holds none of the named blocks. */
const EMPTY_SHEET = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/**
 * Cut an .xlsx file down to the blocks of some workbook names (see the module comment).
 * @param bytes the whole file.
 * @param names the workbook names whose blocks are read (compared without regard to case).
 * @returns a small .xlsx package with every sheet (empty but for the named blocks), the names, styles and the shared
 *   strings used, for exceljs to load.
 * @throws XlsxLimitError when the file is past a limit (Chinese message to follow the source's name);
 *   XlsxArchiveError when it is not a readable zip archive or lacks a workbook part.
 */
export async function reduceXlsx(bytes: Uint8Array, names: readonly string[], limits: XlsxLimits = XLSX_LIMITS): Promise<Buffer> {
  if (bytes.length > limits.fileBytes) {
    throw new XlsxLimitError(`有 ${MB(bytes.length)}，超过 ${MB(limits.fileBytes)} 的上限；年报工作簿通常不到 1 MB，请删除无关的工作表后另存再试`);
  }
  const archive = await Archive.open(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits);
  try {
    const out = new JSZip();
    const text = async (name: string) => {
      const e = archive.entry(name);
      return e ? (await archive.read(e)).toString("utf8") : undefined;
    };
    const copy = async (name: string) => {
      const e = archive.entry(name);
      if (e) out.file(e.fileName.replace(/^\/+/, ""), await archive.read(e));
    };
    await copy("[Content_Types].xml");
    const packageRels = await text("_rels/.rels");
    if (packageRels !== undefined) out.file("_rels/.rels", packageRels);
    const wbPath = workbookPath(packageRels);
    const folder = wbPath.split("/").slice(0, -1).join("/");
    const relsPath = `${folder ? `${folder}/` : ""}_rels/${wbPath.split("/").pop()}.rels`;
    const workbookXml = await text(wbPath);
    const rels = await text(relsPath);
    if (workbookXml === undefined || rels === undefined) throw new XlsxArchiveError(`no ${wbPath} or ${relsPath}`);
    out.file(wbPath, workbookXml);
    out.file(relsPath, rels);

    const sheets = sheetParts(workbookXml, rels, folder);
    const blocks = namedBlocks(workbookXml, new Set(names.map((n) => n.toUpperCase())));
    const cells = blocks.reduce((n, b) => n + b.rows * b.cols, 0);
    if (cells > limits.blockCells) {
      throw new XlsxLimitError(`中年报助手的名称（${names.join("、")}）所指区域共有 ${cells} 个单元格，超过 ${limits.blockCells} 个，不是年报助手生成的表格`);
    }
    const strings = new StringUse();
    const counter = { cells: 0 };
    for (const sheet of sheets) {
      const entry = archive.entry(sheet.path);
      if (!entry) continue; // exceljs skips a sheet whose part is missing
      const own = blocks.filter((b) => b.sheet === sheet.name);
      out.file(sheet.path, own.length === 0 ? EMPTY_SHEET : await filterSheet(archive, entry, new Keep(own), strings, limits, counter));
    }
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const a = attributes(m[0]);
      const target = a.Target ? resolveTarget(folder, a.Target) : "";
      if (/\/styles$/.test(a.Type ?? "")) await copy(target);
      if (/\/sharedStrings$/.test(a.Type ?? "")) {
        const e = archive.entry(target);
        if (e) out.file(target, await filterStrings(archive, e, strings, limits));
      }
    }
    return await out.generateAsync({ type: "nodebuffer", compression: "STORE" });
  } finally {
    archive.close();
  }
}
