/** Report data, the data file, the problems readers find, and the parsing of cell input. */
export * from "./cell-input";
export * from "./report-data";
export * from "./report-json";
export * from "./read-problem";
export * from "./unwritable";
export { CELL_TEXT_LIMIT } from "./json-keys";
export * from "./hidden-chars";
