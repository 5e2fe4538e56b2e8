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
