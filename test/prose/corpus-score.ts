/**
 * Scoring the reader on the corpus of real sentences: each sentence is read in its context and the statements are
 * compared with the expected ones. Used by the corpus test and by `npm run corpus`.
 */
import { FORMAT_2021 } from "../../src/format";
import { quantityCells, quantityId, readStatements, type Quantity, type Statement } from "../../src/prose";
import { CORPUS, type CorpusReport, type CorpusSentence } from "./corpus";

/** A statement as the corpus writes it: `table3.new[total]=8`, readings joined by `|`. */
export function statementText(s: Statement): string {
  return `${s.readings.map(quantityId).join("|")}=${s.value}`;
}

/** The result of one sentence. */
export interface SentenceScore {
  report: CorpusReport;
  sentence: CorpusSentence;
  actual: string[];
  /** Statements read that the corpus does not expect (each would be a false finding if the table differed). */
  falsePositives: string[];
  /** Statements expected that were not read (a contradiction there would go unseen). */
  falseNegatives: string[];
}

/**
 * Whether a quantity exists in the format of the report's year. Reports of 2019 and 2020 use the 2019 format, whose
 * 表二 has none of the 2021 表二's cells (本年新制作数量 … instead of 本年制发件数 …); 表三 and 表四 are shared.
 */
function inReportFormat(q: Quantity, year: number): boolean {
  if (year < 2021 && q.table === "table2") return false;
  return quantityCells(q, FORMAT_2021) !== undefined;
}

/** What the reader reads from one corpus sentence, as statements of the report's format. */
export function readCorpusSentence(report: CorpusReport, sentence: CorpusSentence): string[] {
  return readStatements(sentence.text, { year: report.year, topic: sentence.context === "requests" ? "requests" : undefined })
    .filter((s) => s.readings.every((q) => inReportFormat(q, report.year)))
    .map(statementText);
}

/** Score every sentence of the corpus. */
export function scoreCorpus(filter: (r: CorpusReport) => boolean = () => true): { sentences: SentenceScore[]; expected: number; read: number; correct: number } {
  const sentences: SentenceScore[] = [];
  let expected = 0;
  let read = 0;
  let correct = 0;
  for (const report of CORPUS.filter(filter))
    for (const sentence of report.sentences) {
      const actual = readCorpusSentence(report, sentence);
      const remaining = [...sentence.expect];
      const falsePositives: string[] = [];
      for (const a of actual) {
        const k = remaining.indexOf(a);
        if (k >= 0) remaining.splice(k, 1);
        else falsePositives.push(a);
      }
      expected += sentence.expect.length;
      read += actual.length;
      correct += actual.length - falsePositives.length;
      sentences.push({ report, sentence, actual, falsePositives, falseNegatives: remaining });
    }
  return { sentences, expected, read, correct };
}
