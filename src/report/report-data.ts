/**
 * Report data: everything a report holds — agency, year, contact details, text sections, 说明 for kept warnings, and
 * the 200 input values by cell key — and its JSON interchange form (report-format.md §2, "The report data file").
 */
import { type CellKey, type ContactFieldKey, type FormatDef, type FormatId, type FormatVariant, type OverviewItemKey, type Wording } from "../format";
import type { CellValue } from "./cell-input";

/** Contact details printed in the introduction (all free text, as the user typed them). */
export interface ContactInfo extends Record<ContactFieldKey, string> {
  /** The office to contact, e.g. `三明市沙县区工信与科技局办公室`. */
  office: string;
  address: string;
  postcode: string;
  phone: string;
  fax: string;
  email: string;
  /** The portal where the report is published. */
  website: string;
}

/** A sub-item of 总体情况 that the agency added beyond the five official ones (the seed has `（六）2021年主要工作落实情况`). */
export interface ExtraOverviewItem {
  title: string;
  body: string;
}

/** The user's own text for the sections the tables do not cover. */
export interface ReportText {
  /** The lead paragraph of 一、总体情况, before its sub-items. */
  overviewIntro: string;
  /** The body of each of the five official sub-items of 总体情况. */
  overview: Record<OverviewItemKey, string>;
  /** Further sub-items of 总体情况, printed after the five. */
  overviewExtra: ExtraOverviewItem[];
  /** 五、存在的主要问题及改进情况. */
  problems: string;
  /** 六、其他需要报告的事项. */
  otherMatters: string;
  /**
   * For a sub-item of 总体情况 that opens with a generated sentence: whose wording states its figures when the user's
   * text states them too. Absent: decided by the narrative (the user's wording when every figure agrees).
   */
  wording: Partial<Record<OverviewItemKey, Wording>>;
}

/** The 信息处理费 position for section 六 (国办函〔2020〕109号). Amounts in 元, not 万元. */
export interface ProcessingFees {
  /** 收费通知 issued in the year (件). */
  noticesIssued: CellValue;
  /** Fees actually collected in the year (元). */
  collectedYuan: CellValue;
}

/** A 说明 kept with a 提示 finding (issue: explain and keep). */
export interface Explanation {
  /** The finding's id, e.g. `S1.carried_over[total]`. */
  findingId: string;
  text: string;
  /** ISO 8601 time it was written. */
  at: string;
}

/** A whole report's data. Values are raw (`CellValue`); parse them with `parseCellInput` before use. */
export interface ReportData {
  /** The format the report's tables are in (`getFormat(format, formatVariant)`, or `formatOf(data)`). */
  format: FormatId;
  /** Set when the tables are a variant of the format as real reports print it (a 2021 表三 with the 2019 （六） row). */
  formatVariant?: FormatVariant;
  /** The report year (the statistics year, not the publication year), or `null` when not given. */
  year: number | null;
  /** 机关名称, as printed in the title. */
  agency: string;
  contact: ContactInfo;
  text: ReportText;
  processingFees: ProcessingFees;
  /** Publication date printed at the end, `YYYY-MM-DD`, or empty. */
  publishDate: string;
  explanations: Explanation[];
  /** The input values (200 in the 2021 format, 198 in the 2019 format), by cell key. A key that is absent is blank. */
  values: Record<CellKey, CellValue>;
  /** Keys of the data file this version does not know; kept and written back unchanged. */
  extra: Record<string, unknown>;
}

/** An empty contact block. */
export function emptyContact(): ContactInfo {
  return { office: "", address: "", postcode: "", phone: "", fax: "", email: "", website: "" };
}

/** An empty text block. */
export function emptyText(): ReportText {
  return {
    overviewIntro: "",
    overview: {
      proactive_disclosure: "",
      disclosure_on_request: "",
      information_management: "",
      platform: "",
      supervision: "",
    },
    overviewExtra: [],
    problems: "",
    otherMatters: "",
    wording: {},
  };
}

/** A new report in a format with every input cell blank. */
export function emptyReport(format: FormatDef): ReportData {
  const values: Record<CellKey, CellValue> = {};
  for (const c of format.inputCells) values[c.key] = null;
  return {
    format: format.id,
    ...(format.variant ? { formatVariant: format.variant } : {}),
    year: null,
    agency: "",
    contact: emptyContact(),
    text: emptyText(),
    processingFees: { noticesIssued: null, collectedYuan: null },
    publishDate: "",
    explanations: [],
    values,
    extra: {},
  };
}

/** The raw value of a cell (blank when absent). */
export function getValue(data: ReportData, key: CellKey): CellValue {
  const v = data.values[key];
  return v === undefined ? null : v;
}

