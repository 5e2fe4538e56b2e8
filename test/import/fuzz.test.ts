/**
 * Fuzz on real inputs of every kind the importer reads: the published PDF (淮安 2024), the 平潭 page text and the
 * seed's text, and our own .docx, HTML and Markdown of a real report. Cut short anywhere, with bytes overwritten or
 * random bytes inserted, the importer returns `{ ok: false, reason }` with a Chinese reason or a report — it never
 * throws (a throw would be a defect: only its own typed errors are turned into reasons).
 */
import { readFileSync } from "fs";
import * as path from "path";
import fc from "fast-check";
import { importDocument } from "../../src/import";
import { buildReportDocument } from "../../src/narrative";
import { toHtml, toMarkdown } from "../../src/export";
import { toDocx } from "../../src/export/docx";
import { reportFromJson } from "../../src/report";
import { REPORT_FIXTURES, SHARED_DIR } from "../support/shared";

const file = (p: string) => new Uint8Array(readFileSync(p));

/** Each kind with a real file and the number of runs per property (a PDF is slower to parse). */
async function inputs(): Promise<[string, Uint8Array, number][]> {
  const data = reportFromJson(JSON.parse(readFileSync(path.join(REPORT_FIXTURES, "pingtan-2021.data.json"), "utf8")));
  const doc = buildReportDocument(data);
  const utf8 = (s: string) => new TextEncoder().encode(s);
  return [
    ["huaian-2024.pdf", file(path.join(REPORT_FIXTURES, "huaian-2024.pdf")), 5],
    ["our .docx", await toDocx(doc), 40],
    ["our HTML", utf8(toHtml(doc)), 40],
    ["our Markdown", utf8(toMarkdown(doc)), 40],
    ["pingtan-2020 page text", file(path.join(REPORT_FIXTURES, "pingtan-2020.source.txt")), 40],
    ["the seed's text", file(path.join(SHARED_DIR, "seeds/000_d71ea51a89262727.txt")), 40],
  ];
}

/** The outcome is a report, or a reason in Chinese. */
async function expectOutcome(bytes: Uint8Array): Promise<void> {
  const o = await importDocument(bytes);
  if (!o.ok) expect(o.reason).toMatch(/[\u4e00-\u9fff]/);
  else expect(o.report.data).toBeDefined();
}

/** A copy of `bytes` with `edits` (position fraction, byte) overwritten. */
function overwritten(bytes: Uint8Array, edits: [number, number][]): Uint8Array {
  const out = bytes.slice();
  for (const [at, b] of edits) out[Math.min(out.length - 1, Math.floor(at * out.length))] = b;
  return out;
}

/** A copy of `bytes` with `insert` put in at the position fraction `at`. */
function spliced(bytes: Uint8Array, at: number, insert: Uint8Array): Uint8Array {
  const i = Math.floor(at * bytes.length);
  const out = new Uint8Array(bytes.length + insert.length);
  out.set(bytes.subarray(0, i));
  out.set(insert, i);
  out.set(bytes.subarray(i), i + insert.length);
  return out;
}

/**
 * A position in a file as a fraction, uniform (fast-check's doubles and integers favour values near 0, which would
 * keep hitting a file's first bytes, its signature).
 */
const fraction = fc.noBias(fc.integer({ min: 0, max: 2 ** 30 - 1 })).map((n) => n / 2 ** 30);

describe("fuzz on real inputs: the importer never throws", () => {
  let kinds: [string, Uint8Array, number][];
  beforeAll(async () => {
    kinds = await inputs();
  });

  test("each real input reads as it is (the fuzz starts from readable files)", async () => {
    for (const [name, bytes] of kinds) {
      const o = await importDocument(bytes);
      expect([name, o.ok]).toEqual([name, true]);
    }
  });

  test.each([0, 1, 2, 3, 4, 5])("cut short anywhere (input %i)", async (i) => {
    const [, bytes, runs] = kinds[i];
    await fc.assert(
      fc.asyncProperty(fc.noBias(fc.integer({ min: 0, max: bytes.length })), async (n) => expectOutcome(bytes.slice(0, n))),
      { numRuns: runs },
    );
  });

  test.each([0, 1, 2, 3, 4, 5])("bytes overwritten (input %i)", async (i) => {
    const [, bytes, runs] = kinds[i];
        // Positions without fast-check's bias to small values: the bytes after a file's signature are what is tested.
    const edit = fc.tuple(fraction, fc.integer({ min: 0, max: 255 }));
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 24 }), async (edits) => expectOutcome(overwritten(bytes, edits))),
      { numRuns: runs },
    );
  });

  test.each([0, 1, 2, 3, 4, 5])("random bytes inserted (input %i)", async (i) => {
    const [, bytes, runs] = kinds[i];
    await fc.assert(
      fc.asyncProperty(fraction, fc.uint8Array({ minLength: 1, maxLength: 64 }), async (at, insert) =>
        expectOutcome(spliced(bytes, at, insert)),
      ),
      { numRuns: runs },
    );
  });

  test("random bytes behind each kind's signature", async () => {
    const heads = ["%PDF-1.7\n", "PK\u0003\u0004", "<html><body><table>", "\ufeff一、总体情况\n"].map((h) => new TextEncoder().encode(h));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 2000 }), async (head, tail) => {
        const bytes = new Uint8Array(head.length + tail.length);
        bytes.set(head);
        bytes.set(tail, head.length);
        await expectOutcome(bytes);
      }),
      { numRuns: 120 },
    );
  });
});
