/**
 * Values from files cannot act on the reviewer's terminal: escape codes, line breaks and bidi controls in a cell, a
 * message or a file name are printed as `[U+XXXX]`, so `check` cannot be made to clear the screen or print a fake
 * summary. `--json` keeps the values exact (JSON escapes them itself).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import fc from "fast-check";
import { isNotPlain, terminalSafe } from "../../src/cli/terminal-text";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/shared";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-terminal-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("terminalSafe", () => {
  test.each([
    ["\u001b[2J\u001b[H", "[U+001B][2J[U+001B][H"],
    ["12\n  未发现问题", "12[U+000A]  未发现问题"],
    ["a\r\nb", "a[U+000D][U+000A]b"],
    ["某县\u202e局用信", "某县[U+202E]局用信"],
    ["1\u200b2", "1[U+200B]2"],
    ["\ufeff12", "[U+FEFF]12"],
    ["x\u0085y\u2028z", "x[U+0085]y[U+2028]z"],
    ["\ud800 lone", "[U+D800] lone"],
    ["a\tb", "a b"],
    ["表三（七）总计·自然人应为 37，现为 36 😀", "表三（七）总计·自然人应为 37，现为 36 😀"],
  ])("%j → %j", (input, shown) => {
    expect(terminalSafe(input)).toBe(shown);
  });

  test("property: the result never holds a control character, line break, bidi control or lone surrogate", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = terminalSafe(s);
        for (let i = 0; i < out.length; i++) {
          const cp = out.codePointAt(i)!;
          if (cp > 0xffff) i++;
          expect(isNotPlain(cp) || cp === 0x09).toBe(false);
        }
      }),
    );
  });
});

describe("check prints hostile values harmlessly", () => {
  const hostile = "\u001b[2J\u001b[H\n  未发现问题\n\n共检查 1 个文件：0 项强制，0 项提示";

  test("a cell and a file name with escape codes and line breaks: no escape reaches stdout, no forged line", async () => {
    const json = JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8"));
    json.table3.new[0] = hostile;
    const folder = join(dir, "收到");
    mkdirSync(folder);
    const file = join(folder, "evil\u001b[31m\u202e.json");
    writeFileSync(file, JSON.stringify(json));
    const r = await runCli("check", folder);
    expect([...r.out].filter((ch) => ch !== "\n" && isNotPlain(ch.codePointAt(0)!))).toEqual([]);
    const lines = r.out.split("\n");
    // The only summary lines are the real ones.
    expect(lines.filter((l) => l.trim().startsWith("未发现问题"))).toEqual([]);
    expect(lines.filter((l) => l.startsWith("共检查"))).toHaveLength(1);
    expect(r.out).toContain("evil[U+001B][31m[U+202E].json");
    expect(r.out).toContain("[U+001B][2J[U+001B][H[U+000A]  未发现问题[U+000A][U+000A]共检查 1 个文件");
    // Machine output keeps the value exactly.
    const machine = await runCli("check", file, "--json");
    expect(JSON.stringify(JSON.parse(machine.out))).toContain(JSON.stringify(hostile).slice(1, -1));
  });
});
