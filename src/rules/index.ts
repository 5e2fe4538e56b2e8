/** The rule catalogue and the engine that evaluates it into findings. */
export * from "./catalogue";
export * from "./engine";
export * from "./soft-rules";
export * from "./soft-engine";
export * from "./check";
export * from "./fill";
export * from "./convert";
export * from "./report-rules";
