/**
 * Rules on the report's own information (报告信息): the agency and year every report needs, the contact details of
 * the introduction, the format that fits the year (S7) and the publication date (S10) — as data, with their
 * evaluation. Fields are named as the 报告信息 sheet names them (`agency`, `year`, `publishDate`, `contact`).
 */
import { FORMATS, formatFitsYear, formatForYear, formatOf, isInfoHeading, type FormatDef } from "../format";
import { firstHiddenChar, infoValue, type ReportData } from "../report";
import { classifyAgency, type AgencyKind } from "../prose";
import { fillTemplate, type Finding, type Severity } from "./finding";
import { makeContext, type CheckContext, type Rule } from "./rule";

interface InfoRuleBase {
  id: string;
  severity: Severity;
  title: string;
  description: string;
  source: string;
}

/** A report field that must not be empty. */
export interface RequiredFieldRule extends InfoRuleBase {
  kind: "required";
  field: "agency" | "year";
  message: string;
}

/** At least one of the contact fields must be filled in (the introduction gives a contact address). */
export interface ContactRule extends InfoRuleBase {
  kind: "contact";
  /** The fields of which at least one is needed. */
  anyOf: ("phone" | "address" | "email")[];
  message: string;
}

/**
 * The report's format must be the one for its year (S7): placeholders `{year}`, `{expected}` and `{expectedSource}`
 * (the format for the year), `{format}` (the report's) and `{range}` (the years it is for, from `rangeFrom` or
 * `rangeFromTo`). `messageNoFormat` is for years before the first national format.
 */
export interface FormatYearRule extends InfoRuleBase {
  kind: "format_year";
  message: string;
  messageNoFormat: string;
  rangeFrom: string;
  rangeFromTo: string;
}

/**
 * The publication date (S10, 条例第四十九条): a date `YYYY-MM-DD`, after the statistical period, and by the deadline for
 * the kind of agency the report is from (`classifyAgency`): a department of a government at county level or above by
 * 1月31日 of the next year; a government's own report by 3月31日; a township or street by its local notice, which the
 * 条例 does not fix, and an agency whose kind the name does not show, by the latest date the 条例 sets (3月31日).
 */
export interface PublishDateRule extends InfoRuleBase {
  kind: "publish_date";
  /** Last day by kind of agency, as month and day of the year after the report year. */
  deadlines: Record<AgencyKind, { month: number; day: number }>;
  messageInvalid: string;
  messageTooEarly: string;
  /**
   * When the date is after the deadline, by kind of agency: placeholders `{date}`, `{next}` (the year after the report
   * year), `{month}`, `{day}` (the deadline) and `{who}` (the agency's name and why it is of that kind, or that it is missing).
   */
  messageLate: Record<AgencyKind, string>;
}

/**
 * Bidi controls and invisible characters in 报告信息 (I4): in names, contact details and dates any of them; in long
 * text only bidi controls, which reverse the published sentence (a zero-width space copied from a web page there is
 * harmless). Placeholders `{field}`, `{position}`, `{codePoint}`, `{name}`; `messageBidi` when it is a bidi control.
 */
export interface HiddenCharsRule extends InfoRuleBase {
  kind: "hidden_chars";
  message: string;
  messageBidi: string;
}

/**
 * The report year must be possible (I5): not before the first format's first year (`{first}`) and not after the
 * current year (`{now}`), since no report can yet exist for a year that has not begun. Placeholder `{year}`.
 */
export interface YearRangeRule extends InfoRuleBase {
  kind: "year_range";
  messageTooEarly: string;
  messageFuture: string;
}

export type InfoRule = YearRangeRule | RequiredFieldRule | ContactRule | FormatYearRule | PublishDateRule | HiddenCharsRule;

/** The rules on 报告信息, in the order findings are listed. */
export const INFO_RULES: InfoRule[] = [
  {
    kind: "required",
    id: "I1",
    severity: "error",
    title: "未填机关名称",
    description: "报告标题和落款都要写机关名称",
    source: "report-format.md §1（标题为“<机关>20XX年政府信息公开工作年度报告”）",
    field: "agency",
    message: "“报告信息”中的机关名称未填写：报告标题和落款都需要机关名称",
  },
  {
    kind: "required",
    id: "I2",
    severity: "error",
    title: "未填报告年度",
    description: "报告年度决定标题、统计期限和适用的格式",
    source: "report-format.md §1、§3 S11",
    field: "year",
    message: "“报告信息”中的报告年度未填写：标题和统计期限（1月1日至12月31日）都需要年度",
  },
  {
    kind: "year_range",
    id: "I5",
    severity: "error",
    title: "报告年度不可能",
    description: "报告年度不能早于第一个统一的年报格式，也不能晚于今年",
    source: "report-format.md §3 S7、§4（格式自 2019 年度报告起）",
    messageTooEarly: "报告年度为 {year} 年，早于统一的年报格式（{first} 年度报告起）：请核对报告年度",
    messageFuture: "报告年度为 {year} 年，晚于今年（{now} 年）：该年度还不可能有年报，请核对报告年度",
  },
  {
    kind: "contact",
    id: "I3",
    severity: "warning",
    title: "未填联系方式",
    description: "导语通常写明联系机构、地址、电话，便于公众咨询",
    source: "report-format.md §1（导语写明联系方式，常见做法）",
    anyOf: ["phone", "address", "email"],
    message: "“报告信息”中没有联系地址、电话或电子邮箱：导语应写明联系方式，便于公众对报告提出疑问",
  },
  {
    kind: "hidden_chars",
    id: "I4",
    severity: "error",
    title: "含有看不见的字符",
    description: "机关名称、联系方式等不能含有看不见的字符；文字方向控制符会使发布的文字倒序显示",
    source: "Unicode 双向算法（UAX #9）；issue 9",
    message: "“报告信息”中的{field}第 {position} 个字符是看不见的{name}（{codePoint}）：看起来相同的名称、号码因此并不相同，请删除该字符",
    messageBidi: "“报告信息”中的{field}第 {position} 个字符是{name}（{codePoint}）：发布后其后的文字会倒序显示，请删除该字符",
  },
  {
    kind: "format_year",
    id: "S7",
    severity: "warning",
    title: "格式与年度不符",
    description: "报告使用其年度适用的格式：2019、2020 年度用国办公开办函〔2019〕60号的格式，2021 年度及以后用国办公开办函〔2021〕30号的格式",
    source: "report-format.md §3 S7、§4",
    message: "报告年度为 {year} 年，应使用 {expected}（{expectedSource}）；{format}{range}",
    messageNoFormat: "报告年度为 {year} 年，当年没有统一的年报格式；{format}{range}",
    rangeFrom: "自 {from} 年度报告起使用",
    rangeFromTo: "用于 {from}—{to} 年度的报告",
  },
  {
    kind: "publish_date",
    id: "S10",
    severity: "warning",
    title: "发布日期",
    description:
      "县级以上人民政府部门应于每年1月31日前公布上一年度年报；县级以上地方人民政府的年报于3月31日前公布；乡镇、街道的期限由本地通知规定。适用哪个期限按机关名称判断，判断不了的按3月31日",
    source: "《政府信息公开条例》第四十九条；report-format.md §3 S10、§5",
    deadlines: {
      department: { month: 1, day: 31 },
      government: { month: 3, day: 31 },
      township: { month: 3, day: 31 },
      unknown: { month: 3, day: 31 },
    },
    messageInvalid: "发布日期“{date}”无法识别，请写成“2022-01-20”这样的日期",
    messageTooEarly: "发布日期 {date} 早于统计期限结束（{year}年12月31日），请核对",
    messageLate: {
      department:
        "发布日期 {date} 晚于 {next}年{month}月{day}日：{who}，县级以上人民政府部门应在1月31日前公布上一年度年报（条例第四十九条）",
      government:
        "发布日期 {date} 晚于 {next}年{month}月{day}日：{who}，县级以上地方人民政府的年报应在3月31日前公布（条例第四十九条）",
      township:
        "发布日期 {date} 晚于 {next}年{month}月{day}日：{who}，其期限由本地通知规定（条例第四十九条未规定），但已晚于条例为县级以上地方人民政府年报规定的3月31日",
      unknown:
        "发布日期 {date} 晚于 {next}年{month}月{day}日，即条例第四十九条规定的最晚期限（县级以上地方人民政府的年报）；{who}，如为县级以上人民政府部门，期限为1月31日",
    },
  },
];

/** Parse `YYYY-MM-DD` (also `YYYY/M/D`, `YYYY年M月D日`) into a date, or `undefined` when it is not a real date. */
export function parseReportDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

function finding(rule: InfoRule, message: string, fields: string[]): Finding {
  return { id: rule.id, rule: rule.id, severity: rule.severity, title: rule.title, message, cells: [], fields };
}

/** The first report year any format is for (2019). */
const firstYear = (): number => Math.min(...FORMATS.map((f) => f.years.from));

/** Whether a report year is impossible: before the first format or after the current year. */
function yearImpossible(year: number, now: number): boolean {
  return year < firstYear() || year > now;
}

/** The I5 finding for an impossible report year. */
function yearRange(rule: YearRangeRule, data: ReportData, now: number): Finding[] {
  if (data.year === null || !yearImpossible(data.year, now)) return [];
  const message = data.year > now ? rule.messageFuture : rule.messageTooEarly;
  return [finding(rule, fillTemplate(message, { year: data.year, first: firstYear(), now }), ["year"])];
}

/** The S7 finding when the report's format is not the one for its year (none for an impossible year: I5 says it). */
function formatYear(rule: FormatYearRule, data: ReportData, format: FormatDef, now: number): Finding[] {
  if (data.year === null || formatFitsYear(format, data.year) || yearImpossible(data.year, now)) return [];
  const expected = formatForYear(data.year);
  const { from, to } = format.years;
  const range = fillTemplate(to === undefined ? rule.rangeFrom : rule.rangeFromTo, { from, to: to ?? "" });
  const vars = { year: data.year, format: format.name, range, expected: expected?.name ?? "", expectedSource: expected?.source ?? "" };
  return [finding(rule, fillTemplate(expected ? rule.message : rule.messageNoFormat, vars), ["year"])];
}

/** The I4 findings: one per 报告信息 field holding a hidden character (the first one), in the sheet's order. */
function hiddenChars(rule: HiddenCharsRule, data: ReportData, format: FormatDef): Finding[] {
  const out: Finding[] = [];
  const check = (key: string, label: string, value: unknown, bidiOnly: boolean) => {
    if (typeof value !== "string") return;
    const h = firstHiddenChar(value, bidiOnly);
    if (!h) return;
    const message = fillTemplate(h.bidi ? rule.messageBidi : rule.message, { field: label, position: h.position, codePoint: h.codePoint, name: h.name });
    out.push({ ...finding(rule, message, [key]), id: `${rule.id}.${key}` });
  };
  for (const f of [...format.info.head, ...format.info.tail]) {
    if (!isInfoHeading(f)) check(f.key, f.label, infoValue(data, f.key), f.kind === "longText");
  }
  data.text.overviewExtra.forEach((x, i) => {
    check(`text.overview_extra[${i}].title`, `${format.info.extraTitleLabel}（第 ${i + 1} 个）`, x.title, false);
    check(`text.overview_extra[${i}].body`, `${format.info.extraBodyLabel}（第 ${i + 1} 个）`, x.body, true);
  });
  return out;
}

function evaluate(rule: InfoRule, data: ReportData, format: FormatDef): Finding[] {
  const now = new Date().getFullYear();
  switch (rule.kind) {
    case "year_range":
      return yearRange(rule, data, now);
    case "required": {
      const empty = rule.field === "agency" ? data.agency.trim() === "" : data.year === null;
      return empty ? [finding(rule, rule.message, [rule.field])] : [];
    }
    case "contact":
      return rule.anyOf.some((k) => data.contact[k].trim() !== "") ? [] : [finding(rule, rule.message, ["contact"])];
    case "format_year":
      return formatYear(rule, data, format, now);
    case "hidden_chars":
      return hiddenChars(rule, data, format);
    case "publish_date": {
      const text = data.publishDate.trim();
      if (text === "") return [];
      const date = parseReportDate(text);
      if (!date) return [finding(rule, fillTemplate(rule.messageInvalid, { date: text }), ["publishDate"])];
      if (data.year === null) return [];
      const key = date.year * 10000 + date.month * 100 + date.day;
      if (key <= data.year * 10000 + 1231) {
        return [finding(rule, fillTemplate(rule.messageTooEarly, { date: text, year: data.year }), ["publishDate"])];
      }
      const agency = classifyAgency(data.agency);
      const deadline = rule.deadlines[agency.kind];
      if (key > (data.year + 1) * 10000 + deadline.month * 100 + deadline.day) {
        const name = data.agency.trim();
        const who = name === "" ? agency.reason : `“${name}”${agency.reason}`;
        const vars = { date: text, next: data.year + 1, month: deadline.month, day: deadline.day, who };
        return [finding(rule, fillTemplate(rule.messageLate[agency.kind], vars), ["publishDate"])];
      }
      return [];
    }
  }
}

/** A rule on 报告信息 as a rule. */
export function infoRule(spec: InfoRule): Rule {
  return {
    id: spec.id,
    severity: spec.severity,
    title: spec.title,
    description: spec.description,
    source: spec.source,
    sides: [],
    checks: 1,
    evaluate: (ctx: CheckContext) => evaluate(spec, ctx.data, ctx.format),
  };
}

/** Evaluate the rules on 报告信息. @returns their findings in catalogue order. */
export function checkReportInfo(data: ReportData): Finding[] {
  const ctx = makeContext(data, formatOf(data));
  return INFO_RULES.map(infoRule).flatMap((rule) => rule.evaluate(ctx));
}
