import { Field, Input, Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { catalog, normalizeName, type Sector } from "../core/catalog";

const label = (sector: Sector) => `${sector.code} ${sector.name}`;

const useStyles = makeStyles({
  list: { maxHeight: "240px", overflowY: "auto" },
});

/**
 * All sectors of the strategy as a list that typing filters by code or name (case, ё and the printed misprint do
 * not matter). A plain list rather than a drop-down: nothing to position, lighter, and arrow keys move through it.
 */
export function SectorPicker({ value, onChange }: { value: Sector | undefined; onChange: (sector: Sector | undefined) => void }) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const matches = useMemo(() => {
    const wanted = normalizeName(query);
    return catalog.filter((s) => [label(s), s.printedName ?? ""].some((text) => normalizeName(text).includes(wanted)));
  }, [query]);
  const pickOnly = () => {
    if (matches.length === 1) onChange(matches[0]);
  };
  return (
    <>
      <Field label="Найти отрасль" validationMessage={matches.length === 0 ? "Нет такой отрасли в стратегии" : undefined}>
        <Input
          type="search"
          placeholder="образование, 7.2…"
          value={query}
          onChange={(_, data) => setQuery(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") pickOnly();
          }}
        />
      </Field>
      <Field label="Отрасль" required>
        <RadioGroup
          className={styles.list}
          value={value?.code ?? ""}
          onChange={(_, data) => onChange(catalog.find((s) => s.code === data.value))}
        >
          {matches.map((sector) => (
            <Radio key={sector.code} value={sector.code} label={label(sector)} />
          ))}
        </RadioGroup>
      </Field>
    </>
  );
}
