/**
 * The phrase catalogue: every sentence and clause the report generator writes, in one place, so an agency can adjust
 * the wording without touching the logic.
 *
 * Templates use `{name}` placeholders. A placeholder for a figure (`{n}`) receives either the number read from a cell
 * or a visible gap such as `【表三 一、本年新收·总计 未填写】`; numbers are never written into a template here.
 * Labels of rows, columns and sections are not repeated here either: they come from `src/format` (`{doc}`, `{kind}`,
 * `{category}`, `{group}`, `{outcome}` receive official labels).
 *
 * Each sentence has a "some" form and a zero form, so that zero cases read as proper Chinese
 * (`本年度未收到政府信息公开申请，无上年结转申请`) rather than `收到政府信息公开申请0件`.
 */
export const PHRASES = {
  /** The report title: `<机关><年度>年政府信息公开工作年度报告`. */
  title: "{agency}{year}年政府信息公开工作年度报告",

  /** The introduction before 一、总体情况 (legal basis, the six parts, statistical period, contact). */
  intro: {
    /** `{notice}`: the title of the notice that defines the report's format, in 《》; `{number}`: its document number. */
    basis: "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{notice}（{number}）要求，编制本报告。",
    /** `{parts}`: the section names without their numerals, joined by `partSeparator`; `{count}`: 六. */
    parts: "本报告由{parts}{count}个部分组成。",
    partSeparator: "、",
    period: "本报告中所列数据的统计期限为{year}年1月1日至12月31日。",
    /** `{details}`: the given contact fields, each from `contactFields`, joined by `contactSeparator`. */
    contactWithOffice: "如对本报告有疑问，请与{office}联系（{details}）。",
    contactOfficeOnly: "如对本报告有疑问，请与{office}联系。",
    contactWithoutOffice: "如对本报告有疑问，请联系（{details}）。",
    contactFields: {
      address: "地址：{value}",
      postcode: "邮编：{value}",
      phone: "电话：{value}",
      fax: "传真：{value}",
      email: "电子邮箱：{value}",
    },
    contactSeparator: "，",
    website: "本报告电子版可在{website}查阅。",
  },

  /** 一（二）依申请公开 and 三's summary: counts from 表三 (总计 column). */
  requests: {
    received: "本年度共收到政府信息公开申请{n}件",
    /** One application: no 共 (a total of one is not a total). */
    receivedOne: "本年度收到政府信息公开申请1件",
    receivedNone: "本年度未收到政府信息公开申请",
    carriedOver: "上年结转{n}件",
    carriedOverNone: "无上年结转申请",
    handled: "办结{n}件",
    handledNone: "未办结申请",
    carriedForward: "结转下年度继续办理{n}件",
    carriedForwardNone: "无需结转下年度办理",
    clauseSeparator: "，",
    end: "。",
    /** The outcome sentence: `{outcomes}` are `outcome` items for the non-zero categories (group sums). */
    outcomes: "办理结果中，{outcomes}。",
    /** One application handled: its one outcome, without a count. */
    outcomeOne: "办理结果为{category}。",
    /** When （七）总计 and the results disagree (H2): no category is stated, `{gap}` shows the disagreement. */
    outcomesDisputed: "各项办理结果{gap}。",
    outcome: "{category}{n}件",
    outcomeSeparator: "，",
    tableReference: "具体情况见下表。",
  },

  /**
   * 一（三）政府信息管理: 规章 and 规范性文件 from 表二 第二十条第（一）项. `{doc}` is the row label. `columns` holds the
   * clause of each column of that block, by the column's key in the format (2021: 制发 / 废止 / 现行有效; 2019: 新制作 /
   * 新公开 / 对外公开总数), each with its zero form.
   */
  rulemaking: {
    lead: "本年度",
    columns: {
      issued: { some: "制发{doc}{n}件", none: "未制发{doc}" },
      repealed: { some: "废止{doc}{n}件", none: "未废止{doc}" },
      in_force: { some: "现行有效{doc}{n}件", none: "无现行有效的{doc}" },
      made: { some: "新制作{doc}{n}件", none: "未新制作{doc}" },
      published: { some: "新公开{doc}{n}件", none: "未新公开{doc}" },
      disclosed_total: { some: "对外公开{doc}共{n}件", none: "无对外公开的{doc}" },
    } as Record<string, { some: string; none: string }>,
    clauseSeparator: "，",
    rowSeparator: "；",
    end: "。",
  },

  /**
   * 二、主动公开政府信息情况 and 一（一）: 表二's blocks after 第二十条第（一）项. A block of one value (2021) gives a
   * decision (件) or the fee (万元, as typed) per row; a block of several columns (2019) gives one clause per row from
   * `columns`, by the column's key in the format, the first naming the row (`{kind}`). `{n}` is the figure as typed
   * (a 采购总金额 with its unit as written); a signed 本年增/减 below zero takes `negative` with its size.
   */
  proactive: {
    lead: "本年度",
    decision: "作出{kind}决定{n}件",
    decisionNone: "未作出{kind}决定",
    fee: "收取{kind}{n}万元",
    feeNone: "未收取{kind}",
    columns: {
      items_last_year: { some: "{kind}上一年项目{n}个", none: "{kind}上一年无项目" },
      items_change: { some: "本年增加{n}个", none: "本年无增减", negative: "本年减少{n}个" },
      decisions: { some: "作出处理决定{n}件", none: "未作出处理决定" },
      projects: { some: "{kind}项目{n}个", none: "无{kind}项目" },
      amount: { some: "采购总金额{n}", none: "采购总金额为0" },
    } as Record<string, { some: string; none: string; negative?: string }>,
    clauseSeparator: "，",
    feeSeparator: "；",
    end: "。",
    tableReference: "具体情况见下表。",
    /** 二: the section only points to its table, since 一（一） already states the figures in words. */
    section: "本年度主动公开政府信息情况见下表。",
    /** 一（一）: the same decisions and fee, introduced as what was published under 《条例》第二十条. */
    overviewLead: "本年度按照《条例》第二十条规定主动公开处理决定和收费信息：",
    /** 一（一） when 表二 also counts items and procurement (blocks of several columns). */
    overviewLeadItems: "本年度按照《条例》第二十条规定主动公开的情况：",
  },

  /**
   * 六: the 信息处理费 position (国办函〔2020〕109号) from 报告信息 — notices issued (件) and fees collected (元, never
   * 表二's 万元). `{n}` is the number of notices, `{x}` the amount in 元 as typed.
   */
  processingFees: {
    lead: "本年度",
    notices: "发出收费通知{n}件",
    noticesNone: "未发出收费通知",
    collected: "实收信息处理费{x}元",
    collectedNone: "未收取信息处理费",
    clauseSeparator: "，",
    end: "。",
    /** The names a gap uses when a field is blank or not a number. */
    fieldNames: { noticesIssued: "报告信息 收费通知件数", collectedYuan: "报告信息 实收信息处理费（元）" },
    /** A user text of 六 that only says there is nothing to report; dropped after the generated fee sentence. */
    nothingToReport: ["无", "无。", "暂无", "暂无。"],
  },

  /**
   * The appendix listing the 提示 the filer checked and kept, each with its 说明 (printed only when there are any).
   * `{title}` and `{message}` are the finding's, `{text}` the 说明 as written, `{count}` the number of kept 提示.
   */
  explanations: {
    heading: "附：校验说明",
    lead: "以下{count}项提示经核实后保留，说明如下：",
    item: "{index}．{title}：{message}。说明：{text}",
  },

  /** 四、行政复议、行政诉讼: from 表四. `{group}` and `{outcome}` are the table's labels. */
  litigation: {
    noneAtAll: "本年度未发生政府信息公开行政复议、行政诉讼案件。",
    reconsideration: "本年度因政府信息公开被申请行政复议{n}件",
    reconsiderationNone: "本年度未发生政府信息公开行政复议案件",
    litigationNone: "未发生政府信息公开行政诉讼案件",
    /** A group whose total and outcomes disagree (H4): no figure and no outcome is stated, `{gap}` shows both sides. */
    reconsiderationDisputed: "本年度因政府信息公开被申请行政复议的件数{gap}",
    group: "{group}的政府信息公开行政诉讼{n}件",
    groupDisputed: "{group}的政府信息公开行政诉讼件数{gap}",
    groupNone: "无{group}的政府信息公开行政诉讼案件",
    /**
     * A group of several cases that all share one outcome, by 表四 column key: `均获维持` only when every case is
     * 结果维持 (no 纠正, 其他 or 尚未审结).
     */
    outcomeAll: { upheld: "均获维持", corrected: "均被纠正", other: "均为其他结果", pending: "均尚未审结" } as Record<string, string>,
    /** A group of one case: its outcome, by 表四 column key (`1件，结果为维持`, never `1件，均获维持`). */
    outcomeOne: { upheld: "结果为维持", corrected: "结果为纠正", other: "结果为其他结果", pending: "尚未审结" } as Record<string, string>,
    outcomes: "其中{outcomes}",
    outcome: "{outcome}{n}件",
    outcomeSeparator: "、",
    clauseSeparator: "，",
    groupSeparator: "；",
    end: "。",
    tableReference: "具体情况见下表。",
  },

  /**
   * A sentence of the user's text whose figure the tables deny (S3, S6), marked after it: `{stated}` the user's figure,
   * `{name}` the cell (or sum) and `{value}` its value; with several readings (`办理…218件`) each reading's name and
   * value; for `均获维持` and the like the cells that deny it.
   */
  wording: {
    mismatch: "【上句的{stated}件与{name}（{value}件）不一致】",
    mismatchReadings: "【上句的{stated}件与{readings}都不一致】",
    reading: "{name}（{value}件）",
    mismatchAll: "【上句与表格不一致：{cells}】",
    cellValue: "{name}为{value}件",
    separator: "、",
  },

  /** Visible placeholders for figures and fields that are not filled in. `{cell}` is the cell's display name. */
  gaps: {
    blank: "【{cell} 未填写】",
    placeholder: "【{cell} 填为“{raw}”，应填数字】",
    invalid: "【{cell} “{raw}”不是有效数字】",
    field: "【{field} 未填写】",
    /**
     * A figure of a failing table equation (H1–H4): neither side is stated as fact. `{table}` 表三/表四, `{scope}` the
     * equation's row, column or group, `{leftName}`/`{rightName}` its sides as the format prints them, `{left}`/`{right}`
     * their values. `disputedAgain` for a later mention in the same paragraph.
     */
    disputed: "【{table} {scope}：{leftName}{left}件与{rightName}{right}件不一致】",
    disputedAgain: "【{table} {scope} 不一致，见上】",
    /** A user-text section or sub-item left empty; `{title}` is its heading. */
    text: "【{title} 未填写】",
    fieldNames: { agency: "机关名称", year: "年度" },
  },

  /** Printed at the top when the tables fail 强制 checks. */
  checkNotice: "未通过校验：有 {errors} 项强制问题未改正{warnings}，文中数字可能有误，请改正后再发布。",
  checkNoticeWarnings: "（另有 {warnings} 项提示）",

  /** The caption of a statistics table: `{short}` 表二, `{section}` the section title without its numeral. */
  tableCaption: "{short} {section}",

  /** The date under the signature. */
  date: "{year}年{month}月{day}日",

  /** Chinese numerals for counts of parts (index = number). */
  numerals: ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"],
} as const;

export type Phrases = typeof PHRASES;
