/**
 * Writing a set of files so that each is either its old version or its complete new one, never half written:
 * every file goes to a hidden temporary file beside it (`.report.docx.<pid>-<random>.nianbao-tmp`), is flushed to
 * disk, and only when all of them are complete are they renamed over the targets, one after the other. A failed
 * rename (a file open in Word on Windows) puts back the files already replaced, so the set stays all old.
 *
 * Renaming five files takes five system calls, and a process killed between two of them leaves a set of complete
 * files, some new and some old. So before the first rename a journal (`.report.docx.<pid>-<random>.nianbao-journal`)
 * lists the renames; the next write into the folder finds the journal of a process that is gone and finishes its
 * renames (the new files were complete), then removes what a killed write left behind. The journal itself is written
 * to a temporary file and renamed into place, so a journal present is always complete: a kill while writing it leaves
 * only a temporary file, and no rename has been made yet.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  promises as fs,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "fs";
import { basename, dirname, join } from "path";
import { randomBytes } from "crypto";

/** The suffix of temporary files: hidden, and named so nobody takes them for output. */
export const TEMP_SUFFIX = ".nianbao-tmp";
/** The suffix of the copy of an old file kept until a set is complete. */
export const OLD_SUFFIX = ".nianbao-old";
/** The suffix of the list of renames of a set, present only while they are being made. */
export const JOURNAL_SUFFIX = ".nianbao-journal";

/** One file to write: text (UTF-8), bytes, or pieces of text written one after the other (a long page). */
export interface OutputFile {
  path: string;
  body: string | Uint8Array | Iterable<string>;
}

/** A write that failed on `path`; `cause` is the file-system error. */
export class AtomicWriteError extends Error {
  constructor(
    readonly path: string,
    readonly cause: unknown,
  ) {
    super(`writing ${path} failed: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = "AtomicWriteError";
  }
}

/**
 * A target that must not be replaced by a file: a device, a pipe or a socket (`/dev/stdout`, `/dev/full`, a fifo),
 * which a rename would replace by a plain file, or a link whose target does not exist.
 */
export class NotRegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: "special" | "broken-link",
    readonly linkTarget?: string,
  ) {
    super(kind === "special" ? `${path} is not a regular file` : `${path} is a link to the missing ${linkTarget}`);
    this.name = "NotRegularFileError";
  }
}

function missing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}

/**
 * The path to write for `path`: itself when it does not exist or is a regular file or a folder (the rename then fails
 * and says so); the file a link points to, so that the link stays a link and its target is replaced atomically.
 * @throws AtomicWriteError with a `NotRegularFileError` as `cause` for a device, pipe or socket (or a link to one),
 *   and for a link to nothing.
 */
export function writablePath(path: string): string {
  let own;
  try {
    own = lstatSync(path);
  } catch (e) {
    if (missing(e)) return path;
    throw new AtomicWriteError(path, e);
  }
  let target = own;
  if (own.isSymbolicLink()) {
    try {
      target = statSync(path);
    } catch (e) {
      if (missing(e)) throw new AtomicWriteError(path, new NotRegularFileError(path, "broken-link", readlinkSync(path)));
      throw new AtomicWriteError(path, e);
    }
  }
  if (!target.isFile() && !target.isDirectory()) throw new AtomicWriteError(path, new NotRegularFileError(path, "special"));
  return own.isSymbolicLink() ? realpathSync(path) : path;
}

/** Whether a process id belongs to a running process (ours or another user's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A leftover's name: `.<file>.<pid>-<token><suffix>`. */
const LEFTOVER = /^\.(.+)\.(\d+)-[0-9a-f]+(\.nianbao-tmp|\.nianbao-old|\.nianbao-journal)$/;

/** What a journal holds: the renames of one set, by file name within the folder. */
interface Journal {
  renames: { from: string; to: string }[];
}

/**
 * Finish or clean up the writes into `dir` of processes that were killed: the renames listed in a journal are made
 * (its new files were complete), then temporary files and kept old copies are removed — except an old copy whose file
 * is missing, which is put back. Leftovers of running processes are left alone.
 */
export async function removeStaleTemporaries(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    // the folder does not exist yet (or cannot be listed: the write itself will say why)
    return;
  }
  const stale = names.map((name) => ({ name, m: LEFTOVER.exec(name) })).filter((x) => x.m && !alive(Number(x.m[2])));
  for (const { name } of stale.filter((x) => x.m![3] === JOURNAL_SUFFIX)) {
    const journal = JSON.parse(await fs.readFile(join(dir, name), "utf8")) as Journal;
    for (const r of journal.renames) {
      if (existsSync(join(dir, r.from))) await fs.rename(join(dir, r.from), join(dir, r.to));
    }
    await fs.unlink(join(dir, name));
  }
  for (const { name, m } of stale.filter((x) => x.m![3] !== JOURNAL_SUFFIX)) {
    const original = join(dir, m![1]);
    if (!existsSync(join(dir, name))) continue;
    if (m![3] === OLD_SUFFIX && !existsSync(original)) await fs.rename(join(dir, name), original);
    else await fs.unlink(join(dir, name));
  }
}

function tempName(path: string, suffix: string, token: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${token}${suffix}`);
}

/** Write bytes to a new file and flush them to disk before closing it. */
async function writeFlushed(path: string, body: OutputFile["body"]): Promise<void> {
  const handle = await fs.open(path, "wx");
  try {
    if (typeof body === "string" || body instanceof Uint8Array) await handle.writeFile(body, typeof body === "string" ? "utf8" : undefined);
    else for (const piece of body) await handle.write(piece, null, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Write a set of files, each complete or not at all (see the module comment). The folders must exist. A target that
 * is a link has the file it points to replaced (the link stays); a device, pipe or socket is refused, never replaced.
 * @param options.overwrite when false, a target that exists is left alone and the write fails with `EEXIST` (checked
 *   atomically when the file is put in place).
 * @throws AtomicWriteError naming the file whose write failed, with the file-system error (or a
 *   `NotRegularFileError`) as `cause`; every target is then as it was before the call and no temporary file remains.
 */
export async function writeFilesAtomically(files: OutputFile[], options: { overwrite: boolean } = { overwrite: true }): Promise<void> {
  const real = files.map((f) => ({ path: writablePath(f.path), body: f.body }));
  try {
    await writeResolved(real, options);
  } catch (e) {
    // Errors name the path the caller gave, not the file a link points to.
    const i = e instanceof AtomicWriteError ? real.findIndex((f) => f.path === e.path) : -1;
    if (i >= 0 && real[i].path !== files[i].path) throw new AtomicWriteError(files[i].path, (e as AtomicWriteError).cause);
    throw e;
  }
}

/** `writeFilesAtomically` on targets that are regular files, folders or missing (links resolved). */
async function writeResolved(files: OutputFile[], options: { overwrite: boolean }): Promise<void> {
  const token = randomBytes(4).toString("hex");
  const temps = files.map((f) => tempName(f.path, TEMP_SUFFIX, token));
  const olds = files.map((f) => tempName(f.path, OLD_SUFFIX, token));
  const journal: JournalPaths = { path: tempName(files[0].path, JOURNAL_SUFFIX, token), temp: tempName(`${files[0].path}.journal`, TEMP_SUFFIX, token) };
  for (const dir of new Set(files.map((f) => dirname(f.path)))) await removeStaleTemporaries(dir);

  // A signal while writing removes the temporary files before the process ends with the usual status.
  const onSignal = (signal: NodeJS.Signals) => {
    for (const t of temps) unlinkQuietly(t);
    process.exit(128 + (signal === "SIGINT" ? 2 : 15));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    for (let i = 0; i < files.length; i++) {
      try {
        await writeFlushed(temps[i], files[i].body);
      } catch (e) {
        throw new AtomicWriteError(files[i].path, e);
      }
    }
    putInPlace(files, temps, olds, journal, options.overwrite);
  } finally {
    for (const t of temps) unlinkQuietly(t);
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

/** Hard links cost nothing; a file system without them (FAT, some network shares) gets a copy. */
function keepCopy(path: string, copy: string): void {
  try {
    linkSync(path, copy);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw e;
    copyFileSync(path, copy);
  }
}

/** Put a file where none may exist: a hard link fails with `EEXIST` rather than replace a file that appeared meanwhile. */
function placeNew(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw e;
    if (existsSync(path)) throw Object.assign(new Error(`${path} exists`), { code: "EEXIST" });
    renameSync(temp, path);
    return;
  }
  unlinkQuietly(temp);
}

/**
 * Rename the complete temporary files over their targets, synchronously and back to back. The old files are first
 * linked to kept copies, so that a failed rename can put back the ones already replaced.
 */
/** Where a set's journal goes: its name while complete, and the temporary file it is written to first. */
interface JournalPaths {
  path: string;
  temp: string;
}

function putInPlace(files: OutputFile[], temps: string[], olds: string[], journal: JournalPaths, overwrite: boolean): void {
  const kept: boolean[] = files.map(() => false);
  const done: boolean[] = files.map(() => false);
  try {
    for (let i = 0; i < files.length; i++) {
      if (!existsSync(files[i].path)) continue;
      try {
        keepCopy(files[i].path, olds[i]);
        kept[i] = true;
      } catch (e) {
        throw new AtomicWriteError(files[i].path, e);
      }
    }
    if (files.length > 1) writeJournal(journal, files, temps);
    for (let i = 0; i < files.length; i++) {
      try {
        if (overwrite) renameSync(temps[i], files[i].path);
        else placeNew(temps[i], files[i].path);
        done[i] = true;
      } catch (e) {
        for (let j = 0; j < i; j++) {
          if (!done[j]) continue;
          if (kept[j]) renameSync(olds[j], files[j].path);
          else unlinkQuietly(files[j].path);
          kept[j] = false;
        }
        throw new AtomicWriteError(files[i].path, e);
      }
    }
  } finally {
    unlinkQuietly(journal.temp);
    unlinkQuietly(journal.path);
    for (let i = 0; i < files.length; i++) if (kept[i]) unlinkQuietly(olds[i]);
  }
}

/**
 * Write the journal of a set's renames, flushed, to a temporary file and rename it into place, so that a kill during the
 * renames can be finished later and a journal found is never half written.
 */
function writeJournal(journal: JournalPaths, files: OutputFile[], temps: string[]): void {
  const same = files.every((f) => dirname(f.path) === dirname(journal.path));
  if (!same) return; // a set across folders (not written by the command) has no journal
  const body: Journal = { renames: files.map((f, i) => ({ from: basename(temps[i]), to: basename(f.path) })) };
  const fd = openSync(journal.temp, "wx");
  try {
    writeSync(fd, JSON.stringify(body));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(journal.temp, journal.path);
}
