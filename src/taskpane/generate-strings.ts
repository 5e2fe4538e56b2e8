/**
 * The Simplified Chinese strings of the 生成报告 panel. Labels of the format itself (section titles, table captions)
 * are not here: they come from src/format through the report document.
 */
export const GENERATE_STRINGS = {
  sectionLabel: "生成报告",
  generate: "生成报告",
  generateHint: "按当前表格和报告信息生成年度报告全文，可下载 Word、复制或写入新工作表。",
  reading: "正在读取表格并校验……",
  building: "正在生成报告……",
  buildingDocx: "正在生成 Word 文档……",
  loadFailed: "生成报告的程序没有加载成功（可能是网络中断）。请检查网络后关闭并重新打开任务窗格，再点击“生成报告”。",

  noTables: "工作簿中还没有统计表，无法生成报告。请先点击“插入统计表”并填写。",

  confirmTitle: "报告未通过校验",
  confirmBody: (n: number) => `有 ${n} 项强制问题未改正，生成的报告将标注“未通过校验”。仍要生成吗？`,
  confirm: "仍要生成",
  cancel: "取消",

  readyTitle: "报告已生成",
  readyFailed: "报告已生成（标注“未通过校验”）",
  generatedAt: (time: string) => `生成于 ${time}。修改表格后请重新生成。`,
  stale: "表格或报告信息已修改，下面的内容可能已过时，请重新点击“生成报告”。",
  outputsLabel: "报告输出",

  download: "下载 Word 文档",
  downloadHint: (fileName: string) => `文件名：${fileName}`,
  downloadStarted: (fileName: string) =>
    `已开始下载“${fileName}”。如果没有出现下载或保存提示，说明 Office 拦截了下载，请改用“复制报告全文”粘贴到 Word，或“写入新工作表”。`,
  downloadUnsupported:
    "此 Office 窗口不支持直接下载文件。请改用“复制报告全文”粘贴到 Word 或 WPS，或“写入新工作表”后另存。",
  docxFailed: (detail: string) =>
    `Word 文档没有生成成功（${detail}）。请改用“复制报告全文”粘贴到 Word 或 WPS，或“写入新工作表”。`,

  refused: (detail: string) => `无法生成报告：${detail}`,

  copy: "复制报告全文",
  copyHint: "含表格，可直接粘贴到 Word、WPS 或网站编辑器。",
  copied: "已复制报告全文（含三张统计表）。请到 Word、WPS 或网站编辑器中按 Ctrl+V 粘贴。",
  copyFailed:
    "无法写入剪贴板（Office 可能禁止了复制）。请改用“下载 Word 文档”或“写入新工作表”，再从中复制。",

  writeSheet: "写入新工作表",
  writeSheetHint: "新建一张工作表存放报告全文，不改动已有的工作表。",
  writing: "正在写入新工作表……",
  written: (sheet: string) => `已写入新工作表“${sheet}”，其他工作表没有改动。`,
  writtenNotShown: (sheet: string) => `已写入新工作表“${sheet}”（在工作表标签的最右侧），其他工作表没有改动。`,
  writeFailed: (detail: string) =>
    `没有写入新工作表：${detail} 请确认没有正在编辑的单元格（按 Enter 或 Esc 结束编辑）后重试，或改用“复制报告全文”。`,

  wordingTitle: "总体情况中的数字",
  wordingHint: "本单位原文也写了生成语句中的数字。报告只写一遍：可选用生成的语句或本单位原文，选择保存在“报告信息”中。",
  wordingLabel: (title: string) => `${title}采用`,
  wordingOptions: { auto: "自动", generated: "生成的语句", user: "本单位原文" },
  /** What the report printed, by `SubItemWording.printed`. */
  wordingPrinted: {
    both: "本次印出生成的语句和本单位原文（原文没有重复其中的数字）。",
    user: "本次印出本单位原文（其中的数字与表格一致），不再重复生成的语句。",
    generated: "本次印出生成的语句，原文中重复这些数字的句子不印出。",
    marked: "本次两者都印出：原文中有数字与表格不一致，已在报告中用【】标出，请改正原文或选用生成的语句。",
  },
  savingWording: "正在保存选择……",
  wordingNoRow: (title: string) =>
    `“报告信息”中没有“${title}数字的写法”一行（工作簿由旧版插入），无法保存选择。请点击“修复表格”后再选。`,

  errorTitle: "生成报告未完成",
  dismiss: "关闭提示",
} as const;
