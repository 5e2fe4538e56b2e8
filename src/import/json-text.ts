/**
 * Parsing the text of a JSON file typed or edited by hand (a report data file), with a Chinese reason naming the
 * file and the place of the first syntax error instead of the JavaScript engine's English message.
 */

import { isExactNumberText } from "../report/cell-input";

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

/** Deeper nesting than a report data file ever has; past it the text is refused rather than risk the stack. */
const MAX_DEPTH = 64;

/** A key written twice in one object: its path (`table3.new`) and the lines of both. */
interface DuplicateKey {
  path: string;
  lines: [number, number];
}

/** Thrown inside `buildJson` at a key written twice. */
class Duplicate {
  constructor(readonly key: DuplicateKey) {}
}

/** Thrown inside `buildJson` past `MAX_DEPTH`. */
class TooDeep {}

/** The deepest nesting of arrays and objects in a text, outside strings (checked before any recursive scan). */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") max = Math.max(max, ++depth);
    else if (ch === "]" || ch === "}") depth--;
  }
  return max;
}

/** The path of a key below `parent` as the messages name it: `table3.new`, `explanations[2].text`. */
function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return parent === "" ? key : `${parent}.${key}`;
}

/**
 * Build the value of a text that is valid JSON (checked first by `findJsonSyntaxProblem`), as `JSON.parse` would,
 * except that nothing is lost: a key written twice in one object is thrown as `Duplicate`, and a number that cannot be
 * held exactly (`isExactNumberText`: more than 15 significant digits, an integer beyond 2^53 − 1, `1e400`) is kept as
 * the text written, so the reader reports it instead of a rounded or infinite number. Keys such as `__proto__` are
 * own properties, as with `JSON.parse`.
 */
function buildJson(text: string): unknown {
  let i = 0;
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  const space = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new TooDeep();
    space();
    const ch = text[i];
    if (ch === "{") {
      i++;
      const obj: Record<string, unknown> = {};
      const seen = new Map<string, number>();
      space();
      if (text[i] === "}") {
        i++;
        return obj;
      }
      for (;;) {
        space();
        const keyAt = i;
        const key = string();
        const keyPath = childPath(path, key);
        const first = seen.get(key);
        if (first !== undefined) throw new Duplicate({ path: keyPath, lines: [lineAt(first), lineAt(keyAt)] });
        seen.set(key, keyAt);
        space();
        i++; // the colon
        Object.defineProperty(obj, key, { value: value(keyPath, depth + 1), enumerable: true, writable: true, configurable: true });
        space();
        if (text[i++] === "}") return obj;
      }
    }
    if (ch === "[") {
      i++;
      const arr: unknown[] = [];
      space();
      if (text[i] === "]") {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(childPath(path, arr.length), depth + 1));
        space();
        if (text[i++] === "]") return arr;
      }
    }
    if (ch === '"') return string();
    for (const [word, v] of [["true", true], ["false", false], ["null", null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = i;
    NUMBER.test(text);
    const written = text.slice(i, NUMBER.lastIndex);
    i = NUMBER.lastIndex;
    return isExactNumberText(written) ? Number(written) : written;
  };
  return value("", 0);
}

/**
 * Parse the text of a JSON file (a leading byte order mark is ignored). Nothing is lost silently: a key written twice
 * is an error naming it, and a number that cannot be held exactly is kept as the text written (see `buildJson`).
 * @param name the file's name as the user gave it, quoted in messages.
 * @throws JsonTextError `“a.json”是空文件` for an empty or blank text; `“a.json”不是有效的 JSON：第 3 行第 9 列附近有误
 *   （…"b": [1,,2]…）` naming the first error's line and column, with a hint for the usual slips; `…内容在第 12 行提前结束…`
 *   for a text cut short; `“a.json”中“table3.new”写了两次（第 5 行和第 12 行）…` for a duplicate key.
 */
export function parseJsonText(text: string, name: string): unknown {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new JsonTextError(`“${name}”是空文件`);
  if (nestingDepth(body) > MAX_DEPTH) throw new JsonTextError(`“${name}”嵌套超过 ${MAX_DEPTH} 层，不是报告数据`);
  const p = findJsonSyntaxProblem(body);
  if (p) {
    if (p.atEnd) {
      throw new JsonTextError(`“${name}”不是有效的 JSON：内容在第 ${p.line} 行提前结束（缺少结尾的 }、] 或 "，文件可能不完整）`);
    }
    throw new JsonTextError(`“${name}”不是有效的 JSON：第 ${p.line} 行第 ${p.column} 列附近有误${hint(body, p)}（${excerpt(body, p)}）`);
  }
  try {
    return buildJson(body);
  } catch (e) {
    if (e instanceof Duplicate) {
      const { path, lines } = e.key;
      throw new JsonTextError(`“${name}”中“${path}”写了两次（第 ${lines[0]} 行和第 ${lines[1]} 行），无法确定用哪一个；请只保留一个`);
    }
    if (e instanceof TooDeep) throw new JsonTextError(`“${name}”嵌套超过 ${MAX_DEPTH} 层，不是报告数据`);
    throw e;
  }
}

/** The text of a file's bytes in an encoding, or `undefined` when the bytes are not valid in it. */
function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (e) {
    // Invalid bytes throw a TypeError (by name: from another realm `instanceof` does not hold).
    if ((e as { name?: unknown } | null)?.name === "TypeError") return undefined;
    throw e;
  }
}

/** How to save a text file as UTF-8, for the messages. */
const SAVE_AS_UTF8 = "请用记事本等编辑器打开，“另存为”时编码选择 UTF-8 后再试";

/**
 * The text of a JSON file from its bytes. UTF-8 (with or without a byte order mark) is read as it is; UTF-16 with its
 * byte order mark is decoded; anything else is refused rather than read as garbage and published: GBK/GB18030 (what
 * Chinese Windows' Notepad and many older tools save) is named as such, UTF-16 without a byte order mark too.
 * @throws JsonTextError saying the encoding found and what to do, without the file's name (the caller puts it first),
 *   e.g. `不是 UTF-8 编码（看来是 GBK/GB18030 编码，即 Windows 记事本的“ANSI”）…`.
 */
export function decodeJsonBytes(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = decodeStrict(bytes.subarray(3), "utf-8");
    if (text !== undefined) return text;
  } else if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const text = decodeStrict(bytes.subarray(2), b0 === 0xff ? "utf-16le" : "utf-16be");
    if (text !== undefined) return text;
    throw new JsonTextError(`标明是 UTF-16 编码，但内容不完整或已损坏；${SAVE_AS_UTF8}`);
  } else {
    const text = decodeStrict(bytes, "utf-8");
    if (text !== undefined && !text.includes("\u0000")) return text;
  }
  const nuls = bytes.subarray(0, 1024).filter((b) => b === 0).length;
  if (nuls > 0 && nuls * 4 >= Math.min(bytes.length, 1024)) {
    throw new JsonTextError(`看来是 UTF-16 编码，但没有字节顺序标记，无法确定字节顺序；${SAVE_AS_UTF8}`);
  }
  if (decodeStrict(bytes, "gb18030") !== undefined) {
    throw new JsonTextError(`不是 UTF-8 编码（看来是 GBK/GB18030 编码，即 Windows 记事本的“ANSI”），按 UTF-8 读取会成为乱码；${SAVE_AS_UTF8}`);
  }
  throw new JsonTextError(`不是 UTF-8 编码的文本（可能是其他编码，或不是文本文件）；${SAVE_AS_UTF8}`);
}
