/**
 * Reading a parent's units for `aggregate` and `check --children`: every report among the files and folders given
 * (sub-folders included), added up by `aggregate`. For `aggregate`, a unit whose file cannot be read, or reports that
 * cannot be added (formats or years differ), stop the command with a Chinese reason (exit 2): a sum missing a unit
 * would look right. For `check --children` (`loadChildren`) the parent is checked all the same: such files are left
 * out of the sum, each with its reason, and the comparison says the sum is partial.
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import { displayName, formatOf, tablesOf } from "../format";
import type { ReportData } from "../report";
import { aggregate, AggregateError, unreadableUnitsMessage, type Aggregate, type FailingUnit, type LeftOutUnit, type UnitReport } from "../review/aggregate";
import { normalizeUnitName } from "../review/unit-name";
import { batchInputs } from "./batch/inputs";
import { CliError } from "./errors";
import { findingsOf, loadReport } from "./load";

/** The units added up, and those whose own report has 强制 findings (their figures may be wrong). */
export interface LoadedUnits {
  sum: Aggregate;
  failing: FailingUnit[];
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
    reports.push({ file: input.file, data: loaded.data, unreadTables: loaded.unreadTables });
    const errors = findingsOf(loaded).filter((f) => f.severity === "error").length;
    if (errors > 0) failing.push({ file: input.file, unit: loaded.data.agency.trim() || "（未填写机关名称）", errors });
  }
  if (unreadable.length > 0) throw new CliError(unreadableUnitsMessage(unreadable));
  try {
    return { sum: aggregate(reports), failing };
  } catch (e) {
    if (e instanceof AggregateError) throw new CliError(`无法汇总：${e.message}`);
    throw e;
  }
}

/** The children of `check --children`: their sum (none when no unit could be added, with `none` saying why). */
export interface LoadedChildren {
  sum?: Aggregate;
  /** Why there is no sum. */
  none?: string;
  /** Files left out of the sum, with the reason; `self` for the report being checked itself. */
  leftOut: (LeftOutUnit & { self: boolean })[];
}

/** A parent report of the check: its file, the hash of its bytes, its unit, year and format. */
interface ParentId {
  file: string;
  real: string;
  hash?: string;
  unit: string;
  year: number | null;
  format: string;
}

const formatKey = (d: ReportData) => {
  const f = formatOf(d);
  return `${f.name}${f.variant ? "（表三（六）为 2019 年格式的单行）" : ""}`;
};

async function fileHash(file: string): Promise<string | undefined> {
  const bytes = await fs.readFile(file).catch(() => undefined);
  return bytes && createHash("sha256").update(bytes).digest("hex");
}

/**
 * Read the units of `check --children` and add up those that can be added to the reports checked.
 * Left out, each with its reason: a file that cannot be read or is not a report; the report being checked itself (the
 * same file, the same bytes, or the same unit and year as a report checked); a report of another format or year than
 * the reports checked (when they are all of one format and year; otherwise than most units); a second report of a
 * unit already taken. Never throws for a unit's file.
 * @param parents the files and folders being checked.
 * @param exclude files not to take from folders (the command's outputs).
 */
export async function loadChildren(args: string[], parents: string[], exclude: string[] = []): Promise<LoadedChildren> {
  const leftOut: LoadedChildren["leftOut"] = [];
  const real = (f: string) => fs.realpath(f).catch(() => f);
  const ids: ParentId[] = [];
  for (const input of (await batchInputs(parents, exclude)).inputs) {
    const loaded = input.unreadable === undefined ? await loadReport(input.file) : undefined;
    ids.push({
      file: input.file,
      real: await real(input.file),
      hash: await fileHash(input.file),
      unit: loaded?.ok ? normalizeUnitName(loaded.data.agency) : "",
      year: loaded?.ok ? loaded.data.year : null,
      format: loaded?.ok ? formatKey(loaded.data) : "",
    });
  }
  const { inputs, skipped } = await batchInputs(args, exclude);
  for (const s of skipped) leftOut.push({ file: s.file, reason: `不是年报：${s.reason}`, self: false });
  const reports: UnitReport[] = [];
  for (const input of inputs) {
    const where = await real(input.file);
    const sameFile = ids.find((p) => p.real === where);
    if (sameFile) {
      leftOut.push({ file: input.file, reason: "是所检查的报告本身", self: true });
      continue;
    }
    if (input.unreadable !== undefined) {
      leftOut.push({ file: input.file, reason: `无法读取：${input.unreadable}`, self: false });
      continue;
    }
    const loaded = await loadReport(input.file);
    if (!loaded.ok) {
      const why = loaded.error.replace(`无法读取“${input.file}”：`, "");
      leftOut.push({ file: input.file, reason: why.startsWith("不是年报") ? why : `无法读取：${why}`, self: false });
      continue;
    }
    const hash = await fileHash(input.file);
    const copy = ids.find((p) => p.hash !== undefined && p.hash === hash);
    const unit = normalizeUnitName(loaded.data.agency);
    const same = ids.find((p) => p.unit !== "" && p.unit === unit && p.year === loaded.data.year);
    if (copy || same) {
      const of = (copy ?? same)!.file;
      leftOut.push({ file: input.file, reason: copy ? `与所检查的报告“${of}”内容相同，是本报告本身` : `与所检查的报告“${of}”机关名称、年度相同，是本报告本身`, self: true });
      continue;
    }
    if (loaded.unreadTables.length > 0) {
      // Its cells of those tables read as blank: added, they would make the sum look complete and be wrong.
      const tables = tablesOf(formatOf(loaded.data)).filter((d) => loaded.unreadTables.includes(d.key)).map((d) => d.shortName).join("、");
      leftOut.push({ file: input.file, reason: `${tables}的表格结构有问题，无法读取，不能当作未填写相加`, self: false });
      continue;
    }
    reports.push({ file: input.file, data: loaded.data });
  }
  // The format and year the units must have: the reports checked, when they agree; else most units'.
  const key = (d: { format: string; year: number | null }) => `${d.format}|${d.year}`;
  const parentKeys = new Set(ids.filter((p) => p.format !== "").map(key));
  let target: string | undefined = parentKeys.size === 1 ? [...parentKeys][0] : undefined;
  if (target === undefined) {
    const counts = new Map<string, number>();
    for (const r of reports) {
      const k = key({ format: formatKey(r.data), year: r.data.year });
      if (r.data.year !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    // Most units; on a tie, the first found.
    target = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  const [targetFormat, targetYear] = (target ?? "|").split("|");
  const kept: UnitReport[] = [];
  const units = new Set<string>();
  for (const r of reports) {
    const format = formatKey(r.data);
    const unit = normalizeUnitName(r.data.agency) || r.file;
    if (r.data.year === null) leftOut.push({ file: r.file, reason: "报告未写明年度，不能确定能否相加", self: false });
    else if (String(r.data.year) !== targetYear) leftOut.push({ file: r.file, reason: `是 ${r.data.year} 年度的报告，所检查的是 ${targetYear} 年度，不能相加`, self: false });
    else if (format !== targetFormat) leftOut.push({ file: r.file, reason: `是${format}的报告，所检查的是${targetFormat}，不能相加`, self: false });
    else if (units.has(unit)) leftOut.push({ file: r.file, reason: `${r.data.agency.trim()}的报告已有一份，不重复相加`, self: false });
    else {
      units.add(unit);
      kept.push(r);
    }
  }
  if (kept.length === 0) return { none: "没有可与本报告相加的下属单位报告", leftOut };
  const partial = leftOut.filter((l) => !l.self).map(({ file, reason }) => ({ file, reason }));
  try {
    return { sum: { ...aggregate(kept), ...(partial.length > 0 ? { leftOut: partial } : {}) }, leftOut };
  } catch (e) {
    if (e instanceof AggregateError) return { none: e.message, leftOut };
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
