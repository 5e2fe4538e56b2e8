/**
 * Comparing a label read from a workbook with the official label, tolerantly: a label printed with a small
 * difference (a typo such as 内容 for 内部, `1、` for `1.`, 其它 for 其他, quotes left out) is a variant — reported
 * (S8, report-format.md §3) but read — while a label that says something else, or that is nearer to another label of
 * the same table (columns or rows swapped), is a change, and the table is not read from its positions.
 *
 * Width of brackets, commas, colons, letters and digits, and spaces are not differences at all (`normalizeLabel`
 * after folding full-width letters and digits; the spec's "normalise before comparing").
 */
import { normalizeLabel } from "../../format";
import { editDistance } from "../../report/json-keys";

/** How a label read compares with the official one. */
export type LabelMatch = "same" | "variant" | "changed";

/** Full-width ASCII letters and digits (`１`, `Ａ`) as half-width; punctuation is left to `normalizeLabel`. */
function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** A label as compared: `normalizeLabel` after folding the width of letters and digits. */
export function sameLabelForm(text: string): string {
  return normalizeLabel(foldWidth(text));
}

/**
 * A label with the differences that never change its meaning taken out: the separator after an item number
 * (`1、`, `1．`, `1，` → `1.`; `一.` → `一、`), 其它 → 其他, quotation marks, the list commas `，`/`、`, and a trailing
 * full stop or colon.
 */
export function looseLabel(text: string): string {
  return sameLabelForm(text)
    .replace(/^(\d+)[、．.，,]/, "$1.")
    .replace(/^([一二三四五六七八九十]+)[.．，,]/, "$1、")
    .replace(/其它/g, "其他")
    .replace(/[“”"‘’'「」]/g, "")
    .replace(/(?<=[^\d一二三四五六七八九十])[，、]/g, "，")
    .replace(/[。：.]$/, "");
}

/** Edit distance between two strings (one implementation for labels and data-file keys: `src/report/json-keys`). */
export { editDistance };

/** The edits a label of this many characters may carry and still be the same label: one per eight, at least one. */
function allowedEdits(length: number): number {
  return Math.max(1, Math.floor(length / 8));
}

/**
 * Compare a label read with the official one.
 * @param expected the official label.
 * @param actual the text read (a blank cell is `""`).
 * @param others the table's other official labels: a text nearer to (or as near to) one of them is a change, never
 *   a variant, so swapped rows or columns are not read as typos.
 * @returns `same` when equal after `sameLabelForm`; `variant` when equal after `looseLabel` or within a few edits
 *   (`allowedEdits`) of it and nearer to it than to any other label; `changed` otherwise (and always for a blank).
 */
export function matchLabel(expected: string, actual: string, others: readonly string[] = []): LabelMatch {
  if (sameLabelForm(actual) === sameLabelForm(expected)) return "same";
  const a = looseLabel(actual);
  if (a === "") return "changed";
  const e = looseLabel(expected);
  const allowed = allowedEdits([...e].length);
  if (Math.abs([...a].length - [...e].length) > allowed) return "changed";
  const d = editDistance(a, e);
  if (d > allowed) return "changed";
  const rival = others.some((o) => sameLabelForm(o) !== sameLabelForm(expected) && editDistance(a, looseLabel(o)) <= d);
  return rival ? "changed" : "variant";
}
