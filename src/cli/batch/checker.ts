/**
 * Checking one file of a batch: read it, run the one check pipeline (against last year's report when one is given
 * for every file or found for its unit), and return what the batch keeps (`ReportOutcome`). Runs in a worker thread
 * or in the command's own thread; it prints nothing.
 */
import type { PreviousReport } from "../../import/previous";
import { getFormat, type FormatId, type FormatVariant } from "../../format";
import { checkedOutcome, unreadableOutcome, type ReportOutcome } from "../../review/outcome";
import { normalizeUnitName, unitMatch } from "../../review/unit-name";
import { checkLoaded } from "../../review/check-loaded";
import { loadPrevious, loadReport } from "../load";
import { OTHER_UNIT_HINT } from "../previous-option";
import type { Aggregate } from "../../review/aggregate";

/** A report of last year's folder (`--previous-dir`): its file and year. */
export interface PreviousEntry {
  file: string;
  unit: string;
  year: number | null;
}

/** What every check of a batch shares; plain data, so that it can be sent to a worker. */
export interface CheckerConfig {
  /** `--previous`: one report of last year for every file. */
  previousFile?: string;
  /** `--previous-dir`: last year's reports by normalised unit name (`normalizeUnitName`). */
  previousByUnit?: Record<string, PreviousEntry[]>;
  /** `--previous-force`: use `--previous` (or the workbook's kept report) even when its 机关名称 names another unit. */
  previousForce?: boolean;
  /** `--children`: the sum of the units' reports, each report checked against it (its format sent by id). */
  children?: Omit<Aggregate, "format"> & { format: FormatId; variant?: FormatVariant };
}

/** A job for the checker: check a file, or only say whose report it is (unit, year, format) for `--previous-dir`. */
export interface CheckTask {
  kind: "check" | "identify";
  index: number;
  file: string;
  /** Set when the file is known not to be readable (its type, an empty folder): the reason, without the file. */
  unreadable?: string;
}

/** The checker of a batch: `check` never throws for a file that cannot be read (it is an `unreadable` outcome). */
export interface Checker {
  run(task: CheckTask): Promise<ReportOutcome>;
}

/**
 * A checker with the batch's shared inputs. Last year's reports are read when first needed and kept (one for
 * `--previous`; for `--previous-dir`, each is read when its unit's report is checked).
 */
export function createChecker(config: CheckerConfig): Checker {
  type Shared = { report?: PreviousReport; error?: string };
  let shared: Promise<Shared> | undefined;
  const sharedPrevious = (): Promise<Shared> => {
    if (config.previousFile === undefined) return Promise.resolve({});
    shared ??= loadPrevious(config.previousFile).then((r): Shared => (r.ok ? { report: r.report } : { error: r.error }));
    return shared;
  };

  /**
   * Last year's reports of a unit: those under its normalised name, else those of the one unit whose name matches it
   * written differently (`unitMatch` near: a region left out), never another unit's.
   */
  const entriesFor = (unit: string): PreviousEntry[] => {
    const byUnit = config.previousByUnit ?? {};
    const exact = byUnit[normalizeUnitName(unit)];
    if (exact) return exact;
    const near = Object.values(byUnit).filter((list) => list.length > 0 && unitMatch(unit, list[0].unit) === "near");
    return near.length === 1 ? near[0] : [];
  };

  /** Last year's report for a unit's report of `year`: the one of year − 1, else the only one. */
  const entryFor = (unit: string, year: number | null): PreviousEntry | undefined => {
    const entries = entriesFor(unit);
    if (year !== null) {
      const exact = entries.find((e) => e.year === year - 1);
      if (exact) return exact;
    }
    return entries.length === 1 ? entries[0] : undefined;
  };

  return {
    async run(task: CheckTask): Promise<ReportOutcome> {
      if (task.unreadable !== undefined) return unreadableOutcome(task.index, task.file, `无法读取“${task.file}”：${task.unreadable}`);
      const loaded = await loadReport(task.file);
      if (!loaded.ok) return unreadableOutcome(task.index, task.file, loaded.error);
      const data = loaded.data;
      const base = { index: task.index, file: task.file, unit: data.agency.trim(), year: data.year, format: data.format, texts: {} };
      if (task.kind === "identify") return checkedOutcome(base, []);

      let previousFile: string | undefined;
      let previous: PreviousReport | undefined;
      let note: string | undefined;
      if (config.previousByUnit) {
        const entry = entryFor(base.unit, base.year);
        if (entry) {
          previousFile = entry.file;
          const read = await loadPrevious(entry.file);
          if (read.ok) {
            previous = read.report;
            if (read.report.notes.length > 0) note = read.report.notes.join("；");
          } else note = `${read.error}；不做跨年度检查`;
        } else if (base.unit !== "") note = `上年报告文件夹中没有“${base.unit}”${base.year !== null ? ` ${base.year - 1} 年度` : ""}的报告，不做跨年度检查`;
      } else if (config.previousFile !== undefined) {
        previousFile = config.previousFile;
        previous = (await sharedPrevious()).report;
      }
      return checkLoaded(task.index, task.file, loaded, { file: previousFile, report: previous, note }, {
        byUnit: config.previousByUnit !== undefined,
        previousForce: config.previousForce === true,
        otherUnitHint: OTHER_UNIT_HINT,
        ...(config.children ? { children: { ...config.children, format: getFormat(config.children.format, config.children.variant) } } : {}),
      });
    },
  };
}
