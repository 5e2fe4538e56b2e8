/** The rules, the check pipeline and the fill helpers. */
export * from "./finding";
export * from "./finding-text";
export * from "./rule";
export * from "./catalogue";
export * from "./engine";
export * from "./soft-rules";
export * from "./soft-engine";
export * from "./similarity";
export * from "./report-rules";
export * from "./registry";
export * from "./check";
export * from "./fill";
export * from "./convert";
export * from "./carry-over";
