/**
 * Reading a parent's units for `aggregate` and `check --children`: every report among the files and folders given
 * (sub-folders included), added up by `aggregate`. A unit whose file cannot be read, or reports that cannot be added
 * (formats or years differ), stop the command with a Chinese reason (exit 2): a sum missing a unit would look right.
 */
import { displayName } from "../format";
import { aggregate, AggregateError, type Aggregate, type UnitReport } from "../review/aggregate";
import { batchInputs } from "./batch/inputs";
import { CliError } from "./errors";
import { findingsOf, loadReport } from "./load";

/** The units added up, and those whose own report has 强制 findings (their figures may be wrong). */
export interface LoadedUnits {
  sum: Aggregate;
  failing: { file: string; unit: string; errors: number }[];
}

/**
 * Read and add up the units.
 * @param exclude files not to take from folders (the command's output, the parent's own report).
 * @throws CliError when a unit cannot be read, none is found, or they cannot be added together.
 */
export async function loadUnits(args: string[], exclude: string[] = []): Promise<LoadedUnits> {
  const { inputs } = await batchInputs(args, exclude);
  const reports: UnitReport[] = [];
  const failing: LoadedUnits["failing"] = [];
  const unreadable: string[] = [];
  for (const input of inputs) {
    if (input.unreadable !== undefined) {
      unreadable.push(`无法读取“${input.file}”：${input.unreadable}`);
      continue;
    }
    const loaded = await loadReport(input.file);
    if (!loaded.ok) {
      unreadable.push(loaded.error);
      continue;
    }
    reports.push({ file: input.file, data: loaded.data });
    const errors = findingsOf(loaded).filter((f) => f.severity === "error").length;
    if (errors > 0) failing.push({ file: input.file, unit: loaded.data.agency.trim() || "（未填写机关名称）", errors });
  }
  if (unreadable.length > 0) throw new CliError(`无法汇总：${unreadable.length} 个下属单位的文件无法读取（汇总须包括每个单位）：${unreadable.join("；")}`);
  try {
    return { sum: aggregate(reports), failing };
  } catch (e) {
    if (e instanceof AggregateError) throw new CliError(`无法汇总：${e.message}`);
    throw e;
  }
}

/**
 * The lines on each cell whose sum is left blank because a unit filled it with something that is not a number: the
 * cell, then each such unit and what it wrote. Empty when there is none.
 */
export function unsummedText(a: Aggregate): string[] {
  if (a.unsummed.length === 0) return [];
  const lines = [`以下 ${a.unsummed.length} 格有单位填的不是有效数字，合计无法确定，已留空：`];
  for (const key of a.unsummed) {
    const by = a.gaps.flatMap((g) => g.invalid.filter((v) => v.cell === key).map((v) => `${g.unit}（${g.file}）填的“${v.raw}”`));
    lines.push(`  ${displayName(key, a.format)}：${by.join("、")}`);
  }
  return lines;
}
