/**
 * Report data: everything a report holds — agency, year, contact details, text sections, 说明 for kept warnings, and
 * the 200 input values by cell key — and its JSON interchange form (report-format.md §2, "The report data file").
 */
import {
  FORMAT_2021,
  TABLE2_BLOCKS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  table3Key,
  table4Key,
  type CellKey,
  type OverviewItemKey,
} from "../format";
import type { CellValue } from "./cell-input";

/** Contact details printed in the introduction (all free text, as the user typed them). */
export interface ContactInfo {
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
  format: "2021";
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
  /** The 200 input values, by cell key. A key that is absent is blank. */
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
  };
}

/** A new report with every input cell blank. */
export function emptyReport(): ReportData {
  const values: Record<CellKey, CellValue> = {};
  for (const c of FORMAT_2021.inputCells) values[c.key] = null;
  return {
    format: "2021",
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

// ───────────────────────────── JSON ─────────────────────────────

/** Thrown when a report data file cannot be read; `problems` lists every defect found, in Chinese. */
export class ReportDataError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join("；"));
    this.name = "ReportDataError";
  }
}

const KNOWN_KEYS = new Set([
  "format",
  "year",
  "agency",
  "table2",
  "table3",
  "table4",
  "contact",
  "text",
  "processing_fees",
  "publish_date",
  "explanations",
]);

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function cellValueOf(x: unknown, where: string, problems: string[]): CellValue {
  if (x === null || x === undefined) return null;
  if (typeof x === "number" || typeof x === "string") return x;
  problems.push(`${where} 应为数字、null 或文字，现为 ${JSON.stringify(x)}`);
  return null;
}

function str(x: unknown): string {
  return typeof x === "string" ? x : "";
}

/**
 * Read a report data file (already parsed from JSON).
 *
 * Accepts numbers, `null` (blank) and strings (kept as typed) for every cell; rows of 表三 must have 7 values and
 * groups of 表四 5, because a short row cannot be placed without guessing. Unknown top-level keys are kept in `extra`.
 *
 * @throws ReportDataError listing every structural problem (wrong format id, wrong row length, wrong types).
 */
export function reportFromJson(json: unknown): ReportData {
  const problems: string[] = [];
  if (!isObject(json)) throw new ReportDataError(["文件内容不是一个 JSON 对象"]);
  const format = json.format === undefined ? "2021" : String(json.format);
  if (format === "2019") {
    throw new ReportDataError(["这是 2019 格式（国办公开办函〔2019〕60号）的报告，目前只支持 2021 格式"]);
  }
  if (format !== "2021") throw new ReportDataError([`不认识的格式“${format}”，应为 "2021"`]);
  const data = emptyReport();
  if (json.year !== undefined && json.year !== null) {
    if (typeof json.year === "number" && Number.isInteger(json.year)) data.year = json.year;
    else problems.push(`year 应为整数年份，现为 ${JSON.stringify(json.year)}`);
  }
  data.agency = str(json.agency);

  const t2 = json.table2;
  if (t2 !== undefined) {
    if (!isObject(t2)) problems.push("table2 应为对象");
    else
      for (const block of TABLE2_BLOCKS)
        for (const row of block.rows) {
          if ("columns" in row) {
            const r = t2[row.key];
            if (r === undefined || r === null) continue;
            if (!isObject(r)) {
              problems.push(`table2.${row.key} 应为对象`);
              continue;
            }
            for (const c of row.columns) {
              const key = `table2.${row.key}.${c.key}`;
              data.values[key] = cellValueOf(r[c.key], key, problems);
            }
          } else {
            const key = `table2.${row.key}`;
            data.values[key] = cellValueOf(t2[row.key], key, problems);
          }
        }
  }

  const t3 = json.table3;
  if (t3 !== undefined) {
    if (!isObject(t3)) problems.push("table3 应为对象");
    else {
      if ("other" in t3 && !("other_1" in t3)) {
        problems.push("table3 有 2019 格式的单行“other”（其他处理），2021 格式应为 other_1、other_2、other_3 三行");
      }
      for (const row of TABLE3_ROWS) {
        const arr = t3[row.key];
        if (arr === undefined || arr === null) continue;
        if (!Array.isArray(arr) || arr.length !== TABLE3_COLUMNS.length) {
          problems.push(`table3.${row.key} 应为 ${TABLE3_COLUMNS.length} 个值的数组（${TABLE3_COLUMNS.map((c) => c.label).join("、")}）`);
          continue;
        }
        TABLE3_COLUMNS.forEach((c, i) => {
          const key = table3Key(row.key, c.key);
          data.values[key] = cellValueOf(arr[i], key, problems);
        });
      }
    }
  }

  const t4 = json.table4;
  if (t4 !== undefined) {
    if (!isObject(t4)) problems.push("table4 应为对象");
    else
      for (const g of TABLE4_GROUPS) {
        const arr = t4[g.key];
        if (arr === undefined || arr === null) continue;
        if (!Array.isArray(arr) || arr.length !== TABLE4_COLUMNS.length) {
          problems.push(`table4.${g.key} 应为 ${TABLE4_COLUMNS.length} 个值的数组（${TABLE4_COLUMNS.map((c) => c.label).join("、")}）`);
          continue;
        }
        TABLE4_COLUMNS.forEach((c, i) => {
          const key = table4Key(g.key, c.key);
          data.values[key] = cellValueOf(arr[i], key, problems);
        });
      }
  }

  if (isObject(json.contact)) {
    for (const k of Object.keys(data.contact) as (keyof ContactInfo)[]) data.contact[k] = str(json.contact[k]);
  }
  if (isObject(json.text)) {
    const t = json.text;
    data.text.overviewIntro = str(t.overview_intro);
    if (isObject(t.overview)) {
      for (const k of Object.keys(data.text.overview) as OverviewItemKey[]) data.text.overview[k] = str(t.overview[k]);
    }
    if (Array.isArray(t.overview_extra)) {
      data.text.overviewExtra = t.overview_extra.filter(isObject).map((x) => ({ title: str(x.title), body: str(x.body) }));
    }
    data.text.problems = str(t.problems);
    data.text.otherMatters = str(t.other_matters);
  }
  if (isObject(json.processing_fees)) {
    data.processingFees.noticesIssued = cellValueOf(json.processing_fees.notices_issued, "processing_fees.notices_issued", problems);
    data.processingFees.collectedYuan = cellValueOf(json.processing_fees.collected_yuan, "processing_fees.collected_yuan", problems);
  }
  data.publishDate = str(json.publish_date);
  if (Array.isArray(json.explanations)) {
    data.explanations = json.explanations
      .filter(isObject)
      .map((e) => ({ findingId: str(e.finding), text: str(e.text), at: str(e.at) }))
      .filter((e) => e.findingId !== "");
  }
  for (const [k, v] of Object.entries(json)) if (!KNOWN_KEYS.has(k)) data.extra[k] = v;
  if (problems.length > 0) throw new ReportDataError(problems);
  return data;
}

/**
 * Write report data as a JSON-ready object in the spec's layout (table2 nested, table3/table4 rows as arrays),
 * followed by the report fields and the unknown keys kept from the input.
 */
export function reportToJson(data: ReportData): Record<string, unknown> {
  const v = (key: CellKey) => getValue(data, key);
  const table2: Record<string, unknown> = {};
  for (const block of TABLE2_BLOCKS)
    for (const row of block.rows) {
      if ("columns" in row) {
        table2[row.key] = Object.fromEntries(row.columns.map((c) => [c.key, v(`table2.${row.key}.${c.key}`)]));
      } else table2[row.key] = v(`table2.${row.key}`);
    }
  const table3 = Object.fromEntries(TABLE3_ROWS.map((r) => [r.key, TABLE3_COLUMNS.map((c) => v(table3Key(r.key, c.key)))]));
  const table4 = Object.fromEntries(TABLE4_GROUPS.map((g) => [g.key, TABLE4_COLUMNS.map((c) => v(table4Key(g.key, c.key)))]));
  return {
    format: data.format,
    year: data.year,
    agency: data.agency,
    table2,
    table3,
    table4,
    contact: { ...data.contact },
    text: {
      overview_intro: data.text.overviewIntro,
      overview: { ...data.text.overview },
      overview_extra: data.text.overviewExtra.map((x) => ({ ...x })),
      problems: data.text.problems,
      other_matters: data.text.otherMatters,
    },
    processing_fees: {
      notices_issued: data.processingFees.noticesIssued,
      collected_yuan: data.processingFees.collectedYuan,
    },
    publish_date: data.publishDate,
    explanations: data.explanations.map((e) => ({ finding: e.findingId, text: e.text, at: e.at })),
    ...data.extra,
  };
}
