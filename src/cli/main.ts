/**
 * The `nianbao` command: create a workbook with the three tables, check workbooks and report data files (against
 * last year's report with `--previous`), write the report as Word, HTML, Markdown, filing JSON and CSV, and export a
 * workbook's data as JSON.
 *
 *   nianbao init <out.xlsx> [--data report.json] [--force]
 *   nianbao check <file or folder...> [--json] [--previous <last-year file>]
 *   nianbao report <file> -o <dir> [--previous <last-year file>]
 *   nianbao export <file.xlsx> [-o report.json]
 *
 * Exit status (`EXIT`, printed by `--help`): 0 done (for `check`: no file has a 强制 finding); 1 `check` found 强制
 * findings, or `init` refused to overwrite a file; 2 a file cannot be read or written, or the arguments are wrong;
 * 3 an internal error (printed by bin/nianbao.cjs, with its stack only under `NIANBAO_DEBUG=1`). Every message is
 * Chinese, commander's own included.
 */
import { Command, CommanderError } from "commander";
import { promises as fs } from "fs";
import { extname, join } from "path";
import { reportToJson, type ReportData } from "../report";
import { summarize, type Finding } from "../rules";
import { buildReportDocument } from "../narrative";
import { toCsv, toHtml, toMarkdown, toReportJson } from "../export";
import { toDocx } from "../export/docx";
import { XlsxWorkbook } from "../workbook/xlsx";
import { insertReport } from "../workbook/layout";
import { previousForCheck, type PreviousReport } from "../import/previous";
import { CliError } from "./errors";
import { chineseHelp, commanderErrorInChinese, EXIT_HELP } from "./help-text";
import { findingsTable } from "./findings-table";
import { findingsOf, loadPrevious, loadReport, type Loaded } from "./load";
import { checkOutputFile, ensureOutputFolder, writeOutputFile } from "./output";

/** Where the command writes: one call per line-terminated chunk. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** The process's stdout and stderr. */
export const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Exit statuses. */
export const EXIT = { ok: 0, findings: 1, refused: 1, unreadable: 2, usage: 2, internal: 3 } as const;

/** The file types `check` takes from a folder. */
const CHECKED_TYPES = [".xlsx", ".json"];

function summaryLine(findings: Finding[]): string {
  const s = summarize(findings);
  if (findings.length === 0) return "未发现问题";
  const parts = [`${s.errors} 项强制`, `${s.warnings} 项提示`];
  if (s.explained > 0) parts.push(`${s.explained} 项提示已说明`);
  return `${parts.join("，")}${s.errors > 0 ? "（未通过）" : "（通过，提示请核对）"}`;
}

/** `--previous` as read: the report, or the reason it could not be read (the check goes on without it). */
interface PreviousOption {
  file: string;
  report?: PreviousReport;
  error?: string;
}

/** Read `--previous` when given, printing its notes, or a warning when it cannot be read. */
async function previousOption(file: string | undefined, io: CliIo): Promise<PreviousOption | undefined> {
  if (file === undefined) return undefined;
  const read = await loadPrevious(file);
  if (!read.ok) {
    io.err(`注意：${read.error}；本次不做跨年度检查\n`);
    return { file, error: read.error };
  }
  for (const note of read.report.notes) io.err(`注意：${note}\n`);
  return { file, report: read.report };
}

/** Last year's report for one loaded report (absent when not given, unreadable or not of the year before). */
function previousFor(loaded: Extract<Loaded, { ok: true }>, previous: PreviousOption | undefined, io: CliIo): { data?: ReportData; note?: string } {
  if (!previous?.report) return {};
  const use = previousForCheck(loaded.data, previous.report, previous.file);
  if (use.note) io.err(`注意：${use.note}\n`);
  return { data: use.previous, note: use.note };
}

/** A `check` argument: a file, or a folder with the files found in it. */
interface CheckTarget {
  arg: string;
  /** The files to check: the argument itself, or the .xlsx and .json files of a folder, sorted by name. */
  files: string[];
  folder: boolean;
}

/** Whether a folder entry is one `check` takes: an .xlsx or .json file, not hidden, not an Excel lock file (`~$…`). */
function checkedName(name: string): boolean {
  return CHECKED_TYPES.includes(extname(name).toLowerCase()) && !name.startsWith("~$") && !name.startsWith(".");
}

/** Expand `check`'s arguments: a folder gives its .xlsx and .json files (not those of its sub-folders). */
async function checkTargets(args: string[]): Promise<CheckTarget[]> {
  const out: CheckTarget[] = [];
  for (const arg of args) {
    let folder = false;
    try {
      folder = (await fs.stat(arg)).isDirectory();
    } catch (e) {
      // a missing or unreadable path: loadReport gives the reason
      if (typeof (e as NodeJS.ErrnoException).code !== "string") throw e;
    }
    if (!folder) {
      out.push({ arg, files: [arg], folder: false });
      continue;
    }
    const entries = await fs.readdir(arg, { withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries) {
      if (!checkedName(entry.name)) continue;
      const path = join(arg, entry.name);
      if (entry.isFile() || (entry.isSymbolicLink() && (await fs.stat(path).then((st) => st.isFile(), () => false)))) files.push(path);
    }
    files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    out.push({ arg, files, folder: true });
  }
  return out;
}

interface CheckResult {
  file: string;
  findings?: Finding[];
  error?: string;
  /** Why last year's report was not used for this file, or what is uncertain about it. */
  previousNote?: string;
}

async function runCheck(args: string[], json: boolean, previousFile: string | undefined, io: CliIo): Promise<number> {
  const previous = await previousOption(previousFile, io);
  const targets = await checkTargets(args);
  const results: CheckResult[] = [];
  for (const target of targets) {
    const add = (r: CheckResult) => {
      results.push(r);
      if (!json) printFile(r, io);
    };
    if (target.folder && target.files.length === 0) {
      add({ file: target.arg, error: `“${target.arg}”是文件夹，其中没有 .xlsx 或 .json 文件（不查看子文件夹）` });
      continue;
    }
    if (target.folder && !json) io.out(`文件夹“${target.arg}”：检查其中 ${target.files.length} 个文件\n\n`);
    for (const file of target.files) {
      const loaded = await loadReport(file);
      if (!loaded.ok) {
        add({ file, error: loaded.error });
        continue;
      }
      const use = previousFor(loaded, previous, io);
      add({ file, findings: findingsOf(loaded, { previous: use.data }), ...(use.note ? { previousNote: use.note } : {}) });
    }
  }
  const unreadable = results.filter((r) => r.error !== undefined).length;
  const errors = results.reduce((n, r) => n + (r.findings ? summarize(r.findings).errors : 0), 0);
  const warnings = results.reduce((n, r) => n + (r.findings ? summarize(r.findings).warnings : 0), 0);
  if (json) {
    const files = results.map((r) =>
      r.error !== undefined
        ? { file: r.file, error: r.error }
        : { file: r.file, summary: summarize(r.findings!), findings: r.findings, ...(r.previousNote ? { previous_note: r.previousNote } : {}) },
    );
    io.out(JSON.stringify({ files, ...(previous ? { previous: previousJson(previous) } : {}) }, null, 2) + "\n");
  } else {
    const total = `共检查 ${results.length} 个文件：${errors} 项强制，${warnings} 项提示${unreadable > 0 ? `，${unreadable} 个文件无法读取` : ""}`;
    io.out(`${total}\n`);
  }
  if (unreadable > 0) return EXIT.unreadable;
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

/** One file's block of `check`'s text output. */
function printFile(r: CheckResult, io: CliIo): void {
  io.out(`${r.file}\n`);
  if (r.error !== undefined) {
    io.out(`  ${r.error}\n\n`);
    return;
  }
  if (r.findings!.length > 0) for (const line of findingsTable(r.findings!)) io.out(`  ${line}\n`);
  io.out(`  ${summaryLine(r.findings!)}\n\n`);
}

/** `--previous` in `check --json`: the file and its format, year and notes, or the error. */
function previousJson(p: PreviousOption): Record<string, unknown> {
  if (p.error !== undefined) return { file: p.file, error: p.error };
  const r = p.report!;
  return { file: p.file, format: r.format, year: r.data.year, notes: r.notes };
}

/** The files `report` writes, in the order they are printed. */
export const REPORT_FILES = ["report.docx", "report.html", "report.md", "report.json", "report.csv"] as const;

async function runReport(file: string, outDir: string, previousFile: string | undefined, io: CliIo): Promise<number> {
  const loaded = await loadReport(file);
  if (!loaded.ok) {
    io.err(`${loaded.error}\n`);
    return EXIT.unreadable;
  }
  await ensureOutputFolder(outDir);
  const previous = await previousOption(previousFile, io);
  const use = previousFor(loaded, previous, io);
  const findings = findingsOf(loaded, { previous: use.data });
  const doc = buildReportDocument(loaded.data, findings);
  const contents: Record<(typeof REPORT_FILES)[number], string | Uint8Array> = {
    "report.docx": await toDocx(doc),
    "report.html": toHtml(doc),
    "report.md": toMarkdown(doc),
    "report.json": JSON.stringify(toReportJson(loaded.data, findings), null, 2) + "\n",
    "report.csv": toCsv(loaded.data),
  };
  for (const name of REPORT_FILES) {
    const path = join(outDir, name);
    await writeOutputFile(path, contents[name]);
    io.out(`已生成 ${path}\n`);
  }
  if (doc.check.errors > 0) {
    io.out(`注意：有 ${doc.check.errors} 项强制问题未改正，报告开头已标注“未通过校验”；请先运行 nianbao check ${file} 查看。\n`);
  }
  return EXIT.ok;
}

async function readDataFile(path: string): Promise<ReportData | string> {
  if (extname(path).toLowerCase() !== ".json") return `无法读取“${path}”：--data 应为 .json 报告数据文件`;
  const loaded = await loadReport(path);
  return loaded.ok ? loaded.data : loaded.error;
}

async function runInit(out: string, dataFile: string | undefined, force: boolean, io: CliIo): Promise<number> {
  if (extname(out).toLowerCase() !== ".xlsx") {
    io.err(`输出文件“${out}”应以 .xlsx 结尾\n`);
    return EXIT.usage;
  }
  await checkOutputFile(out);
  const exists = await fs.stat(out).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    io.err(`文件“${out}”已存在，未作改动；如要覆盖，请加 --force\n`);
    return EXIT.refused;
  }
  let data: ReportData | undefined;
  if (dataFile !== undefined) {
    const read = await readDataFile(dataFile);
    if (typeof read === "string") {
      io.err(`${read}\n`);
      return EXIT.unreadable;
    }
    data = read;
  }
  const port = XlsxWorkbook.create();
  await insertReport(port, data);
  await writeOutputFile(out, await port.toBuffer());
  io.out(`已生成 ${out}${data ? `（数据取自 ${dataFile}）` : "（空白表格）"}\n`);
  return EXIT.ok;
}

async function runExport(file: string, out: string | undefined, io: CliIo): Promise<number> {
  if (extname(file).toLowerCase() !== ".xlsx") {
    io.err(`无法导出“${file}”：只能从 .xlsx 工作簿导出报告数据\n`);
    return EXIT.usage;
  }
  if (out !== undefined) await checkOutputFile(out);
  const loaded = await loadReport(file);
  if (!loaded.ok) {
    io.err(`${loaded.error}\n`);
    return EXIT.unreadable;
  }
  for (const f of loaded.layoutFindings) io.err(`注意：${f.message}\n`);
  const text = JSON.stringify(reportToJson(loaded.data), null, 2) + "\n";
  if (out === undefined) io.out(text);
  else {
    await writeOutputFile(out, text);
    io.out(`已导出 ${out}\n`);
  }
  return EXIT.ok;
}

/** Build the command line program; `setCode` receives each action's exit status. */
function program(io: CliIo, setCode: (code: number) => void): Command {
  const p = new Command();
  p.name("nianbao")
    .description("政府信息公开工作年度报告：生成统计表、检查勾稽关系、生成报告")
    .usage("<命令> [选项]")
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [命令]", "显示某个命令的帮助")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`${commanderErrorInChinese(s)}\n`),
    })
    .configureHelp(chineseHelp)
    .showHelpAfterError("（运行 nianbao --help 查看用法）")
    .addHelpText("after", `\n${EXIT_HELP}\n`);

  p.command("init")
    .description("新建一个含表二、表三、表四的 .xlsx 工作簿，可用报告数据 JSON 填入")
    .argument("<工作簿.xlsx>", "要生成的工作簿")
    .option("--data <报告数据.json>", "填入的报告数据文件")
    .option("--force", "覆盖已存在的文件")
    .addHelpText("after", `\n${EXIT_HELP}\n`)
    .action(async (out: string, opts: { data?: string; force?: boolean }) =>
      setCode(await runInit(out, opts.data, opts.force === true, io)),
    );

  p.command("check")
    .description("检查工作簿（.xlsx）或报告数据（.json）：表格勾稽关系和文字提示；可给文件夹，检查其中所有 .xlsx 和 .json 文件")
    .argument("<文件或文件夹...>", "要检查的文件，可多个；文件夹则检查其中的 .xlsx 和 .json 文件（不含子文件夹，跳过 ~$ 开头的 Excel 临时文件）")
    .option("--json", "以 JSON 输出检查结果")
    .option(
      "--previous <上年报告>",
      "上年报告（本工具生成的 .xlsx，或 2021、2019 格式的报告数据 .json），用于跨年度检查（上年结转、现行有效件数、内容雷同）；无法读取时给出提示，仍检查本年报告",
    )
    .addHelpText("after", `\n${EXIT_HELP}\n`)
    .action(async (files: string[], opts: { json?: boolean; previous?: string }) =>
      setCode(await runCheck(files, opts.json === true, opts.previous, io)),
    );

  p.command("report")
    .description("由工作簿或报告数据生成年度报告：report.docx、report.html、report.md，以及报送用的 report.json、report.csv")
    .argument("<文件>", "工作簿（.xlsx）或报告数据（.json）")
    .requiredOption("-o, --out <输出文件夹>", "输出文件夹（不存在则新建）")
    .option("--previous <上年报告>", "上年报告（本工具生成的 .xlsx，或 2021、2019 格式的报告数据 .json），用于跨年度检查")
    .addHelpText("after", `\n${EXIT_HELP}\n`)
    .action(async (file: string, opts: { out: string; previous?: string }) =>
      setCode(await runReport(file, opts.out, opts.previous, io)),
    );

  p.command("export")
    .description("把工作簿中的报告数据导出为 JSON")
    .argument("<工作簿.xlsx>", "工作簿")
    .option("-o, --out <报告数据.json>", "输出文件（缺省时输出到屏幕）")
    .addHelpText("after", `\n${EXIT_HELP}\n`)
    .action(async (file: string, opts: { out?: string }) => setCode(await runExport(file, opts.out, io)));
  return p;
}

/**
 * Run the command line.
 * @param argv the arguments after the program name, e.g. `["check", "a.xlsx", "--json"]`.
 * @param io where to write (the process's stdout/stderr by default; tests pass a collector).
 * @returns the exit status (see the module comment). A user's error (a file that cannot be written, wrong arguments)
 *   is printed in Chinese and gives 2; other errors (defects) are thrown, for bin/nianbao.cjs to report.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof CliError) {
      io.err(`${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
