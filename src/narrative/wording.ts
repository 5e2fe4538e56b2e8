/**
 * Generated sentence or the user's own wording: a sub-item of 总体情况 that opens with a sentence generated from the
 * tables (一（一）–（三）) often has the agency's own text stating the same figures right after it (`本年度共收到政府信息
 * 公开申请3119件……` then `全市共受理政府信息公开申请 3119 件……`). Both are read with the reader of statistical
 * sentences; where the user's text states a quantity the generated sentence states, the report states it once, and a
 * figure of the user's that the tables deny is never printed beside the generated one without a visible mark.
 *
 * What is printed per sub-item (`SubItemWording.printed`):
 * - `both`: nothing overlaps (or the user chose 生成 and nothing overlaps) — the generated sentence, then the user's text;
 * - `user`: the user's text only (the user chose 原文, or chose nothing and every overlapping figure agrees);
 * - `generated`: the generated sentence, then the user's text without its sentences restating the same quantities
 *   (the user chose 生成);
 * - `marked`: the user chose nothing and some overlapping figure disagrees — both, with a gap after each disagreeing
 *   sentence naming the cell and its value, so the draft cannot go out unnoticed (S3 reports the same sentence);
 *   also `both` when the generated sentence shows a failing equation (the user's figure may be either side).
 */
import type { FormatDef, OverviewItemKey, Wording } from "../format";
import { quantityCells, quantityId, quantityName, readStatements, reportTexts, tableContradictions, type Statement, type TableValues, type TextSpan } from "../prose";
import type { ReportData } from "../report";
import type { Finding } from "../rules";
import { fill, normalizeRuns, text } from "./figures";
import type { Block, Run } from "./model";
import { PHRASES } from "./phrases";
import { disputedSentenceMarks } from "./text-disputes";

/** A sentence of the user's text stating a quantity the generated sentence also states. */
export interface WordingOverlap {
  /** The user's sentence, verbatim, with its offsets in the sub-item's text. */
  sentence: TextSpan;
  /** The value the user's sentence states (件). */
  stated: number;
  /** The quantity's name (`表三 一、本年新收·总计`) and its value in the tables. */
  name: string;
  value: number | undefined;
  /** False when the tables deny the user's figure under every reading. */
  agrees: boolean;
}

/** What a sub-item prints, and why. */
export interface SubItemWording {
  item: OverviewItemKey;
  /** The sub-item's heading: `（二）依申请公开`. */
  title: string;
  /** The user's choice from `ReportText.wording`; absent: automatic. */
  choice?: Wording;
  printed: "both" | "generated" | "user" | "marked";
  overlaps: WordingOverlap[];
}

/** The sub-item's blocks and what they print. */
export interface WordingResult {
  wording: SubItemWording;
  blocks: Block[];
}

/** The generated sentence as plain text for the reader, gaps as an unread word (a gap states no number). */
function generatedText(runs: Run[]): string {
  return runs.map((r) => (r.kind === "gap" ? "若干" : r.text)).join("");
}

/** The statements of the user's text that state a quantity the generated sentence states, with their verdicts. */
function overlapsOf(userStatements: Statement[], generatedIds: Set<string>, format: FormatDef, values: TableValues): WordingOverlap[] {
  const contradicted = new Set(tableContradictions(userStatements, format, values).map((c) => c.statement));
  const out: WordingOverlap[] = [];
  for (const s of userStatements) {
    const shared = s.readings.find((q) => generatedIds.has(quantityId(q)));
    if (!shared) continue;
    const cells = quantityCells(shared, format);
    out.push({
      sentence: s.sentence,
      stated: s.value,
      name: quantityName(shared, format),
      value: cells ? values.sum(cells) : undefined,
      agrees: !contradicted.has(s),
    });
  }
  return out;
}

/** Whether a 提示 quoting this sentence of the sub-item was kept with a 说明 (then its mark is the appendix). */
function explainedAt(findings: readonly Finding[], piece: string, sentence: TextSpan): boolean {
  return findings.some((f) => f.explained && f.quote?.piece === piece && f.quote.start === sentence.start);
}

/**
 * The user's text as paragraphs (one per non-empty line), with some sentences left out and a gap after others.
 * Offsets are in `body`; a mark inside a sentence left out is left out with it.
 */
export function userParagraphsEdited(body: string, removed: TextSpan[], marks: { at: number; run: Run }[]): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  for (const line of body.split("\n")) {
    const lineEnd = lineStart + line.length;
    const runs: Run[] = [];
    let pos = lineStart;
    const cuts = removed.filter((r) => r.start >= lineStart && r.end <= lineEnd).sort((a, b) => a.start - b.start);
    const emit = (from: number, to: number) => {
      for (const m of marks.filter((m) => m.at > from && m.at <= to).sort((a, b) => a.at - b.at)) {
        runs.push(text(body.slice(from, m.at)), m.run);
        from = m.at;
      }
      runs.push(text(body.slice(from, to)));
    };
    for (const c of cuts) {
      if (c.start < pos) continue;
      emit(pos, c.start);
      pos = c.end;
    }
    emit(pos, lineEnd);
    const trimmed = normalizeRuns(runs);
    const first = trimmed[0];
    if (first?.kind === "text") trimmed[0] = text(first.text.replace(/^\s+/, ""));
    const last = trimmed[trimmed.length - 1];
    if (last?.kind === "text") trimmed[trimmed.length - 1] = text(last.text.replace(/\s+$/, ""));
    const kept = normalizeRuns(trimmed);
    if (kept.length > 0) blocks.push({ type: "paragraph", source: "user", runs: kept });
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/**
 * A sub-item of 总体情况 that opens with a generated sentence: what it prints (see the file comment) and its blocks.
 *
 * @param generated the generated sentence's runs (gaps included).
 * @param values the tables' values (sums of valid cells), as the checks read them.
 * @param findings the check findings, to leave unmarked a disagreeing sentence whose 提示 was kept with a 说明.
 */
export function subItemWithWording(
  data: ReportData,
  format: FormatDef,
  item: OverviewItemKey,
  generated: Run[],
  values: TableValues,
  findings: readonly Finding[] = [],
): WordingResult {
  const def = format.overviewItems.find((o) => o.key === item);
  const title = def?.title ?? item;
  const body = data.text.overview[item] ?? "";
  const pieceKey = `overview.${item}`;
  const piece = reportTexts(data, format).find((p) => p.key === pieceKey);
  const context = { format, year: data.year, agency: data.agency, ...(piece?.topic ? { topic: piece.topic } : {}) };
  const generatedIds = new Set(
    readStatements(generatedText(generated), context)
      .filter((s) => s.readings.length === 1)
      .map((s) => quantityId(s.readings[0])),
  );
  const overlaps = body.trim() === "" ? [] : overlapsOf(readStatements(body, context), generatedIds, format, values);
  const choice = data.text.wording[item];
  const sentence: Block = { type: "paragraph", source: "generated", runs: normalizeRuns(generated) };
  const wording = (printed: SubItemWording["printed"]): SubItemWording => ({ item, title, ...(choice ? { choice } : {}), printed, overlaps });
  const disagreeing = overlaps.filter((o) => !o.agrees && !explainedAt(findings, pieceKey, o.sentence));
  const marks = disagreeing.map((o) => ({
    at: o.sentence.end,
    stated: o.stated,
    run: { kind: "gap", text: fill(PHRASES.wording.mismatch, { stated: o.stated, name: o.name, value: o.value ?? "" })[0].text } as Run,
  }));
  // Every other sentence the checks dispute (其中自然人200件 beside a generated total that agrees) is marked too.
  for (const m of disputedSentenceMarks(data, format, findings, pieceKey).get(pieceKey) ?? [])
    if (!marks.some((x) => x.at === m.at && x.stated === m.stated)) marks.push(m);
  if (body.trim() === "") return { wording: wording("both"), blocks: [sentence] };
  if (choice === "user") return { wording: wording("user"), blocks: userParagraphsEdited(body, [], marks) };
  if (overlaps.length === 0) return { wording: wording("both"), blocks: [sentence, ...userParagraphsEdited(body, [], marks)] };
  if (choice === "generated")
    return { wording: wording("generated"), blocks: [sentence, ...userParagraphsEdited(body, overlaps.map((o) => o.sentence), marks)] };
  // A generated figure whose table equation fails is shown as a dispute: the user's agreeing figure may be either side.
  const disputed = generated.some((r) => r.kind === "gap" && r.dispute !== undefined);
  if (disagreeing.length === 0 && !disputed) return { wording: wording("user"), blocks: userParagraphsEdited(body, [], marks) };
  return { wording: wording(marks.length > 0 ? "marked" : "both"), blocks: [sentence, ...userParagraphsEdited(body, [], marks)] };
}
