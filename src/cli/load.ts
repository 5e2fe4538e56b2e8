/**
 * Reading the CLI's input files: an .xlsx workbook made by this product (through the .xlsx port and the sheet
 * layout) or a report data file (.json). A file that cannot be read gives a Chinese reason naming the file, never a
 * stack trace; problems of the workbook's layout become 强制 findings of rule `layout`.
 */
import { promises as fs } from "fs";
import { extname } from "path";
import { reportFromJson, ReportDataError, type ReportData } from "../report";
import { WorkbookError } from "../workbook/port";
import { XlsxReadError, XlsxWorkbook } from "../workbook/xlsx";
import { JsonTextError, parseJsonText } from "../import/json-text";
import { readPrevious, type PreviousRead } from "../import/previous";
import { debugEnabled } from "./errors";
import { readReport, type LayoutProblem } from "../workbook/layout";
import { checkReport, type CheckOptions, type Finding } from "../rules";
import { formatOf, latestFormat, type TableKey } from "../format";

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

/** The Chinese reason for a file-system error while reading, or `undefined` when `e` is not one. */
function fsReason(e: unknown): string | undefined {
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

/** The file types the command reads. */
const TYPES = "只能读取 .xlsx 工作簿或 .json 报告数据";

/**
 * What a file holds before it is interpreted: a workbook on the .xlsx port, a JSON text, or the Chinese reason it
 * cannot be opened (without the file's name: `文件不存在`, `文件已损坏或不完整（不是完整的 .xlsx 压缩包）`).
 */
export type Opened = { ok: true; kind: "xlsx"; port: XlsxWorkbook } | { ok: true; kind: "json"; text: string } | { ok: false; reason: string };

/**
 * Open a file of the command: an .xlsx through the .xlsx port, a .json as text.
 * @returns the contents, or the reason it cannot be opened (missing, a folder, no permission, another type, not an
 *   .xlsx workbook, a corrupt workbook; with `NIANBAO_DEBUG=1` the library's message is added). Other errors are
 *   thrown.
 */
export async function openInput(file: string): Promise<Opened> {
  const ext = extname(file).toLowerCase();
  try {
    if ((await fs.stat(file)).isDirectory()) return { ok: false, reason: "这是一个文件夹，不是文件" };
    if (ext === ".xlsx") return { ok: true, kind: "xlsx", port: await XlsxWorkbook.fromBuffer(await fs.readFile(file), "文件") };
    if (ext === ".json") return { ok: true, kind: "json", text: await fs.readFile(file, "utf8") };
    return { ok: false, reason: `不支持的文件类型，${TYPES}` };
  } catch (e) {
    const reason = fsReason(e);
    if (reason) return { ok: false, reason };
    if (e instanceof XlsxReadError) return { ok: false, reason: debugEnabled() && e.detail ? `${e.message}（${e.detail}）` : e.message };
    if (e instanceof WorkbookError) return { ok: false, reason: e.message };
    throw e;
  }
}

async function loadXlsx(file: string, port: XlsxWorkbook): Promise<Loaded> {
  const { data, problems, tablesRead } = await readReport(port);
  const unreadTables = (Object.keys(tablesRead) as TableKey[]).filter((t) => !tablesRead[t]);
  return { ok: true, file, kind: "xlsx", data, layoutFindings: problems.map(layoutFinding), unreadTables };
}

function loadJson(file: string, text: string): Loaded {
  try {
    const data = reportFromJson(parseJsonText(text, file));
    // Until the rules take the format as a parameter, only the newest format is checked.
    if (data.format !== latestFormat().id) return { ok: false, file, error: `无法读取“${file}”：这是 ${formatOf(data).id} 格式（${formatOf(data).source}）的报告，检查尚未支持` };
    return { ok: true, file, kind: "json", data, layoutFindings: [], unreadTables: [] };
  } catch (e) {
    if (e instanceof JsonTextError) return { ok: false, file, error: e.message };
    if (e instanceof ReportDataError) return { ok: false, file, error: `无法读取“${file}”：报告数据有误：${e.problems.join("；")}` };
    throw e;
  }
}

/**
 * Every finding for a loaded file: the layout problems first, then the rules (`checkReport`, with last year's report
 * in `options.previous` for S1, S2 and C1) — except findings on a table that could not be read, whose blank cells
 * would only repeat the layout problem 10, 175 or 15 times.
 */
export function findingsOf(loaded: Extract<Loaded, { ok: true }>, options: CheckOptions = {}): Finding[] {
  const rules = checkReport(loaded.data, options).filter((f) => !(f.table && loaded.unreadTables.includes(f.table)));
  return [...loaded.layoutFindings, ...rules];
}

/**
 * Read a report from a file: `.xlsx` through the sheet layout, `.json` as report data.
 * @returns the data and the layout findings, or `{ ok: false, error }` with a Chinese reason naming the file when the
 *   file is missing, unreadable, a folder, of another type, not a workbook, a corrupt workbook, empty, not valid JSON
 *   or not valid report data. Other errors (bugs) are not caught.
 */
export async function loadReport(file: string): Promise<Loaded> {
  const opened = await openInput(file);
  if (!opened.ok) return { ok: false, file, error: `无法读取“${file}”：${opened.reason}` };
  return opened.kind === "xlsx" ? loadXlsx(file, opened.port) : loadJson(file, opened.text);
}

/**
 * Read last year's report for the cross-year rules (`--previous`): a workbook made by this product, or a report data
 * file in the 2021 or the 2019 format (see `readPrevious`).
 * @returns the report, or a Chinese reason naming the file, e.g. `上年报告“a.json”无法读取：文件不存在`.
 */
export async function loadPrevious(file: string): Promise<PreviousRead> {
  const opened = await openInput(file);
  if (!opened.ok) return { ok: false, error: `上年报告“${file}”无法读取：${opened.reason}` };
  return readPrevious(opened.kind === "xlsx" ? { name: file, workbook: opened.port } : { name: file, text: opened.text });
}
