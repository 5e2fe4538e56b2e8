/** The reader of statistical sentences: what a report's own text states about the table quantities. */
export * from "./numbers";
export * from "./quantities";
export * from "./lexicon";
export * from "./reader";
export * from "./compare";
export * from "./report-text";
export * from "./agency-kind";
export * from "./subject";
