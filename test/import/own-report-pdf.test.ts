/**
 * Our own report read back from the PDF LibreOffice prints of its Word export (淮安 2024 in the 2021 format, 平潭 2020
 * in the 2019 format): every input cell equals the data file, and the agency is read from the title. LibreOffice
 * prints stacked row labels (`行政处罚` / `行政强制`, `一、本年新收…` / `二、上年结转…`) as closely as the lines of a
 * paragraph; each must stay with the values printed level with it.
 *
 * Needs `soffice` (bin/test-tools.cjs installs it); one conversion per report.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { formatOf, type CellKey } from "../../src/format";
import { getValue, reportFromJson, type ReportData } from "../../src/report";
import { buildReportDocument } from "../../src/narrative";
import { toDocx } from "../../src/export/docx";
import { importDocument, type ImportedReport } from "../../src/import";
import { pdfDocument } from "../../src/import/pdf-source";
import { readReportText } from "../../src/import/read-report";
import { docxToPdf, hasCommand } from "../support/pdf-tools";
import { fixturePath } from "../support/shared";

const OUT = join(__dirname, "../../test-output/import-pdf");

/** The report's data file, its Word export printed by LibreOffice and imported back; once per report. */
const trips = new Map<string, ReturnType<typeof convert>>();
const roundTrip = (name: string) => trips.get(name) ?? trips.set(name, convert(name)).get(name)!;

async function convert(name: string): Promise<{ expected: ReportData; r: ImportedReport; pdf: string }> {
  if (!hasCommand("soffice")) throw new Error("soffice is missing: run `node bin/test-tools.cjs` (npm test does)");
  const expected = reportFromJson(JSON.parse(readFileSync(fixturePath(name), "utf8")));
  mkdirSync(OUT, { recursive: true });
  const docx = join(OUT, `${name}.docx`);
  writeFileSync(docx, await toDocx(buildReportDocument(expected)));
  const pdf = docxToPdf(docx, OUT);
  const outcome = await importDocument(new Uint8Array(readFileSync(pdf)));
  if (!outcome.ok) throw new Error(outcome.reason);
  return { expected, r: outcome.report, pdf };
}

/** The input cells whose imported value differs from the data file's. */
function differences(actual: ReportData, expected: ReportData): string[] {
  return formatOf(expected)
    .inputCells.map((c) => c.key as CellKey)
    .filter((k) => getValue(actual, k) !== getValue(expected, k))
    .map((k) => `${k}: ${JSON.stringify(getValue(actual, k))} ≠ ${JSON.stringify(getValue(expected, k))}`);
}

describe.each([
  ["huaian-2024", "2021", "淮安市人民政府", 2024],
  ["pingtan-2020", "2019", "平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）", 2020],
])("our report for %s printed to PDF by LibreOffice and imported back", (name, format, agency, year) => {
  let expected: ReportData;
  let r: ImportedReport;
  let pdf: string;
  beforeAll(async () => {
    ({ expected, r, pdf } = await roundTrip(name));
  }, 180_000);

  test("every input cell lands in its own row, nothing left undetermined", () => {
    expect(r.data.format).toBe(format);
    expect(differences(r.data, expected)).toEqual([]);
    expect(r.undetermined).toEqual([]);
  });

  test("the agency and year are read from the title, which LibreOffice wraps over two lines", () => {
    expect(r.data.agency).toBe(agency);
    expect(r.data.agency).toBe(expected.agency);
    expect(r.data.year).toBe(year);
  });
});

test("two rows' labels read as one cell leave both rows blank and undetermined, never shifted", async () => {
  // The page as it was read before labels were kept apart: 一's and 二's labels in one cell on 一's line, 二's values
  // on a line of their own.
  const { pdf } = await roundTrip("huaian-2024");
  const doc = await pdfDocument(new Uint8Array(readFileSync(pdf)));
  const first = doc.lines.findIndex((l) => l[0] === "一、本年新收政府信息公开申请数量");
  expect(doc.lines[first + 1][0]).toBe("二、上年结转政府信息公开申请数量");
  doc.lines[first] = [`${doc.lines[first][0]}${doc.lines[first + 1][0]}`, ...doc.lines[first].slice(1)];
  doc.lines[first + 1] = doc.lines[first + 1].slice(1);
  const r = readReportText(doc);
  expect(getValue(r.data, "table3.new[natural_person]")).toBeNull();
  expect(getValue(r.data, "table3.carried_over[natural_person]")).toBeNull();
  expect(getValue(r.data, "table3.carried_over[total]")).toBeNull();
  const rows = r.undetermined.filter((u) => u.table === "table3").map((u) => u.reason);
  expect(rows).toEqual([
    "本行标签与相邻一行的标签连在一格里，分不清哪些数属于本行",
    "本行标签与相邻一行的标签连在一格里，分不清哪些数属于本行",
  ]);
  // The other rows are read as before.
  expect(getValue(r.data, "table3.granted[natural_person]")).toBe(1288);
}, 180_000);
