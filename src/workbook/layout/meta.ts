/**
 * The metadata block of the veryHidden `_年报助手` sheet: key/value rows (format, layout version, created-by, unknown
 * data keys) and the 说明 kept with warnings; written at insertion, read back with every report.
 */
import { FORMAT_2021 } from "../../format";
import type { Explanation, ReportData } from "../../report";
import type { NamedRead, RawValue } from "../port";
import { shownText } from "../layout-check";
import type { LayoutProblem } from "./problems";
import { CREATED_BY, LAYOUT_VERSION } from "./sets";
import { toRaw } from "./values";

/** The rows of the metadata block: key/value rows, then a header and one row per 说明. */
export function metaBlock(extra: Record<string, unknown>, explanations: Explanation[]): RawValue[][] {
  return [
    ["键", "值", "", ""],
    ["format", FORMAT_2021.id, null, null],
    ["layout_version", LAYOUT_VERSION, null, null],
    ["created_by", CREATED_BY, null, null],
    ["extra", Object.keys(extra).length > 0 ? JSON.stringify(extra) : null, null, null],
    ["说明", "finding", "text", "at"],
    ...explanations.map((e): RawValue[] => ["explanation", e.findingId, toRaw(e.text), toRaw(e.at)]),
  ];
}

/**
 * Read the metadata block into `data` (说明, unknown keys) and `problems` (format not recorded or not 2021, a newer
 * layout, damaged extra keys).
 * @returns the layout version recorded, `null` when unknown.
 */
export function readMeta(read: NamedRead, data: ReportData, problems: LayoutProblem[]): number | null {
  const kv = new Map<string, RawValue>();
  for (const row of read.values) {
    const k = shownText(row[0] ?? null);
    if (k === "explanation") {
      const findingId = shownText(row[1] ?? null);
      if (findingId !== "") data.explanations.push({ findingId, text: shownText(row[2] ?? null), at: shownText(row[3] ?? null) });
    } else if (k !== "") kv.set(k, row[1] ?? null);
  }
  const format = kv.get("format");
  if (format === undefined || format === null) {
    problems.push({ kind: "meta_missing", message: `元数据（工作表“${read.range.sheet}”）中没有记录格式年份，按 2021 格式读取。` });
  } else if (shownText(format) !== FORMAT_2021.id) {
    problems.push({
      kind: "wrong_format",
      message: `此工作簿记录的报表格式为“${shownText(format)}”，本工具只支持 2021 格式（${FORMAT_2021.source}）；读出的数据可能不对。`,
    });
  }
  const version = kv.get("layout_version");
  const v = typeof version === "number" ? version : version ? Number(shownText(version)) : NaN;
  if (Number.isFinite(v) && v > LAYOUT_VERSION) {
    problems.push({
      kind: "wrong_format",
      message: `此工作簿由更新版本的年报助手创建（布局版本 ${v}，本版本只认识到 ${LAYOUT_VERSION}），请升级后再打开。`,
    });
  }
  const extra = kv.get("extra");
  if (typeof extra === "string" && extra.trim() !== "") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(extra);
    } catch {
      parsed = undefined;
    }
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) data.extra = parsed as Record<string, unknown>;
    else problems.push({ kind: "meta_missing", message: `元数据中保存的其他字段（extra）已损坏，未读取。` });
  }
  return Number.isFinite(v) ? v : null;
}
