/**
 * Unit names as the reviewer's lists and the reports write them, made comparable: the same unit written with
 * full-width or half-width characters, spaces, brackets or a trailing “政府信息公开工作年度报告” is one name.
 */

/** Words a file name or title adds after the unit's name. */
const TITLE_TAIL = /(?:\d{4}年度?|[〇零一二三四五六七八九]{4}年度?)?政府信息公开(?:工作)?(?:年度)?报告$|(?:\d{4}年度?)?(?:政府信息公开)?年报$/;

/**
 * The comparable form of a unit's name: Unicode NFKC (full-width letters and digits to half-width), white space and
 * punctuation removed, 其它 written 其他, a trailing report title and year removed. `“三明市 沙县区（工信局）”` and
 * `三明市沙县区(工信局)` give the same; `""` for a name with no letters.
 */
export function normalizeUnitName(name: string): string {
  let s = name.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "").replace(/其它/g, "其他");
  for (let i = 0; i < 2; i++) s = s.replace(TITLE_TAIL, "");
  return s;
}

/**
 * A unit name guessed from a file's name, for a file that could not be read: the name without its folder, its
 * extension and a report title or year around it (`2021年沙县区工信局政府信息公开工作年度报告.pdf` → `沙县区工信局`).
 */
export function unitFromFileName(file: string): string {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return base
    .normalize("NFKC")
    .replace(/^\d{4}年度?/, "")
    .replace(/[_\-\s]+/g, "")
    .replace(TITLE_TAIL, "")
    .replace(/\d{4}年度?$/, "");
}

/**
 * Whether two reports' 机关名称 name one unit: `same` when their comparable forms (`normalizeUnitName`) are equal;
 * `near` when one ends with the other of at least 4 characters (a region left out: `沙县区工信局` and
 * `三明市沙县区工信局`); `unknown` when either is blank; else `different`. A name that adds words after the other
 * (`某县人民政府办公室` and `某县人民政府`) is another unit, as are names differing in a character (`县林业局`,
 * `县林业站`): a unit renamed needs the user's word.
 */
export function unitMatch(a: string, b: string): "same" | "near" | "different" | "unknown" {
  const x = normalizeUnitName(a);
  const y = normalizeUnitName(b);
  if (x === "" || y === "") return "unknown";
  if (x === y) return "same";
  const [short, long] = [...x].length <= [...y].length ? [x, y] : [y, x];
  return [...short].length >= 4 && long.endsWith(short) ? "near" : "different";
}
