/**
 * What the pane shows of last year's report before it is kept (导入上年报告): its key figures, and whether it is
 * really this report's previous year and agency. Pure; names come from the format.
 */
import { formatOf, rowDisplayName, type CellKey } from "../format";
import { getValue, type CellValue, type ReportData } from "../report";
import { unitMatch } from "../review/unit-name";
import type { PreviousReport } from "./previous";

/** One figure of last year's report: the row's Chinese name and the value as it was read (blank as `null`). */
export interface PreviousFigure {
  cell: CellKey;
  name: string;
  value: CellValue;
}

/** Last year's report at a glance. */
export interface PreviousFigures {
  agency: string;
  year: number | null;
  /** e.g. `2019 年格式（国办公开办函〔2019〕60号）`. */
  formatName: string;
  /** 表三 总计 column of 新收, 上年结转, （七）总计 (办理结果) and 结转下年度. */
  table3: PreviousFigure[];
  /** 表四 总计 of 行政复议 and both 行政诉讼 groups. */
  table4: PreviousFigure[];
  /** 表二 现行有效件数 where the format has it (the 2019 format has none: empty). */
  inForce: PreviousFigure[];
}

/** The rows of 表三 shown, by key, with the column shown (总计). */
const TABLE3_ROWS = ["new", "carried_over", "total", "carried_forward"] as const;

/** Last year's key figures, as the pane lists them. */
export function previousFigures(report: PreviousReport): PreviousFigures {
  const data = report.data;
  const format = formatOf(data);
  const figure = (cell: CellKey, name = rowDisplayName(cell, format)): PreviousFigure => ({ cell, name, value: getValue(data, cell) });
  const t3 = format.structure.table3;
  const total = t3.columns[t3.columns.length - 1].key;
  const t4 = format.structure.table4;
  const t4total = t4.columns[t4.columns.length - 1].key;
  return {
    agency: data.agency,
    year: data.year,
    formatName: `${format.name}（${format.source}）`,
    table3: TABLE3_ROWS.filter((r) => t3.rows.some((row) => row.key === r)).map((r) => figure(`table3.${r}[${total}]`)),
    table4: t4.groups.map((g) => figure(`table4.${g.key}[${t4total}]`)),
    inForce: format.inputCells.filter((c) => c.table === "table2" && c.key.endsWith(".in_force")).map((c) => figure(c.key, c.displayName)),
  };
}

/** Why a report may not be this report's previous year of this agency. */
export interface PreviousMismatch {
  /** `year`: not the year before; `unit`: its 机关名称 names another unit (`unitMatch` different). */
  kind: "year" | "unit";
  /** In Chinese, saying what then happens. */
  message: string;
}

/**
 * Why a report may not be this report's previous year, each saying what then happens: the same year or another year
 * than the one before (the cross-year checks do not run), another unit by its 机关名称 (`unitMatch`: a name that only
 * leaves out its region is the same unit). The user may still keep it after confirming; a confirmed `unit` mismatch
 * means the user says it is this unit's report (e.g. renamed).
 */
export function previousMismatches(current: ReportData, previous: ReportData): PreviousMismatch[] {
  const out: PreviousMismatch[] = [];
  const cy = current.year;
  const py = previous.year;
  if (cy !== null && py !== null && py !== cy - 1) {
    out.push({
      kind: "year",
      message:
        py === cy
          ? `这份报告是 ${py} 年度的，与本工作簿的报告年度相同，不是上年报告；请选择 ${cy - 1} 年度的报告。仍要保存时，跨年度检查不会运行`
          : `这份报告是 ${py} 年度的，本工作簿是 ${cy} 年度，不是上一年度（${cy - 1} 年度）的报告；仍要保存时，跨年度检查不会运行`,
    });
  }
  if (unitMatch(current.agency, previous.agency) === "different") {
    out.push({
      kind: "unit",
      message: `这份报告的机关是“${previous.agency.trim()}”，本工作簿是“${current.agency.trim()}”，不是同一机关；如确是本单位的上年报告（如机关更名），确认后将与它比较上年结转、现行有效件数和内容雷同`,
    });
  }
  return out;
}
