/**
 * Nothing in a report data file is dropped without a word: a key the format does not know is named, with the known
 * key it was probably meant to be (`new_` → `new`), and a value of the wrong type is named with what it should be.
 * The problems are Chinese sentences naming the key by its path (`table3.new_`, `contact.phone`).
 */

/** Excel's most characters (UTF-16 code units) in one cell: longer text cannot be kept in the workbook. */
export const CELL_TEXT_LIMIT = 32_767;

/** Edit distance (insertions, deletions, substitutions of one character each) between two strings. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

const loose = (k: string) => k.toLowerCase().replace(/[\s_\-.]/g, "");

/**
 * The known key a key was probably meant to be: the same but for case, spaces, `_` and `-` (`New_`, `carried over`),
 * or within one edit (two for keys of 6 characters or more), when exactly one known key is that near; else `undefined`.
 */
export function nearKey(key: string, known: readonly string[]): string | undefined {
  const same = known.filter((k) => loose(k) === loose(key));
  if (same.length === 1) return same[0];
  const max = key.length >= 6 ? 2 : 1;
  const near = known.filter((k) => editDistance(loose(k), loose(key)) <= max);
  return near.length === 1 ? near[0] : undefined;
}

/** `“new_”（是否应为“new”？）` or `“abc”`: a key as a message names it. */
export function keyNamed(key: string, known: readonly string[]): string {
  const near = nearKey(key, known);
  return near === undefined ? `“${key}”` : `“${key}”（是否应为“${near}”？）`;
}

/**
 * Report each key of an object that is not among the known ones.
 * @param where the object's path (`table3`, `contact`).
 * @param what what its keys are, for the message (`表三的行`, `联系方式的字段`).
 */
export function checkKeys(obj: Record<string, unknown>, known: readonly string[], where: string, what: string, problems: string[]): void {
  for (const k of Object.keys(obj)) if (!known.includes(k)) problems.push(`${where} 中的${keyNamed(k, known)}不是${what}，未读取`);
}

/** How a message describes a value of the wrong type: `数字 12345678`, `true`, `数组`, `对象`. */
export function describeValue(x: unknown): string {
  if (typeof x === "number") return `数字 ${String(x)}`;
  if (typeof x === "string") return `文字“${x.length > 20 ? `${x.slice(0, 20)}…` : x}”`;
  if (typeof x === "boolean") return String(x);
  if (Array.isArray(x)) return "数组";
  return x === null ? "null" : "对象";
}

/** A field's name before a predicate: a space after a bare key (`year 应为`), none after a closing bracket (`报告年度（year）应为`). */
export function subject(where: string): string {
  return where.endsWith("）") ? where : `${where} `;
}

/**
 * A text field's value: a string (over Excel's 32,767 characters a problem, since the workbook cannot hold it), or
 * blank for `null` or a missing key; any other type is a problem naming the field (a phone number written as a
 * number would lose its leading 0).
 */
export function textField(x: unknown, where: string, problems: string[]): string {
  if (x === undefined || x === null) return "";
  if (typeof x === "string") {
    if (x.length > CELL_TEXT_LIMIT) problems.push(`${subject(where)}有 ${x.length} 个字符，超过 Excel 一个单元格最多 ${CELL_TEXT_LIMIT} 个字符，请删减`);
    return x;
  }
  problems.push(`${subject(where)}应为文字（用英文双引号括起来），现为${describeValue(x)}`);
  return "";
}
