/**
 * The reviewer's roster (`check --roster units.csv`): the units expected to send a report, optionally with their
 * parent, and the batch matched against it — units with no report yet, and reports whose unit is not on the roster,
 * with the roster's nearest name as a suggestion. Names are matched after `normalizeUnitName` (full-width and
 * half-width, spaces and punctuation, 其它/其他, a trailing report title). Pure: the CLI decodes the file.
 */
import { normalizeUnitName, unitFromFileName } from "./unit-name";

/** A unit on the roster. */
export interface RosterUnit {
  /** The name as the roster writes it. */
  name: string;
  /** The parent unit, when the roster gives one. */
  parent?: string;
  /** The roster's line (from 1), for messages. */
  line: number;
}

/** The roster as read: its units in order; a name given twice is kept once (`duplicates` names the later lines). */
export interface Roster {
  units: RosterUnit[];
  /** Lines whose unit is already on the roster: `{ line, name, first }` (`first`: the line it was first given on). */
  duplicates: { line: number; name: string; first: number }[];
}

/** Split CSV text into rows of fields (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks). */
export function csvRows(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Heading words of the name column and of the parent column, compared after `normalizeUnitName`. */
const NAME_HEADINGS = new Set(["单位", "单位名称", "单位全称", "机关", "机关名称", "部门", "部门名称", "报告单位", "填报单位", "报送单位", "名称", "name", "unit"]);
const PARENT_HEADINGS = new Set(["上级", "上级单位", "上级机关", "主管单位", "主管部门", "所属", "所属单位", "parent"]);

/** Thrown for a roster with no unit; the message is Chinese. */
export class RosterError extends Error {}

/**
 * Read a roster's text (already decoded): one unit a line, its name in the first column and its parent in the
 * second; a heading line (单位名称, 上级单位 …) is recognised and may put the columns elsewhere; a leading 序号
 * column of numbers is skipped; blank lines are skipped; tab-separated text is read too.
 * @throws RosterError when the roster names no unit.
 */
export function parseRoster(text: string): Roster {
  const firstLine = text.split(/\r?\n/, 1)[0];
  const separator = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const rows = csvRows(text, separator).map((r, i) => ({ line: i + 1, cells: r.map((c) => c.trim()) }));
  let body = rows.filter((r) => r.cells.some((c) => c !== ""));
  let nameCol = 0;
  let parentCol: number | undefined = 1;
  const head = body[0]?.cells.map((c) => normalizeUnitName(c).toLowerCase());
  if (head && head.some((c) => NAME_HEADINGS.has(c))) {
    nameCol = head.findIndex((c) => NAME_HEADINGS.has(c));
    const p = head.findIndex((c) => PARENT_HEADINGS.has(c));
    parentCol = p >= 0 ? p : undefined;
    body = body.slice(1);
  } else if (body.length > 0 && body.every((r) => /^\d+$/.test(r.cells[0] ?? "") && (r.cells[1] ?? "") !== "")) {
    nameCol = 1;
    parentCol = 2;
  }
  const units: RosterUnit[] = [];
  const duplicates: Roster["duplicates"] = [];
  const seen = new Map<string, number>();
  for (const r of body) {
    const name = r.cells[nameCol] ?? "";
    const key = normalizeUnitName(name);
    if (key === "") continue;
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates.push({ line: r.line, name, first });
      continue;
    }
    seen.set(key, r.line);
    const parent = parentCol !== undefined ? (r.cells[parentCol] ?? "") : "";
    units.push({ name, ...(parent !== "" ? { parent } : {}), line: r.line });
  }
  if (units.length === 0) throw new RosterError("名单中没有单位名称：每行写一个单位，第一列为单位名称（可有“单位名称”等标题行），第二列可写上级单位");
  return { units, duplicates };
}

/** A report of the batch as the roster check sees it. */
export interface RosterReport {
  index: number;
  file: string;
  /** 机关名称 as read; "" when not given or the file could not be read. */
  unit: string;
  readable: boolean;
}

/** A report whose unit is not on the roster. */
export interface OffRoster {
  index: number;
  file: string;
  /** The unit the report names, or for a report without one the name its file gives. */
  unit: string;
  /** The roster's nearest name, when one is near enough to be a likely spelling of the same unit. */
  suggestion?: string;
}

/** The batch against its roster. */
export interface RosterCheck {
  /** The roster file, as given. */
  file: string;
  /** Units on the roster. */
  expected: number;
  /** Roster units with at least one report (a file that could not be read counts, by its file name). */
  received: number;
  /** Roster units with no report, in roster order. */
  missing: RosterUnit[];
  /** Readable reports whose unit is not on the roster, in batch order. */
  notOnRoster: OffRoster[];
}

/** Levenshtein distance between two strings, by code point. */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[y.length];
}

/**
 * The roster name nearest to `key` (a normalised name) if near enough: one name containing the other (a prefix such
 * as 县 or 三明市 left out), or at most a third of the longer name's characters changed (工信局 for 工信与科技局
 * does not qualify; 县林业局 for 县林业站 does). Units without a report are preferred; ties go to the roster's order.
 */
function nearest(key: string, units: { unit: RosterUnit; key: string; received: boolean }[]): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const u of units) {
    const contains = key.length >= 2 && u.key.length >= 2 && (u.key.includes(key) || key.includes(u.key));
    const d = distance(key, u.key);
    const near = contains || d <= Math.floor(Math.max([...key].length, [...u.key].length) / 3);
    if (!near) continue;
    const score = (contains ? Math.abs([...key].length - [...u.key].length) : d) + (u.received ? 0.5 : 0);
    if (!best || score < best.score) best = { name: u.unit.name, score };
  }
  return best?.name;
}

/**
 * Match a batch against its roster: a readable report by the unit it names (by its file name when it names none),
 * a file that could not be read by its file name.
 */
export function checkRoster(file: string, roster: Roster, reports: RosterReport[]): RosterCheck {
  const units = roster.units.map((unit) => ({ unit, key: normalizeUnitName(unit.name), received: false }));
  const byKey = new Map(units.map((u) => [u.key, u]));
  const unmatched: { report: RosterReport; name: string; key: string }[] = [];
  for (const r of reports) {
    const name = r.readable && r.unit !== "" ? r.unit : unitFromFileName(r.file);
    const key = normalizeUnitName(name);
    const u = byKey.get(key);
    if (u) u.received = true;
    else if (r.readable) unmatched.push({ report: r, name, key });
  }
  const notOnRoster = unmatched.map(({ report, name, key }): OffRoster => {
    const suggestion = key === "" ? undefined : nearest(key, units);
    return { index: report.index, file: report.file, unit: name, ...(suggestion !== undefined ? { suggestion } : {}) };
  });
  const received = units.filter((u) => u.received).length;
  return { file, expected: units.length, received, missing: units.filter((u) => !u.received).map((u) => u.unit), notOnRoster };
}
