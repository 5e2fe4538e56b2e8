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
  displayName,
  formatForYear,
  formatOf,
  FORMATS,
  getFormat,
  infoFieldName,
  isFormatId,
  latestFormat,
  normalizeLabel,
  rowDisplayName,
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
import { CELL_TEXT_LIMIT, checkKeys, describeValue, keyNamed, nearKey, subject, textField } from "./json-keys";

/** Thrown when a report data file cannot be read; `problems` lists every defect found, in Chinese. */
export class ReportDataError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join("；"));
    this.name = "ReportDataError";
  }
}

/**
 * Thrown for JSON that is not report data at all: none of the report data's fields (`format`, `year`, `agency`,
 * `table2`…) at its top level, or not an object. The message is Chinese and says what the file looks like
 * (`不是年报数据文件：它是 nianbao check --json 输出的检查结果…`); a report data file with only some fields is not this.
 */
export class NotReportDataError extends ReportDataError {
  constructor(message: string) {
    super([message]);
    this.name = "NotReportDataError";
  }
}

/** What a JSON value that is not report data looks like, in Chinese: the end of `NotReportDataError`'s message. */
function nonReportKind(json: unknown): string {
  const listed = (keys: string[]) => keys.slice(0, 6).map((k) => `“${k}”`).join("、") + (keys.length > 6 ? ` 等 ${keys.length} 个` : "");
  if (Array.isArray(json)) return `文件内容是一个 JSON 列表（${json.length} 项），不是报告数据对象`;
  if (!isObject(json)) return `文件内容是${json === null ? " null" : typeof json === "string" ? "一段文字" : typeof json === "number" ? "一个数字" : "一个真假值"}，不是报告数据对象`;
  const files = Array.isArray(json.files) ? (json.files as unknown[]).filter(isObject) : [];
  if (json.document === "nianbao-check" || files.some((f) => "findings" in f || ("status" in f && "file" in f))) {
    return "它是 nianbao check --json 输出的检查结果；请检查原来的报告文件，或把检查结果另存到别的文件夹";
  }
  if (files.some((f) => "readCells" in f || "undetermined" in f)) return "它是 nianbao import --json 输出的读取结果；报告数据请用 nianbao import -o 写出";
  const keys = Object.keys(json);
  if (keys.length === 0) return "它是一个空的 JSON 对象（{}）";
  return `其中的字段为${listed(keys)}`;
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

/**
 * Top-level keys this product writes beside the report data and keeps as they are, without a finding: `aggregated_from`
 * (the units a parent's data file was summed from, written by `nianbao aggregate -o 汇总.json`).
 */
const KEPT_KEYS = new Set(["aggregated_from"]);

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** A cell named for a message: its name in the format, then its key for users of the data file (`表三 一、本年新收·自然人（table3.new[natural_person]）`). */
function cellWhere(key: CellKey, format: FormatDef): string {
  const name = displayName(key, format);
  return name === key ? key : `${name}（${key}）`;
}

/** A data-file key of 报告信息 as its 报告信息 field (`publish_date` is `publishDate`, `报告信息·发布日期`). */
function infoKeyOf(jsonKey: string): string {
  return jsonKey.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A 报告信息 field named for a message: its label in the format, then its key (`报告信息·发布日期（publish_date）`). */
export function infoWhere(jsonKey: string, format: FormatDef): string {
  const name = infoFieldName(format, jsonKey) ?? infoFieldName(format, infoKeyOf(jsonKey));
  return name ? `${name}（${jsonKey}）` : jsonKey;
}

function cellValueOf(x: unknown, where: string, problems: string[]): CellValue {
  if (x === null || x === undefined) return null;
  if (typeof x === "number") return x;
  if (typeof x === "string") {
    if (x.length > CELL_TEXT_LIMIT) problems.push(`${subject(where)}有 ${x.length} 个字符，超过 Excel 一个单元格最多 ${CELL_TEXT_LIMIT} 个字符，请删减`);
    return x;
  }
  problems.push(`${subject(where)}应为数字、null 或文字，现为${describeValue(x)}`);
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

/** An object-valued key (`contact`, `text`): the object, nothing for `null` or a missing key, else a problem. */
function objectField(x: unknown, where: string, problems: string[]): Record<string, unknown> | undefined {
  if (x === undefined || x === null) return undefined;
  if (isObject(x)) return x;
  problems.push(`${where} 应为对象（用 { } 括起来），现为${describeValue(x)}`);
  return undefined;
}

/** An array-valued key (`explanations`): its items, none for `null` or a missing key, else a problem. */
function arrayField(x: unknown, where: string, problems: string[]): unknown[] {
  if (x === undefined || x === null) return [];
  if (Array.isArray(x)) return x;
  problems.push(`${where} 应为数组（用 [ ] 括起来），现为${describeValue(x)}`);
  return [];
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
        data.values[key] = cellValueOf(r, cellWhere(key, format), problems);
        continue;
      }
      if (r === undefined || r === null) continue;
      if (!isObject(r)) {
        problems.push(`${name}.${labelled ? row.label : row.key} 应为对象`);
        continue;
      }
      for (const c of block.columns) {
        const key = table2Key(row.key, c.key);
        data.values[key] = cellValueOf(pick(r, c.key, c.label), cellWhere(key, format), problems);
      }
    }
  if (labelled) {
    for (const k of Object.keys(t2))
      if (!known.has(normalizeLabel(k))) problems.push(`${name} 中的“${k}”不是${format.name}表二的栏目`);
    return;
  }
  const blocks = format.structure.table2.blocks;
  checkKeys(t2, blocks.flatMap((b) => b.rows.map((r) => r.key)), name, `${format.name}表二的行`, problems);
  for (const block of blocks) {
    if (block.columns.length === 1 && block.columns[0].key === "") continue;
    for (const row of block.rows) {
      const r = t2[row.key];
      if (isObject(r)) checkKeys(r, block.columns.map((c) => c.key), `${name}.${row.key}`, `表二这一行的栏目`, problems);
    }
  }
}

function readRows(
  obj: unknown,
  name: string,
  rows: { key: string }[],
  columns: { key: string; label: string }[],
  keyOf: (row: string, col: string) => CellKey,
  format: FormatDef,
  data: ReportData,
  problems: string[],
): void {
  if (obj === undefined) return;
  if (!isObject(obj)) {
    problems.push(`${name} 应为对象`);
    return;
  }
  checkKeys(obj, rows.map((r) => r.key), name, `${name === "table3" ? "表三的行" : "表四的组"}`, problems);
  for (const row of rows) {
    const arr = obj[row.key];
    if (arr === undefined || arr === null) continue;
    if (!Array.isArray(arr) || arr.length !== columns.length) {
      const rowName = rowDisplayName(keyOf(row.key, columns[0].key), format);
      problems.push(`${rowName}（${name}.${row.key}）应为 ${columns.length} 个值的数组（${columns.map((c) => c.label).join("、")}）`);
      continue;
    }
    columns.forEach((c, i) => {
      const key = keyOf(row.key, c.key);
      data.values[key] = cellValueOf(arr[i], cellWhere(key, format), problems);
    });
  }
}

/** The keys of an explanation (说明) and of an added sub-item of 总体情况 in a data file. */
const EXPLANATION_KEYS = ["finding", "text", "at"];
const EXTRA_ITEM_KEYS = ["title", "body"];
const TEXT_KEYS = ["overview_intro", "overview", "overview_extra", "problems", "other_matters", "wording"];
const FEE_KEYS = ["notices_issued", "collected_yuan"];

/** Read 报告信息 (contact, text, processing fees, publication date) and the 说明, naming every unknown key and wrong type. */
function readInfo(json: Record<string, unknown>, format: FormatDef, data: ReportData, problems: string[]): void {
  const contact = objectField(json.contact, "contact", problems);
  if (contact) {
    const keys = Object.keys(data.contact) as (keyof ContactInfo)[];
    checkKeys(contact, keys, "contact", "联系方式的字段", problems);
    for (const k of keys) data.contact[k] = textField(contact[k], infoWhere(`contact.${k}`, format), problems);
  }
  const t = objectField(json.text, "text", problems);
  if (t) {
    checkKeys(t, TEXT_KEYS, "text", "正文的字段", problems);
    data.text.overviewIntro = textField(t.overview_intro, infoWhere("text.overview_intro", format), problems);
    const overview = objectField(t.overview, "text.overview", problems);
    if (overview) {
      const keys = format.overviewItems.map((i) => i.key);
      checkKeys(overview, keys, "text.overview", "总体情况的小节", problems);
      for (const k of keys) data.text.overview[k] = textField(overview[k], infoWhere(`text.overview.${k}`, format), problems);
    }
    data.text.overviewExtra = arrayField(t.overview_extra, "text.overview_extra", problems).flatMap((x, i) => {
      const where = `text.overview_extra[${i}]`;
      const item = objectField(x, where, problems);
      if (!item) return [];
      checkKeys(item, EXTRA_ITEM_KEYS, where, "补充小节的字段", problems);
      return [{ title: textField(item.title, `${where}.title`, problems), body: textField(item.body, `${where}.body`, problems) }];
    });
    data.text.problems = textField(t.problems, infoWhere("text.problems", format), problems);
    data.text.otherMatters = textField(t.other_matters, infoWhere("text.other_matters", format), problems);
    if (t.wording !== undefined) readWording(t.wording, data, problems);
  }
  const fees = objectField(json.processing_fees, "processing_fees", problems);
  if (fees) {
    checkKeys(fees, FEE_KEYS, "processing_fees", "信息处理费的字段", problems);
    data.processingFees.noticesIssued = cellValueOf(fees.notices_issued, infoWhere("processing_fees.notices_issued", format), problems);
    data.processingFees.collectedYuan = cellValueOf(fees.collected_yuan, infoWhere("processing_fees.collected_yuan", format), problems);
  }
  data.publishDate = textField(json.publish_date, infoWhere("publish_date", format), problems);
  data.explanations = arrayField(json.explanations, "explanations", problems).flatMap((x, i) => {
    const where = `explanations[${i}]`;
    const e = objectField(x, where, problems);
    if (!e) return [];
    checkKeys(e, EXPLANATION_KEYS, where, "说明的字段", problems);
    const findingId = textField(e.finding, `${where}.finding`, problems);
    if (findingId === "") {
      problems.push(`${where}.finding 应为所说明问题的编号（如 "S3.granted"），现为空`);
      return [];
    }
    return [{ findingId, text: textField(e.text, `${where}.text`, problems), at: textField(e.at, `${where}.at`, problems) }];
  });
}

/**
 * Read a report data file (already parsed from JSON), with the problems of its format (S7).
 *
 * Accepts numbers, `null` (blank) and strings (kept as typed) for every cell; rows of 表三 must have 7 values and
 * groups of 表四 5, because a short row cannot be placed without guessing. Unknown top-level keys are kept in `extra`, each with an `extra_key` problem (提示); a top-level key that is a slip for
 * a known one (`agncy`), an unknown key anywhere else (`table3.new_`, naming the key meant), a value of the wrong type
 * (a phone number as a number) and text over Excel's 32,767 characters are refused.
 *
 * @throws NotReportDataError when the JSON has none of the report data's top-level fields (another kind of file, such
 *   as `check --json` output); ReportDataError listing every structural problem (an unknown `format` value, naming
 *   the field; wrong row lengths; wrong types).
 */
export function readReportJson(json: unknown): ReportRead {
  // A misspelt field (`agncy`) still makes a report data file, whose reading names the slip.
  if (!isObject(json) || !Object.keys(json).some((k) => KNOWN_KEYS.has(k) || nearKey(k, [...KNOWN_KEYS]) !== undefined)) {
    throw new NotReportDataError(`不是年报数据文件：没有报告数据的字段（format、year、agency、table2、table3、table4 等），${nonReportKind(json)}`);
  }
  const { format, problems: readProblems } = chooseFormat(json);
  const problems: string[] = [];
  const data = emptyReport(format);
  if (json.year !== undefined && json.year !== null) {
    if (typeof json.year === "number" && Number.isInteger(json.year)) data.year = json.year;
    else problems.push(`${infoWhere("year", format)}应为整数年份，现为 ${JSON.stringify(json.year)}`);
  }
  data.agency = textField(json.agency, infoWhere("agency", format), problems);
  readTable2(json, format, data, problems);
  const t3 = format.structure.table3;
  readRows(json.table3, "table3", t3.rows, t3.columns, table3Key, format, data, problems);
  const t4 = format.structure.table4;
  readRows(json.table4, "table4", t4.groups, t4.columns, table4Key, format, data, problems);
  readInfo(json, format, data, problems);
  const extraKeys: ReadProblem[] = [];
  for (const [k, v] of Object.entries(json)) {
    if (KNOWN_KEYS.has(k)) continue;
    if (KEPT_KEYS.has(k)) {
      data.extra[k] = v;
      continue;
    }
    const near = nearKey(k, [...KNOWN_KEYS]);
    if (near !== undefined && !(near in json)) problems.push(`${keyNamed(k, [...KNOWN_KEYS])}不是报告数据的字段，未读取`);
    else {
      data.extra[k] = v;
      extraKeys.push({
        kind: "extra_key",
        message: `报告数据中的“${k}”不是${format.name}报告数据的字段：已原样保留，但检查和生成报告都不使用它；如是拼写错误请改正`,
      });
    }
  }
  if (problems.length > 0) throw new ReportDataError(problems);
  return { data, problems: [...readProblems, ...extraKeys] };
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
