/**
 * 审核汇总's batch in the pane goes on past a defect of the program met on one file, as nianbao check does: that
 * file is a row 无法读取 with the CLI's reason and its stack kept in `internalError`.
 */
import { readFileSync } from "fs";
import { fixturePath } from "../support/shared";
import { checkDesk, type DeskFile } from "../../src/taskpane/review-batch";

test("a defect met on one file is that file's row 无法读取 saying so, with its stack, and the batch goes on", async () => {
  const bytes = readFileSync(fixturePath("pingtan-2024"));
  const good: DeskFile = { name: "p.json", arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
  const broken: DeskFile = { name: "县审计局.xlsx", arrayBuffer: async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]).buffer };
  const result = await checkDesk([broken, good], {
    checkedAt: "2026-01-25 09:30",
    openXlsx: async () => {
      throw new TypeError("a defect");
    },
  });
  expect(result.summary.rows.map((r) => [r.status, r.error ?? ""])).toEqual([
    ["unreadable", "无法读取“县审计局.xlsx”：检查该文件时程序出现内部错误（不是文件的问题）；请把该文件报告给维护人员"],
    ["passed", ""],
  ]);
  expect(result.outcomes[0].internalError).toContain("TypeError: a defect");
});
