/**
 * Reading `--roster units.csv` from disk; the bytes are read as a roster by `readRosterBytes` (src/review), as in the
 * pane. A roster that cannot be read stops the command before anything is checked (exit 2, a Chinese reason).
 */
import { promises as fs } from "fs";
import type { Roster } from "../review/roster";
import { readRosterBytes, RosterFileError } from "../review/roster-bytes";
import { CliError } from "./errors";
import { fsReason } from "./load";


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
  try {
    const { roster, notes } = readRosterBytes(bytes, file);
    notes.forEach(note);
    return roster;
  } catch (e) {
    if (e instanceof RosterFileError) throw new CliError(e.message);
    throw e;
  }
}
