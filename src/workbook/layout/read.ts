/**
 * Reading a report set back from a workbook: one `readNamed` of every layout name, mapped to report data with every
 * layout problem found, and where each input cell and field is now.
 */
import { tablesOf, type CellKey, type FormatDef, type InfoFieldKey, type LayoutCell, type TableDef, type TableKey } from "../../format";
import { emptyReport, type ReadProblem, type ReportData, type ReportRead } from "../../report";
import { a1, type NamedRead, type RangeRef, type RawValue, type WorkbookPort } from "../port";
import { layoutFormat } from "./layout-format";
import { readMeta, type MetaRead } from "./meta";
import { readInfo, type InfoExtraSlot } from "./read-info";
import { reportSet, type ReportSet } from "./sets";
import { checkTableBlock, type LabelVariant } from "./table-check";
import { readNamedLocated } from "./locate";
import { single, toCellValue } from "./values";
import { REPAIR_BUTTON } from "./repair-hint";

export type { InfoExtraSlot } from "./read-info";

/** A problem of a workbook's layout, as every reader reports it (`ReadProblem`). */
export type LayoutProblem = ReadProblem;

/** What `readReport` returns: the report read (for `checkReport`) and where everything is in the workbook. */
export interface ReadResult extends ReportRead {
  /** The set read (1 for the first; see `reportSet`). */
  set: number;
  /**
   * The report as read, in the format its tables have (`format`); the values of a table with a layout problem are
   * left blank.
   */
  data: ReportData;
  problems: LayoutProblem[];
  /** The format the tables were read in (a variant for a 2021 表三 printing the 2019 single （六） row). */
  format: FormatDef;
  /** The format recorded in the metadata, as found (`""` when none), written back unchanged with 说明. */
  recordedFormat: string;
  /** Where each input cell is now (single cell; for a merged input its top-left), for tables read without problems. */
  cells: Record<CellKey, RangeRef>;
  /** Where each table's grid is now, `null` when its name is missing. */
  tables: Record<TableKey, RangeRef | null>;
  /** Whether each table's values were read (name found, shape and labels as in the format). */
  tablesRead: Record<TableKey, boolean>;
  /** The 报告信息 block and the cell of each of its fields, where they are now. */
  info: RangeRef | null;
  infoCells: Partial<Record<InfoFieldKey, RangeRef>>;
  /** The rows of the added sub-items of 总体情况 in 报告信息, in order, spare ones included. */
  infoExtras: InfoExtraSlot[];
  /** The metadata block, `null` when missing. */
  meta: RangeRef | null;
  /** The layout version recorded in the workbook, `null` when unknown. */
  layoutVersion: number | null;
}

/**
 * Read the whole report in one round trip (`port.readNamed` of every layout name), then map it with
 * `readReportFromNamed`.
 */
export async function readReport(port: WorkbookPort, set: ReportSet = reportSet()): Promise<ReadResult> {
  const { reads, located } = await readNamedLocated(port, set);
  return readReportFromNamed(reads, set, located);
}


/** A label variant as a problem (S8): expected and actual text, and the input cells the label heads. */
function variantProblem(def: TableDef, v: LabelVariant): ReadProblem {
  return {
    kind: "label_variant",
    table: def.key,
    message: `${def.shortName}单元格 ${v.at} 应为“${v.expected}”，现为“${v.actual}”，与格式的文字不一致；表格结构完整，已照常读取。请改回原文，或用${REPAIR_BUTTON}恢复（已填的数字保留）。`,
    cells: headedInputs(def, v.cell),
    expected: v.expected,
    actual: v.actual,
  };
}

/** The input cells a label heads: those on its rows for a row label, in its columns for a header; none for others. */
function headedInputs(def: TableDef, label: LayoutCell): CellKey[] {
  const inRows = (c: LayoutCell) => c.row >= label.row && c.row < label.row + label.rowSpan;
  const inCols = (c: LayoutCell) => c.col >= label.col && c.col < label.col + label.colSpan;
  const heads = label.role === "label" ? inRows : label.role === "header" ? inCols : () => false;
  return def.cells.filter((c) => c.role === "input" && heads(c)).map((c) => c.key!);
}

/**
 * Map what `readNamed(set.names)` returned to report data, with every layout problem found. Pure: the Office adapter
 * and the pane call it on their own reads.
 *
 * The tables are read in the format they have (`layoutFormat`: the recorded one unless 表二 or 表三 shows another;
 * a 2021 表三 with the 2019 single （六） row in that variant), which becomes `data.format`.
 *
 * For each table: a missing name is `missing_name` (all three missing: one `missing_sheet`); a changed shape
 * (rows or columns inserted or deleted inside it) is `shape_changed`, naming the missing or extra rows; a label that
 * says something else than the format's is `label_changed`, naming the cell, expected and found. Such a table's
 * values are left blank, never read from shifted positions. A label printed with a small difference (a typo, `1、`
 * for `1.`, 其它 for 其他: `matchLabel`) is `label_variant` (S8) with the expected and actual text, and does not stop
 * the table being read. Tables found on a sheet not named `统计表` are read (the names followed the rename) and
 * reported as `sheet_renamed` (提示: nothing is wrong with the data). Blocks found without their names
 * (`readNamedLocated`: the names were lost, e.g. the sheets copied into a new workbook) are read, with one
 * `names_missing` problem (提示) saying how to restore the names.
 */
export function readReportFromNamed(
  reads: Record<string, NamedRead | null | undefined>,
  set: ReportSet = reportSet(),
  located: readonly string[] = [],
): ReadResult {
  const metaRead = reads[set.metaName] ?? null;
  const metaProblems: ReadProblem[] = [];
  const scratch: Pick<ReportData, "extra" | "explanations"> = { extra: {}, explanations: [] };
  const meta: MetaRead = metaRead ? readMeta(metaRead, scratch, metaProblems) : { format: null, formatText: "", layoutVersion: null };
  if (!metaRead)
    metaProblems.push({
      kind: "meta_missing",
      message: `找不到年报助手的元数据（隐藏工作表“${set.metaSheet}”或名称 ${set.metaName}）：无法确认格式年份和布局版本，按统计表的版式读取；已保存的说明无法读取。`,
    });

  const blocks: Partial<Record<TableKey, RawValue[][]>> = {};
  for (const key of ["table2", "table3", "table4"] as TableKey[]) {
    const read = reads[set.tableNames[key]];
    if (read) blocks[key] = read.values;
  }
  const layout = layoutFormat(blocks, meta.format);
  const format = layout.format;
  const data = emptyReport(format);
  data.extra = scratch.extra;
  data.explanations = scratch.explanations;
  const problems: LayoutProblem[] = [...layout.problems];
  const cells: Record<CellKey, RangeRef> = {};
  const tables = { table2: null, table3: null, table4: null } as Record<TableKey, RangeRef | null>;
  const tablesRead = { table2: false, table3: false, table4: false } as Record<TableKey, boolean>;
  const missing: TableDef[] = [];
  const otherSheets = new Set<string>();

  for (const def of tablesOf(format)) {
    const read = reads[set.tableNames[def.key]] ?? null;
    if (!read) {
      missing.push(def);
      continue;
    }
    const { range, values } = read;
    tables[def.key] = { ...range };
    if (range.sheet !== set.tablesSheet) otherSheets.add(range.sheet);
    if (values.length !== range.rows || values.some((r) => r.length !== range.cols)) {
      problems.push({ kind: "shape_changed", table: def.key, message: `${def.shortName}读到的数据与其区域 ${a1(range)} 大小不符，未读取。` });
      continue;
    }
    const check = checkTableBlock(def, range, values);
    for (const d of check.defects) problems.push({ kind: d.kind, table: def.key, message: d.message });
    for (const v of check.variants) problems.push(variantProblem(def, v));
    if (check.defects.length > 0) continue;
    tablesRead[def.key] = true;
    for (const c of def.cells) {
      if (c.role !== "input") continue;
      data.values[c.key!] = toCellValue(values[c.row][c.col]);
      cells[c.key!] = single(range.sheet, range.row + c.row, range.col + c.col);
    }
  }
  if (missing.length === 3) {
    problems.push({
      kind: "missing_sheet",
      message: `工作簿中找不到年报统计表：名称 ${set.tableNames.table2}、${set.tableNames.table3}、${set.tableNames.table4} 都不存在或已失效（工作表“${set.tablesSheet}”可能被删除，或尚未插入报表）。请先插入报表。`,
    });
  } else {
    for (const def of missing)
      problems.push({
        kind: "missing_name",
        table: def.key,
        message: `找不到${def.shortName}：名称 ${set.tableNames[def.key]} 不存在或已失效（${def.shortName}的全部行可能被删除）。${def.shortName}的数据未读取；请用${REPAIR_BUTTON}重建。`,
      });
  }
  if (located.length > 0) {
    const tablesFound = tablesOf(format).filter((d) => located.includes(set.tableNames[d.key])).map((d) => d.shortName);
    const what = [...tablesFound, ...(located.includes(set.infoName) ? ["报告信息"] : [])].join("、");
    problems.push({
      kind: "names_missing",
      message:
        `工作簿中没有年报助手的名称 ${located.join("、")}（可能是把工作表复制到了新的工作簿）：已按表格的标签和工作表名找到${what || "其余内容"}，照常读取。` +
        `任务窗格边填边校验要靠这些名称找到表格；请用${REPAIR_BUTTON}恢复名称（已填的数字和文字保留）。`,
    });
  }
  for (const s of otherSheets)
    problems.push({
      kind: "sheet_renamed",
      message: `找不到工作表“${set.tablesSheet}”：统计表现在位于工作表“${s}”（可能已改名）。数据仍按名称读取；建议把工作表名改回“${set.tablesSheet}”，或用${REPAIR_BUTTON}重建。`,
    });

  const infoCells: ReadResult["infoCells"] = {};
  const infoExtras: InfoExtraSlot[] = [];
  const infoRead = reads[set.infoName] ?? null;
  if (infoRead) readInfo(infoRead, data, problems, infoCells, format, infoExtras);
  else
    problems.push({
      kind: "missing_name",
      message: `找不到报告信息：名称 ${set.infoName} 不存在或已失效（工作表“${set.infoSheet}”可能被删除）。机关名称、联系方式和正文未读取。`,
    });
  problems.push(...metaProblems);

  return {
    set: set.index,
    data,
    problems,
    format,
    recordedFormat: meta.formatText,
    cells,
    tables,
    tablesRead,
    info: infoRead ? { ...infoRead.range } : null,
    infoCells,
    infoExtras,
    meta: metaRead ? { ...metaRead.range } : null,
    layoutVersion: meta.layoutVersion,
  };
}

// ───────────────────────────── helpers for the pane ─────────────────────────────

/** Where an input cell is now, or `null` when its table was not read. */
export function cellRange(result: ReadResult, key: CellKey): RangeRef | null {
  return result.cells[key] ?? null;
}

/**
 * The cells of a finding, grouped by sheet, for `port.select` (which takes blocks on one sheet). Keys whose table was
 * not read are left out.
 */
export function cellRanges(result: ReadResult, keys: CellKey[]): RangeRef[] {
  return keys.map((k) => result.cells[k]).filter((r): r is RangeRef => r !== undefined);
}

/** Where a 报告信息 field is now, or `null`. */
export function infoCellRange(result: ReadResult, key: InfoFieldKey): RangeRef | null {
  return result.infoCells[key] ?? null;
}
