#!/usr/bin/env node
/**
 * `npm run corpus`: the reader of statistical sentences on the corpus of real report sentences
 * (test/prose/corpus.ts). Prints the corpus size, the statements expected and read, precision and recall, the
 * false-positive rate (statements read that the sentence does not make: each a false finding when the table differs)
 * and the false-negative rate (statements made that were not read: a contradiction there goes unseen), for the whole
 * corpus and for the held-out part (sentences labelled after the reader was written), then every mismatch.
 * Exit status 1 when there is any mismatch.
 */
"use strict";
const path = require("path");
require("tsx/cjs/api").register();

const ROOT = path.resolve(__dirname, "..");
const { scoreCorpus } = require(path.join(ROOT, "test/prose/corpus-score.ts"));

const pct = (n, d) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);

function line(name, score) {
  const reports = new Set(score.sentences.map((s) => s.report.report)).size;
  const withFigures = score.sentences.filter((s) => s.sentence.expect.length > 0).length;
  const fp = score.read - score.correct;
  const fn = score.expected - score.correct;
  console.log(
    `${name}：${score.sentences.length} 句（${reports} 份报告，${withFigures} 句写有表格数字），应读出 ${score.expected} 个陈述，读出 ${score.read} 个，正确 ${score.correct} 个`,
  );
  console.log(
    `  精确率 ${pct(score.correct, score.read)}，召回率 ${pct(score.correct, score.expected)}；误报 ${fp} 个（误报率 ${pct(fp, score.read)}），漏报 ${fn} 个（漏报率 ${pct(fn, score.expected)}）`,
  );
}

const all = scoreCorpus();
const heldOut = scoreCorpus((r) => r.heldOut === true);
line("全部语句", all);
line("其中留出集", heldOut);

const wrong = all.sentences.filter((s) => s.falsePositives.length + s.falseNegatives.length > 0);
for (const s of wrong) {
  console.log(`\n${s.report.report}（${s.report.source}）\n  ${s.sentence.text}`);
  if (s.falsePositives.length) console.log(`  误报：${s.falsePositives.join("；")}`);
  if (s.falseNegatives.length) console.log(`  漏报：${s.falseNegatives.join("；")}`);
}
process.exitCode = wrong.length > 0 ? 1 : 0;
