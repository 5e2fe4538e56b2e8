/**
 * A report's own text, piece by piece, read with the context each piece gives: 一（二）依申请公开 is about requests,
 * so `办结69件` there is （七）总计; elsewhere a sentence has to say what it counts.
 */
import { sectionTitle, type FormatDef, type TextField } from "../format";
import type { ReportData } from "../report";
import type { Topic } from "./lexicon";
import { readStatements, type Statement } from "./reader";

/** One piece of the user's text: where it stands and what it is about. */
export interface TextPiece {
  /** The report field holding it (`text.overview`, `text.problems`, `text.otherMatters`). */
  field: TextField;
  /** Which piece: `overview.intro`, `overview.disclosure_on_request`, `overview.extra.0`, `problems`, `otherMatters`. */
  key: string;
  /** Where it is printed, in Chinese: `一、总体情况（二）依申请公开`, `五、存在的主要问题及改进情况`. */
  place: string;
  text: string;
  /** What the piece is about before a sentence says so. */
  topic?: Topic;
}

/** A piece of text with the statements read from it (offsets relative to `piece.text`). */
export interface ReadPiece {
  piece: TextPiece;
  statements: Statement[];
}

/** A sub-item title that is about requests: `（二）依申请公开`, `（二）依申请公开政府信息情况`. */
const REQUESTS_TITLE = /依申请公开|收到和处理政府信息公开申请/;

/** Every non-empty piece of a report's text, in printed order. */
export function reportTexts(data: ReportData, format: FormatDef): TextPiece[] {
  const overview = sectionTitle(format, "overview");
  const pieces: TextPiece[] = [{ field: "text.overview", key: "overview.intro", place: overview, text: data.text.overviewIntro }];
  for (const item of format.overviewItems)
    pieces.push({
      field: "text.overview",
      key: `overview.${item.key}`,
      place: `${overview}${item.title}`,
      text: data.text.overview[item.key] ?? "",
      ...(item.key === "disclosure_on_request" ? { topic: "requests" as const } : {}),
    });
  data.text.overviewExtra.forEach((x, i) =>
    pieces.push({
      field: "text.overview",
      key: `overview.extra.${i}`,
      place: `${overview}${x.title.trim()}`,
      text: x.body,
      ...(REQUESTS_TITLE.test(x.title) ? { topic: "requests" as const } : {}),
    }),
  );
  pieces.push({ field: "text.problems", key: "problems", place: sectionTitle(format, "problems"), text: data.text.problems });
  pieces.push({ field: "text.otherMatters", key: "otherMatters", place: sectionTitle(format, "other_matters"), text: data.text.otherMatters });
  return pieces.filter((p) => p.text.trim() !== "");
}

/** Read every piece of a report's text in the report's format and year. */
export function readReportText(data: ReportData, format: FormatDef): ReadPiece[] {
  return reportTexts(data, format).map((piece) => ({
    piece,
    statements: readStatements(piece.text, { format, year: data.year, agency: data.agency, ...(piece.topic ? { topic: piece.topic } : {}) }),
  }));
}
