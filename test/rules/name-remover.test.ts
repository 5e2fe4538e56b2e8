/**
 * Removing units' names from texts for 内容雷同 (`nameRemover`, used by the batch's copied-text search): the same
 * result as searching the text for every name in turn, longest first, including a shorter name that only appears
 * once a longer one is cut out.
 */
import { comparableText, comparableTextWith, nameRemover, namesToRemove } from "../../src/rules";

/** The plain way: every name split out in turn, longest first. */
function naive(text: string, names: string[]): string {
  let s = text;
  for (const n of namesToRemove(names)) s = s.split(n.normalize("NFKC")).join("");
  return s;
}

test("a shorter name made by cutting out a longer one is removed too", () => {
  // 甲乙局 goes first (longest); what is left, 乙丙, is the other name.
  expect(nameRemover(["甲乙局", "乙丙"])("乙甲乙局丙")).toBe("");
  expect(naive("乙甲乙局丙", ["甲乙局", "乙丙"])).toBe("");
});

test("names with a character the text lacks are passed over; the result is the naive one", () => {
  const units = ["某县教育局", "某县第12单位", "城关镇人民政府", "ＡＢ局", "县民政局"];
  const texts = ["某县教育局和县民政局共同开展培训，城关镇人民政府参加。", "AB局本年度无变化", "", "教育局教育局"];
  const remove = nameRemover(namesToRemove(units));
  for (const t of texts) {
    expect(remove(t)).toBe(naive(t, namesToRemove(units)));
    expect(comparableTextWith(t, nameRemover(units))).toBe(comparableText(t, units));
  }
  expect(remove("某县教育局和县民政局共同开展培训")).toBe("和共同开展培训");
});
