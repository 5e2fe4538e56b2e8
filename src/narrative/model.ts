/**
 * The report document model: the finished report as a list of blocks, independent of any output format. The
 * exporters (HTML, Markdown, later Word) only lay these blocks out; every word and number is decided here.
 */
import type { CellKey, FormatDef, TableKey } from "../format";
import type { CellValue } from "../report";
import type { SubItemWording } from "./wording";

/**
 * A piece of running text.
 * - `text`: ordinary words (generated or typed by the user; exporters escape it).
 * - `gap`: a visible placeholder for a figure that could not be read (blank cell, "/", text), e.g.
 *   `【表三 一、本年新收·总计 未填写】`; `cell` is the cell whose value is missing, when there is one; `dispute` the id
 *   of the failing equation (`H4a`) when the gap stands for a figure whose total and parts disagree.
 */
export type Run = { kind: "text"; text: string } | { kind: "gap"; text: string; cell?: CellKey; dispute?: string };

/** Where a paragraph's words come from: generated from the cells, or the user's own text. */
export type ParagraphSource = "generated" | "user";

/** One block of the document, in reading order. */
export type Block =
  /** The report title, e.g. `三明市沙县区工信与科技局2021年政府信息公开工作年度报告`. */
  | { type: "title"; runs: Run[] }
  /**
   * A warning printed at the top when the data fails the 强制 checks: `errors` 强制 and `warnings` 提示 findings.
   * Its wording is in `runs`.
   */
  | { type: "checkNotice"; errors: number; warnings: number; runs: Run[] }
  | { type: "paragraph"; source: ParagraphSource; runs: Run[] }
  /** Level 1: a section (`一、总体情况`); level 2: a sub-item (`（一）主动公开`). */
  | { type: "heading"; level: 1 | 2; text: string }
  /**
   * A statistics table, laid out from the document's `format.tables[table]`. `values` holds the raw value of every input cell
   * of the table (as typed: a number, a string, or `null` for blank); `caption` names the table.
   */
  | { type: "table"; table: TableKey; caption: string; values: Record<CellKey, CellValue> }
  /** The closing block: the agency's name and the publication date (`2022年1月20日`), either may be empty. */
  | { type: "signature"; agency: string; date: string };

/** A whole report document. */
export interface ReportDocument {
  /** The title as plain text (gaps included as their placeholder text), for `<title>` and file metadata. */
  title: string;
  /** The report year, or `null` when the data does not give it. */
  year: number | null;
  agency: string;
  /** The format the report is in: its tables (`format.tables[…].cells`) are how the exporters lay out each table block. */
  format: FormatDef;
  /**
   * Per sub-item of 总体情况 that opens with a generated sentence: whose wording is printed (the generated sentence,
   * the user's, or both) and the user's sentences restating its figures, for the 生成报告 panel to show.
   */
  wording: SubItemWording[];
  /** Counts of the check findings the document was built with. */
  check: { errors: number; warnings: number };
  blocks: Block[];
}

/** The plain text of some runs (gaps as their placeholder text). */
export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}
