/**
 * 审核汇总 in the pane reads several reports of one unit as nianbao check does: listed in `summary.sameUnit`, never a
 * 内容雷同 pair (the tester's 3 copies of 淮安 were 100 % pairs between “units” on the command line).
 */
import { readFileSync } from "fs";
import { fixturePath } from "../support/shared";
import { checkDesk, type DeskFile } from "../../src/taskpane/review-batch";

const file = (name: string, fixture: string): DeskFile => {
  const bytes = readFileSync(fixturePath(fixture));
  return { name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
};

test("three copies of 淮安 and one 平潭: one 同一单位多份报告 group, no copied pair", async () => {
  const files = [file("h1.json", "huaian-2024"), file("h2.json", "huaian-2024"), file("h3.json", "huaian-2024"), file("p.json", "pingtan-2024")];
  const result = await checkDesk(files, { checkedAt: "2026-01-25 09:30" });
  expect(result.copies).toEqual([]);
  expect(result.summary.copies).toEqual([]);
  expect(result.summary.sameUnit).toEqual([{ unit: "淮安市人民政府", kind: "same_year", year: 2024, members: [0, 1, 2], years: [] }]);
  expect(result.summary.rows.map((r) => r.status)).toEqual(["passed", "passed", "passed", "passed"]);
});
