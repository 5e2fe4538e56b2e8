/**
 * Adding up units' reports into their parent's tables (`nianbao aggregate`) and comparing a parent's report with the
 * sum of its units (`check --children`): every input cell of 表二, 表三 and 表四 of the reports' one format summed cell by
 * cell — counts as integers, 万元 and written amounts as exact decimals — with the units that went in and, for each
 * unit, the cells it left blank (not added) or filled with something that is not a number (that cell's sum is left
 * blank: `unsummed`). Reports of different formats or years
 * are never added (`AggregateError`). Pure.
 */
import { displayName, formatOf, tablesOf, type CellKey, type FormatDef, type TableKey } from "../format";
import { emptyReport, getValue, parseCellInput, type CellValue, type ParsedCell, type ReportData } from "../report";
import { addDecimals, decimalText, shiftDecimal, toDecimal, type Decimal } from "./decimal";
import { normalizeUnitName } from "./unit-name";

/** A unit's report to add: its file and its data. */
export interface UnitReport {
  file: string;
  data: ReportData;
  /**
   * Tables of the unit's workbook that could not be read (a layout problem; their cells read as blank). A unit with
   * any is refused (`AggregateError`): its blank cells are not blanks the unit left.
   */
  unreadTables?: readonly TableKey[];
}

/** A unit's cells that were not added: blank, or holding something that is not a valid number (with what it holds). */
export interface UnitGaps {
  file: string;
  unit: string;
  blank: CellKey[];
  invalid: { cell: CellKey; raw: string }[];
}

/** A unit's file left out of a sum, and why (Chinese, without the file's name). */
export interface LeftOutUnit {
  file: string;
  reason: string;
}

/** The sum of units' tables. */
export interface Aggregate {
  format: FormatDef;
  year: number;
  /** The units added, in the order given. */
  units: { file: string; unit: string }[];
  /**
   * Each input cell's sum: a number, or for a written amount (2019 采购总金额) the text with its unit (`"1234.5元"`);
   * `null` when no unit gave a number for it, or when units wrote it with and without a unit (see `unitless`).
   */
  values: Record<CellKey, CellValue>;
  /** The sums as exact decimal text, for comparing (`"0.3"`, `"12"`); absent where `values` is `null`. */
  exact: Record<CellKey, string>;
  /** Units with cells not added, in the order given (units with none are left out). */
  gaps: UnitGaps[];
  /** Written amounts some units gave with a unit (元, 万元) and others as a bare number: not added. */
  unitless: CellKey[];
  /**
   * Cells whose sum is left blank (`values` null, no `exact`) because some unit's cell is not a valid number (`217件`,
   * `１`, `/`; which unit and what it holds are in `gaps[].invalid`): a sum leaving it out would look right and be
   * wrong. In format order.
   */
  unsummed: CellKey[];
  /**
   * Units' files left out of this sum (`check --children` only: unreadable, not a report, another year or format), so
   * the sum is partial; absent when none was.
   */
  leftOut?: LeftOutUnit[];
}

/** Reports that cannot be added together; the message is Chinese and names the files. */
export class AggregateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AggregateError";
  }
}

const unitName = (r: UnitReport) => r.data.agency.trim() || "（未填写机关名称）";
const listed = (rs: UnitReport[]) => rs.map((r) => `${unitName(r)}（${r.file}）`).join("、");

/**
 * A valid cell's number as the decimal it is written as: a text value keeps its own digits (`73802895.90元`), a
 * number its shortest form. `undefined` for a cell that is not valid (`parsed.state` other than `ok`).
 */
export function cellDecimal(raw: CellValue, parsed: ParsedCell): Decimal | undefined {
  if (parsed.state !== "ok") return undefined;
  return toDecimal(typeof raw === "string" ? raw.replace(/\s/g, "").replace(/万?元$/, "") : parsed.value);
}

/** Group reports by a key, in first-seen order. */
function groupBy(reports: UnitReport[], key: (r: UnitReport) => string): Map<string, UnitReport[]> {
  const m = new Map<string, UnitReport[]>();
  for (const r of reports) {
    const k = key(r);
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(r);
  }
  return m;
}

/**
 * Sum units' reports.
 * @throws AggregateError for no report, a unit with a table that could not be read (`unreadTables`; adding its cells
 *   as blank would give a wrong sum), naming the unit, its file and the tables, reports of different formats (or a 2021 表三 printed with the 2019 （六） row
 *   beside the official one), different years, a report without its year, or one unit's report twice (the same
 *   机关 and 年度 in two files, e.g. its data file and its PDF), naming both files.
 */
export function aggregate(reports: UnitReport[]): Aggregate {
  if (reports.length === 0) throw new AggregateError("没有可汇总的报告");
  const unread = reports.filter((r) => (r.unreadTables ?? []).length > 0);
  if (unread.length > 0) {
    const which = unread.map((r) => {
      const tables = tablesOf(formatOf(r.data)).filter((d) => r.unreadTables!.includes(d.key)).map((d) => d.shortName);
      return `${unitName(r)}（${r.file}）的${tables.join("、")}`;
    });
    throw new AggregateError(`${which.join("；")}无法读取（表格结构有问题），不能当作未填写相加；请在 Excel 或 WPS 中用年报助手任务窗格的“修复表格”修好后再汇总`);
  }
  const byFormat = groupBy(reports, (r) => formatOf(r.data).name + (formatOf(r.data).variant ? "（表三（六）为 2019 年格式的单行）" : ""));
  if (byFormat.size > 1) {
    throw new AggregateError(`各单位报告的格式不同，不能相加：${[...byFormat].map(([name, rs]) => `${name}：${listed(rs)}`).join("；")}`);
  }
  const noYear = reports.filter((r) => r.data.year === null);
  if (noYear.length > 0) throw new AggregateError(`报告未写明年度，不能确定能否相加：${listed(noYear)}`);
  const byYear = groupBy(reports, (r) => String(r.data.year));
  if (byYear.size > 1) {
    throw new AggregateError(`各单位报告的年度不同，不能相加：${[...byYear].map(([year, rs]) => `${year} 年度：${listed(rs)}`).join("；")}`);
  }
  const byUnit = groupBy(reports, (r) => normalizeUnitName(r.data.agency) || r.file);
  const twice = [...byUnit.values()].filter((rs) => rs.length > 1);
  if (twice.length > 0) {
    const year = reports[0].data.year;
    const which = twice.map((rs) => `${unitName(rs[0])} ${year} 年度：${rs.map((r) => `“${r.file}”`).join("、")}`).join("；");
    throw new AggregateError(`同一单位同一年度的报告不止一份，不能重复相加：${which}；每个单位只保留一份报告`);
  }
  const format = formatOf(reports[0].data);
  const gaps = new Map<UnitReport, UnitGaps>();
  const gapsOf = (r: UnitReport): UnitGaps => {
    let g = gaps.get(r);
    if (!g) gaps.set(r, (g = { file: r.file, unit: unitName(r), blank: [], invalid: [] }));
    return g;
  };
  const values: Record<CellKey, CellValue> = {};
  const exact: Record<CellKey, string> = {};
  const unitless: CellKey[] = [];
  const unsummed: CellKey[] = [];
  for (const cell of format.inputCells) {
    const parts: Decimal[] = [];
    const units = new Set<string>();
    const withUnit: { value: Decimal; unit: string }[] = [];
    for (const r of reports) {
      const raw = getValue(r.data, cell.key);
      const parsed = parseCellInput(raw, cell.kind);
      if (parsed.state === "blank") {
        gapsOf(r).blank.push(cell.key);
        continue;
      }
      const value = cellDecimal(raw, parsed);
      if (value === undefined) {
        gapsOf(r).invalid.push({ cell: cell.key, raw: String(raw) });
        continue;
      }
      parts.push(value);
      const unit = parsed.state === "ok" && parsed.unit ? parsed.unit : "";
      units.add(unit);
      withUnit.push({ value, unit });
    }
    values[cell.key] = null;
    if (reports.some((r) => gaps.get(r)?.invalid.some((v) => v.cell === cell.key))) {
      unsummed.push(cell.key);
      continue;
    }
    if (parts.length === 0) continue;
    if (cell.kind !== "written_amount" || units.size === 1) {
      const sum = addDecimals(parts);
      const unit = cell.kind === "written_amount" ? [...units][0] : "";
      exact[cell.key] = decimalText(sum);
      values[cell.key] = unit === "" ? Number(exact[cell.key]) : `${exact[cell.key]}${unit}`;
    } else if (units.has("")) {
      unitless.push(cell.key);
    } else {
      // 元 and 万元: added in 元.
      const sum = addDecimals(withUnit.map((p) => (p.unit === "万元" ? shiftDecimal(p.value, 4) : p.value)));
      exact[cell.key] = decimalText(sum);
      values[cell.key] = `${exact[cell.key]}元`;
    }
  }
  return {
    format,
    year: reports[0].data.year!,
    units: reports.map((r) => ({ file: r.file, unit: unitName(r) })),
    values,
    exact,
    gaps: reports.filter((r) => gaps.has(r)).map((r) => gaps.get(r)!),
    unitless,
    unsummed,
  };
}

/** A unit added whose own report has 强制 findings: its figures may be wrong. */
export interface FailingUnit {
  file: string;
  unit: string;
  errors: number;
}

/**
 * Why a sum is refused when some units' files cannot be read (`nianbao aggregate` and 审核汇总 say the same): a sum
 * missing a unit would look right.
 * @param errors each file's reason, naming the file (`无法读取“a.json”：…`).
 */
export function unreadableUnitsMessage(errors: readonly string[]): string {
  return `无法汇总：${errors.length} 个下属单位的文件无法读取（汇总须包括每个单位）：${errors.join("；")}`;
}

/**
 * The warnings on a sum, as `nianbao aggregate` prints them and 审核汇总 shows and writes them: each unit with 强制
 * findings, then each written amount that cannot be added (some units wrote 元 or 万元, others no unit).
 */
export function aggregateNotes(a: Aggregate, failing: readonly FailingUnit[]): string[] {
  return [
    ...failing.map((f) => `注意：${f.unit}（${f.file}）本身有 ${f.errors} 项强制问题，其数字可能有误，汇总前请先核对（nianbao check ${f.file}）`),
    ...a.unitless.map((k) => `注意：${displayName(k, a.format)}有的单位写了单位（元、万元）、有的没写，无法相加，汇总中留空`),
  ];
}

/**
 * The parent's report data holding the sums: the format and year of its units, `agency` as given, every other field
 * empty; the units added are kept under `aggregated_from` (written back with the data file).
 */
export function aggregateReport(a: Aggregate, agency: string): ReportData {
  const data = emptyReport(a.format);
  return {
    ...data,
    year: a.year,
    agency,
    values: { ...data.values, ...a.values },
    extra: { aggregated_from: a.units.map((u) => ({ unit: u.unit, file: u.file })) },
  };
}
