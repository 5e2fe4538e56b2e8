/**
 * Last year's report as kept in this year's workbook (导入上年报告), so the cross-year rules (S1, S2, C1) run live in
 * the pane and `nianbao check 年报.xlsx` runs them without `--previous`: a versioned JSON text stored through the
 * WorkbookPort (`readStored` / the `store` op; the physical form is in src/workbook/stored.ts).
 *
 * The text is `{"nianbao_previous_report": 1, "source": file name, "imported_at": "YYYY-MM-DD HH:mm", "notes": [...],
 * "same_unit": true (only when the user confirmed another 机关名称 is this unit's), "report": <report data in the
 * report JSON layout>}`. Reading validates every member and the report through the
 * report data reader (`readReportJson`), so a damaged or hand-edited store is a Chinese message, never a crash and
 * never half-read data.
 */
import { readReportJson, reportToJson, ReportDataError } from "../report";
import type { StoreKey, WorkbookPort } from "../workbook/port";
import { StoredDamagedError } from "../workbook/stored";
import type { PreviousReport } from "./previous";

/** The version of the stored form this version writes and reads. */
export const PREVIOUS_STORE_VERSION = 1;

/** The member that marks and versions the stored form. */
const MARK = "nianbao_previous_report";

/** Last year's report kept in the workbook, with where it came from. */
export interface StoredPrevious {
  report: PreviousReport;
  /** The name of the file it was imported from (e.g. `平潭县2023年报.pdf`). */
  source: string;
  /** When it was imported, `YYYY-MM-DD HH:mm` local time. */
  importedAt: string;
  /**
   * The user confirmed on importing that its 机关名称, though naming another unit, is this unit's (e.g. renamed): the
   * cross-year rules then use it (`previousForCheck`'s `otherUnit`).
   */
  sameUnit?: boolean;
}

/** The outcome of reading the store: nothing kept, the report kept, or why it cannot be used (Chinese). */
export type StoredPreviousRead = { ok: true; stored: StoredPrevious | null } | { ok: false; error: string };

/** The stored text of last year's report (see the module comment). */
export function encodeStoredPrevious(stored: StoredPrevious): string {
  return JSON.stringify({
    [MARK]: PREVIOUS_STORE_VERSION,
    source: stored.source,
    imported_at: stored.importedAt,
    notes: stored.report.notes,
    ...(stored.sameUnit ? { same_unit: true } : {}),
    report: reportToJson(stored.report.data),
  });
}

/** The message for a store that cannot be used, saying what to do. */
function damaged(what: string): { ok: false; error: string } {
  return { ok: false, error: `工作簿中保存的上年报告已损坏（${what}），跨年度检查未做；请在任务窗格中删除它后重新导入上年报告` };
}

/**
 * Read the stored text back.
 * @returns the report (in its own format, with its notes), or a Chinese reason: not JSON, not this form, a newer
 *   version (`由更新版本的年报助手保存`), a member of the wrong type, or report data the report reader refuses.
 */
export function decodeStoredPrevious(text: string): StoredPreviousRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return damaged("内容不是完整的 JSON");
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return damaged("内容不是一个对象");
  const o = json as Record<string, unknown>;
  const version = o[MARK];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return damaged(`没有版本标记 ${MARK}`);
  if (version > PREVIOUS_STORE_VERSION) {
    return { ok: false, error: `工作簿中保存的上年报告由更新版本的年报助手保存（保存格式版本 ${version}，本版本只认识到 ${PREVIOUS_STORE_VERSION}），跨年度检查未做；请升级年报助手` };
  }
  if (typeof o.source !== "string") return damaged("来源文件名（source）不是文字");
  if (typeof o.imported_at !== "string") return damaged("导入时间（imported_at）不是文字");
  if (!Array.isArray(o.notes) || o.notes.some((n) => typeof n !== "string")) return damaged("说明（notes）不是文字列表");
  if (o.same_unit !== undefined && typeof o.same_unit !== "boolean") return damaged("同一单位的确认（same_unit）不是 true 或 false");
  try {
    const { data } = readReportJson(o.report);
    const report = { data, format: data.format, notes: o.notes as string[] };
    return { ok: true, stored: { source: o.source, importedAt: o.imported_at, report, ...(o.same_unit === true ? { sameUnit: true } : {}) } };
  } catch (e) {
    if (e instanceof ReportDataError) return damaged(`报告数据有误：${e.problems.join("；")}`);
    throw e;
  }
}

/**
 * Read last year's report kept in a workbook under `key` (one round trip).
 * @returns `stored: null` when none is kept; a Chinese reason when the store is damaged. A failing host is thrown.
 */
export async function readStoredPrevious(port: Pick<WorkbookPort, "readStored">, key: StoreKey): Promise<StoredPreviousRead> {
  let text: string | null;
  try {
    text = await port.readStored(key);
  } catch (e) {
    // The store's pieces are out of order, missing or edited (see storedText).
    if (e instanceof StoredDamagedError) return damaged(`隐藏工作表“${e.sheet}”${e.detail}`);
    throw e;
  }
  return text === null ? { ok: true, stored: null } : decodeStoredPrevious(text);
}
