/**
 * Scoring the reader on the corpus of real sentences: each sentence is read in its context and the statements are
 * compared with the expected ones. Used by the corpus test and by `npm run corpus`.
 */
import { formatForYear, latestFormat } from "../../src/format";
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
 * What the reader reads from one corpus sentence, in the format of the report's year (2019 and 2020: the 2019 format,
 * whose 表二 has 本年新制作数量 … and no 本年废止件数), keeping the statements whose cells are all in that format.
 */
export function readCorpusSentence(report: CorpusReport, sentence: CorpusSentence): string[] {
  const format = formatForYear(report.year) ?? latestFormat();
  return readStatements(sentence.text, { format, year: report.year, agency: corpusAgency(report), topic: sentence.context === "requests" ? "requests" : undefined })
    .filter((s) => s.readings.every((q: Quantity) => quantityCells(q, format) !== undefined))
    .map(statementText);
}

/** The agency a corpus report is by: its name without the year and notes (`义乌市交通运输局 2020（2019 年格式）`). */
export function corpusAgency(report: CorpusReport): string {
  return report.report.replace(/\s+[0-9]{4}.*$/, "");
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
