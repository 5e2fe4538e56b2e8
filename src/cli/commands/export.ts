/** `nianbao export <file.xlsx> [-o report.json] [--force]`: a workbook's report data as JSON. */
import { promises as fs } from "fs";
import { extname } from "path";
import { reportToJson } from "../../report";
import { EXIT, type CliIo } from "../io";
import { loadReport } from "../load";
import { checkOutputFile, writeOutputFile } from "../output";
import { terminalLine } from "../terminal-text";

/** The real path of `path` (links resolved), or `undefined` when it does not exist. */
async function realPath(path: string): Promise<string | undefined> {
  return fs.realpath(path).then(
    (p) => p,
    () => undefined,
  );
}

/**
 * Print the report data of a workbook, or write it to `out`; layout problems are printed as notes.
 * @returns EXIT.ok; EXIT.usage when the input is not an .xlsx, `out` is not a .json name or is the input itself;
 *   EXIT.refused when `out` exists and `force` is false (the file is left alone); EXIT.unreadable when the input
 *   cannot be read.
 */
export async function runExport(file: string, out: string | undefined, io: CliIo, force = false): Promise<number> {
  if (extname(file).toLowerCase() !== ".xlsx") {
    io.err(terminalLine(`无法导出“${file}”：只能从 .xlsx 工作簿导出报告数据`));
    return EXIT.usage;
  }
  if (out !== undefined) {
    const target = await realPath(out);
    if (target !== undefined && target === (await realPath(file))) {
      io.err(terminalLine(`输出文件“${out}”就是要导出的工作簿，不能覆盖它；请给出另一个 .json 文件名，如 -o report.json`));
      return EXIT.usage;
    }
    await checkOutputFile(out);
    if (extname(out).toLowerCase() !== ".json") {
      io.err(terminalLine(`输出文件“${out}”应以 .json 结尾`));
      return EXIT.usage;
    }
    const exists = await fs.lstat(out).then(
      () => true,
      () => false,
    );
    if (exists && !force) {
      io.err(terminalLine(`文件“${out}”已存在，未作改动；如要覆盖，请加 --force`));
      return EXIT.refused;
    }
  }
  const loaded = await loadReport(file);
  if (!loaded.ok) {
    io.err(terminalLine(loaded.error));
    return EXIT.unreadable;
  }
  for (const f of loaded.layoutFindings) io.err(terminalLine(`注意：${f.message}`));
  const text = JSON.stringify(reportToJson(loaded.data), null, 2) + "\n";
  if (out === undefined) io.out(text);
  else {
    // Without --force the file is put in place only if it still does not exist.
    await writeOutputFile(out, text, { overwrite: force });
    io.out(terminalLine(`已导出 ${out}`));
  }
  return EXIT.ok;
}
