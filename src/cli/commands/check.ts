/** `nianbao check <files and folders…>`: every finding of each report, as a table per file or as JSON. */
import { promises as fs } from "fs";
import { extname, join } from "path";
import { summarize, type Finding } from "../../rules";
import { EXIT, type CliIo } from "../io";
import { findingsTable } from "../findings-table";
import { findingsOf, loadReport } from "../load";
import { previousFor, previousJson, previousOption } from "../previous-option";

/** The file types `check` takes from a folder. */
const CHECKED_TYPES = [".xlsx", ".json"];

function summaryLine(findings: Finding[]): string {
  const s = summarize(findings);
  if (findings.length === 0) return "未发现问题";
  const parts = [`${s.errors} 项强制`, `${s.warnings} 项提示`];
  if (s.explained > 0) parts.push(`${s.explained} 项提示已说明`);
  return `${parts.join("，")}${s.errors > 0 ? "（未通过）" : "（通过，提示请核对）"}`;
}

/** A `check` argument: a file, or a folder with the files found in it. */
interface CheckTarget {
  arg: string;
  /** The files to check: the argument itself, or the .xlsx and .json files of a folder, sorted by name. */
  files: string[];
  folder: boolean;
}

/** Whether a folder entry is one `check` takes: an .xlsx or .json file, not hidden, not an Excel lock file (`~$…`). */
function checkedName(name: string): boolean {
  return CHECKED_TYPES.includes(extname(name).toLowerCase()) && !name.startsWith("~$") && !name.startsWith(".");
}

/** Expand `check`'s arguments: a folder gives its .xlsx and .json files (not those of its sub-folders). */
async function checkTargets(args: string[]): Promise<CheckTarget[]> {
  const out: CheckTarget[] = [];
  for (const arg of args) {
    let folder = false;
    try {
      folder = (await fs.stat(arg)).isDirectory();
    } catch (e) {
      // a missing or unreadable path: loadReport gives the reason
      if (typeof (e as NodeJS.ErrnoException).code !== "string") throw e;
    }
    if (!folder) {
      out.push({ arg, files: [arg], folder: false });
      continue;
    }
    const entries = await fs.readdir(arg, { withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries) {
      if (!checkedName(entry.name)) continue;
      const path = join(arg, entry.name);
      if (entry.isFile() || (entry.isSymbolicLink() && (await fs.stat(path).then((st) => st.isFile(), () => false)))) files.push(path);
    }
    files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    out.push({ arg, files, folder: true });
  }
  return out;
}

interface CheckResult {
  file: string;
  findings?: Finding[];
  error?: string;
  /** Why last year's report was not used for this file, or what is uncertain about it. */
  previousNote?: string;
}

/**
 * Check every file given and every .xlsx and .json file of the folders given.
 * @returns EXIT.unreadable when a file cannot be read, else EXIT.findings when a file has a 强制 finding, else EXIT.ok.
 */
export async function runCheck(args: string[], json: boolean, previousFile: string | undefined, io: CliIo): Promise<number> {
  const previous = await previousOption(previousFile, io);
  const targets = await checkTargets(args);
  const results: CheckResult[] = [];
  for (const target of targets) {
    const add = (r: CheckResult) => {
      results.push(r);
      if (!json) printFile(r, io);
    };
    if (target.folder && target.files.length === 0) {
      add({ file: target.arg, error: `“${target.arg}”是文件夹，其中没有 .xlsx 或 .json 文件（不查看子文件夹）` });
      continue;
    }
    if (target.folder && !json) io.out(`文件夹“${target.arg}”：检查其中 ${target.files.length} 个文件\n\n`);
    for (const file of target.files) {
      const loaded = await loadReport(file);
      if (!loaded.ok) {
        add({ file, error: loaded.error });
        continue;
      }
      const use = previousFor(loaded, previous, io);
      add({ file, findings: findingsOf(loaded, { previous: use.data }), ...(use.note ? { previousNote: use.note } : {}) });
    }
  }
  const unreadable = results.filter((r) => r.error !== undefined).length;
  const errors = results.reduce((n, r) => n + (r.findings ? summarize(r.findings).errors : 0), 0);
  const warnings = results.reduce((n, r) => n + (r.findings ? summarize(r.findings).warnings : 0), 0);
  if (json) {
    const files = results.map((r) =>
      r.error !== undefined
        ? { file: r.file, error: r.error }
        : { file: r.file, summary: summarize(r.findings!), findings: r.findings, ...(r.previousNote ? { previous_note: r.previousNote } : {}) },
    );
    io.out(JSON.stringify({ files, ...(previous ? { previous: previousJson(previous) } : {}) }, null, 2) + "\n");
  } else {
    const total = `共检查 ${results.length} 个文件：${errors} 项强制，${warnings} 项提示${unreadable > 0 ? `，${unreadable} 个文件无法读取` : ""}`;
    io.out(`${total}\n`);
  }
  if (unreadable > 0) return EXIT.unreadable;
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

/** One file's block of `check`'s text output. */
function printFile(r: CheckResult, io: CliIo): void {
  io.out(`${r.file}\n`);
  if (r.error !== undefined) {
    io.out(`  ${r.error}\n\n`);
    return;
  }
  if (r.findings!.length > 0) for (const line of findingsTable(r.findings!)) io.out(`  ${line}\n`);
  io.out(`  ${summaryLine(r.findings!)}\n\n`);
}
