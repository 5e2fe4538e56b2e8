/**
 * Writing into a report that was read: values into input cells where they are now, and the 说明 into the metadata.
 */
import { displayName, findInputCell, isInfoHeading, type CellKey, type InfoField } from "../../format";
import type { InfoTarget } from "./info-fields";
import type { Explanation } from "../../report";
import { WorkbookError, type RangeRef, type RawValue, type WriteOp } from "../port";
import { metaBlock } from "./meta";
import type { ReadResult } from "./read";
import { reportSet } from "./sets";

/**
 * Operations writing values into input cells where they are now (one 1×1 `values` op per cell). Blank (`null`,
 * `""`) clears the cell; strings are written as typed. The caller asks the user before overwriting.
 * @throws WorkbookError naming the cell when a key is not an input cell or its table could not be read.
 */
export function planWriteValues(result: ReadResult, values: Record<CellKey, RawValue>): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const [key, v] of Object.entries(values)) {
    const def = findInputCell(key, result.format);
    if (!def) throw new WorkbookError(`“${key}”不是统计表的单元格（${result.format.name}）`);
    const range = result.cells[key];
    if (!range)
      throw new WorkbookError(`无法写入“${displayName(key, result.format)}”：${result.format.tables[def.table].shortName}的布局有问题或找不到，请先处理布局问题`);
    ops.push({ op: "values", range, values: [[v === "" ? null : v]] });
  }
  return ops;
}

/**
 * Operations writing values into 报告信息 where its rows are now (one 1×1 `values` op per cell): a field's value
 * cell, or the title or body cell of an added sub-item of 总体情况. Blank (`null`, `""`) clears the cell. The caller
 * asks the user before overwriting.
 * @throws WorkbookError naming the row when it is not in 报告信息 (its label changed or the row was deleted).
 */
export function planWriteInfo(result: ReadResult, values: { target: InfoTarget; value: RawValue }[]): WriteOp[] {
  const info = result.format.info;
  return values.map(({ target, value }) => {
    let range: RangeRef | null | undefined;
    let name: string;
    if ("field" in target) {
      range = result.infoCells[target.field];
      const field = [...info.head, ...info.tail].find((f): f is InfoField => !isInfoHeading(f) && f.key === target.field);
      name = field?.label ?? target.field;
    } else {
      range = result.infoExtras[target.extra]?.[target.part];
      name = `${target.part === "title" ? info.extraTitleLabel : info.extraBodyLabel}（第 ${target.extra + 1} 个）`;
    }
    if (!range) throw new WorkbookError(`无法写入“${name}”：“报告信息”中找不到这一行，请先恢复它的标签`);
    return { op: "values", range, values: [[value === "" ? null : value]] } as WriteOp;
  });
}

/**
 * Operations replacing the 说明 kept in the metadata with `explanations` (the whole list), and moving NB_META to
 * cover them.
 * @throws WorkbookError when the metadata block was not found.
 */
export function planWriteExplanations(result: ReadResult, explanations: Explanation[]): WriteOp[] {
  const metaName = reportSet(result.set).metaName;
  if (!result.meta) throw new WorkbookError(`找不到年报助手的元数据（名称 ${metaName}），无法保存说明；请点击“修复表格”`);
  const old = result.meta;
  // The recorded format is written back as found: a 说明 never changes what the workbook says it is.
  const block = metaBlock(result.data.extra, explanations, result.recordedFormat || result.format.id);
  const cols = Math.max(old.cols, 4);
  const range: RangeRef = { sheet: old.sheet, row: old.row, col: old.col, rows: block.length, cols: 4 };
  const ops: WriteOp[] = [];
  ops.push({ op: "values", range: { ...old, cols }, values: Array.from({ length: old.rows }, () => new Array<RawValue>(cols).fill(null)) });
  ops.push({ op: "values", range, values: block });
  ops.push({ op: "name", name: metaName, range });
  return ops;
}
