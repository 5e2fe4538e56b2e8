/**
 * The labels the 2019 and the 2021 format print alike (report-format.md §2, §4: 表三 is identical but for （六）, 表四
 * is identical), the sections, the sub-items of 总体情况 and the 报告信息 fields. Each format file takes what it shares
 * from here and states only what is its own.
 */
import type {
  ColumnDef,
  ContactFieldKey,
  InfoField,
  InfoFieldsDef,
  InfoHeading,
  OverviewItemDef,
  SectionDef,
  Table3GroupDef,
  Table4GroupDef,
  TextSectionDef,
  Wording,
} from "./types";

/** The six official section headings (report-format.md §1), without variants. */
export const SECTION_TITLES: Omit<SectionDef, "variants">[] = [
  { key: "overview", title: "一、总体情况" },
  { key: "proactive_disclosure", title: "二、主动公开政府信息情况", table: "table2" },
  { key: "requests", title: "三、收到和处理政府信息公开申请情况", table: "table3" },
  { key: "reconsideration_litigation", title: "四、政府信息公开行政复议、行政诉讼情况", table: "table4" },
  { key: "problems", title: "五、存在的主要问题及改进情况" },
  { key: "other_matters", title: "六、其他需要报告的事项" },
];

/** The five aspects of 总体情况 named by the notice (report-format.md §1, 一、总体情况). */
export const OVERVIEW_ITEMS: OverviewItemDef[] = [
  { key: "proactive_disclosure", title: "（一）主动公开", generated: true, headingWords: ["主动公开"] },
  { key: "disclosure_on_request", title: "（二）依申请公开", generated: true, headingWords: ["依申请公开", "依申请"] },
  { key: "information_management", title: "（三）政府信息管理", generated: true, headingWords: ["信息管理"] },
  { key: "platform", title: "（四）政府信息公开平台建设", headingWords: ["平台"] },
  { key: "supervision", title: "（五）监督保障", headingWords: ["监督保障", "监督", "保障"] },
];

/** The sections whose body is the user's own text. */
export const TEXT_SECTIONS: TextSectionDef[] = [
  { field: "text.overview", section: "overview" },
  { field: "text.problems", section: "problems" },
  { field: "text.otherMatters", section: "other_matters" },
];

// ───────────────────────────── 表三 ─────────────────────────────

/** 表三's seven applicant columns, in the printed order (also the array order in report data files). */
export const TABLE3_COLUMN_DEFS: ColumnDef[] = [
  { key: "natural_person", label: "自然人" },
  { key: "commercial", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "social_welfare", label: "社会公益组织" },
  { key: "legal_service", label: "法律服务机构" },
  { key: "other_org", label: "其他", short: "其他组织" },
  { key: "total", label: "总计" },
];

export const TABLE3_LABELS = {
  /** The 勾稽 note in the merged top-left cell of 表三 (printed exactly). */
  note: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  applicantHeader: "申请人情况",
  orgHeader: "法人或其他组织",
  resultsLabel: "三、本年度办理结果",
};

/** The rows of 表三 before 三、本年度办理结果 (一、二) and after it (四). */
export const TABLE3_HEAD = [
  { key: "new", label: "一、本年新收政府信息公开申请数量", short: "一、本年新收" },
  { key: "carried_over", label: "二、上年结转政府信息公开申请数量", short: "二、上年结转" },
];
export const TABLE3_TAIL = [{ key: "carried_forward", label: "四、结转下年度继续办理", short: "四、结转下年度" }];

/** 表三's result groups （一）–（五）, the same in both formats. */
export const TABLE3_GROUPS_ONE_TO_FIVE: Table3GroupDef[] = [
  { key: "granted", label: "（一）予以公开" },
  { key: "partial", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" },
  {
    key: "denied",
    label: "（三）不予公开",
    items: [
      { key: "denied_1", label: "1.属于国家秘密" },
      { key: "denied_2", label: "2.其他法律行政法规禁止公开" },
      { key: "denied_3", label: "3.危及“三安全一稳定”" },
      { key: "denied_4", label: "4.保护第三方合法权益" },
      { key: "denied_5", label: "5.属于三类内部事务信息" },
      { key: "denied_6", label: "6.属于四类过程性信息" },
      { key: "denied_7", label: "7.属于行政执法案卷" },
      { key: "denied_8", label: "8.属于行政查询事项" },
    ],
  },
  {
    key: "unable",
    label: "（四）无法提供",
    items: [
      { key: "unable_1", label: "1.本机关不掌握相关政府信息" },
      { key: "unable_2", label: "2.没有现成信息需要另行制作" },
      { key: "unable_3", label: "3.补正后申请内容仍不明确" },
    ],
  },
  {
    key: "not_processed",
    label: "（五）不予处理",
    items: [
      { key: "not_processed_1", label: "1.信访举报投诉类申请" },
      { key: "not_processed_2", label: "2.重复申请" },
      { key: "not_processed_3", label: "3.要求提供公开出版物" },
      { key: "not_processed_4", label: "4.无正当理由大量反复申请" },
      { key: "not_processed_5", label: "5.要求行政机关确认或重新出具已获取信息" },
    ],
  },
];

/** （七）总计, the last result row. */
export const TABLE3_TOTAL_GROUP: Table3GroupDef = { key: "total", label: "（七）总计" };

// ───────────────────────────── 表四 ─────────────────────────────

export const TABLE4_COLUMN_DEFS: ColumnDef[] = [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "other", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
  { key: "total", label: "总计" },
];

export const TABLE4_LABELS = { reconsiderationHeader: "行政复议", litigationHeader: "行政诉讼" };

/** 表四's three groups in printed order (report-format.md §2, Table 4). */
export const TABLE4_GROUP_DEFS: Table4GroupDef[] = [
  { key: "reconsideration", label: "行政复议", short: "行政复议" },
  { key: "litigation_direct", label: "未经复议直接起诉", short: "行政诉讼·未经复议直接起诉" },
  { key: "litigation_after_reconsideration", label: "复议后起诉", short: "行政诉讼·复议后起诉" },
];

// ───────────────────────────── 报告信息 ─────────────────────────────

const CONTACT_FIELDS: { key: ContactFieldKey; label: string }[] = [
  { key: "office", label: "联系机构" },
  { key: "address", label: "地址" },
  { key: "postcode", label: "邮编" },
  { key: "phone", label: "电话" },
  { key: "fax", label: "传真" },
  { key: "email", label: "电子邮箱" },
  { key: "website", label: "网址" },
];

/**
 * The 报告信息 fields of a format: agency, year, publication date, contact details, the 信息处理费 position (件, 元),
 * then the text of 总体情况 (lead paragraph and the format's sub-items), and after the added sub-items the text of
 * 五 and 六, labelled with the format's section titles.
 */
export function infoFields(sections: SectionDef[], overviewItems: OverviewItemDef[]): InfoFieldsDef {
  const section = (key: string) => sections.find((s) => s.key === key)!.title;
  const head: (InfoField | InfoHeading)[] = [
    { heading: "基本信息" },
    { key: "agency", label: "机关名称", kind: "text" },
    { key: "year", label: "报告年度", kind: "year" },
    { key: "publishDate", label: "发布日期", kind: "date" },
    { heading: "联系方式" },
    ...CONTACT_FIELDS.map((c): InfoField => ({ key: `contact.${c.key}`, label: c.label, kind: "text" })),
    { heading: "信息处理费" },
    { key: "processingFees.noticesIssued", label: "信息处理费：收费通知件数", kind: "count" },
    { key: "processingFees.collectedYuan", label: "信息处理费：实收金额（元）", kind: "yuan" },
    { heading: section("overview") },
    { key: "text.overviewIntro", label: "总体情况导语", kind: "longText" },
    ...overviewItems.map((o): InfoField => ({ key: `text.overview.${o.key}`, label: o.title, kind: "longText" })),
    ...wordingFields(overviewItems),
  ];
  return {
    title: "报告信息",
    titleNote: "请在右列浅黄色单元格中填写；统计数字请填在“统计表”工作表。文字可整段粘贴，段落之间用换行（Alt+Enter）分隔。",
    head,
    tail: [
      { key: "text.problems", label: section("problems"), kind: "longText" },
      { key: "text.otherMatters", label: section("other_matters"), kind: "longText" },
    ],
    extraTitleLabel: "补充小节标题",
    extraBodyLabel: "补充小节正文",
  };
}

/** What 报告信息 shows for each `Wording` (a blank cell: decided by the narrative). */
export const WORDING_LABELS: Record<Wording, string> = { generated: "生成", user: "原文" };

/**
 * The 报告信息 rows choosing, for each sub-item of 总体情况 with a generated sentence, whose wording states its figures
 * (`生成`, `原文` or blank), under their own heading. Older workbooks without these rows read as blank.
 */
function wordingFields(overviewItems: OverviewItemDef[]): (InfoField | InfoHeading)[] {
  const items = overviewItems.filter((o) => o.generated);
  if (items.length === 0) return [];
  return [
    { heading: "数字的写法（填“生成”或“原文”，空白为自动）" },
    ...items.map((o): InfoField => ({ key: `text.wording.${o.key}`, label: `${o.title}数字的写法`, kind: "wording" })),
  ];
}

/** Whether a 报告信息 field may be absent from an older workbook without a problem (the wording choices). */
export function isOptionalInfoField(f: InfoField): boolean {
  return f.kind === "wording";
}

/** Whether a row of 报告信息 is a group heading. */
export function isInfoHeading(x: InfoField | InfoHeading): x is InfoHeading {
  return "heading" in x;
}
