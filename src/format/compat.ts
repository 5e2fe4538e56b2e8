/**
 * Transitional names of the 2021 format's structure, for modules not yet taking the format as a parameter. Each is
 * read from `FORMAT_2021.structure`; remove a name once nothing imports it.
 */
import { FORMAT_2021 } from "./format2021";
import type { CellKind } from "./types";

const S = FORMAT_2021.structure;

export const TABLE3_COLUMNS = S.table3.columns;
export const TABLE3_ROWS = S.table3.rows;
export const TABLE3_RESULT_GROUPS = S.table3.groups;
export const TABLE4_COLUMNS = S.table4.columns;
export const TABLE4_GROUPS = S.table4.groups;
export const TABLE2_RULEMAKING_COLUMNS = S.table2.blocks[0].columns as { key: "issued" | "repealed" | "in_force"; label: string }[];
export const TABLE2_RULEMAKING_ROWS = S.table2.blocks[0].rows;
/** 表二's blocks in the old shape: single-value rows without `columns`. */
export const TABLE2_BLOCKS = S.table2.blocks.map((b) => ({
  caption: b.caption,
  headers: b.columns.map((c) => c.label),
  rows: b.rows.map((r) =>
    b.columns.length === 1 && b.columns[0].key === ""
      ? { key: r.key, label: r.label, ...(b.columns[0].kind ? { kind: b.columns[0].kind as CellKind } : {}) }
      : { key: r.key, label: r.label, columns: b.columns.map((c) => ({ key: c.key, label: c.label })) },
  ),
}));
