/**
 * The sheet layout: where the report lives in a workbook, as a pure plan of `WriteOp`s and a pure mapping from what
 * is read back to `ReportData`. Host-neutral: the same code runs on the Office.js, in-memory and .xlsx ports.
 *
 * Three sheets:
 * - `统计表` (SHEET_TABLES): a title, then 表二, 表三 and 表四 stacked vertically, each under its section heading and
 *   printed exactly as `FORMAT_2021.tables[…].cells` (labels, merges, borders). Label columns are A–C (表三's three
 *   label columns; 表二's label column is C), the value band starts at column D (表三's seven columns, 表二's three,
 *   表四's fifteen), so one set of column widths suits all three tables. Input cells have a light fill, are unlocked,
 *   carry data validation and a number format; the sheet is protected without a password.
 * - `报告信息` (SHEET_INFO): one labelled row per report field outside the tables (agency, year, contact, 发布日期,
 *   信息处理费, the text of 一（导语、五个方面、补充小节）, 五, 六); read back by label, so rows may move.
 * - `_年报助手` (SHEET_META, veryHidden): key/value rows (format, layout version, created-by, unknown data keys) and the
 *   说明 kept with warnings.
 *
 * Everything is found again through workbook names (NB_TABLE2/3/4, NB_INFO, NB_META), which move when rows are
 * inserted above; never through fixed addresses. A table whose shape or labels changed is reported and not read.
 *
 * In-cell checks: besides conditional formats, a locked formula cell per sum equation (column K right of 表三, the
 * row under 表三 and under 表四) shows `✗ 应为 5` when a total breaks, outside every named block (`checkCells`).
 * A second set of sheets (新增一份) carries a suffix on sheets and names (`reportSet(2)`: `统计表 (2)`, `NB_TABLE3_2`).
 * `planRepair` rebuilds a damaged set keeping every value it can place (a damaged table's rows found again by their
 * labels), with a values-only backup of the old sheet.
 */
import {
  FORMAT_2021,
  displayName,
  findInputCell,
  normalizeLabel,
  tablesOf,
  type CellKey,
  type CellKind,
  type LayoutCell,
  type OverviewItemKey,
  type TableDef,
  type TableKey,
} from "../format";
import { emptyReport, type CellValue, type ContactInfo, type Explanation, type ReportData } from "../report";
import { allEquations } from "../rules";
import { checkTableBlock, recoverRowsByLabel, shownText } from "./layout-check";
import {
  WorkbookError,
  a1,
  type CellStyle,
  type NamedRead,
  type RangeRef,
  type RawValue,
  type ValidationRule,
  type WorkbookPort,
  type WriteOp,
} from "./port";

// ───────────────────────────── names and constants ─────────────────────────────

/** The sheet holding the three statistics tables. */
export const SHEET_TABLES = "统计表";
/** The sheet holding the report fields outside the tables. */
export const SHEET_INFO = "报告信息";
/** The veryHidden sheet holding metadata and 说明. */
export const SHEET_META = "_年报助手";

/** The sheets `insertReport` creates, in tab order (so a caller can ask before writing over existing ones). */
export const REPORT_SHEETS: readonly string[] = [SHEET_TABLES, SHEET_INFO, SHEET_META];

/** Workbook names, each covering a table's whole printed grid (labels and inputs). */
export const NB_TABLE2 = "NB_TABLE2";
export const NB_TABLE3 = "NB_TABLE3";
export const NB_TABLE4 = "NB_TABLE4";
/** The label/value block of 报告信息. */
export const NB_INFO = "NB_INFO";
/** The metadata block of `_年报助手`. */
export const NB_META = "NB_META";

/** The layout version written into the metadata; a workbook with a higher one was made by a newer version. */
export const LAYOUT_VERSION = 1;

/** The workbook name of each table. */
export const TABLE_NAMES: Record<TableKey, string> = { table2: NB_TABLE2, table3: NB_TABLE3, table4: NB_TABLE4 };

/** Every name the layout reads, in the order `readReport` asks for them. */
export const ALL_NAMES: string[] = [NB_TABLE2, NB_TABLE3, NB_TABLE4, NB_INFO, NB_META];

/**
 * One set of report sheets and names. Set 1 is the original (`统计表`, `报告信息`, `_年报助手`; NB_TABLE2 …); a set
 * added with 新增一份 carries a suffix on every sheet (`统计表 (2)`) and name (`NB_TABLE3_2`), so two reports can live
 * in one workbook without touching each other.
 */
export interface ReportSet {
  /** 1 for the first set, n ≥ 2 for the n-th. */
  index: number;
  tablesSheet: string;
  infoSheet: string;
  metaSheet: string;
  tableNames: Record<TableKey, string>;
  infoName: string;
  metaName: string;
  /** Every name of the set, in the order `readReport` asks for them. */
  names: string[];
  /** The three sheets, in tab order. */
  sheets: string[];
}

/** The sheets and names of set `index` (1 when omitted). */
export function reportSet(index = 1): ReportSet {
  const sheetSuffix = index === 1 ? "" : ` (${index})`;
  const nameSuffix = index === 1 ? "" : `_${index}`;
  const tableNames = {
    table2: NB_TABLE2 + nameSuffix,
    table3: NB_TABLE3 + nameSuffix,
    table4: NB_TABLE4 + nameSuffix,
  };
  const set = {
    index,
    tablesSheet: SHEET_TABLES + sheetSuffix,
    infoSheet: SHEET_INFO + sheetSuffix,
    metaSheet: SHEET_META + sheetSuffix,
    tableNames,
    infoName: NB_INFO + nameSuffix,
    metaName: NB_META + nameSuffix,
  };
  return {
    ...set,
    names: [tableNames.table2, tableNames.table3, tableNames.table4, set.infoName, set.metaName],
    sheets: [set.tablesSheet, set.infoSheet, set.metaSheet],
  };
}

/**
 * The sets present in a workbook, from its sheet names: a set is present when any of its three sheets exists.
 * @returns set indexes, ascending (empty when the workbook has none).
 */
export function reportSetsIn(sheetNames: string[]): number[] {
  const found = new Set<number>();
  const base = [SHEET_TABLES, SHEET_INFO, SHEET_META];
  for (const name of sheetNames)
    for (const b of base) {
      if (name === b) found.add(1);
      const m = name.startsWith(`${b} (`) ? /^ \((\d+)\)$/.exec(name.slice(b.length)) : null;
      if (m && Number(m[1]) >= 2) found.add(Number(m[1]));
    }
  return [...found].sort((a, b) => a - b);
}

/** The index of the next set to add (one more than the highest present, at least 2). */
export function nextReportSet(sheetNames: string[]): number {
  return Math.max(1, ...reportSetsIn(sheetNames)) + 1;
}

/** The product name written as created-by. */
export const CREATED_BY = "年报助手";

/** Fill of input cells (light yellow) and of label cells on 报告信息 (light grey). */
export const INPUT_FILL = "#FFF2CC";
export const LABEL_FILL = "#F2F2F2";
/** Conditional-format style of a broken total or a cell that is not a number. */
export const ALERT_STYLE = { fill: "#F8CBAD", fontColor: "#9C0006" };

/** Number format of count cells (件) and of the 万元 fee (shows up to six decimals, stores the value unrounded). */
export const COUNT_FORMAT = "0";
export const AMOUNT_FORMAT = "0.00####";

/** First sheet column of each table: 表三 spans A–J, 表二's label column is C, 表四 starts at the value band (D). */
export const TABLE_COLUMN: Record<TableKey, number> = { table2: 2, table3: 0, table4: 3 };

/** Width (Excel characters) of the value-band columns D onward, wide enough for `本年制发件数` on two lines. */
export const VALUE_COLUMN_WIDTH = 10;

/** Column widths of 统计表: A–C from 表三's label columns, then the value band. */
export const TABLE_SHEET_WIDTHS: number[] = [
  ...FORMAT_2021.tables.table3.colWidths.slice(0, 3),
  ...Array.from({ length: 15 }, () => VALUE_COLUMN_WIDTH),
];

const TITLE_ROW = 0;
const NOTE_ROW = 1;
const FIRST_TABLE_ROW = 3;
/** Columns spanned by the title and the note on 统计表. */
const TITLE_COLS = 10;

/** The data validation of count and amount input cells. */
export const VALIDATION: Record<CellKind, ValidationRule> = {
  count: {
    type: "wholeNumber",
    min: 0,
    promptTitle: "填写件数",
    prompt: "请填写大于或等于 0 的整数（件）。没有发生的填 0，不要留空或填“/”。",
    errorTitle: "只能填写整数",
    error: "此处只能填写大于或等于 0 的整数（件），不能填小数、负数、文字或“/”。没有发生的请填 0。",
  },
  amount: {
    type: "decimal",
    min: 0,
    promptTitle: "填写金额（万元）",
    prompt: "单位：万元，可填小数，按实际金额填写，不要四舍五入。没有收费的填 0。",
    errorTitle: "只能填写金额",
    error: "此处只能填写大于或等于 0 的数（单位：万元），不能填文字或“/”。没有收费的请填 0。",
  },
};

// ───────────────────────────── positions ─────────────────────────────

/** Where each table and its heading are placed on a freshly inserted 统计表. */
export interface TablePlacement {
  table: TableKey;
  /** The section heading row, e.g. `二、主动公开政府信息情况`. */
  headingRow: number;
  heading: string;
  /** The table's grid (what its workbook name covers). */
  range: RangeRef;
}

/** The placements of 表二, 表三, 表四 on a freshly inserted 统计表, top to bottom, one blank row between. */
export function tablePlacements(set: ReportSet = reportSet()): TablePlacement[] {
  let r = FIRST_TABLE_ROW;
  return tablesOf(FORMAT_2021).map((def) => {
    const section = FORMAT_2021.sections.find((s) => s.table === def.key)!;
    const p: TablePlacement = {
      table: def.key,
      headingRow: r,
      heading: section.title,
      range: { sheet: set.tablesSheet, row: r + 1, col: TABLE_COLUMN[def.key], rows: def.rows, cols: def.cols },
    };
    r += def.rows + 2;
    return p;
  });
}

// ───────────────────────────── 报告信息 fields ─────────────────────────────

/** A field of 报告信息. */
export type InfoFieldKey =
  | "agency"
  | "year"
  | "publishDate"
  | `contact.${keyof ContactInfo}`
  | "processingFees.noticesIssued"
  | "processingFees.collectedYuan"
  | "text.overviewIntro"
  | `text.overview.${OverviewItemKey}`
  | "text.problems"
  | "text.otherMatters";

/** How a 报告信息 field is entered. */
export type InfoFieldKind = "text" | "longText" | "year" | "date" | "count" | "yuan";

/** One labelled row of 报告信息. */
export interface InfoField {
  key: InfoFieldKey;
  /** The label in column A, exactly. */
  label: string;
  kind: InfoFieldKind;
}

/** A group heading row of 报告信息 (no value). */
export interface InfoHeading {
  heading: string;
}

/** Labels of the rows of an added sub-item of 总体情况 (title, then body). */
export const EXTRA_TITLE_LABEL = "补充小节标题";
export const EXTRA_BODY_LABEL = "补充小节正文";
/** Empty added sub-items left for the user after the ones in the data. */
export const EXTRA_SPARE_SLOTS = 3;

const CONTACT_FIELDS: { key: keyof ContactInfo; label: string }[] = [
  { key: "office", label: "联系机构" },
  { key: "address", label: "地址" },
  { key: "postcode", label: "邮编" },
  { key: "phone", label: "电话" },
  { key: "fax", label: "传真" },
  { key: "email", label: "电子邮箱" },
  { key: "website", label: "网址" },
];

const section = (key: string) => FORMAT_2021.sections.find((s) => s.key === key)!.title;

/** The rows of 报告信息 before the added sub-items. */
export const INFO_HEAD: (InfoField | InfoHeading)[] = [
  { heading: "基本信息" },
  { key: "agency", label: "机关名称", kind: "text" },
  { key: "year", label: "报告年度", kind: "year" },
  { key: "publishDate", label: "发布日期", kind: "date" },
  { heading: "联系方式" },
  ...CONTACT_FIELDS.map((c): InfoField => ({ key: `contact.${c.key}`, label: c.label, kind: "text" })),
  { heading: "信息处理费" },
  { key: "processingFees.noticesIssued", label: "信息处理费：收费通知件数", kind: "count" },
  { key: "processingFees.collectedYuan", label: "信息处理费：实收金额（元）", kind: "yuan" },
  { heading: section("overview") },
  { key: "text.overviewIntro", label: "总体情况导语", kind: "longText" },
  ...FORMAT_2021.overviewItems.map((o): InfoField => ({ key: `text.overview.${o.key}`, label: o.title, kind: "longText" })),
];

/** The rows of 报告信息 after the added sub-items. */
export const INFO_TAIL: InfoField[] = [
  { key: "text.problems", label: section("problems"), kind: "longText" },
  { key: "text.otherMatters", label: section("other_matters"), kind: "longText" },
];

const INFO_TITLE = "报告信息";
const INFO_TITLE_NOTE = "请在右列浅黄色单元格中填写；统计数字请填在“统计表”工作表。文字可整段粘贴，段落之间用换行（Alt+Enter）分隔。";
const isHeading = (x: InfoField | InfoHeading): x is InfoHeading => "heading" in x;

function infoFieldValue(data: ReportData, key: InfoFieldKey): RawValue {
  if (key === "agency") return data.agency;
  if (key === "year") return data.year;
  if (key === "publishDate") return data.publishDate;
  if (key.startsWith("contact.")) return data.contact[key.slice(8) as keyof ContactInfo];
  if (key === "processingFees.noticesIssued") return data.processingFees.noticesIssued;
  if (key === "processingFees.collectedYuan") return data.processingFees.collectedYuan;
  if (key === "text.overviewIntro") return data.text.overviewIntro;
  if (key.startsWith("text.overview.")) return data.text.overview[key.slice(14) as OverviewItemKey];
  if (key === "text.problems") return data.text.problems;
  return data.text.otherMatters;
}

// ───────────────────────────── values ─────────────────────────────

/** A report value as written to a cell: blank (`null` or `""`) stays blank; numbers and text are written as given. */
export function toRaw(v: RawValue | undefined): RawValue {
  return v === undefined || v === "" ? null : v;
}

/** A cell's raw value as report data: empty → `null`, a boolean → `TRUE`/`FALSE`, anything else as shown. */
export function toCellValue(raw: RawValue): CellValue {
  if (raw === null || raw === "") return null;
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return raw;
}

// ───────────────────────────── the insert plan ─────────────────────────────

/** A rectangle of input cells of one kind, in table coordinates. */
interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
  kind: CellKind;
}

/** Group a table's input cells into rectangles of one kind, so styles and validations take few operations. */
function inputRects(def: TableDef): Rect[] {
  const inputs = def.cells.filter((c) => c.role === "input");
  const kindOf = (c: LayoutCell) => findInputCell(c.key!)!.kind;
  const rects: Rect[] = [];
  const singles = inputs.filter((c) => c.rowSpan === 1 && c.colSpan === 1).sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of inputs.filter((x) => x.rowSpan > 1 || x.colSpan > 1))
    rects.push({ row: c.row, col: c.col, rows: c.rowSpan, cols: c.colSpan, kind: kindOf(c) });
  const runs: Rect[] = [];
  for (const c of singles) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.col + last.cols === c.col && last.kind === kindOf(c)) last.cols++;
    else runs.push({ row: c.row, col: c.col, rows: 1, cols: 1, kind: kindOf(c) });
  }
  for (const run of runs) {
    const above = rects.find(
      (r) => r.col === run.col && r.cols === run.cols && r.kind === run.kind && r.row + r.rows === run.row && r.rows >= 1,
    );
    if (above) above.rows++;
    else rects.push({ ...run });
  }
  return rects;
}

/** Display width of a text in Excel character units (CJK characters count two). */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

/** Absolute A1 references of a set of cells, contiguous runs joined (`$D$25:$D$46`, `$D$21:$I$21,$J$21`). */
function absRefs(cells: { row: number; col: number }[]): string {
  const abs = (row: number, col: number) => a1({ row, col, rows: 1, cols: 1 }).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const runs = (vertical: boolean): string[] => {
    const major = (c: { row: number; col: number }) => (vertical ? c.col : c.row);
    const minor = (c: { row: number; col: number }) => (vertical ? c.row : c.col);
    const sorted = [...cells].sort((a, b) => major(a) - major(b) || minor(a) - minor(b));
    const parts: string[] = [];
    let start = sorted[0];
    let prev = sorted[0];
    for (const c of [...sorted.slice(1), null]) {
      if (c && major(c) === major(prev) && minor(c) === minor(prev) + 1) {
        prev = c;
        continue;
      }
      parts.push(start === prev ? abs(start.row, start.col) : `${abs(start.row, start.col)}:${abs(prev.row, prev.col)}`);
      if (c) start = prev = c;
    }
    return parts;
  };
  const across = runs(false);
  const down = runs(true);
  return (down.length < across.length ? down : across).join(",");
}

function tableOps(def: TableDef, range: RangeRef, data: ReportData | undefined, name: string): WriteOp[] {
  const ops: WriteOp[] = [];
  const sheet = range.sheet;
  const at = (r: number, c: number, rows = 1, cols = 1): RangeRef => ({ sheet, row: range.row + r, col: range.col + c, rows, cols });
  const grid: RawValue[][] = Array.from({ length: def.rows }, () => new Array<RawValue>(def.cols).fill(null));
  for (const c of def.cells) grid[c.row][c.col] = c.role === "input" ? (data ? toRaw(data.values[c.key!]) : null) : (c.text ?? null);
  ops.push({ op: "values", range, values: grid });
  for (const c of def.cells) if (c.rowSpan > 1 || c.colSpan > 1) ops.push({ op: "merge", range: at(c.row, c.col, c.rowSpan, c.colSpan) });
  ops.push({
    op: "style",
    range,
    style: { border: true, wrap: true, vertical: "center", horizontal: "center", fontSize: 10, locked: true },
  });
  for (const c of def.cells) {
    if (c.role === "header" || c.role === "caption")
      ops.push({ op: "style", range: at(c.row, c.col, c.rowSpan, c.colSpan), style: { bold: true } });
    if (c.role === "label" && c.rowSpan === 1)
      ops.push({ op: "style", range: at(c.row, c.col, c.rowSpan, c.colSpan), style: { horizontal: "left" } });
  }
  for (const r of inputRects(def)) {
    const rr = at(r.row, r.col, r.rows, r.cols);
    ops.push({
      op: "style",
      range: rr,
      style: { fill: INPUT_FILL, locked: false, numberFormat: r.kind === "amount" ? AMOUNT_FORMAT : COUNT_FORMAT },
    });
    ops.push({ op: "validation", range: rr, rule: VALIDATION[r.kind] });
    ops.push({
      op: "conditionalFormat",
      range: rr,
      formula: `=AND(${a1(at(r.row, r.col))}<>"",NOT(ISNUMBER(${a1(at(r.row, r.col))})))`,
      style: { ...ALERT_STYLE },
    });
  }
  // Rows whose one-row labels need more than one line.
  for (let r = 0; r < def.rows; r++) {
    let lines = 1;
    for (const c of def.cells.filter((x) => x.row === r && x.rowSpan === 1 && x.text)) {
      const width = TABLE_SHEET_WIDTHS.slice(range.col + c.col, range.col + c.col + c.colSpan).reduce((a, b) => a + b, 0);
      lines = Math.max(lines, Math.ceil(textWidth(c.text!) / Math.max(1, width - 1)));
    }
    if (lines > 1) ops.push({ op: "rowHeight", sheet, row: range.row + r, height: 14 * lines + 4 });
  }
  ops.push({ op: "name", name, range });
  return ops;
}

/** Conditional formats that mark a broken total (H1–H4) where Excel itself keeps them current. */
function equationFormats(placements: TablePlacement[]): WriteOp[] {
  const pos = new Map<CellKey, { row: number; col: number }>();
  for (const p of placements)
    for (const c of FORMAT_2021.tables[p.table].cells)
      if (c.role === "input") pos.set(c.key!, { row: p.range.row + c.row, col: p.range.col + c.col });
  return allEquations().map(({ equation }) => {
    const all = [...equation.left, ...equation.right].map((k) => pos.get(k)!);
    const target = pos.get(equation.total ?? equation.right[equation.right.length - 1])!;
    const left = absRefs(equation.left.map((k) => pos.get(k)!));
    const right = absRefs(equation.right.map((k) => pos.get(k)!));
    return {
      op: "conditionalFormat",
      range: { sheet: placements[0].range.sheet, row: target.row, col: target.col, rows: 1, cols: 1 },
      formula: `=AND(COUNT(${absRefs(all)})=${all.length},SUM(${left})<>SUM(${right}))`,
      style: { ...ALERT_STYLE, bold: true },
    };
  });
}

/** The mark a check cell shows when its equation does not hold. */
export const CHECK_MARK = "✗";
/** Font of the check cells: dark red, bold, small. */
const CHECK_STYLE: CellStyle = { fontColor: "#C00000", bold: true, fontSize: 9, horizontal: "left", vertical: "center", wrap: true, locked: true };

/** One check cell: where it is, its formula, and the equations it watches. */
export interface CheckCell {
  range: RangeRef;
  /** An Excel formula that shows "" when every watched equation holds, else `✗ 应为 5` / `✗ 差 +1`. */
  formula: string;
  equations: string[];
}

/**
 * The in-cell check markers: a formula cell per sum equation (H1–H4) that shows a ✗ and the right value when the
 * equation breaks, so a broken total is marked in the sheet itself (a symbol and a number, not only a colour) even
 * with the pane closed or in an Excel without the add-in.
 *
 * Placement, outside every named table block (so reading and the shape checks never see them): 表三's row equations
 * (H1) in the column right of 表三 (K), its column equations (H2, H3) in the row under 表三, 表四's group totals (H4)
 * in the row under 表四 below each 总计. Several equations on one cell are joined.
 */
export function checkCells(placements: TablePlacement[]): CheckCell[] {
  const pos = new Map<CellKey, { row: number; col: number }>();
  for (const p of placements)
    for (const c of FORMAT_2021.tables[p.table].cells)
      if (c.role === "input") pos.set(c.key!, { row: p.range.row + c.row, col: p.range.col + c.col });
  const cell = (k: CellKey) => a1({ ...pos.get(k)!, rows: 1, cols: 1 });
  const byCell = new Map<string, CheckCell & { parts: string[] }>();
  for (const { equation } of allEquations()) {
    const p = placements.find((x) => x.table === equation.table)!;
    const all = [...equation.left, ...equation.right].map((k) => pos.get(k)!);
    const oneRow = all.every((c) => c.row === all[0].row);
    const anchor = pos.get(equation.total ?? equation.left[0])!;
    const at =
      equation.table === "table3" && oneRow
        ? { row: anchor.row, col: p.range.col + p.range.cols }
        : { row: p.range.row + p.range.rows, col: anchor.col };
    const sumRight = `SUM(${absRefs(equation.right.map((k) => pos.get(k)!))})`;
    let part: string;
    if (equation.total && equation.left.length === 1) {
      const total = cell(equation.total);
      part = `IF(${total}=${sumRight},"","${CHECK_MARK} 应为 "&${sumRight}&" ")`;
    } else {
      const sumLeft = `SUM(${absRefs(equation.left.map((k) => pos.get(k)!))})`;
      part = `IF(OR(COUNT(${absRefs(all)})<${all.length},${sumLeft}=${sumRight}),"","${CHECK_MARK} 差 "&TEXT(${sumLeft}-${sumRight},"+0;-0")&" ")`;
    }
    const key = `${at.row}:${at.col}`;
    const existing = byCell.get(key);
    if (existing) {
      existing.parts.push(part);
      existing.equations.push(equation.id);
    } else
      byCell.set(key, { range: { sheet: p.range.sheet, row: at.row, col: at.col, rows: 1, cols: 1 }, formula: "", equations: [equation.id], parts: [part] });
  }
  return [...byCell.values()].map(({ parts, ...c }) => ({ ...c, formula: `=${parts.join("&")}` }));
}

/** Write the check cells, their captions and style (locked, dark red), once at insertion. */
function checkMarkerOps(placements: TablePlacement[]): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const c of checkCells(placements)) {
    ops.push({ op: "formulas", range: c.range, formulas: [[c.formula]] });
    ops.push({ op: "style", range: c.range, style: CHECK_STYLE });
  }
  const caption = (sheet: string, row: number, col: number, text: string): WriteOp[] => [
    { op: "values", range: { sheet, row, col, rows: 1, cols: 1 }, values: [[text]] },
    { op: "style", range: { sheet, row, col, rows: 1, cols: 1 }, style: { ...CHECK_STYLE, fontColor: "#595959", bold: false, wrap: false } },
  ];
  for (const p of placements) {
    const { sheet, row, col, rows, cols } = p.range;
    if (p.table === "table3") {
      ops.push(...caption(sheet, row, col + cols, "校验"));
      ops.push(...caption(sheet, row + rows, col, `校验：合计不符时本行和右侧 K 列显示 ${CHECK_MARK} 和应填的数`));
    }
    if (p.table === "table4") ops.push(...caption(sheet, row + rows, col - 1, "校验"));
  }
  return ops;
}

/** The rows of the metadata block: key/value rows, then a header and one row per 说明. */
export function metaBlock(extra: Record<string, unknown>, explanations: Explanation[]): RawValue[][] {
  return [
    ["键", "值", "", ""],
    ["format", FORMAT_2021.id, null, null],
    ["layout_version", LAYOUT_VERSION, null, null],
    ["created_by", CREATED_BY, null, null],
    ["extra", Object.keys(extra).length > 0 ? JSON.stringify(extra) : null, null, null],
    ["说明", "finding", "text", "at"],
    ...explanations.map((e): RawValue[] => ["explanation", e.findingId, toRaw(e.text), toRaw(e.at)]),
  ];
}

/** The rows of 报告信息 for some data: [label, value, kind] per row; headings have kind `heading`. */
function infoRows(data: ReportData | undefined): { label: string; value: RawValue; kind: InfoFieldKind | "heading" | "title" }[] {
  const rows: { label: string; value: RawValue; kind: InfoFieldKind | "heading" | "title" }[] = [
    { label: INFO_TITLE, value: INFO_TITLE_NOTE, kind: "title" },
  ];
  for (const f of INFO_HEAD)
    rows.push(isHeading(f) ? { label: f.heading, value: null, kind: "heading" } : { label: f.label, value: data ? toRaw(infoFieldValue(data, f.key)) : null, kind: f.kind });
  const extras = data?.text.overviewExtra ?? [];
  for (let i = 0; i < extras.length + EXTRA_SPARE_SLOTS; i++) {
    rows.push({ label: EXTRA_TITLE_LABEL, value: toRaw(extras[i]?.title), kind: "text" });
    rows.push({ label: EXTRA_BODY_LABEL, value: toRaw(extras[i]?.body), kind: "longText" });
  }
  for (const f of INFO_TAIL) rows.push({ label: f.label, value: data ? toRaw(infoFieldValue(data, f.key)) : null, kind: f.kind });
  return rows;
}

const INFO_VALIDATION: Partial<Record<InfoFieldKind, ValidationRule>> = {
  year: {
    type: "wholeNumber",
    min: 2000,
    promptTitle: "填写报告年度",
    prompt: "统计数据所属的年度，例如 2024（不是发布年份）。",
    errorTitle: "年度不对",
    error: "请填写四位数的年份，例如 2024。",
  },
  count: {
    type: "wholeNumber",
    min: 0,
    promptTitle: "填写件数",
    prompt: "本年度发出的收费通知件数（件）；没有的填 0。",
    errorTitle: "只能填写整数",
    error: "此处只能填写大于或等于 0 的整数（件）。",
  },
  yuan: {
    type: "decimal",
    min: 0,
    promptTitle: "填写金额（元）",
    prompt: "本年度实际收取的信息处理费，单位：元；没有的填 0。",
    errorTitle: "只能填写金额",
    error: "此处只能填写大于或等于 0 的数（单位：元）。",
  },
};

function infoOps(data: ReportData | undefined, set: ReportSet): WriteOp[] {
  const sheet = set.infoSheet;
  const rows = infoRows(data);
  const block: RangeRef = { sheet, row: 0, col: 0, rows: rows.length, cols: 2 };
  const ops: WriteOp[] = [
    { op: "columnWidth", sheet, col: 0, width: 30 },
    { op: "columnWidth", sheet, col: 1, width: 90 },
    { op: "values", range: block, values: rows.map((r) => [r.label, r.value]) },
    { op: "style", range: block, style: { border: true, wrap: true, vertical: "top", fontSize: 11, locked: true } },
    { op: "style", range: { sheet, row: 0, col: 0, rows: rows.length, cols: 1 }, style: { fill: LABEL_FILL, bold: true } },
  ];
  rows.forEach((r, i) => {
    const cell: RangeRef = { sheet, row: i, col: 1, rows: 1, cols: 1 };
    if (r.kind === "title") {
      ops.push({ op: "style", range: { sheet, row: i, col: 0, rows: 1, cols: 1 }, style: { fontSize: 14 } });
      ops.push({ op: "style", range: cell, style: { fontColor: "#595959" } });
      ops.push({ op: "rowHeight", sheet, row: i, height: 32 });
      return;
    }
    if (r.kind === "heading") {
      ops.push({ op: "style", range: { sheet, row: i, col: 0, rows: 1, cols: 2 }, style: { fill: "#D9E1F2" } });
      return;
    }
    const numberFormat = r.kind === "year" || r.kind === "count" ? "0" : r.kind === "yuan" ? "0.00" : "@";
    ops.push({ op: "style", range: cell, style: { fill: INPUT_FILL, locked: false, numberFormat } });
    const v = INFO_VALIDATION[r.kind];
    if (v) ops.push({ op: "validation", range: cell, rule: v });
    if (r.kind === "longText") ops.push({ op: "rowHeight", sheet, row: i, height: 80 });
  });
  ops.push(
    { op: "pageSetup", sheet, setup: { paper: "A4", orientation: "portrait", fitToWidth: true } },
    { op: "name", name: set.infoName, range: block },
    { op: "protect", sheet },
  );
  return ops;
}

/**
 * Every operation that creates the report's three sheets from nothing, in one batch: 统计表 with 表二–表四 (labels,
 * merges, borders, widths, input fills, number formats, validations, conditional formats for H1–H4 and non-numbers,
 * names, protection), 报告信息 (labelled inputs, protected) and the veryHidden `_年报助手` (metadata, 说明).
 *
 * The three `addSheet` operations come first, so on a workbook that already has one of the sheets the batch fails
 * before anything is written.
 *
 * @param data values to write into the input cells and fields; strings are written as typed ("/", "12件"), blank
 *   stays blank. Without data every input is blank.
 */
export function planInsert(data?: ReportData, set: ReportSet = reportSet()): WriteOp[] {
  const placements = tablePlacements(set);
  const ops: WriteOp[] = set.sheets.map((sheet): WriteOp => ({ op: "addSheet", sheet }));
  const t = set.tablesSheet;
  TABLE_SHEET_WIDTHS.forEach((width, col) => ops.push({ op: "columnWidth", sheet: t, col, width }));
  const title = `政府信息公开工作年度报告统计表（${FORMAT_2021.source}格式）`;
  const note =
    "浅黄色单元格为填报单元格：数量填整数（件），行政事业性收费填金额（万元，可有小数）；没有发生的填 0，不要留空或填“/”。标签单元格已保护（无密码）。";
  ops.push(
    { op: "values", range: { sheet: t, row: TITLE_ROW, col: 0, rows: 1, cols: 1 }, values: [[title]] },
    { op: "merge", range: { sheet: t, row: TITLE_ROW, col: 0, rows: 1, cols: TITLE_COLS } },
    { op: "style", range: { sheet: t, row: TITLE_ROW, col: 0, rows: 1, cols: TITLE_COLS }, style: { bold: true, fontSize: 16, horizontal: "center", vertical: "center" } },
    { op: "rowHeight", sheet: t, row: TITLE_ROW, height: 30 },
    { op: "values", range: { sheet: t, row: NOTE_ROW, col: 0, rows: 1, cols: 1 }, values: [[note]] },
    { op: "merge", range: { sheet: t, row: NOTE_ROW, col: 0, rows: 1, cols: TITLE_COLS } },
    { op: "style", range: { sheet: t, row: NOTE_ROW, col: 0, rows: 1, cols: TITLE_COLS }, style: { wrap: true, fontSize: 10, fontColor: "#595959", vertical: "center" } },
    { op: "rowHeight", sheet: t, row: NOTE_ROW, height: 30 },
  );
  for (const p of placements) {
    ops.push(
      { op: "values", range: { sheet: t, row: p.headingRow, col: 0, rows: 1, cols: 1 }, values: [[p.heading]] },
      { op: "style", range: { sheet: t, row: p.headingRow, col: 0, rows: 1, cols: 1 }, style: { bold: true, fontSize: 12 } },
      ...tableOps(FORMAT_2021.tables[p.table], p.range, data, set.tableNames[p.table]),
    );
  }
  ops.push(
    ...equationFormats(placements),
    ...checkMarkerOps(placements),
    { op: "pageSetup", sheet: t, setup: { paper: "A4", orientation: "landscape", fitToWidth: true } },
    { op: "protect", sheet: t },
  );
  ops.push(...infoOps(data, set));
  const meta = metaBlock(data?.extra ?? {}, data?.explanations ?? []);
  const metaRange: RangeRef = { sheet: set.metaSheet, row: 0, col: 0, rows: meta.length, cols: 4 };
  ops.push(
    { op: "values", range: metaRange, values: meta },
    { op: "name", name: set.metaName, range: metaRange },
    { op: "sheetVisibility", sheet: set.metaSheet, visibility: "veryHidden" },
  );
  return ops;
}

/**
 * Insert the report's sheets into a workbook in one `apply` (one batch: one sync in memory and .xlsx; in Excel a
 * read of the existing names comes first, see office.ts).
 * @throws WorkbookError from the port, e.g. when a sheet of that name already exists (nothing is written then).
 */
export async function insertReport(port: WorkbookPort, data?: ReportData, set: ReportSet = reportSet()): Promise<void> {
  await port.apply(planInsert(data, set));
}

// ───────────────────────────── reading ─────────────────────────────

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

/** What `readReport` returns. */
export interface ReadResult {
  /** The set read (1 for the first; see `reportSet`). */
  set: number;
  /** The report as read; the values of a table with a layout problem are left blank. */
  data: ReportData;
  problems: LayoutProblem[];
  /** Where each input cell is now (single cell; for a merged input its top-left), for tables read without problems. */
  cells: Record<CellKey, RangeRef>;
  /** Where each table's grid is now, `null` when its name is missing. */
  tables: Record<TableKey, RangeRef | null>;
  /** Whether each table's values were read (name found, shape and labels as in the format). */
  tablesRead: Record<TableKey, boolean>;
  /** The 报告信息 block and the cell of each of its fields, where they are now. */
  info: RangeRef | null;
  infoCells: Partial<Record<InfoFieldKey, RangeRef>>;
  /** The metadata block, `null` when missing. */
  meta: RangeRef | null;
  /** The layout version recorded in the workbook, `null` when unknown. */
  layoutVersion: number | null;
}

/**
 * Read the whole report in one round trip (`port.readNamed` of every layout name), then map it with
 * `readReportFromNamed`.
 */
export async function readReport(port: WorkbookPort, set: ReportSet = reportSet()): Promise<ReadResult> {
  return readReportFromNamed(await port.readNamed(set.names), set);
}

const single = (sheet: string, row: number, col: number): RangeRef => ({ sheet, row, col, rows: 1, cols: 1 });

/** Excel date serial → `YYYY-MM-DD` (serials from 1900-03-01 on). */
function serialToDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000);
  return d.toISOString().slice(0, 10);
}

function readInfo(read: NamedRead, data: ReportData, problems: LayoutProblem[], infoCells: ReadResult["infoCells"]): void {
  const fields = new Map<string, InfoField>();
  for (const f of [...INFO_HEAD, ...INFO_TAIL]) if (!isHeading(f)) fields.set(normalizeLabel(f.label), f);
  const headings = new Set([INFO_TITLE, ...INFO_HEAD.filter(isHeading).map((h) => h.heading)].map(normalizeLabel));
  const seen = new Set<InfoFieldKey>();
  const extras: { title: string; body: string }[] = [];
  const at = (i: number) => a1(single(read.range.sheet, read.range.row + i, read.range.col));
  read.values.forEach((row, i) => {
    const label = normalizeLabel(shownText(row[0] ?? null));
    const raw = row.length > 1 ? row[1] : null;
    const text = raw === null ? "" : shownText(raw);
    if (label === "" && text === "") return;
    if (headings.has(label)) return;
    if (label === normalizeLabel(EXTRA_TITLE_LABEL)) {
      extras.push({ title: text, body: "" });
      return;
    }
    if (label === normalizeLabel(EXTRA_BODY_LABEL)) {
      if (extras.length === 0 || extras[extras.length - 1].body !== "") extras.push({ title: "", body: text });
      else extras[extras.length - 1].body = text;
      return;
    }
    const f = fields.get(label);
    if (!f) {
      if (text !== "")
        problems.push({
          kind: "label_changed",
          message: `“${read.range.sheet}”第 ${read.range.row + i + 1} 行的标签“${shownText(row[0] ?? null)}”（${at(i)}）不是报告信息的字段，右侧内容未读取；请改回原标签。`,
        });
      return;
    }
    seen.add(f.key);
    infoCells[f.key] = single(read.range.sheet, read.range.row + i, read.range.col + 1);
    setInfoField(data, f, raw, problems, `“${read.range.sheet}”的“${f.label}”`);
  });
  data.text.overviewExtra = extras.filter((x) => x.title !== "" || x.body !== "");
  const missing = [...INFO_HEAD, ...INFO_TAIL].filter((f): f is InfoField => !isHeading(f) && !seen.has(f.key));
  if (missing.length > 0)
    problems.push({
      kind: "label_changed",
      message: `“${read.range.sheet}”中找不到${missing.map((f) => `“${f.label}”`).join("、")}一行，这些内容按空白处理；请恢复该行的标签。`,
    });
}

function setInfoField(data: ReportData, f: InfoField, raw: RawValue, problems: LayoutProblem[], where: string): void {
  const text = raw === null ? "" : shownText(raw);
  switch (f.kind) {
    case "year": {
      if (raw === null || text.trim() === "") return;
      const m = /^\s*(\d{4})\s*年?\s*$/.exec(text);
      if (typeof raw === "number" && Number.isInteger(raw)) data.year = raw;
      else if (m) data.year = Number(m[1]);
      else problems.push({ kind: "bad_value", message: `${where}应为四位数年份（如 2024），现为“${text}”，未读取。` });
      return;
    }
    case "date":
      data.publishDate = typeof raw === "number" && raw > 20000 && raw < 80000 ? serialToDate(raw) : text;
      return;
    case "count":
    case "yuan": {
      const v = toCellValue(raw);
      if (f.key === "processingFees.noticesIssued") data.processingFees.noticesIssued = v;
      else data.processingFees.collectedYuan = v;
      return;
    }
    default:
      break;
  }
  const key = f.key;
  if (key === "agency") data.agency = text;
  else if (key.startsWith("contact.")) data.contact[key.slice(8) as keyof ContactInfo] = text;
  else if (key === "text.overviewIntro") data.text.overviewIntro = text;
  else if (key.startsWith("text.overview.")) data.text.overview[key.slice(14) as OverviewItemKey] = text;
  else if (key === "text.problems") data.text.problems = text;
  else if (key === "text.otherMatters") data.text.otherMatters = text;
}

function readMeta(read: NamedRead, data: ReportData, problems: LayoutProblem[]): number | null {
  const kv = new Map<string, RawValue>();
  for (const row of read.values) {
    const k = shownText(row[0] ?? null);
    if (k === "explanation") {
      const findingId = shownText(row[1] ?? null);
      if (findingId !== "") data.explanations.push({ findingId, text: shownText(row[2] ?? null), at: shownText(row[3] ?? null) });
    } else if (k !== "") kv.set(k, row[1] ?? null);
  }
  const format = kv.get("format");
  if (format === undefined || format === null) {
    problems.push({ kind: "meta_missing", message: `元数据（工作表“${read.range.sheet}”）中没有记录格式年份，按 2021 格式读取。` });
  } else if (shownText(format) !== FORMAT_2021.id) {
    problems.push({
      kind: "wrong_format",
      message: `此工作簿记录的报表格式为“${shownText(format)}”，本工具只支持 2021 格式（${FORMAT_2021.source}）；读出的数据可能不对。`,
    });
  }
  const version = kv.get("layout_version");
  const v = typeof version === "number" ? version : version ? Number(shownText(version)) : NaN;
  if (Number.isFinite(v) && v > LAYOUT_VERSION) {
    problems.push({
      kind: "wrong_format",
      message: `此工作簿由更新版本的年报助手创建（布局版本 ${v}，本版本只认识到 ${LAYOUT_VERSION}），请升级后再打开。`,
    });
  }
  const extra = kv.get("extra");
  if (typeof extra === "string" && extra.trim() !== "") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(extra);
    } catch {
      parsed = undefined;
    }
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) data.extra = parsed as Record<string, unknown>;
    else problems.push({ kind: "meta_missing", message: `元数据中保存的其他字段（extra）已损坏，未读取。` });
  }
  return Number.isFinite(v) ? v : null;
}

/**
 * Map what `readNamed(ALL_NAMES)` returned to report data, with every layout problem found. Pure: the Office adapter
 * and the pane call it on their own reads.
 *
 * For each table: a missing name is `missing_name` (all three missing: one `missing_sheet`); a changed shape
 * (rows or columns inserted or deleted inside it) is `shape_changed`, naming the missing or extra rows; a label that
 * differs from the format (after `normalizeLabel`) is `label_changed`, naming the cell, expected and found. Such a
 * table's values are left blank, never read from shifted positions. Tables found on a sheet not named `统计表` are
 * read (the names followed the rename) and reported as `missing_sheet`.
 */
export function readReportFromNamed(reads: Record<string, NamedRead | null | undefined>, set: ReportSet = reportSet()): ReadResult {
  const data = emptyReport();
  const problems: LayoutProblem[] = [];
  const cells: Record<CellKey, RangeRef> = {};
  const tables = { table2: null, table3: null, table4: null } as Record<TableKey, RangeRef | null>;
  const tablesRead = { table2: false, table3: false, table4: false } as Record<TableKey, boolean>;
  const missing: TableDef[] = [];
  const otherSheets = new Set<string>();

  for (const def of tablesOf(FORMAT_2021)) {
    const read = reads[set.tableNames[def.key]] ?? null;
    if (!read) {
      missing.push(def);
      continue;
    }
    const { range, values } = read;
    tables[def.key] = { ...range };
    if (range.sheet !== set.tablesSheet) otherSheets.add(range.sheet);
    if (values.length !== range.rows || values.some((r) => r.length !== range.cols)) {
      problems.push({ kind: "shape_changed", table: def.key, message: `${def.shortName}读到的数据与其区域 ${a1(range)} 大小不符，未读取。` });
      continue;
    }
    const defects = checkTableBlock(def, range, values);
    if (defects.length > 0) {
      for (const d of defects) problems.push({ kind: d.kind, table: def.key, message: d.message });
      continue;
    }
    tablesRead[def.key] = true;
    for (const c of def.cells) {
      if (c.role !== "input") continue;
      data.values[c.key!] = toCellValue(values[c.row][c.col]);
      cells[c.key!] = single(range.sheet, range.row + c.row, range.col + c.col);
    }
  }
  if (missing.length === 3) {
    problems.push({
      kind: "missing_sheet",
      message: `工作簿中找不到年报统计表：名称 ${set.tableNames.table2}、${set.tableNames.table3}、${set.tableNames.table4} 都不存在或已失效（工作表“${set.tablesSheet}”可能被删除，或尚未插入报表）。请先插入报表。`,
    });
  } else {
    for (const def of missing)
      problems.push({
        kind: "missing_name",
        table: def.key,
        message: `找不到${def.shortName}：名称 ${set.tableNames[def.key]} 不存在或已失效（${def.shortName}的全部行可能被删除）。${def.shortName}的数据未读取；请用“修复表格”重建。`,
      });
  }
  for (const s of otherSheets)
    problems.push({
      kind: "missing_sheet",
      message: `找不到工作表“${set.tablesSheet}”：统计表现在位于工作表“${s}”（可能已改名）。数据仍按名称读取；建议把工作表名改回“${set.tablesSheet}”，或点击“修复表格”。`,
    });

  const infoCells: ReadResult["infoCells"] = {};
  const infoRead = reads[set.infoName] ?? null;
  if (infoRead) readInfo(infoRead, data, problems, infoCells);
  else
    problems.push({
      kind: "missing_name",
      message: `找不到报告信息：名称 ${set.infoName} 不存在或已失效（工作表“${set.infoSheet}”可能被删除）。机关名称、联系方式和正文未读取。`,
    });

  const metaRead = reads[set.metaName] ?? null;
  let layoutVersion: number | null = null;
  if (metaRead) layoutVersion = readMeta(metaRead, data, problems);
  else
    problems.push({
      kind: "meta_missing",
      message: `找不到年报助手的元数据（隐藏工作表“${set.metaSheet}”或名称 ${set.metaName}）：无法确认格式年份和布局版本，按 2021 格式读取；已保存的说明无法读取。`,
    });

  return {
    set: set.index,
    data,
    problems,
    cells,
    tables,
    tablesRead,
    info: infoRead ? { ...infoRead.range } : null,
    infoCells,
    meta: metaRead ? { ...metaRead.range } : null,
    layoutVersion,
  };
}

// ───────────────────────────── helpers for the pane ─────────────────────────────

/** Where an input cell is now, or `null` when its table was not read. */
export function cellRange(result: ReadResult, key: CellKey): RangeRef | null {
  return result.cells[key] ?? null;
}

/**
 * The cells of a finding, grouped by sheet, for `port.select` (which takes blocks on one sheet). Keys whose table was
 * not read are left out.
 */
export function cellRanges(result: ReadResult, keys: CellKey[]): RangeRef[] {
  return keys.map((k) => result.cells[k]).filter((r): r is RangeRef => r !== undefined);
}

/** Where a 报告信息 field is now, or `null`. */
export function infoCellRange(result: ReadResult, key: InfoFieldKey): RangeRef | null {
  return result.infoCells[key] ?? null;
}

// ───────────────────────────── writing ─────────────────────────────

/**
 * Operations writing values into input cells where they are now (one 1×1 `values` op per cell). Blank (`null`,
 * `""`) clears the cell; strings are written as typed. The caller asks the user before overwriting.
 * @throws WorkbookError naming the cell when a key is not an input cell or its table could not be read.
 */
export function planWriteValues(result: ReadResult, values: Record<CellKey, RawValue>): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const [key, v] of Object.entries(values)) {
    const def = findInputCell(key);
    if (!def) throw new WorkbookError(`“${key}”不是统计表的单元格`);
    const range = result.cells[key];
    if (!range)
      throw new WorkbookError(`无法写入“${displayName(key)}”：${FORMAT_2021.tables[def.table].shortName}的布局有问题或找不到，请先处理布局问题`);
    ops.push({ op: "values", range, values: [[v === "" ? null : v]] });
  }
  return ops;
}

/**
 * Operations replacing the 说明 kept in the metadata with `explanations` (the whole list), and moving NB_META to
 * cover them.
 * @throws WorkbookError when the metadata block was not found.
 */
export function planWriteExplanations(result: ReadResult, explanations: Explanation[]): WriteOp[] {
  const metaName = reportSet(result.set).metaName;
  if (!result.meta) throw new WorkbookError(`找不到年报助手的元数据（名称 ${metaName}），无法保存说明；请点击“修复表格”`);
  const old = result.meta;
  const block = metaBlock(result.data.extra, explanations);
  const cols = Math.max(old.cols, 4);
  const range: RangeRef = { sheet: old.sheet, row: old.row, col: old.col, rows: block.length, cols: 4 };
  const ops: WriteOp[] = [];
  ops.push({ op: "values", range: { ...old, cols }, values: Array.from({ length: old.rows }, () => new Array<RawValue>(cols).fill(null)) });
  ops.push({ op: "values", range, values: block });
  ops.push({ op: "name", name: metaName, range });
  return ops;
}

/** A style kept for callers that restyle input cells (the pane's "mark" command): the inserted input style. */
export function inputStyle(kind: CellKind): CellStyle {
  return { fill: INPUT_FILL, locked: false, numberFormat: kind === "amount" ? AMOUNT_FORMAT : COUNT_FORMAT };
}

// ───────────────────────────── repair ─────────────────────────────

/** Rows and columns of the old tables sheet copied into a backup (covers the three tables with room to spare). */
const BACKUP_ROWS = 150;
const BACKUP_COLS = 26;

/** A damaged table whose rows were found again by their labels (see `recoverRowsByLabel`). */
export interface RecoveredTable {
  table: TableKey;
  /** Data rows found and written back. */
  rows: number;
  /** Input cells written back from those rows. */
  cells: number;
  /** Rows left blank in the rebuilt table, to be entered again, e.g. `（二）部分公开`; with their cells. */
  lostRows: { name: string; cells: CellKey[] }[];
}

/** What 修复表格 (or 替换（保留已填数据）) will do; the pane shows it before `ops` are applied. */
export interface RepairPlan {
  /** The set rebuilt. */
  set: number;
  /** Tables rebuilt blank: name lost, columns or headers changed, or not one row found by its labels. */
  lostTables: TableKey[];
  /** Tables whose shape or labels changed but whose rows were found by their labels; the rest of their rows are blank. */
  recovered: RecoveredTable[];
  /** Input cells whose values are kept (written back into the rebuilt tables), recovered rows included. */
  keptCells: number;
  /** The sheets deleted before the set is inserted again. */
  deleted: string[];
  /** The values-only copy of the old tables sheet, made when a table could not be read and `backup` was asked for. */
  backupSheet: string | null;
  /** One batch: backup, delete, insert with the kept data. */
  ops: WriteOp[];
}

/** The first free sheet name `base 备份`, `base 备份2`, … */
function backupName(base: string, sheets: string[]): string {
  for (let i = 1; ; i++) {
    const name = `${base} 备份${i === 1 ? "" : i}`.slice(0, 31);
    if (!sheets.includes(name)) return name;
  }
}

/**
 * Plan rebuilding a set's sheets from the format (labels, merges, formats, validation, check cells, names,
 * protection) while keeping every value that can be placed: the inputs of every table that reads cleanly, the
 * 报告信息 fields, the 说明 and the other metadata.
 *
 * A table whose rows were deleted or inserted, or whose row label was typed over, cannot be placed by position; its
 * data rows are found again by their label paths (`recoverRowsByLabel`: only rows found exactly once, never a guess)
 * and written back, the other rows stay blank and are listed in `recovered[].lostRows`. A table with its name lost,
 * its columns or headers changed is rebuilt blank (`lostTables`). With `backup`, whenever a table could not be read
 * the old tables sheet is first copied (values only) to a new sheet `统计表 备份`, so nothing typed is lost.
 *
 * Reads the workbook (one `readNamed`, the sheet list, and the old sheet when a backup is made); writes nothing.
 */
export async function planRepair(port: WorkbookPort, options: { set?: number; backup?: boolean } = {}): Promise<RepairPlan> {
  const set = reportSet(options.set ?? 1);
  const reads = await port.readNamed(set.names);
  const read = readReportFromNamed(reads, set);
  const sheets = await port.listSheets();
  const unread = tablesOf(FORMAT_2021).filter((d) => !read.tablesRead[d.key]);
  const recovered: RecoveredTable[] = [];
  for (const def of unread) {
    const block = reads[set.tableNames[def.key]];
    if (!block) continue;
    const found = recoverRowsByLabel(def, block.values);
    if (found.refused !== null || found.recoveredRows === 0) continue;
    for (const [key, raw] of Object.entries(found.values)) read.data.values[key] = toCellValue(raw);
    recovered.push({ table: def.key, rows: found.recoveredRows, cells: Object.keys(found.values).length, lostRows: found.lostRows });
  }
  const lostTables = unread.map((d) => d.key).filter((k) => !recovered.some((r) => r.table === k));
  const tableSheets = new Set(Object.values(read.tables).filter((r): r is RangeRef => r !== null).map((r) => r.sheet));
  const deleted = sheets.filter((s) => set.sheets.includes(s) || tableSheets.has(s));
  const ops: WriteOp[] = [];
  let backupSheet: string | null = null;
  const anyUnreadWithValues = unread.length > 0 && [...tableSheets, set.tablesSheet].some((s) => sheets.includes(s));
  if (options.backup && anyUnreadWithValues) {
    const source = [...tableSheets].find((s) => sheets.includes(s)) ?? set.tablesSheet;
    const [block] = await port.readRanges([{ sheet: source, row: 0, col: 0, rows: BACKUP_ROWS, cols: BACKUP_COLS }]);
    if (block) {
      let rows = block.length;
      while (rows > 1 && block[rows - 1].every((v) => v === null)) rows--;
      let cols = 1;
      for (const row of block.slice(0, rows)) for (let c = row.length; c > cols; c--) if (row[c - 1] !== null) cols = c;
      backupSheet = backupName(source, sheets);
      const range: RangeRef = { sheet: backupSheet, row: 0, col: 0, rows, cols };
      ops.push(
        { op: "addSheet", sheet: backupSheet },
        { op: "values", range, values: block.slice(0, rows).map((r) => r.slice(0, cols)) },
      );
    }
  }
  for (const s of deleted) ops.push({ op: "deleteSheet", sheet: s });
  ops.push(...planInsert(read.data, set));
  const keptCells = Object.keys(read.cells).length + recovered.reduce((n, r) => n + r.cells, 0);
  return { set: set.index, lostTables, recovered, keptCells, deleted, backupSheet, ops };
}
