/**
 * What the importer looks for in a table, derived from a format definition: the data rows with their own label, the
 * group labels above them, their input cells in column order, the other printed texts of the table (captions,
 * headers, the 勾稽 note), and the table's equations. Nothing here names a label or a cell: a format is a parameter.
 */
import { type CellKey, type CellKind, type EquationDef, type FormatDef, type TableDef, type TableKey } from "../format";
import { rowHeaders } from "../export/table-grid";

/** One data row of a table as the importer finds it. */
export interface RowSpec {
  table: TableKey;
  /** The row's own label as printed (`1.属于国家秘密`, `（七）总计`, `规章`); absent for a row with no label (表四). */
  label?: string;
  /** Other spellings of the label the format accepts (not S8 findings). */
  variants: string[];
  /** The labels of the groups the row belongs to, outermost first (`三、本年度办理结果`, `（三）不予公开`). */
  groupLabels: string[];
  /** The input cells of the row, left to right, and their kinds. */
  keys: CellKey[];
  kinds: CellKind[];
  /** A short name for messages: the group label and the row's label, e.g. `（三）不予公开 4.保护第三方合法权益`. */
  name: string;
}

/** A table as the importer reads it. */
export interface TableSpec {
  key: TableKey;
  shortName: string;
  rows: RowSpec[];
  /** Printed texts that are not row labels: captions, column headers, the note, and group labels. */
  otherTexts: string[];
  /** The equations between the table's cells (the format's 勾稽关系). */
  equations: EquationDef[];
}

/** The data rows of a table, in printed order. */
function rowsOf(def: TableDef): RowSpec[] {
  const rows: RowSpec[] = [];
  for (let r = 0; r < def.rows; r++) {
    const inputs = def.cells.filter((c) => c.role === "input" && c.row === r).sort((a, b) => a.col - b.col);
    if (inputs.length === 0) continue;
    const labels = rowHeaders(def, r, inputs[0].col);
    const own = labels.length > 0 && labels[labels.length - 1].rowSpan === 1 ? labels[labels.length - 1] : undefined;
    const groups = labels.filter((l) => l !== own).map((l) => l.text ?? "");
    rows.push({
      table: def.key,
      ...(own ? { label: own.text ?? "" } : {}),
      variants: own?.variants ?? [],
      groupLabels: groups,
      keys: inputs.map((c) => c.key!),
      kinds: [],
      name: [...groups.slice(1), own?.text ?? def.shortName].join(" "),
    });
  }
  return rows;
}

/** The importer's view of each table of a format, in printed order. */
export function tableSpecs(format: FormatDef): TableSpec[] {
  const kindOf = new Map(format.inputCells.map((c) => [c.key, c.kind]));
  const equations = format.equations;
  return (Object.keys(format.tables) as TableKey[]).map((key) => {
    const def = format.tables[key];
    const rows = rowsOf(def).map((r) => ({ ...r, kinds: r.keys.map((k) => kindOf.get(k) ?? "count") }));
    const own = new Set(rows.map((r) => r.label).filter((l): l is string => l !== undefined));
    const otherTexts = [...new Set(def.cells.filter((c) => c.role !== "input" && c.text && !own.has(c.text)).map((c) => c.text!))];
    return { key, shortName: def.shortName, rows, otherTexts, equations: equations.filter((e) => e.table === key) };
  });
}
