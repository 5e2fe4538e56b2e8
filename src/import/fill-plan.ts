/**
 * 从文档导入本年数据: what a report read from a document would change in the report being filled, as a preview —
 * each statistics cell and each 报告信息 field (agency, year, publication date, contact details, the sections' text,
 * the added sub-items of 总体情况) from → to, every filled one it would overwrite named, and what it leaves alone with
 * the reason. Tables the document prints in another format than the workbook's are not filled, and the plan says so.
 * Pure: nothing is written here.
 */
import { formatOf, isInfoHeading, type CellKey, type FormatDef, type InfoField, type InfoFieldKey, type TableKey } from "../format";
import { getValue, type ReportData } from "../report";
import type { CellChange, SkippedTotal } from "../rules";
import { infoFieldValue, type InfoTarget } from "../workbook/layout/info-fields";
import { unitMatch } from "../review/unit-name";
import type { ImportedReport } from "./read-report";

/** One planned change of a 报告信息 value cell. */
export interface FieldChange {
  target: InfoTarget;
  /** The row's label in 报告信息 (`机关名称`, `补充小节正文（第 1 个）`). */
  name: string;
  /** What it holds now (`null` or `""`: blank). */
  from: string | number | boolean | null;
  /** What it will hold; `""` clears it (an added sub-item the document does not have). */
  to: string | number;
  /** True when `from` is filled: the user's entry is replaced. */
  overwrites: boolean;
}

/** The preview of an import into the current report. */
export interface ImportFillPlan {
  /** Every statistics cell whose value changes, in the format's order. */
  changes: CellChange[];
  /** Every 报告信息 value cell that changes, in the sheet's order. */
  fields: FieldChange[];
  /** How many of `changes` and `fields` overwrite a filled cell. */
  overwrites: number;
  /** The names of the filled cells and fields overwritten, fields first. */
  overwritten: string[];
  /** Cells and fields left as they are, with the reason in Chinese (`cell` is the cell key or the field key). */
  skipped: SkippedTotal[];
  /**
   * Set when the document's tables are in another format than the workbook's: which tables are not filled and why,
   * in Chinese (tables printed alike in both, such as 表四 of the 2019 and 2021 formats, are filled).
   */
  formatNote?: string;
  /**
   * What about the document suggests it is not this report, in Chinese: another 报告年度 than the workbook's, another
   * unit's 机关名称 (`unitMatch` different). Shown above the preview; the user decides. Empty when both agree or are
   * not filled.
   */
  sourceNotes: string[];
}

/** Where the plan can write in the workbook. */
export interface FillTarget {
  /** Whether a statistics cell can be written (its table was read). */
  cell(key: CellKey): boolean;
  /** Whether a 报告信息 field has its row. */
  field(key: InfoFieldKey): boolean;
  /**
   * The rows of the added sub-items of 总体情况 in 报告信息, in order, spare ones included: each row's text now, or
   * `null` when that row is missing.
   */
  extraSlots: { title: string | null; body: string | null }[];
}

/** Whether a table has the same input cells, with the same names, in two formats. */
function sameTable(a: FormatDef, b: FormatDef, table: TableKey): boolean {
  const cells = (f: FormatDef) => f.inputCells.filter((c) => c.table === table).map((c) => `${c.key}\u0000${c.displayName}`);
  const x = cells(a);
  const y = cells(b);
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

const isBlank = (v: unknown) => v === null || v === undefined || v === "";

/** The 报告信息 fields a document can give (the wording choices are the user's, not a document's). */
function documentFields(rows: FormatDef["info"]["head"]): InfoField[] {
  return rows.filter((f): f is InfoField => !isInfoHeading(f) && f.kind !== "wording");
}

/**
 * Plan filling `current` from an imported report.
 * @param target where the workbook can be written (see `FillTarget`).
 * @returns the plan; a document of another format gets `formatNote` and only the tables printed alike are planned.
 */
export function planImportFill(current: ReportData, imported: ImportedReport, target: FillTarget): ImportFillPlan {
  const format = formatOf(current);
  const theirs = formatOf(imported.data);
  const tables = Object.values(format.tables).map((t) => t.key);
  const alike = new Set(tables.filter((t) => sameTable(format, theirs, t)));
  const plan: ImportFillPlan = { changes: [], fields: [], overwrites: 0, overwritten: [], skipped: [], sourceNotes: sourceNotes(current, imported.data) };
  const otherFormat = theirs.id !== format.id;
  if (alike.size < tables.length) {
    const names = (keep: boolean) =>
      tables
        .filter((t) => alike.has(t) === keep)
        .map((t) => format.tables[t].shortName)
        .join("、");
    const what = otherFormat
      ? `文档是${theirs.name}（${theirs.source}）的报告，本工作簿的统计表是${format.name}（${format.source}）`
      : `文档的统计表与本工作簿的（${format.name}）行列不同`;
    plan.formatNote =
      `${what}：${names(false)}的行或栏目不同，不导入（要导入这些表，请按该报告的年度另外插入统计表）` +
      (alike.size > 0 ? `；${names(true)}相同，照常导入` : "") +
      "。";
  }

  // 报告信息 in the sheet's order: what the document gives, where it differs from what is there.
  const planField = (f: InfoField) => {
    const to = infoFieldValue(imported.data, f.key);
    if ((typeof to !== "string" && typeof to !== "number") || to === "") return;
    const from = infoFieldValue(current, f.key);
    if (from === to) return;
    if (f.key === "year" && otherFormat)
      plan.skipped.push({ cell: f.key, reason: `${f.label}：文档是 ${to} 年度的报告（${theirs.name}），与本工作簿的统计表格式不同，未改动` });
    else if (!target.field(f.key)) plan.skipped.push({ cell: f.key, reason: `${f.label}：“报告信息”中找不到这一行，未改动` });
    else addField(plan, { field: f.key }, f.label, from, to);
  };
  documentFields(format.info.head).forEach(planField);
  planExtras(plan, format, imported.data, target);
  documentFields(format.info.tail).forEach(planField);

  // The statistics tables printed alike in both formats.
  const unread = new Set(imported.undetermined.flatMap((u) => u.cells));
  for (const cell of format.inputCells) {
    if (!alike.has(cell.table)) continue;
    const to = getValue(imported.data, cell.key);
    const from = getValue(current, cell.key);
    if (unread.has(cell.key)) {
      plan.skipped.push({ cell: cell.key, reason: `${cell.displayName}：文档中无法确定，未改动` });
      continue;
    }
    if (typeof to !== "number" || to === from) continue;
    if (!target.cell(cell.key)) {
      plan.skipped.push({ cell: cell.key, reason: `${cell.displayName}：工作簿中找不到该单元格，未改动` });
      continue;
    }
    if (!isBlank(from)) {
      plan.overwrites++;
      plan.overwritten.push(cell.displayName);
    }
    plan.changes.push({ cell: cell.key, name: cell.displayName, from, to });
  }
  return plan;
}

/** Another year or another unit in the document than in the workbook (see `ImportFillPlan.sourceNotes`). */
function sourceNotes(current: ReportData, doc: ReportData): string[] {
  const notes: string[] = [];
  if (current.year !== null && doc.year !== null && current.year !== doc.year) {
    const last = doc.year === current.year - 1 ? "这像是上年的报告，" : "";
    notes.push(
      `文档是 ${doc.year} 年度的报告，本工作簿是 ${current.year} 年度：${last}导入会把 ${doc.year} 年度的数字和文字填入本工作簿。请确认选对了文件。`,
    );
  }
  if (unitMatch(current.agency, doc.agency) === "different")
    notes.push(`文档的机关名称是“${doc.agency}”，本工作簿是“${current.agency}”：请确认这是本单位的报告。`);
  return notes;
}

function addField(plan: ImportFillPlan, target: InfoTarget, name: string, from: FieldChange["from"], to: string | number): void {
  const overwrites = !isBlank(from);
  if (overwrites) {
    plan.overwrites++;
    plan.overwritten.push(name);
  }
  plan.fields.push({ target, name, from, to, overwrites });
}

/**
 * The added sub-items of 总体情况: the document's replace those in the workbook, one per pair of rows in order (rows
 * left over are cleared), unless they are the same already. Nothing is planned when the document has none, or when
 * 报告信息 has too few rows for them (said in `skipped`).
 */
function planExtras(plan: ImportFillPlan, format: FormatDef, doc: ReportData, target: FillTarget): void {
  const wanted = doc.text.overviewExtra.filter((x) => x.title !== "" || x.body !== "");
  if (wanted.length === 0) return;
  const slots = target.extraSlots;
  const present = slots.map((s) => ({ title: s.title ?? "", body: s.body ?? "" })).filter((s) => s.title !== "" || s.body !== "");
  if (present.length === wanted.length && present.every((s, i) => s.title === wanted[i].title && s.body === wanted[i].body)) return;
  const { extraTitleLabel, extraBodyLabel } = format.info;
  const usable = slots.slice(0, wanted.length).filter((s) => s.title !== null && s.body !== null).length;
  if (usable < wanted.length) {
    plan.skipped.push({
      cell: "text.overviewExtra",
      reason:
        `总体情况的补充小节：文档有 ${wanted.length} 个，“报告信息”中只有 ${usable} 组可填的“${extraTitleLabel}”“${extraBodyLabel}”行，未改动` +
        `（可照这两行的样子在“报告信息”中添行后再导入）`,
    });
    return;
  }
  slots.forEach((slot, i) => {
    const want = wanted[i] ?? { title: "", body: "" };
    for (const part of ["title", "body"] as const) {
      const now = slot[part];
      if (now === null || now === want[part]) continue;
      addField(plan, { extra: i, part }, `${part === "title" ? extraTitleLabel : extraBodyLabel}（第 ${i + 1} 个）`, now, want[part]);
    }
  });
}
