/**
 * How the input cells of the report sheets look and what they accept: fills, number formats, data validation, the
 * alert style of a broken total.
 */
import type { CellKind } from "../../format";
import type { CellStyle, ValidationRule } from "../port";

/** Fill of input cells (light yellow) and of label cells on 报告信息 (light grey). */
export const INPUT_FILL = "#FFF2CC";
export const LABEL_FILL = "#F2F2F2";
/** Conditional-format style of a broken total or a cell that is not a number. */
export const ALERT_STYLE = { fill: "#F8CBAD", fontColor: "#9C0006" };

/** Number format of count cells (件) and of the 万元 fee (shows up to six decimals, stores the value unrounded). */
export const COUNT_FORMAT = "0";
export const AMOUNT_FORMAT = "0.00####";

/** Number format of an amount written with its unit (`251000元`): shown as typed. */
export const WRITTEN_AMOUNT_FORMAT = "General";

/**
 * The data validation of input cells by kind. An amount written with its unit (the 2019 采购总金额, `251000元`) has
 * none: Excel's validation would refuse the unit; the rules check it (H5).
 */
export const VALIDATION: Partial<Record<CellKind, ValidationRule>> = {
  count: {
    type: "wholeNumber",
    min: 0,
    promptTitle: "填写件数",
    prompt: "请填写大于或等于 0 的整数（件）。没有发生的填 0，不要留空或填“/”。",
    errorTitle: "只能填写整数",
    error: "此处只能填写大于或等于 0 的整数（件），不能填小数、负数、文字或“/”。没有发生的请填 0。",
  },
  amount: {
    type: "decimal",
    min: 0,
    promptTitle: "填写金额（万元）",
    prompt: "单位：万元，可填小数，按实际金额填写，不要四舍五入。没有收费的填 0。",
    errorTitle: "只能填写金额",
    error: "此处只能填写大于或等于 0 的数（单位：万元），不能填文字或“/”。没有收费的请填 0。",
  },
  signed_count: {
    type: "wholeNumber",
    min: -999999999,
    promptTitle: "填写增减数",
    prompt: "请填写整数（件）：增加填正数，减少填负数，没有变化的填 0。",
    errorTitle: "只能填写整数",
    error: "此处只能填写整数（件），减少填负数，不能填小数、文字或“/”。没有变化的请填 0。",
  },
};

/** The number format of an input cell of a kind. */
function numberFormatOf(kind: CellKind): string {
  if (kind === "amount") return AMOUNT_FORMAT;
  if (kind === "written_amount") return WRITTEN_AMOUNT_FORMAT;
  return COUNT_FORMAT;
}

/** The style of an inserted input cell of a kind: light fill, unlocked, its number format. */
export function inputStyle(kind: CellKind): CellStyle {
  return { fill: INPUT_FILL, locked: false, numberFormat: numberFormatOf(kind) };
}

/** Whether text in an input cell of a kind is marked as not a number (an amount written with its unit is not). */
export function marksText(kind: CellKind): boolean {
  return kind !== "written_amount";
}
