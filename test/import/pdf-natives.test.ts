/**
 * Reading a PDF leaves the program's built-ins as they were: the PDF library's legacy build replaces
 * `Array.prototype.push` and `JSON.parse` with slower polyfills for the whole process (every push and parse after the
 * first PDF ran through them: 12 % of an import's time), and they are put back once it is loaded.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { importDocument } from "../../src/import";
import { REPORT_FIXTURES } from "../support/shared";

test("after a PDF is read, push and JSON.parse are the engine's own, and what the library adds stays", async () => {
  const push = Array.prototype.push;
  const parse = JSON.parse;
  const o = await importDocument(new Uint8Array(readFileSync(path.join(REPORT_FIXTURES, "huaian-2024.pdf"))));
  expect(o.ok).toBe(true);
  expect(Array.prototype.push).toBe(push);
  expect(JSON.parse).toBe(parse);
  expect(Object.getOwnPropertyDescriptor(Array.prototype, "push")).toMatchObject({ enumerable: false, writable: true, configurable: true });
  // The library's own methods still work with the engine's built-ins: a second PDF reads the same.
  const again = await importDocument(new Uint8Array(readFileSync(path.join(REPORT_FIXTURES, "huaian-2024.pdf"))));
  expect(again.ok && o.ok && again.report.data.values).toEqual(o.ok ? o.report.data.values : undefined);
});
