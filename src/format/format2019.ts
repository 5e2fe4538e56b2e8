/**
 * The 2019 format (国办公开办函〔2019〕60号, 格式（试行）), used by the reports of 2019 and 2020, as data: its notice,
 * the section titles with the variants real reports print, 表二 with its five blocks and 22 cells (the signed
 * 本年增/减, the 采购总金额 with its unit as written), and 表三 with the single （六）其他处理 row (23 rows). 表四 is
 * as in 2021. Source: shared/spec/report-format.md §4 (SH19, 文登区住建局 2019, 两城镇 2020) and the published
 * 平潭 2020 report (fixtures/reports/pingtan-2020).
 *
 * Canonical cell keys of the 2019 表二, in the field's terms:
 * - 第二十条第（一）项 `regulations` 规章, `normative_documents` 规范性文件 × `made` 本年新制作数量,
 *   `published` 本年新公开数量, `disclosed_total` 对外公开总数量;
 * - 第二十条第（五）项 `licensing` 行政许可, `other_services` 其他对外管理服务事项, and 第二十条第（六）项 `penalty`
 *   行政处罚, `enforcement` 行政强制 × `items_last_year` 上一年项目数量, `items_change` 本年增/减 (signed),
 *   `decisions` 处理决定数量;
 * - 第二十条第（八）项 `fees` 行政事业性收费 × `items_last_year`, `items_change`;
 * - 第二十条第（九）项 `procurement` 政府集中采购 × `projects` 采购项目数量, `amount` 采购总金额 (unit as written).
 */
import { buildFormat, type FormatSource } from "./build";
import { OVERVIEW_ITEMS, SECTION_TITLES, TABLE3_GROUPS_ONE_TO_FIVE, TABLE3_TOTAL_GROUP } from "./shared-labels";
import type { FormatDef, SectionDef, SectionKey, Table2BlockDef, Table2ColumnDef, Table3GroupDef } from "./types";

/**
 * Headings 2019–2020 reports print for the official sections (report-format.md §4: SH19, 两城镇 2020; the 2019 notice's
 * own titles were not retrieved, so small variants are accepted).
 */
const VARIANTS_2019: Partial<Record<SectionKey, string[]>> = {
  reconsideration_litigation: ["四、因政府信息公开申请行政复议、提起行政诉讼的情况", "四、因政府信息公开申请行政复议、行政诉讼情况"],
  problems: ["五、政府信息公开工作存在的主要问题及改进情况", "五、存在主要问题和改进情况", "五、存在的主要问题和改进情况"],
  other_matters: ["六、其它需要报告的事项", "六、其它需要报告事项", "六、其他需要报告事项"],
};

const SECTIONS: SectionDef[] = SECTION_TITLES.map((s) => ({ ...s, variants: VARIANTS_2019[s.key] ?? [] }));

/** 上一年项目数量 / 本年增/减 / 处理决定数量 of 第二十条第（五）、（六）项. */
const ITEM_COLUMNS: Table2ColumnDef[] = [
  { key: "items_last_year", label: "上一年项目数量", span: 1 },
  { key: "items_change", label: "本年增/减", span: 1, kind: "signed_count" },
  { key: "decisions", label: "处理决定数量", span: 1 },
];

/** 表二 in the 2019 layout: five blocks, 22 value cells (report-format.md §4). */
const TABLE2_BLOCKS: Table2BlockDef[] = [
  {
    caption: "第二十条第（一）项",
    columns: [
      { key: "made", label: "本年新制作数量", span: 1 },
      { key: "published", label: "本年新公开数量", span: 1 },
      { key: "disclosed_total", label: "对外公开总数量", span: 1 },
    ],
    rows: [
      { key: "regulations", label: "规章" },
      { key: "normative_documents", label: "规范性文件" },
    ],
  },
  {
    caption: "第二十条第（五）项",
    columns: ITEM_COLUMNS,
    rows: [
      { key: "licensing", label: "行政许可" },
      { key: "other_services", label: "其他对外管理服务事项" },
    ],
  },
  {
    caption: "第二十条第（六）项",
    columns: ITEM_COLUMNS,
    rows: [
      { key: "penalty", label: "行政处罚" },
      { key: "enforcement", label: "行政强制" },
    ],
  },
  {
    caption: "第二十条第（八）项",
    columns: [ITEM_COLUMNS[0], { ...ITEM_COLUMNS[1], span: 2 }],
    rows: [{ key: "fees", label: "行政事业性收费" }],
  },
  {
    caption: "第二十条第（九）项",
    columns: [
      { key: "projects", label: "采购项目数量", span: 1 },
      { key: "amount", label: "采购总金额", span: 2, kind: "written_amount" },
    ],
    rows: [{ key: "procurement", label: "政府集中采购" }],
  },
];

/** （六）其他处理 in the 2019 format: a single row (report-format.md §4). */
export const OTHER_2019: Table3GroupDef = { key: "other", label: "（六）其他处理" };

/** What the 2019 format states of its own. */
export const SOURCE_2019: FormatSource = {
  id: "2019",
  name: "2019 年格式",
  notice: {
    number: "国办公开办函〔2019〕60号",
    title: "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》",
    date: "2019-11-27",
  },
  years: { from: 2019, to: 2020 },
  sections: SECTIONS,
  overviewItems: OVERVIEW_ITEMS,
  table2Blocks: TABLE2_BLOCKS,
  table2Widths: [22, 16, 16, 16],
  table3Groups: [...TABLE3_GROUPS_ONE_TO_FIVE, OTHER_2019, TABLE3_TOTAL_GROUP],
  labelledTable2Key: "table2_2019",
};

/** The 2019 format: 3 tables, 198 input cells (22 + 161 + 15). */
export const FORMAT_2019: FormatDef = buildFormat(SOURCE_2019);
