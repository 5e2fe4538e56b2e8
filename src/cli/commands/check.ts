/**
 * `nianbao check <files and folders…>`: the reviewer's batch. Every report file given or found under a folder
 * (sub-folders included) is read and checked by the one check pipeline, on every core when there are many; a file
 * that cannot be read is a row saying why and never stops the batch. Prints a findings table per file and a summary
 * (or JSON with `--json`), and writes the summary page (`--html`) and table (`--csv`).
 */
import { dirname, relative, resolve, sep } from "path";
import { CliError } from "../errors";
import { EXIT, type CliIo } from "../io";
import { findingsTable } from "../findings-table";
import { checkPreviousDir, previousJson, previousOption } from "../previous-option";
import { batchInputs, type SkippedFile } from "../batch/inputs";
import { clusterJson, copyJson, JsonWriter, sameUnitJson, tallyJson } from "../batch/json-out";
import { openPool, runOrdered } from "../batch/pool";
import { startProgress, type Progress } from "../batch/progress";
import { Spool } from "../batch/spool";
import { copiesText, previousCopiesText, sameUnitText, summaryTable, totalLine } from "../batch/summary-text";
import { batchCopySections, copyGroups, findCopies, PAIRS_SHOWN_UP_TO } from "../../review/copies";
import { sameUnitGroups, sameUnitKeys } from "../../review/same-unit";
import type { CheckTask, PreviousEntry } from "../batch/checker";
import type { ReportOutcome } from "../../review/outcome";
import { FORMATS, type FormatDef } from "../../format";
import { BatchTally } from "../../review/tally";
import { normalizeUnitName } from "../../review/unit-name";
import { summarize } from "../../rules";
import { debugEnabled, internalErrorText } from "../errors";
import { terminalLine, terminalSafe } from "../terminal-text";
import { checkOutputFile, writeOutputFiles } from "../output";
import type { OutputFile } from "../atomic-write";
import { summaryCsv } from "../../export/summary-csv";
import { summaryHtml } from "../../export/summary-html";
import type { BatchSummary } from "../../review/summary";
import { checkRoster } from "../../review/roster";
import { readRosterFile } from "../roster-file";
import { loadChildren, unsummedText } from "../children";
import { rosterJson, rosterText } from "../batch/roster-text";

/** The options of `check`. */
export interface CheckCommandOptions {
  /** Print the batch as JSON instead of tables. */
  json?: boolean;
  /** `--previous`: last year's report for every file. */
  previous?: string;
  /** `--previous-dir`: a folder of last year's reports, matched to this year's by unit. */
  previousDir?: string;
  /** `--previous-force`: use `--previous` even for a report of another unit (a unit renamed). */
  previousForce?: boolean;
  /** `--html`: write the summary page here. */
  html?: string;
  /** `--csv`: write the summary table here. */
  csv?: string;
  /** `--children`: the parent's units (folders or files), added up and compared with each report checked. */
  children?: string[];
  /** `--roster`: the units expected (a CSV file), to list who sent nothing and reports not on it. */
  roster?: string;
}

/** The local time as the page shows it: `2026-01-25 09:30`. */
function localTime(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function summaryLine(o: ReportOutcome): string {
  const s = summarize(o.findings);
  if (o.findings.length === 0) return "未发现问题";
  const parts = [`${s.errors} 项强制`, `${s.warnings} 项提示`];
  if (s.explained > 0) parts.push(`${s.explained} 项提示已说明`);
  return `${parts.join("，")}${s.errors > 0 ? "（未通过）" : "（通过，提示请核对）"}`;
}

/** The text and Markdown files of the folders that are not reports, as the summary lists them (none: no lines). */
function skippedText(skipped: SkippedFile[]): string[] {
  if (skipped.length === 0) return [];
  return [`未检查 ${skipped.length} 个不是年报的文本文件（文件夹中的 .txt、.md 只检查其中有年报统计表的）：`, ...skipped.map((s) => `  ${s.file}：${s.reason}`)];
}

/** One file's block of the text output. */
function fileBlock(o: ReportOutcome): string {
  // Names, messages and values come from the files: printed so that they cannot act on the terminal.
  if (o.status === "unreadable") return `${terminalSafe(o.file)}\n  ${terminalSafe(o.error ?? "")}\n\n`;
  const lines = [terminalSafe(o.file), ...(o.findings.length > 0 ? findingsTable(o.findings).map((l) => `  ${l}`) : []), `  ${summaryLine(o)}`];
  return `${lines.join("\n")}\n\n`;
}

/**
 * Read last year's folder (`--previous-dir`) far enough to know whose report each file is.
 * @returns last year's reports by normalised unit name.
 */
async function previousIndex(folder: string, io: CliIo): Promise<Record<string, PreviousEntry[]>> {
  const { inputs } = await batchInputs([folder]);
  const tasks: CheckTask[] = inputs.map((input, index) => ({ kind: "identify", index, file: input.file, ...(input.unreadable ? { unreadable: input.unreadable } : {}) }));
  const byUnit: Record<string, PreviousEntry[]> = {};
  const unreadable: string[] = [];
  const progress = startProgress(io, tasks.length, "读取上年报告");
  const pool = openPool({}, tasks.length);
  try {
    await runOrdered(
      pool,
      tasks,
      (o) => {
        if (o.status === "unreadable") unreadable.push(o.error ?? o.file);
        else if (o.unit !== "") (byUnit[normalizeUnitName(o.unit)] ??= []).push({ file: o.file, unit: o.unit, year: o.year });
      },
      (t) => progress.tick(t.file),
    );
  } finally {
    await pool.close();
    progress.stop();
  }
  if (unreadable.length > 0) io.err(terminalLine(`注意：上年报告文件夹中 ${unreadable.length} 个文件无法读取，这些单位不做跨年度检查：${unreadable.join("；")}`));
  return byUnit;
}

/** The formats of the batch's read reports, newest first, each once: their 内容雷同 sections are compared. */
function formatsOf(rows: readonly Pick<ReportOutcome, "format">[]): FormatDef[] {
  return FORMATS.filter((f) => rows.some((r) => r.format === f.id)).reverse();
}

/**
 * Check every report of the batch.
 * @returns EXIT.internal when checking some file hit a defect of the program; EXIT.unreadable when no file could be
 *   read; EXIT.findings when a report did not pass (a 强制 finding) or a file could not be read; else EXIT.ok.
 * @throws CliError when the options contradict each other, `--previous` or `--previous-dir` does not exist or an
 *   output file cannot be written.
 */
export async function runCheck(args: string[], opts: CheckCommandOptions, io: CliIo): Promise<number> {
  if (opts.previous !== undefined && opts.previousDir !== undefined) {
    throw new CliError("--previous 和 --previous-dir 只能用其中一个：--previous 给所有报告同一份上年报告，--previous-dir 按单位名称为每份报告找它自己的上年报告");
  }
  if (opts.previousForce && opts.previousDir !== undefined) {
    throw new CliError("--previous-force 只能与 --previous 一起用：--previous-dir 按机关名称为每份报告找它自己的上年报告，不会用其他单位的报告");
  }
  if (opts.previousDir !== undefined) await checkPreviousDir(opts.previousDir);
  const outputs = [opts.html, opts.csv].filter((f): f is string => f !== undefined);
  for (const f of outputs) await checkOutputFile(f);
  const roster = opts.roster !== undefined ? await readRosterFile(opts.roster, (l) => io.err(terminalLine(l))) : undefined;
  const previous = await previousOption(opts.previous, io);
  const previousByUnit = opts.previousDir !== undefined ? await previousIndex(opts.previousDir, io) : undefined;
  const children = opts.children !== undefined ? await loadChildren(opts.children, args, outputs) : undefined;
  const units = children?.sum;
  for (const l of children?.leftOut ?? []) io.err(terminalLine(`下属单位文件“${l.file}”未计入合计：${l.reason}`));
  if (children?.none !== undefined) io.err(terminalLine(`未与下属单位合计核对：${children.none}`));
  if (units) {
    if (units.leftOut) io.err(terminalLine(`注意：${units.leftOut.length} 个下属单位文件未计入（见上），合计不全，A1 提示只与其余单位之和比较`));
    io.err(terminalLine(`与下属单位合计核对：${units.units.length} 个单位（${units.year} 年度，${units.format.name}）`));
    for (const line of unsummedText(units)) io.err(terminalLine(line));
    if (units.unsummed.length > 0) io.err(terminalLine(`这 ${units.unsummed.length} 格不与下属单位合计核对（提示 A1 中列出）`));
    for (const g of units.gaps) if (g.blank.length > 0) io.err(terminalLine(`${g.unit}（${g.file}）有 ${g.blank.length} 格未填写，未计入合计`));
  }
  const { inputs, folders, skipped } = await batchInputs(args, outputs);
  const tasks: CheckTask[] = inputs.map((input, index) => ({ kind: "check", index, file: input.file, ...(input.unreadable ? { unreadable: input.unreadable } : {}) }));

  if (!opts.json) for (const f of folders) if (f.files > 0) io.out(`${terminalLine(`文件夹“${f.folder}”：检查其中（含子文件夹）${f.files} 个文件`)}\n`);
  const tally = new BatchTally();
  const spool = new Spool();
  const checkedAt = localTime();
  const json = opts.json ? new JsonWriter((t) => io.out(t), { checked_at: checkedAt, inputs: args }) : undefined;
  const internal: ReportOutcome[] = [];
  let missing = 0;
  let progress: Progress | undefined;
  try {
    progress = startProgress(io, tasks.length, "检查");
    const shown = progress;
    const pool = openPool(
      {
        ...(previous?.report ? { previousFile: previous.file } : {}),
        ...(opts.previousForce ? { previousForce: true } : {}),
        ...(previousByUnit ? { previousByUnit } : {}),
        ...(units ? { children: { ...units, format: units.format.id, ...(units.format.variant ? { variant: units.format.variant } : {}) } } : {}),
      },
      tasks.length,
    );
    try {
      await runOrdered(
        pool,
        tasks,
        (o) => {
          tally.add(o);
          spool.put(o);
          if (o.internalError !== undefined) internal.push({ ...o, findings: [], texts: {} });
          if (o.previousNote) shown.err(`注意：${o.previousNote}\n`);
          if (json) json.file(o);
          else shown.out(fileBlock(o));
        },
        (t) => shown.tick(t.file),
      );
    } finally {
      await pool.close();
      progress.stop();
    }

    const readable = tally.rows.filter((r) => r.status !== "unreadable");
    const unitRows = tally.rows.map((r) => ({ index: r.index, unit: r.unit, year: r.year, readable: r.status !== "unreadable" }));
    const sameUnit = sameUnitGroups(unitRows);
    const copies = findCopies(
      readable.map((r) => r.index),
      readable.map((r) => r.unit),
      (index) => spool.get(index),
      batchCopySections(formatsOf(readable)),
      sameUnitKeys(unitRows),
    );
    const groups = copyGroups(copies);
    const fromLastYear = tally.rows.filter((r) => r.previousCopies).map((row) => ({ row, copies: row.previousCopies! }));

    const summary: BatchSummary = {
      checkedAt,
      inputs: args,
      rows: tally.rows,
      status: tally.status,
      findings: tally.findings,
      rules: tally.ruleTallies(),
      copies: groups,
      ...(sameUnit.length > 0 ? { sameUnit } : {}),
      ...(roster && opts.roster !== undefined
        ? { roster: checkRoster(opts.roster, roster, tally.rows.map((r) => ({ index: r.index, file: r.file, unit: r.unit, readable: r.status !== "unreadable" }))) }
        : {}),
    };
    missing = summary.roster?.missing.length ?? 0;
    const files: OutputFile[] = [];
    if (opts.html !== undefined) {
      const page = resolve(opts.html);
      const fileLink = (file: string) => relative(dirname(page), resolve(file)).split(sep).map(encodeURIComponent).join("/");
      files.push({ path: opts.html, body: summaryHtml(summary, spool.all(), { fileLink }) });
    }
    if (opts.csv !== undefined) files.push({ path: opts.csv, body: summaryCsv(summary) });
    if (files.length > 0) await writeOutputFiles(files);

    if (json) {
      json.end({
        summary: tallyJson(tally, copies.length, groups.length, sameUnit.length),
        copies: groups.filter((g) => g.members.length <= PAIRS_SHOWN_UP_TO).flatMap((g) => g.pairs.map((p) => copyJson(p, tally.rows))),
        ...(groups.some((g) => g.members.length > PAIRS_SHOWN_UP_TO)
          ? { copy_clusters: groups.filter((g) => g.members.length > PAIRS_SHOWN_UP_TO).map((g) => clusterJson(g, tally.rows)) }
          : {}),
        ...(sameUnit.length > 0 ? { same_unit: sameUnit.map((g) => sameUnitJson(g, tally.rows)) } : {}),
        ...(summary.roster ? { roster: rosterJson(summary.roster) } : {}),
        ...(units
          ? { children: { year: units.year, format: units.format.id, units: units.units, gaps: units.gaps, unsummed: units.unsummed, left_out: children!.leftOut } }
          : children
            ? { children: { none: children.none, left_out: children.leftOut } }
            : {}),
        ...(previous ? { previous: previousJson(previous) } : {}),
        ...(skipped.length > 0 ? { skipped } : {}),
      });
    } else {
      if (tally.total > 1) io.out(`汇总\n${summaryTable(tally).map((l) => `  ${terminalSafe(l)}`).join("\n")}\n\n`);
      for (const block of [sameUnitText(sameUnit, tally.rows), copiesText(groups, tally.rows), previousCopiesText(fromLastYear), summary.roster ? rosterText(summary.roster) : [], skippedText(skipped)])
        if (block.length > 0) io.out(`${block.map(terminalSafe).join("\n")}\n\n`);
      io.out(`${totalLine(tally)}\n`);
    }
    for (const file of outputs) (json ? io.err : io.out)(terminalLine(`已生成 ${file}`));
  } finally {
    spool.close();
  }

  if (internal.length > 0) {
    io.err(internalErrorText(new Error(internal.map((o) => `${o.file}:\n${o.internalError}`).join("\n")), debugEnabled()));
    return EXIT.internal;
  }
  const readable = tally.total - tally.status.unreadable;
  if (readable === 0) return EXIT.unreadable;
  return tally.status.failed > 0 || tally.status.unreadable > 0 || missing > 0 ? EXIT.findings : EXIT.ok;
}
