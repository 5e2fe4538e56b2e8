/**
 * The Simplified Chinese strings of the pane's 审核汇总 view. The words of findings, statuses and the summary's
 * column names are not here: they come from the core (src/rules, src/review, src/export), as in the CLI and the page.
 */
import type { ReportStatus } from "../review/outcome";

export const REVIEW_STRINGS = {
  open: "审核汇总…",
  openHint: "一次检查多个单位的报告（工作簿、报告数据或已发布的 PDF、Word、网页），汇总后写入新工作表。",
  title: "审核汇总",
  close: "关闭审核汇总",
  filesLabel: "要检查的报告",
  chooseFiles: "选择报告文件…",
  filesHint: "可多选：.xlsx、.json、.pdf、.docx、.html、.txt",
  chosen: (n: number) => `已选择 ${n} 个文件`,
  rosterLabel: "应报送单位名单（可选）",
  chooseRoster: "选择名单…",
  rosterHint: ".csv，每行一个单位，第一列单位名称，第二列可写上级单位",
  clearRoster: "不用名单",
  start: "开始检查",
  reading: (done: number, total: number, file: string) => `正在读取 ${done + 1}/${total}：${file}`,
  readingDone: (total: number) => `已读取 ${total} 个文件`,
  loadFailed: "审核汇总的程序没有加载成功（可能是网络中断）。请检查网络后关闭并重新打开任务窗格再试。",

  checkedAt: (at: string) => `检查时间：${at}`,
  totals: (n: number, s: Record<ReportStatus, number>, f: { errors: number; warnings: number; explained: number }) =>
    `共 ${n} 个文件：通过 ${s.passed} 份，未通过 ${s.failed} 份，无法读取 ${s.unreadable} 个；强制 ${f.errors} 项，提示 ${f.warnings} 项，已说明 ${f.explained} 项`,

  tableLabel: "各报告检查结果",
  sortBy: (column: string) => `按${column}排序`,
  columns: { unit: "单位", year: "年度", format: "格式", errors: "强制", warnings: "提示", explained: "已说明", status: "结果" },
  noUnit: "（未填写机关名称）",
  showFindings: (n: number) => `问题 ${n} 项`,
  hideFindings: "收起",
  showReason: "原因",
  findingsOf: (unit: string) => `${unit}的问题`,
  noFindings: "没有问题",
  findingCells: (place: string) => `单元格：${place}`,
  findingSides: (left: string, right: string, diff: string) => `左 ${left}，右 ${right}，差 ${diff}`,
  explained: (text: string) => `已说明：${text}`,

  copiesHeading: "内容雷同",
  copyLine: (heading: string, similarity: string, reports: string[]) => `${heading}：${reports.join(" 与 ")}，相似度 ${similarity}`,
  copyColumns: ["内容雷同", "相似度", "报告", "雷同的原文"],
  sameUnitHeading: "同一单位多份报告",
  sameUnitHint: "请确认哪一份是正式报告；它们之间不作内容雷同比较。",
  noCopies: "各单位之间没有内容雷同的章节。",
  rosterHeading: (file: string, expected: number, received: number) => `名单核对（${file}）：名单上 ${expected} 个单位，收到 ${received} 个单位的报告`,
  missingHeading: (n: number) => `没有报告的单位（${n} 个）`,
  missingColumns: ["没有报告的单位", "上级单位"],
  offRosterHeading: (n: number) => `不在名单上的报告（${n} 份）`,
  offRosterLine: (unit: string, file: string, suggestion?: string) => `${unit}（${file}）${suggestion ? `，名单上相近的名称：${suggestion}` : ""}`,
  offRosterColumns: ["报告中的单位", "文件", "名单上相近的名称"],
  findingsHeading: "各报告的问题",
  findingColumns: ["序号", "单位", "规则", "级别", "单元格", "左", "右", "差", "说明"],

  write: "写入工作表…",
  writeHint: "把汇总表和各单位统计表之和写入新工作表，不改动已有的工作表。",
  previewTitle: "将添加以下工作表",
  previewSheet: (name: string, rows: number) => `“${name}”：${rows} 行`,
  previewSummary: "汇总表、内容雷同、名单核对和各报告的问题",
  previewSum: (units: number) => `${units} 个单位的表二、表三、表四之和`,
  previewNoSum: (reason: string) => `不写入统计表之和：${reason}`,
  previewNothingChanged: "已有的工作表都不会改动。",
  confirmWrite: "写入",
  cancel: "取消",
  writing: "正在写入……",
  written: (names: string[]) => `已添加工作表${names.map((n) => `“${n}”`).join("、")}。`,
  writeFailed: (detail: string) => `写入没有完成：${detail}`,

  sumTitle: (units: number, year: number, format: string) => `${units} 个单位的统计表之和（${year} 年度，${format}）`,
  unitsHeading: "参加汇总的单位",
  unitColumns: ["序号", "单位", "文件", "未计入的单元格（未填写或不是数字）"],
};
