/**
 * The files of a batch: each file argument as given, and every report file under each folder argument, sub-folders
 * included, in path order: workbooks, report data and published reports (PDF, Word, web pages, text). Files a
 * reviewer's folder holds that look like reports but cannot be read (old Word and Excel, WPS, OFD) are kept too, so
 * that they show as rows saying why instead of vanishing.
 */
import { promises as fs } from "fs";
import { extname, join } from "path";
import { DOCUMENT_TYPES, UNREAD_TYPES } from "../load";
import { SUMMARY_GENERATOR } from "../../export/summary-html";

/**
 * File types the batch reads as reports in a folder. Plain text and Markdown (.txt, .md) only when named as an
 * argument: in a reviewer's folder such a file is far more often a note than a report, and would show as a row that
 * cannot be read.
 */
export const REPORT_TYPES = [".xlsx", ".json", ...DOCUMENT_TYPES.filter((t) => t !== ".txt" && t !== ".md")];

/** File types that are reports the batch cannot read, and why (shown as the row's reason); the same when given. */
export { UNREAD_TYPES };

/** One input of a batch. */
export interface BatchInput {
  file: string;
  /** Set when the file is known not to be readable (its type), with the reason. */
  unreadable?: string;
}

/** A folder argument and the number of inputs found in it. */
export interface FolderScan {
  folder: string;
  files: number;
}

/** Whether a web page is the summary page `check --html` writes (from an earlier run, kept in the folder). */
async function isSummaryPage(path: string): Promise<boolean> {
  const handle = await fs.open(path, "r");
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).toString("utf8").includes(`<meta name="generator" content="${SUMMARY_GENERATOR}">`);
  } finally {
    await handle.close();
  }
}

/** Whether a folder entry is skipped: hidden, or an Office lock file (`~$…`). */
function skipped(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every report file under `folder`, depth first in name order. Symbolic links to files are followed; links to
 * folders are followed once (a folder reached twice, as through a link to a parent, is not walked again).
 */
async function walk(folder: string, seen: Set<string>, out: BatchInput[]): Promise<void> {
  const real = await fs.realpath(folder);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = (await fs.readdir(folder, { withFileTypes: true })).filter((e) => !skipped(e.name));
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const st = await fs.stat(path).catch(() => undefined);
      isDir = st?.isDirectory() ?? false;
      isFile = st?.isFile() ?? false;
    }
    if (isDir) await walk(path, seen, out);
    else if (isFile) {
      const ext = extname(entry.name).toLowerCase();
      if ((ext === ".html" || ext === ".htm") && (await isSummaryPage(path).catch(() => false))) continue;
      if (REPORT_TYPES.includes(ext)) out.push({ file: path });
      else if (ext in UNREAD_TYPES) out.push({ file: path, unreadable: UNREAD_TYPES[ext] });
    }
  }
}

/**
 * Expand a batch's arguments into its inputs: a file as given (whatever its type: reading it says what is wrong), a
 * folder into its report files, sub-folders included. A file named twice is checked once; a folder without any
 * report file is an input that cannot be read, saying so.
 * @param exclude files not to take from folders (the batch's own output files).
 * @returns the inputs in argument order, each folder's in path order, and each folder argument with its count.
 */
export async function batchInputs(args: string[], exclude: string[] = []): Promise<{ inputs: BatchInput[]; folders: FolderScan[] }> {
  const inputs: BatchInput[] = [];
  const folders: FolderScan[] = [];
  const taken = new Set<string>();
  for (const file of exclude) taken.add(await fs.realpath(file).catch(() => file));
  const add = async (input: BatchInput) => {
    const key = await fs.realpath(input.file).catch(() => input.file);
    if (taken.has(key)) return;
    taken.add(key);
    inputs.push(input);
  };
  for (const arg of args) {
    const st = await fs.stat(arg).catch(() => undefined);
    if (!st?.isDirectory()) {
      await add({ file: arg });
      continue;
    }
    const found: BatchInput[] = [];
    await walk(arg, new Set(), found);
    const before = inputs.length;
    for (const input of found) await add(input);
    folders.push({ folder: arg, files: inputs.length - before });
    if (inputs.length === before) inputs.push({ file: arg, unreadable: "这是文件夹，其中（含子文件夹）没有 .xlsx、.json、.pdf、.docx 或 .html 文件" });
  }
  return { inputs, folders };
}
