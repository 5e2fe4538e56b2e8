/**
 * Checking one report of a reviewer's batch once it is read, the same in `nianbao check` and the pane's 审核汇总:
 * last year's report chosen by an option (`--previous`, `--previous-dir`) or, failing that, the one the workbook keeps
 * (导入上年报告); the one check pipeline; the hierarchy check against the units' sum (`--children`); the sections copied
 * from last year; and the report's own text for the copied-text search across units. Pure.
 */
import { formatOf } from "../format";
import { previousForCheck, type PreviousReport } from "../import/previous";
import { copyQuote, copySimilarity, makeContext } from "../rules";
import type { Aggregate } from "./aggregate";
import { copySections } from "./copies";
import { hierarchyFindings } from "./hierarchy";
import { checkedOutcome, type PreviousCopy, type ReportOutcome } from "./outcome";
import { findingsOf, type Loaded } from "./read-input";

/** Last year's report an option chose for this report (its file as named, the report), and a note about it. */
export interface PreviousChoice {
  file?: string;
  report?: PreviousReport;
  note?: string;
}

/** What the batch's options add to every report's check. */
export interface CheckLoadedOptions {
  /** `--previous-dir` was given (it names the folder in the notes). */
  byUnit?: boolean;
  /** `--previous-force`: use last year's report even when its 机关名称 names another unit. */
  previousForce?: boolean;
  /** Said after the note on last year's report of another unit (the CLI names its option). */
  otherUnitHint?: string;
  /** `--children`: the sum of the units' reports, the report checked against it. */
  children?: Aggregate;
}

/**
 * Check a report that was read (`Loaded`), as the batch keeps it.
 * @param index its place in the batch; `file` its name as given.
 */
export function checkLoaded(index: number, file: string, loaded: Extract<Loaded, { ok: true }>, choice: PreviousChoice = {}, options: CheckLoadedOptions = {}): ReportOutcome {
  const data = loaded.data;
  const base = { index, file, unit: data.agency.trim(), year: data.year, format: data.format };
  let { file: previousFile, report: previous, note } = choice;
  // The workbook's own last-year report (导入上年报告): used when no option gave one; an option's wins and says so.
  const kept = loaded.stored;
  if (kept && !kept.ok) note = note ? `${note}；${kept.error}` : kept.error;
  else if (kept?.ok) {
    const label = `${kept.stored.source}（工作簿中保存，导入于 ${kept.stored.importedAt}）`;
    if (previousFile === undefined) {
      previousFile = label;
      previous = kept.stored.report;
      const notes = [`按工作簿中保存的上年报告“${kept.stored.source}”做跨年度检查`, ...kept.stored.report.notes];
      if (options.byUnit) notes[0] = `上年报告文件夹中没有本单位的上年报告，${notes[0]}`;
      note = notes.join("；");
    } else {
      const which = options.byUnit ? "--previous-dir 中找到" : "--previous 指定";
      const shown = `工作簿中保存的上年报告“${label}”未使用：本次按 ${which}的“${previousFile}”检查`;
      note = note ? `${note}；${shown}` : shown;
    }
  }
  let previousData;
  if (previous && previousFile !== undefined) {
    // A kept report the user confirmed as this unit's (renamed) when importing it counts as forced.
    const confirmed = kept?.ok === true && previous === kept.stored.report && kept.stored.sameUnit === true;
    const use = previousForCheck(data, previous, previousFile, { otherUnit: options.previousForce === true || confirmed });
    previousData = use.previous;
    const shown = use.otherUnit ? `${use.note}${options.otherUnitHint ?? ""}` : use.note;
    if (shown) note = note ? `${note}；${shown}` : shown;
  }
  const texts: ReportOutcome["texts"] = {};
  const format = formatOf(data);
  const ctx = makeContext(data, format);
  for (const { field } of format.textSections) texts[field] = ctx.text(field);
  const findings = findingsOf(loaded, { previous: previousData });
  if (options.children) findings.push(...hierarchyFindings(data, options.children));
  const previousCopies: PreviousCopy[] = [];
  if (previousData) {
    const before = makeContext(previousData, formatOf(previousData));
    const names = [base.unit, previousData.agency];
    for (const s of copySections(format)) {
      if (!findings.some((f) => f.rule === s.rule)) continue;
      const now = texts[s.field] ?? "";
      const then = before.text(s.field);
      previousCopies.push({ rule: s.rule, field: s.field, section: s.section, similarity: copySimilarity(now, then, names), quote: copyQuote(now, then, names) });
    }
  }
  return checkedOutcome(
    {
      ...base,
      texts,
      ...(previous && previousFile !== undefined ? { previous: { file: previousFile, unit: previous.data.agency.trim(), year: previous.data.year } } : {}),
      ...(note ? { previousNote: note } : {}),
      ...(previousCopies.length > 0 ? { previousCopies } : {}),
    },
    findings,
  );
}
