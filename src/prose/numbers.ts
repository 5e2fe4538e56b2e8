/**
 * Numbers as real reports write them: Arabic digits (ASCII or full-width) with or without thousands separators
 * (`1,154`, `1，154`), spaces around them (`申请 17 件`), Chinese numerals (`一百二十三`, `两`, `三千一百一十九`), and the
 * forms that are not exact — approximations (`5500 余条`, `近百件`, `十余件`, `30件左右`) and ranges (`20-30件`,
 * `二三十件`) — which are read but never checked.
 *
 * Only a number followed by a count unit (件, 宗, 起, 份, 个, 条, 次, 例) is a count; a year (`2021年`), a date, a
 * percentage, a decimal or a number followed by another unit (`372人次`, `3940 元`) is not.
 */

/** A count found in a text. `value` is `null` when the number is a range (no single value). */
export interface CountToken {
  /** Offsets in the text: the number with its unit and any approximation words around it. */
  start: number;
  end: number;
  value: number | null;
  /** False for approximations and ranges: such a number is never compared with a cell. */
  exact: boolean;
  /** The unit as written: `件`, `份`, `条` … */
  unit: string;
}

/** The units a count of applications, cases or documents is written with. */
export const COUNT_UNITS = ["件", "宗", "起", "份", "个", "条", "次", "例"] as const;

const DIGIT = "0-9０-９";
const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
const CN = "零〇一二两三四五六七八九十百千万";

/** Words before a number that make it approximate: `近`, `约`, `超过`, `逾`, `不到`. */
const APPROX_BEFORE = /(?:近|将近|接近|约|大约|超过|逾|不到|不足)$/;
/** Before a Chinese numeral only: `上百`, `数十`, `几十`. */
const APPROX_BEFORE_CN = /[上数几]$/;
/** Words after the number (before the unit) that make it approximate: `余`, `多`, `来`. */
const APPROX_INFIX = "余多来";
/** Words after the unit that make it approximate: `左右`, `以上`, `以下`, `上下`, `多`. */
const APPROX_AFTER = /^(?:左右|以上|以下|上下|之多)/;

/** Full-width digits to ASCII. */
function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * The value of a Chinese numeral, or `null` when it is not one single number (`二三` is a range, `几十` is vague).
 * Handles `十二` (12), `一百零五` (105), `三千一百一十九` (3119), `两万` (20000).
 */
export function chineseNumeral(s: string): number | null {
  if (s === "") return null;
  // Two digits side by side without a multiplier (二三十, 三四) are a range.
  for (let i = 1; i < s.length; i++) {
    if (s[i] in CN_DIGITS && s[i - 1] in CN_DIGITS && s[i] !== "零" && s[i - 1] !== "零") return null;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else if (ch === "万") {
      section = (section + (digit ?? 0)) * 10000;
      total += section;
      section = 0;
      digit = null;
    } else if (ch in CN_UNITS) {
      section += (digit ?? 1) * CN_UNITS[ch];
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

const UNIT = COUNT_UNITS.join("");
/**
 * A number candidate: Arabic digits with optional thousands groups, or a Chinese numeral; optional range second part;
 * optional approximation infix; optional spaces; the unit.
 */
const COUNT_RE = new RegExp(
  `([${DIGIT}]{1,3}(?:[,，][${DIGIT}]{3})+(?![${DIGIT}])|[${DIGIT}]+(?:[.．][${DIGIT}]+)?|[${CN}]+)` +
    `(?:\\s*[-—–~～至到]\\s*([${DIGIT}]+|[${CN}]+))?` +
    `[ \\u00a0\\u3000]*([${APPROX_INFIX}])?` +
    `[ \\u00a0\\u3000]*([${UNIT}])`,
  "g",
);

/** Characters that, just before a Chinese numeral, show it is part of a word (`第一`, `每一`, `统一`, `唯一`, `之一`). */
const WORD_BEFORE_CN = /[第每统唯之单同逐周]$/;
/** Words that, just after the unit, show the numeral is part of a fixed phrase (`一件事`, `一件一档`, `一次性`). */
const PHRASE_AFTER = /^(?:事|一档|一策|一码|性)/;
/** Words after the unit that make it a span of time or another measure (`3个工作日`, `5个月`, `2个百分点`). */
const OTHER_MEASURE_AFTER = /^(?:工作日|自然日|小时|天|日|月|年|星期|周|季度|分钟|百分点|人次|批次)/;

/**
 * Every count in a text, in order of position. A number without a count unit after it is not returned; neither is a
 * number that is part of a larger number, a year (`2021年`), an ordinal (`第一`), a percentage or a decimal.
 */
export function findCounts(text: string): CountToken[] {
  const out: CountToken[] = [];
  for (const m of text.matchAll(COUNT_RE)) {
    let start = m.index ?? 0;
    let end = start + m[0].length;
    const raw = m[1];
    const second = m[2];
    const isChinese = new RegExp(`^[${CN}]+$`).test(raw);
    const before = text.slice(0, start);
    // Part of a longer number or a word: a digit, a decimal point or letters right before it.
    if (new RegExp(`[${DIGIT}.．a-zA-Z]$`).test(before)) continue;
    if (isChinese && WORD_BEFORE_CN.test(before)) continue;
    const after = text.slice(end);
    if (isChinese && PHRASE_AFTER.test(after)) continue;
    if (OTHER_MEASURE_AFTER.test(after)) continue;
    // A number with a decimal point is not a count.
    if (/[.．]/.test(raw)) continue;
    let exact = true;
    let value: number | null;
    if (isChinese) value = chineseNumeral(raw);
    else value = Number(asciiDigits(raw).replace(/[,，]/g, ""));
    if (value === null || second !== undefined || m[3] !== undefined) exact = false;
    if (second !== undefined) value = null;
    const approxBefore = APPROX_BEFORE.exec(before) ?? (isChinese ? APPROX_BEFORE_CN.exec(before) : null);
    if (approxBefore) {
      exact = false;
      start -= approxBefore[0].length;
      // 数十, 几百: no single value.
      if (/[数几]$/.test(approxBefore[0])) value = null;
    }
    const approxAfter = APPROX_AFTER.exec(after);
    if (approxAfter) {
      exact = false;
      end += approxAfter[0].length;
    }
    // A Chinese numeral that is vague (几十, 数百) or a range (二三十) has no value.
    if (isChinese && value === null) exact = false;
    out.push({ start, end, value, exact, unit: m[4] });
  }
  return out;
}
