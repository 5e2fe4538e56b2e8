/**
 * The words of statistical sentences in 政府信息公开工作年度报告, as data: which words name which table quantity,
 * which name something else (信访, 热线, 留言 …), and the small words that change a reading (未, 其中, 各, 分别, 较).
 *
 * Each entry is a regular expression (matched at a position, the longest match wins) and what the words mean. Table
 * quantities are named by the format's keys (表三 row and group keys, 表四 group and column keys, 表二 row and column
 * keys), and the lexicon is built for a format: the labels of 表三's result groups and items are taken from it (so
 * `予以公开`, `属于国家秘密` … are never written twice, and the 2019 单行 （六）其他处理 is one row), and a word is
 * only in the lexicon when its row or column is in the format (`废止` only where 表二 has 本年废止件数). Sources: the
 * corpus of real sentences in test/prose/corpus.ts.
 */
import type { FormatDef } from "../format";

/** What a sentence is about, as far as the tables go. */
export type Topic = "requests" | "cases" | "table2" | "other";

/** The meaning of a lexicon entry. */
export type Lexeme =
  /** A verb of 政府信息公开申请: received (本年新收), handled (（七）总计) or processed (办理/处理: either). */
  | { kind: "verb"; verb: "receive" | "handle" | "process" }
  /** A 表三 row that is a quantity by itself in a request sentence (上年结转, 结转下年度). */
  | { kind: "row"; row: string }
  /** A 表三 result group or item (`granted`, `denied`, `unable_1` …). */
  | { kind: "result"; row: string }
  /** 表三 applicant columns (自然人, 法人或其他组织 = the five organisation columns …). */
  | { kind: "applicant"; columns: string[] }
  /** 表四 groups: 行政复议, 行政诉讼 (both litigation groups), 复议后起诉 …. */
  | { kind: "case"; groups: string[] }
  /** A 表四 outcome column (结果维持 …). */
  | { kind: "outcome"; column: string }
  /** Every case of the group had this outcome (均获维持, 为其他结果): the other outcome columns are 0. */
  | { kind: "allOutcome"; column: string }
  /** A 表二 document row (规章, 行政规范性文件); `""` for a bare 文件 that refers back to the last one named. */
  | { kind: "doc"; row: string }
  /** A 表二 document column verb (制发 issued, 废止 repealed, 现行有效 in_force). */
  | { kind: "docVerb"; column: string }
  /** A 表二 decision row (行政许可决定 …) and the column of its decisions (`""` when the row has one cell). */
  | { kind: "decision"; row: string; column: string }
  /** A noun that sets what the sentence is about; `countable` nouns are the thing counted (申请, 依申请公开事项). */
  | { kind: "topic"; topic: Topic; countable?: boolean }
  | { kind: "neg" }
  /** 其中, 含, 包括: what follows is a part of what came before. */
  | { kind: "scope" }
  /** 另有: what follows is in addition. */
  | { kind: "besides" }
  | { kind: "each" }
  | { kind: "respectively" }
  /** 均为, 皆为: all of them were … (均为自然人申请). */
  | { kind: "allOf" }
  | { kind: "conj" }
  /** A comparison (较上年, 同比, 增长): the numbers after it are differences or rates. */
  | { kind: "comparative" }
  /** Another period (上半年, 第一季度, 去年): the numbers after it are not this year's. */
  | { kind: "otherPeriod" }
  /** This year again (本年度, 今年, 全年). */
  | { kind: "thisPeriod" }
  /** A unit other than the reporting agency (其中市本级, 各县区): the numbers after it are not the report's. */
  | { kind: "otherUnit" };

/** One entry: the words (a regular expression source, without anchors) and their meaning. */
export interface LexiconEntry {
  words: string;
  lexeme: Lexeme;
}

/** A 表三 label without its numbering and bracketed note: `1.属于国家秘密` → `属于国家秘密`, `（二）部分公开（…）` → `部分公开`. */
export function bareLabel(label: string): string {
  return label
    .replace(/^（[一二三四五六七八九十]+）/, "")
    .replace(/^\d+\./, "")
    .replace(/（.*）$/, "");
}

/** Escape a literal for a regular expression; quotes match straight or curly, brackets full- or half-width. */
function literal(s: string): string {
  return s
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/[“”"]/g, "[“”\"]")
    .replace(/、/g, "[、，,]");
}

const REQUEST_NOUN = "(?:政府信息公开申请|信息公开申请|政府信息依申请公开|依申请公开政府信息|依申请公开|申请)";

/**
 * 表三 result words: each group's and each item's label from the format (except the bare `其他` of （六）3, which
 * says nothing by itself), with `答复` allowed after (`予以公开答复966件`), plus the wordings reports use instead.
 */
function resultEntries(format: FormatDef): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  const rows = new Set<string>();
  for (const g of format.structure.table3.groups) {
    if (g.key === "total") continue;
    rows.add(g.key);
    out.push({ words: `(?:本机关|信息)?${literal(bareLabel(g.label))}(?:的)?(?:答复)?`, lexeme: { kind: "result", row: g.key } });
    for (const item of g.items ?? []) {
        rows.add(item.key);
        const bare = bareLabel(item.label);
        if (bare === "其他") continue;
        out.push({ words: literal(bare), lexeme: { kind: "result", row: item.key } });
    }
  }
  const synonyms: [string, string][] = [
    ["同意公开", "granted"],
    ["国家秘密", "denied_1"],
    ["第三方合法权益", "denied_4"],
    ["(?:属于)?三类内部事务信息", "denied_5"],
    ["(?:属于)?四类过程性(?:性)?信息|过程性信息", "denied_6"],
    ["行政执法案卷", "denied_7"],
    ["行政查询事项", "denied_8"],
    ["本?(?:机关|单位|部门|局|办|委|院|中心|政府)?(?:不掌握|未掌握)(?:相关)?(?:政府)?(?:信息)?", "unable_1"],
    ["(?:需要)?另行制作", "unable_2"],
    ["逾期(?:不补正|未补正)", "other_1"],
  ];
  for (const [words, row] of synonyms) if (rows.has(row)) out.push({ words, lexeme: { kind: "result", row } });
  return out;
}

/**
 * The words for 表二's document columns, by the column's printed label: a format has the word when it has the column
 * (the 2019 表二's 本年新制作数量 / 本年新公开数量 / 对外公开总数量 are other concepts and have none).
 */
const DOC_COLUMN_WORDS: { label: string; words: string }[] = [
  { label: "本年制发件数", words: "制发|制定发布|制定出台|制定|制订|出台|印发|(?<!更)新发布" },
  { label: "本年废止件数", words: "(?:清理|宣布|予以)?废止" },
  { label: "现行有效件数", words: "现行有效(?:的)?" },
];

/** 表二's words by row label: the documents, and the decisions (in the block's 处理决定数量 column). */
const DOC_ROW_WORDS: { label: string; words: string }[] = [
  { label: "规章", words: "规章" },
  { label: "行政规范性文件", words: "(?:行政)?规范性文件" },
  { label: "规范性文件", words: "(?:行政)?规范性文件" },
];
const DECISION_ROW_WORDS: { label: string; words: string }[] = [
  { label: "行政许可", words: "(?:作出)?行政许可(?:处理)?决定(?:数量|书)?" },
  { label: "行政处罚", words: "(?:作出)?行政处罚(?:处理)?决定(?:数量|书)?" },
  { label: "行政强制", words: "(?:作出)?行政强制(?:处理)?决定(?:数量|书)?" },
];

/** The 表二 entries of a format: documents, their column verbs, and decision rows. */
function table2Entries(format: FormatDef): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const block of format.structure.table2.blocks) {
    for (const row of block.rows) {
      const doc = DOC_ROW_WORDS.find((w) => w.label === row.label);
      if (doc) out.push({ words: doc.words, lexeme: { kind: "doc", row: row.key } });
      const decision = DECISION_ROW_WORDS.find((w) => w.label === row.label);
      const decisionColumn = block.columns.find((c) => /处理决定数量/.test(c.label));
      if (decision && decisionColumn) out.push({ words: decision.words, lexeme: { kind: "decision", row: row.key, column: decisionColumn.key } });
    }
    if (block.rows.some((r) => DOC_ROW_WORDS.some((w) => w.label === r.label)))
      for (const column of block.columns) {
        const verb = DOC_COLUMN_WORDS.find((w) => w.label === column.label);
        if (verb) out.push({ words: verb.words, lexeme: { kind: "docVerb", column: column.key } });
      }
  }
  return out;
}

/** The entries that do not depend on the report year. */
const BASE: LexiconEntry[] = [
  // ── requests ──
  { words: "(?:新|本年)?(?:收到|受理|接收到|接收|接到|收悉)|新收|新增|新接收", lexeme: { kind: "verb", verb: "receive" } },
  { words: "办结|答复|回复|办理完毕|办理完成|作出答复|办复", lexeme: { kind: "verb", verb: "handle" } },
  { words: "办理|处理", lexeme: { kind: "verb", verb: "process" } },
  { words: `(?:上一?年度?|去年|上年度?|前一年度?)(?:的)?(?:结转|转结|遗留|转入)(?:的)?(?:${REQUEST_NOUN})?(?:数量)?`, lexeme: { kind: "row", row: "carried_over" } },
  {
    words: "(?:结转|转结|顺延|转入|延续|转)(?:至|到|入)?(?:下一?年度?|下一年|明年|次年)(?:继续)?(?:办理|答复|办结)?|下一?年度?结转",
    lexeme: { kind: "row", row: "carried_forward" },
  },
  { words: "(?:政府信息公开|信息公开)申请(?:书|件)?|公开政府信息的申请|申请书|依申请公开(?:政府信息)?(?:的)?(?:申请|事项|件|请求|案件)|政府信息依申请公开(?:件)?", lexeme: { kind: "topic", topic: "requests", countable: true } },
  { words: "依申请(?:公开)?(?:政府)?(?:信息)?", lexeme: { kind: "topic", topic: "requests" } },
  // A bare 申请 is a request only after a verb, a count or a break; 低保申请, 网络申请 are other things or channels.
  { words: "(?<=^|[件份条个次的了到理收出交为\\d\\s，,。；;：:（(、])申请(?:件)?", lexeme: { kind: "topic", topic: "requests", countable: true } },
  { words: "自然人|公民个人|个人", lexeme: { kind: "applicant", columns: ["natural_person"] } },
  { words: "法人(?:或|和|及)其他组织|法人", lexeme: { kind: "applicant", columns: ["commercial", "research", "social_welfare", "legal_service", "other_org"] } },
  { words: "商业企业", lexeme: { kind: "applicant", columns: ["commercial"] } },
  { words: "科研机构", lexeme: { kind: "applicant", columns: ["research"] } },
  { words: "社会公益组织", lexeme: { kind: "applicant", columns: ["social_welfare"] } },
  { words: "法律服务机构", lexeme: { kind: "applicant", columns: ["legal_service"] } },
  // ── 表四 ──
  { words: "行政复议(?:案件|案)?", lexeme: { kind: "case", groups: ["reconsideration"] } },
  { words: "(?:行政)?诉讼(?:案件|案)?", lexeme: { kind: "case", groups: ["litigation_direct", "litigation_after_reconsideration"] } },
  { words: "未经复议直接(?:起诉|提起(?:行政)?诉讼)|直接(?:起诉|提起(?:行政)?诉讼)", lexeme: { kind: "case", groups: ["litigation_direct"] } },
  { words: "(?:经)?复议后(?:提起)?(?:起诉|(?:行政)?诉讼)", lexeme: { kind: "case", groups: ["litigation_after_reconsideration"] } },
  { words: "结果维持|维持原(?:具体)?(?:行政行为|决定|判)?|维持", lexeme: { kind: "outcome", column: "upheld" } },
  { words: "结果纠正|被?纠正|被?纠错|撤销|确认违法", lexeme: { kind: "outcome", column: "corrected" } },
  { words: "其他结果", lexeme: { kind: "outcome", column: "other" } },
  { words: "尚未审结|未审结|正在审理(?:中)?|审理中", lexeme: { kind: "outcome", column: "pending" } },
  { words: "均(?:获|被|予|已)?维持|全部(?:获|被)?维持|结果(?:均)?为维持|均为结果维持", lexeme: { kind: "allOutcome", column: "upheld" } },
  { words: "均(?:被)?纠正|结果(?:均)?为纠正|均为结果纠正", lexeme: { kind: "allOutcome", column: "corrected" } },
  { words: "(?:均)?为其他结果", lexeme: { kind: "allOutcome", column: "other" } },
  { words: "均尚未审结|均在审理中", lexeme: { kind: "allOutcome", column: "pending" } },
  // ── 表二 ──
  { words: "文件", lexeme: { kind: "doc", row: "" } },
  // 新制定5件 beside 修改4件: whether amendments count as 本年制发 is not said, so neither is read.
  { words: "新制定|修改|修订", lexeme: { kind: "topic", topic: "other" } },
  // ── other things: numbers about them are never table quantities ──
  {
    words:
      "信访|热线|12345|人大代表建议|人大建议|代表建议|建议提案|政协提案|提案|议案|群众诉求|诉求|来信|信箱|信件|咨询|留言|投诉|举报|舆情|办件|" +
      "(?:行政)?许可申请|(?:行政)?复议申请|政务服务|审批|批复|证照|政策解读|解读|新闻|会议|征集|访谈|公告|通知|" +
      "政策性文件|公文|清单|项目|事项(?!的)|信息(?=\\d|[0-9０-９一二三四五六七八九十百千]+[件条篇])",
    lexeme: { kind: "topic", topic: "other" },
  },
  // ── small words ──
  { words: "未|无|没有|暂无|均未|尚无|不存在", lexeme: { kind: "neg" } },
  { words: "其中|含|包括|包含", lexeme: { kind: "scope" } },
  { words: "另有|另外|此外|另", lexeme: { kind: "besides" } },
  { words: "各", lexeme: { kind: "each" } },
  { words: "分别(?:为|是)?", lexeme: { kind: "respectively" } },
  { words: "均为|皆为|全部为|全为|均系|都是|均是", lexeme: { kind: "allOf" } },
  { words: "、|和|及|以及|与|并|或", lexeme: { kind: "conj" } },
  { words: "较|比(?!例)|同比|环比|相比|增长|下降|减少|增加|上升|提高|降低|增幅|降幅|增量|占比|占", lexeme: { kind: "comparative" } },
  { words: "上半年|下半年|第[一二三四1-4]季度|季度|同期|去年|上一?年度?|前年|明年|下一?年度?|次年|历年", lexeme: { kind: "otherPeriod" } },
  { words: "本年度?|今年|全年|当年|本年内|年内", lexeme: { kind: "thisPeriod" } },
  {
    words: "(?<=其中[，,：:]?)(?:市本级|市直|区直|县直|各县|各区|各市|各乡镇|各街道|乡镇|街道|各部门|部门|各单位|下属)",
    lexeme: { kind: "otherUnit" },
  },
];

/** A year written out: `2021年`, `2021 年度`. The year decides whether the numbers after it are this year's. */
export const YEAR_RE = /([12][0-9]{3})\s*年(?:度)?/y;

/**
 * The entries for a format and a report year: last year's and next year's carried applications written with the year
 * (`2020年结转办理1件` in a 2021 report is 上年结转; `转结2022年办理` is 结转下年度), the format's 表三 result words and
 * 表二 words, then the entries every format shares.
 */
export function lexiconFor(format: FormatDef, year: number | null): LexiconEntry[] {
  const own = [...resultEntries(format), ...table2Entries(format), ...BASE];
  if (year === null) return own;
  return [
    {
      words: `${year - 1}\\s*年(?:度)?(?:收到|受理)?(?:的)?(?:${REQUEST_NOUN})?(?:结转|转结|转入)(?:至|到)?(?:本年度?|${year}\\s*年度?)?(?:办理)?(?:的)?(?:${REQUEST_NOUN})?`,
      lexeme: { kind: "row", row: "carried_over" },
    },
    {
      words: `(?:结转|转结|顺延|转入|延续|转)(?:至|到|入)?${year + 1}\\s*年(?:度)?(?:继续)?(?:办理|答复|办结)?`,
      lexeme: { kind: "row", row: "carried_forward" },
    },
    ...own,
  ];
}
