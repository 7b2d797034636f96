import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { SectorIndicator } from "../core/catalog";
import { listArrows } from "./list-arrows";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, border: "none", margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

/** The sector's indicators, all chosen by default; «Все показатели» toggles them together. Arrow keys move between them. */
export function IndicatorChecklist(props: {
  indicators: SectorIndicator[];
  chosen: Set<number>;
  onChange: (chosen: Set<number>) => void;
}) {
  const styles = useStyles();
  const { indicators, chosen, onChange } = props;
  const all = chosen.size === indicators.length;
  const toggle = (number: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(number);
    else next.delete(number);
    onChange(next);
  };
  return (
    <fieldset className={styles.list} onKeyDown={listArrows("input[type=checkbox]")}>
      <legend className={styles.legend}>Показатели отрасли ({chosen.size} из {indicators.length})</legend>
      <Checkbox
        label="Все показатели"
        checked={all ? true : chosen.size === 0 ? false : "mixed"}
        onChange={(_, data) => onChange(data.checked === true ? new Set(indicators.map((i) => i.number)) : new Set())}
      />
      {indicators.map((indicator) => (
        <Checkbox
          key={indicator.number}
          label={`${indicator.number}. ${indicator.name}, ${indicator.unit}`}
          checked={chosen.has(indicator.number)}
          onChange={(_, data) => toggle(indicator.number, data.checked === true)}
        />
      ))}
    </fieldset>
  );
}
