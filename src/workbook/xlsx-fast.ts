/**
 * Reading the blocks of a workbook's names straight from the .xlsx parts, without exceljs, for the CLI's batch.
 *
 * The reference is the exceljs path (`XlsxWorkbook.fromBuffer(bytes, what, { names })` then `readNamed(names)`):
 * xlsx-extract.ts cuts the workbook down to the rows of the named blocks, exceljs loads what is left, and the port
 * reads what each cell shows. This reader gives exactly the same `NamedRead` for every name, by the same rules: the
 * same rows kept (the same scan of the sheet as xlsx-extract.ts), the same value per cell (a formula's cached
 * result, else `=` and its formula; shared strings and rich text as plain text with exceljs's `_xHHHH_` escapes; a
 * number under a date format as `YYYY-MM-DD`; `#REF!` and other errors as their text; a covered cell of a merged
 * area as `null`).
 *
 * It reads only workbooks of the plain kind Excel, WPS and this product write. Anything it does not fully
 * understand — an unusual archive or part path, markup other than plain elements, a workbook name that is not one
 * block of one sheet or appears twice, a sheet name exceljs would change or refuse, a shared formula without a
 * cached result, overlapping merges, an inline string with phonetic text, a shared-string index out of range… — makes
 * it return `{ ok: false, why }` and the caller reads the file through exceljs, which also gives the Chinese reason
 * for a file that cannot be read. It never guesses. Node only.
 */
import { parseA1, type NamedRead, type RangeRef, type RawValue } from "./port";
import { XLSX_LIMITS, type XlsxLimits } from "./xlsx-extract";
import { checkPartText, prologEnd, scanDocument, scanFragment, startTag, XmlScanRefused, type XmlHandler } from "./xml-scan";
import { ZipParts, ZipRefused } from "./zip-parts";

/** The result: every name's block (`null` for a name the exceljs path resolves to nothing), or why the file is left to exceljs. */
export type FastNamedRead = { ok: true; reads: Record<string, NamedRead | null> } | { ok: false; why: string };

/** A file this reader leaves to the exceljs path; `message` says why (English, for tests and debugging). */
class Refused extends Error {}

const refuse = (why: string): never => {
  throw new Refused(why);
};

/** The largest part read here; larger parts are left to the exceljs path, whose limits then apply unchanged. */
const FAST_PART_BYTES = 1024 * 1024;

/** Built-in number formats exceljs knows (by id) whose code it takes for a date (`utils.isDateFmt`). */
const DEFAULT_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's test for a date format code (utils.isDateFmt). */
function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** exceljs's date of a serial (utils.excelToDate) as the .xlsx port prints it (dateText in xlsx.ts). */
function serialDateText(v: unknown, date1904: boolean): string {
  const d = new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** exceljs's second decoding of a `t="str"` value (utils.xmlDecode). */
function exceljsXmlDecode(text: string): string {
  const map: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };
  return text.replace(/&([a-z]*);/g, (c) => map[c] ?? c);
}

/** exceljs's `_xHHHH_` escapes in shared-string and rich-text runs (TextXform.model). */
const unescapeX = (s: string) => s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/** An error value, kept as an object so that it converts to a number as exceljs's `{ error }` does. */
interface ErrorValue {
  error: string;
}

/** A cell as read from a kept row. */
interface Cell {
  type: "value" | "formula";
  /** `s`, `str`, `inlineStr`, `b`, `e`, `n` or "" (none). */
  t: string;
  styleId: number;
  /** The `<v>` text (undefined when absent or empty), or the inline string's text or runs. */
  value?: string;
  inline?: { plain?: string; runs?: string[] };
  formula?: string;
  shared: boolean;
}

/** The numbers of the styles exceljs takes for dates, from styles.xml. */
interface Styles {
  /** cellXfs' numFmtId in order; `undefined` when styles.xml has no cellXfs (exceljs then fails on a styled cell). */
  xfs: number[] | undefined;
  custom: Map<number, string>;
  /** Whether fonts, fills and borders each have an entry (exceljs fails on a styled cell when one has none). */
  complete: boolean;
}

/** The text of a part, decoded as strict UTF-8 and checked for what the XML scanner refuses. */
function partText(zip: ZipParts, name: string): string {
  const bytes = zip.read(name, FAST_PART_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refuse(`${name} is not UTF-8`);
  }
  if (!text.startsWith("<")) refuse(`${name} does not start with markup`);
  checkPartText(text);
  return text;
}

/** Scan a whole part into a tree-less list of the elements a caller asks for (with their text). */
function elements(xml: string, wanted: (path: string[]) => boolean): { path: string[]; attrs: Record<string, string>; text: string; selfClosing: boolean }[] {
  const out: { path: string[]; attrs: Record<string, string>; text: string; selfClosing: boolean }[] = [];
  const path: string[] = [];
  const open: (number | undefined)[] = [];
  scanDocument(xml, {
    open(name, attrs, selfClosing) {
      path.push(name);
      if (wanted(path)) {
        out.push({ path: [...path], attrs, text: "", selfClosing });
        open.push(out.length - 1);
      } else open.push(undefined);
    },
    close() {
      path.pop();
      open.pop();
    },
    text(text) {
      const at = open[open.length - 1];
      if (at !== undefined) out[at].text += text;
    },
  });
  return out;
}

/** Relationships of a .rels part: Id → { type, target }, in order. */
function relationships(xml: string): { id: string; type: string; target: string }[] {
  const out: { id: string; type: string; target: string }[] = [];
  const els = elements(xml, () => true);
  if (els.length === 0 || els[0].path.join("/") !== "Relationships") refuse("rels root");
  for (const e of els.slice(1)) {
    if (e.path.join("/") !== "Relationships/Relationship") refuse("rels child");
    out.push({ id: e.attrs.Id ?? "", type: e.attrs.Type ?? "", target: e.attrs.Target ?? "" });
  }
  return out;
}

/** A sheet name exceljs keeps unchanged and accepts (Worksheet's name setter), and that parseA1 reads back. */
function plainSheetName(name: string): boolean {
  return name !== "" && name !== "History" && name.length <= 31 && !/[*?:/\\[\]']/.test(name) && name.trim() === name;
}

const CELL_REF = "\\$[A-Z]{1,3}\\$[1-9][0-9]{0,6}";
const SHEET_REF = "(?:'[^'!,]+'|[\\p{L}_][\\p{L}\\p{N}_.]*)";
const BLOCK_REF = new RegExp(`^${SHEET_REF}!${CELL_REF}(?::${CELL_REF})?$`, "u");
const TITLES_REF = new RegExp(`^${SHEET_REF}!(?:\\$[0-9]+:\\$[0-9]+|\\$[A-Z]{1,3}:\\$[A-Z]{1,3})$`, "u");

/** Whether a workbook name's text is of a kind exceljs's name table reads as written (see the module comment). */
function plainDefinedName(name: string, text: string, localSheetId: string | undefined): boolean {
  if (name.startsWith("_xlnm.")) {
    if (localSheetId !== undefined && !/^\d+$/.test(localSheetId)) return false;
    const parts = text.split(",");
    const ok = name === "_xlnm.Print_Titles" ? (p: string) => TITLES_REF.test(p) || BLOCK_REF.test(p) : (p: string) => BLOCK_REF.test(p);
    return parts.length > 0 && parts.every(ok);
  }
  return localSheetId === undefined && BLOCK_REF.test(text);
}

/** A cell address → 1-based row and column. */
function cellAt(ref: string): { row: number; col: number } | undefined {
  const m = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** The attributes of a start tag by local name, as xlsx-extract.ts reads them (the last of a name wins). */
function extractAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1].replace(/^.*:/, "")] = m[2] ?? m[3];
  return out;
}

/**
 * The cells as Excel and the .xlsx adapter write them, one after another: `r`, then `s` and `t` if any, then nothing,
 * or `<v>` with plain text, or `<f>` with plain text and then `<v>`. Anything else in a row (entities, inline strings,
 * shared formulas, other attributes, white space) is read by the full scan (`parseRow`).
 */
const PLAIN_CELL = /<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"(?: s="([0-9]+)")?(?: t="(s|str|b|e|n)")?(?:\/>|>(?:<f>([^<&]+)<\/f>)?(?:<v>([^<&]*)<\/v>)?<\/c>)/y;

/**
 * Read a kept row of plain cells only (see `PLAIN_CELL`), giving the same cells as `parseRow`.
 * @returns false when the row has anything else; nothing is then added.
 */
function parsePlainRow(xml: string, from: number, to: number, r: number, cells: Map<number, Cell>, strings: number[]): boolean {
  const tag = startTag(xml, from, to);
  if (tag.name !== "row" || tag.selfClosing || tag.attrs.r === undefined || !/^\d+$/.test(tag.attrs.r) || Number(tag.attrs.r) !== r) return false;
  const close = to - "</row>".length;
  const found: [number, Cell][] = [];
  const used: number[] = [];
  let at = tag.end;
  let lastCol = 0;
  while (at < close) {
    PLAIN_CELL.lastIndex = at;
    const m = PLAIN_CELL.exec(xml);
    if (!m || PLAIN_CELL.lastIndex > close || Number(m[2]) !== r) return false;
    let col = 0;
    for (let i = 0; i < m[1].length; i++) col = col * 26 + m[1].charCodeAt(i) - 64;
    if (col <= lastCol) return false;
    lastCol = col;
    const t = m[4] ?? "";
    const value = m[6] === undefined || m[6] === "" ? undefined : m[6];
    const cell: Cell = { type: "value", t, styleId: m[3] === undefined ? 0 : Number(m[3]), shared: false };
    if (m[5] !== undefined) {
      if (t === "s") return false;
      cell.type = "formula";
      cell.formula = m[5];
    }
    if (value !== undefined) cell.value = value;
    if (t === "s" && value !== undefined) {
      if (!/^\d+$/.test(value)) return false;
      used.push(Number(value));
    }
    found.push([col, cell]);
    at = PLAIN_CELL.lastIndex;
  }
  if (at !== close || xml.slice(close, to) !== "</row>") return false;
  for (const [col, cell] of found) cells.set(col, cell);
  strings.push(...used);
  return true;
}

/** Parse one kept `<row>` strictly into its cells (1-based column → cell). */
function parseRow(xml: string, from: number, to: number, r: number, cells: Map<number, Cell>): { strings: number[] } {
  const strings: number[] = [];
  let depth = 0;
  let cell: Cell | undefined;
  let col = 0;
  let lastCol = 0;
  /** Where text goes: "f", "v", "is-t", "r-t", or undefined (ignored if whitespace). */
  let into: string | undefined;
  let inIs = false;
  let run: string | undefined;
  let runTexts = 0;
  let inRPr = 0;
  const handler: XmlHandler = {
    open(name, attrs, selfClosing) {
      depth++;
      if (inRPr > 0) {
        inRPr++;
        return;
      }
      if (depth === 1) {
        if (name !== "row") refuse("row expected");
        if (attrs.r === undefined || !/^\d+$/.test(attrs.r) || Number(attrs.r) !== r) refuse("row number");
        return;
      }
      if (depth === 2) {
        if (name !== "c") refuse(`row child ${name}`);
        for (const k of Object.keys(attrs)) if (k !== "r" && k !== "s" && k !== "t") refuse(`cell attribute ${k}`);
        const at = attrs.r === undefined ? undefined : cellAt(attrs.r);
        if (!at || at.row !== r || at.col <= lastCol) refuse("cell address");
        col = lastCol = at!.col;
        const t = attrs.t ?? "";
        if (!["", "s", "str", "inlineStr", "b", "e", "n"].includes(t)) refuse(`cell type ${t}`);
        if (attrs.s !== undefined && !/^\d+$/.test(attrs.s)) refuse("style id");
        cell = { type: "value", t, styleId: attrs.s === undefined ? 0 : Number(attrs.s), shared: false };
        return;
      }
      const c = cell!;
      if (depth === 3) {
        if (name === "f") {
          if (c.formula !== undefined || c.value !== undefined || c.inline) refuse("f order");
          for (const k of Object.keys(attrs)) if (!["t", "si", "ref", "ca"].includes(k)) refuse(`formula attribute ${k}`);
          if (attrs.t !== undefined && attrs.t !== "shared" && attrs.t !== "normal") refuse(`formula type ${attrs.t}`);
          if (attrs.t === "normal") refuse("formula type normal");
          c.shared = attrs.t === "shared";
          c.formula = "";
          into = "f";
          if (!c.shared && selfClosing) refuse("empty formula");
          return;
        }
        if (name === "v") {
          if (c.value !== undefined || c.inline || c.t === "inlineStr") refuse("v twice, or in an inline string");
          into = "v";
          return;
        }
        if (name === "is") {
          if (c.inline || c.formula !== undefined || c.t !== "inlineStr") refuse("is");
          c.inline = {};
          inIs = true;
          return;
        }
        return refuse(`cell child ${name}`);
      }
      if (inIs && depth === 4) {
        if (name === "t") {
          if (c.inline!.runs) refuse("t beside runs");
          into = "is-t";
          c.inline!.plain ??= "";
          return;
        }
        if (name === "r") {
          if (c.inline!.plain !== undefined) refuse("runs beside t");
          c.inline!.runs ??= [];
          run = undefined;
          runTexts = 0;
          return;
        }
        return refuse(`inline child ${name}`);
      }
      if (inIs && depth === 5) {
        if (name === "rPr") {
          inRPr = 1;
          return;
        }
        if (name === "t") {
          if (++runTexts > 1) refuse("two t in a run");
          into = "r-t";
          run = "";
          return;
        }
        return refuse(`run child ${name}`);
      }
      return refuse(`unexpected ${name}`);
    },
    close(name) {
      const d = depth--;
      if (inRPr > 0) {
        inRPr--;
        return;
      }
      const c = cell;
      if (name === "c" && d === 2) {
        const value = c!.value;
        if (c!.formula !== undefined) {
          c!.type = "formula";
          if (c!.formula === "" && !c!.shared) refuse("empty formula");
          if (c!.t === "s" || c!.t === "inlineStr") refuse("formula with a string type");
        } else if (c!.t === "s" && value !== undefined) {
          if (!/^\d+$/.test(value)) refuse("shared string index");
          strings.push(Number(value));
        }
        cells.set(col, c!);
        cell = undefined;
        return;
      }
      if (name === "f" || name === "v" || name === "t") into = undefined;
      if (name === "is") inIs = false;
      if (name === "r" && d === 4) {
        c!.inline!.runs!.push(run ?? "\u0000none");
        run = undefined;
      }
    },
    text(text) {
      if (inRPr > 0) return;
      const c = cell;
      switch (into) {
        case "f":
          c!.formula += text;
          return;
        case "v":
          c!.value = (c!.value ?? "") + text;
          return;
        case "is-t":
          c!.inline!.plain += text;
          return;
        case "r-t":
          run += text;
          return;
        default:
          if (text.trim() !== "") refuse("text outside values");
      }
    },
  };
  scanFragment(xml, from, to, handler);
  return { strings };
}

/** What a kept sheet gives: its cells by row, and its merged areas (1-based). */
interface SheetCells {
  rows: Map<number, Map<number, Cell>>;
  merges: { top: number; left: number; bottom: number; right: number }[];
}

/** Rows of the named blocks (1-based), as xlsx-extract.ts's `Keep`. */
const keptRow = (blocks: RangeRef[], r: number) => blocks.some((b) => r >= b.row + 1 && r <= b.row + b.rows);
const touchesRows = (blocks: RangeRef[], r1: number, r2: number) => blocks.some((b) => r1 <= b.row + b.rows && r2 >= b.row + 1);
const touchesArea = (blocks: RangeRef[], a: RangeRef) =>
  blocks.some((b) => a.row < b.row + b.rows && a.row + a.rows > b.row && a.col < b.col + b.cols && a.col + a.cols > b.col);

const nameEnds = (s: string, at: number) => {
  const ch = s.charCodeAt(at);
  return ch === 0x20 || ch === 0x3e || ch === 0x2f || ch === 0x09 || ch === 0x0a || ch === 0x0d;
};

/**
 * Read a worksheet the way xlsx-extract.ts's `filterSheet` cuts it (the same rows, shared-formula masters and
 * merged areas), parsing what exceljs would parse.
 */
function readSheet(xml: string, blocks: RangeRef[], strings: number[], counter: { cells: number }, limits: XlsxLimits): SheetCells {
  const rows = new Map<number, Map<number, Cell>>();
  const merges: SheetCells["merges"] = [];
  const dataAt = xml.indexOf("<sheetData");
  if (dataAt === -1) refuse("no sheetData");
  if (!nameEnds(xml, dataAt + "<sheetData".length)) refuse("sheetData name");
  const head = xml.slice(0, dataAt);
  const root = /<worksheet\b[^>]*>/.exec(head);
  if (!root) refuse("no worksheet root");
  const start = prologEnd(xml);
  if (xml.slice(start, root!.index).trim() !== "") refuse("markup before the root");
  // The root start tag is what exceljs parses of the head: it must scan as one start tag.
  let rootOk = false;
  scanFragment(`${root![0]}</worksheet>`, 0, root![0].length + "</worksheet>".length, {
    open: (name, _a, selfClosing) => {
      rootOk = name === "worksheet" && !selfClosing;
    },
    close: () => undefined,
    text: () => undefined,
  });
  if (!rootOk) refuse("worksheet root");
  const dataEnd = xml.indexOf(">", dataAt);
  if (dataEnd === -1) refuse("sheetData tag");
  let i = dataEnd + 1;
  let tailFrom: number;
  if (xml.charCodeAt(dataEnd - 1) === 0x2f) tailFrom = i;
  else {
    let lastRow = 0;
    let endAt = xml.indexOf("</sheetData>", i);
    for (;;) {
      const rowAt = xml.indexOf("<row", i);
      if (endAt !== -1 && endAt < i) endAt = xml.indexOf("</sheetData>", i);
      if (endAt !== -1 && (rowAt === -1 || endAt < rowAt)) {
        tailFrom = endAt + "</sheetData>".length;
        break;
      }
      if (rowAt === -1) return refuse("sheetData not closed");
      if (!nameEnds(xml, rowAt + 4)) {
        i = rowAt + 4;
        continue;
      }
      const startEnd = xml.indexOf(">", rowAt);
      if (startEnd === -1) refuse("row tag");
      let rowEnd: number;
      if (xml.charCodeAt(startEnd - 1) === 0x2f) rowEnd = startEnd + 1;
      else {
        const close = xml.indexOf("</row>", startEnd);
        if (close === -1) refuse("row not closed");
        rowEnd = close + "</row>".length;
      }
      const startTag = xml.slice(rowAt, startEnd + 1);
      const rAttr = /\sr\s*=\s*["'](\d+)["']/.exec(startTag);
      const r = rAttr ? Number(rAttr[1]) : lastRow + 1;
      lastRow = r;
      for (let c = xml.indexOf("<c ", rowAt); c !== -1 && c < rowEnd; c = xml.indexOf("<c ", c + 3)) counter.cells++;
      if (counter.cells > limits.cells) refuse("cells limit");
      if (keptRow(blocks, r)) {
        if (rows.has(r)) refuse("row twice");
        const cells = new Map<number, Cell>();
        if (!parsePlainRow(xml, rowAt, rowEnd, r, cells, strings)) strings.push(...parseRow(xml, rowAt, rowEnd, r, cells).strings);
        rows.set(r, cells);
      } else if (xml.slice(rowAt, rowEnd).includes('"shared"')) {
        // Masters of shared formulas reaching the kept rows are kept by xlsx-extract.ts and parsed by exceljs.
        for (const m of xml.slice(rowAt, rowEnd).matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
          const f = /<f\b([^>]*)>/.exec(m[2] ?? "");
          if (!f) continue;
          const a = extractAttributes(f[1]);
          if (a.t !== "shared" || !a.ref) continue;
          let area: RangeRef;
          try {
            area = parseA1(a.ref);
          } catch {
            continue;
          }
          if (touchesRows(blocks, area.row + 1, area.row + area.rows)) refuse("shared formula master outside the blocks");
        }
      }
      i = rowEnd;
    }
  }
  // The tail: merged areas touching the blocks, found as xlsx-extract.ts finds them.
  for (let at = xml.indexOf("<mergeCell ", tailFrom); at !== -1; at = xml.indexOf("<mergeCell ", at + 1)) {
    const end = xml.indexOf(">", at);
    if (end === -1) refuse("mergeCell tag");
    const ref = extractAttributes(xml.slice(at, end + 1)).ref;
    if (ref === undefined) continue;
    let area: RangeRef;
    try {
      area = parseA1(ref);
    } catch {
      continue;
    }
    if (!touchesArea(blocks, area)) continue;
    if (!/^[A-Z]{1,3}[1-9][0-9]{0,6}:[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(ref) || (area.rows === 1 && area.cols === 1)) refuse("merge ref");
    const m = { top: area.row + 1, left: area.col + 1, bottom: area.row + area.rows, right: area.col + area.cols };
    if (merges.some((o) => o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right)) refuse("overlapping merges");
    merges.push(m);
  }
  return { rows, merges };
}

/** Shared strings by index: plain text or rich-text runs, as exceljs's SharedStringXform reads them. */
function readStrings(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let kind: "t" | "r" | undefined;
  let text = "";
  let runs: string[] = [];
  let run: string | undefined;
  let runTexts = 0;
  let tCount = 0;
  let skip = 0;
  let into = false;
  scanDocument(xml, {
    open(name, _attrs, selfClosing) {
      depth++;
      if (skip > 0) {
        skip++;
        return;
      }
      if (depth === 1) {
        if (name !== "sst") refuse("sst root");
        return;
      }
      if (depth === 2) {
        if (name !== "si" || selfClosing) refuse("sst child");
        kind = undefined;
        text = "";
        runs = [];
        tCount = 0;
        return;
      }
      if (depth === 3) {
        if (name === "t") {
          if (kind === "r" || ++tCount > 1) refuse("si mixes t and runs");
          kind = "t";
          into = true;
          return;
        }
        if (name === "r") {
          if (kind === "t") refuse("si mixes t and runs");
          kind = "r";
          run = undefined;
          runTexts = 0;
          return;
        }
        if (name === "rPh" || name === "phoneticPr") {
          skip = 1;
          return;
        }
        return refuse(`si child ${name}`);
      }
      if (depth === 4 && kind === "r") {
        if (name === "rPr") {
          skip = 1;
          return;
        }
        if (name === "t") {
          if (++runTexts > 1) refuse("two t in a run");
          run = "";
          into = true;
          return;
        }
      }
      return refuse(`unexpected ${name} in shared strings`);
    },
    close(name) {
      depth--;
      if (skip > 0) {
        skip--;
        return;
      }
      if (name === "t") into = false;
      if (name === "r" && depth === 2) runs.push(run === undefined ? "" : unescapeX(run));
      if (name === "si") {
        if (kind === undefined) refuse("si without text");
        out.push(kind === "t" ? unescapeX(text) : runs.join(""));
      }
    },
    text(t) {
      if (skip > 0) return;
      if (into) {
        if (kind === "t") text += t;
        else run += t;
      } else if (t.trim() !== "") refuse("text outside t");
    },
  });
  return out;
}

/** styles.xml read lately, by its text: a batch's workbooks made from one template share it. */
const stylesSeen = new Map<string, Styles>();

/** `readStyles`, remembering the last few styles parts read (the result depends on the text alone). */
function readStylesOnce(xml: string): Styles {
  let styles = stylesSeen.get(xml);
  if (!styles) {
    styles = readStyles(xml);
    if (stylesSeen.size >= 4) stylesSeen.delete(stylesSeen.keys().next().value!);
    stylesSeen.set(xml, styles);
  }
  return styles;
}

/** The number formats of styles.xml that matter for dates: cellXfs' numFmtId and the custom format codes. */
function readStyles(xml: string): Styles {
  let xfs: number[] | undefined;
  const custom = new Map<number, string>();
  const path: string[] = [];
  let xfDepth = 0;
  const lists = { fonts: 0, fills: 0, borders: 0 };
  scanDocument(xml, {
    open(name, attrs) {
      path.push(name);
      const p = path.join("/");
      if (p === "styleSheet/fonts/font") lists.fonts++;
      if (p === "styleSheet/fills/fill") lists.fills++;
      if (p === "styleSheet/borders/border") lists.borders++;
      if (p === "styleSheet/cellXfs") xfs = [];
      if (p === "styleSheet/cellXfs/xf") {
        xfs!.push(parseInt(attrs.numFmtId, 10));
        xfDepth = path.length;
      } else if (xfDepth > 0 && path.length === xfDepth + 1 && name !== "alignment" && name !== "protection") refuse(`xf child ${name}`);
      if (p === "styleSheet/numFmts/numFmt") {
        if (attrs.formatCode === undefined || attrs.numFmtId === undefined) refuse("numFmt attributes");
        custom.set(parseInt(attrs.numFmtId, 10), attrs.formatCode.replace(/[\\](.)/g, "$1"));
      }
      if (path[0] !== "styleSheet") refuse("styles root");
    },
    close() {
      if (path.length === xfDepth) xfDepth = 0;
      path.pop();
    },
    text() {
      return undefined;
    },
  });
  // exceljs keeps cellXfs only when it has entries.
  return { xfs: xfs && xfs.length > 0 ? xfs : undefined, custom, complete: lists.fonts > 0 && lists.fills > 0 && lists.borders > 0 };
}

/** Resolve a relationship target against the folder of its .rels part (as xlsx-extract.ts does). */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/**
 * Read the blocks of some workbook names from .xlsx bytes, exactly as the exceljs path would (see the module
 * comment), or say why the file is left to that path.
 * @param names the workbook names (compared without regard to case).
 */
export function readNamedFast(bytes: Uint8Array, names: readonly string[], limits: XlsxLimits = XLSX_LIMITS): FastNamedRead {
  try {
    return { ok: true, reads: read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), names, limits) };
  } catch (e) {
    if (e instanceof Refused || e instanceof ZipRefused || e instanceof XmlScanRefused) return { ok: false, why: e.message };
    throw e;
  }
}

function read(bytes: Buffer, names: readonly string[], limits: XlsxLimits): Record<string, NamedRead | null> {
  if (bytes.length > limits.fileBytes) refuse("file limit");
  const zip = ZipParts.open(bytes, limits.entries);
  const maxPart = Math.min(FAST_PART_BYTES, limits.partBytes);
  let inflated = 0;
  const text = (name: string) => {
    const e = zip.entries.get(name);
    if (e && e.size > maxPart) refuse(`${name} larger than the fast reader reads`);
    if (e) inflated += e.size;
    if (inflated > limits.inflatedBytes) refuse("inflation limit");
    return partText(zip, name);
  };
  // The exceljs path copies [Content_Types].xml (inflating it) without parsing it.
  if (zip.has("[Content_Types].xml")) {
    const e = zip.entries.get("[Content_Types].xml")!;
    if (e.size > maxPart) refuse("content types too large");
    inflated += e.size;
    zip.read("[Content_Types].xml", maxPart);
  }
  if (!zip.has("_rels/.rels")) refuse("no package relationships");
  const office = relationships(text("_rels/.rels")).find((r) => /\/officeDocument$/.test(r.type) && r.target !== "");
  if (!office || resolveTarget("", office.target) !== "xl/workbook.xml") refuse("workbook is not xl/workbook.xml");
  const workbookXml = text("xl/workbook.xml");
  const rels = relationships(text("xl/_rels/workbook.xml.rels"));
  const relById = new Map<string, { type: string; target: string }>();
  for (const r of rels) {
    if (relById.has(r.id)) refuse("duplicate relationship id");
    relById.set(r.id, r);
  }

  // workbook.xml: sheets, names, the date system.
  const els = elements(workbookXml, (p) => {
    if (p.length > 3 && (p[1] === "sheets" || p[1] === "definedNames")) refuse("markup inside a sheet or name");
    return (p.length === 3 && ((p[1] === "sheets" && p[2] === "sheet") || (p[1] === "definedNames" && p[2] === "definedName"))) || (p.length === 2 && p[1] === "workbookPr");
  });
  if (!workbookXml.includes("<workbook")) refuse("workbook root");
  let date1904 = false;
  const sheets: { name: string; path: string }[] = [];
  const defined: { name: string; text: string; local?: string }[] = [];
  const ids = new Set<string>();
  for (const e of els) {
    const where = e.path.join("/");
    if (e.path[0] !== "workbook") refuse("workbook root");
    if (where === "workbook/workbookPr") date1904 = e.attrs.date1904 === "1";
    else if (where === "workbook/sheets/sheet") {
      for (const k of Object.keys(e.attrs)) if (!["name", "sheetId", "state", "r:id"].includes(k)) refuse(`sheet attribute ${k}`);
      const { name, sheetId } = e.attrs;
      const rel = relById.get(e.attrs["r:id"] ?? "");
      if (name === undefined || !plainSheetName(name)) refuse("sheet name");
      if (sheetId === undefined || !/^[1-9][0-9]{0,8}$/.test(sheetId) || ids.has(sheetId)) refuse("sheet id");
      ids.add(sheetId);
      if (!rel || !/\/worksheet$/.test(rel.type) || !/^(?:\/xl\/)?worksheets\/sheet[0-9]+\.xml$/.test(rel.target)) refuse("sheet relationship");
      const path = `xl/${rel!.target.replace(/^\/xl\//, "")}`;
      if (!zip.has(path) || sheets.some((s) => s.path === path || s.name.toLowerCase() === name.toLowerCase())) refuse("sheet part");
      sheets.push({ name, path });
    } else if (where === "workbook/definedNames/definedName") {
      const name = e.attrs.name;
      if (name === undefined || e.selfClosing || !plainDefinedName(name, e.text, e.attrs.localSheetId)) refuse("workbook name");
      defined.push({ name, text: e.text, ...(e.attrs.localSheetId !== undefined ? { local: e.attrs.localSheetId } : {}) });
    }
  }

  // The blocks of the names asked for.
  const blockOf = new Map<string, RangeRef | null>();
  let blockCells = 0;
  for (const n of names) {
    const found = defined.filter((d) => d.name.toUpperCase() === n.toUpperCase());
    if (found.length > 1) refuse(`name ${n} twice`);
    if (found.length === 0) {
      blockOf.set(n, null);
      continue;
    }
    if (found[0].local !== undefined) refuse(`name ${n} local to a sheet`);
    const range = parseA1(found[0].text);
    blockCells += range.rows * range.cols;
    blockOf.set(n, sheets.some((s) => s.name === range.sheet) ? range : null);
  }
  if (blockCells > limits.blockCells) refuse("block cells limit");

  // The sheets holding blocks, then the strings their kept rows use.
  const sheetCells = new Map<string, SheetCells>();
  const used: number[] = [];
  const counter = { cells: 0 };
  for (const sheet of sheets) {
    const blocks = [...blockOf.values()].filter((b): b is RangeRef => b !== null && b.sheet === sheet.name);
    if (blocks.length === 0) continue;
    sheetCells.set(sheet.name, readSheet(text(sheet.path), blocks, used, counter, limits));
  }
  const stringsRel = rels.find((r) => /\/sharedStrings$/.test(r.type));
  const stylesRel = rels.find((r) => /\/styles$/.test(r.type));
  const stringsPath = stringsRel ? resolveTarget("xl", stringsRel.target) : undefined;
  const stylesPath = stylesRel ? resolveTarget("xl", stylesRel.target) : undefined;
  if (rels.filter((r) => /\/sharedStrings$|\/styles$/.test(r.type)).length > 2) refuse("several string or style parts");
  if (stringsPath !== undefined && (stringsPath !== "xl/sharedStrings.xml" || !zip.has(stringsPath))) refuse("shared strings part");
  if (stylesPath !== undefined && (stylesPath !== "xl/styles.xml" || !zip.has(stylesPath))) refuse("styles part");
  if (stringsPath === undefined && used.length > 0) refuse("shared strings used but none in the file");
  const strings = stringsPath !== undefined ? readStrings(text(stringsPath)) : [];
  for (const s of used) if (s >= strings.length) refuse("shared string index out of range");
  const styles = stylesPath !== undefined ? readStylesOnce(text(stylesPath)) : undefined;
  // exceljs looks up the style of every styled cell it loads, and fails when styles.xml lacks a list it needs.
  if (styles && (!styles.xfs || !styles.complete)) {
    for (const sheet of sheetCells.values()) for (const cells of sheet.rows.values()) for (const c of cells.values()) if (c.styleId > 0) refuse("styled cell without complete styles");
  }

  /** What the exceljs path shows for a cell. */
  const shown = (c: Cell): RawValue => {
    let isDate = false;
    if (c.styleId > 0 && styles) {
      const id = styles.xfs![c.styleId];
      if (id !== undefined && id) isDate = isDateFmt(styles.custom.get(id) || (DEFAULT_DATE_FORMATS.has(id) ? "d" : undefined));
    }
    if (c.type === "formula") {
      let result: number | string | boolean | ErrorValue | undefined;
      if (c.value) {
        if (c.t === "str") result = exceljsXmlDecode(c.value);
        else if (c.t === "b") result = parseInt(c.value, 10) !== 0;
        else if (c.t === "e") result = { error: c.value };
        else result = parseFloat(c.value);
      }
      if (result === undefined) {
        if (c.shared && c.formula === "") refuse("shared formula without a cached result");
        return `=${c.formula}`;
      }
      if (isDate) return serialDateText(typeof result === "object" ? NaN : result, date1904);
      return typeof result === "object" ? result.error : result;
    }
    if (c.t === "inlineStr") {
      if (!c.inline || (c.inline.plain === undefined && !c.inline.runs)) return null;
      if (c.inline.plain !== undefined) return c.inline.plain === "" ? null : c.inline.plain;
      if (c.inline.runs!.some((r) => r === "\u0000none")) refuse("inline run without text");
      return c.inline.runs!.map(unescapeX).join("");
    }
    if (c.value === undefined) return null;
    switch (c.t) {
      case "s":
        return strings[Number(c.value)];
      case "str":
        return exceljsXmlDecode(c.value);
      case "b":
        return parseInt(c.value, 10) !== 0;
      case "e":
        return c.value;
      default: {
        const n = parseFloat(c.value);
        return isDate ? serialDateText(n, date1904) : n;
      }
    }
  };

  const out: Record<string, NamedRead | null> = {};
  for (const n of names) {
    const range = blockOf.get(n)!;
    if (range === null) {
      out[n] = null;
      continue;
    }
    const sheet = sheetCells.get(range.sheet)!;
    const values: RawValue[][] = [];
    for (let r = range.row + 1; r <= range.row + range.rows; r++) {
      const row: RawValue[] = [];
      const cells = sheet.rows.get(r);
      for (let col = range.col + 1; col <= range.col + range.cols; col++) {
        const covered = sheet.merges.some((m) => r >= m.top && r <= m.bottom && col >= m.left && col <= m.right && (r !== m.top || col !== m.left));
        const c = cells?.get(col);
        row.push(covered || !c ? null : shown(c));
      }
      values.push(row);
    }
    out[n] = { range: { ...range }, values };
  }
  return out;
}
