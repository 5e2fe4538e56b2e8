/**
 * Reading the CLI's input files: an .xlsx workbook made by this product (through the .xlsx port and the sheet
 * layout), a report data file (.json), or a published report (.pdf, .docx, .html/.htm, .md, .txt) through the importer. A
 * file that cannot be read gives a Chinese reason naming the file, never a stack trace; problems of the workbook's
 * layout become 强制 findings of rule `layout`; an imported report's label deviations are S8 findings and each row it
 * could not read is a 强制 finding 无法确定.
 */
import { promises as fs } from "fs";
import { extname } from "path";
import type JSZip from "jszip";
import { NotReportDataError, readReportJson, ReportDataError, type ReadProblem, type ReportData, type ReportRead } from "../report";
import { WorkbookError, type NamedRead, type WorkbookPort } from "../workbook/port";
import { XlsxReadError, XlsxWorkbook } from "../workbook/xlsx";
import { XLSX_LIMITS } from "../workbook/xlsx-extract";
import { readNamedFast } from "../workbook/xlsx-fast";
import { decodeJsonBytes, JsonTextError, parseJsonText } from "../import/json-text";
import { previousFromImport, readPrevious, type PreviousRead } from "../import/previous";
import { IMPORT_EXTENSIONS, importDocument, MAX_IMPORT_BYTES, type DocumentKind, type ImportedReport } from "../import";
import { debugEnabled } from "./errors";
import { readReport, readReportFromNamed, reportSet, SHEET_META, type ReadResult } from "../workbook/layout";
import { storeLocation, storedText } from "../workbook/stored";
import { readStoredPrevious, type StoredPrevious } from "../import/previous-store";
import { checkReport, readProblemFinding, type CheckOptions, type Finding } from "../rules";
import { isFormatId, UnknownFormatError, type TableKey } from "../format";

/** A read problem of a workbook or data file as a finding (see `readProblemFinding`). */
export function layoutFinding(p: ReadProblem): Finding {
  return readProblemFinding(p);
}

/** A published report read by the importer: the document's kind, the report and how it was read. */
export interface ImportedDocument {
  kind: DocumentKind;
  report: ImportedReport;
  /** For text and web pages, the encoding the bytes were read in (`utf-8`, `gb18030`, …). */
  encoding?: string;
}

/** A file read, or the reason it could not be. */
export type Loaded =
  | {
      ok: true;
      file: string;
      kind: "xlsx" | "json" | "document";
      /** For a published report (kind `document`): what the importer read, recovered and left blank. */
      imported?: ImportedDocument;
      data: ReportData;
      /** What was read, with the read problems, for the check pipeline. */
      read: ReportRead;
      /** The read problems as findings (also the first findings of `findingsOf`). */
      layoutFindings: Finding[];
      /** Tables whose values could not be read because of a layout problem (their cells read as blank). */
      unreadTables: TableKey[];
      /**
       * A workbook's last-year report kept by 导入上年报告 (used when no `--previous` is given), or why it cannot be
       * used (a damaged store); absent when the workbook keeps none.
       */
      stored?: { ok: true; stored: StoredPrevious } | { ok: false; error: string };
    }
  | { ok: false; file: string; error: string };

/** The Chinese reason for a file-system error while reading, or `undefined` when `e` is not one. */
export function fsReason(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "文件不存在";
    case "EACCES":
    case "EPERM":
      return "没有读取权限";
    case "EISDIR":
      return "这是一个文件夹，不是文件";
    case "EBUSY":
      return "文件正被其他程序使用，请关闭后再试";
    default:
      return typeof code === "string" ? `读取失败（${code}）` : undefined;
  }
}

/** File types read as published reports (through the importer). */
export const DOCUMENT_TYPES: readonly string[] = IMPORT_EXTENSIONS;

/**
 * File types of reports the command cannot read, and what to do (the reason shown, whether the file is given or found
 * in a folder).
 */
export const UNREAD_TYPES: Record<string, string> = {
  ".xls": "这是旧版 Excel 97-2003 工作簿，请在 Excel 中另存为 .xlsx 后再试",
  ".et": "这是 WPS 表格文件，请在 WPS 中另存为 .xlsx 后再试",
  ".doc": "这是旧版 Word 文件，请在 Word 中另存为 .docx 后再试",
  ".wps": "这是 WPS 文字文件，请在 WPS 中另存为 .docx 后再试",
  ".ofd": "这是 OFD 版式文件，目前不能读取；请提供 PDF、Word（.docx）或网页版的报告",
};

/** The file types the command reads. */
const TYPES = "只能读取 .xlsx 工作簿、.json 报告数据，或 .pdf、.docx、.html、.md、.txt 格式的已发布报告";

/**
 * What a file holds before it is interpreted: a workbook on the .xlsx port, a JSON text, a published report's bytes,
 * or the Chinese reason it cannot be opened (without the file's name: `文件不存在`,
 * `文件已损坏或不完整（不是完整的 .xlsx 压缩包）`).
 */
export type Opened =
  | { ok: true; kind: "xlsx"; port: XlsxWorkbook }
  | { ok: true; kind: "json"; text: string }
  | { ok: true; kind: "document"; bytes: Uint8Array }
  | { ok: false; reason: string };

/**
 * Open a file of the command: an .xlsx through the .xlsx port, a .json as text, a published report as bytes.
 * @returns the contents, or the reason it cannot be opened (missing, a folder, no permission, another type, not an
 *   .xlsx workbook, a corrupt workbook; with `NIANBAO_DEBUG=1` the library's message is added). Other errors are
 *   thrown.
 */
export async function openInput(file: string): Promise<Opened> {
  const ext = extname(file).toLowerCase();
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, reason: "这是一个文件夹，不是文件" };
    if (stat.size === 0 && (ext === ".xlsx" || ext === ".json" || DOCUMENT_TYPES.includes(ext))) return { ok: false, reason: EMPTY_FILE };
    if (ext === ".xlsx") {
      // Only the report's named blocks are read, within limits, so a huge or hostile file costs little and the batch
      // goes on.
      const size = (await fs.stat(file)).size;
      if (size > XLSX_LIMITS.fileBytes) return { ok: false, reason: `文件有 ${Math.round(size / 2 ** 20)} MB，超过 ${XLSX_LIMITS.fileBytes / 2 ** 20} MB 的上限；年报工作簿通常不到 1 MB，请删除无关的工作表后另存再试` };
      return { ok: true, kind: "xlsx", port: await XlsxWorkbook.fromBuffer(await fs.readFile(file), "文件", { names: workbookNames() }) };
    }
    if (ext === ".json") {
      // A report data file is tens of kilobytes; a huge one is not read into memory.
      const size = (await fs.stat(file)).size;
      if (size > MAX_JSON_BYTES) return { ok: false, reason: `文件有 ${Math.round(size / 2 ** 20)} MB，超过 ${MAX_JSON_BYTES / 2 ** 20} MB 的上限，不像是报告数据` };
      const bytes = await fs.readFile(file);
      try {
        return { ok: true, kind: "json", text: decodeJsonBytes(bytes) };
      } catch (e) {
        if (e instanceof JsonTextError) return { ok: false, reason: e.message };
        throw e;
      }
    }
    if (DOCUMENT_TYPES.includes(ext)) {
      const size = (await fs.stat(file)).size;
      if (size > MAX_IMPORT_BYTES) return { ok: false, reason: `文件有 ${Math.round(size / 2 ** 20)} MB，超过 ${MAX_IMPORT_BYTES / 2 ** 20} MB 的上限，不像是一份年度报告` };
      const bytes = new Uint8Array(await fs.readFile(file));
      if (await isWorkbook(bytes)) return { ok: false, reason: `这是 Excel 工作簿，不是${DOCUMENT_NAMES[ext] ?? `${ext} 文件`}；如果它是年报工作簿，请把扩展名改为 .xlsx 后再试` };
      return { ok: true, kind: "document", bytes };
    }
    if (ext in UNREAD_TYPES) return { ok: false, reason: UNREAD_TYPES[ext] };
    return { ok: false, reason: `不支持的文件类型，${TYPES}` };
  } catch (e) {
    const reason = fsReason(e);
    if (reason) return { ok: false, reason };
    if (e instanceof XlsxReadError) return { ok: false, reason: debugEnabled() && e.detail ? `${e.message}（${e.detail}）` : e.message };
    if (e instanceof WorkbookError) return { ok: false, reason: e.message };
    throw e;
  }
}

/** The one reason given for an empty file of any type, saying what to do. */
export const EMPTY_FILE = "文件是空的（0 字节），请确认选对了文件，或在原来的程序中重新保存后再试";

/** What each document extension promises, for the message on an Excel workbook given such a name. */
const DOCUMENT_NAMES: Record<string, string> = {
  ".pdf": " PDF 文件",
  ".docx": " Word 文档",
  ".html": "网页",
  ".htm": "网页",
  ".md": " Markdown 文件",
  ".txt": "文本文件",
};

/** Whether bytes are an Excel workbook (a zip holding xl/workbook.xml and no Word document): an .xlsx renamed. */
async function isWorkbook(bytes: Uint8Array): Promise<boolean> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return false;
  let zip: JSZip;
  try {
    // The zip library is loaded only for a zip (a .docx, or an .xlsx renamed).
    const { default: zipLibrary } = await import("jszip");
    zip = await zipLibrary.loadAsync(bytes);
  } catch (e) {
    // A damaged archive: the importer says so in its own words.
    if (e instanceof Error) return false;
    throw e;
  }
  return zip.file("xl/workbook.xml") !== null && zip.file("word/document.xml") === null;
}

/** The largest report data file read (a real one is well under 100 KB). */
const MAX_JSON_BYTES = 20 * 2 ** 20;

/** Why a workbook is not a report at all: none of the names of the tables, 报告信息 or the metadata is there. */
export const NOT_A_REPORT = "不是年报工作簿：其中没有年报助手的统计表和“报告信息”（可能选错了文件；如是年报，请用年报助手插入报表后填写）";

async function loadXlsx(file: string, port: XlsxWorkbook): Promise<Loaded> {
  return loadXlsxRead(file, await readReport(port), port);
}

/** The names read of a workbook: the report set's and the store of last year's report. */
const workbookNames = (): string[] => [...reportSet().names, storeLocation("previous").name];

/** The stored texts of a workbook read by the fast reader, as `XlsxWorkbook.readStored` gives them. */
function storedIn(reads: Record<string, NamedRead | null>): Pick<WorkbookPort, "readStored"> {
  return {
    async readStored(key) {
      const { sheet, name } = storeLocation(key);
      const block = reads[name];
      if (block === undefined) throw new Error(`readStored: ${name} was not among the names read`);
      return block ? storedText(block.values, sheet) : null;
    },
  };
}

async function loadXlsxRead(file: string, read: ReadResult, store: Pick<WorkbookPort, "readStored">): Promise<Loaded> {
  if (Object.values(read.tables).every((t) => t === null) && read.info === null && read.meta === null) {
    return { ok: false, file, error: `无法读取“${file}”：${NOT_A_REPORT}` };
  }
  // A format this version does not know (a workbook of a newer version): the same refusal as for a data file.
  if (read.recordedFormat !== "" && !isFormatId(read.recordedFormat)) {
    const field = `工作簿元数据（隐藏工作表“${read.meta?.sheet ?? SHEET_META}”）的 format 字段`;
    return { ok: false, file, error: `无法读取“${file}”：${new UnknownFormatError(read.recordedFormat, field).message}；请用新版本的年报助手打开` };
  }
  const unreadTables = (Object.keys(read.tablesRead) as TableKey[]).filter((t) => !read.tablesRead[t]);
  const r: ReportRead = { data: read.data, problems: read.problems, tablesRead: read.tablesRead };
  const kept = await readStoredPrevious(store, "previous");
  const stored = kept.ok ? (kept.stored ? { stored: { ok: true as const, stored: kept.stored } } : {}) : { stored: kept };
  return { ok: true, file, kind: "xlsx", data: read.data, read: r, layoutFindings: layoutFindings(r), unreadTables, ...stored };
}

function loadJson(file: string, text: string): Loaded {
  try {
    const read = readReportJson(parseJsonText(text, file));
    return { ok: true, file, kind: "json", data: read.data, read, layoutFindings: layoutFindings(read), unreadTables: [] };
  } catch (e) {
    if (e instanceof JsonTextError) return { ok: false, file, error: e.message };
    if (e instanceof NotReportDataError) return { ok: false, file, error: `无法读取“${file}”：${e.message}` };
    if (e instanceof ReportDataError) return { ok: false, file, error: `无法读取“${file}”：报告数据有误：${e.problems.join("；")}` };
    throw e;
  }
}

/**
 * Import a published report through the importer (which tells the kind from the bytes, not the name).
 * @returns the report with its account, or a Chinese reason (`PDF 没有文字层…`, `没有找到…统计表`) without the name.
 */
export async function importFile(bytes: Uint8Array): Promise<{ ok: true; imported: ImportedDocument } | { ok: false; reason: string }> {
  const outcome = await importDocument(bytes);
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  return { ok: true, imported: { kind: outcome.kind, report: outcome.report, ...(outcome.encoding ? { encoding: outcome.encoding } : {}) } };
}

async function loadDocument(file: string, bytes: Uint8Array): Promise<Loaded> {
  const outcome = await importFile(bytes);
  if (!outcome.ok) return { ok: false, file, error: `无法读取“${file}”：${outcome.reason}` };
  const { report } = outcome.imported;
  const read = report.read;
  return { ok: true, file, kind: "document", imported: outcome.imported, data: read.data, read, layoutFindings: layoutFindings(read), unreadTables: [] };
}

function layoutFindings(read: ReportRead): Finding[] {
  const seen = new Map<string, number>();
  return read.problems.map((p) => readProblemFinding(p, seen));
}

/**
 * Every finding for a loaded file, from the one check pipeline (`checkReport`): the read problems first, then the
 * rules of the report's format (with last year's report in `options.previous` for S1, S2 and C1), except findings on
 * a table that could not be read.
 */
export function findingsOf(loaded: Extract<Loaded, { ok: true }>, options: CheckOptions = {}): Finding[] {
  return checkReport(loaded.read, options);
}

/**
 * Read a report from a file: `.xlsx` through the sheet layout, `.json` as report data, `.pdf`, `.docx`, `.html`,
 * `.htm`, `.md` and `.txt` through the importer.
 * @returns the data and the layout findings, or `{ ok: false, error }` with a Chinese reason naming the file when the
 *   file is missing, unreadable, a folder, of another type, not a workbook, a corrupt workbook, a workbook with
 *   nothing of a report in it (`NOT_A_REPORT`), empty, not valid JSON
 *   or not valid report data. Other errors (bugs) are not caught.
 */
export async function loadReport(file: string): Promise<Loaded> {
  if (extname(file).toLowerCase() === ".xlsx") {
    const fast = await readXlsxFast(file);
    if (fast) return loadXlsxRead(file, readReportFromNamed(fast), storedIn(fast));
  }
  const opened = await openInput(file);
  if (!opened.ok) return { ok: false, file, error: `无法读取“${file}”：${opened.reason}` };
  if (opened.kind === "document") return loadDocument(file, opened.bytes);
  return opened.kind === "xlsx" ? loadXlsx(file, opened.port) : loadJson(file, opened.text);
}

/**
 * The report's named blocks of an .xlsx file read without exceljs (`readNamedFast`), or `undefined` when the file is
 * left to the exceljs path: one the fast reader does not fully understand, one that cannot be read at all (that path
 * gives the reason), or when `NIANBAO_XLSX_FAST=0` (to compare the two paths).
 */
async function readXlsxFast(file: string): Promise<Record<string, NamedRead | null> | undefined> {
  if (process.env.NIANBAO_XLSX_FAST === "0") return undefined;
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size === 0 || stat.size > XLSX_LIMITS.fileBytes) return undefined;
    bytes = await fs.readFile(file);
  } catch (e) {
    if (fsReason(e)) return undefined;
    throw e;
  }
  const fast = readNamedFast(bytes, workbookNames());
  return fast.ok ? fast.reads : undefined;
}

/**
 * Read last year's report for the cross-year rules (`--previous`): a workbook made by this product, a report data
 * file in the 2021 or the 2019 format (see `readPrevious`), or the published report (through the importer; cells it
 * could not read stay blank and are named in the notes).
 * @returns the report, or a Chinese reason naming the file, e.g. `上年报告“a.json”无法读取：文件不存在`.
 */
export async function loadPrevious(file: string): Promise<PreviousRead> {
  const opened = await openInput(file);
  if (!opened.ok) return { ok: false, error: `上年报告“${file}”无法读取：${opened.reason}` };
  if (opened.kind === "document") {
    const outcome = await importFile(opened.bytes);
    if (!outcome.ok) return { ok: false, error: `上年报告“${file}”无法读取：${outcome.reason}` };
    return { ok: true, report: previousFromImport(outcome.imported.report, file) };
  }
  return readPrevious(opened.kind === "xlsx" ? { name: file, workbook: opened.port } : { name: file, text: opened.text });
}
