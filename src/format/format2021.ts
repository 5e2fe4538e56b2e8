/**
 * The 2021 format (国办公开办函〔2021〕30号, 附件) as data: what it states of its own — its notice, the report years
 * that use it, the section titles, 表二's four blocks (10 cells, the fee in 万元) and 表三's result groups with
 * （六）其他处理 split into three items (25 rows). 表三's other rows and 表四 are shared with the 2019 format
 * (`shared-labels.ts`); the grid, the 200 input cells and the equations are built (`build.ts`).
 *
 * Source of every label and span: shared/spec/report-format.md §1–§2 (verified against N21b 附件, the seed and many
 * published reports). Labels use full-width punctuation as in the original.
 */
import { buildFormat, type FormatSource } from "./build";
import { OVERVIEW_ITEMS, SECTION_TITLES, TABLE3_GROUPS_ONE_TO_FIVE, TABLE3_TOTAL_GROUP } from "./shared-labels";
import type { FormatDef, SectionDef, Table2BlockDef, Table3GroupDef } from "./types";

/** The six official section headings (report-format.md §1); the 2021 format names no variants. */
const SECTIONS: SectionDef[] = SECTION_TITLES.map((s) => ({ ...s, variants: [] }));

/** 表二 第二十条第（一）项's columns: 本年制发件数 / 本年废止件数 / 现行有效件数. */
const RULEMAKING_COLUMNS = [
  { key: "issued", label: "本年制发件数", span: 1 },
  { key: "repealed", label: "本年废止件数", span: 1 },
  { key: "in_force", label: "现行有效件数", span: 1 },
];

/** 表二's four captioned blocks; a block with one value column spans the three grid columns. */
const TABLE2_BLOCKS: Table2BlockDef[] = [
  {
    caption: "第二十条第（一）项",
    columns: RULEMAKING_COLUMNS,
    rows: [
      { key: "regulations", label: "规章" },
      { key: "normative_documents", label: "行政规范性文件" },
    ],
  },
  {
    caption: "第二十条第（五）项",
    columns: [{ key: "", label: "本年处理决定数量", span: 3 }],
    rows: [{ key: "licensing", label: "行政许可" }],
  },
  {
    caption: "第二十条第（六）项",
    columns: [{ key: "", label: "本年处理决定数量", span: 3 }],
    rows: [
      { key: "penalty", label: "行政处罚" },
      { key: "enforcement", label: "行政强制" },
    ],
  },
  {
    caption: "第二十条第（八）项",
    columns: [{ key: "", label: "本年收费金额（单位：万元）", span: 3, kind: "amount" }],
    rows: [{ key: "fees", label: "行政事业性收费", valueName: "本年收费金额" }],
  },
];

/** （六）其他处理 in the 2021 format: three items, no subtotal. */
const OTHER_2021: Table3GroupDef = {
  key: "other",
  label: "（六）其他处理",
  items: [
    { key: "other_1", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" },
    { key: "other_2", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" },
    { key: "other_3", label: "3.其他" },
  ],
};

/** What the 2021 format states of its own. */
export const SOURCE_2021: FormatSource = {
  id: "2021",
  name: "2021 年格式",
  notice: {
    number: "国办公开办函〔2021〕30号",
    title: "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》",
    date: "2021-09-29",
  },
  years: { from: 2021 },
  processingFeesFrom: 2021,
  sections: SECTIONS,
  overviewItems: OVERVIEW_ITEMS,
  table2Blocks: TABLE2_BLOCKS,
  table2Widths: [22, 16, 16, 16],
  table3Groups: [...TABLE3_GROUPS_ONE_TO_FIVE, OTHER_2021, TABLE3_TOTAL_GROUP],
};

/** The 2021 format: 3 tables, 200 input cells (10 + 175 + 15). */
export const FORMAT_2021: FormatDef = buildFormat(SOURCE_2021);
