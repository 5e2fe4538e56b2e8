/**
 * The `nianbao` command: create a workbook with the three tables, check workbooks and report data files (against
 * last year's report with `--previous`), write the report as Word, HTML, Markdown, filing JSON and CSV, and export a
 * workbook's data as JSON.
 *
 *   nianbao init <out.xlsx> [--data report.json] [--force]
 *   nianbao check <file...> [--json] [--previous <last-year file>]
 *   nianbao report <file> -o <dir> [--previous <last-year file>]
 *   nianbao export <file.xlsx> [-o report.json]
 *
 * Exit status of `check`: 0 when no file has a 强制 finding, 1 when any has, 2 when a file cannot be read. The other
 * commands: 0 on success, 1 when refused (an existing file without --force), 2 when an input cannot be read or an
 * argument is wrong.
 */
import { Command, CommanderError } from "commander";
import { existsSync, promises as fs } from "fs";
import { dirname, extname, join } from "path";
import { reportToJson, type ReportData } from "../report";
import { summarize, type Finding } from "../rules";
import { buildReportDocument } from "../narrative";
import { toCsv, toHtml, toMarkdown, toReportJson } from "../export";
import { toDocx } from "../export/docx";
import { XlsxWorkbook } from "../workbook/xlsx";
import { insertReport } from "../workbook/layout";
import { findingsTable } from "./findings-table";
import { findingsOf, loadPrevious, loadReport, previousYearNote } from "./load";

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
export const EXIT = { ok: 0, findings: 1, refused: 1, unreadable: 2, usage: 2 } as const;


function summaryLine(findings: Finding[]): string {
  const s = summarize(findings);
  if (findings.length === 0) return "未发现问题";
  const parts = [`${s.errors} 项强制`, `${s.warnings} 项提示`];
  if (s.explained > 0) parts.push(`${s.explained} 项提示已说明`);
  return `${parts.join("，")}${s.errors > 0 ? "（未通过）" : "（通过，提示请核对）"}`;
}

/** Read `--previous` when given; `undefined` data when not given, or the error text when it cannot be read. */
async function previousOption(file: string | undefined, io: CliIo): Promise<{ data?: ReportData } | undefined> {
  if (file === undefined) return {};
  const loaded = await loadPrevious(file);
  if (!loaded.ok) {
    io.err(`${loaded.error}\n`);
    return undefined;
  }
  return { data: loaded.data };
}

async function runCheck(files: string[], json: boolean, previousFile: string | undefined, io: CliIo): Promise<number> {
  const previous = await previousOption(previousFile, io);
  if (!previous) return EXIT.unreadable;
  const results: { file: string; findings?: Finding[]; error?: string }[] = [];
  for (const file of files) {
    const loaded = await loadReport(file);
    if (loaded.ok && previous.data) {
      const note = previousYearNote(loaded.data, previous.data, previousFile!);
      if (note) io.err(`注意：${note}\n`);
    }
    results.push(loaded.ok ? { file, findings: findingsOf(loaded, { previous: previous.data }) } : { file, error: loaded.error });
  }
  const unreadable = results.filter((r) => r.error !== undefined).length;
  const errors = results.reduce((n, r) => n + (r.findings ? summarize(r.findings).errors : 0), 0);
  const warnings = results.reduce((n, r) => n + (r.findings ? summarize(r.findings).warnings : 0), 0);
  if (json) {
    const files = results.map((r) =>
      r.error !== undefined
        ? { file: r.file, error: r.error }
        : { file: r.file, summary: summarize(r.findings!), findings: r.findings },
    );
    io.out(JSON.stringify({ files }, null, 2) + "\n");
  } else {
    for (const r of results) {
      io.out(`${r.file}\n`);
      if (r.error !== undefined) {
        io.out(`  ${r.error}\n\n`);
        continue;
      }
      if (r.findings!.length > 0) for (const line of findingsTable(r.findings!)) io.out(`  ${line}\n`);
      io.out(`  ${summaryLine(r.findings!)}\n\n`);
    }
    const total = `共检查 ${files.length} 个文件：${errors} 项强制，${warnings} 项提示${unreadable > 0 ? `，${unreadable} 个文件无法读取` : ""}`;
    io.out(`${total}\n`);
  }
  if (unreadable > 0) return EXIT.unreadable;
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

/** The files `report` writes, in the order they are printed. */
export const REPORT_FILES = ["report.docx", "report.html", "report.md", "report.json", "report.csv"] as const;

async function runReport(file: string, outDir: string, previousFile: string | undefined, io: CliIo): Promise<number> {
  const previous = await previousOption(previousFile, io);
  if (!previous) return EXIT.unreadable;
  const loaded = await loadReport(file);
  if (!loaded.ok) {
    io.err(`${loaded.error}\n`);
    return EXIT.unreadable;
  }
  if (previous.data) {
    const note = previousYearNote(loaded.data, previous.data, previousFile!);
    if (note) io.err(`注意：${note}\n`);
  }
  const findings = findingsOf(loaded, { previous: previous.data });
  const doc = buildReportDocument(loaded.data, findings);
  const contents: Record<(typeof REPORT_FILES)[number], string | Uint8Array> = {
    "report.docx": await toDocx(doc),
    "report.html": toHtml(doc),
    "report.md": toMarkdown(doc),
    "report.json": JSON.stringify(toReportJson(loaded.data, findings), null, 2) + "\n",
    "report.csv": toCsv(loaded.data),
  };
  await fs.mkdir(outDir, { recursive: true });
  for (const name of REPORT_FILES) {
    const path = join(outDir, name);
    const body = contents[name];
    await fs.writeFile(path, body, typeof body === "string" ? "utf8" : undefined);
    io.out(`已生成 ${path}\n`);
  }
  if (doc.check.errors > 0) {
    io.out(`注意：有 ${doc.check.errors} 项强制问题未改正，报告开头已标注“未通过校验”；请先运行 nianbao check ${file} 查看。\n`);
  }
  return EXIT.ok;
}

async function readDataFile(path: string): Promise<ReportData | string> {
  const loaded = await loadReport(path);
  if (!loaded.ok) return loaded.error;
  if (loaded.kind !== "json") return `无法读取“${path}”：--data 应为 .json 报告数据文件`;
  return loaded.data;
}

async function runInit(out: string, dataFile: string | undefined, force: boolean, io: CliIo): Promise<number> {
  if (extname(out).toLowerCase() !== ".xlsx") {
    io.err(`输出文件“${out}”应以 .xlsx 结尾\n`);
    return EXIT.usage;
  }
  if (existsSync(out) && !force) {
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
  await fs.mkdir(dirname(out), { recursive: true });
  await port.save(out);
  io.out(`已生成 ${out}${data ? `（数据取自 ${dataFile}）` : "（空白表格）"}\n`);
  return EXIT.ok;
}

async function runExport(file: string, out: string | undefined, io: CliIo): Promise<number> {
  if (extname(file).toLowerCase() !== ".xlsx") {
    io.err(`无法导出“${file}”：只能从 .xlsx 工作簿导出报告数据\n`);
    return EXIT.usage;
  }
  const loaded = await loadReport(file);
  if (!loaded.ok) {
    io.err(`${loaded.error}\n`);
    return EXIT.unreadable;
  }
  for (const f of loaded.layoutFindings) io.err(`注意：${f.message}\n`);
  const text = JSON.stringify(reportToJson(loaded.data), null, 2) + "\n";
  if (out === undefined) io.out(text);
  else {
    await fs.mkdir(dirname(out), { recursive: true });
    await fs.writeFile(out, text, "utf8");
    io.out(`已导出 ${out}\n`);
  }
  return EXIT.ok;
}

/** Build the command line program; `setCode` receives each action's exit status. */
function program(io: CliIo, setCode: (code: number) => void): Command {
  const p = new Command();
  p.name("nianbao")
    .description("政府信息公开工作年度报告：生成统计表、检查勾稽关系、生成报告")
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [命令]", "显示某个命令的帮助")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError("（运行 nianbao --help 查看用法）");

  p.command("init")
    .description("新建一个含表二、表三、表四的 .xlsx 工作簿，可用报告数据 JSON 填入")
    .argument("<out.xlsx>", "要生成的工作簿")
    .option("--data <report.json>", "填入的报告数据文件")
    .option("--force", "覆盖已存在的文件")
    .action(async (out: string, opts: { data?: string; force?: boolean }) =>
      setCode(await runInit(out, opts.data, opts.force === true, io)),
    );

  p.command("check")
    .description("检查工作簿（.xlsx）或报告数据（.json）：表格勾稽关系和文字提示")
    .argument("<file...>", "要检查的文件，可多个")
    .option("--json", "以 JSON 输出检查结果")
    .option("--previous <上年报告>", "上年报告（本工具生成的 .xlsx 或报告数据 .json），用于跨年度检查（上年结转、现行有效件数、内容雷同）")
    .action(async (files: string[], opts: { json?: boolean; previous?: string }) =>
      setCode(await runCheck(files, opts.json === true, opts.previous, io)),
    );

  p.command("report")
    .description("由工作簿或报告数据生成年度报告：report.docx、report.html、report.md，以及报送用的 report.json、report.csv")
    .argument("<file>", "工作簿（.xlsx）或报告数据（.json）")
    .requiredOption("-o, --out <dir>", "输出文件夹（不存在则新建）")
    .option("--previous <上年报告>", "上年报告（本工具生成的 .xlsx 或报告数据 .json），用于跨年度检查")
    .action(async (file: string, opts: { out: string; previous?: string }) =>
      setCode(await runReport(file, opts.out, opts.previous, io)),
    );

  p.command("export")
    .description("把工作簿中的报告数据导出为 JSON")
    .argument("<file.xlsx>", "工作簿")
    .option("-o, --out <report.json>", "输出文件（缺省时输出到屏幕）")
    .action(async (file: string, opts: { out?: string }) => setCode(await runExport(file, opts.out, io)));
  return p;
}

/**
 * Run the command line.
 * @param argv the arguments after the program name, e.g. `["check", "a.xlsx", "--json"]`.
 * @param io where to write (the process's stdout/stderr by default; tests pass a collector).
 * @returns the exit status (see the module comment). Errors that are not about the user's files are not caught.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  return code;
}

