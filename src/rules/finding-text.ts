/**
 * A finding in words, the same in the task pane, the CLI and the reviewer's summary page: the cells it is about, the
 * two sides with their values, and the value that would fix it. Pure functions of the finding's data.
 */
import { displayName, infoFieldName, latestFormat, sectionTitle, type CellKey, type FormatDef } from "../format";
import type { Finding } from "./finding";

/**
 * The cells a finding is about: the total to fix for an arithmetic rule, the left-hand cells when there is no single
 * total (H3), the cell for a cell rule; `[]` for findings on text or on a whole table.
 */
export function findingKeys(f: Finding): CellKey[] {
  return f.fix ? [f.fix.cell] : f.leftCells && f.leftCells.length > 0 ? f.leftCells : f.cells;
}

/**
 * Where a finding is, in Chinese: its cells' names (`shorten` applied to each; more than two cells are the first
 * two and a count, `表二 行政规范性文件·现行有效件数、表二 行政规范性文件·本年制发件数等 3 格`), the text sections of a
 * text rule, the 报告信息 fields of a rule on the report's information as the format labels them (`报告信息·发布日期`),
 * the table of a finding about a whole table, or "".
 */
export function findingPlace(f: Finding, format?: FormatDef, shorten: (name: string) => string = (s) => s): string {
  let keys = findingKeys(f);
  if (keys.length === 0 && f.fields && f.fields.length > 0) {
    const fmt = format ?? latestFormat();
    const name = (x: string) => {
      const t = fmt.textSections.find((s) => s.field === x);
      return t ? sectionTitle(fmt, t.section) : (infoFieldName(fmt, x) ?? x);
    };
    return f.fields.map(name).join("、");
  }
  if (keys.length === 0) return f.table ? (format ?? latestFormat()).tables[f.table].shortName : "";
  const more = keys.length > 2 ? keys.length : 0;
  if (more) keys = keys.slice(0, 2);
  const names = keys.map((k) => shorten(displayName(k, format))).join("、");
  return more ? `${names}等 ${more} 格` : names;
}

/** The two sides of a comparison with their values, `{ left: "总计 6", right: "各申请人之和 5" }`; `null` for other findings. */
export function findingSides(f: Finding): { left: string; right: string } | null {
  if (f.left === undefined || f.right === undefined || !f.sides) return null;
  return { left: `${f.sides.left} ${f.left}`, right: `${f.sides.right} ${f.right}` };
}

/** The value that would fix a finding, `表三 一、本年新收·总计应为 70`; "" when the rule gives none. */
export function fixText(f: Finding, format?: FormatDef): string {
  return f.fix ? `${displayName(f.fix.cell, format)}应为 ${f.fix.value}` : "";
}
