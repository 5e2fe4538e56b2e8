/**
 * commander in Chinese: help headings and usage placeholders, help text wrapped between Chinese characters (commander
 * wraps only at spaces and counts a Chinese character as one column), the exit statuses, and commander's own error
 * messages.
 */
import type { Help } from "commander";
import { displayWidth } from "./findings-table";

/** The exit statuses as `--help` prints them (see `EXIT` in main.ts). */
export const EXIT_HELP = [
  "退出码：",
  "  0  完成；check 时所有报告都通过（没有强制问题）",
  "  1  check 有报告未通过（有强制问题）、有文件无法读取或名单上有单位没有报告；import 有单元格无法确定（已留空；原文本来空白的单元格不算）；或 init、import、export、report 的输出文件已存在而未覆盖（加 --force 覆盖）；aggregate 有合计因下属单位填的不是数字而留空",
  "  2  文件无法读取（check 时是所有文件都无法读取；report 时也包括工作簿的表格结构有问题、有统计表无法读取）或无法写入，或命令行参数有误（会说明原因）",
  "  3  程序内部错误（设置环境变量 NIANBAO_DEBUG=1 可显示详细信息）",
].join("\n");

/** commander's help headings in Chinese. */
const HELP_TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Arguments:": "参数：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Global Options:": "通用选项：",
};

/** commander's placeholders in usage lines in Chinese. */
function chineseUsage(text: string): string {
  return text.replace(/\[options\]/g, "[选项]").replace(/\[command\]/g, "[命令]");
}

/** commander's "(Did you mean …?)" line in Chinese, or "". */
function suggestion(line: string | undefined): string {
  const m = line?.match(/^\(Did you mean (?:one of )?(.+)\?\)$/);
  return m ? `（是否想输入 ${m[1].split(", ").join(" 或 ")}？）` : "";
}

/**
 * One of commander's error messages in Chinese, e.g. `error: required option '-o, --out <输出文件夹>' not specified` →
 * `缺少必需的选项 -o, --out <输出文件夹>`. An error this function does not know keeps commander's detail after a
 * Chinese lead.
 */
export function commanderErrorInChinese(message: string): string {
  const [first, second] = message.trimEnd().split("\n");
  const hint = suggestion(second);
  let m: RegExpMatchArray | null;
  if ((m = first.match(/^error: missing required argument '(.+)'$/))) return `缺少参数 <${m[1]}>`;
  if ((m = first.match(/^error: option '(.+)' argument missing$/))) return `选项 ${m[1].replace(/,? .*$/, "")} 后面缺少取值（${m[1]}）`;
  if ((m = first.match(/^error: required option '(.+)' not specified$/))) return `缺少必需的选项 ${m[1]}`;
  if ((m = first.match(/^error: unknown option '(.+)'$/))) return `不认识的选项“${m[1]}”${hint}`;
  if ((m = first.match(/^error: unknown command '(.+)'$/))) return `不认识的命令“${m[1]}”${hint}`;
  if ((m = first.match(/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/))) {
    return `参数过多：${m[1] ? `${m[1]} ` : ""}只接受 ${m[2]} 个参数，实际给了 ${m[3]} 个`;
  }
  return `命令行有误：${first.replace(/^error: /, "")}`;
}

/** Closing punctuation kept at the end of a line, opening punctuation kept with what follows. */
const WRAP_CHUNK = /\s*[（“‘「『《]*(?:[^\s\u2e80-\uffef]+|[\u2e80-\uffef])[，。、；：！？）”’」』》]*/gu;

/**
 * Wrap text to `width` terminal columns, breaking at spaces and between Chinese characters (never inside a word of
 * Latin letters, a path or an option, and never before closing punctuation); lines already shorter are kept.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const chunks = line.match(WRAP_CHUNK);
      if (!chunks) return "";
      const lines: string[] = [];
      let current = "";
      for (const chunk of chunks) {
        if (current !== "" && displayWidth(current + chunk) > width) {
          lines.push(current);
          current = chunk.trimStart();
        } else current += chunk;
      }
      lines.push(current);
      return lines.join("\n");
    })
    .join("\n");
}

/** The help settings for `Command.configureHelp`: Chinese headings and placeholders, widths in terminal columns. */
export const chineseHelp: Partial<Help> = {
  styleTitle: (t: string) => HELP_TITLES[t] ?? t,
  styleUsage: chineseUsage,
  styleSubcommandTerm: chineseUsage,
  displayWidth: (t: string) => displayWidth(t),
  boxWrap: (text: string, width: number) => wrapText(text, width),
};
