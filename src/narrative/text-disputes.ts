/**
 * Sentences of the user's own text that the tables deny: every sentence an open S3 or S6 finding quotes (a figure,
 * `未收到…`, `均获维持` the tables contradict) is printed with a visible mark after it — a gap run, so Markdown prints
 * it bold, HTML as `<mark>` and Word bold on yellow, like a disputed figure (`disputes.ts`). The report never prints
 * a sentence the checks dispute as if it were fact, in whichever piece of text it stands (一's sub-items, 五, 六 …).
 * A 提示 kept with a 说明 leaves its sentence unmarked: the appendix 附：校验说明 says it.
 */
import { displayName, type CellKey, type FormatDef } from "../format";
import { quantityName, readReportText, statementKey, tableContradictions, type TableContradiction } from "../prose";
import type { ReportData } from "../report";
import { makeContext, softRuleSpecs, type Finding } from "../rules";
import { fill } from "./figures";
import type { Run } from "./model";
import { PHRASES } from "./phrases";

/** A mark to print after a sentence of a piece of the user's text. */
export interface SentenceMark {
  /** The offset in the piece's text after which the mark stands (the sentence's end). */
  at: number;
  /** The figure the sentence states (件; 0 for `未收到…` and `均获维持`). */
  stated: number;
  /** The gap run: `【上句的200件与表三 一、本年新收·自然人（217件）不一致】`. */
  run: Run;
}

/** The finding id a text rule gives a statement (`evaluateStatements`), without the `#2` of a repeated one. */
function findingId(rule: string, piece: string, c: TableContradiction): string {
  return `${rule}:${piece}:${statementKey(c.statement)}:${c.statement.value}`;
}

/** The mark's words for one contradiction: the stated figure against the cell, each reading, or the denying cells. */
function markText(c: TableContradiction, format: FormatDef, value: (k: CellKey) => number | undefined): string {
  const s = c.statement;
  if (s.form === "all") {
    const cells = c.readings[0].cells
      .filter((k) => (value(k) ?? 0) > 0)
      .map((k) => fill(PHRASES.wording.cellValue, { name: displayName(k, format), value: value(k) ?? "" })[0].text)
      .join(PHRASES.wording.separator);
    return fill(PHRASES.wording.mismatchAll, { cells })[0].text;
  }
  if (c.readings.length > 1) {
    const readings = c.readings
      .map((r) => fill(PHRASES.wording.reading, { name: quantityName(r.quantity, format), value: r.value })[0].text)
      .join(PHRASES.wording.separator);
    return fill(PHRASES.wording.mismatchReadings, { stated: s.value, readings })[0].text;
  }
  const [r] = c.readings;
  return fill(PHRASES.wording.mismatch, { stated: s.value, name: quantityName(r.quantity, format), value: r.value })[0].text;
}

/**
 * The marks for every piece of the user's text, by piece key (`overview.intro`, `overview.disclosure_on_request`,
 * `overview.extra.0`, `problems`, `otherMatters`, as `reportTexts` names them): one per statement the tables contradict
 * whose S3 or S6 finding is among `findings` and open (no 说明). Offsets are in the piece's text as typed.
 * @param only a piece key: the marks of that piece only (the text is read only when it has an open finding).
 */
export function disputedSentenceMarks(data: ReportData, format: FormatDef, findings: readonly Finding[], only?: string): Map<string, SentenceMark[]> {
  const rules = softRuleSpecs(format)
    .filter((r) => r.kind === "statements")
    .map((r) => r.id);
  const open = new Set(
    findings
      .filter((f) => rules.includes(f.rule) && !f.explained && f.quote !== undefined && (only === undefined || f.quote.piece === only))
      .map((f) => f.id.replace(/#\d+$/, "")),
  );
  const out = new Map<string, SentenceMark[]>();
  if (open.size === 0) return out;
  const ctx = makeContext(data, format);
  for (const { piece, statements } of readReportText(data, format)) {
    const marks: SentenceMark[] = [];
    for (const c of tableContradictions(statements, format, ctx)) {
      if (!rules.some((rule) => open.has(findingId(rule, piece.key, c)))) continue;
      marks.push({ at: c.statement.sentence.end, stated: c.statement.value, run: { kind: "gap", text: markText(c, format, (k) => ctx.value(k)) } });
    }
    if (marks.length > 0) out.set(piece.key, marks);
  }
  return out;
}
