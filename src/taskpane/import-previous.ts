/**
 * 导入上年报告, the part loaded only when used (its own chunk with the importer and, for a PDF, the PDF library): read
 * the chosen file as last year's report — a report data file (.json, 2021 or 2019 format) or a published report
 * (.pdf, .docx, .html/.htm, .md, .txt) — and everything the pane shows before keeping it: the key figures, whether
 * it is this report's previous year and agency, and the plan of 填写上年结转.
 */
import { importDocument } from "../import";
import { decodeJsonBytes, JsonTextError } from "../import/json-text";
import { previousFromImport, readPrevious, type PreviousReport } from "../import/previous";
import { encodeStoredPrevious, type StoredPrevious } from "../import/previous-store";
import { previousFigures, previousMismatches, type PreviousFigures, type PreviousMismatch } from "../import/previous-summary";
import type { ReportData } from "../report";

export { encodeStoredPrevious, type StoredPrevious };

/** Last year's report read from a file, with what the pane shows of it; or the Chinese reason it cannot be read. */
export type PreviousFile =
  | { ok: true; report: PreviousReport; figures: PreviousFigures; mismatches: PreviousMismatch[] }
  | { ok: false; reason: string };

/** A zip archive holding an Excel workbook (an .xlsx, whatever the file is called). */
function isWorkbook(bytes: Uint8Array, name: string): boolean {
  return /\.xls[xm]?$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && new TextDecoder("latin1").decode(bytes.subarray(0, 4096)).includes("xl/"));
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
    return {
      ok: false,
      reason: "任务窗格还不能读取 Excel 工作簿。请选择上年发布的报告（.pdf、.docx、网页或文本），或上年的报告数据文件（.json，可用 nianbao export 上年.xlsx 从上年的工作簿导出）",
    };
  }
  if (isJson(bytes, name)) {
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
