/** The report document model built from report data, and the phrase catalogue it is written with. */
export * from "./model";
export * from "./phrases";
export {
  buildReportDocument,
  explanationBlocks,
  litigationSentence,
  overviewProactiveSentence,
  processingFeeSentence,
  proactiveSentence,
  requestCountsSentence,
  requestOutcomesSentence,
  rulemakingSentence,
} from "./build";
export { subItemWithWording, type SubItemWording, type WordingOverlap, type WordingResult } from "./wording";
export { cellFigure, sumFigure, valueFigure, gapName, type Figure } from "./figures";
