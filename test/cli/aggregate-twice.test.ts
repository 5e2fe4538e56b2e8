/**
 * One unit's report in two forms in the folder aggregated (淮安 2024 as its data file and its PDF): refused, naming
 * both files, exit 2, nothing written — never the same unit added twice.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";

test("huaian-2024.data.json and huaian-2024.pdf in one folder: exit 2 naming both files, no output", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nb-agg-twice-"));
  try {
    const data = join(dir, "huaian-2024.data.json");
    const pdf = join(dir, "huaian-2024.pdf");
    copyFileSync(fixturePath("huaian-2024"), data);
    copyFileSync(fixturePath("huaian-2024").replace(/\.data\.json$/, ".pdf"), pdf);
    const out = join(dir, "out.json");
    const r = await runCli("aggregate", dir, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`无法汇总：同一单位同一年度的报告不止一份，不能重复相加：淮安市人民政府 2024 年度：“${data}”、“${pdf}”；每个单位只保留一份报告`);
    expect(r.out).not.toContain("已汇总");
    expect(existsSync(out)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
