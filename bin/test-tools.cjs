#!/usr/bin/env node
/**
 * The first step of `npm test`: make sure the system programs the tests drive are installed, and install the missing
 * ones, as `playwright install --with-deps` does.
 *
 *   chromium                   the pane and the report page in a real browser (test/browser)
 *   libreoffice-writer-nogui   .docx → PDF, to check the Word layout page by page
 *   libreoffice-calc-nogui     the check formulas written into the sheet, evaluated by a spreadsheet
 *   poppler-utils              pdfinfo, pdftotext and pdftoppm on those PDFs
 *   fonts-noto-cjk             Chinese text in screenshots and PDFs
 *   libxml2-utils              xmllint, for the offline manifest check
 *
 * On Debian as root the missing packages are installed with apt-get (saying which, and why). Not as root, or without
 * apt-get, it stops with the exact command to run. Exit status 0 when everything is there, 1 otherwise.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");

/** Debian package → what the tests need it for, and a file that proves it is installed. */
const PACKAGES = [
  { name: "chromium", why: "浏览器测试（任务窗格、报告网页）", file: "/usr/bin/chromium" },
  { name: "libreoffice-writer-nogui", why: "把生成的 Word 文档转为 PDF 检查排版", file: "/usr/lib/libreoffice/program/libswlo.so" },
  { name: "libreoffice-calc-nogui", why: "在电子表格中计算统计表旁的检查公式", file: "/usr/lib/libreoffice/program/libsclo.so" },
  { name: "poppler-utils", why: "读取 PDF 页面（pdfinfo、pdftotext、pdftoppm）", file: "/usr/bin/pdftoppm" },
  { name: "fonts-noto-cjk", why: "截图和 PDF 中的中文字体", file: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" },
  { name: "libxml2-utils", why: "离线校验 manifest.xml（xmllint）", file: "/usr/bin/xmllint" },
];

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** True when dpkg says the package is installed (or, without dpkg, when its file exists). */
function installed(pkg) {
  if (has("dpkg-query")) {
    const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg.name], { encoding: "utf8" });
    return r.status === 0 && r.stdout.includes("install ok installed");
  }
  return fs.existsSync(pkg.file);
}

function run(command, args) {
  const r = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return r.status === 0;
}

function main() {
  const missing = PACKAGES.filter((p) => !installed(p));
  if (missing.length === 0) return 0;
  const names = missing.map((p) => p.name);
  const list = missing.map((p) => `  ${p.name}：${p.why}`).join("\n");
  const command = `apt-get update && apt-get install -y --no-install-recommends ${names.join(" ")}`;
  if (!has("apt-get")) {
    process.stderr.write(`测试需要以下系统软件，本机没有 apt-get，请用本系统的包管理器安装：\n${list}\n`);
    return 1;
  }
  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    process.stderr.write(`测试需要以下系统软件包，本机尚未安装：\n${list}\n请先运行：\n  sudo sh -c '${command}'\n然后再运行 npm test。\n`);
    return 1;
  }
  process.stdout.write(`测试需要以下系统软件包，正在安装（首次约需几分钟）：\n${list}\n`);
  if (!run("apt-get", ["update", "-qq"]) || !run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...names])) {
    process.stderr.write(`安装失败。请检查网络或软件源后手动运行：\n  ${command}\n`);
    return 1;
  }
  const still = missing.filter((p) => !installed(p));
  if (still.length > 0) {
    process.stderr.write(`安装后仍缺少：${still.map((p) => p.name).join("、")}。请手动运行：\n  ${command}\n`);
    return 1;
  }
  process.stdout.write(`已安装：${names.join("、")}\n`);
  return 0;
}

process.exitCode = main();
