/**
 * Our own reports read back: the report document opens some sections with sentences generated from the tables (一（一）
 * –（三）, 六's 信息处理费 sentence) and prints a placeholder (`【五、存在的主要问题及改进情况 未填写】`) for text left empty.
 * Neither is the agency's text. Where a section's text read from the document opens with exactly the sentence the
 * narrative generates from the cells read, that sentence is removed; an exact placeholder is removed; 六's fee sentence
 * gives back the two 信息处理费 fields (only when one reading of its numbers regenerates it word for word). Text of
 * any other report (a published one) is never equal to our sentences and is kept as read.
 */
import { formatOf, type OverviewItemKey } from "../format";
import { buildReportDocument, processingFeeSentence, runsText, type Block } from "../narrative";
import { emptyText, type CellValue, type ReportData } from "../report";

/** The paragraphs (generated and placeholders) the narrative prints for each text field when the text is empty. */
function printedWithoutText(data: ReportData): Map<string, { generated: string[]; placeholders: string[] }> {
  const bare: ReportData = { ...data, text: emptyText(), explanations: [] };
  // The checks run as when the report was written: a total that disagrees with its parts is printed as a gap.
  const doc = buildReportDocument(bare);
  const format = formatOf(bare);
  const out = new Map<string, { generated: string[]; placeholders: string[] }>();
  let section: string | undefined;
  let field: string | undefined;
  const titles = new Map<string, string>();
  for (const s of format.sections) titles.set(s.title, s.key);
  for (const item of format.overviewItems) titles.set(item.title, `overview.${item.key}`);
  for (const b of doc.blocks as Block[]) {
    if (b.type === "heading") {
      const key = titles.get(b.text);
      if (b.level === 1) {
        section = key;
        field = key === "overview" ? "overviewIntro" : key === "problems" ? "problems" : key === "other_matters" ? "otherMatters" : undefined;
      } else field = section === "overview" && key?.startsWith("overview.") ? key : undefined;
      continue;
    }
    if (b.type !== "paragraph" || field === undefined) continue;
    const entry = out.get(field) ?? { generated: [], placeholders: [] };
    (b.source === "generated" ? entry.generated : entry.placeholders).push(runsText(b.runs));
    out.set(field, entry);
  }
  return out;
}

/** The text without its leading generated paragraphs and its placeholder paragraphs. */
function strip(text: string, printed: { generated: string[]; placeholders: string[] } | undefined): string {
  if (!printed) return text;
  const paragraphs = text.split("\n");
  let i = 0;
  while (i < paragraphs.length && i < printed.generated.length && paragraphs[i] === printed.generated[i]) i++;
  // Only the whole run of generated paragraphs, in order: a partial match is the agency's own wording.
  const rest = i === printed.generated.length ? paragraphs.slice(i) : paragraphs;
  return rest.filter((p) => !printed.placeholders.includes(p)).join("\n");
}

/**
 * The 信息处理费 fields whose generated sentence is `sentence` word for word, trying the numbers it states (and blank
 * and 0) for each field; `undefined` unless exactly one reading regenerates it.
 */
function feesFrom(data: ReportData, sentence: string): ReportData["processingFees"] | undefined {
  const numbers = (sentence.match(/\d+(?:\.\d+)?/g) ?? []).slice(0, 4).map(Number);
  const candidates: CellValue[] = [null, 0, ...numbers];
  const found: ReportData["processingFees"][] = [];
  for (const noticesIssued of candidates) {
    for (const collectedYuan of candidates) {
      const fees = { noticesIssued, collectedYuan };
      if (runsText(processingFeeSentence({ ...data, processingFees: fees })) === sentence) found.push(fees);
    }
  }
  const distinct = new Set(found.map((f) => JSON.stringify(f)));
  return distinct.size === 1 ? found[0] : undefined;
}

/**
 * Remove from `data.text` what our own report document generates (see the module comment), and read 六's fee
 * sentence back into `data.processingFees` when it is ours. Changes `data` in place.
 */
export function removeGeneratedText(data: ReportData): void {
  const other = data.text.otherMatters.split("\n");
  const fees = other[0] ? feesFrom(data, other[0]) : undefined;
  if (fees) data.processingFees = fees;
  const printed = printedWithoutText(data);
  data.text.overviewIntro = strip(data.text.overviewIntro, printed.get("overviewIntro"));
  for (const key of Object.keys(data.text.overview) as OverviewItemKey[]) {
    data.text.overview[key] = strip(data.text.overview[key], printed.get(`overview.${key}`));
  }
  data.text.problems = strip(data.text.problems, printed.get("problems"));
  data.text.otherMatters = strip(data.text.otherMatters, printed.get("otherMatters"));
}
