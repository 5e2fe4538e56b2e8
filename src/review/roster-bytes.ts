/**
 * A roster file's bytes read as a roster, the same for `--roster units.csv` and the pane's 审核汇总: decoded (UTF-8
 * with or without a byte-order mark; UTF-16 with its mark; GBK, as Excel in Chinese saves “CSV (逗号分隔)”, decoded
 * and said so), refused when it is a workbook or not text, then parsed by `parseRoster`. Host-neutral.
 */
import { parseRoster, RosterError, type Roster } from "./roster";

/** A roster that cannot be used; the message is Chinese and names the file (`无法读取名单“units.csv”：…`). */
export class RosterFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RosterFileError";
  }
}

/** Whether `e` is TextDecoder's error for bytes that are not of its encoding. */
function invalidData(e: unknown): boolean {
  return e instanceof TypeError || (e as { code?: unknown } | null)?.code === "ERR_ENCODING_INVALID_ENCODED_DATA";
}

function utf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    if (!invalidData(e)) throw e;
    throw new RosterFileError(`无法读取名单“${file}”：文件以 UTF-8 标记开头，但其中有不是 UTF-8 的内容；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再试`);
  }
}

/**
 * The roster file's text and the encoding it was read in (`UTF-8`, `UTF-16`, `GBK`).
 * @throws RosterFileError when the bytes are neither UTF-8 nor GBK.
 */
export function decodeRoster(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3), file), encoding: "UTF-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "UTF-16" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch (e) {
    if (!invalidData(e)) throw e;
    // Not UTF-8: Excel's “CSV (逗号分隔)” on a Chinese Windows writes GBK (code page 936); GB 18030 decodes it.
  }
  try {
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "GBK" };
  } catch (e) {
    if (!invalidData(e)) throw e;
    throw new RosterFileError(`无法读取名单“${file}”：文件既不是 UTF-8 也不是 GBK 编码的文本；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再试`);
  }
}

/**
 * Read a roster from its file's bytes.
 * @returns the roster and the notes to show (`注意：名单“units.csv”不是 UTF-8 编码，已按 GBK…读取`, a unit listed twice).
 * @throws RosterFileError when it is a workbook or another zip, not text, not decodable, or names no unit.
 */
export function readRosterBytes(bytes: Uint8Array, file: string): { roster: Roster; notes: string[] } {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new RosterFileError(`无法读取名单“${file}”：这是 Excel 工作簿或其他压缩文件，名单须为 .csv 文本；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”`);
  }
  const { text, encoding } = decodeRoster(bytes, file);
  if (text.includes("\u0000")) throw new RosterFileError(`无法读取名单“${file}”：这不是文本文件；名单须为每行一个单位的 .csv 文件`);
  const notes: string[] = [];
  if (encoding === "GBK") notes.push(`注意：名单“${file}”不是 UTF-8 编码，已按 GBK（Excel 中文版默认的 CSV 编码）读取`);
  let roster: Roster;
  try {
    roster = parseRoster(text);
  } catch (e) {
    if (e instanceof RosterError) throw new RosterFileError(`名单“${file}”有误：${e.message}`);
    throw e;
  }
  for (const d of roster.duplicates) notes.push(`注意：名单“${file}”第 ${d.line} 行的“${d.name}”与第 ${d.first} 行重复，只计一次`);
  return { roster, notes };
}
