/**
 * Recovery by arithmetic: every reading of a row is enumerated, the equations keep those that can hold, and a value
 * is accepted only where all surviving readings agree.
 */
import { FORMAT_2021, table3Key, type CellKey } from "../../src/format";
import { enumerateReadings, solveTable, type Chunk } from "../../src/import/readings";

const COLS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"];
const row = (r: string): CellKey[] => COLS.map((c) => table3Key(r, c));
const counts = Array(7).fill("count");
const digits = (...t: string[]): Chunk[] => t.map((text) => ({ text, kind: "digits" }));
const h1 = (r: string) => FORMAT_2021.equations.filter((e) => e.id === `H1.${r}`);

test("“713000074” has several cuts into 7 values, but only 71、3、0、0、0、0、74 keeps the row total", () => {
  const { readings } = enumerateReadings(digits("713000074"), counts);
  expect(readings.length).toBeGreaterThan(1);
  const s = solveTable([{ keys: row("granted"), readings }], h1("granted"));
  expect(row("granted").map((k) => s.values.get(k))).toEqual([71, 3, 0, 0, 0, 0, 74]);
  expect(s.undetermined.size).toBe(0);
  expect(s.recovered.size).toBeGreaterThan(0);
});

test("a leading zero never starts a value: “00” is two zeros", () => {
  const { readings } = enumerateReadings(digits("20", "0", "00", "0", "121"), counts);
  const s = solveTable([{ keys: row("total"), readings }], h1("total"));
  expect(row("total").map((k) => s.values.get(k))).toEqual([20, 0, 0, 0, 0, 1, 21]);
});

test("a row whose missing cell cannot be placed uniquely stays blank", () => {
  // 6 numbers for 7 cells: 5 0 0 2 0 7. The missing 0 could be in any applicant column; each placement shifts the
  // others, so no cell but none is agreed (the row total alone cannot tell 自然人 5 from 0).
  const { readings } = enumerateReadings(digits("5", "0", "0", "2", "0", "7"), counts);
  expect(readings).toHaveLength(7);
  const s = solveTable([{ keys: row("granted"), readings }], h1("granted"));
  expect(s.undetermined.has(table3Key("granted", "natural_person"))).toBe(true);
  expect(s.values.has(table3Key("granted", "commercial"))).toBe(false);
});

test("a row that breaks its own equation in every reading keeps its one reading: the error is not repaired", () => {
  const { readings } = enumerateReadings(digits("6", "0", "0", "0", "0", "1", "9"), counts);
  expect(readings).toHaveLength(1);
  const s = solveTable([{ keys: row("granted"), readings }], h1("granted"));
  expect(row("granted").map((k) => s.values.get(k))).toEqual([6, 0, 0, 0, 0, 1, 9]);
});

test("a missing cell is proved by the column equations when the row's own cannot place it", () => {
  // （一）予以公开 prints 5 numbers for 7 cells (two dropped). Everything else of the table is known, and H2/H3 fix
  // every column, so the two dropped cells are found (they are 0 here) and the row's values fall into place.
  const eqs = FORMAT_2021.equations.filter((e) => e.table === "table3");
  const rows = FORMAT_2021.structure.table3.rows.map((r) => r.key);
  const known = (r: string, values: number[]) => ({ keys: row(r), readings: [values.map((value) => ({ value }))] });
  const zero = [0, 0, 0, 0, 0, 0, 0];
  const input = rows.map((r) => {
    if (r === "new") return known(r, [3, 1, 0, 0, 0, 0, 4]);
    if (r === "total") return known(r, [3, 1, 0, 0, 0, 0, 4]);
    if (r === "granted") return { keys: row(r), readings: enumerateReadings(digits("3", "1", "0", "0", "4"), counts).readings };
    return known(r, zero);
  });
  const s = solveTable(input, eqs);
  expect(row("granted").map((k) => s.values.get(k))).toEqual([3, 1, 0, 0, 0, 0, 4]);
});
