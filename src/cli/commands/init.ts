/** `nianbao init <out.xlsx> [--data report.json] [--force]`: a new workbook with the three tables. */
import { promises as fs } from "fs";
import { extname } from "path";
import type { ReportData } from "../../report";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { insertReport } from "../../workbook/layout";
import { EXIT, type CliIo } from "../io";
import { loadReport } from "../load";
import { checkOutputFile, writeOutputFile } from "../output";
import { terminalLine } from "../terminal-text";
import { unwritableFields, unwritableMessage } from "../../report";
import { WorkbookError } from "../../workbook/port";

async function readDataFile(path: string): Promise<ReportData | string> {
  if (extname(path).toLowerCase() !== ".json") return `无法读取“${path}”：--data 应为 .json 报告数据文件`;
  const loaded = await loadReport(path);
  return loaded.ok ? loaded.data : loaded.error;
}

/**
 * Write a new workbook with the tables, filled from a report data file when `dataFile` is given.
 * @returns EXIT.ok; EXIT.refused when `out` exists and `force` is false (the file is left alone); EXIT.usage when
 *   `out` is not an .xlsx name; EXIT.unreadable when the data file cannot be read.
 */
export async function runInit(out: string, dataFile: string | undefined, force: boolean, io: CliIo): Promise<number> {
  if (extname(out).toLowerCase() !== ".xlsx") {
    io.err(terminalLine(`输出文件“${out}”应以 .xlsx 结尾`));
    return EXIT.usage;
  }
  await checkOutputFile(out);
  const exists = await fs.stat(out).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    io.err(terminalLine(`文件“${out}”已存在，未作改动；如要覆盖，请加 --force`));
    return EXIT.refused;
  }
  let data: ReportData | undefined;
  if (dataFile !== undefined) {
    const read = await readDataFile(dataFile);
    if (typeof read === "string") {
      io.err(terminalLine(read));
      return EXIT.unreadable;
    }
    const unwritable = unwritableFields(read);
    if (unwritable.length > 0) {
      io.err(terminalLine(`无法生成工作簿：${unwritableMessage(unwritable)}`));
      return EXIT.unreadable;
    }
    data = read;
  }
  const port = XlsxWorkbook.create();
  try {
    await insertReport(port, data);
  } catch (e) {
    // A text the file cannot hold (too long for a cell): said in Chinese, nothing written.
    if (!(e instanceof WorkbookError)) throw e;
    io.err(terminalLine(`无法生成工作簿：${e.message}`));
    return EXIT.unreadable;
  }
  // Without --force the file is put in place only if it still does not exist; with it, the old file stays until the
  // new one is complete.
  await writeOutputFile(out, await port.toBuffer(), { overwrite: force });
  io.out(terminalLine(`已生成 ${out}${data ? `（数据取自 ${dataFile}）` : "（空白表格）"}`));
  return EXIT.ok;
}
