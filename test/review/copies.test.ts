/**
 * 内容雷同 across units: the measure ignores names and numbers, the search finds exactly the pairs a comparison of
 * every pair finds (property test), pairs join into groups, and the quote is a passage both texts have.
 */
import { FORMAT_2019, FORMAT_2021 } from "../../src/format";
import fc from "fast-check";
import { batchCopySections, copyGroups, copySections, findCopies, type CopyDoc, type CopyPair } from "../../src/review/copies";
import { comparableText, copyQuote, copySimilarity, NUMBER_MARK } from "../../src/rules";
import { copiedProblems } from "../support/region";

describe("the 内容雷同 measure", () => {
  test("the same text with the unit's name and the figures changed is 100 % similar; without removing them it is not", () => {
    const a = copiedProblems("县水利局", 2, 12);
    const b = copiedProblems("县林业局", 3, 15);
    expect(copySimilarity(a, b, ["县水利局", "县林业局"])).toBe(1);
    expect(copySimilarity(a, b)).toBeLessThan(1);
  });

  test("numbers in figures, full-width figures and Chinese numerals before a measure word become one mark", () => {
    const text = comparableText("全年组织培训12次，更新１５项，开展三次检查，二〇二一年度，资金1,234.5万元。");
    expect(text.replace(new RegExp(NUMBER_MARK, "g"), "#")).toBe("全年组织培训#次更新#项开展#次检查#年度资金#万元");
  });

  test("names: the full name and its short form after the place name are removed, longest first", () => {
    expect(comparableText("三明市沙县区工信与科技局和工信与科技局", ["三明市沙县区工信与科技局"])).toBe("和");
  });

  test("the quote is the longest clause both texts have, as the first wrote it", () => {
    const a = "一是培训不足。二是解读形式单一，图解较少；三是平台功能有待优化，检索不便。";
    const b = "一是宣传不够。二是解读形式单一，图解较少；三是平台功能有待优化，检索不便。";
    expect(copyQuote(a, b)).toBe("三是平台功能有待优化，检索不便");
  });
});

describe("findCopies", () => {
  const sections = copySections(FORMAT_2021);
  const five = sections.find((s) => s.field === "text.problems")!;

  test("the catalogue's 内容雷同 rules give the sections: 五 (C1a) and 一 (C1b) at 0.85, from 30 characters", () => {
    expect(sections.map((s) => [s.rule, s.field, s.section, s.threshold, s.minChars])).toEqual([
      ["C1a", "text.problems", "五、存在的主要问题及改进情况", 0.85, 30],
      ["C1b", "text.overview", "一、总体情况", 0.85, 30],
    ]);
  });

  test("a batch of 2021 and 2020 reports compares each section once, under the first format's title", () => {
    const both = batchCopySections([FORMAT_2021, FORMAT_2019]);
    expect(both.map((s) => [s.rule, s.field, s.section])).toEqual([
      ["C1a", "text.problems", "五、存在的主要问题及改进情况"],
      ["C1b", "text.overview", "一、总体情况"],
    ]);
    expect(batchCopySections([FORMAT_2019]).map((s) => s.field)).toEqual(["text.problems", "text.overview"]);
    expect(batchCopySections([])).toEqual([]);
  });

  test("two copies among others: one pair, 100 %, with a shared quote; short texts are not compared", () => {
    const docs: CopyDoc[] = [
      { index: 0, unit: "县水利局", texts: { "text.problems": copiedProblems("县水利局", 2, 12) } },
      { index: 1, unit: "县民政局", texts: { "text.problems": "基层民政服务站点的信息公开栏更新不及时，救助资金公示格式不统一，下一步统一公示模板并开展季度抽查。" } },
      { index: 2, unit: "县林业局", texts: { "text.problems": copiedProblems("县林业局", 3, 15) } },
      { index: 3, unit: "甲", texts: { "text.problems": "无" } },
      { index: 4, unit: "乙", texts: { "text.problems": "无" } },
    ];
    const pairs = findCopies([0, 1, 2, 3, 4], docs.map((d) => d.unit), (i) => docs[i], [five]);
    expect(pairs.map((p) => [p.rule, p.a, p.b, p.similarity])).toEqual([["C1a", 0, 2, 1]]);
    expect(pairs[0].quote).toBe(copyQuote(docs[0].texts["text.problems"]!, docs[2].texts["text.problems"]!, ["县水利局", "县林业局"]));
    expect(pairs[0].quote.length).toBeGreaterThan(10);
  });

  test("finds exactly the pairs that measuring every pair finds", () => {
    const words = ["政务公开", "信息", "培训", "解读", "平台", "整改", "落实", "规范", "制度", "加强", "问题", "群众", "办理", "申请", "栏目"];
    const text = fc.array(fc.constantFrom(...words), { minLength: 8, maxLength: 40 }).map((w) => w.join(""));
    // Texts made from a few bases with small changes, so that some pairs are near and most are not.
    const batch = fc.tuple(
      fc.array(text, { minLength: 1, maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...words)), { maxLength: 3 })), { minLength: 2, maxLength: 14 }),
      fc.double({ min: 0.6, max: 0.95, noNaN: true }),
    );
    fc.assert(
      fc.property(batch, ([bases, edits, threshold]) => {
        const docs: CopyDoc[] = edits.map(([b, changes], index) => {
          let t = bases[b % bases.length];
          for (const [at, w] of changes) {
            const i = at % (t.length + 1);
            t = t.slice(0, i) + w + t.slice(i);
          }
          return { index, unit: `单位${index}`, texts: { "text.problems": t } };
        });
        const section = { ...five, threshold, minChars: 5 };
        const units = docs.map((d) => d.unit);
        const found = findCopies(docs.map((d) => d.index), units, (i) => docs[i], [section]).map((p) => `${p.a}-${p.b}`);
        const expected: string[] = [];
        for (let a = 0; a < docs.length; a++)
          for (let b = a + 1; b < docs.length; b++) {
            if (copySimilarity(docs[a].texts["text.problems"]!, docs[b].texts["text.problems"]!, units) >= threshold) expected.push(`${a}-${b}`);
          }
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});

test("copyGroups: A~B and B~C are one group of three; another section's pair its own group", () => {
  const pair = (rule: string, a: number, b: number, similarity: number): CopyPair => ({
    rule,
    field: rule === "C1a" ? "text.problems" : "text.overview",
    section: rule,
    a,
    b,
    similarity,
    quote: "",
  });
  const groups = copyGroups([pair("C1a", 0, 3, 0.9), pair("C1a", 3, 5, 0.95), pair("C1b", 1, 2, 1), pair("C1a", 7, 8, 0.88)]);
  expect(groups.map((g) => [g.rule, g.members, g.pairs.length])).toEqual([
    ["C1a", [0, 3, 5], 2],
    ["C1a", [7, 8], 1],
    ["C1b", [1, 2], 1],
  ]);
});
