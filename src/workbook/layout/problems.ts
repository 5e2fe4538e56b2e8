/**
 * The defects of a workbook's layout found while reading it.
 */
import type { TableKey } from "../../format";

/** A defect of the layout found while reading. */
export interface LayoutProblem {
  kind:
    | "missing_name"
    | "shape_changed"
    | "label_changed"
    | "missing_sheet"
    | "meta_missing"
    | "wrong_format"
    /** A 报告信息 field that cannot be read as its kind (e.g. 报告年度 `二〇二四`). */
    | "bad_value";
  table?: TableKey;
  /** Chinese, precise: which table, which row or label, expected and found. */
  message: string;
}
