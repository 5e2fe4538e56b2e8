/**
 * From a document's text to report data: the format told from the labels, the three tables read row by row (values
 * recovered only where the arithmetic proves them), the text sections, the title, contact details and publication
 * date — with an account of what was read, recovered, left blank and printed differently from the format.
 */
import { displayName, printedLayouts, type CellKey, type FormatDef, type TableKey } from "../format";
import { emptyReport, type ReadProblem, type ReportData, type ReportRead } from "../report";
import { flatText, type ExtractedDocument } from "./document";
import { removeGeneratedText } from "./generated-text";
import { labelKey, project } from "./labels";
import { cellValueFromText, enumerateReadings, solveTable, type Reading, type RowReadings } from "./readings";
import { isoDate, locateSections, paragraphs, readContact, readTitle, type SectionHit } from "./sections";
import { splitOverview } from "./overview";
import { dropPageChrome } from "./page-chrome";
import { tableSpecs, type RowSpec, type TableSpec } from "./table-spec";
import { locateRows, quoted, type FoundRow } from "./table-text";

/** A row some of whose values the text did not show plainly and the arithmetic proved. */
export interface RecoveredRow {
  table: TableKey;
  /** The row's name and its values as printed. */
  row: string;
  printed: string;
  /** The recovered cells and their values. */
  cells: CellKey[];
  values: (number | string)[];
  /** How many of the row's cells the text does not show at all (dropped by the extraction); 0 when digits ran together. */
  missing: number;
  /** The note for the user, in Chinese. */
  note: string;
}

/** A row some of whose cells could not be read; they are left blank. */
export interface UndeterminedRow {
  table: TableKey;
  row: string;
  cells: CellKey[];
  printed: string;
  /** Why, in Chinese. */
  reason: string;
}

/** A printed label that differs from the format's beyond width and spaces (S8). */
export interface LabelDeviation {
  table: TableKey;
  row: string;
  cells: CellKey[];
  expected: string;
  actual: string;
}

/** A report read from a document. */
export interface ImportedReport {
  data: ReportData;
  /** The format told from the labels. */
  format: string;
  /** Cells whose value was read as printed (a number or text; blank cells are `printedBlank`). */
  readCells: number;
  /** Cells printed blank in the document, read as blank (未填写 in the check, not 无法确定). */
  printedBlank: number;
  recovered: RecoveredRow[];
  undetermined: UndeterminedRow[];
  deviations: LabelDeviation[];
  /** Other remarks for the user, in Chinese. */
  notes: string[];
  /**
   * The report as read, for the check pipeline (`checkReport`): the data, a `label_variant` problem (S8) per deviation
   * and an `undetermined` problem (rule `import`, 无法确定) per row that could not be read, whose cells are
   * `unreadCells`.
   */
  read: ReportRead;
}

/** Why a document cannot be read as a report, in Chinese (without the file's name). */
export class NotAReportError extends Error {
  /**
   * @param noReportTables true when the text shows none of the statistics tables' row labels of any format: it is no
   *   report at all (a note, a list), rather than a report that cannot be read.
   */
  constructor(
    message: string,
    readonly noReportTables = false,
  ) {
    super(message);
    this.name = "NotAReportError";
  }
}

interface TableRead {
  spec: TableSpec;
  rows: FoundRow[];
  /** Rows found by their label (or, for a row without one, with values). */
  found: number;
}

/** The places of the three tables: after their section's heading, up to the next section found. */
function tableRegions(flat: string, format: FormatDef, hits: (SectionHit | undefined)[]): Map<TableKey, [number, number]> {
  const regions = new Map<TableKey, [number, number]>();
  let previousEnd = hits[0]?.end ?? 0;
  format.sections.forEach((s, i) => {
    if (!s.table) return;
    const from = hits[i]?.end ?? previousEnd;
    const next = hits.slice(i + 1).find((h) => h !== undefined);
    const to = next ? next.start : flat.length;
    regions.set(s.table, [from, to]);
    previousEnd = to;
  });
  return regions;
}

function readTables(flat: string, format: FormatDef, reliable: boolean): { tables: TableRead[]; hits: (SectionHit | undefined)[] } {
  const hits = locateSections(flat, format);
  const regions = tableRegions(flat, format, hits);
  const tables = tableSpecs(format).map((spec) => {
    const [from, to] = regions.get(spec.key) ?? [0, flat.length];
    const rows = locateRows(flat, from, to, spec, reliable);
    const found = rows.filter((r) => r.label || (r.spec.label === undefined && r.chunks.length > 0)).length;
    return { spec, rows, found };
  });
  return { tables, hits };
}

/** The single reading of a row of real cells. */
function cellsReading(cells: string[]): Reading {
  // A blank cell is "" here: a known value that no equation can use, so nothing is ever filled into it.
  return cells.map((c) => ({ value: cellValueFromText(c) ?? "" }));
}

/** A row's name for messages: its cells' display name without the column (`表三（二）部分公开`), or the table's. */
function rowName(format: FormatDef, spec: TableSpec, row: RowSpec): string {
  if (row.label === undefined) return spec.shortName;
  return displayName(row.keys[0], format).replace(/·[^·]*$/, "");
}

function printedValues(row: FoundRow): string {
  return quoted(row.cells ? row.cells.join(" ") : row.chunks.map((c) => c.text).join(" "));
}

/**
 * Read a report from a document's text.
 * @param name the file's name, for messages.
 * @throws NotAReportError when no statistics table of any format is found, or the file holds two reports.
 */
export function readReportText(doc: ExtractedDocument): ImportedReport {
  const flat = flatText(doc);
  // Every format, and the formats that split （六）其他处理 as reports still print them with the single row.
  const candidates = printedLayouts().map((format) => ({ format, ...readTables(flat, format, doc.cellsReliable) }));
  // Rows found by their labels, less rows of the format the document does not have.
  const score = (c: (typeof candidates)[number]) => c.tables.reduce((n, t) => n + 2 * t.found - t.rows.length, 0);
  const found = (c: (typeof candidates)[number]) => c.tables.reduce((n, t) => n + t.found, 0);
  candidates.sort((a, b) => score(b) - score(a));
  const best = candidates[0];
  if (found(best) === 0) {
    throw new NotAReportError("没有找到政府信息公开工作年度报告的统计表（表二、表三、表四的行标签都找不到），不是年度报告或不是文字版", true);
  }
  const firstRow = best.tables.find((t) => t.spec.key === "table3")?.spec.rows[0]?.label;
  if (firstRow) {
    const key = labelKey(firstRow);
    const p = project(flat);
    const first = p.text.indexOf(key);
    if (first >= 0 && p.text.indexOf(key, first + key.length) >= 0) {
      throw new NotAReportError(`文件中有不止一份报告（“${firstRow}”出现了两次），请每个文件只放一份报告`);
    }
  }
  const { format, tables, hits } = best;
  const data = emptyReport(format);
  const result: ImportedReport = {
    data,
    format: format.id,
    readCells: 0,
    printedBlank: 0,
    recovered: [],
    undetermined: [],
    deviations: [],
    notes: [],
    read: { data, problems: [] },
  };

  for (const t of tables) {
    const rowsToSolve: RowReadings[] = [];
    const printed = new Map<CellKey, { row: string; printed: string }>();
    for (const row of t.rows) {
      const name = rowName(format, t.spec, row.spec);
      if (row.label && !row.label.exact) {
        result.deviations.push({ table: t.spec.key, row: name, cells: row.spec.keys, expected: row.spec.label!, actual: row.label.actual });
      }
      if (row.spec.label !== undefined && !row.label) {
        result.undetermined.push({ table: t.spec.key, row: name, cells: row.spec.keys, printed: "", reason: "找不到本行的标签" });
        continue;
      }
      if (row.ambiguous) {
        result.undetermined.push({ table: t.spec.key, row: name, cells: row.spec.keys, printed: printedValues(row), reason: row.ambiguous });
        continue;
      }
      // A row that prints no value at all is blank as printed (the seed's 规章 row), not undetermined.
      const { readings, truncated } = row.cells
        ? { readings: [cellsReading(row.cells)], truncated: false }
        : row.chunks.length === 0
          ? { readings: [row.spec.keys.map(() => ({ value: "" }))], truncated: false }
          : enumerateReadings(row.chunks, row.spec.kinds);
      const text = printedValues(row);
      if (readings.length === 0 || truncated) {
        const reason =
          truncated ? "数字连写，可能的读法过多" : `原文有多余的数字（本行应有 ${row.spec.keys.length} 个数）`;
        result.undetermined.push({ table: t.spec.key, row: name, cells: row.spec.keys, printed: text, reason });
        continue;
      }
      for (const k of row.spec.keys) printed.set(k, { row: name, printed: text });
      rowsToSolve.push({ keys: row.spec.keys, readings });
    }
    const solution = solveTable(rowsToSolve, t.spec.equations);
    for (const r of rowsToSolve) {
      const open = r.keys.filter((k) => solution.undetermined.has(k));
      const recovered: CellKey[] = [];
      for (const k of r.keys) {
        if (!solution.values.has(k)) continue;
        const v = solution.values.get(k)!;
        data.values[k] = v === "" ? null : v;
        if (solution.recovered.has(k)) recovered.push(k);
        else if (v === "") result.printedBlank++;
        else result.readCells++;
      }
      if (recovered.length > 0) {
        const info = printed.get(recovered[0])!;
        const missing = r.readings[0].filter((slot) => "unknown" in slot).length;
        const values = recovered.map((k) => solution.values.get(k)!);
        const shown = r.keys.map((k) => (solution.values.has(k) ? String(solution.values.get(k)) : "？")).join("、");
        const note =
          missing > 0
            ? `${info.row}：原文只有 ${r.keys.length - missing} 个数（缺 ${missing} 个，位置看不出），按勾稽关系各种读法都是 ${shown}`
            : `${info.row}：原文“${info.printed}”数字连写，按勾稽关系只能读作 ${shown}`;
        result.recovered.push({ table: t.spec.key, ...info, cells: recovered, values, missing, note });
      }
      const really = open;
      if (really.length > 0) {
        const info = printed.get(really[0])!;
        result.undetermined.push({
          table: t.spec.key,
          row: info.row,
          cells: really,
          printed: info.printed,
          reason: r.readings.length > 1 ? "数字连写或缺格，有多种读法且勾稽关系不能确定" : "勾稽关系不能确定缺少的数",
        });
      }
    }
  }

  // The report's own information and text.
  const title = readTitle(flat, doc.title);
  data.agency = title.agency;
  data.year = title.year;
  const introEnd = hits[0]?.start ?? 0;
  Object.assign(data.contact, readContact(flat.slice(0, introEnd)));
  const published = /发布(?:时间|日期)[:：]\s*([0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2})/.exec(flat.slice(0, introEnd));
  if (published) data.publishDate = isoDate(published[1]) ?? "";
  const sectionText = (i: number) => {
    const hit = hits[i];
    if (!hit) return undefined;
    const next = hits.slice(i + 1).find((h) => h !== undefined);
    return { from: hit.end, to: next ? next.start : flat.length };
  };
  const overview = sectionText(0);
  if (overview) {
    const o = splitOverview(flat, overview.from, overview.to, format);
    data.text.overviewIntro = dropPageChrome(o.intro).join("\n");
    for (const [k, body] of Object.entries(o.items)) data.text.overview[k as keyof typeof data.text.overview] = dropPageChrome(body).join("\n");
    data.text.overviewExtra = o.extra.map((x) => ({ title: x.title, body: dropPageChrome(x.body).join("\n") }));
  }
  const sectionIndex = (key: string) => format.sections.findIndex((s) => s.key === key);
  const problems = sectionText(sectionIndex("problems"));
  if (problems) data.text.problems = dropPageChrome(paragraphs(flat, problems.from, problems.to)).join("\n");
  const other = sectionText(sectionIndex("other_matters"));
  if (other) {
    const lines = dropPageChrome(paragraphs(flat, other.from, other.to));
    // A closing date (the signature) is the publication date, not text of 六.
    while (lines.length > 0) {
      const last = lines[lines.length - 1];
      const date = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(last) ? isoDate(last) : undefined;
      if (date) {
        if (data.publishDate === "") data.publishDate = date;
        lines.pop();
      } else if (data.agency !== "" && last === data.agency) lines.pop();
      else if (dropPageChrome(lines.slice(-1)).join("") !== last) lines.splice(-1, 1, ...dropPageChrome(lines.slice(-1)));
      else break;
    }
    data.text.otherMatters = lines.join("\n");
  }
  format.sections.forEach((s, i) => {
    if (!hits[i]) result.notes.push(`没有找到“${s.title}”这一部分`);
  });
  // Our own report read back: the sentences generated from the tables and the placeholders are not the agency's text.
  removeGeneratedText(data);

  result.read = { data, problems: readProblems(result), unreadCells: result.undetermined.flatMap((u) => u.cells) };
  return result;
}

/** The problems of an import for the check pipeline: S8 per label deviation, `undetermined` per row left blank. */
function readProblems(r: ImportedReport): ReadProblem[] {
  return [
    ...r.deviations.map(
      (d): ReadProblem => ({
        kind: "label_variant",
        table: d.table,
        message: `${d.row}的标签应为“${d.expected}”，原文为“${d.actual}”`,
        cells: d.cells,
        expected: d.expected,
        actual: d.actual,
      }),
    ),
    ...r.undetermined.map(
      (u): ReadProblem => ({
        kind: "undetermined",
        table: u.table,
        message: `${u.row}：${u.reason}${u.printed ? `（原文“${u.printed}”）` : ""}，${u.cells.length} 个单元格已留空，请对照原文填写`,
        cells: u.cells,
      }),
    ),
  ];
}
