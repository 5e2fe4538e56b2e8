/**
 * Every Simplified Chinese string of the task pane, in one place. Labels of the format itself (table and cell names)
 * are not here: they come from src/format through the findings' messages.
 */
export const STRINGS = {
  appTitle: "年报助手",
  appSubtitle: "政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）",
  insert: "插入统计表",
  inserting: "正在插入统计表……",
  inserted: "已插入统计表。请在“统计表”工作表中填写表二、表三、表四，没有发生的填 0，然后点击“校验”。",
  check: "校验",
  checking: "正在读取并校验表格……",
  actionsLabel: "操作",

  existingTitle: "工作簿中已有年报助手的表格",
  existingBody: (sheets: string) => `已存在工作表：${sheets}。请选择如何处理，选择之前不会修改工作簿。`,
  reuse: "使用现有表格",
  reuseHint: "不改动工作簿，直接校验现有表格。",
  rebuildKeep: "重建表格并保留已填数据",
  rebuildKeepHint: "先读出已填写的数据，删除旧表后按标准格式重新插入并填回数据。",
  rebuildBlank: "重建空白表格",
  rebuildBlankHint: "删除旧表及其中已填写的全部数据，插入空白表格。此操作不能撤销。",
  cancel: "取消",
  confirmBlankTitle: "确认删除已填写的数据？",
  confirmBlankBody: "旧表中的数据将被删除且无法撤销。建议先另存一份工作簿。",
  confirmBlank: "删除并重建",
  rebuilt: "已按标准格式重建统计表，并填回原有数据。请点击“校验”检查。",
  rebuiltBlank: "已插入空白统计表。",

  findingsLabel: "校验结果",
  countsLabel: (errors: number, warnings: number) => `强制 ${errors} 项，提示 ${warnings} 项`,
  severityError: "强制",
  severityWarning: "提示",
  explained: "已说明",
  explanation: (text: string) => `说明：${text}`,
  layoutProblem: "表格结构",
  allPass: (n: number) => `全部 ${n} 项检查通过，未发现问题。`,
  noTablesYet: "工作簿中还没有统计表。请先点击“插入统计表”。",
  locate: "定位",
  locateLabel: (title: string) => `定位：在工作表中选中“${title}”涉及的单元格`,
  fixLabel: (value: number) => `建议值：${value}`,
  checkedAt: (time: string) => `校验时间 ${time}`,
  liveUpdated: "表格已修改，结果已自动更新。",

  errorTitle: "操作未完成",
  errorGeneric: (detail: string) =>
    `Excel 返回了错误（${detail}）。请确认没有正在编辑的单元格（按 Enter 或 Esc 结束编辑）后重试；仍失败时请关闭并重新打开任务窗格。`,
  errorUnknown: "发生未知错误。请关闭并重新打开任务窗格后重试。",
  dismiss: "关闭提示",
  startupTitle: "年报助手无法启动",
} as const;
