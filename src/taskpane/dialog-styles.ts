/** Styles the pane's dialogs share: a column of choices with their hints, wrapping actions, a scrolling list of cells. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useDialogStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  option: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  dialogActions: { flexWrap: "wrap" },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto" },
});
