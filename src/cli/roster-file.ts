/**
 * Reading `--roster units.csv`: the bytes decoded (UTF-8 with or without a byte-order mark; UTF-16 with its mark;
 * GBK, as Excel in Chinese saves “CSV (逗号分隔)”, decoded and said so), then parsed by `parseRoster`. A roster that
 * cannot be read stops the command before anything is checked (exit 2, a Chinese reason).
 */
import { promises as fs } from "fs";
import { parseRoster, RosterError, type Roster } from "../review/roster";
import { CliError } from "./errors";
import { fsReason } from "./load";

/** Whether `e` is TextDecoder's error for bytes that are not of its encoding. */
function invalidData(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | null)?.code === "ERR_ENCODING_INVALID_ENCODED_DATA";
}

/** The roster file's text and the encoding it was read in (`UTF-8`, `UTF-16`, `GBK`). */
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
    throw new CliError(`无法读取名单“${file}”：文件既不是 UTF-8 也不是 GBK 编码的文本；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再试`);
  }
}

function utf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    if (!invalidData(e)) throw e;
    throw new CliError(`无法读取名单“${file}”：文件以 UTF-8 标记开头，但其中有不是 UTF-8 的内容；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再试`);
  }
}

/**
 * Read and parse the roster.
 * @param note receives a line to show when the file was not UTF-8 (`注意：名单“units.csv”不是 UTF-8 编码，已按 GBK 读取`).
 * @throws CliError when it cannot be read, is not text, or names no unit.
 */
export async function readRosterFile(file: string, note: (line: string) => void): Promise<Roster> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const reason = fsReason(e);
    if (reason === undefined) throw e;
    throw new CliError(`无法读取名单“${file}”：${reason}`);
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new CliError(`无法读取名单“${file}”：这是 Excel 工作簿或其他压缩文件，名单须为 .csv 文本；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”`);
  }
  const { text, encoding } = decodeRoster(bytes, file);
  if (text.includes("\u0000")) throw new CliError(`无法读取名单“${file}”：这不是文本文件；名单须为每行一个单位的 .csv 文件`);
  if (encoding === "GBK") note(`注意：名单“${file}”不是 UTF-8 编码，已按 GBK（Excel 中文版默认的 CSV 编码）读取`);
  let roster: Roster;
  try {
    roster = parseRoster(text);
  } catch (e) {
    if (e instanceof RosterError) throw new CliError(`名单“${file}”有误：${e.message}`);
    throw e;
  }
  for (const d of roster.duplicates) note(`注意：名单“${file}”第 ${d.line} 行的“${d.name}”与第 ${d.first} 行重复，只计一次`);
  return roster;
}
