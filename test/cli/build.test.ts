/**
 * The command's build (bin/cli-build.cjs): built once, run without compiling, and rebuilt — never run stale — when a
 * source it was made from changes. Exercised on a two-file project in a temporary folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builder } = require("../../bin/cli-build.cjs") as {
  builder(
    root: string,
    entries: Record<string, string>,
  ): { build(): number; staleReason(): string | null; ensureBuilt(note: (t: string) => void): string; bundlePath(name: string): string };
};

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "nianbao-build-"));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "src/answer.ts"), "export const answer: number = 41;\n");
  writeFileSync(join(root, "src/index.ts"), 'import { answer } from "./answer";\nexport function main(): number {\n  return answer + 1;\n}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const load = (file: string): { main(): number } => {
  const text = readFileSync(file, "utf8");
  const m = { exports: {} as { main(): number } };
  new Function("module", "exports", "require", text)(m, m.exports, require);
  return m.exports;
};

test("no build is stale; a build is current and runs the compiled sources", () => {
  const b = builder(root, { app: "src/index.ts" });
  expect(b.staleReason()).toBe("尚未构建");
  b.build();
  expect(b.staleReason()).toBeNull();
  expect(load(b.bundlePath("app")).main()).toBe(42);
  const stamp = JSON.parse(readFileSync(join(root, "build/cli/inputs.json"), "utf8")) as { inputs: { path: string }[] };
  expect(stamp.inputs.map((i) => i.path)).toEqual(["src/answer.ts", "src/index.ts"]);
});

test("a touched file with the same content keeps the build; a changed one is rebuilt before it runs, saying why", () => {
  const b = builder(root, { app: "src/index.ts" });
  b.build();
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, "src/answer.ts"), later, later);
  expect(b.staleReason()).toBeNull();

  writeFileSync(join(root, "src/answer.ts"), "export const answer: number = 99;\n");
  expect(b.staleReason()).toBe("源文件 src/answer.ts 已改动");
  const notes: string[] = [];
  const bundle = b.ensureBuilt((t) => notes.push(t));
  expect(notes).toHaveLength(1);
  expect(notes[0]).toMatch(/^（nianbao：源文件 src\/answer\.ts 已改动，已重新构建命令行程序，用时 \d+ ms）\n$/);
  expect(load(bundle).main()).toBe(100);
  expect(b.staleReason()).toBeNull();
});

test("a source that no longer exists makes the build stale; a source that does not compile is an error, not a stale run", () => {
  const b = builder(root, { app: "src/index.ts" });
  b.build();
  rmSync(join(root, "src/answer.ts"));
  expect(b.staleReason()).toBe("源文件 src/answer.ts 已不存在");
  expect(() => b.ensureBuilt(() => undefined)).toThrow(/answer/);
});
