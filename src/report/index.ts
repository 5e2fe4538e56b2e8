/** Report data and the parsing of cell input. */
export * from "./cell-input";
export * from "./report-data";
