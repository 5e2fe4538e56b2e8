/**
 * A MemoryWorkbook as JSON and back (cells, merges, widths, validation, conditional formats, protection, names), so
 * a fake host can save its workbook in a page's sessionStorage and reopen it after a reload, as a saved file reopened
 * in Excel or WPS would be. Used by the fake Excel API and the fake ET object model.
 */
import { MemoryWorkbook } from "../../src/workbook/memory";

interface Internals {
  sheets: Record<string, unknown>[];
  names: Map<string, unknown>;
}

/** The workbook's contents as plain JSON data (Maps written as `{ __map: [...] }`). */
export function memoryToJson(grid: MemoryWorkbook): unknown {
  const g = grid as unknown as Internals;
  const sheets = g.sheets.map((sh) => Object.fromEntries(Object.entries(sh).map(([k, v]) => [k, v instanceof Map ? { __map: [...v.entries()] } : v])));
  return { sheets, names: [...g.names.entries()] };
}

/** A MemoryWorkbook from `memoryToJson`'s data. */
export function memoryFromJson(data: unknown): MemoryWorkbook {
  const o = data as { sheets: Record<string, unknown>[]; names: [string, unknown][] };
  const grid = new MemoryWorkbook();
  const g = grid as unknown as Internals;
  g.sheets = o.sheets.map((sh) =>
    Object.fromEntries(
      Object.entries(sh).map(([k, v]) => [k, v && typeof v === "object" && "__map" in v ? new Map((v as { __map: [unknown, unknown][] }).__map) : v]),
    ),
  );
  g.names = new Map(o.names);
  return grid;
}
