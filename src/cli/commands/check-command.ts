/**
 * The `check` command's arguments and options for commander; its work is in check.ts, loaded only when it runs.
 */
import type { Command } from "commander";
import { EXIT_HELP } from "../help-text";
import { JSON_HELP } from "../batch/json-out";
import type { CliIo } from "../io";
import type { CheckCommandOptions, runCheck } from "./check";

/**
 * Add `check` to the program; `setCode` receives its exit status.
 * @param load loads check.ts when the command runs.
 */
export function addCheckCommand(p: Command, io: CliIo, setCode: (code: number) => void, load: () => { runCheck: typeof runCheck }): void {
  p.command("check")
    .description(
      "检查工作簿（.xlsx）、报告数据（.json）或已发布的报告（文字版 .pdf、.docx、.html、.md、.txt）：表格勾稽关系和文字提示；可给文件夹，检查其中（含子文件夹）所有报告，一个文件无法读取不影响其他文件，最后列出汇总",
    )
    .argument(
      "<文件或文件夹...>",
      "要检查的文件，可多个；文件夹则检查其中及子文件夹中的 .xlsx、.json、.pdf、.docx、.html 文件，以及其中有年报统计表的 .txt、.md（其他 .txt、.md 如 readme.txt 是说明文字，在汇总中列为未检查，不算无法读取；直接给出的 .txt、.md 总是检查）；跳过 ~$ 开头的 Excel 临时文件和隐藏文件",
    )
    .option("--json", "以一个 JSON 文档输出全部结果（每个文件的问题、汇总、内容雷同、名单核对；结构见下文）")
    .option(
      "--previous <上年报告>",
      "上年报告（本工具生成的 .xlsx、2021 或 2019 格式的报告数据 .json，或已发布的 .pdf、.docx、.html、.md、.txt），用于跨年度检查（上年结转、现行有效件数、内容雷同）；文件不存在时报错，存在但无法读取时给出提示，仍检查本年报告",
    )
    .option(
      "--previous-force",
      "上年报告的机关名称与本报告不同（如机关更名）时仍做跨年度检查；不加时，机关名称不是同一单位的上年报告不用于跨年度检查（名称写法不同但一个以另一个结尾的，如省略了地区名，视为同一单位）",
    )
    .option("--previous-dir <上年报告文件夹>", "上年各单位报告所在的文件夹：按机关名称为每份报告找到它自己的上年报告，做跨年度检查（文件夹不存在时报错）")
    .option("--html <汇总.html>", "写出审核汇总网页：可排序的汇总表、各规则问题数的图表、内容雷同、各报告的问题（单个文件，不需联网，可打印为 A4）")
    .option("--csv <汇总.csv>", "写出汇总表（每份报告一行），可用 Excel 打开")
    .option(
      "--children <下属单位文件夹>",
      "下属单位报告所在的文件夹（或文件，可多次给出）：把它们相加后与所检查报告的表二、表三、表四逐格比较，不一致的列为提示（A1，上级单位自身也可能有件数）。无法读取或不是年报的文件、与所检查报告年度或格式不同的报告、同一单位的第二份报告不计入合计，逐个写明原因，仍检查本报告，A1 提示写明合计不全；所检查的报告本身（同一文件、内容相同，或机关名称和年度相同）不算下属单位",
      (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
    )
    .option(
      "--roster <名单.csv>",
      "应报送单位名单（每行一个单位，第一列单位名称，第二列可写上级单位；UTF-8 或 GBK 编码）：汇总中列出没有报告的单位和单位不在名单上的报告（名称按全角半角、空格、其它/其他统一后比较，并给出名单上相近的名称）；有单位没有报告时退出码为 1",
    )
    .addHelpText("after", `\n${JSON_HELP}\n\n${EXIT_HELP}\n`)
    .action(async (files: string[], opts: CheckCommandOptions) => setCode(await load().runCheck(files, opts, io)));
}
