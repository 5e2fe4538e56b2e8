/**
 * 导入上年报告, the part loaded only when used (its own chunk with the importer and, for a PDF, the PDF library; for a
 * workbook, exceljs's browser build in its own chunk): read the chosen file as last year's report — last year's
 * workbook made by this product (.xlsx), a report data file (.json, 2021 or 2019 format) or a published report
 * (.pdf, .docx, .html/.htm, .md, .txt) — and everything the pane shows before keeping it: the key figures, whether
 * it is this report's previous year and agency.
 */
import { importDocument } from "../import";
import { decodeJsonBytes, JsonTextError } from "../import/json-text";
import { previousFromImport, readPrevious, type PreviousReport } from "../import/previous";
import { encodeStoredPrevious, type StoredPrevious } from "../import/previous-store";
import { previousFigures, previousMismatches, type PreviousFigures, type PreviousMismatch } from "../import/previous-summary";
import type { ReportData } from "../report";
import { WorkbookError } from "../workbook/port";

export { encodeStoredPrevious, type StoredPrevious };

/** Last year's report read from a file, with what the pane shows of it; or the Chinese reason it cannot be read. */
export type PreviousFile =
  | { ok: true; report: PreviousReport; figures: PreviousFigures; mismatches: PreviousMismatch[] }
  | { ok: false; reason: string };

/** The largest workbook read in the pane (exceljs loads it whole; a report workbook is well under 1 MB). */
const MAX_WORKBOOK_BYTES = 20 * 2 ** 20;

/** An Excel workbook by its name, or a zip archive whose first entries are a workbook's (`xl/…`). */
function isWorkbook(bytes: Uint8Array, name: string): boolean {
  return /\.xls[xm]?$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && new TextDecoder("latin1").decode(bytes.subarray(0, 4096)).includes("xl/"));
}

/** Last year's workbook made by this product, read through the .xlsx adapter (exceljs, loaded now). */
async function previousFromWorkbookBytes(bytes: Uint8Array, name: string): Promise<{ ok: true; report: PreviousReport } | { ok: false; reason: string }> {
  if (/\.xls$/i.test(name)) return { ok: false, reason: "这是旧版 Excel 97-2003 工作簿，请在 Excel 中另存为 .xlsx 后再试" };
  if (bytes.length > MAX_WORKBOOK_BYTES) return { ok: false, reason: `文件有 ${Math.round(bytes.length / 2 ** 20)} MB，超过 20 MB 的上限；年报工作簿通常不到 1 MB` };
  const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx");
  let port;
  try {
    port = await XlsxWorkbook.fromBuffer(bytes, "文件");
  } catch (e) {
    if (e instanceof WorkbookError) return { ok: false, reason: e.message };
    throw e;
  }
  const read = await readPrevious({ name, workbook: port });
  return read.ok ? read : { ok: false, reason: read.error };
}

/** Whether the bytes are a JSON text (a report data file), by the name or the first character that is not blank. */
function isJson(bytes: Uint8Array, name: string): boolean {
  if (/\.json$/i.test(name)) return true;
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, "").trimStart();
  return head.startsWith("{");
}

/**
 * Read last year's report from a file's bytes.
 * @param name the file's name, quoted in messages and notes.
 * @param current this year's report (for the year and agency checks).
 */
export async function readPreviousFile(bytes: Uint8Array, name: string, current: ReportData): Promise<PreviousFile> {
  if (bytes.length === 0) return { ok: false, reason: "文件是空的（0 字节），请确认选对了文件" };
  let report: PreviousReport;
  if (isWorkbook(bytes, name)) {
    const read = await previousFromWorkbookBytes(bytes, name);
    if (!read.ok) return read;
    report = read.report;
  } else if (isJson(bytes, name)) {
    let text: string;
    try {
      text = decodeJsonBytes(bytes);
    } catch (e) {
      if (e instanceof JsonTextError) return { ok: false, reason: e.message };
      throw e;
    }
    const read = await readPrevious({ name, text });
    if (!read.ok) return { ok: false, reason: read.error };
    report = read.report;
  } else {
    const outcome = await importDocument(bytes);
    if (!outcome.ok) return { ok: false, reason: outcome.reason };
    report = previousFromImport(outcome.report, name);
  }
  return { ok: true, report, figures: previousFigures(report), mismatches: previousMismatches(current, report.data) };
}
