/**
 * Building the report document from report data: the title, the introduction, the six sections with the user's
 * text, the data-bound sentences and the three tables, and the signature.
 *
 * Every number in a generated sentence is read from a cell (`cellFigure`/`sumFigure`); a figure that is not a valid
 * number becomes a visible gap. Wording comes from `phrases.ts`, labels from `src/format`.
 */
import {
  FORMAT_2021,
  TABLE2_BLOCKS,
  TABLE2_RULEMAKING_COLUMNS,
  TABLE2_RULEMAKING_ROWS,
  TABLE3_RESULT_GROUPS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  table3Key,
  table4Key,
  type SectionDef,
  type TableKey,
} from "../format";
import { getValue, type ContactInfo, type ReportData } from "../report";
import { checkReport, mentions, summarize, type Finding } from "../rules";
import { cellFigure, fill, isZero, joinRuns, normalizeRuns, sumFigure, text, valueFigure, type Figure } from "./figures";
import { runsText, type Block, type ReportDocument, type Run } from "./model";
import { PHRASES } from "./phrases";

/** A section or sub-item title without its leading numeral: `一、总体情况` → `总体情况`, `（一）予以公开` → `予以公开`. */
function stripNumeral(title: string): string {
  return title.replace(/^[一二三四五六七八九十]+、/, "").replace(/^（[一二三四五六七八九十]+）/, "");
}

/** A 表三 result group's name for prose: `（二）部分公开（区分处理的…）` → `部分公开`. */
function categoryName(label: string): string {
  return stripNumeral(label).replace(/（.*）$/, "");
}

/** The user's text as paragraphs: one per non-empty line. */
function userParagraphs(body: string): Block[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => ({ type: "paragraph", source: "user", runs: [text(line)] }));
}

/** The user's text, or a visible gap naming the heading when it is empty. */
function userTextOrGap(body: string, title: string): Block[] {
  const paragraphs = userParagraphs(body);
  if (paragraphs.length > 0) return paragraphs;
  return [{ type: "paragraph", source: "user", runs: [{ kind: "gap", text: fill(PHRASES.gaps.text, { title })[0].text }] }];
}

function generated(runs: Run[]): Block {
  return { type: "paragraph", source: "generated", runs: normalizeRuns(runs) };
}

/** `some` with the figure when it is not a valid 0, else `none`; `one` (when given) for a valid 1. */
function clause(f: Figure, some: string, none: string, vars: Record<string, string> = {}, one?: string): Run[] {
  if (isZero(f)) return fill(none, vars);
  if (one !== undefined && f.ok && f.value === 1) return fill(one, vars);
  return fill(some, { ...vars, n: f.runs });
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

function introduction(data: ReportData): Block {
  const p = PHRASES.intro;
  const sections = FORMAT_2021.sections;
  return generated([
    ...fill(p.basis),
    ...fill(p.parts, {
      parts: sections.map((s) => stripNumeral(s.title)).join(p.partSeparator),
      count: PHRASES.numerals[sections.length] ?? String(sections.length),
    }),
    ...fill(p.period, { year: yearRuns(data) }),
    ...contactSentence(data.contact),
  ]);
}

// ───────────────────────────── 表三: requests ─────────────────────────────

/** The counts sentence of 一（二） and 三: 收到 new, 上年结转 carried_over, 办结 total, 结转 carried_forward (总计 column). */
export function requestCountsSentence(data: ReportData): Run[] {
  const p = PHRASES.requests;
  const f = (row: string) => cellFigure(data, table3Key(row, "total"));
  const received = f("new");
  const carriedOver = f("carried_over");
  const handled = f("total");
  const carriedForward = f("carried_forward");
  const clauses = [
    clause(received, p.received, p.receivedNone, {}, p.receivedOne),
    clause(carriedOver, p.carriedOver, p.carriedOverNone),
  ];
  const nothingAtAll = [received, carriedOver, handled, carriedForward].every(isZero);
  if (!nothingAtAll) {
    clauses.push(clause(handled, p.handled, p.handledNone), clause(carriedForward, p.carriedForward, p.carriedForwardNone));
  }
  return [...joinRuns(clauses, p.clauseSeparator), text(p.end)];
}

/**
 * The outcome sentence of 一（二）: each non-zero result category with its total, where a category with sub-items
 * (不予公开, 无法提供, 不予处理, 其他处理) is the sum of its items in the 总计 column. Empty when （七）总计 is a valid 0.
 */
export function requestOutcomesSentence(data: ReportData): Run[] {
  const p = PHRASES.requests;
  const handled = cellFigure(data, table3Key("total", "total"));
  if (isZero(handled)) return [];
  const outcomes: { category: string; fig: Figure }[] = [];
  for (const g of TABLE3_RESULT_GROUPS) {
    if (g.key === "total") continue;
    const keys = g.items ? g.items.map((i) => table3Key(i.key, "total")) : [table3Key(g.key, "total")];
    const fig = sumFigure(data, keys);
    if (isZero(fig)) continue;
    outcomes.push({ category: categoryName(g.label), fig });
  }
  if (outcomes.length === 0) return [];
  const [only] = outcomes;
  if (outcomes.length === 1 && handled.ok && handled.value === 1 && only.fig.ok && only.fig.value === 1)
    return fill(p.outcomeOne, { category: only.category });
  const listed = outcomes.map((o) => fill(p.outcome, { category: o.category, n: o.fig.runs }));
  return fill(p.outcomes, { outcomes: joinRuns(listed, p.outcomeSeparator) });
}

// ───────────────────────────── 表二 ─────────────────────────────

/** 一（三）: 规章 and 行政规范性文件 issued, repealed and in force (表二 第二十条第（一）项). */
export function rulemakingSentence(data: ReportData): Run[] {
  const p = PHRASES.rulemaking;
  const forms: Record<(typeof TABLE2_RULEMAKING_COLUMNS)[number]["key"], [string, string]> = {
    issued: [p.issued, p.issuedNone],
    repealed: [p.repealed, p.repealedNone],
    in_force: [p.inForce, p.inForceNone],
  };
  const rows = TABLE2_RULEMAKING_ROWS.map((row) =>
    joinRuns(
      TABLE2_RULEMAKING_COLUMNS.map((c) => {
        const [some, none] = forms[c.key];
        return clause(cellFigure(data, `table2.${row.key}.${c.key}`), some, none, { doc: row.label });
      }),
      p.clauseSeparator,
    ),
  );
  return [text(p.lead), ...joinRuns(rows, p.rowSeparator), text(p.end)];
}

/**
 * The decision and fee clauses of 表二: `作出行政许可决定2293件，作出行政处罚决定1282件，作出行政强制决定42件` and
 * `收取行政事业性收费24252.311082万元` (the fee in 万元 as typed), each with its zero form, joined by `；`.
 */
function table2DecisionClauses(data: ReportData): Run[] {
  const p = PHRASES.proactive;
  const decisions: Run[][] = [];
  const fees: Run[][] = [];
  for (const block of TABLE2_BLOCKS)
    for (const row of block.rows) {
      if ("columns" in row) continue;
      const fig = cellFigure(data, `table2.${row.key}`);
      if ("kind" in row && row.kind === "amount") fees.push(clause(fig, p.fee, p.feeNone, { kind: row.label }));
      else decisions.push(clause(fig, p.decision, p.decisionNone, { kind: row.label }));
    }
  return joinRuns([joinRuns(decisions, p.clauseSeparator), ...fees], p.feeSeparator);
}

/**
 * 二: a pointer to 表二. The decisions (行政许可, 行政处罚, 行政强制, 件) and the fee (行政事业性收费, 万元 as typed)
 * are stated in words once, in 一（一） (`overviewProactiveSentence`), so the two sections do not repeat each other.
 */
export function proactiveSentence(_data: ReportData): Run[] {
  return [text(PHRASES.proactive.section)];
}

/** 一（一）主动公开: the same 表二 decisions and fee, as what was published under 《条例》第二十条. */
export function overviewProactiveSentence(data: ReportData): Run[] {
  const p = PHRASES.proactive;
  return [text(p.overviewLead), ...table2DecisionClauses(data), text(p.end)];
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
function otherMattersUserText(body: string): Block[] {
  const nothing: readonly string[] = PHRASES.processingFees.nothingToReport;
  return nothing.includes(body.trim()) ? [] : userParagraphs(body);
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

// ───────────────────────────── 表四 ─────────────────────────────

/**
 * The outcomes of one 表四 group. When one outcome holds every case (the others a valid 0): for one case its outcome
 * (`结果为维持`, `尚未审结`), for several the all-cases wording (`均获维持` only when every case is 结果维持);
 * otherwise the non-zero outcome columns (gaps included), e.g. `其中结果维持1件、其他结果2件`.
 */
function groupOutcomes(data: ReportData, group: string, total: Figure): Run[] {
  const p = PHRASES.litigation;
  const cols = TABLE4_COLUMNS.filter((c) => c.key !== "total").map((c) => ({
    key: c.key,
    label: c.label,
    fig: cellFigure(data, table4Key(group, c.key)),
  }));
  const nonZero = cols.filter((c) => !isZero(c.fig));
  if (nonZero.length === 0) return [];
  const [only] = nonZero;
  if (total.ok && nonZero.length === 1 && only.fig.ok && only.fig.value === total.value) {
    const phrase = (total.value === 1 ? p.outcomeOne : p.outcomeAll)[only.key];
    if (phrase !== undefined) return fill(phrase);
  }
  const listed = nonZero.map((c) => fill(p.outcome, { outcome: c.label, n: c.fig.runs }));
  return fill(p.outcomes, { outcomes: joinRuns(listed, p.outcomeSeparator) });
}

/** 四: 行政复议 and both kinds of 行政诉讼, with their totals and outcomes from 表四. */
export function litigationSentence(data: ReportData): Run[] {
  const p = PHRASES.litigation;
  const totals = TABLE4_GROUPS.map((g) => ({ group: g, fig: cellFigure(data, table4Key(g.key, "total")) }));
  if (totals.every((t) => isZero(t.fig))) return [...fill(p.noneAtAll), text(p.tableReference)];
  const [reconsideration, ...lawsuits] = totals;
  const withOutcomes = (head: Run[], g: string, fig: Figure) => {
    const outcomes = isZero(fig) ? [] : groupOutcomes(data, g, fig);
    return outcomes.length > 0 ? joinRuns([head, outcomes], p.clauseSeparator) : head;
  };
  const parts: Run[][] = [
    withOutcomes(
      clause(reconsideration.fig, p.reconsideration, p.reconsiderationNone),
      reconsideration.group.key,
      reconsideration.fig,
    ),
  ];
  if (lawsuits.every((t) => isZero(t.fig))) parts.push(fill(p.litigationNone));
  else
    for (const t of lawsuits)
      parts.push(withOutcomes(clause(t.fig, p.group, p.groupNone, { group: t.group.label }), t.group.key, t.fig));
  return [...joinRuns(parts, p.groupSeparator), text(p.end), text(p.tableReference)];
}

// ───────────────────────────── document ─────────────────────────────

function tableBlock(data: ReportData, key: TableKey, section: SectionDef): Block {
  const table = FORMAT_2021.tables[key];
  const values: Record<string, ReturnType<typeof getValue>> = {};
  for (const c of FORMAT_2021.inputCells) if (c.table === key) values[c.key] = getValue(data, c.key);
  const caption = fill(PHRASES.tableCaption, { short: table.shortName, section: stripNumeral(section.title) })[0].text;
  return { type: "table", table: key, caption, values };
}

function overviewBlocks(data: ReportData): Block[] {
  const blocks: Block[] = [...userParagraphs(data.text.overviewIntro)];
  for (const item of FORMAT_2021.overviewItems) {
    blocks.push({ type: "heading", level: 2, text: item.title });
    const body = data.text.overview[item.key];
    if (item.key === "proactive_disclosure") {
      blocks.push(generated(overviewProactiveSentence(data)));
      blocks.push(...userParagraphs(body));
    } else if (item.key === "disclosure_on_request") {
      blocks.push(generated([...requestCountsSentence(data), ...requestOutcomesSentence(data)]));
      blocks.push(...userParagraphs(body));
    } else if (item.key === "information_management") {
      blocks.push(generated(rulemakingSentence(data)));
      blocks.push(...userParagraphs(body));
    } else blocks.push(...userTextOrGap(body, item.title));
  }
  for (const extra of data.text.overviewExtra) {
    if (extra.title.trim() === "" && extra.body.trim() === "") continue;
    blocks.push({ type: "heading", level: 2, text: extra.title.trim() });
    blocks.push(...userTextOrGap(extra.body, extra.title.trim()));
  }
  return blocks;
}

function sectionBlocks(data: ReportData, section: SectionDef): Block[] {
  switch (section.key) {
    case "overview":
      return overviewBlocks(data);
    case "proactive_disclosure":
      return [generated(proactiveSentence(data)), tableBlock(data, "table2", section)];
    case "requests":
      return [
        generated([...requestCountsSentence(data), text(PHRASES.requests.tableReference)]),
        tableBlock(data, "table3", section),
      ];
    case "reconsideration_litigation":
      return [generated(litigationSentence(data)), tableBlock(data, "table4", section)];
    case "problems":
      return userTextOrGap(data.text.problems, section.title);
    case "other_matters":
      // With both fee fields blank and the fee position already stated in the user's words, the user's text suffices.
      if (feeFieldsBlank(data) && mentions("S9c", data.text.otherMatters)) return userParagraphs(data.text.otherMatters);
      return [generated(processingFeeSentence(data)), ...otherMattersUserText(data.text.otherMatters)];
  }
}

/** `2022-01-20` → `2022年1月20日`; other text is kept as it is. */
function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!m) return iso.trim();
  return fill(PHRASES.date, { year: m[1], month: Number(m[2]), day: Number(m[3]) })[0].text;
}

/**
 * Build the report document from report data.
 *
 * @param data the report (values as typed; see `ReportData`).
 * @param findings the check findings to state at the top (a 未通过校验 notice when any is 强制, counting the open
 *   提示 beside it; 提示 kept with a 说明 are not counted); when omitted, the rules are run on `data` (`checkReport`). Pass them when there are more, e.g. layout problems of a workbook.
 * @returns the document: title, optional check notice, introduction, the six sections (official titles from
 *   `FORMAT_2021.sections`; 一's five sub-items each with their data-bound sentence where the tables give one, then
 *   the user's text; 六 opening with the 信息处理费 sentence), tables 二–四, the signature, and — when a 提示 was
 *   kept with a 说明 — the appendix 附：校验说明 listing each one. Never throws on bad cell values: they become gaps.
 */
export function buildReportDocument(data: ReportData, findings?: Finding[]): ReportDocument {
  const all = findings ?? checkReport(data);
  const counts = summarize(all);
  const agency = data.agency.trim();
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
  blocks.push(introduction(data));
  for (const section of FORMAT_2021.sections) {
    blocks.push({ type: "heading", level: 1, text: section.title });
    blocks.push(...sectionBlocks(data, section));
  }
  blocks.push({ type: "signature", agency, date: formatDate(data.publishDate) });
  blocks.push(...explanationBlocks(all));
  return { title: runsText(titleRuns), year: data.year, agency, check: { errors: counts.errors, warnings: counts.warnings }, blocks };
}
