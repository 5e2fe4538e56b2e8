/**
 * Every Simplified Chinese string of the task pane, in one place. Labels of the format itself (table and cell names)
 * are not here: they come from src/format through the findings' messages.
 */
export const STRINGS = {
  appTitle: "年报助手",
  appSubtitle: "政府信息公开工作年度报告",
  insert: "插入统计表",
  inserting: "正在插入统计表……",
  inserted: (what: string) => `已${what}。请在“统计表”工作表中填写表二、表三、表四，没有发生的填 0；填写时这里会随时列出问题。`,

  // The report year of a new table set and its format
  reportYear: "报告年度",
  insertAs: (year: number, format: string, source: string) => `按 ${format}（${source}）插入 ${year} 年度统计表`,
  insertWill: (what: string) => `将${what}。`,
  yearMissing: (example: number) => `请填写报告年度（统计的是哪一年，如 ${example}）。`,
  yearInvalid: (typed: string, example: number) => `报告年度“${typed}”不是四位数的年份，请填写如 ${example}。`,
  yearTooLate: (year: number, thisYear: number) => `报告年度 ${year} 晚于今年（${thisYear} 年），该年度的报告还不能编写。`,
  yearBeforeFormats: (year: number, first: number, source: string) =>
    `${year} 年度的年报没有统一的统计表格式：统一格式自 ${first} 年度报告起使用（${source}），无法插入统计表。`,
  currentFormat: (format: string, source: string, year: number | null) =>
    `当前表格：${format}（${source}）${year !== null ? `，${year} 年度` : "，报告信息中未填写年度"}`,
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
  countsLabel: (errors: number, warnings: number, explained = 0) => `强制 ${errors} 项，提示 ${warnings} 项，已说明 ${explained} 项`,
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
  errorProtected:
    "Excel 拒绝写入（AccessDenied）：要写入的单元格在受保护的工作表上且已锁定。请在“审阅”选项卡点击“撤销工作表保护”后重试；已写入的部分会在下面的校验结果中反映。",
  dismiss: "关闭提示",
  startupTitle: "年报助手无法启动",
  crashTitle: "年报助手出现了意外问题",
  crashBody:
    "窗格已停止显示，已填写的数据都在工作簿中，不受影响。请点“重新加载”；如果仍然出现，请点“复制诊断信息”，把复制的内容发给信息化管理员或维护人员。",
  copyDiagnostics: "复制诊断信息",
  reload: "重新加载",
  diagnosticsLabel: "诊断信息",
  diagnosticsCopied: "已复制诊断信息，可以粘贴到邮件或聊天窗口中。",
  diagnosticsNotCopied: "无法自动复制：请在下面的框中全选并复制。",

  // Live checking and modes
  recheck: "重新校验",
  modeLive: "实时校验",
  modeManual: "手动校验（Excel 版本较旧）",
  modeLabel: (mode: string, level: string) => `校验方式：${mode}${level ? `（${level}）` : ""}`,
  modeConnecting: "正在启动实时校验",
  modePaused: (reason: string) => `已暂停（${reason}）`,
  pausedCellEdit: "Excel 正在编辑单元格",
  pausedOther: (detail: string) => `无法接收表格变更：${detail}`,
  pausedHint: (reason: string) =>
    `实时校验已暂停：${reason}。结束单元格编辑（按 Enter 或 Esc）后会自动恢复；在此之前，回到本窗格时和每隔一会儿仍会自动校验。`,
  manualHint: "此 Excel 不支持表格变更事件（需要 ExcelApi 1.7 及以上），修改表格后请点击“重新校验”；回到本窗格时也会自动校验。",
  checkPending: "表格已修改，正在重新校验……",
  checkFailedTitle: "自动校验未完成，稍后自动重试",
  checkFailedStale: (time: string) => `下面是 ${time} 的校验结果，之后的修改还没有校验。`,
  checkFailedNone: "还没有校验结果。",
  retryNow: "立即重试",
  announce: (errors: number, warnings: number, explained: number) =>
    `校验完成：强制 ${errors} 项，提示 ${warnings} 项，已说明 ${explained} 项。`,
  statusLabel: "校验状态",
  announceNoTables: "校验完成：未找到统计表。",
  announcePass: (tables: number, text: number) => `校验完成：${tables} 项表格检查和 ${text} 项报告信息与正文检查全部通过。`,
  allPassDetail: (tables: number, text: number) => `全部通过：${tables} 项表格检查和 ${text} 项报告信息与正文检查均未发现问题。`,

  // Findings list
  filterTable: "表格",
  filterSeverity: "类别",
  filterAll: "全部",
  filterText: "正文",
  filterEmpty: "没有符合筛选条件的问题。",
  shown: (n: number, total: number) => (n === total ? `共 ${total} 项` : `显示 ${n} / ${total} 项`),
  difference: (d: string) => `相差 ${d}`,
  fixValue: (v: number) => `应填 ${v}`,
  quoted: (sentence: string) => `原文：“${sentence}”`,
  findingHint: "按 Enter 在工作表中选中两边的单元格",
  findingLabel: (severity: string, title: string, detail: string) => `${severity}：${title}。${detail}。按 Enter 选中相关单元格`,
  layoutTodo: "修复表格会按标准格式重建，并保留能放回原位的数据。",

  // 说明
  keep: "保留并说明",
  keepLabel: (title: string) => `保留并说明：${title}`,
  explainLabel: "说明（为什么保留，例如数据来源或特殊情况）",
  explainSave: "保存说明",
  explainEmpty: "请填写说明后再保存。",
  explainEdit: "修改说明",
  explainRemove: "撤销说明",
  explainedAt: (text: string, at: string) => `已说明：${text}${at ? `（${at}）` : ""}`,
  explainSaved: "说明已保存在工作簿中。",
  explainRemoved: "已撤销说明。",

  // Fill helpers
  fillBlanks: "空白填 0",
  importDocument: "从文档导入本年数据…",
  confirmDocument: "我已核对，仍导入这份文档",
  importDocumentTitle: (file: string) => `从“${file}”导入本年数据`,
  importDocumentFailed: (file: string, reason: string) => `无法从“${file}”导入：${reason}`,
  importSkippedIntro: (n: number) => `以下 ${n} 项不会修改：`,
  overwriteWarning: (n: number, names: string[]) =>
    `注意：其中 ${n} 项已经填写，确认后原值将被覆盖：${names.slice(0, 8).join("、")}${names.length > 8 ? ` 等 ${n} 项` : ""}（原值见下表，标有“覆盖”）。`,
  fieldsIntro: (n: number) => `“报告信息”中将修改以下 ${n} 项（原值 → 新值）：`,
  fieldRow: (name: string, from: string, to: string, overwrites: boolean) => `${name}：${from} → ${to}${overwrites ? "（覆盖）" : ""}`,
  overwriteMark: "（覆盖）",
  longText: (head: string, length: number) => `“${head}…”（共 ${length} 字）`,
  confirmImport: (cells: number, fields: number) =>
    cells === 0 ? `确认修改 ${fields} 项报告信息` : fields === 0 ? `确认修改 ${cells} 个单元格` : `确认修改 ${cells} 个单元格和 ${fields} 项报告信息`,
  changedWithInfo: (cells: number, fields: number) => (cells === 0 ? `已修改 ${fields} 项报告信息。` : `已修改 ${cells} 个单元格和 ${fields} 项报告信息。`),
  computeTotals: "计算总计",
  fillBlanksTitle: "把空白单元格填 0",
  computeTotalsTitle: "由各项计算总计",
  changesIntro: (n: number) => `将修改以下 ${n} 个单元格（原值 → 新值）。确认之前不会写入。`,
  changeRow: (name: string, from: string, to: number) => `${name}：${from} → ${to}`,
  blank: "空白",
  skippedIntro: (n: number) => `以下 ${n} 个总计无法计算，不会修改：`,
  noChanges: "没有需要修改的单元格。",
  confirmChanges: (n: number) => `确认修改 ${n} 个单元格`,
  changed: (n: number) => `已修改 ${n} 个单元格。`,
  convertNumbers: "转为数值",
  convertNumbersTitle: "把文本形式的数字转为数值",
  convertSkippedIntro: (n: number) => `以下 ${n} 个单元格不是可转换的数字，不会修改：`,
  fillBlocked: "请先修复表格：表格结构有问题时，空白填 0、计算总计和转为数值暂不可用。",
  reenterSkippedIntro: (n: number) => `以下 ${n} 个单元格属于修复表格时未能找回的行，请对照旧表重新填写，不会填 0：`,

  // Insert when sheets exist
  existingSets: (sheets: string) => `工作簿中已有：${sheets}。请选择如何处理；选择之前不会修改工作簿。`,
  replaceKeep: "替换（保留已填数据）",
  replaceKeepHint: "按标准格式重建当前这份表格，把已填写的数据放回原位。",
  addSet: "新增一份",
  addSetNeedsYear: "请先在窗格中填写正确的报告年度。",
  addSetHint: (sheet: string, what: string) => `另外${what}（工作表“${sheet}”等），原有表格不动。`,
  insertedSet: (sheet: string, what: string) => `已${what}（新的一份，工作表“${sheet}”）。`,
  currentSet: "当前报表",

  // Repair
  repair: "修复表格",
  repairTitle: "修复表格",
  repairBody: (sheets: string, kept: number) =>
    `将删除并按标准格式重建工作表：${sheets}（标签、合并单元格、格式、名称、校验单元格）。可放回原位的 ${kept} 个已填单元格和报告信息、说明都会保留。`,
  repairLost: (tables: string) =>
    `${tables}的行列或标签已改变，其中的数字无法按位置放回，重建后为空白。建议同时保留旧表的副本，以便对照重新填写。`,
  repairRecovered: (table: string, rows: number) => `${table}的行已改变：已按行标签找回 ${rows} 行的数字，重建后放回原位。`,
  repairReenter: (rows: string) => `以下行需重新填写：${rows}`,
  repairedReenter: (backupSheet: string | null, rows: string) =>
    `已修复表格${backupSheet ? `；旧表的内容保存在工作表“${backupSheet}”中` : ""}。以下行未能找回，需重新填写：${rows}。请对照旧表填写，不要直接填 0。`,
  repairWithBackup: "修复并保留旧表副本",
  repairWithoutBackup: "修复（不保留旧表）",
  repairGo: "修复",
  repaired: "已按标准格式修复表格，数据已放回。",
  repairedBackup: (sheet: string) => `已修复表格；旧表的内容保存在工作表“${sheet}”中，请对照重新填写后删除该工作表。`,
  writing: "正在写入工作簿……",

  // Blank cells gathered by table
  tableName: (table: string) => ({ table2: "表二", table3: "表三", table4: "表四" })[table] ?? table,
  blankGroup: (table: string, n: number) => `${table}有 ${n} 个单元格未填写。没有发生的请填 0，可点“空白填 0”一次补齐；点这里选中这些单元格。`,
  /** The message of a table's cells gathered by state (blank, text forms); see groupBlanks. */
  cellGroup: (state: string, table: string, n: number): string => {
    const convert = "可点“转为数值”一次转换；点这里选中这些单元格。";
    switch (state) {
      case "blank":
        return STRINGS.blankGroup(table, n);
      case "numeric_text":
        return `${table}有 ${n} 个单元格是以文本形式存储的数字，求和时会被忽略。${convert}`;
      case "fullwidth":
        return `${table}有 ${n} 个单元格是全角数字（如“１２”）。${convert}`;
      case "with_unit":
        return `${table}有 ${n} 个单元格在数字后带有单位（如“12件”），单元格只填数字。${convert}`;
      case "placeholder":
        return `${table}有 ${n} 个单元格填的是“/”“—”“无”等符号，不是数字。没有发生的请填 0；点这里选中这些单元格。`;
      default:
        return `${table}有 ${n} 个单元格不是有效数字；点这里选中这些单元格。`;
    }
  },
  reenterGroup: (table: string, n: number) =>
    `${table}有 ${n} 个单元格属于修复表格时未能找回的行，请对照旧表的副本重新填写；点这里选中这些单元格。`,
  blankGroupExpand: (n: number) => `逐条显示（${n}）`,
} as const;
