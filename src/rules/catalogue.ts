/**
 * The hard rules (强制) of report-format.md §3 as data: the wording of each sum rule (H1–H4: title, description,
 * source, messages) and of each cell rule (H5, H6). Their instances — the equations, with the cells on each side — are
 * the format's (`FormatDef.equations`), so a cell position or an equation is never written here; `engine.ts` turns
 * both into rules.
 */
import type { CellState } from "../report";
import type { Severity } from "./finding";

/** The wording of a sum rule (H1–H4), whose instances are the format's equations with this rule id. */
export interface SumWording {
  title: string;
  description: string;
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
}

/** A rule on each input cell by itself, triggered by the cell's parse state (H5, H6). */
export interface CellRuleDef {
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

/** Filled with the format's notice: `国办公开办函〔2021〕30号 附件`. */
const SPEC = "{notice} 附件";

/** The wording of H1, H2, H3 and H4 (H4a–c share it; `{group}` is the 表四 group's label). */
export const SUM_WORDING: Record<"H1" | "H2" | "H3" | "H4", SumWording> = {
  H1: {
    title: "表三行合计不符",
    description: "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
    source: `${SPEC} 表三（总计列）`,
    messageWithTotal: "{total}应为 {expected}，现为 {actual}（本行各申请人之和为 {expected}，相差 {difference}）",
    messageTotalBacked: "{total}为 {actual}，本行各申请人之和为 {expected}，相差 {difference}；该总计与{backedBy}一致，请核对本行各申请人的数字",
    backingName: "本行各申请人之和",
    message: "{scope}：总计 {left} ≠ 各申请人之和 {right}（相差 {difference}）",
  },
  H2: {
    title: "表三办理结果合计不符",
    description: "表三每一列：（七）总计 = （一）予以公开 + （二）部分公开 + （三）至（六）各项之和",
    source: `${SPEC} 表三 三、本年度办理结果`,
    messageWithTotal: "{total}应为 {expected}，现为 {actual}（（一）至（六）各项之和为 {expected}，相差 {difference}）",
    messageTotalBacked: "{total}为 {actual}，（一）至（六）各项之和为 {expected}，相差 {difference}；该总计与{backedBy}一致，请核对本列（一）至（六）各项",
    backingName: "（一）至（六）各项之和",
    message: "{scope}：（七）总计 {left} ≠ （一）至（六）各项之和 {right}（相差 {difference}）",
  },
  H3: {
    title: "表三勾稽关系不符",
    description: "表三每一列：第一项加第二项之和，等于第三项加第四项之和（本年新收 + 上年结转 = 办理结果总计 + 结转下年度）",
    source: `${SPEC} 表三 勾稽关系说明`,
    messageWithTotal: "",
    messageTotalBacked: "",
    backingName: "勾稽关系（本年新收 + 上年结转 = 办理结果总计 + 结转下年度）",
    message:
      "{scope}：本年新收 + 上年结转 = {left}，办理结果总计 + 结转下年度 = {right}，相差 {difference}（第一项加第二项之和应等于第三项加第四项之和）",
  },
  H4: {
    title: "表四{group}合计不符",
    description: "表四{scope}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
    source: `${SPEC} 表四`,
    messageWithTotal: "{total}应为 {expected}，现为 {actual}（维持、纠正、其他、尚未审结之和为 {expected}，相差 {difference}）",
    messageTotalBacked: "{total}为 {actual}，维持、纠正、其他、尚未审结之和为 {expected}，相差 {difference}；请核对各结果的数字",
    backingName: "各结果之和",
    message: "{scope}：总计 {left} ≠ 各结果之和 {right}（相差 {difference}）",
  },
};

/** The wording of a sum rule by its id (`H4b` → H4's). */
export function sumWording(ruleId: string): SumWording {
  const w = SUM_WORDING[ruleId.slice(0, 2) as keyof typeof SUM_WORDING];
  if (!w) throw new Error(`No wording for sum rule ${ruleId}`);
  return w;
}

/**
 * H5: every count is an integer ≥ 0 (the 2019 本年增/减 an integer, which may be negative), 本年收费金额 a decimal
 * ≥ 0 (万元), the 2019 采购总金额 a decimal ≥ 0 with its unit as written — typed as a plain number.
 */
export const H5: CellRuleDef = {
  id: "H5",
  severity: "error",
  title: "数值无效",
  description: "件数须为不小于 0 的整数（本年增/减可为负整数），金额须为不小于 0 的数，且以数值形式填写",
  source: "report-format.md §3 H5、S12，§4（本年增/减）",
  messages: {
    fullwidth: "{cell}“{raw}”是全角数字，请改为半角数字 {value}",
    with_unit: "{cell}“{raw}”带有单位“{unit}”，单元格只填数字 {value}",
    foreign_unit: "{cell}“{raw}”的单位是“{unit}”，{unitHint}",
    hidden: "{cell}“{raw}”的第 {position} 个字符是看不见的{hiddenName}（{codePoint}），单元格因此不是数字；请清除单元格后重新输入",
    inexact: "{cell}“{raw}”超出能准确保存的范围（最多 15 位有效数字，整数不超过 9007199254740991），保存或求和时会被改变，请核对后重新填写",
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
export const H6: CellRuleDef = {
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
