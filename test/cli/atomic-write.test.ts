/**
 * Atomic writes: every output file is complete or untouched, a report's five files are all new or all old, and
 * `init --force` never destroys the existing workbook before the new one is complete — on a full disk, on a failed
 * rename, and when the process is killed at a random moment (a real `nianbao` process, SIGKILL and SIGTERM).
 */
import { execFileSync, spawn } from "child_process";
import fs from "fs";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, promises as fsp, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, watch, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { AtomicWriteError, removeStaleTemporaries, writeFilesAtomically } from "../../src/cli/atomic-write";
import { REPORT_FILES } from "../../src/cli/commands/report";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { readReport } from "../../src/workbook/layout";

const ROOT = join(__dirname, "../..");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-atomic-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => jest.restoreAllMocks());

/** A disk that fills up after `bytes` bytes of the next file opened for writing. */
function fullDiskAfter(bytes: number): void {
  const open = fsp.open.bind(fsp);
  jest.spyOn(fsp, "open").mockImplementation((async (path: string, flags: string) => {
    const handle = await open(path, flags);
    if (flags !== "wx") return handle;
    const writeFile = async (body: string | Uint8Array) => {
      await handle.write(Buffer.from(body).subarray(0, bytes));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    };
    return Object.assign(Object.create(handle), { writeFile, sync: () => handle.sync(), close: () => handle.close() });
  }) as typeof fsp.open);
}

/** The names in a folder, hidden ones included, sorted. */
const names = (d: string) => readdirSync(d).sort();

describe("writeFilesAtomically", () => {
  test("a full disk on the second file: both targets keep their old contents, no temporary file is left", async () => {
    const d = mkdtempSync(join(dir, "full-"));
    writeFileSync(join(d, "a.txt"), "old a");
    writeFileSync(join(d, "b.txt"), "old b");
    let calls = 0;
    const open = fsp.open.bind(fsp);
    jest.spyOn(fsp, "open").mockImplementation((async (path: string, flags: string) => {
      if (flags === "wx" && ++calls === 2) throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
      return open(path, flags);
    }) as typeof fsp.open);
    const error = await writeFilesAtomically([
      { path: join(d, "a.txt"), body: "new a" },
      { path: join(d, "b.txt"), body: "new b" },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AtomicWriteError);
    expect((error as AtomicWriteError).path).toBe(join(d, "b.txt"));
    expect([readFileSync(join(d, "a.txt"), "utf8"), readFileSync(join(d, "b.txt"), "utf8")]).toEqual(["old a", "old b"]);
    expect(names(d)).toEqual(["a.txt", "b.txt"]);
  });

  test("a rename that fails after another succeeded puts the replaced file back: the set stays all old", async () => {
    const d = mkdtempSync(join(dir, "rename-"));
    writeFileSync(join(d, "a.txt"), "old a");
    mkdirSync(join(d, "b.txt")); // renaming a file over a folder fails (EISDIR)
    const error = await writeFilesAtomically([
      { path: join(d, "a.txt"), body: "new a" },
      { path: join(d, "b.txt"), body: "new b" },
    ]).catch((e: unknown) => e);
    expect((error as AtomicWriteError).path).toBe(join(d, "b.txt"));
    expect(readFileSync(join(d, "a.txt"), "utf8")).toBe("old a");
    expect(names(d)).toEqual(["a.txt", "b.txt"]);
  });

  test("without overwrite a file that exists is left alone (EEXIST)", async () => {
    const d = mkdtempSync(join(dir, "exists-"));
    writeFileSync(join(d, "a.txt"), "old a");
    const error = await writeFilesAtomically([{ path: join(d, "a.txt"), body: "new a" }], { overwrite: false }).catch((e: unknown) => e);
    expect(((error as AtomicWriteError).cause as NodeJS.ErrnoException).code).toBe("EEXIST");
    expect(readFileSync(join(d, "a.txt"), "utf8")).toBe("old a");
    expect(names(d)).toEqual(["a.txt"]);
  });

  test("leftovers of a killed process are removed; a kept old copy whose file is missing is put back", async () => {
    const d = mkdtempSync(join(dir, "stale-"));
    const dead = 2 ** 22 + 17; // above Linux's pid_max default: no such process
    writeFileSync(join(d, `.report.docx.${dead}-0a1b.nianbao-tmp`), "half");
    writeFileSync(join(d, `.report.md.${dead}-0a1b.nianbao-old`), "old md");
    writeFileSync(join(d, "report.html"), "html");
    writeFileSync(join(d, `.report.html.${dead}-0a1b.nianbao-old`), "older html");
    writeFileSync(join(d, `.report.csv.${process.pid}-0a1b.nianbao-tmp`), "a live process's");
    await removeStaleTemporaries(d);
    expect(names(d)).toEqual([`.report.csv.${process.pid}-0a1b.nianbao-tmp`, "report.html", "report.md"]);
    expect(readFileSync(join(d, "report.md"), "utf8")).toBe("old md");
    expect(readFileSync(join(d, "report.html"), "utf8")).toBe("html");
  });

  test("a journal has its name only once complete: a kill while it is written leaves a temporary file, removed later", async () => {
    // A journal written under its own name and cut short by a kill was read by the next report into the folder, which
    // stopped on it with "Unexpected end of JSON input".
    const d = mkdtempSync(join(dir, "journal-"));
    writeFileSync(join(d, "report.md"), "old md");
    const journalsWhileWriting: string[][] = [];
    const writeSync = fs.writeSync;
    jest.spyOn(fs, "writeSync").mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      journalsWhileWriting.push(names(d).filter((n) => n.endsWith(".nianbao-journal")));
      return (writeSync as (...a: unknown[]) => number)(...args);
    }) as typeof fs.writeSync);
    await writeFilesAtomically([
      { path: join(d, "report.md"), body: "new md" },
      { path: join(d, "report.csv"), body: "csv" },
    ]);
    expect(journalsWhileWriting).toEqual([[]]);
    expect(names(d)).toEqual(["report.csv", "report.md"]);

    const dead = 2 ** 22 + 19;
    writeFileSync(join(d, `.report.md.${dead}-0c1d.nianbao-tmp`), "newer md");
    writeFileSync(join(d, `.report.md.journal.${dead}-0c1d.nianbao-tmp`), '{"renames":[{"from":');
    await removeStaleTemporaries(d);
    expect(names(d)).toEqual(["report.csv", "report.md"]);
    expect(readFileSync(join(d, "report.md"), "utf8")).toBe("new md");
  });
});

describe("targets that are not regular files (the tester's /dev/stdout, /dev/full and fifo, here a fifo and links)", () => {
  const PINGTAN_2021 = fixturePath("pingtan-2021");

  test("a fifo: refused in Chinese, exit 2, still a fifo; the same for check --csv", async () => {
    const d = mkdtempSync(join(dir, "fifo-"));
    const fifo = join(d, "out.json");
    execFileSync("mkfifo", [fifo]);
    const aggregate = await runCli("aggregate", PINGTAN_2021, "-o", fifo, "--force");
    expect([aggregate.code, aggregate.err]).toEqual([2, `不能写入特殊文件“${fifo}”，请给出普通文件的路径\n`]);
    const csv = await runCli("check", PINGTAN_2021, "--csv", fifo);
    expect([csv.code, csv.err]).toEqual([2, `不能写入特殊文件“${fifo}”，请给出普通文件的路径\n`]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(names(d)).toEqual(["out.json"]);
    // The writer itself refuses too, for callers that did not check first.
    const error = await writeFilesAtomically([{ path: fifo, body: "x" }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AtomicWriteError);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  test("a link to a file: the file it points to is replaced, the link stays a link", async () => {
    const d = mkdtempSync(join(dir, "link-"));
    writeFileSync(join(d, "target.json"), "old");
    symlinkSync("target.json", join(d, "link.json"));
    await writeFilesAtomically([{ path: join(d, "link.json"), body: "new" }]);
    expect(readlinkSync(join(d, "link.json"))).toBe("target.json");
    expect(readFileSync(join(d, "target.json"), "utf8")).toBe("new");
    expect(names(d)).toEqual(["link.json", "target.json"]);
  });

  test("a link to nothing: refused naming where it points, nothing created", async () => {
    const d = mkdtempSync(join(dir, "dangling-"));
    const link = join(d, "link.json");
    symlinkSync("nowhere.json", link);
    const r = await runCli("aggregate", PINGTAN_2021, "-o", link, "--force");
    expect([r.code, r.err]).toEqual([2, `无法写入“${link}”：这是一个链接，它指向的“nowhere.json”不存在；请给出普通文件的路径\n`]);
    expect(names(d)).toEqual(["link.json"]);
  });
});

describe("no permission to write", () => {
  test("export -o into a folder without write permission: exit 2, the message says what to do next", async () => {
    // Run as root in CI, so the refusal of the file system is simulated where the temporary file is created.
    const open = fsp.open.bind(fsp);
    jest.spyOn(fsp, "open").mockImplementation((async (path: string, flags: string) => {
      if (flags === "wx") throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return open(path, flags);
    }) as typeof fsp.open);
    const out = join(dir, "denied.json");
    const r = await runCli("export", join(ROOT, "examples/seed-2021.xlsx"), "-o", out);
    expect([r.code, r.out, r.err]).toEqual([
      2,
      "",
      `无法写入“${out}”：没有写入权限；请换一个自己能写入的位置（如“文档”或桌面上的文件夹），或请管理员开放这个位置的写入权限\n`,
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

describe("the command on a full disk", () => {
  test("init --force: the existing workbook is intact, exit 2 with 磁盘空间不足", async () => {
    const out = join(dir, "full.xlsx");
    writeFileSync(out, "the user's workbook");
    fullDiskAfter(1000);
    const r = await runCli("init", out, "--force");
    expect([r.code, r.err]).toEqual([2, `无法写入“${out}”：磁盘空间不足\n`]);
    expect(readFileSync(out, "utf8")).toBe("the user's workbook");
    expect(names(dir).filter((n) => n.includes("full.xlsx"))).toEqual(["full.xlsx"]);
  });

  test("report: the previous five files are intact", async () => {
    const out = join(dir, "full-report");
    mkdirSync(out);
    for (const n of REPORT_FILES) writeFileSync(join(out, n), `old ${n}`);
    fullDiskAfter(100);
    const r = await runCli("report", fixturePath("pingtan-2021"), "-o", out, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/磁盘空间不足/);
    for (const n of REPORT_FILES) expect(readFileSync(join(out, n), "utf8")).toBe(`old ${n}`);
    expect(names(out)).toEqual([...REPORT_FILES].sort());
  });
});

// ───────────────────────────── kill test ─────────────────────────────

/** Report data for the kill test: 平潭 2021 under another agency name, so old and new files differ. */
function dataFile(agency: string): string {
  const json = JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8"));
  json.agency = agency;
  const path = join(dir, `${agency}.json`);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

/** Run `nianbao` and kill it: after `delay` ms, or `delay` ms after the first temporary file appears in `watchDir`. */
function runAndKill(args: string[], delay: number, signal: NodeJS.Signals, watchDir?: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/nianbao.cjs", ...args], { cwd: ROOT, stdio: "ignore" });
    let timer: NodeJS.Timeout | undefined;
    const kill = () => (timer = setTimeout(() => child.kill(signal), delay));
    const watcher = watchDir
      ? watch(watchDir, (_e, name) => {
          if (name && String(name).endsWith(".nianbao-tmp") && timer === undefined) kill();
        })
      : undefined;
    if (!watcher) kill();
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      watcher?.close();
      resolve(code);
    });
  });
}

/** A Word file is complete when it is a zip whose document names the agency. */
async function docxAgency(bytes: Buffer, agency: string): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.includes(agency);
}

/** Several moments in a run of `ms`: evenly spread with a random jitter each. */
function moments(ms: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.round((ms * (i + Math.random())) / count));
}

describe("kill test: a killed report or init --force leaves no half-written file", () => {
  const OLD = "旧机关";
  const NEW = "新机关";

  test("report: after each kill every file is complete, and the five are all old or all new", async () => {
    const out = join(dir, "kill-report");
    const reference = join(dir, "kill-reference");
    const oldData = dataFile(OLD);
    const newData = dataFile(NEW);
    expect((await runCli("report", newData, "-o", reference)).code).toBe(0);
    const started = Date.now();
    expect((await runCli("report", oldData, "-o", out)).code).toBe(0);
    const runMs = Math.max(300, (Date.now() - started) * 3); // a process also starts Node and tsx
    const old = Object.fromEntries(REPORT_FILES.map((n) => [n, readFileSync(join(out, n))]));
    const fresh = Object.fromEntries(REPORT_FILES.map((n) => [n, readFileSync(join(reference, n))]));
    const outcomes: string[] = [];
    const kills = [
      ...moments(runMs, 2).map((ms) => ({ ms, signal: "SIGKILL" as const, watch: false })),
      ...moments(15, 3).map((ms) => ({ ms, signal: "SIGKILL" as const, watch: true })),
      { ms: 0, signal: "SIGTERM" as const, watch: true },
    ];
    for (const k of kills) {
      await runAndKill(["report", newData, "-o", out, "--force"], k.ms, k.signal, k.watch ? out : undefined);
      // Each file: which versions it can be (the CSV holds no agency, so its old and new bytes may be the same).
      const versions = async (): Promise<Set<string>[]> => {
        const out2: Set<string>[] = [];
        for (const n of REPORT_FILES) {
          const now = readFileSync(join(out, n));
          const can = new Set<string>();
          if (now.equals(old[n])) can.add("old");
          if (n === "report.docx" ? await docxAgency(now, NEW) : now.equals(fresh[n])) can.add("new");
          out2.push(can);
        }
        return out2;
      };
      const common = (vs: Set<string>[]) => ["old", "new"].filter((v) => vs.every((s) => s.has(v)));
      let files = await versions();
      expect(files.filter((s) => s.size === 0)).toEqual([]); // every file complete
      // Only hidden leftovers of the killed process; SIGTERM leaves none.
      const leftovers = names(out).filter((n) => !(REPORT_FILES as readonly string[]).includes(n));
      expect(leftovers.every((n) => /^\.report\.\w+(\.journal)?\.\d+-[0-9a-f]+\.nianbao-(tmp|old|journal)$/.test(n))).toBe(true);
      if (k.signal === "SIGTERM") expect(leftovers).toEqual([]);
      // Killed between two renames, the set is mixed until the next write into the folder finishes the renames.
      if (common(files).length === 0) {
        expect(leftovers.some((n) => n.endsWith(".nianbao-journal"))).toBe(true);
        await removeStaleTemporaries(out);
        files = await versions();
        outcomes.push("mixed, finished by the next write");
      }
      expect(common(files).length).toBeGreaterThan(0);
      outcomes.push(common(files).join("/"));
      // Back to the old set for the next kill.
      expect((await runCli("report", oldData, "-o", out, "--force")).code).toBe(0);
      expect(names(out)).toEqual([...REPORT_FILES].sort());
      for (const n of REPORT_FILES.filter((x) => x !== "report.docx")) expect(readFileSync(join(out, n)).equals(old[n])).toBe(true);
      old["report.docx"] = readFileSync(join(out, "report.docx"));
    }
    expect(outcomes.length).toBeGreaterThanOrEqual(kills.length);
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    writeFileSync(join(ROOT, "test-output", "kill-test-report.json"), JSON.stringify(kills.map((k, i) => ({ ...k, outcome: outcomes[i] }))));
  }, 90_000);

  test("init --force: after each kill the workbook is the old file or the complete new one", async () => {
    const target = join(dir, "kill-init");
    mkdirSync(target);
    const file = join(target, "年报.xlsx");
    const newData = dataFile(`${NEW}2`);
    writeFileSync(file, "the user's old workbook");
    const started = Date.now();
    expect((await runCli("init", join(dir, "timing.xlsx"), "--data", newData)).code).toBe(0);
    const runMs = Math.max(300, (Date.now() - started) * 3);
    const kills = [...moments(runMs, 3).map((ms) => ({ ms, watch: false })), ...moments(10, 2).map((ms) => ({ ms, watch: true }))];
    const outcomes: string[] = [];
    for (const k of kills) {
      await runAndKill(["init", file, "--data", newData, "--force"], k.ms, "SIGKILL", k.watch ? target : undefined);
      const bytes = readFileSync(file);
      if (bytes.toString("utf8") !== "the user's old workbook") {
        const { data } = await readReport(await XlsxWorkbook.fromBuffer(bytes));
        expect(data.agency).toBe(`${NEW}2`);
        writeFileSync(file, "the user's old workbook");
        outcomes.push("new");
      } else outcomes.push("old");
      expect(names(target).filter((n) => !n.startsWith("."))).toEqual(["年报.xlsx"]);
    }
    await removeStaleTemporaries(target);
    expect(names(target)).toEqual(["年报.xlsx"]);
    expect(existsSync(file)).toBe(true);
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    writeFileSync(join(ROOT, "test-output", "kill-test-init.json"), JSON.stringify(kills.map((k, i) => ({ ...k, outcome: outcomes[i] }))));
  }, 90_000);
});
