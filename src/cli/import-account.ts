/**
 * What the importer made of a published report, as the command line prints it: the document's kind and encoding, the
 * format told from the labels, how many cells were read as printed, each recovered row with its note and cells, each
 * row left blank (无法确定) and each label printed differently from the format (S8). Also the JSON form of
 * `import --json`.
 */
import { displayName, getFormat, type CellKey, type FormatDef } from "../format";
import type { ImportedDocument } from "./load";

const KIND_NAMES: Record<ImportedDocument["kind"], string> = { pdf: "PDF", docx: "Word 文档", html: "网页", markdown: "Markdown", text: "文本" };
const ENCODING_NAMES: Record<string, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16", "utf-16be": "UTF-16", gb18030: "GBK/GB18030" };

/** The column part of a cell's name (`自然人` of `表三 二、上年结转·自然人`), or the whole name when it has none. */
function columnName(key: CellKey, format: FormatDef): string {
  const name = displayName(key, format);
  const dot = name.lastIndexOf("·");
  return dot >= 0 ? name.slice(dot + 1) : name;
}

/**
 * A recovered row's cells with their values, `自然人 71，…，总计 71`; cells of several groups (表四's 行政复议, 未经复议直接
 * 起诉, 复议后起诉 printed on one line) are listed per group, `行政复议：结果维持 2，…，总计 7；未经复议直接起诉：…`.
 */
export function cellsLine(cells: CellKey[], values: (number | string)[], format: FormatDef): string {
  const groupOf = (key: CellKey) => {
    const name = displayName(key, format);
    const prefix = name.slice(0, Math.max(0, name.lastIndexOf("·")));
    return prefix.slice(Math.max(prefix.lastIndexOf("·"), prefix.indexOf(" ")) + 1);
  };
  const runs: { group: string; items: string[] }[] = [];
  cells.forEach((k, i) => {
    const group = groupOf(k);
    const item = `${columnName(k, format)} ${values[i]}`;
    if (runs.length > 0 && runs[runs.length - 1].group === group) runs[runs.length - 1].items.push(item);
    else runs.push({ group, items: [item] });
  });
  if (runs.length === 1) return runs[0].items.join("，");
  return runs.map((r) => `${r.group}：${r.items.join("，")}`).join("；");
}

/** `读出 181 个单元格，17 个空白`: cells read as printed, and those printed blank when there are any. */
function readLine(r: ImportedDocument["report"]): string {
  return `读出 ${r.readCells} 个单元格${r.printedBlank > 0 ? `，${r.printedBlank} 个空白` : ""}`;
}

/** The number of cells left blank because they could not be read. */
export function blankCells(imported: ImportedDocument): number {
  return imported.report.undetermined.reduce((n, u) => n + u.cells.length, 0);
}

/** The cells recovered by the arithmetic. */
export function recoveredCells(imported: ImportedDocument): number {
  return imported.report.recovered.reduce((n, r) => n + r.cells.length, 0);
}

/** How the document was read, e.g. `PDF，2021 年格式` or `文本（GBK/GB18030 编码），2019 年格式`. */
export function readAs(imported: ImportedDocument): string {
  const encoding = imported.encoding && imported.encoding !== "utf-8" ? `（${ENCODING_NAMES[imported.encoding] ?? imported.encoding} 编码）` : "";
  return `${KIND_NAMES[imported.kind]}${encoding}，${getFormat(imported.report.format).name}`;
}

/** One line for commands that read a document on the way (report, check): read, recovered, blank, S8. */
export function importSummary(file: string, imported: ImportedDocument): string {
  const r = imported.report;
  const parts = [readLine(r)];
  if (r.recovered.length > 0) parts.push(`按勾稽关系推算 ${recoveredCells(imported)} 个`);
  if (r.undetermined.length > 0) parts.push(`无法确定、已留空 ${blankCells(imported)} 个`);
  if (r.deviations.length > 0) parts.push(`标签与格式不同 ${r.deviations.length} 处`);
  return `已从“${file}”导入（${readAs(imported)}）：${parts.join("，")}`;
}

/**
 * The account of one imported file, as lines (the first names the file; the others are indented by two spaces).
 * Every recovered row gives its note and its cells with their values; every blank row its reason and what was printed.
 */
export function importAccount(file: string, imported: ImportedDocument): string[] {
  const r = imported.report;
  const format = getFormat(r.format);
  const who = [r.data.agency, r.data.year !== null ? `${r.data.year} 年度` : ""].filter((s) => s !== "").join(" ");
  const lines = [`${file}（${readAs(imported)}）${who ? `：${who}` : ""}`];
  lines.push(`  ${readLine(r)}`);
  if (r.recovered.length > 0) {
    lines.push(`  推算 ${recoveredCells(imported)} 个单元格（原文缺数或数字连写，按勾稽关系只有一种读法）：`);
    for (const x of r.recovered) {
      lines.push(`    ${x.note}`);
      lines.push(`      ${cellsLine(x.cells, x.values, format)}`);
    }
  }
  if (r.undetermined.length > 0) {
    lines.push(`  无法确定 ${blankCells(imported)} 个单元格，已留空（请对照原文填写）：`);
    for (const u of r.undetermined) lines.push(`    ${u.row}：${u.reason}${u.printed ? `（原文“${u.printed}”）` : ""}`);
  }
  if (r.deviations.length > 0) {
    lines.push(`  标签与格式不同（S8）${r.deviations.length} 处：`);
    for (const d of r.deviations) lines.push(`    ${format.tables[d.table].shortName}：应为“${d.expected}”，原文为“${d.actual}”`);
  }
  for (const note of r.notes) lines.push(`  注意：${note}`);
  return lines;
}

/** The account of one imported file for `import --json`. */
export function importJson(imported: ImportedDocument): Record<string, unknown> {
  const r = imported.report;
  return {
    kind: imported.kind,
    ...(imported.encoding ? { encoding: imported.encoding } : {}),
    format: r.format,
    agency: r.data.agency,
    year: r.data.year,
    readCells: r.readCells,
    printedBlank: r.printedBlank,
    recovered: r.recovered.map((x) => ({ table: x.table, row: x.row, printed: x.printed, cells: x.cells, values: x.values, missing: x.missing, note: x.note })),
    undetermined: r.undetermined.map((u) => ({ table: u.table, row: u.row, printed: u.printed, cells: u.cells, reason: u.reason })),
    deviations: r.deviations.map((d) => ({ table: d.table, row: d.row, cells: d.cells, expected: d.expected, actual: d.actual })),
    notes: r.notes,
  };
}
