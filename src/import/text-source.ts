/**
 * Plain text as extracted from a page or a document: decoded (UTF-8, UTF-16 with a byte order mark, or GB18030/GBK,
 * common in older pages), split into lines, and lines into cells at tabs.
 */
import type { ExtractedDocument } from "./document";

/** Text that cannot be decoded; the message is Chinese. */
export class TextDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TextDecodeError";
  }
}

/** The encoding a text was read in. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Decode text bytes: a byte order mark decides; otherwise UTF-8 when the bytes are valid UTF-8, else GB18030 (a
 * superset of GBK and GB2312).
 * @throws TextDecodeError when the bytes are binary (NUL bytes outside UTF-16), not valid in the encoding their byte
 *   order mark names, or not valid in any of these encodings.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const decode = (encoding: TextEncoding, offset = 0) => new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(offset));
  const marked = (encoding: TextEncoding, offset: number) => {
    const text = attempt(() => decode(encoding, offset));
    if (text === undefined) throw new TextDecodeError(`文件开头标明是 ${encoding === "utf-8" ? "UTF-8" : "UTF-16"} 编码，但其中有不合该编码的字节（文件可能已损坏）`);
    return { text, encoding };
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return marked("utf-8", 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return marked("utf-16le", 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return marked("utf-16be", 2);
  if (bytes.subarray(0, 4096).includes(0)) throw new TextDecodeError("不是文本文件（含有二进制内容）");
  const utf8 = attempt(() => decode("utf-8"));
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  const gb = attempt(() => decode("gb18030"));
  if (gb !== undefined) return { text: gb, encoding: "gb18030" };
  throw new TextDecodeError("文字编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）");
}

/** A decoding, or undefined when the bytes are not valid in the encoding (the decoder's TypeError, from any realm). */
function attempt(decode: () => string): string | undefined {
  try {
    return decode();
  } catch (e) {
    if (e instanceof Error && e.name === "TypeError") return undefined;
    if (typeof e === "object" && e !== null && (e as { name?: unknown }).name === "TypeError") return undefined;
    throw e;
  }
}

/** A decoded text as a document: one line per line, cells at tabs; cells of extracted text are not reliable. */
export function textDocument(text: string): ExtractedDocument {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.split("\t"));
  return { kind: "text", lines, cellsReliable: false };
}
