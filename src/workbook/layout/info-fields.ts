/**
 * The fields of 报告信息 as data: one labelled row per report field outside the tables (agency, year, contact,
 * 发布日期, 信息处理费, the text of 一, 五, 六), grouped under headings, and the value of a field in report data.
 */
import { FORMAT_2021, type OverviewItemKey } from "../../format";
import type { ContactInfo, ReportData } from "../../report";
import type { RawValue } from "../port";

/** A field of 报告信息. */
export type InfoFieldKey =
  | "agency"
  | "year"
  | "publishDate"
  | `contact.${keyof ContactInfo}`
  | "processingFees.noticesIssued"
  | "processingFees.collectedYuan"
  | "text.overviewIntro"
  | `text.overview.${OverviewItemKey}`
  | "text.problems"
  | "text.otherMatters";

/** How a 报告信息 field is entered. */
export type InfoFieldKind = "text" | "longText" | "year" | "date" | "count" | "yuan";

/** One labelled row of 报告信息. */
export interface InfoField {
  key: InfoFieldKey;
  /** The label in column A, exactly. */
  label: string;
  kind: InfoFieldKind;
}

/** A group heading row of 报告信息 (no value). */
export interface InfoHeading {
  heading: string;
}

/** Labels of the rows of an added sub-item of 总体情况 (title, then body). */
export const EXTRA_TITLE_LABEL = "补充小节标题";
export const EXTRA_BODY_LABEL = "补充小节正文";
/** Empty added sub-items left for the user after the ones in the data. */
export const EXTRA_SPARE_SLOTS = 3;

const CONTACT_FIELDS: { key: keyof ContactInfo; label: string }[] = [
  { key: "office", label: "联系机构" },
  { key: "address", label: "地址" },
  { key: "postcode", label: "邮编" },
  { key: "phone", label: "电话" },
  { key: "fax", label: "传真" },
  { key: "email", label: "电子邮箱" },
  { key: "website", label: "网址" },
];

const section = (key: string) => FORMAT_2021.sections.find((s) => s.key === key)!.title;

/** The rows of 报告信息 before the added sub-items. */
export const INFO_HEAD: (InfoField | InfoHeading)[] = [
  { heading: "基本信息" },
  { key: "agency", label: "机关名称", kind: "text" },
  { key: "year", label: "报告年度", kind: "year" },
  { key: "publishDate", label: "发布日期", kind: "date" },
  { heading: "联系方式" },
  ...CONTACT_FIELDS.map((c): InfoField => ({ key: `contact.${c.key}`, label: c.label, kind: "text" })),
  { heading: "信息处理费" },
  { key: "processingFees.noticesIssued", label: "信息处理费：收费通知件数", kind: "count" },
  { key: "processingFees.collectedYuan", label: "信息处理费：实收金额（元）", kind: "yuan" },
  { heading: section("overview") },
  { key: "text.overviewIntro", label: "总体情况导语", kind: "longText" },
  ...FORMAT_2021.overviewItems.map((o): InfoField => ({ key: `text.overview.${o.key}`, label: o.title, kind: "longText" })),
];

/** The rows of 报告信息 after the added sub-items. */
export const INFO_TAIL: InfoField[] = [
  { key: "text.problems", label: section("problems"), kind: "longText" },
  { key: "text.otherMatters", label: section("other_matters"), kind: "longText" },
];

/** The title row of 报告信息 and the note beside it. */
export const INFO_TITLE = "报告信息";
export const INFO_TITLE_NOTE = "请在右列浅黄色单元格中填写；统计数字请填在“统计表”工作表。文字可整段粘贴，段落之间用换行（Alt+Enter）分隔。";
/** Whether a row of `INFO_HEAD` is a group heading. */
export const isHeading = (x: InfoField | InfoHeading): x is InfoHeading => "heading" in x;

/** The value of a 报告信息 field in report data, as stored. */
export function infoFieldValue(data: ReportData, key: InfoFieldKey): RawValue {
  if (key === "agency") return data.agency;
  if (key === "year") return data.year;
  if (key === "publishDate") return data.publishDate;
  if (key.startsWith("contact.")) return data.contact[key.slice(8) as keyof ContactInfo];
  if (key === "processingFees.noticesIssued") return data.processingFees.noticesIssued;
  if (key === "processingFees.collectedYuan") return data.processingFees.collectedYuan;
  if (key === "text.overviewIntro") return data.text.overviewIntro;
  if (key.startsWith("text.overview.")) return data.text.overview[key.slice(14) as OverviewItemKey];
  if (key === "text.problems") return data.text.problems;
  return data.text.otherMatters;
}
