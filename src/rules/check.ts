/**
 * The one check pipeline: from what was read — a workbook read with its layout problems, or a data file with the
 * problems of its format — to every finding. The CLI, the pane's findings list, the 生成报告 panel and the reviewer's
 * batch all call `checkReport`, so their counts agree.
 */
import { formatOf } from "../format";
import type { ReadProblem, ReadProblemKind, ReportData, ReportRead } from "../report";
import { IMPORT_RULE, LAYOUT_RULE, type Finding, type Severity } from "./finding";
import { rulesFor } from "./registry";
import { makeContext } from "./rule";

export { summarize } from "./finding";

/** Options of a check. */
export interface CheckOptions {
  /** Last year's report (in its own format), for the cross-year rules (S1, S2) and 内容雷同 (C1). */
  previous?: ReportData;
}


/**
 * How each kind of read problem is listed: its rule and severity. Problems that leave the report readable are 提示:
 * missing metadata (read as the layout found), a 报告信息 field that cannot be read (a gap in the report), a label
 * printed differently but a table intact (S8), a format unstated or contradicted, or the 2019 （六） row in a 2021
 * report (S7). Every other problem is 强制, because the table's values cannot be trusted until it is repaired.
 */
const READ_PROBLEM_RULES: Record<ReadProblemKind, { rule: string; severity: Severity; title: string }> = {
  missing_name: { rule: LAYOUT_RULE, severity: "error", title: "工作簿版式有误" },
  missing_sheet: { rule: LAYOUT_RULE, severity: "error", title: "工作簿版式有误" },
  shape_changed: { rule: LAYOUT_RULE, severity: "error", title: "工作簿版式有误" },
  label_changed: { rule: LAYOUT_RULE, severity: "error", title: "工作簿版式有误" },
  wrong_format: { rule: LAYOUT_RULE, severity: "error", title: "工作簿版式有误" },
  sheet_renamed: { rule: LAYOUT_RULE, severity: "warning", title: "工作表已改名" },
  names_missing: { rule: LAYOUT_RULE, severity: "warning", title: "工作簿名称缺失" },
  meta_missing: { rule: LAYOUT_RULE, severity: "warning", title: "工作簿版式有误" },
  bad_value: { rule: LAYOUT_RULE, severity: "warning", title: "工作簿版式有误" },
  label_variant: { rule: "S8", severity: "warning", title: "标签与格式不一致" },
  format_unstated: { rule: "S7", severity: "warning", title: "格式未写明" },
  format_contradicted: { rule: "S7", severity: "warning", title: "格式与版式不符" },
  single_other_row: { rule: "S7", severity: "warning", title: "表三（六）其他处理为 2019 年格式的单行" },
  extra_key: { rule: LAYOUT_RULE, severity: "warning", title: "报告数据有未使用的字段" },
  undetermined: { rule: IMPORT_RULE, severity: "error", title: "无法确定" },
};

/**
 * A read problem as a finding: rule `layout` (强制, or 提示 for missing metadata, a renamed tables sheet, blocks found without their names and unreadable 报告信息 fields), `S8`
 * for a label printed differently, `S7` for the format, `import` (强制) for an imported row that cannot be read. Its id is stable across reads (`S7.format_unstated`,
 * `layout.missing_name.table3`, with `.2`, `.3` … for repeats) so a 说明 stays with it.
 */
export function readProblemFinding(p: ReadProblem, seen: Map<string, number> = new Map()): Finding {
  const r = READ_PROBLEM_RULES[p.kind];
  const base = `${r.rule}.${p.kind}${p.table ? `.${p.table}` : ""}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return {
    id: n === 1 ? base : `${base}.${n}`,
    rule: r.rule,
    severity: r.severity,
    title: r.title,
    message: p.message,
    ...(p.table ? { table: p.table } : {}),
    cells: p.cells ?? [],
    ...(p.expected !== undefined && p.actual !== undefined ? { sides: { left: p.actual, right: p.expected } } : {}),
  };
}

function isRead(x: ReportData | ReportRead): x is ReportRead {
  return "data" in x && "problems" in x;
}

/**
 * Check a report: every finding, in one list.
 *
 * @param input what was read: a `ReportRead` (a workbook read with its layout problems, a data file read with the
 *   problems of its format), or bare report data (no read problems).
 * @param options last year's report for the cross-year rules.
 * @returns the read problems first (as findings of rule `layout`, `S7`, `S8`), then every rule of the report's format
 *   in catalogue order: H1–H6 on the tables (强制), the rules on 报告信息 (I1–I3, S7, S10), the text rules (提示) and,
 *   with `options.previous`, the cross-year rules — except findings on a table that could not be read
 *   (`tablesRead[table] === false`), whose blank cells would only repeat its read problem 10, 175 or 15 times, and
 *   H6 on cells an import could not read (`unreadCells`: their `import` finding asks for them). A 提示
 *   finding whose id has a 说明 in `data.explanations` carries it as `explained`; 强制 findings cannot be explained.
 */
export function checkReport(input: ReportData | ReportRead, options: CheckOptions = {}): Finding[] {
  const read: ReportRead = isRead(input) ? input : { data: input, problems: [] };
  const { data } = read;
  const format = formatOf(data);
  const ctx = makeContext(data, format, options.previous ? { data: options.previous, format: formatOf(options.previous) } : undefined);
  const unreadCells = new Set(read.unreadCells ?? []);
  const unread = (f: Finding) =>
    (f.table !== undefined && read.tablesRead?.[f.table] === false) ||
    (f.rule === "H6" && f.cells.length > 0 && f.cells.every((c) => unreadCells.has(c)));
  const seen = new Map<string, number>();
  const findings = [
    ...read.problems.map((p) => readProblemFinding(p, seen)),
    ...rulesFor(format).flatMap((r) => r.evaluate(ctx)).filter((f) => !unread(f)),
  ];
  const byId = new Map(data.explanations.map((e) => [e.findingId, e]));
  return findings.map((f) => {
    const e = f.severity === "warning" ? byId.get(f.id) : undefined;
    return e && e.text.trim() !== "" ? { ...f, explained: { text: e.text, at: e.at } } : f;
  });
}
