/**
 * What the fake hosts' test hooks share (fake-office-entry.ts, fake-wps-entry.ts): typing into input cells and
 * 报告信息 fields by key, as a person would in the host, and the keys the layout placed.
 */
import { readReport } from "../../src/workbook/layout";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { a1, type RangeRef, type RawValue } from "../../src/workbook/port";

/**
 * @param grid the fake host's workbook (read for where the cells are now).
 * @param edit types one value into a cell the way the host raises its change event.
 */
export function typingHooks(grid: MemoryWorkbook, edit: (sheet: string, address: string, value: RawValue) => unknown) {
  return {
    /** Type values into input cells by cell key (one change event per cell). */
    async typeCells(values: Record<string, RawValue>): Promise<void> {
      const read = await readReport(grid);
      for (const [key, v] of Object.entries(values)) {
        const r = read.cells[key];
        if (!r) throw new Error(`no cell for ${key}`);
        await edit(r.sheet, a1(r), v);
      }
    },
    /** Type into 报告信息 fields by field key (`text.problems`, `processingFees.noticesIssued`, …). */
    async typeInfo(values: Record<string, RawValue>): Promise<void> {
      const read = await readReport(grid);
      for (const [key, v] of Object.entries(values)) {
        const r = (read.infoCells as Record<string, RangeRef | undefined>)[key];
        if (!r) throw new Error(`no 报告信息 cell for ${key}`);
        await edit(r.sheet, a1(r), v);
      }
    },
    /** The value of an input cell by key, as the layout reads it. */
    async cellValue(key: string): Promise<RawValue> {
      return (await readReport(grid)).data.values[key] ?? null;
    },
    /** What the layout reads back: the 报告年度, the format recorded and the format of the tables, the read problems. */
    async readBack(): Promise<{ year: number | null; recordedFormat: string; format: string; problems: string[] }> {
      const r = await readReport(grid);
      return { year: r.data.year, recordedFormat: r.recordedFormat, format: r.format.id, problems: r.problems.map((p) => p.kind) };
    },
    /** Every input cell key the layout placed. */
    async inputKeys(): Promise<string[]> {
      return Object.keys((await readReport(grid)).cells);
    },
  };
}
