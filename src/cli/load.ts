/**
 * Reading the CLI's input files: an .xlsx workbook made by this product (through the .xlsx port and the sheet
 * layout), a report data file (.json), or a published report (.pdf, .docx, .html/.htm, .md, .txt) through the importer. A
 * file that cannot be read gives a Chinese reason naming the file, never a stack trace; problems of the workbook's
 * layout become 强制 findings of rule `layout`; an imported report's label deviations are S8 findings and each row it
 * could not read is a 强制 finding 无法确定. The bytes are interpreted by src/review/read-input.ts, as in the pane's
 * 审核汇总; this file reads them from disk, refusing a file by its size before reading it.
 */
import { promises as fs, readFileSync, statSync } from "fs";
import { extname } from "path";
import type { ReadProblem } from "../report";
import { WorkbookError, type NamedRead, type WorkbookPort } from "../workbook/port";
import { XlsxReadError, XlsxWorkbook } from "../workbook/xlsx";
import { XLSX_LIMITS } from "../workbook/xlsx-extract";
import { readNamedFast } from "../workbook/xlsx-fast";
import { decodeJsonBytes, JsonTextError } from "../import/json-text";
import { previousFromImport, readPrevious, type PreviousRead } from "../import/previous";
import { debugEnabled } from "./errors";
import { readReportFromNamed, reportSet } from "../workbook/layout";
import { storeLocation, storedText } from "../workbook/stored";
import { readProblemFinding, type Finding } from "../rules";
import {
  importFile,
  renamedWorkbook,
  reportFromDocument,
  reportFromJson,
  reportFromRead,
  reportFromWorkbook,
  sizeProblem,
  workbookNames,
  type Loaded,
} from "../review/read-input";

export {
  DOCUMENT_TYPES,
  EMPTY_FILE,
  findingsOf,
  importFile,
  NOT_A_REPORT,
  UNREAD_TYPES,
  type ImportedDocument,
  type Loaded,
} from "../review/read-input";

/** A read problem of a workbook or data file as a finding (see `readProblemFinding`). */
export function layoutFinding(p: ReadProblem): Finding {
  return readProblemFinding(p);
}

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
    // A huge or hostile file is refused by its size before it is read; an .xlsx is then read only for the report's
    // named blocks, within limits, so it costs little and the batch goes on.
    const problem = sizeProblem(ext, stat.size, XLSX_LIMITS.fileBytes);
    if (problem !== undefined) return { ok: false, reason: problem };
    if (ext === ".xlsx") {
      const bytes = await fs.readFile(file);
      const bounded = await XlsxWorkbook.fromBuffer(bytes, "文件", { names: workbookNames() });
      // A report name missing: the bounded read emptied the sheets where the layout would find that block by its
      // labels (`readReport`), so the workbook is loaded whole, as the pane reads it.
      if (reportSet().names.every((n) => bounded.resolveName(n))) return { ok: true, kind: "xlsx", port: bounded };
      return { ok: true, kind: "xlsx", port: await XlsxWorkbook.fromBuffer(bytes, "文件") };
    }
    if (ext === ".json") {
      try {
        return { ok: true, kind: "json", text: decodeJsonBytes(await fs.readFile(file)) };
      } catch (e) {
        if (e instanceof JsonTextError) return { ok: false, reason: e.message };
        throw e;
      }
    }
    const bytes = new Uint8Array(await fs.readFile(file));
    const renamed = await renamedWorkbook(ext, bytes);
    if (renamed !== undefined) return { ok: false, reason: renamed };
    return { ok: true, kind: "document", bytes };
  } catch (e) {
    const reason = fsReason(e);
    if (reason) return { ok: false, reason };
    if (e instanceof XlsxReadError) return { ok: false, reason: debugEnabled() && e.detail ? `${e.message}（${e.detail}）` : e.message };
    if (e instanceof WorkbookError) return { ok: false, reason: e.message };
    throw e;
  }
}

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
    if (fast && reportSet().names.every((n) => fast[n])) return reportFromRead(file, readReportFromNamed(fast), storedIn(fast));
    // A workbook with any of its names lost (deleted, or its sheets copied into a new workbook): read whole, so that
    // the layout finds those blocks by their labels (`readReport`), as the pane does. The fast reader has read it
    // within the limits.
    if (fast) {
      const whole = await openWhole(file);
      return whole.ok ? reportFromWorkbook(file, whole.port) : { ok: false, file, error: `无法读取“${file}”：${whole.reason}` };
    }
  }
  const opened = await openInput(file);
  if (!opened.ok) return { ok: false, file, error: `无法读取“${file}”：${opened.reason}` };
  if (opened.kind === "document") return reportFromDocument(file, opened.bytes);
  return opened.kind === "xlsx" ? reportFromWorkbook(file, opened.port) : reportFromJson(file, opened.text);
}

/** An .xlsx file loaded whole (every cell of every sheet), or why it cannot be. */
async function openWhole(file: string): Promise<{ ok: true; port: XlsxWorkbook } | { ok: false; reason: string }> {
  try {
    return { ok: true, port: await XlsxWorkbook.fromBuffer(await fs.readFile(file), "文件") };
  } catch (e) {
    const reason = fsReason(e);
    if (reason) return { ok: false, reason };
    if (e instanceof XlsxReadError) return { ok: false, reason: e.message };
    throw e;
  }
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
    // Synchronous: a workbook is read at once and checked at once (in a worker thread of the batch, or for one file).
    const stat = statSync(file);
    if (!stat.isFile() || stat.size === 0 || stat.size > XLSX_LIMITS.fileBytes) return undefined;
    bytes = readFileSync(file);
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
