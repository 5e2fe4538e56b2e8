/**
 * `nianbao import <files…> [-o <folder> | -o <out.json> | -o <out.xlsx>]`: read published reports (PDF, Word, web
 * page, text) into report data, printing per file what was read, recovered, left blank and printed differently from
 * the format. Without -o nothing is written; with a folder each file's data goes to `<name>.json` in it; with one
 * file, -o may name the .json or the .xlsx workbook to write.
 */
import { promises as fs } from "fs";
import { basename, extname, join } from "path";
import { reportToJson, unwritableFields, unwritableMessage, type ReportData } from "../../report";
import { insertReport } from "../../workbook/layout";
import { WorkbookError } from "../../workbook/port";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { CliError } from "../errors";
import { blankCells, importAccount, importJson } from "../import-account";
import { EXIT, type CliIo } from "../io";
import { DOCUMENT_TYPES, importFile, openInput } from "../load";
import { checkOutputFile, ensureOutputFolder, writeOutputFile } from "../output";
import { terminalLine, terminalSafe } from "../terminal-text";

/** The options of `import`. */
export interface ImportCommandOptions {
  /** A folder, or (for one input) the .json or .xlsx file to write. */
  out?: string;
  /** Print the accounts as JSON. */
  json?: boolean;
  /** Replace output files that exist. */
  force?: boolean;
}

/** Where each input's result goes (absent: not written). */
async function outputPaths(files: string[], out: string | undefined): Promise<{ folder?: string; paths: (string | undefined)[] }> {
  if (out === undefined) return { paths: files.map(() => undefined) };
  const ext = extname(out).toLowerCase();
  const isFolder = await fs.stat(out).then(
    (st) => st.isDirectory(),
    () => false,
  );
  if (!isFolder && (ext === ".json" || ext === ".xlsx")) {
    if (files.length > 1) throw new CliError(`导入 ${files.length} 个文件时 -o 应为文件夹（每个文件写出一个同名的 .json）；-o ${out} 只能用于导入一个文件`);
    await checkOutputFile(out);
    return { paths: [out] };
  }
  // A folder: `<name>.json` for each, `<name.ext>.json` when two inputs share a name.
  const used = new Set<string>();
  const paths = files.map((f) => {
    const stem = basename(f, extname(f));
    const name = used.has(stem.toLowerCase()) ? basename(f) : stem;
    used.add(name.toLowerCase());
    return join(out, `${name}.json`);
  });
  return { folder: out, paths };
}

/** The bytes of the output file for `data`: report data JSON, or a workbook with the three tables filled in. */
async function outputBody(path: string, data: ReportData): Promise<string | Uint8Array> {
  if (extname(path).toLowerCase() !== ".xlsx") return JSON.stringify(reportToJson(data), null, 2) + "\n";
  const port = XlsxWorkbook.create();
  await insertReport(port, data);
  return port.toBuffer();
}

/**
 * Import every file and write the results.
 * @returns EXIT.ok when every file was read completely; EXIT.findings (1) when some cells could not be determined
 *   (they are left blank and named); EXIT.refused (1) when an output file exists and `force` is not set (nothing is
 *   written); EXIT.unreadable (2) when some file could not be read as a report.
 * @throws CliError when -o names a single file for several inputs, or an output cannot be written.
 */
export async function runImport(files: string[], opts: ImportCommandOptions, io: CliIo): Promise<number> {
  const { folder, paths } = await outputPaths(files, opts.out);
  if (!opts.force) {
    for (const p of paths) {
      if (p !== undefined && (await fs.stat(p).then(() => true, () => false))) {
        io.err(terminalLine(`文件“${p}”已存在，未作改动；如要覆盖，请加 --force`));
        return EXIT.refused;
      }
    }
  }
  if (folder !== undefined) await ensureOutputFolder(folder);
  let unreadable = 0;
  let incomplete = 0;
  const json: Record<string, unknown>[] = [];
  for (const [i, file] of files.entries()) {
    const ext = extname(file).toLowerCase();
    const opened = await openInput(file);
    const fail = (reason: string) => {
      unreadable++;
      if (opts.json) json.push({ file, error: reason });
      else io.err(`${terminalLine(`无法导入“${file}”：${reason}`)}\n`);
    };
    if (!opened.ok) {
      fail(opened.reason);
      continue;
    }
    if (opened.kind !== "document") {
      fail(`import 读取已发布的报告（${DOCUMENT_TYPES.join("、")}）；${ext === ".xlsx" ? "工作簿可直接用 check、report 读取，或用 export 导出报告数据" : "报告数据文件可直接用 check、report 读取"}`);
      continue;
    }
    const outcome = await importFile(opened.bytes);
    if (!outcome.ok) {
      fail(outcome.reason);
      continue;
    }
    const imported = outcome.imported;
    const blanks = blankCells(imported);
    if (blanks > 0) incomplete++;
    const lines = importAccount(file, imported).map((l) => terminalSafe(l));
    let written: string | undefined;
    const target = paths[i];
    if (target !== undefined) {
      const unwritable = unwritableFields(imported.report.data);
      if (unwritable.length > 0) {
        fail(`无法写出：${unwritableMessage(unwritable)}`);
        continue;
      }
      let body: string | Uint8Array;
      try {
        body = await outputBody(target, imported.report.data);
      } catch (e) {
        // A text the workbook cannot hold (longer than a cell allows): said in Chinese, nothing written.
        if (!(e instanceof WorkbookError)) throw e;
        fail(`无法写出工作簿：${e.message}`);
        continue;
      }
      await writeOutputFile(target, body, { overwrite: opts.force === true });
      written = target;
    }
    if (opts.json) {
      json.push({ file, ...importJson(imported), ...(written ? { output: written } : {}) });
      continue;
    }
    if (blanks > 0) lines.push(`  结果不完整：${blanks} 个单元格无法确定，已留空，请对照原文补填`);
    if (written) lines.push(`  已写入 ${terminalSafe(written)}`);
    io.out(`${lines.join("\n")}\n\n`);
  }
  if (opts.json) io.out(JSON.stringify({ files: json }, null, 2) + "\n");
  else if (opts.out === undefined && unreadable < files.length) {
    io.out("（未写出文件：加 -o 输出文件夹，或 -o 报告数据.json、-o 工作簿.xlsx 保存导入结果）\n");
  }
  if (unreadable > 0) return EXIT.unreadable;
  return incomplete > 0 ? EXIT.findings : EXIT.ok;
}
