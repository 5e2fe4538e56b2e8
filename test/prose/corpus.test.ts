/**
 * The reader on the corpus of real sentences (test/prose/corpus.ts): every sentence is read as the corpus expects,
 * so no sentence gives a statement it does not make (a false finding) and none misses one it makes.
 */
import { CORPUS } from "./corpus";
import { readCorpusSentence, scoreCorpus } from "./corpus-score";

const rows = CORPUS.flatMap((report) => report.sentences.map((sentence) => ({ report, sentence })));

test("the corpus has at least 150 real sentences, each with its source address", () => {
  expect(rows.length).toBeGreaterThanOrEqual(150);
  for (const { report } of rows) expect(report.source).toMatch(/^(https?:\/\/|shared\/)/);
});

test.each(rows.map((r) => [r.report.report, r.sentence.text, r]))("%s: %s", (_report, _text, { report, sentence }) => {
  expect([...readCorpusSentence(report, sentence)].sort()).toEqual([...sentence.expect].sort());
});

test("precision and recall over the whole corpus are 100%", () => {
  const score = scoreCorpus();
  expect(score.correct).toBe(score.read);
  expect(score.correct).toBe(score.expected);
});
