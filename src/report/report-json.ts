/**
 * The report data file (report-format.md §2, "The report data file"): reading it in whichever format it is in, and
 * writing it in its format's canonical layout.
 *
 * The format is `format` when the layout agrees; a file that does not say it, or whose layout contradicts it, is read
 * as the layout it has, with a problem saying so (S7). A 2021-format 表三 with the 2019 single （六）其他处理 row is
 * read as that row (format variant `single_other_row`), with one problem saying what to do. The 2019 表二 may be
 * written by its printed labels under `table2_2019` (as transcriptions of published reports do); it is written back
 * under `table2` with the canonical keys.
 */
import {
  formatForYear,
  formatOf,
  FORMATS,
  getFormat,
  isFormatId,
  latestFormat,
  normalizeLabel,
  table2Key,
  table3Key,
  table4Key,
  UnknownFormatError,
  type CellKey,
  type FormatDef,
  type OverviewItemKey,
} from "../format";
import type { CellValue } from "./cell-input";
import type { ReadProblem, ReportRead } from "./read-problem";
import { emptyReport, getValue, type ContactInfo, type ReportData } from "./report-data";

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
  ...FORMATS.flatMap((f) => (f.labelledTable2Key ? [f.labelledTable2Key] : [])),
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

/**
 * `text.wording`: for each sub-item of 总体情况, `"generated"` or `"user"`; anything else is a problem naming the
 * field (never silently dropped).
 */
function readWording(x: unknown, data: ReportData, problems: string[]): void {
  if (!isObject(x)) {
    problems.push(`text.wording 应为对象（如 {"disclosure_on_request": "user"}），现为 ${JSON.stringify(x)}`);
    return;
  }
  for (const [k, v] of Object.entries(x)) {
    if (!(k in data.text.overview)) problems.push(`text.wording.${k} 不是总体情况的小节`);
    else if (v === "generated" || v === "user") data.text.wording[k as OverviewItemKey] = v;
    else if (v !== null && v !== "") problems.push(`text.wording.${k} 应为 "generated" 或 "user"，现为 ${JSON.stringify(v)}`);
  }
}

function str(x: unknown): string {
  return typeof x === "string" ? x : "";
}

// ───────────────────────────── which format ─────────────────────────────

/** The cell keys a `table2` object holds (`table2.regulations.issued`, `table2.licensing`). */
function table2Keys(t2: Record<string, unknown>): CellKey[] {
  return Object.entries(t2).flatMap(([row, v]) => (isObject(v) ? Object.keys(v).map((c) => table2Key(row, c)) : [table2Key(row, "")]));
}

/** The format whose 表二 the file holds: by its labelled key, or by the most cell keys of `table2` a format has. */
function table2Layout(json: Record<string, unknown>): FormatDef | undefined {
  const labelled = FORMATS.find((f) => f.labelledTable2Key && isObject(json[f.labelledTable2Key]));
  if (labelled) return labelled;
  if (!isObject(json.table2)) return undefined;
  const keys = table2Keys(json.table2);
  const scored = FORMATS.map((f) => ({ f, n: keys.filter((k) => f.inputCells.some((c) => c.key === k)).length })).sort((a, b) => b.n - a.n);
  return scored[0].n > 0 && scored[0].n > (scored[1]?.n ?? 0) ? scored[0].f : undefined;
}

const hasRows = (t3: unknown, rows: string[]) => isObject(t3) && rows.some((r) => r in t3);

/**
 * The format to read a file in, and the problems that choice raises (S7).
 * @throws ReportDataError naming the `format` field when it holds an unknown value.
 */
function chooseFormat(json: Record<string, unknown>): { format: FormatDef; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const stated = json.format;
  if (stated !== undefined && !isFormatId(stated)) throw new ReportDataError([new UnknownFormatError(stated).message]);
  const byTable2 = table2Layout(json);
  const single = hasRows(json.table3, ["other"]) && !hasRows(json.table3, ["other_1", "other_2", "other_3"]);
  const split = hasRows(json.table3, ["other_1", "other_2", "other_3"]);
  let format: FormatDef;
  if (stated !== undefined) {
    format = getFormat(stated);
    if (byTable2 && byTable2.id !== format.id) {
      problems.push({
        kind: "format_contradicted",
        table: "table2",
        message: `报告数据的 format 为 "${format.id}"，但表二是${byTable2.name}（${byTable2.source}）的版式，已按${byTable2.name}读取；请核对 format 字段和报告年度`,
      });
      format = byTable2;
    }
  } else {
    const byTable3 = split ? FORMATS.find((f) => f.structure.table3.rows.some((r) => r.key === "other_1")) : single ? FORMATS.find((f) => f.structure.table3.rows.some((r) => r.key === "other")) : undefined;
    const year = typeof json.year === "number" ? json.year : undefined;
    format = byTable2 ?? byTable3 ?? (year !== undefined ? formatForYear(year) : undefined) ?? latestFormat();
    const how = byTable2 || byTable3 ? "按其表格" : year !== undefined && formatForYear(year) ? `按报告年度 ${year}` : "按现行格式";
    problems.push({
      kind: "format_unstated",
      message: `报告数据没有写明格式（format 字段），已${how}读为${format.name}（${format.source}）；请在文件中写明 "format": "${format.id}"`,
    });
  }
  const formatSplits = !format.structure.table3.rows.some((r) => r.key === "other");
  if (formatSplits && single) {
    format = getFormat(format.id, "single_other_row");
    problems.push({
      kind: "single_other_row",
      table: "table3",
      message: `表三（六）其他处理只填了一行（2019 年格式的写法），${format.name}分为 1.申请人无正当理由逾期不补正、2.申请人逾期未按收费通知要求缴纳费用、3.其他 三行；已按一行核对勾稽关系，请按 ${format.name}把这些申请分到三行中填写`,
    });
  }
  return { format, problems };
}

// ───────────────────────────── reading ─────────────────────────────

function readTable2(json: Record<string, unknown>, format: FormatDef, data: ReportData, problems: string[]): void {
  const labelledKey = format.labelledTable2Key;
  const labelled = labelledKey && isObject(json[labelledKey]) ? (json[labelledKey] as Record<string, unknown>) : undefined;
  const t2 = labelled ?? json.table2;
  if (t2 === undefined) return;
  const name = labelled ? labelledKey! : "table2";
  if (!isObject(t2)) {
    problems.push(`${name} 应为对象`);
    return;
  }
  const pick = (obj: Record<string, unknown>, key: string, label: string): unknown => {
    if (!labelled) return obj[key];
    const k = Object.keys(obj).find((x) => normalizeLabel(x) === normalizeLabel(label));
    return k === undefined ? undefined : obj[k];
  };
  const known = new Set<string>();
  for (const block of format.structure.table2.blocks)
    for (const row of block.rows) {
      known.add(normalizeLabel(labelled ? row.label : row.key));
      const single = block.columns.length === 1 && block.columns[0].key === "";
      const r = pick(t2, row.key, row.label);
      if (single) {
        const key = table2Key(row.key, "");
        data.values[key] = cellValueOf(r, key, problems);
        continue;
      }
      if (r === undefined || r === null) continue;
      if (!isObject(r)) {
        problems.push(`${name}.${labelled ? row.label : row.key} 应为对象`);
        continue;
      }
      for (const c of block.columns) {
        const key = table2Key(row.key, c.key);
        data.values[key] = cellValueOf(pick(r, c.key, c.label), key, problems);
      }
    }
  if (labelled)
    for (const k of Object.keys(t2))
      if (!known.has(normalizeLabel(k))) problems.push(`${name} 中的“${k}”不是${format.name}表二的栏目`);
}

function readRows(
  obj: unknown,
  name: string,
  rows: { key: string }[],
  columns: { key: string; label: string }[],
  keyOf: (row: string, col: string) => CellKey,
  data: ReportData,
  problems: string[],
): void {
  if (obj === undefined) return;
  if (!isObject(obj)) {
    problems.push(`${name} 应为对象`);
    return;
  }
  for (const row of rows) {
    const arr = obj[row.key];
    if (arr === undefined || arr === null) continue;
    if (!Array.isArray(arr) || arr.length !== columns.length) {
      problems.push(`${name}.${row.key} 应为 ${columns.length} 个值的数组（${columns.map((c) => c.label).join("、")}）`);
      continue;
    }
    columns.forEach((c, i) => {
      const key = keyOf(row.key, c.key);
      data.values[key] = cellValueOf(arr[i], key, problems);
    });
  }
}

/**
 * Read a report data file (already parsed from JSON), with the problems of its format (S7).
 *
 * Accepts numbers, `null` (blank) and strings (kept as typed) for every cell; rows of 表三 must have 7 values and
 * groups of 表四 5, because a short row cannot be placed without guessing. Unknown top-level keys are kept in `extra`.
 *
 * @throws ReportDataError listing every structural problem (an unknown `format` value, naming the field; wrong row
 *   lengths; wrong types).
 */
export function readReportJson(json: unknown): ReportRead {
  if (!isObject(json)) throw new ReportDataError(["文件内容不是一个 JSON 对象"]);
  const { format, problems: readProblems } = chooseFormat(json);
  const problems: string[] = [];
  const data = emptyReport(format);
  if (json.year !== undefined && json.year !== null) {
    if (typeof json.year === "number" && Number.isInteger(json.year)) data.year = json.year;
    else problems.push(`year 应为整数年份，现为 ${JSON.stringify(json.year)}`);
  }
  data.agency = str(json.agency);
  readTable2(json, format, data, problems);
  const t3 = format.structure.table3;
  readRows(json.table3, "table3", t3.rows, t3.columns, table3Key, data, problems);
  const t4 = format.structure.table4;
  readRows(json.table4, "table4", t4.groups, t4.columns, table4Key, data, problems);

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
    if (t.wording !== undefined) readWording(t.wording, data, problems);
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
  return { data, problems: readProblems };
}

/**
 * Read a report data file (already parsed from JSON) as report data, without the problems of its format; see
 * `readReportJson`, which the check pipeline uses so those problems become findings.
 * @throws ReportDataError as `readReportJson`.
 */
export function reportFromJson(json: unknown): ReportData {
  return readReportJson(json).data;
}

/**
 * Write report data as a JSON-ready object in its format's canonical layout (table2 nested by row and column key,
 * table3/table4 rows as arrays in column order), followed by the report fields and the unknown keys kept from the
 * input.
 */
export function reportToJson(data: ReportData): Record<string, unknown> {
  const format = formatOf(data);
  const v = (key: CellKey) => getValue(data, key);
  const table2: Record<string, unknown> = {};
  for (const block of format.structure.table2.blocks)
    for (const row of block.rows) {
      if (block.columns.length === 1 && block.columns[0].key === "") table2[row.key] = v(table2Key(row.key, ""));
      else table2[row.key] = Object.fromEntries(block.columns.map((c) => [c.key, v(table2Key(row.key, c.key))]));
    }
  const t3 = format.structure.table3;
  const t4 = format.structure.table4;
  const table3 = Object.fromEntries(t3.rows.map((r) => [r.key, t3.columns.map((c) => v(table3Key(r.key, c.key)))]));
  const table4 = Object.fromEntries(t4.groups.map((g) => [g.key, t4.columns.map((c) => v(table4Key(g.key, c.key)))]));
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
      ...(Object.keys(data.text.wording).length > 0 ? { wording: { ...data.text.wording } } : {}),
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
