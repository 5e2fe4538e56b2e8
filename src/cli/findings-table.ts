/**
 * Printing findings as an aligned plain-text table for a terminal: 规则, 级别, 单元格, 左, 右, 差, 说明. Chinese
 * characters take two columns in a terminal, so widths are measured in display columns.
 */
import type { FormatDef } from "../format";
import { findingPlace as placeOf, formatDifference, SEVERITY_LABEL, type Finding } from "../rules";
import { terminalSafe } from "./terminal-text";

/** The column headings of the findings table. */
export const FINDING_COLUMNS = ["规则", "级别", "单元格", "左", "右", "差", "说明"] as const;

/** Display width of one code point: 2 for East Asian wide and full-width characters, else 1. */
function charWidth(cp: number): number {
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** The number of terminal columns a string takes. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** Pad a string with spaces to a display width. */
export function padDisplay(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

/** The widest 单元格 entry, in display columns; longer names are shortened in the middle. */
export const PLACE_MAX_WIDTH = 44;

/**
 * Shorten a display name to `max` columns, keeping its end after the last `·` (the column: `·自然人`) and as much of
 * the start as fits: `表三（六）其他处理2.申请人逾期未按…·自然人`.
 */
export function shortenMiddle(s: string, max: number = PLACE_MAX_WIDTH): string {
  if (displayWidth(s) <= max) return s;
  const dot = s.lastIndexOf("·");
  const tail = dot > 0 && displayWidth(s.slice(dot)) < max / 2 ? s.slice(dot) : "";
  const budget = max - displayWidth(tail) - 1;
  let head = "";
  for (const ch of s.slice(0, s.length - tail.length)) {
    if (displayWidth(head + ch) > budget) break;
    head += ch;
  }
  return `${head}…${tail}`;
}

/** Where a finding is (`findingPlace`), each cell's name shortened in the middle to fit the table. */
export function findingPlace(f: Finding, format?: FormatDef): string {
  return placeOf(f, format, (name) => shortenMiddle(name));
}

/** One row of the findings table, as strings in `FINDING_COLUMNS` order. */
export function findingRow(f: Finding, format?: FormatDef): string[] {
  const num = (n: number | undefined) => (n === undefined ? "" : String(n));
  const message = f.explained ? `${f.message}（已说明：${f.explained.text}）` : f.message;
  return [
    f.rule,
    SEVERITY_LABEL[f.severity],
    findingPlace(f, format),
    num(f.left),
    num(f.right),
    f.difference === undefined ? "" : formatDifference(f.difference),
    message,
  ];
}

/** Lay out rows as an aligned table: every column but the last padded to its widest cell, two spaces between. */
export function alignedTable(header: readonly string[], rows: string[][]): string[] {
  const all = [header.slice(), ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ""))));
  return all.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : padDisplay(cell, widths[i])))
      .join("  ")
      .trimEnd(),
  );
}

/**
 * The findings as aligned table lines (header first). Every cell is made terminal-safe first (messages quote values
 * from the file), so a value cannot break a line, move the cursor or reverse the text after it.
 */
export function findingsTable(findings: Finding[], format?: FormatDef): string[] {
  return alignedTable(
    FINDING_COLUMNS,
    findings.map((f) => findingRow(f, format).map(terminalSafe)),
  );
}
