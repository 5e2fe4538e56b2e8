/**
 * The 生成报告 panel's choice, per sub-item of 一、总体情况 whose own text states figures the generated sentence states:
 * whether the report prints the generated sentence or the agency's own wording, and what it printed this time. The
 * choice is a 报告信息 field (`数字的写法`), so it stays in the workbook; the panel writes it and generates again.
 */
import * as React from "react";
import { Caption1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { OverviewItemKey, Wording } from "../format";
import type { SubItemWording } from "../narrative/wording";
import { GENERATE_STRINGS as S } from "./generate-strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
});

/** Props: the document's wording per sub-item, and how to save a choice (`null`: automatic). */
export interface WordingChoicesProps {
  wording: SubItemWording[];
  onChoose(item: OverviewItemKey, choice: Wording | null): void;
  disabled?: boolean;
}

/** The sub-items where the choice matters: the user's text restates a generated figure, or a choice is set. */
export function choicesShown(wording: SubItemWording[]): SubItemWording[] {
  return wording.filter((w) => w.overlaps.length > 0 || w.choice !== undefined);
}

/** One select per sub-item whose wording can be chosen, with what the report printed; nothing when none. */
export function WordingChoices({ wording, onChoose, disabled = false }: WordingChoicesProps): React.JSX.Element | null {
  const styles = useStyles();
  const shown = choicesShown(wording);
  if (shown.length === 0) return null;
  return (
    <div className={styles.root} role="group" aria-labelledby="nb-wording-heading">
      <h3 id="nb-wording-heading" className={styles.heading}>
        <Subtitle2>{S.wordingTitle}</Subtitle2>
      </h3>
      <Caption1>{S.wordingHint}</Caption1>
      {shown.map((w) => (
        <Field key={w.item} label={S.wordingLabel(w.title)} hint={S.wordingPrinted[w.printed]} validationState={w.printed === "marked" ? "warning" : "none"}>
          <Select
            value={w.choice ?? "auto"}
            disabled={disabled}
            onChange={(_, d) => onChoose(w.item, d.value === "auto" ? null : (d.value as Wording))}
          >
            <option value="auto">{S.wordingOptions.auto}</option>
            <option value="generated">{S.wordingOptions.generated}</option>
            <option value="user">{S.wordingOptions.user}</option>
          </Select>
        </Field>
      ))}
    </div>
  );
}
