/**
 * `check --json`: the batch as one JSON document on stdout (UTF-8, nothing else on stdout), written as the reports
 * come in (each report's findings are printed once and then forgotten), then the batch's totals and lists. The
 * members, in this order (`JSON_HELP` documents them for `check --help`):
 *
 *   { "document": "nianbao-check", "version": 1, "checked_at": "2026-01-25 09:30", "inputs": [ … ],
 *     "files": [ { number, file, status, unit, year, format, summary, findings, previous?, previous_note?,
 *                  previous_copies? } or { number, file, status: "unreadable", error } … ],
 *     "summary": { files, passed, failed, unreadable, errors, warnings, explained, copies, copy_groups, same_unit,
 *                  rules: [...] },
 *     "copies": [ { rule, field, section, similarity, quote, a: { number, file, unit }, b: { … } } … ] (groups of two),
 *     "copy_clusters"?: [ { rule, field, section, reports, pairs, complete, similarity_min, similarity_max, quote } ],
 *     "same_unit"?: [ { unit, kind, year | years, reports: [ { number, file, year } ] } ],
 *     "roster"?: { file, expected, missing: [...], not_on_roster: [...] }, "children"?: { year, format, units, gaps },
 *     "previous"?: { … } }
 */
import type { ReportOutcome } from "../../review/outcome";
import { clusterOf, type CopyGroup, type CopyPair } from "../../review/copies";
import type { SameUnitGroup } from "../../review/same-unit";
import type { BatchTally, ReportRow } from "../../review/tally";

/** One report as `check --json` prints it. */
export function outcomeJson(o: ReportOutcome): Record<string, unknown> {
  if (o.status === "unreadable") return { number: o.index + 1, file: o.file, status: o.status, error: o.error };
  return {
    number: o.index + 1,
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
  const side = (i: number) => ({ number: i + 1, file: rows[i].file, unit: rows[i].unit });
  return { rule: p.rule, field: p.field, section: p.section, similarity: p.similarity, quote: p.quote, a: side(p.a), b: side(p.b) };
}

/** A cluster of copies (more than two reports) as `check --json` prints it: its reports once, not every pair. */
export function clusterJson(g: CopyGroup, rows: ReportRow[]): Record<string, unknown> {
  const c = clusterOf(g);
  const pairs = g.pairs[0];
  return {
    rule: g.rule,
    field: pairs.field,
    section: g.section,
    reports: g.members.map((i) => ({ number: i + 1, file: rows[i].file, unit: rows[i].unit })),
    pairs: g.pairs.length,
    complete: c.complete,
    similarity_min: c.min,
    similarity_max: c.max,
    quote: c.quote,
  };
}

/** Several reports of one unit as `check --json` prints them. */
export function sameUnitJson(g: SameUnitGroup, rows: ReportRow[]): Record<string, unknown> {
  return {
    unit: g.unit,
    kind: g.kind,
    ...(g.kind === "same_year" ? { year: g.year } : { years: g.years }),
    reports: g.members.map((i) => ({ number: i + 1, file: rows[i].file, year: rows[i].year })),
  };
}

/** The totals of a batch as `check --json` prints them. */
export function tallyJson(t: BatchTally, copies: number, copyGroups = 0, sameUnit = 0): Record<string, unknown> {
  return {
    files: t.total,
    passed: t.status.passed,
    failed: t.status.failed,
    unreadable: t.status.unreadable,
    ...t.findings,
    copies,
    copy_groups: copyGroups,
    same_unit: sameUnit,
    rules: t.ruleTallies(),
  };
}

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/** The document's name and version, its first two members; the version changes when a member changes meaning. */
export const JSON_DOCUMENT = { document: "nianbao-check", version: 2 } as const;

/** The JSON document described for `check --help`. */
export const JSON_HELP = [
  "--json 输出一个 JSON 文档（UTF-8；标准输出上只有它，进度和提示在标准错误上）：",
  '  document  "nianbao-check"；version  文档格式版本，现为 2',
  "  checked_at  检查时间；inputs  给出的文件和文件夹",
  "  files  每个文件一项，按检查顺序：number 序号（从 1 起）、file、status 结果",
  "    （passed 通过、failed 未通过、unreadable 无法读取）、unit 机关名称、year、format、",
  "    summary（errors 强制、warnings 提示、explained 已说明）、findings 每条问题（id、rule、",
  "    severity：error 强制或 warning 提示、message、cells、left、right、difference、fix 应填的值、",
  "    explained 说明）；无法读取的文件只有 number、file、status 和 error（原因）",
  "  summary  files、passed、failed、unreadable 文件数，errors、warnings、explained 问题数，",
  "    copies 内容雷同的对数，copy_groups 雷同的组数，same_unit 有多份报告的单位数，",
  "    rules 各规则发现问题的报告数 reports 和问题数 findings",
  "  copies  只有两份报告雷同的每一对：rule、section 章节、similarity 相似度（0–1）、quote 原文、",
  "    a 和 b 两份报告（number、file、unit）",
  "  copy_clusters  三份及以上报告雷同的每一组（不逐对列出）：rule、section、reports、",
  "    pairs 达到阈值的对数、complete 是否两两雷同、similarity_min、similarity_max、quote",
  "  same_unit  同一单位的多份报告（不作内容雷同比较）：unit、kind（same_year 同一年度，",
  "    years 不同年度）、year 或 years、reports（number、file、year）",
  "  roster  有 --roster 时：expected 名单上的单位数、missing 没有报告的单位、",
  "    not_on_roster 单位不在名单上的报告（suggestion 名单上相近的名称）",
  "  children  有 --children 时：year、format、units 相加的下属单位（file、unit）、",
  "    gaps 各单位未计入的单元格（blank 未填写、invalid 不是数字），",
  "    unsummed 因有单位填的不是数字而合计无法确定、未核对的单元格，",
  "    left_out 未计入合计的文件（file、reason 原因、self 是否所检查的报告本身）；",
  "    没有可相加的下属单位时只有 none（原因）和 left_out",
  "  previous  有 --previous 时：上年报告及其说明",
  "  skipped  文件夹中不是年报的 .txt、.md（没有年报的统计表，未检查）：file、reason 原因；没有时不出现",
].join("\n");

/** Writes `{ "document": …, "files": [ … ], … }` piece by piece. */
export class JsonWriter {
  private first = true;

  /** @param head the members before `files` (after `document` and `version`): `checked_at`, `inputs`. */
  constructor(
    private readonly write: (text: string) => void,
    head: Record<string, unknown> = {},
  ) {
    const members = Object.entries({ ...JSON_DOCUMENT, ...head }).map(([k, v]) => `  ${JSON.stringify(k)}: ${indent(JSON.stringify(v, null, 2), "  ")},\n`);
    write(`{\n${members.join("")}  "files": [`);
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
