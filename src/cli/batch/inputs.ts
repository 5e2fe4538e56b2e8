/**
 * The files of a batch: each file argument as given, and every report file under each folder argument, sub-folders
 * included, in path order: workbooks, report data and published reports (PDF, Word, web pages, text). Files a
 * reviewer's folder holds that look like reports but cannot be read (old Word and Excel, WPS, OFD) are kept too, so
 * that they show as rows saying why instead of vanishing. Text and Markdown files in a folder are taken only when
 * they are reports (the importer finds the statistics tables' labels); the others (readme.txt, notes) are listed as
 * skipped, not as files that cannot be read.
 */
import { promises as fs } from "fs";
import { extname, join } from "path";
import { DOCUMENT_TYPES, UNREAD_TYPES } from "../load";
import { SUMMARY_GENERATOR } from "../../export/summary-html";
import { importDocument, MAX_IMPORT_BYTES } from "../../import";

/** Plain text and Markdown: in a reviewer's folder more often a note than a report, so read first (`textReport`). */
export const TEXT_TYPES = [".txt", ".md"];

/** File types the batch reads as reports in a folder; a text or Markdown file only when it is a report. */
export const REPORT_TYPES = [".xlsx", ".json", ...DOCUMENT_TYPES.filter((t) => !TEXT_TYPES.includes(t))];

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

/** A text or Markdown file found in a folder that is not a report, and why (Chinese, without the file's name). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/**
 * Whether a text or Markdown file found in a folder is a report: `true` when the importer reads it as one, or finds
 * the statistics tables' labels in it but cannot read it in full (it is checked, to show why); otherwise the reason
 * it is passed over (empty, too large for a report, none of the tables' row labels).
 */
async function textReport(path: string): Promise<true | string> {
  const size = (await fs.stat(path)).size;
  if (size === 0) return "文件是空的";
  if (size > MAX_IMPORT_BYTES) return `文件有 ${Math.round(size / 2 ** 20)} MB，不像是一份年度报告`;
  const o = await importDocument(new Uint8Array(await fs.readFile(path)));
  return o.ok || !o.notAReport ? true : "其中没有年报的统计表（表二、表三、表四的行标签都找不到），不是年度报告";
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
async function walk(folder: string, seen: Set<string>, out: BatchInput[], passed: SkippedFile[]): Promise<void> {
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
    if (isDir) await walk(path, seen, out, passed);
    else if (isFile) {
      const ext = extname(entry.name).toLowerCase();
      if ((ext === ".html" || ext === ".htm") && (await isSummaryPage(path).catch(() => false))) continue;
      if (REPORT_TYPES.includes(ext)) out.push({ file: path });
      else if (TEXT_TYPES.includes(ext)) {
        // A file that cannot be opened is taken: reading it in the batch says why.
        const report = await textReport(path).catch(() => true as const);
        if (report === true) out.push({ file: path });
        else passed.push({ file: path, reason: report });
      }
      else if (ext in UNREAD_TYPES) out.push({ file: path, unreadable: UNREAD_TYPES[ext] });
    }
  }
}

/**
 * Expand a batch's arguments into its inputs: a file as given (whatever its type: reading it says what is wrong), a
 * folder into its report files, sub-folders included. A file named twice is checked once; a folder without any
 * report file is an input that cannot be read, saying so.
 * @param exclude files not to take from folders (the batch's own output files).
 * @returns the inputs in argument order, each folder's in path order, each folder argument with its count, and the
 *   text and Markdown files of the folders that are not reports (`skipped`, in path order).
 */
export async function batchInputs(
  args: string[],
  exclude: string[] = [],
): Promise<{ inputs: BatchInput[]; folders: FolderScan[]; skipped: SkippedFile[] }> {
  const inputs: BatchInput[] = [];
  const folders: FolderScan[] = [];
  const skipped: SkippedFile[] = [];
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
    await walk(arg, new Set(), found, skipped);
    const before = inputs.length;
    for (const input of found) await add(input);
    folders.push({ folder: arg, files: inputs.length - before });
    if (inputs.length === before)
      inputs.push({ file: arg, unreadable: "这是文件夹，其中（含子文件夹）没有 .xlsx、.json、.pdf、.docx 或 .html 文件，也没有是年报的 .txt、.md 文件" });
  }
  // A skipped file named as an argument too, or found through two folder arguments, is listed once or not at all.
  const listed = new Set<string>();
  const passed: SkippedFile[] = [];
  for (const s of skipped) {
    const key = await fs.realpath(s.file).catch(() => s.file);
    if (taken.has(key) || listed.has(key)) continue;
    listed.add(key);
    passed.push(s);
  }
  return { inputs, folders, skipped: passed };
}
