/**
 * Several reports of one unit in a batch (its workbook and its PDF, a resubmission, last year's report put in the same
 * folder): matched by the unit's name as the roster matches it (`normalizeUnitName`). Reports of one unit and year are
 * listed once as 同一单位多份报告; reports of one unit for several years are listed apart. Neither is a pair of units
 * whose text is copied: the copied-text search leaves pairs of one unit out (`sameUnitKeys`). Pure.
 */
import { normalizeUnitName } from "./unit-name";

/** A report of the batch as this grouping sees it. */
export interface SameUnitRow {
  index: number;
  /** 机关名称 as read; "" when not given or not read. */
  unit: string;
  year: number | null;
  readable: boolean;
}

/** Reports of one unit: for one year (`year`), or for several years (`years`, one per member). */
export interface SameUnitGroup {
  /** The unit's name as its first report writes it. */
  unit: string;
  /** `same_year`: several reports of the one year `year`; `years`: the unit's reports of different years. */
  kind: "same_year" | "years";
  /** The year of a `same_year` group; `null` for a `years` group (or reports without a year). */
  year: number | null;
  /** Batch indexes, ascending. */
  members: number[];
  /** For a `years` group, the years present, ascending. */
  years: number[];
}

/** The normalised unit name of each readable report with a name, by batch index (the copied-text search's key). */
export function sameUnitKeys(rows: readonly SameUnitRow[]): Map<number, string> {
  const keys = new Map<number, string>();
  for (const r of rows) {
    if (!r.readable) continue;
    const key = normalizeUnitName(r.unit);
    if (key !== "") keys.set(r.index, key);
  }
  return keys;
}

/**
 * The batch's reports of one unit: for each unit with several reports, a `same_year` group per year with more than one
 * report (reports without a year count as one year, `null`), and one `years` group when its reports are of more than
 * one year. Units in batch order.
 */
export function sameUnitGroups(rows: readonly SameUnitRow[]): SameUnitGroup[] {
  const keys = sameUnitKeys(rows);
  const byUnit = new Map<string, SameUnitRow[]>();
  for (const r of rows) {
    const key = keys.get(r.index);
    if (key === undefined) continue;
    let list = byUnit.get(key);
    if (!list) byUnit.set(key, (list = []));
    list.push(r);
  }
  const out: SameUnitGroup[] = [];
  for (const list of byUnit.values()) {
    if (list.length < 2) continue;
    const unit = list[0].unit.trim();
    const byYear = new Map<number | null, number[]>();
    for (const r of list) {
      let m = byYear.get(r.year);
      if (!m) byYear.set(r.year, (m = []));
      m.push(r.index);
    }
    for (const [year, members] of byYear) if (members.length > 1) out.push({ unit, kind: "same_year", year, members: [...members].sort((a, b) => a - b), years: [] });
    const years = [...byYear.keys()].filter((y): y is number => y !== null).sort((a, b) => a - b);
    if (years.length > 1) out.push({ unit, kind: "years", year: null, members: list.map((r) => r.index).sort((a, b) => a - b), years });
  }
  return out;
}

/**
 * What a report's row says of the unit's other reports in the batch, or "" when it has none: `同一年度共 3 份（序号
 * 1、2、5）`, `本单位 2021、2024 年度的报告都在本批（序号 4、6）`, both joined by `；`.
 */
export function sameUnitNote(groups: readonly SameUnitGroup[], index: number): string {
  const numbers = (g: SameUnitGroup) => g.members.map((m) => m + 1).join("、");
  return groups
    .filter((g) => g.members.includes(index))
    .map((g) => (g.kind === "same_year" ? `同一年度共 ${g.members.length} 份（序号 ${numbers(g)}）` : `本单位 ${g.years.join("、")} 年度的报告都在本批（序号 ${numbers(g)}）`))
    .join("；");
}
