/**
 * Reading a reviewer's input from its bytes, the same in the CLI and in the pane: an .xlsx workbook made by this
 * product (through a WorkbookPort and the sheet layout), a report data file (.json), or a published report (.pdf,
 * .docx, .html/.htm, .md, .txt) through the importer. A file that cannot be read gives a Chinese reason naming the
 * file, never a stack trace; problems of the workbook's layout become 强制 findings of rule `layout`; an imported
 * report's label deviations are S8 findings and each row it could not read is a 强制 finding 无法确定.
 *
 * Host-neutral: the caller reads the bytes (the CLI from disk, the pane from the chosen files) and opens an .xlsx on
 * the port it has (`XlsxOpener`).
 */
import type JSZip from "jszip";
import { NotReportDataError, readReportJson, ReportDataError, type ReportData, type ReportRead } from "../report";
import { WorkbookError, type WorkbookPort } from "../workbook/port";
import { decodeJsonBytes, JsonTextError, parseJsonText } from "../import/json-text";
import { IMPORT_EXTENSIONS, importDocument, MAX_IMPORT_BYTES, type DocumentKind, type ImportedReport } from "../import";
import { readReport, reportSet, SHEET_META, type ReadResult } from "../workbook/layout";
import { storeLocation } from "../workbook/stored";
import { readStoredPrevious, type StoredPrevious } from "../import/previous-store";
import { checkReport, readProblemFinding, type CheckOptions, type Finding } from "../rules";
import { isFormatId, UnknownFormatError, type TableKey } from "../format";

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

/** File types read as published reports (through the importer). */
export const DOCUMENT_TYPES: readonly string[] = IMPORT_EXTENSIONS;

/** Every file type a reviewer's batch reads. */
export const INPUT_TYPES: readonly string[] = [".xlsx", ".json", ...IMPORT_EXTENSIONS];

/**
 * File types of reports that cannot be read, and what to do (the reason shown, whether the file is given or found
 * in a folder).
 */
export const UNREAD_TYPES: Record<string, string> = {
  ".xls": "这是旧版 Excel 97-2003 工作簿，请在 Excel 中另存为 .xlsx 后再试",
  ".et": "这是 WPS 表格文件，请在 WPS 中另存为 .xlsx 后再试",
  ".doc": "这是旧版 Word 文件，请在 Word 中另存为 .docx 后再试",
  ".wps": "这是 WPS 文字文件，请在 WPS 中另存为 .docx 后再试",
  ".ofd": "这是 OFD 版式文件，目前不能读取；请提供 PDF、Word（.docx）或网页版的报告",
};

/** The names read of a report workbook: the report set's and the store of last year's report. */
export const workbookNames = (): string[] => [...reportSet().names, storeLocation("previous").name];

/** The file types read, for the message on another type. */
export const TYPES = "只能读取 .xlsx 工作簿、.json 报告数据，或 .pdf、.docx、.html、.md、.txt 格式的已发布报告";

/** The one reason given for an empty file of any type, saying what to do. */
export const EMPTY_FILE = "文件是空的（0 字节），请确认选对了文件，或在原来的程序中重新保存后再试";

/** Why a workbook is not a report at all: none of the names of the tables, 报告信息 or the metadata is there. */
export const NOT_A_REPORT = "不是年报工作簿：其中没有年报助手的统计表和“报告信息”（可能选错了文件；如是年报，请用年报助手插入报表后填写）";

/** The largest report data file read (a real one is well under 100 KB). */
export const MAX_JSON_BYTES = 20 * 2 ** 20;

/** What each document extension promises, for the message on an Excel workbook given such a name. */
const DOCUMENT_NAMES: Record<string, string> = {
  ".pdf": " PDF 文件",
  ".docx": " Word 文档",
  ".html": "网页",
  ".htm": "网页",
  ".md": " Markdown 文件",
  ".txt": "文本文件",
};

/** The lower-case extension of a file name, with its dot (`.xlsx`), or "" when it has none. */
export function extensionOf(file: string): string {
  const base = file.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/**
 * Why a file of this type and size is not read before its bytes are looked at: empty, larger than a report of its
 * type can be, or of a type not read. `undefined` when it may be read.
 * @param xlsxMaxBytes the largest workbook the caller can open (the CLI's bounded reader takes more than the pane).
 */
export function sizeProblem(ext: string, size: number, xlsxMaxBytes: number): string | undefined {
  if (!INPUT_TYPES.includes(ext)) return UNREAD_TYPES[ext] ?? `不支持的文件类型，${TYPES}`;
  if (size === 0) return EMPTY_FILE;
  const mb = (n: number) => Math.round(n / 2 ** 20);
  if (ext === ".xlsx" && size > xlsxMaxBytes) return `文件有 ${mb(size)} MB，超过 ${mb(xlsxMaxBytes)} MB 的上限；年报工作簿通常不到 1 MB，请删除无关的工作表后另存再试`;
  if (ext === ".json" && size > MAX_JSON_BYTES) return `文件有 ${mb(size)} MB，超过 ${mb(MAX_JSON_BYTES)} MB 的上限，不像是报告数据`;
  if (DOCUMENT_TYPES.includes(ext) && size > MAX_IMPORT_BYTES) return `文件有 ${mb(size)} MB，超过 ${mb(MAX_IMPORT_BYTES)} MB 的上限，不像是一份年度报告`;
  return undefined;
}

/** Whether bytes are an Excel workbook (a zip holding xl/workbook.xml and no Word document): an .xlsx renamed. */
export async function isWorkbook(bytes: Uint8Array): Promise<boolean> {
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

/** The reason for a document-typed file that is an Excel workbook, or `undefined`. */
export async function renamedWorkbook(ext: string, bytes: Uint8Array): Promise<string | undefined> {
  if (!(await isWorkbook(bytes))) return undefined;
  return `这是 Excel 工作簿，不是${DOCUMENT_NAMES[ext] ?? `${ext} 文件`}；如果它是年报工作簿，请把扩展名改为 .xlsx 后再试`;
}

function layoutFindings(read: ReportRead): Finding[] {
  const seen = new Map<string, number>();
  return read.problems.map((p) => readProblemFinding(p, seen));
}

/**
 * A report workbook read through the sheet layout, with the last-year report it keeps, or why it is not one
 * (`NOT_A_REPORT`, a newer format).
 */
export async function reportFromWorkbook(file: string, port: WorkbookPort): Promise<Loaded> {
  return reportFromRead(file, await readReport(port), port);
}

/**
 * What the sheet layout read of a workbook, as a report, or why it is not one (see `reportFromWorkbook`).
 * @param store where the workbook's kept last-year report is read (the port, or the blocks a fast reader read).
 */
export async function reportFromRead(file: string, read: ReadResult, store: Pick<WorkbookPort, "readStored">): Promise<Loaded> {
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

/** A report data file's text read as report data, or the reason it is not valid report data. */
export function reportFromJson(file: string, text: string): Loaded {
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

/** A published report's bytes read through the importer, or why they cannot be. */
export async function reportFromDocument(file: string, bytes: Uint8Array): Promise<Loaded> {
  const outcome = await importFile(bytes);
  if (!outcome.ok) return { ok: false, file, error: `无法读取“${file}”：${outcome.reason}` };
  const read = outcome.imported.report.read;
  return { ok: true, file, kind: "document", imported: outcome.imported, data: read.data, read, layoutFindings: layoutFindings(read), unreadTables: [] };
}

/**
 * Opens an .xlsx workbook's bytes on a port that reads the report's names.
 * @throws WorkbookError with a Chinese reason starting `文件` (`文件已损坏或不完整…`), as the CLI says it.
 */
export type XlsxOpener = (bytes: Uint8Array) => Promise<WorkbookPort>;

/**
 * Read a report from a file's bytes (the pane's way; the CLI reads from disk with bounded memory first, then uses the
 * same interpreters).
 * @param file the name shown in messages.
 * @param xlsxMaxBytes the largest workbook `openXlsx` is given.
 * @returns the report, or `{ ok: false, error }` with a Chinese reason naming the file (`无法读取“a.xlsx”：…`).
 */
export async function readInputBytes(file: string, bytes: Uint8Array, openXlsx: XlsxOpener, xlsxMaxBytes: number): Promise<Loaded> {
  const ext = extensionOf(file);
  const fail = (reason: string): Loaded => ({ ok: false, file, error: `无法读取“${file}”：${reason}` });
  const problem = sizeProblem(ext, bytes.length, xlsxMaxBytes);
  if (problem !== undefined) return fail(problem);
  if (ext === ".xlsx") {
    let port: WorkbookPort;
    try {
      port = await openXlsx(bytes);
    } catch (e) {
      if (e instanceof WorkbookError) return fail(e.message);
      throw e;
    }
    return reportFromWorkbook(file, port);
  }
  if (ext === ".json") {
    try {
      return reportFromJson(file, decodeJsonBytes(bytes));
    } catch (e) {
      if (e instanceof JsonTextError) return fail(e.message);
      throw e;
    }
  }
  const renamed = await renamedWorkbook(ext, bytes);
  if (renamed !== undefined) return fail(renamed);
  return reportFromDocument(file, bytes);
}

/**
 * Every finding for a loaded file, from the one check pipeline (`checkReport`): the read problems first, then the
 * rules of the report's format (with last year's report in `options.previous` for S1, S2 and C1), except findings on
 * a table that could not be read.
 */
export function findingsOf(loaded: Extract<Loaded, { ok: true }>, options: CheckOptions = {}): Finding[] {
  return checkReport(loaded.read, options);
}
