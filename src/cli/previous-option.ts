/**
 * `--previous`: last year's report for the cross-year rules (S1, S2, C1), read once per run and matched to each
 * report checked. A path that does not exist is a mistake in the arguments (exit 2); a file that exists but cannot be
 * read is a warning, never a stop: the reports are still checked, without those rules.
 */
import type { ReportData } from "../report";
import { CliError } from "./errors";
import { kindOf as pathKind } from "./output";
import { previousForCheck, type PreviousReport } from "../import/previous";
import type { CliIo } from "./io";
import { loadPrevious, type Loaded } from "./load";
import { terminalLine } from "./terminal-text";


/** Added to the note on last year's report of another unit: how to use it anyway. */
export const OTHER_UNIT_HINT = "；如确是同一单位（如机关更名），请加 --previous-force";

/** `--previous` as read: the report, or the reason it could not be read (the check goes on without it). */
export interface PreviousOption {
  file: string;
  report?: PreviousReport;
  error?: string;
}

/**
 * Read `--previous` when given, printing its notes, or a warning when it cannot be read.
 * @throws CliError when the path does not exist or is a folder: a mistyped path must not pass as a check without the
 *   cross-year rules.
 */
export async function previousOption(file: string | undefined, io: CliIo): Promise<PreviousOption | undefined> {
  if (file === undefined) return undefined;
  const kind = await pathKind(file);
  if (kind === "none") throw new CliError(`上年报告“${file}”不存在：请检查 --previous 后面的路径，或不加 --previous 只检查本年报告`);
  if (kind === "folder") throw new CliError(`上年报告“${file}”是文件夹：--previous 应给出一份上年报告文件；按单位为每份报告找上年报告请用 --previous-dir`);
  const read = await loadPrevious(file);
  if (!read.ok) {
    io.err(terminalLine(`注意：${read.error}；本次不做跨年度检查`));
    return { file, error: read.error };
  }
  for (const note of read.report.notes) io.err(terminalLine(`注意：${note}`));
  return { file, report: read.report };
}

/**
 * Last year's report for one loaded report (absent when not given, unreadable, not of the year before, or of another
 * unit unless `force`), and the note saying why it is not used or what is uncertain, which is also printed.
 */
export function previousFor(
  loaded: Extract<Loaded, { ok: true }>,
  previous: PreviousOption | undefined,
  io: CliIo,
  force = false,
): { data?: ReportData; note?: string } {
  if (!previous?.report) return {};
  return shownUse(previousForCheck(loaded.data, previous.report, previous.file, { otherUnit: force }), io);
}

/** A decision of `previousForCheck` with its note printed (with how to use another unit's report anyway). */
function shownUse(use: ReturnType<typeof previousForCheck>, io: CliIo): { data?: ReportData; note?: string } {
  const note = use.otherUnit ? `${use.note}${OTHER_UNIT_HINT}` : use.note;
  if (note) io.err(terminalLine(`注意：${note}`));
  return { data: use.previous, note };
}

/**
 * Check that `--previous-dir` is a folder that exists.
 * @throws CliError naming the path and what to give instead.
 */
export async function checkPreviousDir(folder: string): Promise<void> {
  const kind = await pathKind(folder);
  if (kind === "none") throw new CliError(`上年报告文件夹“${folder}”不存在：请检查 --previous-dir 后面的路径，或不加 --previous-dir 只检查本年报告`);
  if (kind === "file") throw new CliError(`“${folder}”是文件，不是文件夹：--previous-dir 应给出上年各单位报告所在的文件夹；只有一份上年报告时请用 --previous`);
}

/** `--previous` in `check --json`: the file and its format, year and notes, or the error. */
export function previousJson(p: PreviousOption): Record<string, unknown> {
  if (p.error !== undefined) return { file: p.file, error: p.error };
  const r = p.report!;
  return { file: p.file, format: r.format, year: r.data.year, notes: r.notes };
}

/**
 * Last year's report for a workbook that keeps one (导入上年报告), when no `--previous` was given: the kept report
 * matched to this year's as `--previous` is, its notes printed; with `--previous` given, the kept one is not used and
 * a note says so. A damaged store is printed as a note and no cross-year check runs.
 */
export function keptPreviousFor(
  loaded: Extract<Loaded, { ok: true }>,
  given: PreviousOption | undefined,
  io: CliIo,
  force = false,
): { data?: ReportData; note?: string } {
  const kept = loaded.stored;
  if (!kept) return {};
  if (!kept.ok) {
    io.err(terminalLine(`注意：${kept.error}`));
    return { note: kept.error };
  }
  const label = `${kept.stored.source}（工作簿中保存，导入于 ${kept.stored.importedAt}）`;
  if (given) {
    const note = `工作簿中保存的上年报告“${label}”未使用：本次按 --previous 指定的“${given.file}”检查`;
    io.err(terminalLine(`注意：${note}`));
    return { note };
  }
  const notes = [`按工作簿中保存的上年报告“${kept.stored.source}”做跨年度检查`, ...kept.stored.report.notes];
  for (const n of notes) io.err(terminalLine(`注意：${n}`));
  const use = shownUse(previousForCheck(loaded.data, kept.stored.report, label, { otherUnit: force || kept.stored.sameUnit === true }), io);
  return { data: use.data, note: [...notes, ...(use.note ? [use.note] : [])].join("；") };
}
