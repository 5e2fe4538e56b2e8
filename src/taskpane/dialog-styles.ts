/** Styles the pane's dialogs share: a column of choices with their hints, wrapping actions, a scrolling list of cells. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useDialogStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  option: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  dialogActions: { flexWrap: "wrap" },
  /** A warning above a preview (the document is another year's or another unit's). */
  warning: { marginBottom: tokens.spacingVerticalS },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto" },
});
