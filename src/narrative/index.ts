/** The report document model built from report data, and the phrase catalogue it is written with. */
export * from "./model";
export * from "./phrases";
export {
  buildReportDocument,
  explanationBlocks,
  overviewProactiveSentence,
  processingFeeSentence,
  proactiveSentence,
  rulemakingSentence,
} from "./build";
export { litigationSentence, requestCountsSentence, requestOutcomesSentence } from "./table-sentences";
export { disputesOf, type Dispute } from "./disputes";
export { subItemWithWording, type SubItemWording, type WordingOverlap, type WordingResult } from "./wording";
export { cellFigure, sumFigure, valueFigure, gapName, type Figure } from "./figures";
