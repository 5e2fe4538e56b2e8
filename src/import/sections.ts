/**
 * Finding a report's sections, the sub-items of 一、总体情况, and the report's own information (agency and year from
 * the title, contact details from the introduction, the publication date) in a document's flat text.
 *
 * Section titles are the format's; a printed title is accepted when it begins with the section's numeral and reads
 * like the official title (real reports write 存在主要问题和改进情况, 其它需要报告事项, …).
 */
import type { FormatDef } from "../format";
import type { ContactInfo } from "../report";
import { labelKey, project } from "./labels";

/** A section heading found in the flat text. */
export interface SectionHit {
  /** The heading's start and end in the flat text. */
  start: number;
  end: number;
  /** The heading as printed. */
  text: string;
}

/** The share of character pairs two texts have in common (Dice's coefficient), 0–1. */
export function similarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  for (const [k, n] of pa) common += Math.min(n, pb.get(k) ?? 0);
  const total = Math.max(1, a.length - 1) + Math.max(1, b.length - 1);
  return (2 * common) / total;
}

/** How alike a printed title must be to the official one. */
const TITLE_SIMILARITY = 0.5;

/** A title's numeral prefix (`一、`, `（一）`) and the rest. */
function splitTitle(title: string): { prefix: string; rest: string } {
  const m = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.exec(title);
  return m ? { prefix: m[1], rest: title.slice(m[1].length) } : { prefix: "", rest: title };
}

/**
 * Find a title in the flat text from `from` on: exactly (spaces and width aside), or its numeral followed by text
 * like the rest of the title.
 */
export function findTitle(flat: string, title: string, from: number, to = flat.length): SectionHit | undefined {
  const p = project(flat, from, to);
  const { prefix, rest } = splitTitle(title);
  const whole = labelKey(title);
  const exact = p.text.indexOf(whole);
  let best: { at: number; len: number; score: number } | undefined;
  if (exact >= 0) best = { at: exact, len: whole.length, score: 1 };
  const pk = labelKey(prefix);
  const rk = labelKey(rest);
  if (pk !== "") {
    for (let at = p.text.indexOf(pk); at >= 0 && (!best || at < best.at); at = p.text.indexOf(pk, at + 1)) {
      const after = at + pk.length;
      let top: { len: number; score: number } | undefined;
      for (let len = Math.ceil(rk.length * 0.6); len <= Math.ceil(rk.length * 1.5); len++) {
        const score = similarity(rk, p.text.slice(after, after + len));
        if (!top || score > top.score) top = { len, score };
      }
      if (top && top.score >= TITLE_SIMILARITY) {
        best = { at, len: pk.length + top.len, score: top.score };
        break;
      }
    }
  }
  if (!best) return undefined;
  const start = p.at[best.at];
  const end = p.at[Math.min(best.at + best.len, p.at.length) - 1] + 1;
  return { start, end, text: flat.slice(start, end).replace(/\s+/g, " ").trim() };
}

/** The six sections' headings, each found after the one before (undefined where missing). */
export function locateSections(flat: string, format: FormatDef): (SectionHit | undefined)[] {
  const hits: (SectionHit | undefined)[] = [];
  let from = 0;
  for (const s of format.sections) {
    const found = [s.title, ...s.variants].map((t) => findTitle(flat, t, from)).filter((h): h is SectionHit => h !== undefined);
    const hit = found.sort((a, b) => a.start - b.start || b.end - a.end)[0];
    hits.push(hit);
    if (hit) from = hit.end;
  }
  return hits;
}

/** The text between two places, as paragraphs: one per line, cells joined, spaces at the ends trimmed. */
export function paragraphs(flat: string, from: number, to: number): string[] {
  return flat
    .slice(from, to)
    .split("\n")
    .map((line) => line.replace(/\t+/g, " ").trim())
    .filter((line) => line !== "");
}

/** The agency and year in a report's title `<机关><年度>年政府信息公开工作年度报告`. */
export function readTitle(flat: string, docTitle?: string): { agency: string; year: number | null } {
  // A long title may wrap (a PDF's centred title: `…工作年` / `度报告`): spaces and line breaks between its words.
  const words = [..."政府信息公开工作年度报告"].join("[\\s\\u3000]*");
  const pattern = new RegExp(`([^\\n]{0,60}?)[\\s\\u3000]*([12][0-9０-９]{3})[\\s\\u3000]*年度?[\\s\\u3000]*${words}`);
  for (const source of [flat.slice(0, 2000), docTitle ?? ""]) {
    const m = pattern.exec(source);
    if (!m) continue;
    let agency = m[1].replace(/^.*[:：]\s*/, "").trim();
    // A title wrapped before the year (`…领导小组办` / `公室（汇总…）2020 年…`): the document's first line, all name,
    // begins the agency.
    const opening = source.slice(0, m.index).split("\n");
    if (agency !== "" && opening.length === 2 && /^[\u4e00-\u9fff（）()]{4,40}$/.test(opening[0].trim())) {
      agency = opening[0].trim() + agency;
    }
    if (agency === "") {
      const before = source.slice(0, m.index).trimEnd().split("\n");
      agency = (before[before.length - 1] ?? "").replace(/\t/g, "").trim();
    }
    const year = Number(m[2].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
    return { agency: agency.replace(/^.*[:：]\s*/, ""), year };
  }
  const period = /统计期限[^0-9]{0,12}([12]\d{3})\s*年\s*1\s*月\s*1\s*日/.exec(flat);
  return { agency: "", year: period ? Number(period[1]) : null };
}

/** Contact details stated in the introduction (`请与…联系（地址：…，邮编：…，电话：…）`). */
export function readContact(intro: string): Partial<ContactInfo> {
  const text = intro.replace(/[\n\t]/g, "");
  const field = (names: string) => {
    const m = new RegExp(`(?:${names})[:：]\\s*([^，,；;。）)]+)`).exec(text);
    return m ? m[1].trim() : undefined;
  };
  const out: Partial<ContactInfo> = {};
  const office = /请(?:与|联系)([^，,。（(]{2,40}?)联系/.exec(text);
  if (office) out.office = office[1].trim();
  const address = field("联系地址|通讯地址|地址");
  if (address) out.address = address;
  const postcode = field("邮政编码|邮编");
  if (postcode) out.postcode = postcode;
  const phoneFax = field("电话/传真|电话、传真");
  const phone = phoneFax ?? field("联系电话|电话");
  if (phone) out.phone = phone;
  const fax = phoneFax ?? field("传真");
  if (fax) out.fax = fax;
  const email = field("电子邮箱|电子信箱|邮箱|E-mail|Email");
  if (email) out.email = email;
  return out;
}

/** A date written `2022年1月20日` or `2022-01-20` → `2022-01-20`; undefined for anything else. */
export function isoDate(text: string): string | undefined {
  const m = /^\s*(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/.exec(text);
  if (!m) return undefined;
  return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
}
