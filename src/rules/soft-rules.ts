/**
 * The soft rules (提示): checks of the report's own text and of last year's report, as data. Each may be kept with
 * a written 说明 (report-format.md §3 "Soft rules", §1 on 五 and 六, §5 "Commonly flagged problems").
 *
 * The evaluation of each kind lives in `soft-engine.ts`; wording, thresholds and patterns live here.
 */
import { table3Key, type CellKey, type FormatDef, type TextField } from "../format";
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

/**
 * A year relative to the report year, written as a year: `{ yearOffset: -1 }` in a 2024 report is `2023年`,
 * `2023 年度`, `２０２３年`, `二〇二三年` (not `2022年`, not `20231`). Never matches when the report year is unknown.
 */
export interface YearMention {
  yearOffset: number;
}

/** What a mention rule looks for: words, or a year relative to the report year. */
export type MentionPattern = RegExp | YearMention;

/** A field must mention something: every pattern group must match (S9: 五 mentions 上年度问题整改; 六 states the fee position). */
export interface MentionRule extends SoftRuleBase {
  kind: "mention";
  field: TextField;
  /** All groups must match; a group matches when any of its patterns does. */
  patterns: MentionPattern[][];
  /** When this report field holds a valid number, the rule is satisfied (the generated text states it). */
  satisfiedByFields?: ("processingFees.noticesIssued" | "processingFees.collectedYuan")[];
  /** Not checked when the field has fewer characters than this (a shorter text is already reported by another rule). */
  skipBelowChars?: number;
  /** Checked only for reports whose format and year expect the 信息处理费 statement (`expectsProcessingFees`). */
  onlyWhenFeesExpected?: boolean;
  message: string;
}

/** A field longer than `maxChars` characters (武威 2025 notice: 总体情况 ≤ 1,000). */
export interface MaxLengthRule extends SoftRuleBase {
  kind: "max_length";
  field: TextField;
  maxChars: number;
  message: string;
}

/**
 * What the user's text states about the tables, read by the reader of statistical sentences (`src/prose`), against
 * the cells (S3: counts and zeros, 类别合计 as the group's sum; S6: `均获维持` and the other all-outcome wordings). A
 * statement is checked only when it is unambiguously about a table quantity, and contradicted only when no reading
 * of it fits the tables.
 */
export interface StatementRule extends SoftRuleBase {
  kind: "statements";
  /** Which statements the rule checks: `count` and `none` (S3) or `all` (S6). */
  forms: ("count" | "none" | "all")[];
  /**
   * One reading. Placeholders `{place}` (where the text is), `{sentence}` (verbatim), `{span}` (the words read),
   * `{name}` (the cells' name), `{stated}`, `{expected}`.
   */
  message: string;
  /** Several readings (`办理…218件`). Placeholders as `message` and `{readings}` (each reading's name and value). */
  messageReadings: string;
  /** An all-outcome statement (`均获维持`). Placeholders as `message` and `{cells}` (the cells that deny it). */
  messageAll: string;
}

/** A total in the text against the parts the same text lists after it (`共…N件，其中…a件、b件…`) (S4). */
export interface ProsePartsRule extends SoftRuleBase {
  kind: "prose_parts";
  /** The parts are every component: placeholders `{place}`, `{sentence}`, `{total}`, `{sum}`, `{parts}`. */
  message: string;
  /** Some components only, adding up to more than the total: same placeholders. */
  messagePartial: string;
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
  /**
   * The message when last year's figure plus this year's issued minus repealed is negative: a count cannot be, so no
   * value is suggested; one of the three figures is wrong. Placeholders as `message`, `{expected}` the negative result.
   */
  negativeMessage: string;
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
  | StatementRule
  | ProsePartsRule
  | SimilarityRule
  | CrossYearEqualRule
  | CrossYearStockRule
  | FeeNoticeRule;

const T = (row: string) => table3Key(row, "total");

/**
 * The soft rules of a format, in the order findings are listed; a cross-year rule only with the cells the format has. The text's statements are read in the report's
 * format (S3, S4, S6: a category total is the format's own group, （六）其他处理 is `other_1..3` in 2021 and `other`
 * in 2019); a pair whose cells the format does not have is not checked.
 */
export function softRuleSpecs(format: FormatDef): SoftRule[] {
  const specs: SoftRule[] = [
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
    // 上年度…整改, or last year by its number: 针对2023年度报告中指出的…问题 / 2023年年报所列问题已全部完成整改.
    patterns: [[/上年度|上一年度|上年|去年|往年|前一年/, { yearOffset: -1 }], [/整改|改进|落实/]],
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
    onlyWhenFeesExpected: true,
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
    kind: "statements",
    id: "S3",
    severity: "warning",
    title: "正文数字与表格不一致",
    description:
      "正文中写到的申请件数、办理结果、复议诉讼件数、规章和规范性文件件数、处理决定数应与表格一致；类别合计应为该类各小项之和；“未收到申请”“未发生行政复议”等应与表格的 0 相符",
    source: "report-format.md §3 S3、S4",
    forms: ["count", "none"],
    message: "{place}写“{sentence}”，其中“{span}”与{name}（{expected} 件）不符",
    messageReadings: "{place}写“{sentence}”，其中“{span}”与表格不符：{readings}",
    messageAll: "",
  },
  {
    kind: "prose_parts",
    id: "S4",
    severity: "warning",
    title: "正文合计与所列各项不符",
    description: "正文写“共…N件，其中…a件、b件…”时，所列各项之和应等于合计（列全时）或不超过合计",
    source: "report-format.md §3 S4",
    message: "{place}写“{sentence}”：合计 {total} 件，所列各项（{parts}）之和为 {sum} 件",
    messagePartial: "{place}写“{sentence}”：所列各项（{parts}）之和为 {sum} 件，超过合计 {total} 件",
  },
  {
    kind: "statements",
    id: "S6",
    severity: "warning",
    title: "正文对复议诉讼结果的表述与表四不符",
    description: "正文写“均获维持”“结果为维持”等时，表四该组不能有纠正、其他结果或尚未审结的案件（其他结果同理）",
    source: "report-format.md §3 S6",
    forms: ["all"],
    message: "",
    messageReadings: "",
    messageAll: "{place}写“{sentence}”，其中“{span}”与表格不符：{cells}",
  },
  {
    kind: "fee_notices",
    id: "S5",
    severity: "warning",
    title: "收费通知件数不足",
    description: "表三（六）2（逾期未缴费）大于 0 时，收费通知件数应不少于该数",
    source: "report-format.md §3 S5",
    lapsed: T("other_2"),
    message: "表三（六）2.逾期未按收费通知要求缴纳费用为 {lapsed} 件，但收费通知件数{notices}；请在“报告信息”中填写本年发出的收费通知件数",
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
    negativeMessage:
      "表二 {name}本年废止 {repealed} 件，多于上年现行有效 {previous} 件与本年制发 {issued} 件之和，现行有效件数无从算起；请核对这三个数（本年废止的应是现行有效的文件），现行有效件数为 {current}",
  },
];
  return specs.flatMap((r) => inFormat(r, format));
}

/**
 * A cross-year rule as far as the format has its cells: S1 pairs and S2 rows whose cells the format lacks are dropped,
 * and a rule left with none is not a rule of the format (the 2019 表二 has no 现行有效件数, so S2 is not one of its
 * rules: listed as run it would run on nothing, report-format.md §4 mapping).
 */
function inFormat(rule: SoftRule, format: FormatDef): SoftRule[] {
  const has = (key: CellKey) => format.inputCells.some((c) => c.key === key);
  if (rule.kind === "cross_year_stock") {
    const rows = rule.rows.filter((r) => has(r.inForce) && has(r.issued) && has(r.repealed));
    return rows.length === 0 ? [] : [{ ...rule, rows }];
  }
  if (rule.kind === "cross_year_equal") {
    const pairs = rule.pairs.filter((p) => has(p.current));
    return pairs.length === 0 ? [] : [{ ...rule, pairs }];
  }
  return [rule];
}
