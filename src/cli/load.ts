/**
 * Reading the CLI's input files: an .xlsx workbook made by this product (through the .xlsx port and the sheet
 * layout) or a report data file (.json). A file that cannot be read gives a Chinese reason naming the file, never a
 * stack trace; problems of the workbook's layout become 强制 findings of rule `layout`.
 */
import { promises as fs } from "fs";
import { extname } from "path";
import { reportFromJson, ReportDataError, type ReportData } from "../report";
import { WorkbookError } from "../workbook/port";
import { XlsxWorkbook } from "../workbook/xlsx";
import { readReport, type LayoutProblem } from "../workbook/layout";
import { checkReport, type CheckOptions, type Finding } from "../rules";
import type { TableKey } from "../format";

/** The rule id given to a layout problem of a workbook in findings. */
export const LAYOUT_RULE = "layout";

/** A file read, or the reason it could not be. */
export type Loaded =
  | {
      ok: true;
      file: string;
      kind: "xlsx" | "json";
      data: ReportData;
      layoutFindings: Finding[];
      /** Tables whose values could not be read because of a layout problem (their cells read as blank). */
      unreadTables: TableKey[];
    }
  | { ok: false; file: string; error: string };

/** The title of layout findings. */
const LAYOUT_TITLE = "工作簿版式有误";

/**
 * Layout problems that leave the report readable: missing metadata (a workbook not made by this product, read by its
 * names) and a 报告信息 field that cannot be read (it becomes a gap in the report). They are 提示; every other
 * problem (a table missing, moved out of shape, relabelled; the wrong format) is 强制, because the table's values
 * cannot be trusted until it is repaired.
 */
const LAYOUT_WARNINGS = new Set<LayoutProblem["kind"]>(["meta_missing", "bad_value"]);

/** A layout problem as a finding of rule `layout`. */
export function layoutFinding(p: LayoutProblem, index: number): Finding {
  return {
    id: `${LAYOUT_RULE}:${p.kind}${p.table ? `:${p.table}` : ""}:${index}`,
    rule: LAYOUT_RULE,
    severity: LAYOUT_WARNINGS.has(p.kind) ? "warning" : "error",
    title: LAYOUT_TITLE,
    message: p.message,
    ...(p.table ? { table: p.table } : {}),
    cells: [],
  };
}

/** The Chinese reason for a file-system error, or `undefined` when `e` is not one. */
function fsReason(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "文件不存在";
    case "EACCES":
    case "EPERM":
      return "没有读取权限";
    case "EISDIR":
      return "这是一个文件夹，不是文件";
    default:
      return typeof code === "string" ? `读取失败（${code}）` : undefined;
  }
}

/** The first bytes of an .xlsx (a zip archive). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function loadXlsx(file: string): Promise<Loaded> {
  const bytes = await fs.readFile(file);
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) {
    return { ok: false, file, error: `无法读取“${file}”：不是 .xlsx 工作簿（文件内容不是 zip 格式）` };
  }
  const port = await XlsxWorkbook.fromBuffer(bytes, "文件");
  const { data, problems, tablesRead } = await readReport(port);
  const unreadTables = (Object.keys(tablesRead) as TableKey[]).filter((t) => !tablesRead[t]);
  return { ok: true, file, kind: "xlsx", data, layoutFindings: problems.map(layoutFinding), unreadTables };
}

async function loadJson(file: string): Promise<Loaded> {
  const text = await fs.readFile(file, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    if (e instanceof SyntaxError) return { ok: false, file, error: `无法读取“${file}”：不是有效的 JSON（${e.message}）` };
    throw e;
  }
  return { ok: true, file, kind: "json", data: reportFromJson(json), layoutFindings: [], unreadTables: [] };
}

/**
 * Every finding for a loaded file: the layout problems first, then the rules (`checkReport`, with last year's report
 * in `options.previous` for S1, S2 and S10) — except findings on a table that could not be read, whose blank cells
 * would only repeat the layout problem 10, 175 or 15 times.
 */
export function findingsOf(loaded: Extract<Loaded, { ok: true }>, options: CheckOptions = {}): Finding[] {
  const rules = checkReport(loaded.data, options).filter((f) => !(f.table && loaded.unreadTables.includes(f.table)));
  return [...loaded.layoutFindings, ...rules];
}

/**
 * Read a report from a file: `.xlsx` through the sheet layout, `.json` as report data.
 * @returns the data and the layout findings, or `{ ok: false, error }` with a Chinese reason naming the file when the
 *   file is missing, unreadable, of another type, not a workbook, or not valid report data. Other errors (bugs) are
 *   not caught.
 */
export async function loadReport(file: string): Promise<Loaded> {
  const ext = extname(file).toLowerCase();
  try {
    if (ext === ".xlsx") return await loadXlsx(file);
    if (ext === ".json") return await loadJson(file);
    return { ok: false, file, error: `无法读取“${file}”：不支持的文件类型，只能读取 .xlsx 工作簿或 .json 报告数据` };
  } catch (e) {
    const reason = fsReason(e);
    if (reason) return { ok: false, file, error: `无法读取“${file}”：${reason}` };
    if (e instanceof ReportDataError) return { ok: false, file, error: `无法读取“${file}”：报告数据有误：${e.problems.join("；")}` };
    if (e instanceof WorkbookError) return { ok: false, file, error: `无法读取“${file}”：${e.message}` };
    throw e;
  }
}

/**
 * Read last year's report for the cross-year rules (`--previous`): a workbook made by this product or a report data
 * file. A workbook whose tables could not all be read is refused, because its blank cells would give false S1/S2
 * findings.
 * @returns the report data, or a Chinese reason naming the file.
 */
export async function loadPrevious(file: string): Promise<{ ok: true; data: ReportData } | { ok: false; error: string }> {
  const loaded = await loadReport(file);
  if (!loaded.ok) return { ok: false, error: `上年报告${loaded.error}` };
  if (loaded.unreadTables.length > 0) {
    const problems = loaded.layoutFindings.filter((f) => f.severity === "error").map((f) => f.message);
    return { ok: false, error: `无法使用上年报告“${file}”：表格读取有误（${problems.join("；")}）` };
  }
  return { ok: true, data: loaded.data };
}

/**
 * A note when last year's report is not of the year before (both years known), e.g. `上年报告“a.json”为 2019 年度，
 * 本报告为 2021 年度，跨年度检查可能不准确`; `undefined` when the years fit or one is unknown.
 */
export function previousYearNote(current: ReportData, previous: ReportData, file: string): string | undefined {
  if (current.year === null || previous.year === null || previous.year === current.year - 1) return undefined;
  return `上年报告“${file}”为 ${previous.year} 年度，本报告为 ${current.year} 年度，跨年度检查可能不准确`;
}
