/**
 * Building the `nianbao` command into CommonJS bundles with esbuild (`build/cli/nianbao.cjs`), so that it starts
 * without compiling TypeScript, and knowing whether that build is current.
 *
 * The build records every source file it was made from (path, size, modification time, SHA-1) in
 * `build/cli/inputs.json`. `ensureBuilt()` compares them with the files on disk: a file whose size or time changed is
 * hashed, and only a changed hash (or a missing file, or no build at all) makes the build stale, in which case it is
 * rebuilt before it runs (saying so on stderr). A stale build is never run. Packages stay outside the bundle (they
 * are required from node_modules at run time), so only our sources are inputs.
 *
 *   node bin/cli-build.cjs      build now (the `prepare` script, run by `npm ci`)
 */
"use strict";
const fs = require("fs");
const path = require("path");

/** The bundles: output name → entry point. */
const ENTRIES = { nianbao: "src/cli/index.ts", "check-worker": "src/cli/batch/worker.ts" };
/** Files that shape the build besides the sources esbuild reports. */
const BUILD_FILES = ["bin/cli-build.cjs", "tsconfig.json"];

function sha1(file) {
  return require("crypto").createHash("sha1").update(fs.readFileSync(file)).digest("hex");
}

/** Write a file atomically (a temporary file renamed over it), so a reader never sees half of it. */
function writeAtomic(file, contents) {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, contents);
  fs.renameSync(tmp, file);
}

/**
 * The build of the project at `root` (this repository by default).
 * @param {string} root the project folder (holds `src/`, `bin/cli-build.cjs`, `tsconfig.json`).
 * @param {Record<string, string>} entries output name → entry point, relative to `root`.
 */
function builder(root = path.resolve(__dirname, ".."), entries = ENTRIES) {
  const outDir = path.join(root, "build", "cli");
  const stampFile = path.join(outDir, "inputs.json");
  const bundlePath = (name) => path.join(outDir, `${name}.cjs`);
  const buildFiles = BUILD_FILES.filter((f) => fs.existsSync(path.join(root, f)));

  /** A record of one input: path relative to `root`, size, mtime and hash. */
  const record = (rel) => {
    const abs = path.join(root, rel);
    const st = fs.statSync(abs);
    return { path: rel, size: st.size, mtimeMs: st.mtimeMs, sha1: sha1(abs) };
  };

  /**
   * Build every bundle (with its source map beside it) and record its inputs.
   * @returns the time taken, in ms.
   * @throws Error with esbuild's messages when the sources do not compile.
   */
  function build() {
    const start = Date.now();
    const esbuild = require("esbuild");
    fs.mkdirSync(outDir, { recursive: true });
    const inputs = new Set(buildFiles);
    for (const [name, entry] of Object.entries(entries)) {
      const result = esbuild.buildSync({
        absWorkingDir: root,
        entryPoints: [entry],
        outfile: bundlePath(name),
        write: false,
        bundle: true,
        platform: "node",
        format: "cjs",
        target: "node20",
        packages: "external",
        sourcemap: "linked",
        sourcesContent: false,
        metafile: true,
        logLevel: "silent",
      });
      // The map first, so that a bundle on disk always has its map.
      const outputs = [...result.outputFiles].sort((a, b) => Number(b.path.endsWith(".map")) - Number(a.path.endsWith(".map")));
      for (const out of outputs) writeAtomic(out.path, out.contents);
      for (const input of Object.keys(result.metafile.inputs)) inputs.add(input);
    }
    const records = [...inputs].sort().map(record);
    writeAtomic(stampFile, JSON.stringify({ esbuild: require("esbuild/package.json").version, inputs: records }, null, 1) + "\n");
    return Date.now() - start;
  }

  /**
   * Whether the build is missing or stale.
   * @returns `null` when current, else the reason in Chinese (`尚未构建`, `源文件 src/cli/main.ts 已改动`).
   */
  function staleReason() {
    let stamp;
    try {
      stamp = JSON.parse(fs.readFileSync(stampFile, "utf8"));
    } catch {
      return "尚未构建";
    }
    for (const name of Object.keys(entries)) if (!fs.existsSync(bundlePath(name))) return "尚未构建";
    let touched = false;
    for (const r of stamp.inputs) {
      let st;
      try {
        st = fs.statSync(path.join(root, r.path));
      } catch {
        return `源文件 ${r.path} 已不存在`;
      }
      if (st.size === r.size && st.mtimeMs === r.mtimeMs) continue;
      if (st.size !== r.size || sha1(path.join(root, r.path)) !== r.sha1) return `源文件 ${r.path} 已改动`;
      // Same content, new time (a checkout): remember the time so the file is not hashed at every start.
      r.mtimeMs = st.mtimeMs;
      touched = true;
    }
    if (touched) {
      try {
        writeAtomic(stampFile, JSON.stringify(stamp, null, 1) + "\n");
      } catch {
        // a read-only checkout: the hashes are compared again next time, which is only slower
      }
    }
    return null;
  }

  /**
   * Make sure the build is current, rebuilding it when it is missing or stale.
   * @param note receives a Chinese line saying why it was rebuilt (default: stderr).
   * @returns the path of the main bundle.
   * @throws Error with esbuild's messages when a rebuild fails.
   */
  function ensureBuilt(note = (t) => process.stderr.write(t)) {
    const reason = staleReason();
    if (reason !== null) {
      const ms = build();
      note(`（nianbao：${reason}，已重新构建命令行程序，用时 ${ms} ms）\n`);
    }
    return bundlePath(Object.keys(entries)[0]);
  }

  return { build, staleReason, ensureBuilt, bundlePath, outDir };
}

module.exports = { builder, ENTRIES };

if (require.main === module) {
  const b = builder();
  try {
    const ms = b.build();
    process.stdout.write(`已构建命令行程序 ${path.relative(process.cwd(), b.bundlePath("nianbao"))}（${ms} ms）\n`);
  } catch (error) {
    process.stderr.write(`命令行程序构建失败：\n${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
