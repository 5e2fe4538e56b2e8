/**
 * The report formats and lookups over them: a format by id, the format for a report year, the format of a report,
 * input cells by key, and label normalisation.
 */
import { buildFormat } from "./build";
import { FORMAT_2019, OTHER_2019, SOURCE_2019 } from "./format2019";
import { FORMAT_2021, SOURCE_2021 } from "./format2021";
import { isInfoHeading } from "./shared-labels";
import type { CellKey, FormatDef, FormatId, FormatVariant, InputCellDef, TableDef } from "./types";

export * from "./types";
export { table2Key, table3Key, table4Key, table3Rows } from "./build";
export { isInfoHeading, isOptionalInfoField, WORDING_LABELS } from "./shared-labels";
export { FORMAT_2021 } from "./format2021";
export { FORMAT_2019 } from "./format2019";

/** Every format, oldest first. */
export const FORMATS: readonly FormatDef[] = [FORMAT_2019, FORMAT_2021];

/** Thrown for a format id that is not one of `FORMATS`; the message is Chinese and names the field. */
export class UnknownFormatError extends Error {
  /**
   * @param value the format value found.
   * @param field where it was found, named for the message: the report data's `format` field by default.
   */
  constructor(
    public readonly value: unknown,
    field = "报告数据的格式（format 字段）",
  ) {
    super(`${field}为 ${JSON.stringify(value)}，不是已知的年报格式：应为 ${FORMATS.map((f) => `"${f.id}"（${f.source}）`).join("或")}`);
    this.name = "UnknownFormatError";
  }
}

/** Whether a value is the id of a known format. */
export function isFormatId(x: unknown): x is FormatId {
  return typeof x === "string" && FORMATS.some((f) => f.id === x);
}

const variants = new Map<string, FormatDef>();

/**
 * A variant of a format as real reports print it. `single_other_row`: the format with 表三 （六）其他处理 as the 2019
 * single row `other` (a 2021 report that still prints it); its H2 sums `other` in place of `other_1..3`.
 */
function variantOf(id: FormatId, variant: FormatVariant): FormatDef {
  const key = `${id}/${variant}`;
  let f = variants.get(key);
  if (!f) {
    const src = id === SOURCE_2019.id ? SOURCE_2019 : SOURCE_2021;
    f = buildFormat({ ...src, variant, table3Groups: src.table3Groups.map((g) => (g.key === OTHER_2019.key ? OTHER_2019 : g)) });
    variants.set(key, f);
  }
  return f;
}

/**
 * The format with this id (and variant).
 * @throws UnknownFormatError (Chinese, naming the `format` field and the known ids) for any other value.
 */
export function getFormat(id: unknown, variant?: FormatVariant): FormatDef {
  const f = FORMATS.find((x) => x.id === id);
  if (!f) throw new UnknownFormatError(id);
  if (!variant) return f;
  return variant === "single_other_row" && f.structure.table3.rows.some((r) => r.key === OTHER_2019.key) ? f : variantOf(f.id, variant);
}

/** Whether a format splits 表三 （六）其他处理 into items (the 2021 format) rather than printing it as one row. */
export function splitsOtherRow(format: FormatDef): boolean {
  return !format.structure.table3.rows.some((r) => r.key === OTHER_2019.key);
}

/**
 * Every layout a report's tables may be printed in: each format, and each format that splits （六）其他处理 as real
 * reports still print it, with the single row (variant `single_other_row`).
 */
export function printedLayouts(): FormatDef[] {
  return [...FORMATS, ...FORMATS.filter(splitsOtherRow).map((f) => variantOf(f.id, "single_other_row"))];
}

/** The format in force for new reports (the newest). */
export function latestFormat(): FormatDef {
  return FORMATS[FORMATS.length - 1];
}

/**
 * The format a report of this year uses (report-format.md §3 S7): 2019–2020 the 2019 format, 2021 on the 2021 format.
 * @returns `undefined` for years before the first format (before 2019 reports were free-form).
 */
export function formatForYear(year: number): FormatDef | undefined {
  return FORMATS.find((f) => year >= f.years.from && (f.years.to === undefined || year <= f.years.to));
}

/** Whether a report year is one the format is meant for. */
export function formatFitsYear(format: FormatDef, year: number): boolean {
  return year >= format.years.from && (format.years.to === undefined || year <= format.years.to);
}

/**
 * Whether a report's 六 is expected to state the 信息处理费 position: its year (the format's first year when blank) is
 * at or after the format's `processingFeesFrom` — not for 2019 and 2020 reports, before the 办法 took effect.
 */
export function expectsProcessingFees(format: FormatDef, year: number | null): boolean {
  return format.processingFeesFrom !== undefined && (year ?? format.years.from) >= format.processingFeesFrom;
}

/** The format of a report (its `format` and `formatVariant`). @throws UnknownFormatError for an unknown id. */
export function formatOf(data: { format: FormatId; formatVariant?: FormatVariant }): FormatDef {
  return getFormat(data.format, data.formatVariant);
}

const byFormat = new WeakMap<FormatDef, Map<CellKey, InputCellDef>>();

/**
 * The input cell with this key in a format, or `undefined` when the key is not one of its cells. Without a format,
 * every format is searched (keys name the same cell wherever they occur).
 */
export function findInputCell(key: CellKey, format?: FormatDef): InputCellDef | undefined {
  if (!format) {
    for (const f of [...FORMATS].reverse()) {
      const c = findInputCell(key, f);
      if (c) return c;
    }
    return variantOf("2021", "single_other_row").inputCells.find((c) => c.key === key);
  }
  let m = byFormat.get(format);
  if (!m) {
    m = new Map(format.inputCells.map((c) => [c.key, c]));
    byFormat.set(format, m);
  }
  return m.get(key);
}

/** The input cell with this key; throws when the key is unknown (a programming error, not user input). */
export function inputCell(key: CellKey, format?: FormatDef): InputCellDef {
  const c = findInputCell(key, format);
  if (!c) throw new Error(`Unknown cell key: ${key}`);
  return c;
}

/** The Chinese display name of a cell key, e.g. `表三（七）总计·自然人`. Unknown keys are returned as they are. */
export function displayName(key: CellKey, format?: FormatDef): string {
  return findInputCell(key, format)?.displayName ?? key;
}

/**
 * The Chinese name of a row of 表三 or a group of 表四 given one of its cells: the cell's display name without its
 * column, `表三 一、本年新收` for `table3.new[natural_person]`; the key itself when it is not a cell of the format.
 */
export function rowDisplayName(key: CellKey, format?: FormatDef): string {
  const name = displayName(key, format);
  const dot = name.lastIndexOf("·");
  return name === key || dot < 0 ? name : name.slice(0, dot);
}

/**
 * The name users know a 报告信息 field by, as the format labels it on the 报告信息 sheet: `报告信息·机关名称` for
 * `agency`, `报告信息·联系方式` for the heading `contact` (a finding on the contact details as a whole),
 * `报告信息·补充小节标题（第 1 个）` for `text.overview_extra[0].title`. Undefined
 * when the format has no such field.
 */
export function infoFieldName(format: FormatDef, key: string): string | undefined {
  const { title, head, tail, extraTitleLabel, extraBodyLabel } = format.info;
  const extra = /^text\.overview_extra\[(\d+)\]\.(title|body)$/.exec(key);
  if (extra) return `${title}·${extra[2] === "title" ? extraTitleLabel : extraBodyLabel}（第 ${Number(extra[1]) + 1} 个）`;
  const field = [...head, ...tail].find((f) => !isInfoHeading(f) && f.key === key);
  if (field && !isInfoHeading(field)) return `${title}·${field.label}`;
  const group = head.findIndex((f) => !isInfoHeading(f) && f.key.startsWith(`${key}.`));
  if (group < 0) return undefined;
  const heading = head.slice(0, group).reverse().find(isInfoHeading);
  return heading ? `${title}·${heading.heading}` : undefined;
}

/** The tables of a format in printed order. */
export function tablesOf(format: FormatDef): TableDef[] {
  return [format.tables.table2, format.tables.table3, format.tables.table4];
}

/** The title of a section of a format, e.g. `五、存在的主要问题及改进情况`. */
export function sectionTitle(format: FormatDef, key: FormatDef["sections"][number]["key"]): string {
  return format.sections.find((s) => s.key === key)!.title;
}

/**
 * Normalise a label for comparison: full-width and half-width brackets and commas are made equal, spaces and line
 * breaks are removed, and straight quotes are made curly. Copies of the format on the web often turn `（` into `(`
 * (report-format.md, "How far to trust each point").
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/,/g, "，")
    .replace(/:/g, "：")
    .replace(/"([^"]*)"/g, "“$1”")
    .replace(/[\s\u3000]+/g, "");
}
