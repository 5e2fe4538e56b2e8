/**
 * The report formats and lookups over them.
 */
import { FORMAT_2021 } from "./format2021";
import type { CellKey, FormatDef, InputCellDef, TableDef } from "./types";

export * from "./types";
export * from "./format2021";

const byKey = new Map<CellKey, InputCellDef>(FORMAT_2021.inputCells.map((c) => [c.key, c]));

/** The format for a format id. Only `2021` exists so far; throws on anything else. */
export function getFormat(id: string = "2021"): FormatDef {
  if (id === "2021") return FORMAT_2021;
  throw new Error(`不支持的年报格式“${id}”：目前只支持 2021 格式（国办公开办函〔2021〕30号）`);
}

/** The input cell with this key, or `undefined` when the key is not one of the format's 200 cells. */
export function findInputCell(key: CellKey, format: FormatDef = FORMAT_2021): InputCellDef | undefined {
  return format === FORMAT_2021 ? byKey.get(key) : format.inputCells.find((c) => c.key === key);
}

/** The input cell with this key; throws when the key is unknown (a programming error, not user input). */
export function inputCell(key: CellKey, format: FormatDef = FORMAT_2021): InputCellDef {
  const c = findInputCell(key, format);
  if (!c) throw new Error(`Unknown cell key: ${key}`);
  return c;
}

/** The Chinese display name of a cell key, e.g. `表三（七）总计·自然人`. Unknown keys are returned as they are. */
export function displayName(key: CellKey, format: FormatDef = FORMAT_2021): string {
  return findInputCell(key, format)?.displayName ?? key;
}

/** The tables of a format in printed order. */
export function tablesOf(format: FormatDef = FORMAT_2021): TableDef[] {
  return [format.tables.table2, format.tables.table3, format.tables.table4];
}

/**
 * Normalise a label for comparison: full-width and half-width brackets and commas are made equal, spaces and line
 * breaks are removed, and straight quotes are made curly. Copies of the format on the web often turn `（` into `(`
 * (report-format.md, "How far to trust each point").
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/,/g, "，")
    .replace(/:/g, "：")
    .replace(/"([^"]*)"/g, "“$1”")
    .replace(/[\s\u3000]+/g, "");
}
