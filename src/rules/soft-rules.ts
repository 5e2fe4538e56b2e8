/**
 * The soft rules (提示): checks of the report's own text and of last year's report, as data. Each may be kept with
 * a written 说明 (report-format.md §3 "Soft rules", §1 on 五 and 六, §5 "Commonly flagged problems").
 *
 * The evaluation of each kind lives in `soft-engine.ts`; wording, thresholds and patterns live here.
 */
import { table3Key, table4Key, type CellKey, type FormatDef, type TextField } from "../format";
import type { Severity } from "./finding";

export type { TextField } from "../format";

interface SoftRuleBase {
  id: string;
  severity: Severity;
  title: string;
  description: string;
  source: string;
}

/** 五 empty, "无" or shorter than `minChars` characters (S9). */
export interface MinLengthRule extends SoftRuleBase {
  kind: "min_length";
  field: TextField;
  minChars: number;
  /** Placeholders `{section}`, `{length}`, `{min}`. */
  message: string;
  /** The message when the field is empty or only a placeholder such as “无”; placeholder `{section}`. */
  messageEmpty: string;
}

/** A field must mention something: every pattern group must match (S9: 五 mentions 上年度问题整改; 六 states the fee position). */
export interface MentionRule extends SoftRuleBase {
  kind: "mention";
  field: TextField;
  /** All groups must match; a group matches when any of its patterns does. */
  patterns: RegExp[][];
  /** When this report field holds a valid number, the rule is satisfied (the generated text states it). */
  satisfiedByFields?: ("processingFees.noticesIssued" | "processingFees.collectedYuan")[];
  /** Not checked when the field has fewer characters than this (a shorter text is already reported by another rule). */
  skipBelowChars?: number;
  message: string;
}

/** A field longer than `maxChars` characters (武威 2025 notice: 总体情况 ≤ 1,000). */
export interface MaxLengthRule extends SoftRuleBase {
  kind: "max_length";
  field: TextField;
  maxChars: number;
  message: string;
}

/** A phrase in the user's text that states a figure, and the cells whose sum it must equal (S3, S4). */
export interface FigurePhrase {
  /** What the figure is, in Chinese, e.g. `收到申请`. */
  name: string;
  /** The regular expression; its first group is the figure (Arabic digits). */
  pattern: RegExp;
  cells: CellKey[];
}

/** Numbers typed in the user's text that contradict the tables (S3/S4). */
export interface FigureRule extends SoftRuleBase {
  kind: "figures";
  fields: TextField[];
  phrases: FigurePhrase[];
  /** Placeholders `{section}`, `{quote}`, `{name}`, `{stated}`, `{expected}`, `{cells}`. */
  message: string;
}

/** Wording that table 4 contradicts, e.g. 均获维持 while a case is 纠正 or 尚未审结 (S6). */
export interface WordingRule extends SoftRuleBase {
  kind: "wording";
  fields: TextField[];
  pattern: RegExp;
  /** The rule fires when the phrase is present and any of these cells is > 0. */
  contradictedBy: CellKey[];
  message: string;
}

/** 内容雷同: the text is nearly the same as last year's (30号 （四）). */
export interface SimilarityRule extends SoftRuleBase {
  kind: "similar_to_last_year";
  field: TextField;
  /** The 内容雷同 similarity (`copySimilarity`: Dice of character bigrams apart from names and numbers), 0–1, at or above which the rule fires. */
  threshold: number;
  /** Texts shorter than this are not compared (e.g. "无"). */
  minChars: number;
  message: string;
}

/** Cross-year equality per column: this year's cell = last year's cell (S1). */
export interface CrossYearEqualRule extends SoftRuleBase {
  kind: "cross_year_equal";
  pairs: { id: string; current: CellKey; previous: CellKey }[];
  message: string;
}

/** Cross-year running total: in_force(Y) = in_force(Y−1) + issued(Y) − repealed(Y) (S2). */
export interface CrossYearStockRule extends SoftRuleBase {
  kind: "cross_year_stock";
  rows: { id: string; name: string; inForce: CellKey; issued: CellKey; repealed: CellKey }[];
  message: string;
}

/** Fee notices must exist when applications lapsed for non-payment (S5). */
export interface FeeNoticeRule extends SoftRuleBase {
  kind: "fee_notices";
  lapsed: CellKey;
  message: string;
}

export type SoftRule =
  | MinLengthRule
  | MentionRule
  | MaxLengthRule
  | FigureRule
  | WordingRule
  | SimilarityRule
  | CrossYearEqualRule
  | CrossYearStockRule
  | FeeNoticeRule;

const T = (row: string) => table3Key(row, "total");
/** Up to 12 characters between the words and the number, without crossing a sentence or another number. */
const GAP = "[^。；;\\d]{0,12}?";
const figure = (name: string, words: string, cells: CellKey[]): FigurePhrase => ({
  name,
  pattern: new RegExp(`(?:${words})${GAP}(\\d+)\\s*(?:件|宗|起|份)`, "g"),
  cells,
});

/**
 * The soft rules of a format, in the order findings are listed. The category totals of S3/S4 are the format's own
 * result rows (（六）其他处理 is `other_1..3` in 2021, `other` in 2019); a phrase or pair whose cells the format does not
 * have is not checked.
 */
export function softRuleSpecs(format: FormatDef): SoftRule[] {
  const rows = format.structure.table3.rows;
  /** The 总计 cells of a result group: its items, or the group's own row when it has none. */
  const group = (key: string) => rows.filter((r) => r.group === key || (r.key === key && r.isResult)).map((r) => T(r.key));
  return [
  {
    kind: "min_length",
    id: "S9a",
    severity: "warning",
    title: "存在问题写得过少",
    description: "五、存在的主要问题及改进情况不能为空或写“无”，应具体写出问题和改进措施",
    source: "report-format.md §1 五、§5（评议常见问题：空白或“无”）",
    field: "text.problems",
    minChars: 50,
    message: "{section}只有 {length} 个字，少于 {min} 字，请具体写出存在的问题和改进措施",
    messageEmpty: "{section}未填写或只写了“无”，请具体写出存在的问题和改进措施",
  },
  {
    kind: "mention",
    id: "S9b",
    severity: "warning",
    title: "未写上年度问题整改情况",
    description: "五应包括上年度报告所列问题的整改情况",
    source: "report-format.md §1 五（上年度问题整改情况）",
    field: "text.problems",
    patterns: [[/上年度|上一年度|上年|去年|往年|前一年/], [/整改|改进|落实/]],
    skipBelowChars: 50,
    message: "{section}没有写到上年度问题的整改情况，请补写上年度报告所列问题的整改情况",
  },
  {
    kind: "mention",
    id: "S9c",
    severity: "warning",
    title: "未说明信息处理费情况",
    description: "六应说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况",
    source: "report-format.md §1 六（收费情况，国办函〔2020〕109号）",
    field: "text.otherMatters",
    patterns: [[/信息处理费|收费通知|收取.{0,6}费/]],
    satisfiedByFields: ["processingFees.noticesIssued", "processingFees.collectedYuan"],
    message: "{section}没有说明信息处理费的收取情况；请在“报告信息”中填写收费通知件数和实收金额，或在正文中说明（如“本年度未收取信息处理费”）",
  },
  {
    kind: "max_length",
    id: "S9d",
    severity: "warning",
    title: "总体情况篇幅过长",
    description: "总体情况原则上不超过 1000 字",
    source: "report-format.md §1 一（武威市 2025 年通知）",
    field: "text.overview",
    maxChars: 1000,
    message: "{section}共 {length} 字，超过 {max} 字，请精简",
  },
  {
    kind: "figures",
    id: "S3",
    severity: "warning",
    title: "正文数字与表格不一致",
    description: "正文中写到的申请件数、办理结果、复议诉讼件数、规章和规范性文件件数应与表格一致；类别合计应为该类各小项之和",
    source: "report-format.md §3 S3、S4",
    fields: ["text.overview", "text.problems", "text.otherMatters"],
    phrases: [
      figure("收到申请", "新收|共收到|收到", [T("new")]),
      figure("上年结转", "上年结转", [T("carried_over")]),
      figure("办结", "办结|答复|办理完毕", [T("total")]),
      figure("结转下年度", "结转下年度|结转至下年度|结转到下年度", [T("carried_forward")]),
      figure("予以公开", "予以公开", [T("granted")]),
      figure("部分公开", "部分公开", [T("partial")]),
      figure("不予公开", "不予公开", group("denied")),
      figure("无法提供", "无法提供", group("unable")),
      figure("不予处理", "不予处理", group("not_processed")),
      figure("其他处理", "其他处理", group("other")),
      figure("行政复议", "行政复议", [table4Key("reconsideration", "total")]),
      figure("行政诉讼", "行政诉讼", [table4Key("litigation_direct", "total"), table4Key("litigation_after_reconsideration", "total")]),
      figure("制发规章", "(?:制发|制定|出台|印发)规章|规章(?:制发|制定)", ["table2.regulations.issued"]),
      figure("废止规章", "废止规章|规章废止", ["table2.regulations.repealed"]),
      figure("现行有效规章", "现行有效(?:的)?规章|规章现行有效", ["table2.regulations.in_force"]),
      figure("制发行政规范性文件", "(?:制发|制定|出台|印发)(?:行政)?规范性文件|(?:行政)?规范性文件(?:制发|制定|印发)", ["table2.normative_documents.issued"]),
      figure("废止行政规范性文件", "废止(?:行政)?规范性文件|(?:行政)?规范性文件废止", ["table2.normative_documents.repealed"]),
      figure("现行有效行政规范性文件", "现行有效(?:的)?(?:行政)?规范性文件|(?:行政)?规范性文件现行有效", ["table2.normative_documents.in_force"]),
    ],
    message: "{section}写“{quote}”，{name} {stated} 件，与表格不符：{cells}为 {expected}",
  },
  {
    kind: "wording",
    id: "S6",
    severity: "warning",
    title: "正文对复议诉讼结果的表述与表四不符",
    description: "表四有纠正、其他结果或尚未审结的案件时，正文不能写“均获维持”",
    source: "report-format.md §3 S6",
    fields: ["text.overview", "text.problems", "text.otherMatters"],
    pattern: /均(?:获|被|予|已)?维持|全部(?:获|被)?维持/,
    contradictedBy: ["reconsideration", "litigation_direct", "litigation_after_reconsideration"].flatMap((g) =>
      ["corrected", "other", "pending"].map((c) => table4Key(g, c)),
    ),
    message: "{section}写“{quote}”，但表四有纠正、其他结果或尚未审结的案件（{cells}）",
  },
  {
    kind: "fee_notices",
    id: "S5",
    severity: "warning",
    title: "收费通知件数不足",
    description: "表三（六）2（逾期未缴费）大于 0 时，收费通知件数应不少于该数",
    source: "report-format.md §3 S5",
    lapsed: T("other_2"),
    message: "表三（六）2.逾期未按收费通知要求缴纳费用为 {lapsed} 件，但收费通知件数为 {notices}；请在“报告信息”中填写本年发出的收费通知件数",
  },
  {
    kind: "similar_to_last_year",
    id: "C1a",
    severity: "warning",
    title: "与上年报告雷同",
    description: "五、存在的主要问题及改进情况与上年报告几乎相同（内容雷同）",
    source: "国办公开办函〔2021〕30号 二（四）明确责任：内容雷同",
    field: "text.problems",
    threshold: 0.85,
    minChars: 30,
    message: "{section}与上年报告的相似度为 {percent}%，属于内容雷同，请按本年实际情况重写",
  },
  {
    kind: "similar_to_last_year",
    id: "C1b",
    severity: "warning",
    title: "与上年报告雷同",
    description: "一、总体情况与上年报告几乎相同（内容雷同）",
    source: "国办公开办函〔2021〕30号 二（四）明确责任：内容雷同",
    field: "text.overview",
    threshold: 0.85,
    minChars: 30,
    message: "{section}与上年报告的相似度为 {percent}%，属于内容雷同，请按本年实际情况重写",
  },
  {
    kind: "cross_year_equal",
    id: "S1",
    severity: "warning",
    title: "上年结转与上年报告不符",
    description: "本年“二、上年结转”每一列应等于上年报告“四、结转下年度继续办理”同一列",
    source: "report-format.md §3 S1",
    pairs: format.structure.table3.columns.map((c) => ({
      id: `S1.${c.key}`,
      current: table3Key("carried_over", c.key),
      previous: table3Key("carried_forward", c.key),
    })),
    message: "{cell}为 {current}，上年报告结转下年度为 {previous}，应一致",
  },
  {
    kind: "cross_year_stock",
    id: "S2",
    severity: "warning",
    title: "现行有效件数与上年不衔接",
    description: "现行有效件数 ≈ 上年现行有效件数 + 本年制发件数 − 本年废止件数（修订、清理、机构调整可能使其不完全相等）",
    source: "report-format.md §3 S2",
    rows: [
      { id: "S2.regulations", name: "规章", inForce: "table2.regulations.in_force", issued: "table2.regulations.issued", repealed: "table2.regulations.repealed" },
      {
        id: "S2.normative_documents",
        name: "行政规范性文件",
        inForce: "table2.normative_documents.in_force",
        issued: "table2.normative_documents.issued",
        repealed: "table2.normative_documents.repealed",
      },
    ],
    message: "表二 {name}现行有效件数为 {current}，按上年 {previous} + 本年制发 {issued} − 本年废止 {repealed} 应为 {expected}；如因清理、修订等原因不一致，请写明说明",
  },
];
}
