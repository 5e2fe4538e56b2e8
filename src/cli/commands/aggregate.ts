/**
 * `nianbao aggregate <units…> -o parent.xlsx|parent.json`: the parent's tables as the sum of its units' (表二, 表三,
 * 表四 cell by cell; 万元 exactly), with the units that went in and each unit's blank cells printed. The workbook has
 * a sheet 汇总来源 listing them; the data file keeps them under `aggregated_from`.
 */
import { extname } from "path";
import { promises as fs } from "fs";
import { displayName } from "../../format";
import { reportToJson, unwritableFields, unwritableMessage } from "../../report";
import { aggregateNotes, aggregateReport, type Aggregate } from "../../review/aggregate";
import { insertReport } from "../../workbook/layout";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { loadUnits, unsummedText, type LoadedUnits } from "../children";
import { CliError } from "../errors";
import { EXIT, type CliIo } from "../io";
import { checkOutputFile, writeOutputFile } from "../output";
import { terminalLine } from "../terminal-text";

/** The options of `aggregate`. */
export interface AggregateOptions {
  out: string;
  /** 机关名称 of the parent. */
  unit?: string;
  force?: boolean;
}

/** The sheet of the workbook listing the units that went in. */
export const SOURCES_SHEET = "汇总来源";

/** At most this many blank cells are named per unit in the terminal; the rest are counted. */
const SHOWN_CELLS = 6;

/** Cell names, the first few and a count: `表二 规章·本年制发件数、… 等 12 格`. */
function cellList(keys: string[], a: Aggregate): string {
  const names = keys.slice(0, SHOWN_CELLS).map((k) => displayName(k, a.format));
  return keys.length > SHOWN_CELLS ? `${names.join("、")}等 ${keys.length} 格` : names.join("、");
}

/** The lines on what went in: the units, then each unit's blank cells, the sums left blank, units with 强制 findings. */
export function aggregateText(a: Aggregate, failing: LoadedUnits["failing"] = []): string[] {
  const lines = [`已汇总 ${a.units.length} 个单位的报告（${a.year} 年度，${a.format.name}）：`, ...a.units.map((u, i) => `  ${i + 1}. ${u.unit}（${u.file}）`)];
  if (a.gaps.some((g) => g.blank.length > 0)) {
    lines.push("以下单元格未填写，未计入合计：");
    for (const g of a.gaps) if (g.blank.length > 0) lines.push(`  ${g.unit}（${g.file}）未填写 ${g.blank.length} 格：${cellList(g.blank, a)}`);
  }
  lines.push(...unsummedText(a));
  lines.push(...aggregateNotes(a, failing));
  return lines;
}

/**
 * The 汇总来源 sheet's rows: a heading, then one row per unit with the cells it left blank and those it filled with
 * something that is not a number (whose sums are left blank).
 */
function sourceRows(a: Aggregate): string[][] {
  const rows = [["序号", "单位", "文件", "未填写的单元格", "不是有效数字的单元格（合计留空）"]];
  a.units.forEach((u, i) => {
    const g = a.gaps.find((x) => x.file === u.file);
    const blank = (g?.blank ?? []).map((k) => displayName(k, a.format));
    const invalid = (g?.invalid ?? []).map((v) => `${displayName(v.cell, a.format)}“${v.raw}”`);
    rows.push([String(i + 1), u.unit, u.file, blank.join("、"), invalid.join("、")]);
  });
  return rows;
}

/**
 * Add up the units and write the parent's workbook or data file.
 * @returns EXIT.ok; EXIT.findings when a sum is left blank because a unit's cell is not a valid number (the output is
 *   written with those cells blank, and the cells and units are printed); EXIT.refused when the output exists and
 *   `force` is not set.
 * @throws CliError (exit 2) for an output name that is neither .xlsx nor .json, a unit that cannot be read, or units
 *   of different formats or years.
 */
export async function runAggregate(args: string[], opts: AggregateOptions, io: CliIo): Promise<number> {
  const ext = extname(opts.out).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".json") throw new CliError(`输出文件“${opts.out}”应以 .xlsx（工作簿）或 .json（报告数据）结尾`);
  await checkOutputFile(opts.out);
  const exists = await fs.stat(opts.out).then(
    () => true,
    () => false,
  );
  if (exists && !opts.force) {
    io.err(terminalLine(`文件“${opts.out}”已存在，未作改动；如要覆盖，请加 --force`));
    return EXIT.refused;
  }
  const { sum: a, failing } = await loadUnits(args, [opts.out]);
  const data = aggregateReport(a, opts.unit ?? "");
  const unwritable = unwritableFields(data);
  if (unwritable.length > 0) throw new CliError(`无法生成汇总：${unwritableMessage(unwritable)}`);
  let body: string | Uint8Array;
  if (ext === ".json") body = JSON.stringify(reportToJson(data), null, 2) + "\n";
  else {
    const port = XlsxWorkbook.create();
    await insertReport(port, data);
    const rows = sourceRows(a);
    await port.apply([
      { op: "addSheet", sheet: SOURCES_SHEET },
      { op: "values", range: { sheet: SOURCES_SHEET, row: 0, col: 0, rows: rows.length, cols: rows[0].length }, values: rows },
    ]);
    body = await port.toBuffer();
  }
  await writeOutputFile(opts.out, body, { overwrite: opts.force === true });
  io.out(`${aggregateText(a, failing).map(terminalLine).join("")}`);
  io.out(terminalLine(`已生成 ${opts.out}`));
  if (a.unsummed.length > 0) {
    io.out(terminalLine(`注意：汇总中 ${a.unsummed.length} 格留空（见上），请相关单位改正后重新汇总`));
    return EXIT.findings;
  }
  return EXIT.ok;
}
