/**
 * The hierarchy check (`nianbao check --children <dir> parent`): a parent's tables against the sum of its units'
 * tables (`aggregate`), cell by cell. Each difference is a 提示 finding of rule A1 with both sides: a parent may have
 * applications and cases of its own, so a difference is to be explained, not necessarily fixed.
 */
import { formatOf, inputCell } from "../format";
import { getValue, parseCellInput, type ReportData } from "../report";
import { formatDifference, type Finding } from "../rules";
import { cellDecimal, type Aggregate } from "./aggregate";
import { addDecimals, decimalText, toDecimal } from "./decimal";

/** The hierarchy rule: its id, severity, title and source. */
export const HIERARCHY_RULE = {
  id: "A1",
  severity: "warning",
  title: "与下属单位合计不符",
  source: "上级单位报告与所属各单位报告之和的核对（nianbao check --children）",
} as const;

/**
 * The parent's cells that differ from the sum of its units. A cell is compared when the parent holds a valid number
 * and at least one unit gave a number for it (blank and invalid cells are H5/H6's); a cell some unit filled with
 * something that is not a number (`sum.unsummed`) is not compared, and one finding (`A1.unsummed`) names those cells,
 * the units and what they wrote; a report of another format or year than its units is one finding saying so. When
 * units' files were left out (`sum.leftOut`), one finding (`A1.left_out`) lists them and every message says the sum is
 * partial.
 */
export function hierarchyFindings(parent: ReportData, sum: Aggregate): Finding[] {
  const rule = { rule: HIERARCHY_RULE.id, severity: HIERARCHY_RULE.severity, title: HIERARCHY_RULE.title };
  const format = formatOf(parent);
  const left = sum.leftOut ?? [];
  const units = left.length > 0 ? `已计入的 ${sum.units.length} 个下属单位（另有 ${left.length} 个文件未计入，合计不全）` : `${sum.units.length} 个下属单位`;
  if (format.id !== sum.format.id || format.variant !== sum.format.variant || parent.year !== sum.year) {
    return [
      {
        id: `${HIERARCHY_RULE.id}.format`,
        ...rule,
        message: `本报告（${format.name}，${parent.year ?? "年度未填写"}）与${units}的报告（${sum.format.name}，${sum.year} 年度）格式或年度不同，未逐格核对`,
        cells: [],
      },
    ];
  }
  const out: Finding[] = [];
  if (left.length > 0) {
    out.push({
      id: `${HIERARCHY_RULE.id}.left_out`,
      ...rule,
      message: `下属单位中 ${left.length} 个文件未计入合计，以下核对只用其余 ${sum.units.length} 个单位之和，不一致可能是缺了这些单位：${left.map((l) => `“${l.file}”（${l.reason}）`).join("；")}`,
      cells: [],
    });
  }
  if (sum.unsummed.length > 0) {
    // Which unit wrote what in each cell whose sum is unknown: those cells are not compared.
    const what = sum.unsummed.map((key) => {
      const by = sum.gaps.flatMap((g) => g.invalid.filter((v) => v.cell === key).map((v) => `${g.unit}填的“${v.raw}”`));
      return `${inputCell(key, format).displayName}（${by.join("、")}）`;
    });
    out.push({
      id: `${HIERARCHY_RULE.id}.unsummed`,
      ...rule,
      message: `下属单位以下单元格填的不是有效数字，合计无法确定，本报告这 ${sum.unsummed.length} 格未与下属单位合计核对：${what.join("；")}；请这些单位改正后重新核对`,
      cells: [...sum.unsummed],
    });
  }
  for (const cell of format.inputCells) {
    const total = sum.exact[cell.key];
    if (total === undefined) continue;
    const raw = getValue(parent, cell.key);
    const parsed = parseCellInput(raw, cell.kind);
    if (parsed.state !== "ok") continue;
    const own = cellDecimal(raw, parsed);
    const theirs = toDecimal(total)!;
    // A written amount is compared only in the unit its sum is written in (元 or 万元, or none).
    const sumUnit = /万?元$/.exec(String(sum.values[cell.key]))?.[0] ?? "";
    if (!own || (cell.kind === "written_amount" && (parsed.unit ?? "") !== sumUnit)) continue;
    const diff = addDecimals([own, { digits: -theirs.digits, scale: theirs.scale }]);
    if (diff.digits === 0n) continue;
    const name = inputCell(cell.key, format).displayName;
    const difference = Number(decimalText(diff));
    const id = `${HIERARCHY_RULE.id}:${cell.key}`;
    const explained = parent.explanations.find((e) => e.findingId === id);
    out.push({
      id,
      ...rule,
      message: `${name}为 ${decimalText(own)}，${units}合计 ${total}，相差 ${formatDifference(difference)}；本单位自身有件数时请写明说明`,
      table: cell.table,
      cells: [cell.key],
      scope: name,
      sides: { left: "本单位", right: "下属单位合计" },
      leftCells: [cell.key],
      rightCells: [],
      left: Number(decimalText(own)),
      right: Number(total),
      difference,
      ...(explained ? { explained: { text: explained.text, at: explained.at } } : {}),
    });
  }
  return out;
}
