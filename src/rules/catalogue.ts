/**
 * The rule catalogue: every consistency rule of report-format.md §3 as data — id, severity, Chinese title, message
 * template and, for arithmetic rules, every equation with the cells on each side.
 *
 * The equations are expanded from the format's rows and columns, so a cell position is never written here.
 */
import {
  FORMAT_2021,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  table3Key,
  table4Key,
  type CellKey,
  type TableKey,
} from "../format";
import type { CellState } from "../report";

/** 强制 (`error`, must be fixed) or 提示 (`warning`, may be kept with a written 说明). */
export type Severity = "error" | "warning";

/** The Chinese word for each severity, as shown to users. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: "强制", warning: "提示" };

/**
 * One arithmetic equation: `Σ left = Σ right`. `total`, when set, is the single cell on the left that is a printed
 * total; its fix value is `Σ right`.
 */
export interface Equation {
  /** Unique id of the instance, used as the finding id, e.g. `H1.new`, `H2.natural_person`, `H4a`. */
  id: string;
  table: TableKey;
  /** Which row, column or group this instance is about, in Chinese, e.g. `一、本年新收`, `自然人列`. */
  scope: string;
  left: CellKey[];
  right: CellKey[];
  total?: CellKey;
}

/** A rule whose instances are equations between sums of cells (H1–H4). */
export interface SumRule {
  kind: "sum";
  id: string;
  severity: Severity;
  title: string;
  /** The rule in words, for a list of all checks. */
  description: string;
  /** Where the rule comes from. */
  source: string;
  /**
   * The message; placeholders: `{scope}`, `{left}`, `{right}`, `{difference}`, and — when the equation has a total —
   * `{total}` (its name), `{expected}`, `{actual}`.
   */
  messageWithTotal: string;
  /**
   * The message when the total agrees with another equation that holds (so changing it would break that one, and the
   * parts are the likelier error); placeholders as `messageWithTotal` plus `{backedBy}`. No fix value is offered.
   */
  messageTotalBacked: string;
  /** How this rule's equation is named when it backs a total of another rule, e.g. `本行各申请人之和`. */
  backingName: string;
  /** The message for equations without a single total cell. */
  message: string;
  equations: Equation[];
}

/** A rule on each input cell by itself, triggered by the cell's parse state (H5, H6). */
export interface CellRule {
  kind: "cell";
  id: string;
  severity: Severity;
  title: string;
  description: string;
  source: string;
  /** The message for each parse state the rule reports; placeholders `{cell}`, `{raw}`, `{value}`, `{unit}`. */
  messages: Partial<Record<CellState, string>>;
  /** Appended to a message when the cell is a printed total whose parts are all valid; placeholder `{expected}`. */
  fixSuffix: string;
  /** Appended otherwise (what to do next). */
  hint: string;
}

export type Rule = SumRule | CellRule;

const SPEC = "国办公开办函〔2021〕30号 附件";
const results = TABLE3_ROWS.filter((r) => r.isResult && r.key !== "total");
const applicantColumns = TABLE3_COLUMNS.filter((c) => c.key !== "total");

/** H1: for every row of 表三, 总计 = 自然人 + the five 法人或其他组织 columns (25 equations). */
const H1: SumRule = {
  kind: "sum",
  id: "H1",
  severity: "error",
  title: "表三行合计不符",
  description: "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
  source: `${SPEC} 表三（总计列）`,
  messageWithTotal: "{total}应为 {expected}，现为 {actual}（本行各申请人之和为 {expected}，相差 {difference}）",
  messageTotalBacked: "{total}为 {actual}，本行各申请人之和为 {expected}，相差 {difference}；该总计与{backedBy}一致，请核对本行各申请人的数字",
  backingName: "本行各申请人之和",
  message: "{scope}：总计 {left} ≠ 各申请人之和 {right}（相差 {difference}）",
  equations: TABLE3_ROWS.map((r) => ({
    id: `H1.${r.key}`,
    table: "table3",
    scope: r.short,
    left: [table3Key(r.key, "total")],
    right: applicantColumns.map((c) => table3Key(r.key, c.key)),
    total: table3Key(r.key, "total"),
  })),
};

/** H2: for every column of 表三, （七）总计 = the sum of all result items （一）–（六） (7 equations). */
const H2: SumRule = {
  kind: "sum",
  id: "H2",
  severity: "error",
  title: "表三办理结果合计不符",
  description: "表三每一列：（七）总计 = （一）予以公开 + （二）部分公开 + （三）至（六）各小项之和",
  source: `${SPEC} 表三 三、本年度办理结果`,
  messageWithTotal: "{total}应为 {expected}，现为 {actual}（（一）至（六）各项之和为 {expected}，相差 {difference}）",
  messageTotalBacked: "{total}为 {actual}，（一）至（六）各项之和为 {expected}，相差 {difference}；该总计与{backedBy}一致，请核对本列（一）至（六）各项",
  backingName: "（一）至（六）各项之和",
  message: "{scope}：（七）总计 {left} ≠ （一）至（六）各项之和 {right}（相差 {difference}）",
  equations: TABLE3_COLUMNS.map((c) => ({
    id: `H2.${c.key}`,
    table: "table3",
    scope: `${c.key === "other_org" ? "其他组织" : c.label}列`,
    left: [table3Key("total", c.key)],
    right: results.map((r) => table3Key(r.key, c.key)),
    total: table3Key("total", c.key),
  })),
};

/** H3: the printed 勾稽 note, per column: 一 + 二 = 三（七）总计 + 四 (7 equations). */
const H3: SumRule = {
  kind: "sum",
  id: "H3",
  severity: "error",
  title: "表三勾稽关系不符",
  description: "表三每一列：第一项加第二项之和，等于第三项加第四项之和（本年新收 + 上年结转 = 办理结果总计 + 结转下年度）",
  source: `${SPEC} 表三 勾稽关系说明`,
  messageWithTotal: "",
  messageTotalBacked: "",
  backingName: "勾稽关系（本年新收 + 上年结转 = 办理结果总计 + 结转下年度）",
  message:
    "{scope}：本年新收 + 上年结转 = {left}，办理结果总计 + 结转下年度 = {right}，相差 {difference}（第一项加第二项之和应等于第三项加第四项之和）",
  equations: TABLE3_COLUMNS.map((c) => ({
    id: `H3.${c.key}`,
    table: "table3",
    scope: `${c.key === "other_org" ? "其他组织" : c.label}列`,
    left: [table3Key("new", c.key), table3Key("carried_over", c.key)],
    right: [table3Key("total", c.key), table3Key("carried_forward", c.key)],
  })),
};

function groupRule(id: string, g: (typeof TABLE4_GROUPS)[number]): SumRule {
  return {
    kind: "sum",
    id,
    severity: "error",
    title: `表四${g.label}合计不符`,
    description: `表四${g.short}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
    source: `${SPEC} 表四`,
    messageWithTotal: "{total}应为 {expected}，现为 {actual}（维持、纠正、其他、尚未审结之和为 {expected}，相差 {difference}）",
    messageTotalBacked: "{total}为 {actual}，维持、纠正、其他、尚未审结之和为 {expected}，相差 {difference}；请核对各结果的数字",
    backingName: "各结果之和",
    message: "{scope}：总计 {left} ≠ 各结果之和 {right}（相差 {difference}）",
    equations: [
      {
        id,
        table: "table4",
        scope: g.short,
        left: [table4Key(g.key, "total")],
        right: TABLE4_COLUMNS.filter((c) => c.key !== "total").map((c) => table4Key(g.key, c.key)),
        total: table4Key(g.key, "total"),
      },
    ],
  };
}

/** H4a–c: each 表四 group's 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
const H4 = TABLE4_GROUPS.map((g, i) => groupRule(`H4${"abc"[i]}`, g));

/** H5: every count is an integer ≥ 0 and 本年收费金额 a decimal ≥ 0 (万元), typed as a plain number. */
const H5: CellRule = {
  kind: "cell",
  id: "H5",
  severity: "error",
  title: "数值无效",
  description: "件数须为不小于 0 的整数，收费金额须为不小于 0 的数（万元），且以数值形式填写",
  source: "report-format.md §3 H5、S12",
  messages: {
    fullwidth: "{cell}“{raw}”是全角数字，请改为半角数字 {value}",
    with_unit: "{cell}“{raw}”带有单位“{unit}”，单元格只填数字 {value}",
    numeric_text: "{cell}“{raw}”是以文本形式存储的数字，求和时会被忽略，请改为数值 {value}",
    negative: "{cell}为负数 {value}，不能小于 0",
    fraction: "{cell}为 {value}，件数应为整数",
    error_value: "{cell}显示错误值 {raw}（{meaning}），请改为数字",
    formula: "{cell}是公式“{raw}”，但文件中没有它的计算结果；请在 Excel 中打开、重新计算并保存后再检查，或直接填写数字",
    text: "{cell}“{raw}”不是数字，请填写数字",
  },
  fixSuffix: "；按各项之和应为 {expected}",
  hint: "",
};

/** What each Excel error value means, for H5's message (`{meaning}`). */
export const EXCEL_ERROR_MEANINGS: Record<string, string> = {
  "#REF!": "公式引用的单元格已被删除",
  "#DIV/0!": "公式除以 0",
  "#VALUE!": "公式中有不能计算的文字",
  "#NAME?": "公式中有无法识别的名称",
  "#N/A": "公式找不到要查的值",
  "#NUM!": "公式结果不是有效数字",
  "#NULL!": "公式引用的区域没有交集",
  "#SPILL!": "公式结果无法展开",
  "#CALC!": "公式无法计算",
};

/** H6: no cell is blank or a placeholder such as "/": the format expects 0 (blank is missing, not 0). */
const H6: CellRule = {
  kind: "cell",
  id: "H6",
  severity: "error",
  title: "未填数字",
  description: "每个单元格都要填写数字，没有发生的填 0，不能留空或填“/”",
  source: "report-format.md §3 H6",
  messages: {
    blank: "{cell}未填写",
    placeholder: "{cell}填的是“{raw}”，应填数字",
  },
  fixSuffix: "，按各项之和应为 {expected}",
  hint: "，没有发生的请填 0",
};

/** Every rule, in the order findings are listed. */
export const RULES: Rule[] = [H6, H5, H1, H2, H3, ...H4];

/** The rule with this id; throws on an unknown id. */
export function ruleById(id: string): Rule {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`Unknown rule id: ${id}`);
  return r;
}

/** All equations of the sum rules, with their rule. */
export function allEquations(): { rule: SumRule; equation: Equation }[] {
  return RULES.flatMap((rule) => (rule.kind === "sum" ? rule.equations.map((equation) => ({ rule, equation })) : []));
}

/** Number of individual checks the catalogue runs on one report (equations plus one per input cell per cell rule). */
export function checkCount(): number {
  return RULES.reduce((n, r) => n + (r.kind === "sum" ? r.equations.length : FORMAT_2021.inputCells.length), 0);
}
