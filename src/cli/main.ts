/**
 * The `nianbao` command: create a workbook with the three tables, check workbooks and report data files (against
 * last year's report with `--previous`), write the report as Word, HTML, Markdown, filing JSON and CSV, and export a
 * workbook's data as JSON.
 *
 *   nianbao init <out.xlsx> [--data report.json] [--force]
 *   nianbao check <file or folder...> [--json] [--previous <last-year file> | --previous-dir <folder>]
 *   nianbao report <file> -o <dir> [--previous <last-year file>] [--force]
 *   nianbao export <file.xlsx> [-o report.json] [--force]
 *   nianbao import <published report…> [-o <folder> | -o <out.json> | -o <out.xlsx>] [--json] [--force]
 *
 * `check`, `report` and `--previous` also read published reports (.pdf, .docx, .html, .htm, .md, .txt) through the
 * importer.
 *   nianbao aggregate <units…> -o parent.xlsx|parent.json [--unit 机关名称] [--force]
 *
 * Exit status (`EXIT`, printed by `--help`): 0 done (for `check`: every report passed, no 强制 finding); 1 `check`
 * found 强制 findings, a file it could not read among others or a unit of the roster with no report, `import` left
 * cells it could not determine blank, `aggregate` left a sum blank (a unit's cell is not a number), or `init`,
 * `import`, `export` or `report` refused to overwrite a file; 2 a file
 * cannot be read (for `check`: no file could be read) or written, or the arguments are wrong;
 * 3 an internal error (printed by bin/nianbao.cjs, with its stack only under `NIANBAO_DEBUG=1`). Every message is
 * Chinese, commander's own included.
 */
import { Command, CommanderError } from "commander";
import { CliError } from "./errors";
import { chineseHelp, commanderErrorInChinese, EXIT_HELP } from "./help-text";
import { EXIT, processIo, type CliIo } from "./io";
import { addCheckCommand } from "./commands/check-command";
import { terminalLine } from "./terminal-text";

export { EXIT, processIo, type CliIo } from "./io";

/**
 * The commands' modules, each loaded when its command runs, so that `nianbao --help` does not load exceljs and docx.
 * `require`, not `import()`: it stays lazy in the build, and works the same under ts-jest and tsx.
 */
export const COMMANDS = {
  init: () => require("./commands/init") as typeof import("./commands/init"),
  check: () => require("./commands/check") as typeof import("./commands/check"),
  report: () => require("./commands/report") as typeof import("./commands/report"),
  export: () => require("./commands/export") as typeof import("./commands/export"),
  import: () => require("./commands/import") as typeof import("./commands/import"),
  aggregate: () => require("./commands/aggregate") as typeof import("./commands/aggregate"),
};

/** The version in package.json (bundled into the build). */
function packageVersion(): string {
  return (require("../../package.json") as { version: string }).version;
}

/** Build the command line program; `setCode` receives each action's exit status. */
function program(io: CliIo, setCode: (code: number) => void): Command {
  const p = new Command();
  p.name("nianbao")
    .description("政府信息公开工作年度报告：生成统计表、检查勾稽关系、生成报告")
    .usage("<命令> [选项]")
    .version(packageVersion(), "-V, --version", "显示版本号")
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
      setCode(await COMMANDS.init().runInit(out, opts.data, opts.force === true, io)),
    );

  addCheckCommand(p, io, setCode, COMMANDS.check);

  p.command("report")
    .description("由工作簿或报告数据生成年度报告：report.docx、report.html、report.md，以及报送用的 report.json、report.csv")
    .argument("<文件>", "工作簿（.xlsx）、报告数据（.json），或已发布的报告（.pdf、.docx、.html、.md、.txt）")
    .requiredOption("-o, --out <输出文件夹>", "输出文件夹（不存在则新建）")
    .option("--previous <上年报告>", "上年报告（本工具生成的 .xlsx、2021 或 2019 格式的报告数据 .json，或已发布的 .pdf、.docx、.html、.md、.txt），用于跨年度检查")
    .option("--previous-force", "上年报告的机关名称与本报告不同（如机关更名）时仍做跨年度检查")
    .option("--force", "覆盖输出文件夹中已有的 report.* 文件")
    .addHelpText("after", `\n${EXIT_HELP}\n`)
    .action(async (file: string, opts: { out: string; previous?: string; force?: boolean; previousForce?: boolean }) =>
      setCode(await COMMANDS.report().runReport(file, opts.out, opts.previous, io, opts.force === true, opts.previousForce === true)),
    );

  p.command("aggregate")
    .description("把下属单位的报告相加，生成上级单位的汇总表：表二、表三、表四逐格相加（万元精确相加），列出参加汇总的单位和各单位未填写的单元格；格式或年度不同的报告不相加")
    .argument("<文件或文件夹...>", "下属单位的报告（.xlsx 或 .json），可给文件夹（含子文件夹）")
    .requiredOption("-o, --out <汇总.xlsx|汇总.json>", "输出的工作簿（.xlsx）或报告数据（.json）")
    .option("--unit <机关名称>", "汇总报告的机关名称")
    .option("--force", "覆盖已存在的文件")
    .addHelpText("after", `\n${EXIT_HELP}\n`)
    .action(async (files: string[], opts: { out: string; unit?: string; force?: boolean }) => setCode(await COMMANDS.aggregate().runAggregate(files, opts, io)));

  p.command("export")
    .description("把工作簿中的报告数据导出为 JSON")
    .argument("<工作簿.xlsx>", "工作簿")
    .option("-o, --out <报告数据.json>", "输出文件（.json；缺省时输出到屏幕）")
    .option("--force", "覆盖已存在的文件")
    .addHelpText("after", `\n${EXIT_HELP}\n`)
    .action(async (file: string, opts: { out?: string; force?: boolean }) =>
      setCode(await COMMANDS.export().runExport(file, opts.out, io, opts.force === true)),
    );

  p.command("import")
    .description(
      "读取已发布的年度报告（文字版 PDF、Word .docx、网页 .html、Markdown .md、文本 .txt）：逐个文件列出读出、按勾稽关系推算（附说明）、无法确定而留空的单元格和与格式不同的标签；数据可写成报告数据 .json 或工作簿 .xlsx",
    )
    .argument("<文件...>", "要导入的报告，可多个")
    .option("-o, --out <输出>", "输出文件夹（每个文件写出同名的 .json）；只导入一个文件时也可以是 .json 或 .xlsx 文件名；不给则只列出读取结果")
    .option("--json", "以 JSON 输出读取结果")
    .option("--force", "覆盖已存在的输出文件")
    .addHelpText(
      "after",
      "\n只有勾稽关系能证明唯一读法时才推算缺失或连写的数字，否则留空并说明是哪一行；\n" +
        "扫描件、加密或损坏的 PDF、旧版 .doc、没有表格的网页、不是年报的文件都会说明原因。\n" +
        `导入后请用 nianbao check 检查结果。\n\n${EXIT_HELP}\n`,
    )
    .action(async (files: string[], opts: { out?: string; json?: boolean; force?: boolean }) => setCode(await COMMANDS.import().runImport(files, opts, io)));
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
  // commander answers `help <unknown>` with the general help and exit 0.
  if (argv[0] === "help" && argv[1] !== undefined && !(argv[1] in COMMANDS) && argv[1] !== "help") {
    io.err(terminalLine(`不认识的命令“${argv[1]}”`));
    io.err("（运行 nianbao --help 查看用法）\n");
    return EXIT.usage;
  }
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof CliError) {
      io.err(terminalLine(e.message));
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
