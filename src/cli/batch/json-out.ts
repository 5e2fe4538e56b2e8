/**
 * `check --json`: the batch as one JSON object on stdout, written as the reports come in (each report's findings
 * are printed once and then forgotten), then the batch's totals and lists.
 *
 *   { "files": [ { file, status, unit, year, format, summary, findings, previous?, previous_note? } or
 *                { file, status: "unreadable", error } … ],
 *     "summary": { files, passed, failed, unreadable, errors, warnings, explained, rules: [...] },
 *     "copies": [ { rule, field, section, similarity, quote, a: { file, unit }, b: { file, unit } } … ],
 *     …more members from `end(extra)` (roster, last year's report) }
 */
import type { ReportOutcome } from "../../review/outcome";
import type { CopyPair } from "../../review/copies";
import type { BatchTally, ReportRow } from "../../review/tally";

/** One report as `check --json` prints it. */
export function outcomeJson(o: ReportOutcome): Record<string, unknown> {
  if (o.status === "unreadable") return { file: o.file, status: o.status, error: o.error };
  return {
    file: o.file,
    status: o.status,
    unit: o.unit,
    year: o.year,
    format: o.format,
    summary: o.counts,
    findings: o.findings,
    ...(o.previous ? { previous: o.previous } : {}),
    ...(o.previousNote ? { previous_note: o.previousNote } : {}),
    ...(o.previousCopies ? { previous_copies: o.previousCopies } : {}),
  };
}

/** A pair of copied sections as `check --json` prints it, the two reports named by file and unit. */
export function copyJson(p: CopyPair, rows: ReportRow[]): Record<string, unknown> {
  const side = (i: number) => ({ file: rows[i].file, unit: rows[i].unit });
  return { rule: p.rule, field: p.field, section: p.section, similarity: p.similarity, quote: p.quote, a: side(p.a), b: side(p.b) };
}

/** The totals of a batch as `check --json` prints them. */
export function tallyJson(t: BatchTally): Record<string, unknown> {
  return {
    files: t.total,
    passed: t.status.passed,
    failed: t.status.failed,
    unreadable: t.status.unreadable,
    ...t.findings,
    rules: t.ruleTallies(),
  };
}

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/** Writes `{ "files": [ … ], … }` piece by piece. */
export class JsonWriter {
  private first = true;

  constructor(private readonly write: (text: string) => void) {
    write('{\n  "files": [');
  }

  /** One report, in batch order. */
  file(o: ReportOutcome): void {
    this.write(`${this.first ? "" : ","}\n    ${indent(JSON.stringify(outcomeJson(o), null, 2), "    ")}`);
    this.first = false;
  }

  /** Close the list and add the other members. */
  end(members: Record<string, unknown>): void {
    this.write(this.first ? "]" : "\n  ]");
    for (const [k, v] of Object.entries(members)) this.write(`,\n  ${JSON.stringify(k)}: ${indent(JSON.stringify(v, null, 2), "  ")}`);
    this.write("\n}\n");
  }
}
