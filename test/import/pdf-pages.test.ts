/**
 * Pages joined again (`joinPages`): a sentence cut by a page break reads on into the next page; a heading, a finished
 * sentence or an indented new paragraph does not; page numbers (`-2-`, `— 2 —`, `第2页`) are dropped.
 */
import { joinPages, readPage, type PositionedText } from "../../src/import/pdf-layout";

const HEIGHT = 842;
const SIZE = 16;

/** A line of text at `y`, starting at `x`, one 16 pt character per 16 pt. */
const line = (text: string, y: number, x = 80): PositionedText => ({ text, x, y, width: [...text].length * SIZE, size: SIZE });

/** A page of full 20-character lines (x 80 to 400) ending with `last`, and a page opening with `first`. */
function twoPages(last: PositionedText, first: PositionedText, footer = "-1-"): string[][] {
  const full = "一二三四五六七八九十一二三四五六七八九十";
  const one = readPage([line(full, 700), last, line(footer, 800, 230)], HEIGHT);
  const two = readPage([first, line(`${full}。`, 130), line("第 2 页", 800, 230)], HEIGHT);
  return joinPages([one, two]);
}

describe("joinPages", () => {
  test("a full line without sentence-final punctuation reads on into the next page's first line", () => {
    const lines = twoPages(line("建设‘四最’一流二三四五六七八九十一二三", 720), line("营商环境高质量推进产业发展。", 100));
    expect(lines).toHaveLength(2);
    expect(lines[0][0]).toContain("九十建设‘四最’一流二三四五六七八九十一二三营商环境高质量推进产业发展。");
    expect(lines.flat().join("")).not.toMatch(/-1-|第 2 页/);
  });

  test("a finished sentence, a short heading or an indented next paragraph is not joined", () => {
    const sentence = twoPages(line("一二三四五六七八九十一二三四五六七八九。", 720), line("营商环境", 100));
    expect(sentence.map((l) => l[0].slice(0, 4))).toEqual(["一二三四", "营商环境", "一二三四"]);
    const heading = twoPages(line("（二）依申请公开", 740), line("定期对政府信息公开申请", 100));
    expect(heading.map((l) => l[0].slice(0, 4))).toEqual(["一二三四", "（二）依", "定期对政", "一二三四"]);
    const indented = twoPages(line("建设一流二三四五六七八九十一二三四五六七", 720), line("营商环境", 100, 112));
    expect(indented.map((l) => l[0].slice(0, 4))).toEqual(["一二三四", "营商环境", "一二三四"]);
  });

  test("page numbers written — 2 — are dropped", () => {
    const lines = twoPages(line("一二三四五六七八九十一二三四五六七八九。", 720), line("营商环境", 100), "— 1 —");
    expect(lines.flat().join("")).not.toContain("—");
  });
});
