/**
 * The text rules on figures (S3, S4, S6): the statements the reader of statistical sentences (`src/prose`) reads from
 * the user's text, against the tables and against the totals the same text gives. Each finding quotes the sentence
 * verbatim and names the cells.
 */
import { displayName, type CellKey } from "../format";
import { partsContradictions, quantityName, readReportText, statementKey, tableContradictions, type ReadPiece, type Statement } from "../prose";
import { fillTemplate, type Finding } from "./finding";
import type { CheckContext } from "./rule";
import type { ProsePartsRule, StatementRule } from "./soft-rules";

const read = new WeakMap<CheckContext, ReadPiece[]>();

/** The report's text read piece by piece, once per check. */
export function readText(ctx: CheckContext): ReadPiece[] {
  let r = read.get(ctx);
  if (!r) {
    r = readReportText(ctx.data, ctx.format);
    read.set(ctx, r);
  }
  return r;
}

/** Unique finding ids within a rule: the second finding with the same id gets `#2`. */
function uniqueIds(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const n = (seen.get(f.id) ?? 0) + 1;
    seen.set(f.id, n);
    return n === 1 ? f : { ...f, id: `${f.id}#${n}` };
  });
}

function quoteOf(piece: ReadPiece["piece"], s: Statement): Finding["quote"] {
  return { piece: piece.key, start: s.sentence.start, end: s.sentence.end, text: s.sentence.text };
}

/** S3 and S6: statements of the text that the tables contradict. */
export function evaluateStatements(rule: StatementRule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const { piece, statements } of readText(ctx)) {
    const checked = statements.filter((s) => rule.forms.includes(s.form));
    for (const c of tableContradictions(checked, ctx.format, ctx)) {
      const s = c.statement;
      const cells = [...new Set(c.readings.flatMap((r) => r.cells))];
      const base = {
        id: `${rule.id}:${piece.key}:${statementKey(s)}:${s.value}`,
        rule: rule.id,
        severity: rule.severity,
        title: rule.title,
        fields: [piece.field],
        scope: piece.place,
        quote: quoteOf(piece, s),
      };
      const vars = { place: piece.place, sentence: s.sentence.text, span: s.span.text, stated: s.value };
      if (s.form === "all") {
        // 均获维持: name the cells that deny it, with their values.
        const denying: CellKey[] = c.readings[0].cells.filter((k) => (ctx.value(k) ?? 0) > 0);
        const list = denying.map((k) => `${displayName(k, ctx.format)} ${ctx.value(k)} 件`).join("、");
        out.push({ ...base, message: fillTemplate(rule.messageAll, { ...vars, cells: list }), cells: denying });
        continue;
      }
      if (c.readings.length > 1) {
        const readings = c.readings.map((r) => `${quantityName(r.quantity, ctx.format)}为 ${r.value} 件`).join("，");
        out.push({ ...base, message: fillTemplate(rule.messageReadings, { ...vars, readings }), cells });
        continue;
      }
      const [r] = c.readings;
      const name = quantityName(r.quantity, ctx.format);
      out.push({
        ...base,
        message: fillTemplate(rule.message, { ...vars, name, expected: r.value }),
        cells,
        sides: { left: "正文", right: name },
        rightCells: cells,
        left: s.value,
        right: r.value,
        difference: s.value - r.value,
      });
    }
  }
  return uniqueIds(out);
}

/** S4: totals the text gives that the parts it lists do not add up to. */
export function evaluateProseParts(rule: ProsePartsRule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const { piece, statements } of readText(ctx)) {
    for (const c of partsContradictions(statements, ctx.format)) {
      const parts = c.parts.map((p) => `${quantityName(p.readings[0], ctx.format)} ${p.value} 件`).join("、");
      const vars = { place: piece.place, sentence: c.total.sentence.text, total: c.total.value, sum: c.partsSum, parts };
      out.push({
        id: `${rule.id}:${piece.key}:${statementKey(c.total)}:${c.total.value}`,
        rule: rule.id,
        severity: rule.severity,
        title: rule.title,
        message: fillTemplate(c.complete ? rule.message : rule.messagePartial, vars),
        cells: [],
        fields: [piece.field],
        scope: piece.place,
        quote: quoteOf(piece, c.total),
        sides: { left: "正文合计", right: "正文所列各项之和" },
        left: c.total.value,
        right: c.partsSum,
        difference: c.total.value - c.partsSum,
      });
    }
  }
  return uniqueIds(out);
}
