/**
 * Parsing the text of a JSON file typed or edited by hand (a report data file), with a Chinese reason naming the
 * file and the place of the first syntax error instead of the JavaScript engine's English message.
 */

/** A JSON text that cannot be parsed; `message` is Chinese and names the file, e.g. `“a.json”是空文件`. */
export class JsonTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JsonTextError";
  }
}

/** Where a JSON text first breaks the grammar (RFC 8259). */
export interface JsonSyntaxProblem {
  /** Index in the text (UTF-16 code units) of the first character that cannot be read. */
  index: number;
  /** 1-based line and column (column in characters) of `index`. */
  line: number;
  column: number;
  /** True when the text ends before the value is complete (a missing `}`, `]` or `"`). */
  atEnd: boolean;
  /** What the grammar expected there. */
  expected: JsonExpected;
}

/** What the JSON grammar expects where a text breaks it. */
export type JsonExpected = "value" | "key" | "colon" | "comma_or_close" | "string" | "end";

/** Thrown inside the scanner at the first error; caught only by `findJsonSyntaxProblem`. */
class StopAt {
  constructor(
    readonly index: number,
    readonly expected: JsonExpected,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Scan a text against the JSON grammar and return the first place it breaks, or `undefined` when the text is valid
 * JSON (a leading byte order mark is not skipped: strip it first).
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const stop = (expected: JsonExpected): never => {
    throw new StopAt(i, expected);
  };
  const space = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) stop("string");
      const ch = text[i];
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === "\\") {
        const next = text[i + 1];
        if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else if (next === "u" && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
        else stop("string");
      } else if (ch.charCodeAt(0) < 0x20) stop("string");
      else i++;
    }
  };
  const value = (): void => {
    space();
    if (i >= text.length) stop("value");
    const ch = text[i];
    if (ch === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') stop("key");
        string();
        space();
        if (text[i] !== ":") stop("colon");
        i++;
        value();
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else stop("comma_or_close");
      }
    }
    if (ch === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else stop("comma_or_close");
      }
    }
    if (ch === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    stop("value");
  };
  try {
    value();
    space();
    if (i < text.length) stop("end");
  } catch (e) {
    if (!(e instanceof StopAt)) throw e;
    const before = text.slice(0, e.index);
    const lineStart = before.lastIndexOf("\n") + 1;
    return {
      index: e.index,
      line: before.split("\n").length,
      column: [...text.slice(lineStart, e.index)].length + 1,
      atEnd: e.index >= text.length,
      expected: e.expected,
    };
  }
  return undefined;
}

/** The widest excerpt of a line quoted in a message, in characters. */
const EXCERPT = 24;

/** The text of the problem's line around it, shortened with `…`, for a message. */
function excerpt(text: string, p: JsonSyntaxProblem): string {
  const lineStart = text.lastIndexOf("\n", p.index - 1) + 1;
  const lineEnd = text.indexOf("\n", p.index);
  const line = [...text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, "")];
  const at = p.column - 1;
  const from = Math.max(0, at - EXCERPT / 2);
  const to = Math.min(line.length, from + EXCERPT);
  return `${from > 0 ? "…" : ""}${line.slice(from, to).join("").trim()}${to < line.length ? "…" : ""}`;
}

/** A hint for the usual slips of a hand-edited file: a trailing comma, Chinese punctuation, single quotes, comments. */
function hint(text: string, p: JsonSyntaxProblem): string {
  const ch = text[p.index];
  const previous = text.slice(0, p.index).trimEnd().slice(-1);
  if ((ch === "}" || ch === "]") && previous === ",") return "：最后一项后面多了逗号";
  if (ch === "," && (previous === "," || previous === "[" || previous === "{")) return "：多了一个逗号";
  if (ch === "“" || ch === "”" || ch === "‘" || ch === "’") return "：引号应为英文双引号 \"";
  if (ch === "，" || ch === "：" || ch === "［" || ch === "］" || ch === "｛" || ch === "｝") return `：“${ch}”是中文标点，应为英文标点`;
  if (ch === "'") return "：文字应放在英文双引号 \" 中，不能用单引号";
  if (ch === "/" && (text[p.index + 1] === "/" || text[p.index + 1] === "*")) return "：JSON 中不能写注释";
  if (p.expected === "string" && ch === "\\") return "：引号内的反斜杠 \\ 应写作 \\\\";
  if (p.expected === "string" && (ch === "\n" || ch === "\r")) return "：引号内的文字不能直接换行（换行应写作 \\n）";
  if (p.expected === "string") return "：引号内的文字含有不可见的控制字符";
  if (p.expected === "colon") return "：名称后面缺少冒号 :";
  if (p.expected === "comma_or_close" && /^["{[\d-tfn]$/.test(ch)) return "：前面缺少逗号";
  return "";
}

/**
 * Parse the text of a JSON file (a leading byte order mark is ignored).
 * @param name the file's name as the user gave it, quoted in messages.
 * @throws JsonTextError `“a.json”是空文件` for an empty or blank text; `“a.json”不是有效的 JSON：第 3 行第 9 列附近有误
 *   （…"b": [1,,2]…）` naming the first error's line and column, with a hint for the usual slips; `…内容在第 12 行提前结束…`
 *   for a text cut short.
 */
export function parseJsonText(text: string, name: string): unknown {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new JsonTextError(`“${name}”是空文件`);
  try {
    return JSON.parse(body);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const p = findJsonSyntaxProblem(body);
    if (!p) throw new JsonTextError(`“${name}”不是有效的 JSON`);
    if (p.atEnd) {
      throw new JsonTextError(`“${name}”不是有效的 JSON：内容在第 ${p.line} 行提前结束（缺少结尾的 }、] 或 "，文件可能不完整）`);
    }
    throw new JsonTextError(`“${name}”不是有效的 JSON：第 ${p.line} 行第 ${p.column} 列附近有误${hint(body, p)}（${excerpt(body, p)}）`);
  }
}
