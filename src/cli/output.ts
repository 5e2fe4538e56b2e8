/**
 * Writing the command's output files and folders, with a precise Chinese message (a `CliError`) when the place
 * cannot be written: a folder that is a file, a file that is a folder, no permission, a full disk.
 */
import { promises as fs } from "fs";
import { dirname, resolve, sep } from "path";
import { CliError } from "./errors";
import { AtomicWriteError, NotRegularFileError, writablePath, writeFilesAtomically, type OutputFile } from "./atomic-write";

/** The Chinese reason for a write error's code, or `undefined` for an unknown code. */
function writeReason(code: string | undefined): string | undefined {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "没有写入权限；请换一个自己能写入的位置（如“文档”或桌面上的文件夹），或请管理员开放这个位置的写入权限";
    case "EROFS":
      return "所在磁盘只能读取，不能写入";
    case "ENOSPC":
      return "磁盘空间不足";
    case "EDQUOT":
      return "超出磁盘配额";
    case "ENAMETOOLONG":
      return "路径太长";
    case "ENOENT":
      return "这个位置不能新建文件夹或文件";
    case "EBUSY":
      return "文件正被其他程序使用（如已在 Excel 或 Word 中打开），请关闭后再试";
    default:
      return undefined;
  }
}

/** What a path is: a file, a folder, or nothing (missing, or a path through a file). */
export async function kindOf(path: string): Promise<"file" | "folder" | "none"> {
  try {
    return (await fs.stat(path)).isDirectory() ? "folder" : "file";
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return "none";
    throw e;
  }
}

/**
 * The first existing path on the way to `path` (itself included) that is a file, as the user wrote it, e.g. `ro`
 * for `ro/sub/x.json` when `ro` is a file; `undefined` when there is none.
 */
async function fileOnTheWay(path: string): Promise<string | undefined> {
  const parts = path.split(/[\\/]+/);
  for (let n = 1; n <= parts.length; n++) {
    const prefix = parts.slice(0, n).join(sep);
    if (prefix === "" || prefix === ".") continue;
    if ((await kindOf(prefix)) === "file") return prefix;
  }
  return undefined;
}

/** Turn a file-system error while writing `target` into a CliError, or rethrow it when it is not one we know. */
async function writeError(e: unknown, target: string): Promise<never> {
  if (e instanceof NotRegularFileError) throw new CliError(notRegularMessage(e, target));
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === "EEXIST" || code === "ENOTDIR") {
    const blocker = await fileOnTheWay(target);
    if (blocker !== undefined && blocker !== target) throw new CliError(`无法写入“${target}”：“${blocker}”不是文件夹`);
  }
  if (code === "EISDIR") throw new CliError(`无法写入“${target}”：这是一个文件夹`);
  const reason = writeReason(code);
  if (reason) throw new CliError(`无法写入“${target}”：${reason}`);
  if (typeof code === "string") throw new CliError(`无法写入“${target}”：写入失败（${code}）`);
  throw e;
}

/** The Chinese refusal of a target that is not a regular file: a device, a pipe, a link to nothing. */
function notRegularMessage(e: NotRegularFileError, target: string): string {
  if (e.kind === "broken-link") return `无法写入“${target}”：这是一个链接，它指向的“${e.linkTarget}”不存在；请给出普通文件的路径`;
  return `不能写入特殊文件“${target}”，请给出普通文件的路径`;
}

/**
 * Create `dir` and its missing parents one at a time. Not `mkdir({ recursive: true })`: Node's loops forever where
 * mkdir answers ENOENT under an existing folder (`/proc/x`).
 */
async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = resolve(dir); (await kindOf(d)) === "none"; d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const m of missing) {
    try {
      await fs.mkdir(m);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST" && (await kindOf(m)) === "folder") continue; // made meanwhile
      throw e;
    }
  }
}

/**
 * Make sure `dir` is a folder, creating it and its parents when missing.
 * @throws CliError `输出位置“ok.json”是一个文件，不是文件夹；请用 -o 给出一个文件夹…` when it is a file, `无法写入“ro/x”：“ro”不是文件夹` when a
 *   folder on the way is a file, or the reason it cannot be created (no permission, read-only disk…).
 */
export async function ensureOutputFolder(dir: string): Promise<void> {
  if ((await kindOf(dir)) === "file") throw new CliError(`输出位置“${dir}”是一个文件，不是文件夹；请用 -o 给出一个文件夹（不存在时会新建），如 -o 输出`);
  try {
    await makeFolder(dir);
  } catch (e) {
    await writeError(e, dir);
  }
}

/**
 * Check before any work that `file` can be written as a file: not a folder, not a special file (a device, a pipe), not
 * a link to nothing, and no file where a folder of its path should be. Creates nothing.
 * @throws CliError as `writeOutputFile`.
 */
export async function checkOutputFile(file: string): Promise<void> {
  if ((await kindOf(file)) === "folder") throw new CliError(`无法写入“${file}”：这是一个文件夹`);
  try {
    writablePath(file);
  } catch (e) {
    if (!(e instanceof AtomicWriteError)) throw e;
    await writeError(e.cause, file);
  }
  const blocker = await fileOnTheWay(dirname(file));
  if (blocker !== undefined) throw new CliError(`无法写入“${file}”：“${blocker}”不是文件夹`);
}

/**
 * Write a set of files, creating their folders when missing: each file is written to a temporary file and renamed
 * over the target only when every file of the set is complete, so the set is all new or all old and an existing file
 * is never destroyed before its replacement is complete (see atomic-write.ts).
 * @param options.overwrite false to fail rather than replace a file that exists (checked when the file is put in place).
 * @throws CliError `无法写入“ro/x.json”：“ro”不是文件夹`, `无法写入“x”：这是一个文件夹`, `…：没有写入权限`,
 *   `…：磁盘空间不足`, `文件“a.xlsx”已存在，未作改动` and the like; every target is then as it was.
 */
export async function writeOutputFiles(files: OutputFile[], options: { overwrite: boolean } = { overwrite: true }): Promise<void> {
  for (const f of files) {
    try {
      await makeFolder(dirname(f.path));
    } catch (e) {
      await writeError(e, f.path);
    }
  }
  try {
    await writeFilesAtomically(files, options);
  } catch (e) {
    if (!(e instanceof AtomicWriteError)) throw e;
    if ((e.cause as NodeJS.ErrnoException | null)?.code === "EEXIST" && !options.overwrite) {
      throw new CliError(`文件“${e.path}”已存在，未作改动；如要覆盖，请加 --force`);
    }
    await writeError(e.cause, e.path);
  }
}

/** Write one file as `writeOutputFiles` does: complete or not at all. */
export async function writeOutputFile(file: string, body: string | Uint8Array, options: { overwrite: boolean } = { overwrite: true }): Promise<void> {
  await writeOutputFiles([{ path: file, body }], options);
}
