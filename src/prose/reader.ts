/**
 * The reader of statistical sentences: what a report's own text states about the table quantities.
 *
 * A text is split into sentences and clauses and read word by word with the lexicon (`lexicon.ts`): a count
 * (`numbers.ts`) is tied to the quantity words right before it (`共受理政府信息公开申请 3119 件`) or, for a few words,
 * right after it (`103 件顺延到下年度答复`); `未`/`无` with a quantity states 0 (`未收到政府信息公开申请`); `均获维持`
 * states that no case had another outcome. Precision comes first: a number is read only when the words around it
 * leave no doubt which quantity it is. Numbers of another year or period, comparisons (`较上年增加12件`), other
 * units (`其中市本级…`), approximations and ranges, and sentences about other things (信访, 热线, 留言, 人大建议 …)
 * give no statement.
 */
import type { FormatDef } from "../format";
import { findCounts, type CountToken } from "./numbers";
import { lexiconFor, YEAR_RE, type Lexeme, type LexiconEntry, type Topic } from "./lexicon";
import type { Quantity } from "./quantities";
import { subjectOf, type SubjectKind } from "./subject";

/** What the reader needs to know about the text. */
export interface ReadContext {
  /** The report's format: which rows, groups and columns its words can name. */
  format: FormatDef;
  /** The report year: a number stated for another year is not read. `null` when unknown. */
  year: number | null;
  /**
   * What the text is about before it says so: `requests` for 一（二）依申请公开, whose sentences often say only
   * `办结69件`. When absent, a sentence must name what it counts.
   */
  topic?: Topic;
  /**
   * The reporting agency's name, when known: a sentence whose subject is the agency's own name gives the agency's
   * figures, and bare `本级` is the agency only in a department's report (`subject.ts`).
   */
  agency?: string;
}

/** A span of the text: offsets and the characters, verbatim. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One thing a sentence states about a table quantity. */
export interface Statement {
  /**
   * The quantity stated. Usually one; several when the wording admits more than one reading (`办理…申请218件` is
   * 本年新收, 新收 + 上年结转, or （七）总计) — then only a value that fits none of them contradicts the tables.
   */
  readings: Quantity[];
  /** The value stated (件). */
  value: number;
  /**
   * How it was said: `count` (`予以公开2件`), `none` (`未收到政府信息公开申请`: 0), `all` (`均获维持`: the other
   * outcomes are 0; `均为自然人申请`: the organisation columns are 0).
   */
  form: "count" | "none" | "all";
  /** The whole sentence, verbatim (spaces kept). */
  sentence: TextSpan;
  /** The words and number the statement was read from. */
  span: TextSpan;
  /** The index of the statement this one is a part of (`其中`, `含`), when there is one. */
  partOf?: number;
}

// ───────────────────────────── sentences and tokens ─────────────────────────────

/** Sentence ends: 。！？ and line breaks; an ASCII full stop when it is not inside a number. */
const SENTENCE_END = /[。！？!?\n]|\.(?![0-9])/g;
/** Clause breaks inside a sentence. */
const CLAUSE_BREAK = /^[，,；;：:（）()【】[\]「」]$/;

/** The sentences of a text, verbatim, with their offsets. Empty sentences are dropped. */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== "") out.push({ start: start + lead, end: start + lead + body.length, text: body });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

type Token =
  | { kind: "lex"; lexeme: Lexeme; start: number; end: number; text: string }
  | { kind: "num"; count: CountToken; start: number; end: number }
  | { kind: "year"; year: number; start: number; end: number }
  | { kind: "break"; start: number; end: number }
  | { kind: "text"; text: string; start: number; end: number };

/** Compiled lexicons, by format and report year. */
const compiled = new Map<string, { re: RegExp; lexeme: Lexeme }[]>();

function compile(format: FormatDef, year: number | null): { re: RegExp; lexeme: Lexeme }[] {
  const key = `${format.id}/${format.variant ?? ""}/${year}`;
  let c = compiled.get(key);
  if (!c) {
    c = lexiconFor(format, year).map((e: LexiconEntry) => ({ re: new RegExp(e.words, "y"), lexeme: e.lexeme }));
    compiled.set(key, c);
  }
  return c;
}

/** The tokens of a sentence: counts, years, lexicon words (longest first), clause breaks and other text. */
function tokenize(sentence: string, format: FormatDef, year: number | null): Token[] {
  const lexicon = compile(format, year);
  const counts = new Map(findCounts(sentence).map((c) => [c.start, c]));
  const tokens: Token[] = [];
  let text = "";
  let textStart = 0;
  const flush = (at: number) => {
    if (text !== "") tokens.push({ kind: "text", text, start: textStart, end: at });
    text = "";
  };
  let i = 0;
  while (i < sentence.length) {
    let best: Token | undefined;
    const count = counts.get(i);
    if (count) best = { kind: "num", count, start: i, end: count.end };
    YEAR_RE.lastIndex = i;
    const y = YEAR_RE.exec(sentence);
    if (y && (!best || y[0].length > best.end - best.start)) best = { kind: "year", year: Number(y[1]), start: i, end: i + y[0].length };
    for (const e of lexicon) {
      e.re.lastIndex = i;
      const m = e.re.exec(sentence);
      if (m && m[0].length > 0 && (!best || m[0].length > best.end - best.start)) best = { kind: "lex", lexeme: e.lexeme, start: i, end: i + m[0].length, text: m[0] };
    }
    if (!best && CLAUSE_BREAK.test(sentence[i])) best = { kind: "break", start: i, end: i + 1 };
    if (best) {
      flush(i);
      tokens.push(best);
      i = best.end;
    } else {
      if (text === "") textStart = i;
      text += sentence[i];
      i++;
    }
  }
  flush(sentence.length);
  return tokens;
}

// ───────────────────────────── reading ─────────────────────────────

/** Small words that may stand between the words of a quantity and its number (`共受理…申请 3119 件`). */
const FILLER_WORDS = [
  "共计", "合计", "总计", "累计", "总共", "共有", "共", "计", "有", "为", "达", "了", "的", "已", "均", "全部", "都",
  "按时", "按期", "依法依规", "依法", "依规", "规范", "及时", "实际", "各类", "数量", "总数", "件数", "量", "案件", "案",
  "政府", "信息", "请求", "提出", "提交", "继续", "予以", "作出", "完成", "公开", "在内", "被", "需", "因", "而", "从而",
  "申请", "提起", "发生", "涉及", "引发", "引起", "产生",
];
const FILLER_RE = new RegExp(`^(?:${FILLER_WORDS.join("|")}|\\s)*$`);

/** True when the text between two words of one statement leaves them together. */
function isFiller(text: string): boolean {
  return FILLER_RE.test(text);
}

/** The five organisation columns and the natural-person column of 表三. */
const ORG_COLUMNS = ["commercial", "research", "social_welfare", "legal_service", "other_org"];
const ALL_APPLICANT_COLUMNS = ["natural_person", ...ORG_COLUMNS];
const OUTCOME_COLUMNS = ["upheld", "corrected", "other", "pending"];

type LexToken = Extract<Token, { kind: "lex" }>;
type NumToken = Extract<Token, { kind: "num" }>;

/** The state carried through a paragraph. */
interface ReadState {
  /** What the current sentence is about so far. */
  topic: Topic | undefined;
  /** The 表四 groups the last case words named, for outcomes (`其中结果维持 72 件`). */
  caseGroups: string[] | undefined;
  /** The 表二 row a bare 文件 refers to. */
  lastDoc: string | undefined;
  /** The current sentence mentions 政府信息公开 (so 行政复议/行政诉讼 are about disclosure). */
  qualified: boolean;
  /** The numbers being read are this year's (false after another year or period). */
  periodOk: boolean;
  /** The numbers being read are the reporting agency's (false after 其中市本级 …). */
  unitOk: boolean;
  /** Statements after 其中/含 are parts of this statement. */
  partHead: number | undefined;
}

const topicOf = (l: Lexeme): Topic | undefined => {
  switch (l.kind) {
    case "topic":
      return l.topic;
    case "case":
      return "cases";
    case "doc":
    case "decision":
      return "table2";
    default:
      return undefined;
  }
};

const isQuantityWord = (l: Lexeme) =>
  ["verb", "row", "result", "applicant", "case", "outcome", "doc", "docVerb", "decision"].includes(l.kind);

/**
 * True when the agency is the one deciding the case (`办理行政复议案件120件`, `受理行政复议`): a 司法局 reports the
 * reconsiderations it decided, which are not 表四's. Receiving (`收到…行政复议1件`) or suffering a case is not that.
 */
function decidesCase(words: LexToken[]): boolean {
  const firstCase = words.findIndex((w) => w.lexeme.kind === "case");
  if (firstCase <= 0) return false;
  const before = words[firstCase - 1];
  return before.lexeme.kind === "verb" && (before.lexeme.verb !== "receive" || /受理/.test(before.text));
}

/** The quantities a phrase names, read as a whole (several readings only for 办理/处理). */
interface PhraseReading {
  /** One entry per statement (several when 各 or 并 gives the same number to several quantities). */
  statements: Quantity[][];
}

/**
 * Read the quantity words of a phrase (the words before a number, or around a 未/无). Returns no statements when the
 * words do not name one table quantity beyond doubt.
 */
function readPhrase(words: LexToken[], state: ReadState, sentenceTopic: Topic | undefined, each: boolean): PhraseReading {
  const lex = words.map((w) => w.lexeme);
  const of = <K extends Lexeme["kind"]>(k: K) => lex.filter((l): l is Extract<Lexeme, { kind: K }> => l.kind === k);
  const none: PhraseReading = { statements: [] };
  if (lex.some((l) => l.kind === "topic" && l.topic === "other")) return none;
  const verbs = of("verb");
  const cases = of("case");
  const outcomes = of("outcome");
  const docs = of("doc");
  const docVerbs = of("docVerb");
  const decisions = of("decision");
  const results = of("result");
  const rows = of("row");
  const applicants = of("applicant");
  const combine = (qs: Quantity[]): Quantity[][] => {
    if (each) return qs.map((q) => [q]);
    const sum = merge(qs);
    return sum ? [[sum]] : [];
  };

  // 表二: a document row with its column verb, or a decision row.
  if (decisions.length > 0 && cases.length + results.length + rows.length === 0)
    return { statements: combine(decisions.map((d) => ({ table: "table2", rows: [d.row], columns: d.column === "" ? [] : [d.column] }))) };
  if (docVerbs.length > 0) {
    // 现行有效件数14件 after 制发行政规范性文件2件: the document the sentence named last.
    const named = docs.length > 0 ? docs.map((d) => (d.row === "" ? state.lastDoc : d.row)) : [state.lastDoc];
    const docRows = named.filter((r): r is string => r !== undefined);
    if (docRows.length === 0 || docRows.length !== named.length || docVerbs.length !== 1) return none;
    return { statements: combine(docRows.map((r) => ({ table: "table2", rows: [r], columns: [docVerbs[0].column] }))) };
  }
  if (docs.length > 0) return none;

  // 表四: cases about disclosure, never the agency deciding others' reconsiderations (办理行政复议案件).
  if (cases.length > 0 || outcomes.length > 0) {
    if (!state.qualified) return none;
    if (decidesCase(words)) return none;
    if (results.length + rows.length + applicants.length > 0) return none;
    const groups = cases.length > 0 ? cases.flatMap((c) => c.groups) : state.caseGroups;
    if (!groups) return none;
    if (outcomes.length > 0) {
      if (outcomes.length > 1 && !each) return { statements: [[{ table: "table4", rows: groups, columns: outcomes.map((o) => o.column) }]] };
      return { statements: outcomes.map((o) => [{ table: "table4", rows: groups, columns: [o.column] }]) };
    }
    return { statements: combine(cases.map((c) => ({ table: "table4", rows: c.groups, columns: ["total"] }))) };
  }

  // 表三: only in a sentence about 政府信息公开申请.
  if (sentenceTopic !== "requests") return none;
  if (results.length > 0) {
    // 因本机关不掌握相关信息而无法提供: the item, not its group.
    const items = results.filter((r) => /_\d+$/.test(r.row));
    const chosen = items.length > 0 && items.length < results.length && results.every((r) => items.includes(r) || items.some((i) => i.row.startsWith(`${r.row}_`))) ? items : results;
    return { statements: combine(chosen.map((r) => ({ table: "table3", rows: [r.row], columns: ["total"] }))) };
  }
  if (rows.length > 0) return { statements: combine(rows.map((r) => ({ table: "table3", rows: [r.row], columns: ["total"] }))) };
  if (applicants.length > 0) {
    if (verbs.some((v) => v.verb !== "receive")) return none;
    return { statements: combine(applicants.map((a) => ({ table: "table3", rows: ["new"], columns: a.columns }))) };
  }
  if (verbs.length > 0) {
    const byVerb = (v: (typeof verbs)[number]): Quantity[] => {
      switch (v.verb) {
        case "receive":
          return [{ table: "table3", rows: ["new"], columns: ["total"] }];
        case "handle":
          return [{ table: "table3", rows: ["total"], columns: ["total"] }];
        case "process":
          return [
            { table: "table3", rows: ["new"], columns: ["total"] },
            { table: "table3", rows: ["new", "carried_over"], columns: ["total"] },
            { table: "table3", rows: ["total"], columns: ["total"] },
          ];
      }
    };
    // 办理回复…23件 is one verb (handled); 受理并办结…30件 gives the same number to each verb.
    const compound = verbs.filter((v, k) => !(v.verb === "process" && verbs[k + 1]?.verb === "handle" && adjacent(words, v, verbs[k + 1])));
    return { statements: compound.map(byVerb) };
  }
  return none;
}

/** True when two words of a phrase follow each other with no conjunction between them. */
function adjacent(words: LexToken[], a: Lexeme, b: Lexeme): boolean {
  const i = words.findIndex((w) => w.lexeme === a);
  return i >= 0 && words[i + 1]?.lexeme === b;
}

/**
 * Several quantities of one table added up: `予以公开及部分公开42件` is granted + partial. `undefined` when they do not
 * add up to one quantity of the format (different tables, or different rows and columns at once).
 */
function merge(qs: Quantity[]): Quantity | undefined {
  if (qs.length === 1) return qs[0];
  const first = qs[0];
  const sameTable = qs.every((q) => q.table === first.table);
  const sameColumns = qs.every((q) => q.columns.join() === first.columns.join());
  if (sameTable && sameColumns) return { table: first.table, rows: qs.flatMap((q) => q.rows), columns: first.columns };
  const sameRows = qs.every((q) => q.rows.join() === first.rows.join());
  if (sameTable && sameRows) return { table: first.table, rows: first.rows, columns: qs.flatMap((q) => q.columns) };
  return undefined;
}

/** The zero statements of a phrase under 未/无 (`未收到政府信息公开申请`, `无上年结转申请`, `未发生…行政复议…`). */
function readNone(words: LexToken[], state: ReadState, sentenceTopic: Topic | undefined): Quantity[] {
  const lex = words.map((w) => w.lexeme);
  const cases = lex.filter((l): l is Extract<Lexeme, { kind: "case" }> => l.kind === "case");
  if (cases.length > 0) {
    if (!state.qualified || decidesCase(words)) return [];
    return cases.map((c) => ({ table: "table4", rows: c.groups, columns: ["total"] }));
  }
  const meaningful = words.filter((w) => isQuantityWord(w.lexeme) || (w.lexeme.kind === "topic" && w.lexeme.countable));
  if (meaningful.length === 0) return [];
  if (lex.some((l) => l.kind === "topic" && l.topic === "other")) return [];
  const docVerbs = lex.filter((l): l is Extract<Lexeme, { kind: "docVerb" }> => l.kind === "docVerb");
  const docs = lex.filter((l): l is Extract<Lexeme, { kind: "doc" }> => l.kind === "doc");
  if (docVerbs.length === 1 && docs.length > 0) {
    const docRows = docs.map((d) => (d.row === "" ? state.lastDoc : d.row));
    if (docRows.some((r) => r === undefined)) return [];
    return docRows.map((r) => ({ table: "table2", rows: [r!], columns: [docVerbs[0].column] }));
  }
  if (docs.length > 0 || docVerbs.length > 0) return [];
  const topicHere = lex.some((l) => l.kind === "topic" && l.topic === "requests") || sentenceTopic === "requests";
  if (!topicHere) return [];
  const rows = lex.filter((l): l is Extract<Lexeme, { kind: "row" }> => l.kind === "row");
  if (rows.length > 0) return rows.map((r) => ({ table: "table3", rows: [r.row], columns: ["total"] }));
  const results = lex.filter((l): l is Extract<Lexeme, { kind: "result" }> => l.kind === "result");
  if (results.length > 0) return results.map((r) => ({ table: "table3", rows: [r.row], columns: ["total"] }));
  const verbs = lex.filter((l): l is Extract<Lexeme, { kind: "verb" }> => l.kind === "verb");
  // 未收到…申请 is 本年新收 = 0; 未办结 says nothing exact.
  if (verbs.length > 0) return verbs.every((v) => v.verb === "receive") ? [{ table: "table3", rows: ["new"], columns: ["total"] }] : [];
  // 无依申请公开事项: nothing was asked for.
  if (lex.some((l) => l.kind === "topic" && l.countable && l.topic === "requests")) return [{ table: "table3", rows: ["new"], columns: ["total"] }];
  return [];
}

/**
 * Read every statement about a table quantity in a text.
 *
 * @param text a text field of the report, e.g. 一（二）依申请公开 as the user wrote it.
 * @param context the report year and what the text is about.
 * @returns the statements in text order; `sentence` and `span` quote the text verbatim. Never throws.
 */
export function readStatements(text: string, context: ReadContext): Statement[] {
  const out: Statement[] = [];
  const state: ReadState = {
    topic: context.topic,
    caseGroups: undefined,
    lastDoc: undefined,
    qualified: false,
    periodOk: true,
    unitOk: true,
    partHead: undefined,
  };
  let previousTopic: Topic | undefined = context.topic;
  for (const sentence of splitSentences(text)) {
    const tokens = tokenize(sentence.text, context.format, context.year);
    const first = tokens.find((t) => t.kind !== "text" && t.kind !== "break");
    const continues = first?.kind === "lex" && (first.lexeme.kind === "scope" || first.lexeme.kind === "besides");
    state.topic = context.topic ?? (continues ? previousTopic : undefined);
    // 行政复议/行政诉讼 are 表四's only in a sentence about disclosure, never about other administrative acts.
    state.qualified = (context.topic === "requests" || /信息公开|依申请公开|公开申请/.test(sentence.text)) && !/具体行政行为|行政执法行为/.test(sentence.text);
    state.periodOk = true;
    state.unitOk = true;
    state.caseGroups = undefined;
    if (!continues) state.partHead = undefined;
    readSentence(tokens, sentence, context, state, out);
    previousTopic = context.topic ?? (state.topic === "requests" || state.topic === "cases" ? state.topic : undefined);
  }
  return out;
}

function readSentence(tokens: Token[], sentence: TextSpan, context: ReadContext, state: ReadState, out: Statement[]): void {
  const clauses: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === "break") clauses.push([]);
    else clauses[clauses.length - 1].push(t);
  }
  const subjects = verbSubjects(tokens, sentence.text, context.agency);
  for (const clause of clauses) readClause(clause, sentence, context, state, out, subjects);
}

/** Brackets break clauses but not a subject: `各县（区）共收到…`. */
const BRACKET = /^[（）()【】[\]「」]$/;

/**
 * Whose figures each quantity word of a sentence gives (`subject.ts`), from the words between the last clause break,
 * number or quantity word and it (`区公安局收到`, `各县（区）共收到`, `区公安局予以公开`). Words with nothing before
 * them are absent.
 */
function verbSubjects(tokens: Token[], text: string, agency: string | undefined): Map<Token, SubjectKind> {
  const out = new Map<Token, SubjectKind>();
  let from = 0;
  for (const t of tokens) {
    if (t.kind === "lex" && isQuantityWord(t.lexeme)) {
      const kind = subjectOf(text.slice(from, t.start), agency);
      if (kind !== "none") out.set(t, kind);
    }
    const hard =
      (t.kind === "break" && !BRACKET.test(text.slice(t.start, t.end))) ||
      t.kind === "num" ||
      (t.kind === "lex" && (isQuantityWord(t.lexeme) || t.lexeme.kind === "topic" || t.lexeme.kind === "scope" || t.lexeme.kind === "besides"));
    if (hard) from = t.end;
  }
  return out;
}

function span(sentence: TextSpan, start: number, end: number): TextSpan {
  return { start: sentence.start + start, end: sentence.start + end, text: sentence.text.slice(start, end) };
}

function readClause(
  clause: Token[],
  sentence: TextSpan,
  context: ReadContext,
  state: ReadState,
  out: Statement[],
  subjects: Map<Token, SubjectKind>,
): void {
  // The clause's own subject, if it names one; else the sentence's so far.
  const ownWord = clause.find((t): t is LexToken => t.kind === "lex" && topicOf(t.lexeme) !== undefined);
  let own = ownWord ? topicOf(ownWord.lexeme) : undefined;
  // 依申请公开0件 in a sentence about the agency's documents is their disclosure status, not a request count.
  const weakRequests = own === "requests" && ownWord!.lexeme.kind === "topic" && !ownWord!.lexeme.countable && !clause.some((t) => t.kind === "lex" && t.lexeme.kind === "verb");
  if (weakRequests && (state.topic === "table2" || state.topic === "other")) own = undefined;
  if (own === "other") state.topic = "other";
  else if (own === "requests" || (own !== undefined && state.topic !== "requests")) state.topic = own;
  const clauseTopic = own === "other" ? "other" : own === "requests" ? "requests" : state.topic;

  let phrase: LexToken[] = [];
  let gapClean = true;
  let negAt: number | undefined;
  let negConsumed = false;
  /** Every word after 未/无 in the clause: `未因信息公开行政复议和提起行政诉讼` names both kinds of case. */
  const negWords: LexToken[] = [];
  /** The last request verb of the clause not yet tied to a number, for `受理…提出的政府信息公开申请5件`. */
  let clauseVerb: LexToken | undefined;
  let each = false;
  let respectively = false;
  let comparative = false;
  const emit = (readings: Quantity[], value: number, form: Statement["form"], from: number, to: number) => {
    if (!state.periodOk || !state.unitOk) return;
    const stmt: Statement = { readings, value, form, sentence, span: span(sentence, from, to) };
    if (state.partHead !== undefined) stmt.partOf = state.partHead;
    out.push(stmt);
  };
  const reset = () => {
    phrase = [];
    gapClean = true;
    each = false;
  };

  for (let i = 0; i < clause.length; i++) {
    const t = clause[i];
    if (t.kind === "break") continue;
    if (t.kind === "year") {
      // 比2022年(31起)下降29%: a year in a comparison does not change whose numbers follow.
      if (!comparative) state.periodOk = context.year === null || t.year === context.year;
      continue;
    }
    if (t.kind === "text") {
      if (!isFiller(t.text)) gapClean = false;
      continue;
    }
    if (t.kind === "num") {
      const readable = !comparative && t.count.exact && t.count.value !== null;
      const startAt = phrase.length > 0 ? phrase[0].start : t.start;
      if (phrase.length > 0 && gapClean && phrase.some((w) => isQuantityWord(w.lexeme))) {
        const reading = readPhrase(phrase, state, clauseTopic, each);
        if (respectively && reading.statements.length === 1 && reading.statements[0].length === 1) {
          // 予以公开、部分公开分别为10件、5件: pair the quantities with the numbers that follow.
          const qs = phrase.filter((w) => isQuantityWord(w.lexeme));
          const nums = [t, ...clause.slice(i + 1).filter((x): x is NumToken => x.kind === "num")];
          if (nums.length >= qs.length && !comparative) {
            const singles = qs.map((q) => readPhrase([q], state, clauseTopic, false).statements[0]?.[0]);
            if (singles.every((s) => s !== undefined) && nums.slice(0, qs.length).every((n) => n.count.exact && n.count.value !== null)) {
              singles.forEach((s, k) => emit([s!], nums[k].count.value!, "count", qs[k].start, nums[k].end));
            }
            i = clause.indexOf(nums[qs.length - 1]);
          }
        } else if (readable) {
          for (const readings of reading.statements) emit(readings, t.count.value!, "count", startAt, t.end);
        }
        noteCaseGroups(phrase, state);
        if (reading.statements.length > 0) negConsumed = true;
        clauseVerb = undefined;
        reset();
        respectively = false;
        continue;
      }
      // A number before its words: `1件结转下年度继续办理`, `103 件顺延到下年度答复`, `298件按时办结`.
      let j = i + 1;
      const after: LexToken[] = [];
      while (j < clause.length) {
        const x = clause[j];
        if (x.kind === "text" && /^(?:已|均|按时|按期|依法|依规|全部|予以|继续|的|被|规范|及时|需|\s)+$/.test(x.text)) j++;
        else if (x.kind === "lex" && x.lexeme.kind === "topic" && x.lexeme.topic === "requests") {
          after.push(x);
          j++;
        } else break;
      }
      const next = clause[j];
      if (next && next.kind === "lex" && ((next.lexeme.kind === "row") || (next.lexeme.kind === "verb" && next.lexeme.verb === "handle"))) {
        const reading = readPhrase([...after, next], state, clauseTopic, false);
        if (readable) for (const readings of reading.statements) emit(readings, t.count.value!, "count", t.start, next.end);
        i = j;
      }
      reset();
      continue;
    }
    // A word of the lexicon.
    const l = t.lexeme;
    // 区公安局收到…, 市本级收到…, 区公安局予以公开…: another unit's figures until the sentence names the agency again.
    const subject = subjects.get(t);
    if (subject !== undefined) state.unitOk = subject === "self";
    switch (l.kind) {
      case "neg":
        negAt = t.start;
        negWords.length = 0;
        reset();
        continue;
      case "scope": {
        // The parts belong to the last statement that is not itself a part: 答复…177件（含…结转的3件），其中予以公开…
        let head = out.length - 1;
        while (head >= 0 && out[head].partOf !== undefined) head--;
        if (state.unitOk) state.partHead = head >= 0 ? head : undefined;
        reset();
        continue;
      }
      case "besides":
        state.partHead = undefined;
        reset();
        continue;
      case "each":
        each = true;
        continue;
      case "respectively":
        respectively = true;
        continue;
      case "conj":
        continue;
      case "comparative":
        comparative = true;
        reset();
        continue;
      case "otherPeriod":
        state.periodOk = false;
        reset();
        continue;
      case "thisPeriod":
        state.periodOk = true;
        continue;
      case "otherUnit":
        state.unitOk = false;
        reset();
        continue;
      case "allOf": {
        // 均为自然人申请: every application came from natural persons.
        const nextWord = clause.slice(i + 1).find((x): x is LexToken => x.kind === "lex");
        if (nextWord && nextWord.lexeme.kind === "applicant" && clauseTopic === "requests") {
          const rest = ALL_APPLICANT_COLUMNS.filter((c) => !(nextWord.lexeme as { columns: string[] }).columns.includes(c));
          emit([{ table: "table3", rows: ["new"], columns: rest }], 0, "all", t.start, nextWord.end);
          i = clause.indexOf(nextWord);
        }
        reset();
        continue;
      }
      case "allOutcome": {
        const groups = phrase.some((w) => w.lexeme.kind === "case")
          ? phrase.flatMap((w) => (w.lexeme.kind === "case" ? w.lexeme.groups : []))
          : state.caseGroups;
        if (groups && state.qualified) {
          const rest = OUTCOME_COLUMNS.filter((c) => c !== l.column);
          emit([{ table: "table4", rows: groups, columns: rest }], 0, "all", phrase.length > 0 ? phrase[0].start : t.start, t.end);
        }
        noteCaseGroups(phrase, state);
        reset();
        continue;
      }
      case "doc":
        if (l.row !== "") state.lastDoc = l.row;
        break;
      default:
        break;
    }
    if (!gapClean) {
      // 受理公民、法人和其他组织…提出的政府信息公开申请5件: the verb governs the request noun after a relative clause.
      phrase = clauseVerb && l.kind === "topic" && l.topic === "requests" && l.countable ? [clauseVerb] : [];
    }
    gapClean = true;
    phrase.push(t);
    if (negAt !== undefined) negWords.push(t);
    if (l.kind === "verb") clauseVerb = t;
  }
  // 未/无 with the quantity's words and no number after them: a statement of 0.
  if (negAt !== undefined && !negConsumed && negWords.length > 0) {
    const quantities = readNone(negWords, state, clauseTopic);
    for (const q of quantities) emit([q], 0, "none", negAt, negWords[negWords.length - 1].end);
  }
  noteCaseGroups(phrase, state);
}

function noteCaseGroups(phrase: LexToken[], state: ReadState): void {
  const cases = phrase.flatMap((w) => (w.lexeme.kind === "case" ? w.lexeme.groups : []));
  if (cases.length > 0 && state.qualified) state.caseGroups = cases;
}
