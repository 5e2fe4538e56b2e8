/** `nianbao export <file.xlsx> [-o report.json]`: a workbook's report data as JSON. */
import { extname } from "path";
import { reportToJson } from "../../report";
import { EXIT, type CliIo } from "../io";
import { loadReport } from "../load";
import { checkOutputFile, writeOutputFile } from "../output";
import { terminalLine } from "../terminal-text";

/**
 * Print the report data of a workbook, or write it to `out`; layout problems are printed as notes.
 * @returns EXIT.ok; EXIT.usage when the input is not an .xlsx; EXIT.unreadable when it cannot be read.
 */
export async function runExport(file: string, out: string | undefined, io: CliIo): Promise<number> {
  if (extname(file).toLowerCase() !== ".xlsx") {
    io.err(terminalLine(`无法导出“${file}”：只能从 .xlsx 工作簿导出报告数据`));
    return EXIT.usage;
  }
  if (out !== undefined) await checkOutputFile(out);
  const loaded = await loadReport(file);
  if (!loaded.ok) {
    io.err(terminalLine(loaded.error));
    return EXIT.unreadable;
  }
  for (const f of loaded.layoutFindings) io.err(terminalLine(`注意：${f.message}`));
  const text = JSON.stringify(reportToJson(loaded.data), null, 2) + "\n";
  if (out === undefined) io.out(text);
  else {
    await writeOutputFile(out, text);
    io.out(terminalLine(`已导出 ${out}`));
  }
  return EXIT.ok;
}
