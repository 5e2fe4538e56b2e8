/**
 * Reading the 报告信息 block back: rows found by their label (so rows may move), each value read as its field's kind.
 */
import {
  FORMATS,
  isInfoHeading,
  isOptionalInfoField,
  normalizeLabel,
  WORDING_LABELS,
  type FormatDef,
  type InfoField,
  type InfoFieldKey,
  type OverviewItemKey,
} from "../../format";
import type { ReadProblem, ReportData } from "../../report";
import { a1, type NamedRead, type RangeRef, type RawValue } from "../port";
import { parseWording, setInfoText } from "./info-fields";
import { shownText } from "./table-check";
import { single, toCellValue } from "./values";

/** Excel date serial → `YYYY-MM-DD` (serials from 1900-03-01 on). */
function serialToDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000);
  return d.toISOString().slice(0, 10);
}

/**
 * The rows of one added sub-item of 总体情况 in 报告信息 (filled or spare): where its title and body cells are
 * (`null` when that row is missing) and what they hold.
 */
export interface InfoExtraSlot {
  title: RangeRef | null;
  body: RangeRef | null;
  text: { title: string; body: string };
}

/**
 * Read the 报告信息 block into `data`, recording where each field is (`infoCells`), the rows of the added sub-items
 * of 总体情况 in order (`extraSlots`, spare ones included), and every row whose label is not a field or field that is
 * missing (`label_changed`), or a value that cannot be read as its kind (`bad_value`).
 */
export function readInfo(
  read: NamedRead,
  data: ReportData,
  problems: ReadProblem[],
  infoCells: Partial<Record<InfoFieldKey, RangeRef>>,
  format: FormatDef,
  extraSlots: InfoExtraSlot[] = [],
): void {
  const { info } = format;
  // Labels of every format are accepted (a set inserted in one format and read in another keeps its fields).
  const fields = new Map<string, InfoField>();
  for (const f of [format, ...FORMATS].flatMap((x) => [...x.info.head, ...x.info.tail]))
    if (!isInfoHeading(f) && !fields.has(normalizeLabel(f.label))) fields.set(normalizeLabel(f.label), f);
  const headings = new Set(
    [format, ...FORMATS].flatMap((x) => [x.info.title, ...x.info.head.filter(isInfoHeading).map((h) => h.heading)]).map(normalizeLabel),
  );
  const seen = new Set<InfoFieldKey>();
  const extras: { title: string; body: string }[] = [];
  const at = (i: number) => a1(single(read.range.sheet, read.range.row + i, read.range.col));
  const valueCell = (i: number) => single(read.range.sheet, read.range.row + i, read.range.col + 1);
  read.values.forEach((row, i) => {
    const label = normalizeLabel(shownText(row[0] ?? null));
    const raw = row.length > 1 ? row[1] : null;
    const text = raw === null ? "" : shownText(raw);
    if (label === "" && text === "") return;
    if (headings.has(label)) return;
    if (label === normalizeLabel(info.extraTitleLabel)) {
      extras.push({ title: text, body: "" });
      extraSlots.push({ title: valueCell(i), body: null, text: { title: text, body: "" } });
      return;
    }
    if (label === normalizeLabel(info.extraBodyLabel)) {
      if (extras.length === 0 || extras[extras.length - 1].body !== "") extras.push({ title: "", body: text });
      else extras[extras.length - 1].body = text;
      const last = extraSlots[extraSlots.length - 1];
      if (last && last.body === null) {
        last.body = valueCell(i);
        last.text.body = text;
      } else extraSlots.push({ title: null, body: valueCell(i), text: { title: "", body: text } });
      return;
    }
    const f = fields.get(label);
    if (!f) {
      if (text !== "")
        problems.push({
          kind: "label_changed",
          message: `“${read.range.sheet}”第 ${read.range.row + i + 1} 行的标签“${shownText(row[0] ?? null)}”（${at(i)}）不是报告信息的字段，右侧内容未读取；请改回原标签。`,
        });
      return;
    }
    seen.add(f.key);
    infoCells[f.key] = single(read.range.sheet, read.range.row + i, read.range.col + 1);
    setInfoField(data, f, raw, problems, `“${read.range.sheet}”的“${f.label}”`);
  });
  data.text.overviewExtra = extras.filter((x) => x.title !== "" || x.body !== "");
  const missing = [...info.head, ...info.tail].filter((f): f is InfoField => !isInfoHeading(f) && !seen.has(f.key) && !isOptionalInfoField(f));
  if (missing.length > 0)
    problems.push({
      kind: "label_changed",
      message: `“${read.range.sheet}”中找不到${missing.map((f) => `“${f.label}”`).join("、")}一行，这些内容按空白处理；请恢复该行的标签。`,
    });
}

function setInfoField(data: ReportData, f: InfoField, raw: RawValue, problems: ReadProblem[], where: string): void {
  const text = raw === null ? "" : shownText(raw);
  switch (f.kind) {
    case "year": {
      if (raw === null || text.trim() === "") return;
      const m = /^\s*(\d{4})\s*年?\s*$/.exec(text);
      if (typeof raw === "number" && Number.isInteger(raw)) data.year = raw;
      else if (m) data.year = Number(m[1]);
      else problems.push({ kind: "bad_value", message: `${where}应为四位数年份（如 2024），现为“${text}”，未读取。` });
      return;
    }
    case "wording": {
      const item = f.key.slice("text.wording.".length) as OverviewItemKey;
      const w = parseWording(text);
      if (w === "generated" || w === "user") data.text.wording[item] = w;
      else if (w === "invalid")
        problems.push({ kind: "bad_value", message: `${where}应填“${WORDING_LABELS.generated}”或“${WORDING_LABELS.user}”（空白为自动），现为“${text}”，按自动处理。` });
      return;
    }
    case "date":
      data.publishDate = typeof raw === "number" && raw > 20000 && raw < 80000 ? serialToDate(raw) : text;
      return;
    case "count":
    case "yuan": {
      const v = toCellValue(raw);
      if (f.key === "processingFees.noticesIssued") data.processingFees.noticesIssued = v;
      else data.processingFees.collectedYuan = v;
      return;
    }
    default:
      break;
  }
  setInfoText(data, f.key, text);
}
