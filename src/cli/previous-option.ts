/**
 * `--previous`: last year's report for the cross-year rules (S1, S2, C1), read once per run and matched to each
 * report checked. An unreadable file is a warning, never a stop: the reports are still checked, without those rules.
 */
import type { ReportData } from "../report";
import { previousForCheck, type PreviousReport } from "../import/previous";
import type { CliIo } from "./io";
import { loadPrevious, type Loaded } from "./load";
import { terminalLine } from "./terminal-text";

/** `--previous` as read: the report, or the reason it could not be read (the check goes on without it). */
export interface PreviousOption {
  file: string;
  report?: PreviousReport;
  error?: string;
}

/** Read `--previous` when given, printing its notes, or a warning when it cannot be read. */
export async function previousOption(file: string | undefined, io: CliIo): Promise<PreviousOption | undefined> {
  if (file === undefined) return undefined;
  const read = await loadPrevious(file);
  if (!read.ok) {
    io.err(terminalLine(`注意：${read.error}；本次不做跨年度检查`));
    return { file, error: read.error };
  }
  for (const note of read.report.notes) io.err(terminalLine(`注意：${note}`));
  return { file, report: read.report };
}

/**
 * Last year's report for one loaded report (absent when not given, unreadable or not of the year before), and the
 * note saying why it is not used or what is uncertain, which is also printed.
 */
export function previousFor(
  loaded: Extract<Loaded, { ok: true }>,
  previous: PreviousOption | undefined,
  io: CliIo,
): { data?: ReportData; note?: string } {
  if (!previous?.report) return {};
  const use = previousForCheck(loaded.data, previous.report, previous.file);
  if (use.note) io.err(terminalLine(`注意：${use.note}`));
  return { data: use.previous, note: use.note };
}

/** `--previous` in `check --json`: the file and its format, year and notes, or the error. */
export function previousJson(p: PreviousOption): Record<string, unknown> {
  if (p.error !== undefined) return { file: p.file, error: p.error };
  const r = p.report!;
  return { file: p.file, format: r.format, year: r.data.year, notes: r.notes };
}
