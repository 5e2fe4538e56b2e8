/**
 * The pane's build settings (webpack.config.js) that cannot work stop the build at once with a Chinese reason and
 * exit 2 — never a stack trace, never a hang: `--env officejs=local` without a copy of office.js, a base address that
 * is not https. The config is loaded in its own process, as `npm run build` loads it.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "../..");

function loadConfig(env: Record<string, string>, vars: Record<string, string> = {}) {
  const script = `Promise.resolve(require("./webpack.config.js")(${JSON.stringify(env)}, { mode: "production" })).then(() => console.log("loaded"))`;
  return spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", timeout: 60_000, env: { ...process.env, ...vars } });
}

test("--env officejs=local without office.js: exit 2 with the Chinese reason and what to do", () => {
  const empty = mkdtempSync(join(tmpdir(), "nianbao-officejs-"));
  try {
    const r = loadConfig({ officejs: "local" }, { OFFICE_JS_DIR: empty });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `构建失败：--env officejs=local 需要 office.js 的 dist/ 目录，但“${empty}”中没有 office.js。请在能访问 npm 的电脑上运行 npm pack @microsoft/office-js，` +
        "解压后用 OFFICE_JS_DIR=…/package/dist 指向其中的 dist/ 目录再构建（见 README“内网部署”第 2 步）\n",
    );
    expect(r.stdout).toBe("");
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test("--env base with http:// or not a URL: exit 2 naming the setting", () => {
  const http = loadConfig({ base: "http://nianbao.example.gov.cn/" });
  expect([http.status, http.stderr]).toEqual([2, "构建失败：--env base=http://nianbao.example.gov.cn/：Office 只从 https:// 地址加载加载项，请改为 https:// 地址\n"]);
  const bad = loadConfig({ base: "nianbao" });
  expect([bad.status, bad.stderr]).toEqual([2, "构建失败：--env base=nianbao 不是网址，请写成 https://nianbao.example.gov.cn/ 这样的地址\n"]);
  expect(loadConfig({ base: "https://nianbao.example.gov.cn" }).stdout).toBe("loaded\n");
});
