/**
 * Building the report document from report data: the title, the introduction, the six sections with the user's
 * text, the data-bound sentences and the three tables, and the signature.
 *
 * Every number in a generated sentence is read from a cell (`cellFigure`/`sumFigure`); a figure that is not a valid
 * number becomes a visible gap. Wording comes from `phrases.ts`, labels, tables and sections from the report's format
 * (`formatOf(data)`), passed to every function that needs it.
 */
import { expectsProcessingFees, formatOf, table2Key, type FormatDef, type SectionDef, type Table2BlockDef, type TableKey } from "../format";
import { getValue, withoutBidiControls, type ContactInfo, type ReportData } from "../report";
import { checkReport, makeContext, mentions, summarize, type Finding } from "../rules";
import { disputesOf, onceEach, type Dispute } from "./disputes";
import { cellFigure, clause, fill, isZero, joinRuns, normalizeRuns, text, valueFigure } from "./figures";
import { runsText, type Block, type ReportDocument, type Run } from "./model";
import { PHRASES } from "./phrases";
import { litigationSentence, requestCountsSentence, requestOutcomesSentence } from "./table-sentences";
import { disputedSentenceMarks, type SentenceMark } from "./text-disputes";
import { subItemWithWording, userParagraphsEdited, type SubItemWording } from "./wording";

/** A section or sub-item title without its leading numeral: `一、总体情况` → `总体情况`, `（一）予以公开` → `予以公开`. */
function stripNumeral(title: string): string {
  return title.replace(/^[一二三四五六七八九十]+、/, "").replace(/^（[一二三四五六七八九十]+）/, "");
}

/** The user's text as paragraphs: one per non-empty line. */
function userParagraphs(body: string): Block[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => ({ type: "paragraph", source: "user", runs: [text(line)] }));
}

/** The user's text as paragraphs, with a mark after each sentence the checks dispute (`text-disputes.ts`). */
function userParagraphsMarked(body: string, marks: readonly SentenceMark[] | undefined): Block[] {
  return marks && marks.length > 0 ? userParagraphsEdited(body, [], [...marks]) : userParagraphs(body);
}

/** The user's text (marked), or a visible gap naming the heading when it is empty. */
function userTextOrGap(body: string, title: string, marks?: readonly SentenceMark[]): Block[] {
  const paragraphs = userParagraphsMarked(body, marks);
  if (paragraphs.length > 0) return paragraphs;
  return [{ type: "paragraph", source: "user", runs: [{ kind: "gap", text: fill(PHRASES.gaps.text, { title })[0].text }] }];
}

function generated(runs: Run[]): Block {
  return { type: "paragraph", source: "generated", runs: normalizeRuns(runs) };
}

function fieldGap(field: keyof typeof PHRASES.gaps.fieldNames): Run[] {
  return [{ kind: "gap", text: fill(PHRASES.gaps.field, { field: PHRASES.gaps.fieldNames[field] })[0].text }];
}

function yearRuns(data: ReportData): Run[] {
  return data.year === null ? fieldGap("year") : [text(String(data.year))];
}

// ───────────────────────────── introduction ─────────────────────────────

function contactSentence(contact: ContactInfo): Run[] {
  const p = PHRASES.intro;
  const fields = (Object.keys(p.contactFields) as (keyof typeof p.contactFields)[])
    .filter((k) => contact[k].trim() !== "")
    .map((k) => fill(p.contactFields[k], { value: contact[k].trim() }));
  const details = joinRuns(fields, p.contactSeparator);
  const office = contact.office.trim();
  const runs: Run[] = [];
  if (office !== "" && fields.length > 0) runs.push(...fill(p.contactWithOffice, { office, details }));
  else if (office !== "") runs.push(...fill(p.contactOfficeOnly, { office }));
  else if (fields.length > 0) runs.push(...fill(p.contactWithoutOffice, { details }));
  if (contact.website.trim() !== "") runs.push(...fill(p.website, { website: contact.website.trim() }));
  return runs;
}

function introduction(data: ReportData, format: FormatDef): Block {
  const p = PHRASES.intro;
  const sections = format.sections;
  return generated([
    ...fill(p.basis, { notice: format.notice.title, number: format.notice.number }),
    ...fill(p.parts, {
      parts: sections.map((s) => stripNumeral(s.title)).join(p.partSeparator),
      count: PHRASES.numerals[sections.length] ?? String(sections.length),
    }),
    ...fill(p.period, { year: yearRuns(data) }),
    ...contactSentence(data.contact),
  ]);
}

// ───────────────────────────── 表二 ─────────────────────────────

/** The phrase for a column key of a catalogue; a format whose column has no wording is a mistake in the catalogue. */
function columnPhrase<T>(catalogue: Record<string, T>, key: string): T {
  const phrase = catalogue[key];
  if (!phrase) throw new Error(`No phrase for the 表二 column "${key}"`);
  return phrase;
}

/** 表二's first block, 第二十条第（一）项 (规章 and 规范性文件), which 一（三） states; the others are stated in 一（一）. */
function rulemakingBlock(format: FormatDef): Table2BlockDef {
  return format.structure.table2.blocks[0];
}

/**
 * 一（三）: 规章 and 规范性文件 from 表二 第二十条第（一）项, one clause per column of the format (2021: 制发, 废止, 现行有效;
 * 2019: 新制作, 新公开, 对外公开总数).
 */
export function rulemakingSentence(data: ReportData, format: FormatDef): Run[] {
  const p = PHRASES.rulemaking;
  const block = rulemakingBlock(format);
  const rows = block.rows.map((row) =>
    joinRuns(
      block.columns.map((c) => {
        const { some, none } = columnPhrase(p.columns, c.key);
        return clause(cellFigure(data, table2Key(row.key, c.key), format), some, none, { doc: row.label });
      }),
      p.clauseSeparator,
    ),
  );
  return [text(p.lead), ...joinRuns(rows, p.rowSeparator), text(p.end)];
}

/** The clauses of one 表二 row of several columns (2019): `行政许可上一年项目396个，本年增加442个，作出处理决定278件`. */
function table2RowClauses(data: ReportData, block: Table2BlockDef, row: Table2BlockDef["rows"][number], format: FormatDef): Run[] {
  const p = PHRASES.proactive;
  const clauses = block.columns.map((c) => {
    const phrase = columnPhrase(p.columns, c.key);
    const fig = cellFigure(data, table2Key(row.key, c.key), format);
    if (fig.ok && fig.value < 0 && phrase.negative) return fill(phrase.negative, { kind: row.label, n: String(-fig.value) });
    return clause(fig, phrase.some, phrase.none, { kind: row.label });
  });
  return joinRuns(clauses, p.clauseSeparator);
}

/**
 * The clauses of 表二 after 第二十条第（一）项. A block of one value (2021) gives `作出行政许可决定2293件，作出行政处罚决定
 * 1282件，作出行政强制决定42件` and `收取行政事业性收费24252.311082万元` (the fee in 万元 as typed); a block of several
 * columns (2019) gives one clause list per row (`行政处罚上一年项目2648个，本年减少18个，作出处理决定538件`); each with its
 * zero forms, the groups joined by `；`.
 */
function table2DecisionClauses(data: ReportData, format: FormatDef): Run[] {
  const p = PHRASES.proactive;
  const decisions: Run[][] = [];
  const others: Run[][] = [];
  for (const block of format.structure.table2.blocks) {
    if (block === rulemakingBlock(format)) continue;
    const single = block.columns.length === 1 && block.columns[0].key === "" ? block.columns[0] : undefined;
    for (const row of block.rows) {
      if (!single) {
        others.push(table2RowClauses(data, block, row, format));
        continue;
      }
      const fig = cellFigure(data, table2Key(row.key, ""), format);
      if ((row.kind ?? single.kind) === "amount") others.push(clause(fig, p.fee, p.feeNone, { kind: row.label }));
      else decisions.push(clause(fig, p.decision, p.decisionNone, { kind: row.label }));
    }
  }
  const groups = decisions.length > 0 ? [joinRuns(decisions, p.clauseSeparator), ...others] : others;
  return joinRuns(groups, p.feeSeparator);
}

/**
 * 二: a pointer to 表二. The decisions (行政许可, 行政处罚, 行政强制, 件) and the fee (行政事业性收费, 万元 as typed)
 * are stated in words once, in 一（一） (`overviewProactiveSentence`), so the two sections do not repeat each other.
 */
export function proactiveSentence(_data: ReportData): Run[] {
  return [text(PHRASES.proactive.section)];
}

/**
 * 一（一）主动公开: 表二 after 第二十条第（一）项 in words, as what was published under 《条例》第二十条: the decisions and
 * the fee (2021), or each row's items, change, decisions and the procurement (2019).
 */
export function overviewProactiveSentence(data: ReportData, format: FormatDef): Run[] {
  const p = PHRASES.proactive;
  const itemized = format.structure.table2.blocks.some((b) => b !== rulemakingBlock(format) && b.columns.some((c) => c.key !== ""));
  return [text(itemized ? p.overviewLeadItems : p.overviewLead), ...table2DecisionClauses(data, format), text(p.end)];
}

// ───────────────────────────── 六: 信息处理费 ─────────────────────────────

/**
 * 六: the 信息处理费 position from `data.processingFees` (国办函〔2020〕109号): `本年度发出收费通知3件，实收信息处理费
 * 200元。`, or `本年度未发出收费通知，未收取信息处理费。`; amounts in 元 as typed (never 表二's 万元); a blank or
 * non-numeric field becomes a visible gap naming the 报告信息 field.
 */
export function processingFeeSentence(data: ReportData): Run[] {
  const p = PHRASES.processingFees;
  const notices = valueFigure(data.processingFees.noticesIssued, "count", p.fieldNames.noticesIssued);
  const collected = valueFigure(data.processingFees.collectedYuan, "amount", p.fieldNames.collectedYuan);
  const collectedClause = isZero(collected) ? fill(p.collectedNone) : fill(p.collected, { x: collected.runs });
  return [
    text(p.lead),
    ...joinRuns([clause(notices, p.notices, p.noticesNone), collectedClause], p.clauseSeparator),
    text(p.end),
  ];
}

/** True when neither 信息处理费 field of 报告信息 is filled in. */
function feeFieldsBlank(data: ReportData): boolean {
  const f = data.processingFees;
  return [f.noticesIssued, f.collectedYuan].every((v) => v === null || (typeof v === "string" && v.trim() === ""));
}

/** The user's text of 六, without a lone `无` (the generated fee sentence already says something). */
function otherMattersUserText(body: string, marks: readonly SentenceMark[] | undefined): Block[] {
  const nothing: readonly string[] = PHRASES.processingFees.nothingToReport;
  return nothing.includes(body.trim()) ? [] : userParagraphsMarked(body, marks);
}

// ───────────────────────────── 校验说明 ─────────────────────────────

/**
 * The appendix of kept 提示: a level-1 heading and one paragraph per finding that carries a 说明 (`explained`), with
 * its title, message and the 说明 as written. Empty when no finding is explained.
 */
export function explanationBlocks(findings: Finding[]): Block[] {
  const p = PHRASES.explanations;
  const kept = findings.filter((f) => f.severity === "warning" && f.explained && f.explained.text.trim() !== "");
  if (kept.length === 0) return [];
  const trimEnd = (s: string) => s.trim().replace(/[。；;，,.\s]+$/, "");
  return [
    { type: "heading", level: 1, text: p.heading },
    generated(fill(p.lead, { count: kept.length })),
    ...kept.map((f, i) =>
      generated(fill(p.item, { index: i + 1, title: f.title, message: trimEnd(f.message), text: f.explained!.text.trim() })),
    ),
  ];
}

// ───────────────────────────── document ─────────────────────────────

function tableBlock(data: ReportData, key: TableKey, section: SectionDef, format: FormatDef): Block {
  const table = format.tables[key];
  const values: Record<string, ReturnType<typeof getValue>> = {};
  for (const c of format.inputCells) if (c.table === key) values[c.key] = getValue(data, c.key);
  const caption = fill(PHRASES.tableCaption, { short: table.shortName, section: stripNumeral(section.title) })[0].text;
  return { type: "table", table: key, caption, values };
}

/** What the sections are built with besides the data: the format, the findings, the disputes they give. */
interface BuildContext {
  format: FormatDef;
  findings: Finding[];
  disputes: Dispute[];
  /** Per sub-item of 总体情况 with a generated sentence: whose wording is printed (filled while building). */
  wording: SubItemWording[];
  /** The marks after the user's sentences the checks dispute, by text piece (`overview.intro`, `problems` …). */
  marks: Map<string, SentenceMark[]>;
}

/** The generated sentence of a sub-item of 总体情况, when the format's sub-item has one. */
function overviewSentence(data: ReportData, key: string, ctx: BuildContext): Run[] | undefined {
  const { format, disputes } = ctx;
  if (key === "proactive_disclosure") return overviewProactiveSentence(data, format);
  if (key === "disclosure_on_request")
    return [...requestCountsSentence(data, format, disputes), ...requestOutcomesSentence(data, format, disputes)];
  if (key === "information_management") return rulemakingSentence(data, format);
  return undefined;
}

function overviewBlocks(data: ReportData, ctx: BuildContext): Block[] {
  const { format } = ctx;
  const blocks: Block[] = [...userParagraphsMarked(data.text.overviewIntro, ctx.marks.get("overview.intro"))];
  const values = makeContext(data, format);
  for (const item of format.overviewItems) {
    blocks.push({ type: "heading", level: 2, text: item.title });
    const sentence = item.generated ? overviewSentence(data, item.key, ctx) : undefined;
    if (sentence) {
      const r = subItemWithWording(data, format, item.key, sentence, values, ctx.findings);
      ctx.wording.push(r.wording);
      blocks.push(...r.blocks);
    } else blocks.push(...userTextOrGap(data.text.overview[item.key], item.title, ctx.marks.get(`overview.${item.key}`)));
  }
  data.text.overviewExtra.forEach((extra, i) => {
    if (extra.title.trim() === "" && extra.body.trim() === "") return;
    blocks.push({ type: "heading", level: 2, text: extra.title.trim() });
    blocks.push(...userTextOrGap(extra.body, extra.title.trim(), ctx.marks.get(`overview.extra.${i}`)));
  });
  return blocks;
}

function sectionBlocks(data: ReportData, section: SectionDef, ctx: BuildContext): Block[] {
  const { format, disputes } = ctx;
  const marks = ctx.marks.get("otherMatters");
  switch (section.key) {
    case "overview":
      return overviewBlocks(data, ctx);
    case "proactive_disclosure":
      return [generated(proactiveSentence(data)), tableBlock(data, "table2", section, format)];
    case "requests":
      return [
        generated([...requestCountsSentence(data, format, disputes), text(PHRASES.requests.tableReference)]),
        tableBlock(data, "table3", section, format),
      ];
    case "reconsideration_litigation":
      return [generated(litigationSentence(data, format, disputes)), tableBlock(data, "table4", section, format)];
    case "problems":
      return userTextOrGap(data.text.problems, section.title, ctx.marks.get("problems"));
    case "other_matters":
      // Before the 信息处理费 办法 took effect (2019, 2020 reports) 六 is the user's text alone, unless the user gave the
      // fee figures anyway: what was entered is printed, never dropped.
      if (!expectsProcessingFees(format, data.year) && feeFieldsBlank(data)) return userTextOrGap(data.text.otherMatters, section.title, marks);
      // With both fee fields blank and the fee position already stated in the user's words, the user's text suffices.
      if (feeFieldsBlank(data) && mentions("S9c", data.text.otherMatters, format)) return userParagraphsMarked(data.text.otherMatters, marks);
      return [generated(processingFeeSentence(data)), ...otherMattersUserText(data.text.otherMatters, marks)];
  }
}

/** `2022-01-20` → `2022年1月20日`; other text is kept as it is. */
function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!m) return iso.trim();
  return fill(PHRASES.date, { year: m[1], month: Number(m[2]), day: Number(m[3]) })[0].text;
}

/**
 * Build the report document from report data, in the report's format (`formatOf(data)`: its sections, sub-items,
 * tables and the notice the introduction cites).
 *
 * @param data the report (values as typed; see `ReportData`).
 * @param findings the check findings to state at the top (a 未通过校验 notice when any is 强制, counting the open
 *   提示 beside it; 提示 kept with a 说明 are not counted); when omitted, the rules are run on `data` (`checkReport`). Pass them when there are more, e.g. layout problems of a workbook.
 * @returns the document: title, optional check notice, introduction, the six sections (official titles from
 *   the format's sections; 一's five sub-items each with their data-bound sentence where the tables give one, then
 *   the user's text; 六 opening with the 信息处理费 sentence), tables 二–四, the signature, and — when a 提示 was
 *   kept with a 说明 — the appendix 附：校验说明 listing each one. Never throws on bad cell values: they become gaps.
 */
export function buildReportDocument(data: ReportData, findings?: Finding[]): ReportDocument {
  const format = formatOf(data);
  const all = findings ?? checkReport(data);
  const counts = summarize(all);
  // Without bidi controls: a right-to-left override in the name must not print the title backwards (I4 reports it).
  const agency = withoutBidiControls(data.agency).trim();
  const titleRuns = fill(PHRASES.title, { agency: agency === "" ? fieldGap("agency") : agency, year: yearRuns(data) });
  const blocks: Block[] = [{ type: "title", runs: titleRuns }];
  if (counts.errors > 0) {
    blocks.push({
      type: "checkNotice",
      errors: counts.errors,
      warnings: counts.warnings,
      runs: fill(PHRASES.checkNotice, {
        errors: counts.errors,
        warnings: counts.warnings > 0 ? fill(PHRASES.checkNoticeWarnings, { warnings: counts.warnings }) : "",
      }),
    });
  }
  blocks.push(introduction(data, format));
  const ctx: BuildContext = { format, findings: all, disputes: disputesOf(all, format), wording: [], marks: disputedSentenceMarks(data, format, all) };
  for (const section of format.sections) {
    blocks.push({ type: "heading", level: 1, text: section.title });
    blocks.push(...sectionBlocks(data, section, ctx).map((b) => (b.type === "paragraph" ? { ...b, runs: onceEach(b.runs, ctx.disputes) } : b)));
  }
  blocks.push({ type: "signature", agency, date: formatDate(data.publishDate) });
  blocks.push(...explanationBlocks(all));
  return {
    title: runsText(titleRuns),
    year: data.year,
    agency,
    format,
    check: { errors: counts.errors, warnings: counts.warnings },
    wording: ctx.wording,
    blocks,
  };
}
