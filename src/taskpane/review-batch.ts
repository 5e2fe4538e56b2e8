/**
 * 审核汇总 in the pane, the part loaded only when used (its own chunk, with the importer; the .xlsx adapter and
 * exceljs come in a further chunk when a workbook is among the files): read the chosen files one at a time, check each
 * through the one check pipeline as `nianbao check` does, and put together the batch's summary — rows, copied text
 * across units, the roster — and the sum of the reports (`nianbao aggregate`'s, refused as it is when a file cannot be read). A file that cannot be read is
 * a row with its reason and never stops the batch; the pane gets the event loop back between files.
 */
import { FORMATS, getFormat, type FormatDef } from "../format";
import { findingPlace, formatDifference, SEVERITY_LABEL, type Finding } from "../rules";
import type { FindingLine, ReviewWords } from "./ReviewTable";
import { aggregate, AggregateError, aggregateNotes, unreadableUnitsMessage, type Aggregate, type UnitReport } from "../review/aggregate";
import { batchCopySections, clusterOf, copyGroups, findCopies, PAIRS_SHOWN_UP_TO, type CopyPair } from "../review/copies";
import { sameUnitGroups, sameUnitKeys } from "../review/same-unit";
import { clusterHeading } from "../export/summary-copies";
import { INTERNAL_REASON, reasonWithoutFile, STATUS_LABEL, unreadableOutcome, type ReportOutcome } from "../review/outcome";
import { checkLoaded } from "../review/check-loaded";
import { readInputBytes, type XlsxOpener } from "../review/read-input";
import { checkRoster } from "../review/roster";
import { readRosterBytes, RosterFileError } from "../review/roster-bytes";
import type { BatchSummary } from "../review/summary";
import { BatchTally } from "../review/tally";

/** A chosen file: its name and its bytes (a browser `File` fits). */
export interface DeskFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Where the reading is: `done` files of `total` read, `file` the one being read now. */
export interface DeskProgress {
  done: number;
  total: number;
  file: string;
}

/**
 * The sum of the reports with the warnings `nianbao aggregate` prints (`notes`: units with 强制 findings, amounts that
 * cannot be added), or why they cannot be added (the CLI's message: also when a file cannot be read).
 */
export type DeskSum = { ok: true; sum: Aggregate; notes: string[] } | { ok: false; reason: string };

/** A checked batch: the summary (as the CLI's page and CSV have it), each report's findings, and the sum. */
export interface DeskResult {
  summary: BatchSummary;
  /** Every report as checked, in the order chosen (`outcomes[i].index === i`). */
  outcomes: ReportOutcome[];
  /** The copied-text pairs, most similar first (as `check --json`'s `copies`). */
  copies: CopyPair[];
  sum: DeskSum;
  /** Notes on the roster (read as GBK, a unit listed twice). */
  rosterNotes: string[];
}

/** The largest workbook read in the pane: exceljs there loads it whole (the CLI's bounded reader takes 100 MB). */
export const PANE_XLSX_MAX_BYTES = 20 * 2 ** 20;

/** The .xlsx adapter on exceljs, loaded on first use in its own chunk. */
export const openXlsxLazily: XlsxOpener = async (bytes) => {
  const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx");
  return XlsxWorkbook.fromBuffer(bytes, "文件");
};

/** The formats of the readable reports, newest first (the CLI's order for the copied-text sections). */
function formatsOf(rows: readonly Pick<ReportOutcome, "format">[]): FormatDef[] {
  return FORMATS.filter((f) => rows.some((r) => r.format === f.id)).reverse();
}

/** Give the browser a turn (paint the progress, take a click). */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The options of `checkDesk`. */
export interface DeskOptions {
  /** The roster (.csv), as `--roster`. */
  roster?: DeskFile;
  onProgress?: (p: DeskProgress) => void;
  /** Opens a workbook (the .xlsx adapter by default; tests may pass their own). */
  openXlsx?: XlsxOpener;
  /** When the batch was checked, as shown (`2026-01-25 09:30`). */
  checkedAt: string;
}

/**
 * Check the chosen files as `nianbao check <files> [--roster]` does.
 * @throws RosterFileError (Chinese, naming the roster) when the roster cannot be used; nothing is read then.
 */
export async function checkDesk(files: readonly DeskFile[], options: DeskOptions): Promise<DeskResult> {
  let roster: ReturnType<typeof readRosterBytes> | undefined;
  if (options.roster) roster = readRosterBytes(new Uint8Array(await options.roster.arrayBuffer()), options.roster.name);
  const openXlsx = options.openXlsx ?? openXlsxLazily;
  const tally = new BatchTally();
  const outcomes: ReportOutcome[] = [];
  const units: UnitReport[] = [];
  for (const [index, file] of files.entries()) {
    options.onProgress?.({ done: index, total: files.length, file: file.name });
    await nextTurn();
    const outcome = await checkGuarded(index, file, openXlsx, units);
    outcomes.push(outcome);
    tally.add(outcome);
  }
  options.onProgress?.({ done: files.length, total: files.length, file: "" });

  const readable = tally.rows.filter((r) => r.status !== "unreadable");
  const unitRows = tally.rows.map((r) => ({ index: r.index, unit: r.unit, year: r.year, readable: r.status !== "unreadable" }));
  const sameUnit = sameUnitGroups(unitRows);
  const copies = findCopies(
    readable.map((r) => r.index),
    readable.map((r) => r.unit),
    (index) => outcomes[index],
    batchCopySections(formatsOf(readable)),
    sameUnitKeys(unitRows),
  );
  const summary: BatchSummary = {
    checkedAt: options.checkedAt,
    inputs: files.map((f) => f.name),
    rows: tally.rows,
    status: tally.status,
    findings: tally.findings,
    rules: tally.ruleTallies(),
    copies: copyGroups(copies),
    ...(sameUnit.length > 0 ? { sameUnit } : {}),
    ...(roster && options.roster
      ? { roster: checkRoster(options.roster.name, roster.roster, tally.rows.map((r) => ({ index: r.index, file: r.file, unit: r.unit, readable: r.status !== "unreadable" }))) }
      : {}),
  };
  return { summary, outcomes, copies, sum: sumOf(units, outcomes), rosterNotes: roster?.notes ?? [] };
}

/**
 * Read and check one file; a defect of the program met on it (an exception) makes it a row 无法读取 saying so, with
 * its stack in `internalError`, and the batch goes on, as in `nianbao check`.
 */
async function checkGuarded(index: number, file: DeskFile, openXlsx: XlsxOpener, units: UnitReport[]): Promise<ReportOutcome> {
  try {
    const loaded = await readInputBytes(file.name, new Uint8Array(await file.arrayBuffer()), openXlsx, PANE_XLSX_MAX_BYTES);
    if (!loaded.ok) return unreadableOutcome(index, file.name, loaded.error);
    const outcome = checkLoaded(index, file.name, loaded);
    units.push({ file: file.name, data: loaded.data, unreadTables: loaded.unreadTables });
    return outcome;
  } catch (e) {
    return unreadableOutcome(index, file.name, `无法读取“${file.name}”：${INTERNAL_REASON}`, e instanceof Error && e.stack ? e.stack : String(e));
  }
}

/**
 * The sum of the reports, as `nianbao aggregate` on the same files: refused when a file cannot be read (a sum missing a
 * unit would look right) or the reports cannot be added; with the CLI's warnings.
 */
function sumOf(units: UnitReport[], outcomes: ReportOutcome[]): DeskSum {
  const unreadable = outcomes.filter((o) => o.status === "unreadable");
  if (unreadable.length > 0) return { ok: false, reason: unreadableUnitsMessage(unreadable.map((o) => o.error ?? `无法读取“${o.file}”`)) };
  if (units.length === 0) return { ok: false, reason: "无法汇总：没有可以读取的报告" };
  try {
    const sum = aggregate(units);
    const failing = outcomes
      .map((o) => ({ file: o.file, unit: o.unit.trim() || "（未填写机关名称）", errors: o.findings.filter((f) => f.severity === "error").length }))
      .filter((f) => f.errors > 0);
    return { ok: true, sum, notes: aggregateNotes(sum, failing) };
  } catch (e) {
    if (e instanceof AggregateError) return { ok: false, reason: `无法汇总：${e.message}` };
    throw e;
  }
}

/** A finding in the words of `nianbao check`'s table: rule, 级别, 单元格; the message (with its 说明); both sides. */
export function describeFinding(f: Finding, format: FormatDef | undefined): FindingLine {
  const place = findingPlace(f, format);
  const num = (n: number | undefined) => (n === undefined ? "" : String(n));
  const sides = f.left !== undefined || f.right !== undefined ? `左 ${num(f.left)}，右 ${num(f.right)}${f.difference === undefined ? "" : `，差 ${formatDifference(f.difference)}`}` : undefined;
  return {
    head: `${f.rule} ${SEVERITY_LABEL[f.severity]}${place ? ` ${place}` : ""}`,
    message: f.explained ? `${f.message}（已说明：${f.explained.text}）` : f.message,
    ...(sides ? { sides } : {}),
  };
}

/** A similarity as a whole percent, rounded down as the CLI shows it (0.849… is never 85%). */
export function percent(similarity: number): string {
  return `${Math.floor(similarity * 100 + 1e-9)}%`;
}

/** One group of copied text as the pane and the sheet list it: what, the similarity, the reports, one quote. */
export interface CopyLine {
  heading: string;
  similarity: string;
  reports: string[];
  quote: string;
}

/**
 * The copied text across units, as `nianbao check` lists it: two reports as a pair with its similarity, more as one
 * cluster (`clusterHeading`) naming the reports once, each with a quote.
 */
export function copyLines(r: DeskResult): CopyLine[] {
  const name = (i: number) => r.summary.rows[i].unit || r.summary.rows[i].file;
  const out: CopyLine[] = [];
  for (const g of r.summary.copies) {
    if (g.members.length > PAIRS_SHOWN_UP_TO) {
      const c = clusterOf(g);
      const range = percent(c.min) === percent(c.max) ? percent(c.max) : `${percent(c.min)}–${percent(c.max)}`;
      out.push({ heading: clusterHeading(g), similarity: range, reports: g.members.map(name), quote: c.quote });
    } else for (const p of g.pairs) out.push({ heading: `${g.section}（${g.rule}）`, similarity: percent(p.similarity), reports: [name(p.a), name(p.b)], quote: p.quote });
  }
  return out;
}

/**
 * Several reports of one unit, one line each, of one kind as `nianbao check` lists them apart: of one year
 * (`same_year`: `县水利局 2021 年度 2 份：a.json、b.pdf`) or of different years (`years`: `县水利局 2020、2021 年度：…`).
 */
export function sameUnitLines(r: DeskResult, kind: "same_year" | "years"): string[] {
  const files = (members: number[]) => members.map((m) => r.summary.rows[m].file).join("、");
  return (r.summary.sameUnit ?? [])
    .filter((g) => g.kind === kind)
    .map((g) =>
      g.kind === "same_year" ? `${g.unit} ${g.year === null ? "年度未填写" : `${g.year} 年度`} ${g.members.length} 份：${files(g.members)}` : `${g.unit} ${g.years.join("、")} 年度：${files(g.members)}`,
    );
}

/** The format a report was read in, for naming its cells. */
export function outcomeFormat(o: ReportOutcome): FormatDef | undefined {
  return o.format ? getFormat(o.format) : undefined;
}

/** The words of the table (`ReviewTable`). */
export const REVIEW_WORDS: ReviewWords = {
  describe: describeFinding,
  formatOf: outcomeFormat,
  status: STATUS_LABEL,
  reason: (o) => reasonWithoutFile(o.error ?? "", o.file),
};

export { RosterFileError };
export { planSumSheet, planSummarySheet } from "./review-sheets";
