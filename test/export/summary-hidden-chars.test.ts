/**
 * The summary's CSV and HTML show control and bidi characters from user values as `[U+XXXX]` (the classes the
 * terminal neutralising uses), so `cat 汇总.csv` runs nothing and the page shows "淮安市\u202e府政民人" as it is; the
 * 格式 column does not wrap.
 */
import { summaryHtml } from "../../src/export/summary-html";
import { summaryCsv } from "../../src/export/summary-csv";
import { checkedOutcome } from "../../src/review/outcome";
import { summaryOf } from "../support/summary";

function batch() {
  const outcomes = [
    checkedOutcome({ index: 0, file: "a/huaian\u0007.json", unit: "淮安市\u202e府政民人", year: 2024, format: "2021", texts: {} }, []),
    checkedOutcome({ index: 1, file: "a/b.json", unit: "县\u001b[2J民政局", year: 2024, format: "2021", texts: {} }, []),
  ];
  return summaryOf(outcomes, "2025-01-25 09:30");
}

test("CSV: no ESC, BEL or RLO; each shown by its code point", () => {
  const csv = summaryCsv(batch().summary);
  expect(csv).not.toMatch(/[\u001b\u0007\u202e]/);
  expect(csv).toContain("淮安市[U+202E]府政民人");
  expect(csv).toContain("县[U+001B][2J民政局");
  expect(csv).toContain("a/huaian[U+0007].json");
});

test("HTML: the agency with a right-to-left override is shown with it visible; 格式 does not wrap", () => {
  const { summary, outcomes } = batch();
  const html = [...summaryHtml(summary, outcomes)].join("");
  expect(html).not.toMatch(/[\u001b\u0007\u202e]/);
  expect(html).toContain("淮安市[U+202E]府政民人");
  expect(html).toContain('<td class="fmt">2021</td>');
  // 格式 and the rule ids (S9a) do not break inside, although the page lets long words wrap anywhere.
  expect(html).toMatch(/td\.fmt, \.rule \{ white-space: nowrap; overflow-wrap: normal; \}/);
});
