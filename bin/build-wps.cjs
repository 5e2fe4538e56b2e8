#!/usr/bin/env node
/**
 * `npm run build:wps`: the WPS 加载项 for WPS 表格, laid out for both deployment modes in dist-wps/:
 *
 *   dist-wps/online/nianbao/        the add-in, to be served by an intranet web server at WPS_ADDIN_URL
 *   dist-wps/online/jsplugins.xml   for a whole unit: oem.ini's JSPluginsServer points at this file on the server
 *   dist-wps/online/publish.xml     for one user: the entry WPS reads from its jsaddons folder (what publish.html writes)
 *   dist-wps/online/安装-当前用户.bat / install-user.sh   write that entry into the user's publish.xml, keeping others
 *   dist-wps/offline/nianbao_<version>/   the same add-in, loaded from the user's disk (no server)
 *   dist-wps/offline/publish.xml, 安装-当前用户.bat, install-user.sh   copy it into jsaddons and register it
 *   dist-wps/说明.txt               what each folder is for (the README's administrators' section has the details)
 *
 * The entries follow the formats of Kingsoft's documentation (WPS 加载项开发说明: publish 模式, jsplugins.xml 模式) and
 * of the `wpsjs@2.2.3` tool's build (`<jsplugin … url="name_version" …/>` for a folder in jsaddons).
 *
 * After webpack (webpack.wps.config.js) every JavaScript file is parsed as ES2018; anything newer fails the build,
 * since WPS's webview may be an older Chromium.
 *
 * Settings (environment variables): WPS_ADDIN_URL, where online/nianbao/ is served, ending in "/" (default
 * https://nianbao.example.gov.cn/wps/nianbao/).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const acorn = require("acorn");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "dist-wps");
const NAME = "nianbao";
const { version: VERSION } = require(path.join(ROOT, "package.json"));
const FOLDER = `${NAME}_${VERSION}`;

/** The add-in's entry in publish.xml / jsplugins.xml. */
const entries = {
  onlinePublish: (url) => `<jspluginonline name="${NAME}" type="et" url="${url}" enable="enable_dev" install="null"/>`,
  onlineServer: (url) => `<jspluginonline name="${NAME}" type="et" url="${url}"/>`,
  offlinePublish: `<jsplugin name="${NAME}" type="et" url="${FOLDER}" version="${VERSION}" enable="enable_dev" install="null" customDomain=""/>`,
};

const xml = (entry) => `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${entry}\n</jsplugins>\n`;

/** Run webpack with webpack.wps.config.js into `dir`. */
function bundle(dir) {
  const config = require(path.join(ROOT, "webpack.wps.config.js"))({ out: dir }, { mode: "production" });
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

/**
 * Parse every .js file under `dir` as ES2018 (scripts).
 * @returns the problems, e.g. `fluent.1234.js: Unexpected token (2:30)`; empty when all parse.
 */
function checkSyntax(dir, ecmaVersion = 2018) {
  const problems = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    try {
      acorn.parse(source, { ecmaVersion, sourceType: "script" });
    } catch (e) {
      problems.push(`${file}: ${e.message} … ${source.slice(Math.max(0, e.pos - 40), e.pos + 40)}`);
    }
  }
  return problems;
}

/** A shell script installing for the current user on Linux (麒麟, 统信 UOS …): `~/.local/share/Kingsoft/wps/jsaddons`. */
function shellInstaller(entry, copyFolder) {
  return `#!/bin/sh
# 年报助手 WPS 加载项：为当前用户安装（${copyFolder ? "离线" : "在线"}）。请先完全退出 WPS，再运行：sh install-user.sh
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
JSADDONS="\${WPS_JSADDONS:-$HOME/.local/share/Kingsoft/wps/jsaddons}"
mkdir -p "$JSADDONS"
${copyFolder ? `rm -rf "$JSADDONS/${FOLDER}"\ncp -R "$HERE/${FOLDER}" "$JSADDONS/${FOLDER}"\n` : ""}ENTRY='${entry}'
PUBLISH="$JSADDONS/publish.xml"
if [ -f "$PUBLISH" ] && grep -q '</jsplugins>' "$PUBLISH"; then
  # Keep every other add-in; replace an older 年报助手 entry.
  TMP="$PUBLISH.tmp.$$"
  grep -v 'name="${NAME}"' "$PUBLISH" | awk -v entry="  $ENTRY" '/<\\/jsplugins>/ { print entry } { print }' > "$TMP"
  mv "$TMP" "$PUBLISH"
else
  printf '%s\\n' '<?xml version="1.0" encoding="UTF-8"?>' '<jsplugins>' "  $ENTRY" '</jsplugins>' > "$PUBLISH"
fi
echo "已为当前用户安装年报助手：$PUBLISH"
echo "请启动 WPS 表格；首次加载时如询问是否信任此加载项，请点击“确定”，然后关闭并重新打开 WPS 表格。"
`;
}

/** A PowerShell script doing the same on Windows (`%APPDATA%\\kingsoft\\wps\\jsaddons`), and the .bat that runs it. */
function windowsInstaller(entry, copyFolder) {
  const ps1 = `# 年报助手 WPS 加载项：为当前用户安装（${copyFolder ? "离线" : "在线"}）。由“安装-当前用户.bat”运行。
$ErrorActionPreference = 'Stop'
$jsaddons = Join-Path $env:APPDATA 'kingsoft\\wps\\jsaddons'
New-Item -ItemType Directory -Force -Path $jsaddons | Out-Null
${copyFolder ? `$target = Join-Path $jsaddons '${FOLDER}'
if (Test-Path $target) { Remove-Item -Recurse -Force $target }
Copy-Item -Recurse (Join-Path $PSScriptRoot '${FOLDER}') $target
` : ""}$entry = '${entry}'
$publish = Join-Path $jsaddons 'publish.xml'
$utf8 = New-Object System.Text.UTF8Encoding $false
if ((Test-Path $publish) -and ((Get-Content -Raw -Encoding UTF8 $publish) -match '</jsplugins>')) {
  $lines = Get-Content -Encoding UTF8 $publish | Where-Object { $_ -notmatch 'name="${NAME}"' }
  $text = ($lines -join [Environment]::NewLine).Replace('</jsplugins>', '  ' + $entry + [Environment]::NewLine + '</jsplugins>')
} else {
  $text = '<?xml version="1.0" encoding="UTF-8"?>' + [Environment]::NewLine + '<jsplugins>' + [Environment]::NewLine + '  ' + $entry + [Environment]::NewLine + '</jsplugins>'
}
[System.IO.File]::WriteAllText($publish, $text + [Environment]::NewLine, $utf8)
Write-Output "已为当前用户安装年报助手：$publish"
`;
  const bat = [
    "@echo off",
    "chcp 65001 >nul",
    "echo 正在为当前用户安装年报助手（请先完全退出 WPS）……",
    'powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-user.ps1"',
    "if errorlevel 1 (echo 安装失败，请把以上信息发给本单位信息化管理员。) else (echo 请启动 WPS 表格；首次加载时如询问是否信任此加载项，请点击“确定”，然后重新打开 WPS 表格。)",
    "pause",
    "",
  ].join("\r\n");
  // PowerShell 5 reads a script without a byte-order mark as the system code page: write it with one.
  return { ps1: `\ufeff${ps1.replace(/\n/g, "\r\n")}`, bat };
}

function writeInstallers(dir, entry, copyFolder) {
  fs.writeFileSync(path.join(dir, "publish.xml"), xml(entry));
  fs.writeFileSync(path.join(dir, "install-user.sh"), shellInstaller(entry, copyFolder), { mode: 0o755 });
  const win = windowsInstaller(entry, copyFolder);
  fs.writeFileSync(path.join(dir, "install-user.ps1"), win.ps1);
  fs.writeFileSync(path.join(dir, "安装-当前用户.bat"), win.bat);
}

const GUIDE = (url) => `年报助手 WPS 加载项（WPS 表格）${VERSION}

online/   在线部署：把 online/${NAME}/ 整个文件夹放到内网网站，使其地址为
          ${url}
          （构建时用环境变量 WPS_ADDIN_URL 指定）。
          · 全单位：把 online/jsplugins.xml 也放到内网网站，在每台电脑 WPS 的 oem.ini 中设置
            [Support] JsApiPlugin=true 和 [Server] JSPluginsServer=<jsplugins.xml 的地址>。
          · 单个用户：运行 online/安装-当前用户.bat（Windows）或 sh online/install-user.sh（Linux）。
offline/  离线部署（不需要服务器）：运行 offline/安装-当前用户.bat（Windows）或
          sh offline/install-user.sh（Linux），它把 ${FOLDER}/ 复制到当前用户的
          WPS 加载项目录（jsaddons）并登记到 publish.xml。

安装后启动 WPS 表格，在“年报助手”选项卡点击“年报助手”打开任务窗格。详见 README 的“WPS 表格：管理员安装说明”。
`;

async function main() {
  const url = process.env.WPS_ADDIN_URL || `https://nianbao.example.gov.cn/wps/${NAME}/`;
  if (!/^https?:\/\/.+\/$/.test(url)) throw new Error(`WPS_ADDIN_URL 应为以 / 结尾的 http(s) 地址，现为“${url}”`);
  fs.rmSync(OUT, { recursive: true, force: true });
  const addin = path.join(OUT, "online", NAME);
  await bundle(addin);
  const problems = checkSyntax(addin);
  if (problems.length) throw new Error(`WPS 构建中有 ES2018 以后的语法，旧版 WPS 无法运行：\n${problems.join("\n")}`);
  const online = path.join(OUT, "online");
  fs.writeFileSync(path.join(online, "jsplugins.xml"), xml(entries.onlineServer(url)));
  writeInstallers(online, entries.onlinePublish(url), false);
  const offline = path.join(OUT, "offline");
  fs.cpSync(addin, path.join(offline, FOLDER), { recursive: true });
  writeInstallers(offline, entries.offlinePublish, true);
  fs.writeFileSync(path.join(OUT, "说明.txt"), GUIDE(url));
  process.stdout.write(`WPS 加载项已生成：${path.relative(ROOT, OUT)}/（在线：online/${NAME}/ 部署到 ${url}；离线：offline/${FOLDER}/）\n`);
}

module.exports = { checkSyntax, shellInstaller, entries, NAME, FOLDER, VERSION, OUT };

if (require.main === module)
  main().catch((e) => {
    process.stderr.write(`${e && e.message ? e.message : String(e)}\n`);
    process.exit(1);
  });
