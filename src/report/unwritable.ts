/**
 * Characters no output file can hold: the C0 controls other than tab and line breaks, the noncharacters U+FFFE and
 * U+FFFF (all three are illegal in XML 1.0, so a .docx or .xlsx holding one cannot be opened) and lone surrogates
 * (half of a character, which UTF-8 cannot encode). A report holding one is reported field by field, in Chinese,
 * before anything is written: a file Word cannot open, or one silently changed, is worse than no file.
 */
import { displayName, formatOf, isInfoHeading, type CellKey } from "../format";
import type { ReportData } from "./report-data";

/** Whether a UTF-16 code unit or code point cannot be written (see the module comment). */
export function isUnwritable(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || cp === 0xfffe || cp === 0xffff || (cp >= 0xd800 && cp <= 0xdfff);
}

/** Where the first unwritable character of a text is: its 1-based position in characters and its code point. */
export interface UnwritableAt {
  position: number;
  codePoint: string;
}

/** The first unwritable character of a text, or `undefined` when it has none. */
export function firstUnwritable(text: string): UnwritableAt | undefined {
  let position = 0;
  for (const ch of text) {
    position++;
    const cp = ch.codePointAt(0)!;
    if (isUnwritable(cp)) return { position, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, "0")}` };
  }
  return undefined;
}

/** A field of a report holding an unwritable character: its Chinese name and where the character is. */
export interface UnwritableField extends UnwritableAt {
  /** e.g. `机关名称`, `表三 一、本年新收·自然人`, `补充小节标题（第 1 个）`. */
  field: string;
}

/** The value of a 报告信息 field by its key (`agency`, `contact.phone`, `text.overview.platform` …). */
export function infoValue(data: ReportData, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), data);
}

/**
 * Every field of a report holding an unwritable character: the 报告信息 fields, the added sub-items of 总体情况,
 * cells typed as text, and 说明.
 */
export function unwritableFields(data: ReportData): UnwritableField[] {
  const format = formatOf(data);
  const out: UnwritableField[] = [];
  const check = (field: string, value: unknown) => {
    if (typeof value !== "string") return;
    const at = firstUnwritable(value);
    if (at) out.push({ field, ...at });
  };
  for (const f of [...format.info.head, ...format.info.tail]) if (!isInfoHeading(f)) check(f.label, infoValue(data, f.key));
  data.text.overviewExtra.forEach((x, i) => {
    check(`${format.info.extraTitleLabel}（第 ${i + 1} 个）`, x.title);
    check(`${format.info.extraBodyLabel}（第 ${i + 1} 个）`, x.body);
  });
  for (const [key, value] of Object.entries(data.values)) check(displayName(key as CellKey, format), value);
  data.explanations.forEach((e) => check(`说明（${e.findingId}）`, e.text));
  return out;
}

/**
 * The Chinese message for a report that cannot be written: `机关名称第 5 个字符是 U+FFFF；…`, naming at most five
 * fields, and what to do.
 */
export function unwritableMessage(fields: UnwritableField[]): string {
  const named = fields.slice(0, 5).map((f) => `${f.field}第 ${f.position} 个字符是 ${f.codePoint}`);
  const more = fields.length > 5 ? `等 ${fields.length} 处` : "";
  return `${named.join("；")}${more}：这是不可见的非法字符，Word、Excel 等文件不能保存它；请在原文件中删除后再试`;
}
