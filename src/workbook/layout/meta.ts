/**
 * The metadata block of the veryHidden `_年报助手` sheet: key/value rows (format, layout version, created-by, unknown
 * data keys) and the 说明 kept with warnings; written at insertion, read back with every report.
 */
import { FORMATS, isFormatId, type FormatId } from "../../format";
import type { Explanation, ReadProblem, ReportData } from "../../report";
import type { NamedRead, RawValue } from "../port";
import { shownText } from "./table-check";
import { CREATED_BY, LAYOUT_VERSION } from "./sets";
import { toRaw } from "./values";

/**
 * The rows of the metadata block: key/value rows, then a header and one row per 说明.
 * @param format the id of the format the tables were inserted in (`2019`, `2021`), recorded as `format`.
 */
export function metaBlock(extra: Record<string, unknown>, explanations: Explanation[], format: string): RawValue[][] {
  return [
    ["键", "值", "", ""],
    ["format", format, null, null],
    ["layout_version", LAYOUT_VERSION, null, null],
    ["created_by", CREATED_BY, null, null],
    ["extra", Object.keys(extra).length > 0 ? JSON.stringify(extra) : null, null, null],
    ["说明", "finding", "text", "at"],
    ...explanations.map((e): RawValue[] => ["explanation", e.findingId, toRaw(e.text), toRaw(e.at)]),
  ];
}

/** What the metadata records of the layout. */
export interface MetaRead {
  /** The format recorded at insertion, when it is a known one; `null` when not recorded or unknown. */
  format: FormatId | null;
  /** The text recorded as the format, as found (`""` when none), for writing it back unchanged. */
  formatText: string;
  /** The layout version recorded, `null` when unknown. */
  layoutVersion: number | null;
}

/**
 * Read the metadata block into `data` (说明, unknown keys) and `problems` (format not recorded or unknown, a newer
 * layout, damaged extra keys). The tables are then read as the layout they have (see `readReportFromNamed`).
 */
export function readMeta(read: NamedRead, data: Pick<ReportData, "extra" | "explanations">, problems: ReadProblem[]): MetaRead {
  const kv = new Map<string, RawValue>();
  for (const row of read.values) {
    const k = shownText(row[0] ?? null);
    if (k === "explanation") {
      const findingId = shownText(row[1] ?? null);
      if (findingId !== "") data.explanations.push({ findingId, text: shownText(row[2] ?? null), at: shownText(row[3] ?? null) });
    } else if (k !== "") kv.set(k, row[1] ?? null);
  }
  const formatRaw = kv.get("format");
  const formatText = formatRaw === undefined || formatRaw === null ? "" : shownText(formatRaw).trim();
  if (formatText === "") {
    problems.push({ kind: "meta_missing", message: `元数据（工作表“${read.range.sheet}”）中没有记录格式年份，按统计表的版式读取。` });
  } else if (!isFormatId(formatText)) {
    problems.push({
      kind: "wrong_format",
      message: `此工作簿记录的报表格式为“${formatText}”，本版本只认识${FORMATS.map((f) => `${f.name}（${f.source}）`).join("和")}；已按统计表的版式读取，读出的数据可能不对，请用新版本的年报助手打开。`,
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
  return { format: isFormatId(formatText) ? formatText : null, formatText, layoutVersion: Number.isFinite(v) ? v : null };
}
