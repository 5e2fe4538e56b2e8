/**
 * Whose figures a sentence gives: the words before a quantity's words (`区公安局收到申请56件`, `市本级收到…`,
 * `各县（区）共收到…`, `我局共收到…`). A figure of another unit — a named body that is not the reporting agency,
 * `X本级`, `各县（区）`, `各部门`, `下属单位` — is a part of the report's figures, not the table total, so it is not
 * checked; a figure of the agency itself (`本机关`, `我局`, `本单位`, `本级机关`, `全区`, the agency's own name) is.
 * Sources: the corpus of real sentences (test/prose/corpus.ts) and the sentences of the user test on pingtan-2024.
 *
 * The words are data; `subjectOf` applies them in order: leading and trailing small words are taken off, the text
 * before a preposition (`区公安局通过网站收到`) is the subject, then the agency's own words, `本级`, the agency's
 * name, and the words of another unit are tried.
 */
import { classifyAgency, reportingName } from "./agency-kind";

/** Whose figures: the reporting agency's (`self`), another unit's (`other`), or not said (`none`). */
export type SubjectKind = "self" | "other" | "none";

/** Words before the subject that are not part of it: 其中, 另外, the year, 全年. */
const LEADING = /^(?:其中|另有|另外|此外|同时|其|但|而|并且|并|且|全年|本年度内|本年度|本年内|本年|今年|当年|年内|[12][0-9]{3}\s*年度?内?|\s)+/;

/** Words between the subject and its verb: 共, 累计, 依法, 均, 未 …. */
const TRAILING =
  /(?:共计|合计|累计|总共|一共|共|全年|本年度|本年|今年|当年|已经|已|均|都|依法依规|依法|依规|按时|按期|及时|全部|分别|先后|又|再|还|也|则|仅|只|尚未|尚|未|无|没有|新|实际|\s)+$/;

/**
 * A preposition: what follows it is not the subject (`区公安局通过网站收到`: 区公安局; `会同相关部门办结`: the agency,
 * with others' help).
 */
const PREPOSITION = /向|对|给|由|经|通过|在|与|从|按照|根据|依照|会同|协同|联合|协调|配合/;

/** The reporting agency itself: 本机关, 我局, 本单位, 我委, 本级机关, 全区 (the whole region or system). */
export const SELF_SUBJECTS: RegExp[] = [
  /^(?:我|本)(?:行政)?(?:机关|单位|部门|局|委|办|厅|院|中心|部|署|府|政府|区|市|县|旗|州|省|盟|镇|乡|街道|街道办事处|街道办|街办|公司|处|科|室|所|站|队|会)$/,
  /^本级机关$/,
  /^全(?:区|市|县|旗|州|省|盟|镇|乡|街道|局|委|系统)(?!.*各(?:县|区|市|乡|镇|街道|部门|单位))/,
];

/** Another unit: 市本级, 各县（区）, 各部门, 下属单位, a named body (区公安局, 管委会办公室). */
export const OTHER_SUBJECTS: RegExp[] = [
  /.本级$/,
  /各(?:县|区|市|乡|镇|街道|部门|单位|地|片区|分局|所属|下属|直属)/,
  /^(?:下属|所属|直属|下级|市直|区直|县直|省直|州直|旗直)/,
  // A named body: some name before the word (a bare 单位 or 部门 may be the agency itself, as in 本年度内单位…).
  /.(?:局|委|办|厅|院|中心|部|署|公司|政府|街道|镇|乡|办事处|单位|部门|机关|管委会|委员会|办公室|大队|支队|集团|学校|医院)$/,
];

/** A name as compared: 人民政府 and 政府, 管理委员会 and 管委会, 办公室 and 办 are the same body. */
function comparable(name: string): string {
  return name
    .replace(/\s+/g, "")
    .replace(/人民政府/g, "政府")
    .replace(/管理委员会/g, "管委会")
    .replace(/街道办事处|街道办/g, "街道")
    .replace(/办公室/g, "办");
}

/** Words joining several subjects: `市政府本级、政府办`, `本机关及所属单位`. */
const JOINED = /[、和及与]|以及/;

/**
 * Whose figures the words before a quantity's words (a request verb, 予以公开, 行政复议 …) give.
 *
 * @param words the sentence's text from the last clause break, number or quantity word up to the verb, verbatim
 *   (`其中，区公安局`, `2024年全区共`, `各县（区）共`).
 * @param agency the reporting agency's name (`淮安市人民政府`, `平潭综合实验区管委会办公室（汇总平潭综合实验区）`),
 *   when known: a subject that is the agency's own name is the agency; bare `本级` is the agency only in a
 *   department's report (in a government's it is the government's own office, a part of the region).
 */
export function subjectOf(words: string, agency?: string): SubjectKind {
  let s = words.replace(/[，,；;：:]/g, "").replace(LEADING, "").replace(TRAILING, "");
  const p = PREPOSITION.exec(s);
  if (p) s = s.slice(0, p.index).replace(TRAILING, "");
  if (s === "") return "none";
  // 市政府本级、政府办 in 溧阳市人民政府办公室's report: the agency with the units it reports for.
  const whole = oneSubject(s, agency);
  const parts = s.split(JOINED).filter((x) => x !== "");
  if (whole !== "self" && parts.length > 1) {
    const kinds = parts.map((x) => oneSubject(x, agency));
    return kinds.includes("self") ? "self" : kinds.includes("other") ? "other" : "none";
  }
  return whole;
}

function oneSubject(s: string, agency: string | undefined): SubjectKind {
  if (SELF_SUBJECTS.some((re) => re.test(s))) return "self";
  if (s === "本级") return agency !== undefined && classifyAgency(agency).kind === "department" ? "self" : "other";
  if (agency !== undefined && !/本级$/.test(s)) {
    const a = comparable(reportingName(agency));
    const c = comparable(s);
    if (a !== "" && c.length >= 2 && (a.endsWith(c) || c.endsWith(a))) return "self";
  }
  return OTHER_SUBJECTS.some((re) => re.test(s)) ? "other" : "none";
}
