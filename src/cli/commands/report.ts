/** `nianbao report <file> -o <dir>`: the report as Word, HTML, Markdown, filing JSON and CSV. */
import { promises as fs } from "fs";
import { join } from "path";
import { buildReportDocument } from "../../narrative";
import { toCsv, toHtml, toMarkdown, toReportJson } from "../../export";
import { toDocx } from "../../export/docx";
import { EXIT, type CliIo } from "../io";
import { findingsOf, loadReport, type Loaded } from "../load";
import { getFormat, tablesOf } from "../../format";
import { blankCells, importSummary } from "../import-account";
import { ensureOutputFolder, kindOf, writeOutputFiles } from "../output";
import { keptPreviousFor, previousFor, previousOption } from "../previous-option";
import { terminalLine } from "../terminal-text";
import { unwritableFields, unwritableMessage } from "../../report";

/** The files `report` writes, in the order they are printed. */
export const REPORT_FILES = ["report.docx", "report.html", "report.md", "report.json", "report.csv"] as const;

/**
 * The report files already in `outDir`, in `REPORT_FILES` order (links and special files count as existing).
 */
export async function existingReportFiles(outDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of REPORT_FILES) {
    const there = await fs.lstat(join(outDir, name)).then(
      () => true,
      () => false,
    );
    if (there) found.push(name);
  }
  return found;
}

/**
 * Why a workbook whose layout keeps tables from being read gives no report (a report with those tables blank would
 * look complete): the tables, each one's layout problem, and what to do.
 */
export function unreadTablesMessage(file: string, loaded: Extract<Loaded, { ok: true }>): string {
  const format = getFormat(loaded.data.format, loaded.data.formatVariant);
  const defs = tablesOf(format).filter((d) => loaded.unreadTables.includes(d.key));
  const names = defs.map((d) => d.shortName).join("、");
  const why = loaded.read.problems.filter((p) => p.table !== undefined && loaded.unreadTables.includes(p.table)).map((p) => p.message);
  return (
    `无法生成报告：“${file}”中${names}的表格结构有问题，数据无法读取，生成的报告会缺少${names}。` +
    `${why.join(" ")} ` +
    `请在 Excel 或 WPS 中打开该工作簿，点击年报助手任务窗格中的“修复表格”（或恢复被删除的行、改回标签）后再生成。未写出任何文件。`
  );
}

/**
 * Write the five files of a report into `outDir` (created when missing).
 * @param previousForce use `previousFile` even when its 机关名称 names another unit (`--previous-force`).
 * @param force replace report files already in `outDir`; without it any of them there is a refusal naming them
 *   (as `init` and `export` refuse), and nothing is written.
 * @returns EXIT.ok; EXIT.refused when a report file exists in `outDir` and `force` is false; EXIT.unreadable when the
 *   report cannot be read, a workbook's layout problem keeps a table from being read (`unreadTablesMessage`), or holds a character no output file can hold (`unwritableFields`; nothing is written then).
 * @throws CliError when `outDir` or a file in it cannot be written, or `previousFile` does not exist.
 */
export async function runReport(
  file: string,
  outDir: string,
  previousFile: string | undefined,
  io: CliIo,
  force = false,
  previousForce = false,
): Promise<number> {
  if (!force && (await kindOf(outDir)) === "folder") {
    const existing = await existingReportFiles(outDir);
    if (existing.length > 0) {
      io.err(terminalLine(`输出文件夹“${outDir}”中已有 ${existing.join("、")}，未作改动；如要覆盖，请加 --force，或用 -o 给出另一个文件夹`));
      return EXIT.refused;
    }
  }
  const loaded = await loadReport(file);
  if (!loaded.ok) {
    io.err(terminalLine(loaded.error));
    return EXIT.unreadable;
  }
  if (loaded.unreadTables.length > 0) {
    io.err(terminalLine(unreadTablesMessage(file, loaded)));
    return EXIT.unreadable;
  }
  if (loaded.imported) {
    // A published report: say what was read and what had to be left blank (the check then reports it as 无法确定).
    io.err(terminalLine(importSummary(file, loaded.imported)));
    const blanks = blankCells(loaded.imported);
    if (blanks > 0) io.err(terminalLine(`注意：${blanks} 个单元格无法确定，已留空；报告中这些数字空缺，请运行 nianbao import ${file} 查看是哪些行`));
  }
  const unwritable = unwritableFields(loaded.data);
  if (unwritable.length > 0) {
    io.err(terminalLine(`无法生成报告：${unwritableMessage(unwritable)}`));
    return EXIT.unreadable;
  }
  const previous = await previousOption(previousFile, io);
  await ensureOutputFolder(outDir);
  const given = previousFor(loaded, previous, io, previousForce);
  // A workbook's own last-year report (导入上年报告) when --previous is not given; --previous wins and says so.
  const kept = keptPreviousFor(loaded, previous, io, previousForce);
  const findings = findingsOf(loaded, { previous: previous ? given.data : kept.data });
  const doc = buildReportDocument(loaded.data, findings);
  const contents: Record<(typeof REPORT_FILES)[number], string | Uint8Array> = {
    "report.docx": await toDocx(doc),
    "report.html": toHtml(doc),
    "report.md": toMarkdown(doc),
    "report.json": JSON.stringify(toReportJson(loaded.data, findings), null, 2) + "\n",
    "report.csv": toCsv(loaded.data),
  };
  // All five or none: a report whose files come from two runs would look valid and disagree.
  // Without --force a file that appeared meanwhile is not replaced either (checked as each file is put in place).
  await writeOutputFiles(
    REPORT_FILES.map((name) => ({ path: join(outDir, name), body: contents[name] })),
    { overwrite: force },
  );
  for (const name of REPORT_FILES) io.out(terminalLine(`已生成 ${join(outDir, name)}`));
  if (doc.check.errors > 0) {
    io.out(terminalLine(`注意：有 ${doc.check.errors} 项强制问题未改正，报告开头已标注“未通过校验”；请先运行 nianbao check ${file} 查看。`));
  }
  return EXIT.ok;
}
