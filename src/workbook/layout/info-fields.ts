/**
 * Report data ↔ the fields of 报告信息. The fields themselves (labels, kinds, headings, the labels of an added
 * sub-item of 总体情况) are the format's data (`FormatDef.info`); this file reads and sets a field's value in
 * `ReportData`.
 */
import { WORDING_LABELS, type InfoFieldKey, type OverviewItemKey, type Wording } from "../../format";
import type { ContactInfo, ReportData } from "../../report";
import type { RawValue } from "../port";

/** Empty added sub-items of 总体情况 left for the user after the ones in the data. */
export const EXTRA_SPARE_SLOTS = 3;

/**
 * A value cell of 报告信息: a field's, or the title or body of the `extra`-th added sub-item of 总体情况 (counted over
 * the sheet's rows for them, spare ones included, from 0).
 */
export type InfoTarget = { field: InfoFieldKey } | { extra: number; part: "title" | "body" };

/** The value of a 报告信息 field in report data, as stored. */
export function infoFieldValue(data: ReportData, key: InfoFieldKey): RawValue {
  if (key === "agency") return data.agency;
  if (key === "year") return data.year;
  if (key === "publishDate") return data.publishDate;
  if (key.startsWith("contact.")) return data.contact[key.slice(8) as keyof ContactInfo];
  if (key === "processingFees.noticesIssued") return data.processingFees.noticesIssued;
  if (key === "processingFees.collectedYuan") return data.processingFees.collectedYuan;
  if (key === "text.overviewIntro") return data.text.overviewIntro;
  if (key.startsWith("text.wording.")) {
    const w = data.text.wording[key.slice(13) as OverviewItemKey];
    return w === undefined ? null : WORDING_LABELS[w];
  }
  if (key.startsWith("text.overview.")) return data.text.overview[key.slice(14) as OverviewItemKey];
  if (key === "text.problems") return data.text.problems;
  return data.text.otherMatters;
}

/**
 * A wording choice as typed in 报告信息 (`生成`, `原文`, also `生成的语句`, `本单位原文`, `自动`, blank), or `invalid`.
 */
export function parseWording(text: string): Wording | "auto" | "invalid" {
  const t = text.replace(/\s+/g, "");
  if (t === "" || t === "自动") return "auto";
  for (const [w, label] of Object.entries(WORDING_LABELS) as [Wording, string][]) if (t.startsWith(label) || t.endsWith(label)) return w;
  return "invalid";
}

/** Set a text field of 报告信息 in report data (agency, contact, the text sections). */
export function setInfoText(data: ReportData, key: InfoFieldKey, text: string): void {
  if (key === "agency") data.agency = text;
  else if (key.startsWith("contact.")) data.contact[key.slice(8) as keyof ContactInfo] = text;
  else if (key === "text.overviewIntro") data.text.overviewIntro = text;
  else if (key.startsWith("text.overview.")) data.text.overview[key.slice(14) as OverviewItemKey] = text;
  else if (key === "text.problems") data.text.problems = text;
  else if (key === "text.otherMatters") data.text.otherMatters = text;
}
