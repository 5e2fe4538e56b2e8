/**
 * Page furniture of a government portal's article page that a page text carries along with the report: the
 * download, print, close, font-size and share controls printed around the article (`附件下载` after 六's last
 * sentence on 平潭's pages). They are dropped only where they stand alone as page chrome: at the very start or end of
 * a section's text, on a line of their own or after the text's last sentence, never inside the agency's words.
 */

/** The controls, as printed (brackets and spaces set aside when compared). */
export const PAGE_CHROME = [
  "附件下载",
  "相关附件",
  "打印本页",
  "打印此页",
  "关闭窗口",
  "关闭本页",
  "打印",
  "关闭",
  "收藏",
  "返回顶部",
  "字体：大中小",
  "字号：大中小",
  "分享到",
  "分享到：",
  "微信",
  "微博",
  "QQ空间",
  "新浪微博",
  "腾讯微博",
  "扫一扫在手机打开当前页",
];

const KEYS = new Set(PAGE_CHROME.map(chromeKey));

function chromeKey(token: string): string {
  return token.replace(/[\s\u3000【】[\]]/g, "").replace(/:/g, "：");
}

/** One run of text is page chrome alone: each of its space-separated tokens (or the whole, spaces aside) is a control. */
function isChrome(run: string): boolean {
  const t = run.trim();
  if (t === "") return false;
  if (KEYS.has(chromeKey(t))) return true;
  // `【字体：大 中 小】 【打印本页】 【关闭窗口】`: bracketed controls one after another.
  const bracketed = t.match(/【[^【】]*】/g);
  if (bracketed && bracketed.join("").length === t.replace(/\s+/g, "").length) return bracketed.every((b) => KEYS.has(chromeKey(b)));
  return t.split(/[\s\u3000]+/).every((w) => KEYS.has(chromeKey(w)));
}

/**
 * A section's paragraphs without the page chrome at their start and end: whole paragraphs that are chrome, and a run
 * of chrome after the last paragraph's final punctuation (`…情况。 附件下载`).
 */
export function dropPageChrome(lines: string[]): string[] {
  const out = [...lines];
  while (out.length > 0 && isChrome(out[0])) out.shift();
  while (out.length > 0 && isChrome(out[out.length - 1])) out.pop();
  if (out.length > 0) {
    const last = out[out.length - 1];
    const m = /^(.*[。！？；”）)])[\s\u3000]+([^。！？；]+)$/.exec(last);
    if (m && isChrome(m[2])) out[out.length - 1] = m[1];
  }
  return out;
}
