/**
 * Labels copied by hand from shared/spec/report-format.md, not from src/format: tests compare what the code prints
 * with these, so a typo in the format data cannot pass unnoticed.
 */

/** The six official section headings (report-format.md §1). */
export const SPEC_SECTION_TITLES = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

/** The 勾稽 note in the top-left cell of 表三 (report-format.md §2). */
export const SPEC_TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

/**
 * 表二 in the 2019 layout (report-format.md §4, "Table 2 in the 2019 layout: 22 value cells"): each block's caption,
 * its value-column headers after 信息内容, and its row labels, as the spec prints them.
 */
export const SPEC_TABLE2_2019 = [
  { caption: "第二十条第（一）项", headers: ["本年新制作数量", "本年新公开数量", "对外公开总数量"], rows: ["规章", "规范性文件"] },
  { caption: "第二十条第（五）项", headers: ["上一年项目数量", "本年增/减", "处理决定数量"], rows: ["行政许可", "其他对外管理服务事项"] },
  { caption: "第二十条第（六）项", headers: ["上一年项目数量", "本年增/减", "处理决定数量"], rows: ["行政处罚", "行政强制"] },
  { caption: "第二十条第（八）项", headers: ["上一年项目数量", "本年增/减"], rows: ["行政事业性收费"] },
  { caption: "第二十条第（九）项", headers: ["采购项目数量", "采购总金额"], rows: ["政府集中采购"] },
];
