/**
 * Which format a workbook's tables are in. The metadata records the format a set was inserted in, but the tables are
 * read as the layout they have: 表二 tells the 2019 layout (18 rows, 22 cells) from the 2021 one (14 rows, 10 cells),
 * and 表三 tells a （六）其他处理 split into three rows from the single row of the 2019 format (26 or 28 rows). A 2021
 * workbook whose 表三 prints the single row is read in the 2021 format's variant with that row
 * (`single_other_row`), with one problem saying what to do; a workbook recorded as one format whose tables are in
 * another is read as the tables are, with a problem (S7). Whether the format fits the report year is a rule (S7 in
 * the rules on 报告信息), run on the format found here.
 */
import { FORMATS, getFormat, latestFormat, splitsOtherRow, type FormatDef, type FormatId, type TableKey } from "../../format";
import type { ReadProblem } from "../../report";
import type { RawValue } from "../port";
import { fitsTable } from "./table-check";
import { REPAIR_BUTTON } from "./repair-hint";

/** The format whose table a block is, trying `first` before the others; `undefined` when none fits. */
function formatOfTable(table: TableKey, values: RawValue[][] | undefined, candidates: FormatDef[]): FormatDef | undefined {
  return values === undefined ? undefined : candidates.find((f) => fitsTable(f.tables[table], values));
}

/** What `layoutFormat` found. */
export interface LayoutFormat {
  /** The format to read the tables in (a variant for a 2021 表三 with the single （六） row). */
  format: FormatDef;
  /** `format_contradicted` when the tables are not in the recorded format; `single_other_row` for the variant. */
  problems: ReadProblem[];
}

/**
 * The format of a set's tables.
 * @param blocks the values of each table's named block, where found.
 * @param recorded the format recorded in the metadata, `null` when none or unknown (the newest is then assumed
 *   unless the tables show another).
 */
export function layoutFormat(blocks: Partial<Record<TableKey, RawValue[][]>>, recorded: FormatId | null): LayoutFormat {
  const base = recorded ? getFormat(recorded) : latestFormat();
  const candidates = [base, ...FORMATS.filter((f) => f !== base)];
  const byTable2 = formatOfTable("table2", blocks.table2, candidates);
  const byTable3 = formatOfTable("table3", blocks.table3, [
    ...candidates,
    ...candidates.filter(splitsOtherRow).map((f) => getFormat(f.id, "single_other_row")),
  ]);
  const single = byTable3 !== undefined && !splitsOtherRow(byTable3);
  // 表二 tells the format; without it, a split 表三 tells the 2021 format from the 2019 one (a single （六） row in a
  // format that splits it is that format's variant, below).
  let format = byTable2 ?? (byTable3 && !single && !splitsOtherRow(base) ? byTable3 : base);
  const problems: ReadProblem[] = [];
  if (recorded && format.id !== recorded)
    problems.push({
      kind: "format_contradicted",
      message: `此工作簿记录的是${base.name}（${base.source}）的统计表，但${byTable2 ? "表二" : "表三"}是${format.name}（${format.source}）的版式，已按${format.name}读取和核对。请确认报告年度应使用哪种格式。`,
    });
  if (single && splitsOtherRow(format)) {
    const items = format.structure.table3.groups.find((g) => g.key === "other")!.items!;
    format = getFormat(format.id, "single_other_row");
    problems.push({
      kind: "single_other_row",
      table: "table3",
      message: `表三（六）其他处理只有一行（2019 年格式的写法），${format.name}分为${items.map((i) => i.label).join("、")} ${items.length} 行；已按一行读取并核对勾稽关系。请用${REPAIR_BUTTON}按${format.name}重建表三（其他各行的数字保留），再把（六）的申请分到这 ${items.length} 行中填写。`,
    });
  }
  return { format, problems };
}
